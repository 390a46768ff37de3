#!/usr/bin/env python3
"""Generate torch_rnn.json: PyTorch 1.13 float64 reference values for chalk's rnn package.

Run from this directory:  /usr/bin/python3 gen_fixtures.py

For cells (RNN tanh/relu, LSTM, GRU; batched and unbatched) it records the
weights (state_dict), the inputs, the gates recomputed here from the
documented equations (and checked against the module's own output), the new
state, and autograd gradients of sum(h'*R) (+ sum(c'*U)) with respect to the
inputs and every parameter.

For layers (nn.RNN/LSTM/GRU, 1-3 layers, uni- and bidirectional, with and
without h0/c0) it records the state_dict, x, h0, c0, out, hn, cn and autograd
gradients of sum(out*R) + sum(hn*S) (+ sum(cn*U)) with respect to x, h0, c0
and every parameter, named like state_dict.

Sizes, weights and inputs are random with a fixed seed; the Go tests load the
weights with LoadStateDict by these names.
"""
import json
import random

import torch

torch.set_default_dtype(torch.float64)
torch.manual_seed(20240604)
rng = random.Random(4)


def enc(t):
    if t is None:
        return None
    t = t.detach()
    return {"shape": list(t.shape), "data": [float(v) for v in t.reshape(-1).tolist()]}


def randn(*shape):
    return torch.randn(*shape)


def cell_gates(kind, sd, x, h, c):
    """The cell equations, written out from the weights."""
    W_ih, W_hh, b_ih, b_hh = sd["weight_ih"], sd["weight_hh"], sd["bias_ih"], sd["bias_hh"]
    gi = x @ W_ih.T + b_ih
    gh = h @ W_hh.T + b_hh
    if kind == "rnn_tanh":
        return {}, torch.tanh(gi + gh), None
    if kind == "rnn_relu":
        return {}, torch.relu(gi + gh), None
    if kind == "lstm":
        a = gi + gh
        i, f, g, o = a.chunk(4, dim=-1)
        i, f, g, o = torch.sigmoid(i), torch.sigmoid(f), torch.tanh(g), torch.sigmoid(o)
        c2 = f * c + i * g
        return {"i": i, "f": f, "g": g, "o": o}, o * torch.tanh(c2), c2
    if kind == "gru":
        ir, iz, inn = gi.chunk(3, dim=-1)
        hr, hz, hn = gh.chunk(3, dim=-1)
        r = torch.sigmoid(ir + hr)
        z = torch.sigmoid(iz + hz)
        n = torch.tanh(inn + r * hn)
        return {"r": r, "z": z, "n": n}, (1 - z) * n + z * h, None
    raise ValueError(kind)


def make_cell(kind, I, H):
    if kind.startswith("rnn"):
        return torch.nn.RNNCell(I, H, nonlinearity=kind[4:])
    if kind == "lstm":
        return torch.nn.LSTMCell(I, H)
    return torch.nn.GRUCell(I, H)


def cell_case(kind, I, H, B, with_state):
    m = make_cell(kind, I, H)
    shp = (lambda n: (B, n)) if B is not None else (lambda n: (n,))
    x = randn(*shp(I)).requires_grad_()
    h = randn(*shp(H)).requires_grad_() if with_state else None
    c = randn(*shp(H)).requires_grad_() if (with_state and kind == "lstm") else None
    sd = {k: v.detach().clone() for k, v in m.state_dict().items()}
    hz = h if h is not None else torch.zeros(*shp(H))
    cz = c if c is not None else torch.zeros(*shp(H))
    gates, h2, c2 = cell_gates(kind, sd, x.detach(), hz.detach(), cz.detach())
    if kind == "lstm":
        mh, mc = m(x, (hz, cz)) if with_state else m(x)
        assert torch.allclose(mh, h2, atol=1e-12) and torch.allclose(mc, c2, atol=1e-12)
    else:
        mh = m(x, hz) if with_state else m(x)
        assert torch.allclose(mh, h2, atol=1e-12)
    R = randn(*mh.shape)
    loss = (mh * R).sum()
    U = None
    if kind == "lstm":
        U = randn(*mc.shape)
        loss = loss + (mc * U).sum()
    params = dict(m.named_parameters())
    inputs = [x] + ([h] if h is not None else []) + ([c] if c is not None else [])
    gs = torch.autograd.grad(loss, inputs + list(params.values()))
    grads = {"x": enc(gs[0])}
    k = 1
    if h is not None:
        grads["h"] = enc(gs[k]); k += 1
    if c is not None:
        grads["c"] = enc(gs[k]); k += 1
    for name, g in zip(params.keys(), gs[k:]):
        grads[name] = enc(g)
    return {
        "kind": kind, "I": I, "H": H, "B": B,
        "state_dict": {k: enc(v) for k, v in sd.items()},
        "x": enc(x), "h": enc(h), "c": enc(c),
        "gates": {k: enc(v) for k, v in gates.items()},
        "h_next": enc(h2), "c_next": enc(c2),
        "R": enc(R), "U": enc(U), "grads": grads,
    }


def make_layer(kind, I, H, L, bidir):
    if kind.startswith("rnn"):
        return torch.nn.RNN(I, H, num_layers=L, nonlinearity=kind[4:], bidirectional=bidir)
    if kind == "lstm":
        return torch.nn.LSTM(I, H, num_layers=L, bidirectional=bidir)
    return torch.nn.GRU(I, H, num_layers=L, bidirectional=bidir)


def layer_case(kind, I, H, L, bidir, T, B, with_state):
    m = make_layer(kind, I, H, L, bidir)
    D = 2 if bidir else 1
    x = randn(T, B, I).requires_grad_()
    h0 = randn(L * D, B, H).requires_grad_() if with_state else None
    c0 = randn(L * D, B, H).requires_grad_() if (with_state and kind == "lstm") else None
    if kind == "lstm":
        out, (hn, cn) = m(x, (h0, c0)) if with_state else m(x)
    else:
        out, hn = m(x, h0) if with_state else m(x)
        cn = None
    R, S = randn(*out.shape), randn(*hn.shape)
    loss = (out * R).sum() + (hn * S).sum()
    U = None
    if cn is not None:
        U = randn(*cn.shape)
        loss = loss + (cn * U).sum()
    params = dict(m.named_parameters())
    inputs = [x] + ([h0] if h0 is not None else []) + ([c0] if c0 is not None else [])
    gs = torch.autograd.grad(loss, inputs + list(params.values()))
    grads = {"x": enc(gs[0])}
    k = 1
    if h0 is not None:
        grads["h0"] = enc(gs[k]); k += 1
    if c0 is not None:
        grads["c0"] = enc(gs[k]); k += 1
    for name, g in zip(params.keys(), gs[k:]):
        grads[name] = enc(g)
    return {
        "kind": kind, "I": I, "H": H, "L": L, "bidirectional": bidir, "T": T, "B": B,
        "state_dict": {k: enc(v) for k, v in m.state_dict().items()},
        "x": enc(x), "h0": enc(h0), "c0": enc(c0),
        "out": enc(out), "hn": enc(hn), "cn": enc(cn),
        "R": enc(R), "S": enc(S), "U": enc(U), "grads": grads,
    }


KINDS = ["rnn_tanh", "rnn_relu", "lstm", "gru"]

cells = []
for kind in KINDS:
    for j in range(10):
        I, H = rng.randint(1, 6), rng.randint(1, 7)
        B = [None, 1, rng.randint(2, 5)][j % 3]
        cells.append(cell_case(kind, I, H, B, with_state=(j % 4 != 3)))

layers = []
for kind in KINDS:
    for j in range(14):
        I, H = rng.randint(1, 5), rng.randint(1, 6)
        L = [1, 2, 3, 2][j % 4]
        bidir = j % 2 == 1
        T = [1, rng.randint(2, 7)][j % 3 != 0]
        B = [1, rng.randint(2, 4)][j % 3 != 1]
        layers.append(layer_case(kind, I, H, L, bidir, T, B, with_state=(j % 5 != 4)))
    # one larger case per kind, so sums over longer GEMM rows are covered
    layers.append(layer_case(kind, rng.randint(8, 12), rng.randint(10, 12), 2, False,
                             rng.randint(6, 9), rng.randint(3, 5), with_state=True))



def training_cases():
    """Linear, MSELoss, CrossEntropyLoss, clip_grad_norm_, SGD and Adam."""
    out = {"linear": [], "mse": [], "cross_entropy": [], "clip": [], "sgd": [], "adam": []}
    for shape in [(3,), (4, 3), (2, 5, 3)]:
        lin = torch.nn.Linear(3, 2)
        x = randn(*shape).requires_grad_()
        y = lin(x)
        R = randn(*y.shape)
        gs = torch.autograd.grad((y * R).sum(), [x, lin.weight, lin.bias])
        out["linear"].append({"weight": enc(lin.weight), "bias": enc(lin.bias), "x": enc(x), "y": enc(y), "R": enc(R),
                              "dx": enc(gs[0]), "dweight": enc(gs[1]), "dbias": enc(gs[2])})
    for shape in [(5, 1), (3, 4)]:
        p, t = randn(*shape).requires_grad_(), randn(*shape)
        loss = torch.nn.functional.mse_loss(p, t)
        out["mse"].append({"pred": enc(p), "target": enc(t), "loss": loss.item(), "grad": enc(torch.autograd.grad(loss, p)[0])})
    for N, C in [(1, 2), (4, 3), (6, 5)]:
        z = (randn(N, C) * 5).requires_grad_()
        y = torch.randint(0, C, (N,))
        loss = torch.nn.functional.cross_entropy(z, y)
        out["cross_entropy"].append({"logits": enc(z), "targets": y.tolist(), "loss": loss.item(),
                                     "grad": enc(torch.autograd.grad(loss, z)[0])})
    for max_norm in [0.5, 100.0]:
        ps = [torch.nn.Parameter(randn(3, 2)), torch.nn.Parameter(randn(4))]
        for q in ps:
            q.grad = randn(*q.shape)
        before = [enc(q.grad) for q in ps]
        norm = torch.nn.utils.clip_grad_norm_(ps, max_norm)
        out["clip"].append({"max_norm": max_norm, "grads": before, "norm": norm.item(), "clipped": [enc(q.grad) for q in ps]})
    for name, make in [("sgd", lambda ps: torch.optim.SGD(ps, lr=0.1, momentum=0.9)), ("adam", lambda ps: torch.optim.Adam(ps, lr=0.01))]:
        ps = [torch.nn.Parameter(randn(2, 3)), torch.nn.Parameter(randn(3))]
        opt = make(ps)
        case = {"params": [enc(q) for q in ps], "grads": [], "after": []}
        for step in range(4):
            gs = [randn(*q.shape) for q in ps]
            for q, g in zip(ps, gs):
                q.grad = g.clone()
            opt.step()
            case["grads"].append([enc(g) for g in gs])
            case["after"].append([enc(q) for q in ps])
        out[name].append(case)
    return out


with open("torch_rnn.json", "w") as f:
    json.dump({"torch": torch.__version__, "cells": cells, "layers": layers, "training": training_cases()}, f, separators=(",", ":"))
print(len(cells), "cells,", len(layers), "layers")
