#!/usr/bin/env python3
"""Generate golden fixtures for chalk's tensor package from real PyTorch.

Run with Debian's python3-torch (PyTorch 1.13) from the repository root:

    /usr/bin/python3 tensor/testdata/gen_fixtures.py

It writes tensor/testdata/torch_fixtures.json: for every operation, random
operand shapes (valid and invalid), the operands' values, and either the
result (shape and values) or the exact error type and message PyTorch gives.
Operands may be non-contiguous views: a contiguous "base" tensor that is then
permuted and/or expanded, which the Go test rebuilds with Permute/Expand.

Values are mostly small integers, so products are exact in float64 and the
Go test can compare them exactly; some cases use random normal values (compared
with a tolerance) and some inject 0, NaN and +-Inf to check IEEE propagation.
"""
import json
import math
import os
import random
import sys

import torch

torch.set_default_dtype(torch.float64)
SEED = 20261125
rng = random.Random(SEED)
gen = torch.Generator().manual_seed(SEED)


def enc(v):
    """JSON-encode a float, writing non-finite values as strings."""
    v = float(v)
    if math.isnan(v):
        return "nan"
    if math.isinf(v):
        return "inf" if v > 0 else "-inf"
    if v == int(v) and abs(v) < 2**53:
        return int(v)
    return v


def values(n, kind):
    if kind == "int":
        return [float(rng.randint(-5, 5)) for _ in range(n)]
    if kind == "randn":
        return torch.randn(n, generator=gen).tolist()
    if kind == "special":
        pool = [0.0, 0.0, 1.0, -2.0, 3.0, float("nan"), float("inf"), float("-inf")]
        return [rng.choice(pool) for _ in range(n)]
    raise ValueError(kind)


def operand(shape, kind, view=True):
    """A tensor of the given shape, sometimes as a permuted or expanded view."""
    shape = list(shape)
    spec = {}
    mode = rng.random() if view else 1.0
    if mode < 0.15 and len(shape) >= 2:
        # a permuted view: build the base in permuted order, then permute back
        perm = list(range(len(shape)))
        rng.shuffle(perm)
        inv = [perm.index(i) for i in range(len(shape))]
        base = [shape[p] for p in inv]
        # base.permute(perm) has shape[i] = base[perm[i]] ; we need base[perm[i]] == shape[i]
        base = [0] * len(shape)
        for i, p in enumerate(perm):
            base[p] = shape[i]
        data = values(math.prod(base), kind)
        t = torch.tensor(data).reshape(base).permute(perm)
        assert list(t.shape) == shape, (t.shape, shape)
        spec = {"base": base, "perm": perm, "data": [enc(v) for v in data]}
    elif mode < 0.25 and any(s == 1 for s in shape) is False and len(shape) >= 1:
        # an expanded view: a size-1 dim broadcast without copying
        i = rng.randrange(len(shape))
        base = list(shape)
        base[i] = 1
        data = values(math.prod(base), kind)
        t = torch.tensor(data).reshape(base).expand(shape)
        spec = {"base": base, "expand": shape, "data": [enc(v) for v in data]}
    else:
        data = values(math.prod(shape), kind)
        t = torch.tensor(data).reshape(shape)
        spec = {"base": shape, "data": [enc(v) for v in data]}
    return t, spec


def run(op, fn, *specs, **extra):
    case = {"op": op, "args": [s for _, s in specs]}
    case.update(extra)
    try:
        out = fn(*[t for t, _ in specs])
        case["ok"] = True
        case["shape"] = list(out.shape)
        case["strides"] = list(out.stride())
        case["out"] = [enc(v) for v in out.reshape(-1).tolist()]
    except (RuntimeError, IndexError, ValueError) as e:
        case["ok"] = False
        case["error"] = type(e).__name__
        case["message"] = str(e)
    return case


def rand_shape(ndim, lo=0, hi=4):
    return [rng.choice([1, 1, 2, 3, 4, rng.randint(lo, hi)]) for _ in range(ndim)]


def batch_pair():
    """Two batch shapes that broadcast (mostly) or may not."""
    n = rng.randint(0, 3)
    out = rand_shape(n, 1, 4)
    a = [s if rng.random() < 0.6 else 1 for s in out]
    b = [s if rng.random() < 0.6 else 1 for s in out]
    a = a[rng.randint(0, len(a)):] if rng.random() < 0.3 else a
    b = b[rng.randint(0, len(b)):] if rng.random() < 0.3 else b
    if rng.random() < 0.2 and out:
        b = list(b)
        if b:
            b[-1] = b[-1] + 1
    return a, b


def kind():
    r = rng.random()
    return "int" if r < 0.75 else ("randn" if r < 0.92 else "special")


def matmul_shapes():
    """A random operand pair for matmul: 1-D..5-D, mostly compatible."""
    ba, bb = batch_pair()
    k = rng.randint(0, 5)
    n, m = rng.randint(0, 4), rng.randint(0, 4)
    a = ba + [n, k]
    b = bb + [k if rng.random() < 0.8 else rng.randint(0, 5), m]
    if rng.random() < 0.25:
        a = [k]
    if rng.random() < 0.25:
        b = [b[-2]]
    if rng.random() < 0.05:
        a = []
    if rng.random() < 0.05:
        b = []
    return a, b


def main():
    cases = []
    K = lambda: kind()

    # dot: mostly vectors, some matrices
    for _ in range(200):
        k = K()
        la = rng.randint(0, 6)
        lb = la if rng.random() < 0.7 else rng.randint(0, 6)
        sa = [la] if rng.random() < 0.85 else rand_shape(rng.choice([0, 2, 3]))
        sb = [lb] if rng.random() < 0.85 else rand_shape(rng.choice([0, 2]))
        cases.append(run("dot", torch.dot, operand(sa, k), operand(sb, k)))

    # mm: mostly matrices
    for _ in range(250):
        k = K()
        n, kk, m = rng.randint(0, 5), rng.randint(0, 5), rng.randint(0, 5)
        sa = [n, kk]
        sb = [kk if rng.random() < 0.75 else rng.randint(0, 5), m]
        if rng.random() < 0.1:
            sa = rand_shape(rng.choice([0, 1, 3]))
        if rng.random() < 0.1:
            sb = rand_shape(rng.choice([0, 1, 3]))
        cases.append(run("mm", torch.mm, operand(sa, k), operand(sb, k)))

    # bmm
    for _ in range(250):
        k = K()
        bs, n, kk, m = rng.randint(0, 4), rng.randint(0, 4), rng.randint(0, 5), rng.randint(0, 4)
        sa = [bs, n, kk]
        sb = [bs if rng.random() < 0.85 else rng.randint(0, 4), kk if rng.random() < 0.8 else rng.randint(0, 5), m]
        if rng.random() < 0.1:
            sa = rand_shape(rng.choice([1, 2, 4]))
        if rng.random() < 0.1:
            sb = rand_shape(rng.choice([1, 2, 4]))
        cases.append(run("bmm", torch.bmm, operand(sa, k), operand(sb, k)))

    # mv
    for _ in range(200):
        k = K()
        n, kk = rng.randint(0, 5), rng.randint(0, 5)
        sa = [n, kk]
        sb = [kk if rng.random() < 0.75 else rng.randint(0, 5)]
        if rng.random() < 0.1:
            sa = rand_shape(rng.choice([0, 1, 3]))
        if rng.random() < 0.1:
            sb = rand_shape(rng.choice([0, 2]))
        cases.append(run("mv", torch.mv, operand(sa, k), operand(sb, k)))

    # outer
    for _ in range(150):
        k = K()
        sa = [rng.randint(0, 5)] if rng.random() < 0.85 else rand_shape(rng.choice([0, 2]))
        sb = [rng.randint(0, 5)] if rng.random() < 0.85 else rand_shape(rng.choice([0, 2]))
        cases.append(run("outer", torch.outer, operand(sa, k), operand(sb, k)))

    # matmul: the main event
    for _ in range(900):
        k = K()
        sa, sb = matmul_shapes()
        cases.append(run("matmul", torch.matmul, operand(sa, k), operand(sb, k)))
    # matmul with 3-D operands transposed in memory, which changes PyTorch's route
    for _ in range(100):
        k = K()
        bs, n, kk, m = rng.randint(1, 4), rng.randint(1, 4), rng.randint(1, 5), rng.randint(1, 4)
        kb = kk if rng.random() < 0.5 else rng.randint(1, 5)
        base = [bs, kk, n]
        data = values(math.prod(base), k)
        a = torch.tensor(data).reshape(base).permute(0, 2, 1)
        spec = {"base": base, "perm": [0, 2, 1], "data": [enc(v) for v in data]}
        other, ospec = operand([kb, m] if rng.random() < 0.6 else [kb], k, view=False)
        if rng.random() < 0.5:
            cases.append(run("matmul", torch.matmul, (a, spec), (other, ospec)))
        else:
            o2, o2spec = operand([m, kb] if rng.random() < 0.6 else [kb], k, view=False)
            # B transposed in memory: A is 2-D/1-D, B is [bs, kb?...]
            base = [bs, n, kk]
            data = values(math.prod(base), k)
            b = torch.tensor(data).reshape(base).permute(0, 2, 1)
            bspec = {"base": base, "perm": [0, 2, 1], "data": [enc(v) for v in data]}
            cases.append(run("matmul", torch.matmul, (o2, o2spec), (b, bspec)))

    # elementwise with broadcasting
    for op, fn in [("mul", torch.mul), ("add", torch.add), ("sub", torch.sub), ("div", torch.div)]:
        for _ in range(120):
            k = K()
            sa, sb = batch_pair()
            sa = sa + rand_shape(rng.randint(0, 2))
            sb = sb + sa[len(sa) - rng.randint(0, min(2, len(sa))):] if rng.random() < 0.7 else rand_shape(rng.randint(0, 3))
            cases.append(run(op, fn, operand(sa, k), operand(sb, k)))

    # sum over dims, with and without keepdim
    for _ in range(150):
        k = K()
        shape = rand_shape(rng.randint(0, 4))
        nd = len(shape)
        dims = [rng.randint(-nd - 1, max(nd, 1)) for _ in range(rng.randint(0, 3))]
        keep = rng.random() < 0.3
        fn = (lambda t, d=tuple(dims), kp=keep: torch.sum(t, d, keepdim=kp)) if dims else (lambda t: torch.sum(t))
        cases.append(run("sum", fn, operand(shape, k), dims=dims, keepdim=keep))

    # views: reshape, permute, transpose, unsqueeze, squeeze, expand
    for _ in range(120):
        k = K()
        shape = rand_shape(rng.randint(0, 4))
        n = math.prod(shape)
        new = rand_shape(rng.randint(0, 4))
        if rng.random() < 0.5 and new:
            new[rng.randrange(len(new))] = -1
        if rng.random() < 0.3:
            new = [n] if rng.random() < 0.5 else [-1]
        cases.append(run("reshape", lambda t, s=tuple(new): t.reshape(s), operand(shape, k), sizes=new))
    for _ in range(80):
        k = K()
        shape = rand_shape(rng.randint(0, 4))
        perm = list(range(len(shape)))
        rng.shuffle(perm)
        r = rng.random()
        if r < 0.15 and perm:
            perm = perm[:-1]
        elif r < 0.25 and len(perm) > 1:
            perm[0] = perm[1]
        elif r < 0.35 and perm:
            perm[0] = len(perm) + 1
        elif r < 0.45 and perm:
            perm[0] = perm[0] - len(perm)
        cases.append(run("permute", lambda t, p=tuple(perm): t.permute(p), operand(shape, k), dims=perm))
    for _ in range(80):
        k = K()
        shape = rand_shape(rng.randint(0, 4))
        nd = len(shape)
        d0, d1 = rng.randint(-nd - 1, nd), rng.randint(-nd - 1, nd)
        cases.append(run("transpose", lambda t, a=d0, b=d1: t.transpose(a, b), operand(shape, k), dims=[d0, d1]))
    for _ in range(80):
        k = K()
        shape = rand_shape(rng.randint(0, 4))
        nd = len(shape)
        d = rng.randint(-nd - 2, nd + 1)
        cases.append(run("unsqueeze", lambda t, d=d: t.unsqueeze(d), operand(shape, k), dims=[d]))
    for _ in range(80):
        k = K()
        shape = rand_shape(rng.randint(0, 4))
        nd = len(shape)
        if rng.random() < 0.3:
            cases.append(run("squeeze", lambda t: t.squeeze(), operand(shape, k), dims=[]))
        else:
            d = rng.randint(-nd - 1, nd)
            cases.append(run("squeeze", lambda t, d=d: t.squeeze(d), operand(shape, k), dims=[d]))
    for _ in range(100):
        k = K()
        shape = rand_shape(rng.randint(0, 3))
        target = [rng.randint(1, 3) for _ in range(rng.randint(0, 2))] + [
            (rng.randint(1, 4) if s == 1 and rng.random() < 0.7 else (-1 if rng.random() < 0.2 else (s if rng.random() < 0.8 else s + 1)))
            for s in shape]
        if rng.random() < 0.1 and target:
            target = target[1:]
        cases.append(run("expand", lambda t, s=tuple(target): t.expand(s), operand(shape, k, view=False), sizes=target))

    # select, narrow, cat, stack
    for _ in range(80):
        k = K()
        shape = rand_shape(rng.randint(0, 4))
        nd = len(shape)
        d = rng.randint(-nd - 1, nd)
        size = shape[d] if -nd <= d < nd else 3
        i = rng.randint(-size - 1, size)
        cases.append(run("select", lambda t, d=d, i=i: t.select(d, i), operand(shape, k), dims=[d, i]))
    for _ in range(80):
        k = K()
        shape = rand_shape(rng.randint(1, 4))
        nd = len(shape)
        d = rng.randint(-nd, nd - 1)
        size = shape[d]
        start = rng.randint(-size, size)
        length = rng.randint(0, size + 1)
        cases.append(run("narrow", lambda t, d=d, s=start, n=length: t.narrow(d, s, n), operand(shape, k), dims=[d, start, length]))
    for _ in range(100):
        k = K()
        shape = rand_shape(rng.randint(0, 4))
        nd = len(shape)
        d = rng.randint(-nd, max(nd - 1, 0)) if nd else 0
        specs = []
        for _ in range(rng.randint(1, 3)):
            s2 = list(shape)
            if nd and rng.random() < 0.7:
                s2[d] = rng.randint(0, 4)
            if nd and rng.random() < 0.1:
                s2[rng.randrange(nd)] += 1
            if rng.random() < 0.05:
                s2 = s2[1:]
            if rng.random() < 0.08:
                s2 = [0]  # PyTorch's legacy empty tensor, skipped by cat
            specs.append(operand(s2, k))
        cases.append(run("cat", lambda *ts, d=d: torch.cat(ts, d), *specs, dims=[d]))
    for _ in range(80):
        k = K()
        shape = rand_shape(rng.randint(0, 3))
        nd = len(shape)
        d = rng.randint(-nd - 1, nd)
        specs = [operand(shape if rng.random() < 0.9 else shape + [2], k) for _ in range(rng.randint(1, 3))]
        cases.append(run("stack", lambda *ts, d=d: torch.stack(ts, d), *specs, dims=[d]))

    # printing views: permuted and expanded operands print like their values
    for _ in range(40):
        shape = rand_shape(rng.randint(2, 3), 1, 5)
        t, spec = operand(shape, "randn")
        cases.append({"op": "repr", "args": [spec], "ok": True, "repr": repr(t)})

    # elementwise results keep their operands' memory layout (TensorIterator),
    # which decides the strides of the result and, for a later matmul, which
    # internal route (and error message) PyTorch takes
    unary = [("neg", lambda t: -t), ("exp", torch.exp), ("tanh", torch.tanh), ("scale", lambda t: t * 2.5),
             ("clone", lambda t: t.clone()), ("contiguous", lambda t: t.contiguous())]
    for _ in range(120):
        k = K()
        shape = rand_shape(rng.randint(1, 4), 1, 4)
        name, fn = rng.choice(unary)
        cases.append(run(name, fn, operand(shape, k)))
    for _ in range(150):
        k = K()
        sa, sb = batch_pair()
        sa = sa + rand_shape(rng.randint(1, 2), 1, 4)
        sb = sb + sa[len(sa) - rng.randint(0, min(2, len(sa))):] if rng.random() < 0.7 else list(sa)
        op, fn = rng.choice([("mul", torch.mul), ("add", torch.add), ("sub", torch.sub), ("div", torch.div)])
        cases.append(run(op, fn, operand(sa, k), operand(sb, k)))
    for _ in range(120):
        # y = x * 2 for a 3-D x transposed in memory, then y @ B
        k = K()
        bs, n, kk = rng.randint(1, 4), rng.randint(1, 4), rng.randint(1, 5)
        base = [bs, kk, n]
        data = values(math.prod(base), k)
        x = torch.tensor(data).reshape(base).permute(0, 2, 1)
        spec = {"base": base, "perm": [0, 2, 1], "data": [enc(v) for v in data]}
        kb = kk if rng.random() < 0.5 else rng.randint(1, 5)
        other, ospec = operand([kb, rng.randint(1, 4)] if rng.random() < 0.7 else [kb], k, view=False)
        cases.append(run("scale-matmul", lambda a, b: torch.matmul(a * 2.5, b), (x, spec), (other, ospec)))
    # views of views, then contiguous() or clone(): the layout of the copy (or
    # the view itself, when it is already contiguous)
    for _ in range(80):
        k = K()
        shape = rand_shape(rng.randint(2, 4), 1, 4)
        d = rng.randrange(len(shape))
        i = rng.randrange(shape[d])
        name, fn = rng.choice([("select-contiguous", lambda t, d=d, i=i: t.select(d, i).contiguous()),
                               ("select-clone", lambda t, d=d, i=i: t.select(d, i).clone())])
        cases.append(run(name, fn, operand(shape, k), dims=[d, i]))

    # printing: repr of tensors in every formatting regime
    regimes = [
        lambda n: [float(rng.randint(-9, 9)) for _ in range(n)],
        lambda n: [float(rng.randint(-99999, 99999)) for _ in range(n)],
        lambda n: [rng.uniform(-10, 10) for _ in range(n)],
        lambda n: [rng.uniform(0, 1) for _ in range(n)],
        lambda n: [rng.uniform(-1, 1) * 10 ** rng.randint(-8, 9) for _ in range(n)],
        lambda n: [10.0 ** rng.randint(5, 12) for _ in range(n)],
        lambda n: [rng.choice([0.0, 1.5, -2.25, float("nan"), float("inf"), float("-inf")]) for _ in range(n)],
        lambda n: [rng.choice([0.0, 3.0, float("nan"), float("-inf")]) for _ in range(n)],
        lambda n: [0.0] * n,
        lambda n: [rng.choice([1e-5, 2e-3, 0.5]) for _ in range(n)],
    ]
    for i in range(260):
        shape = rand_shape(rng.randint(0, 4), 0, 6)
        if i % 20 == 0:
            shape = [rng.randint(30, 60), rng.randint(30, 60)]  # summarised (> 1000 elements)
        if i % 20 == 1:
            shape = [rng.randint(1001, 1500)]
        if i % 20 == 2:
            shape = [rng.randint(2, 4), rng.randint(15, 40)]  # long rows wrap at 80 columns
        if i % 20 == 3:
            shape = [12, 12, 8]
        gen_vals = regimes[i % len(regimes)]
        data = gen_vals(math.prod(shape))
        t = torch.tensor(data).reshape(shape)
        cases.append({"op": "repr", "args": [{"base": shape, "data": [enc(v) for v in data]}],
                      "ok": True, "repr": repr(t)})

    # the edges of narrow and expand, appended last so that the cases above
    # stay as they were: starts outside [-size, size] (PyTorch wraps a start
    # like a dim index), negative lengths and sizes, -1 in new leading dims.
    # PyTorch accepts some negative expand sizes (it makes a tensor of shape
    # (0, -3), say); chalk refuses those, so they are left out.
    for _ in range(60):
        shape = rand_shape(rng.randint(1, 4))
        nd = len(shape)
        d = rng.randint(-nd, nd - 1)
        size = shape[d]
        start = rng.randint(-size - 3, size + 3)
        length = rng.randint(-1, size + 1)
        cases.append(run("narrow", lambda t, d=d, s=start, n=length: t.narrow(d, s, n), operand(shape, "int"), dims=[d, start, length]))
    for _ in range(60):
        shape = rand_shape(rng.randint(0, 3))
        target = [rng.choice([1, 1, 2, -1, -3, 0]) for _ in range(rng.randint(0, 2))] + [
            rng.choice([s, s, -1, 3, -2]) for s in shape]
        case = run("expand", lambda t, s=tuple(target): t.expand(s), operand(shape, "int", view=False), sizes=target)
        if not (case["ok"] and min(case["shape"], default=0) < 0):
            cases.append(case)

    out = {
        "generator": "tensor/testdata/gen_fixtures.py",
        "torch_version": torch.__version__,
        "seed": SEED,
        "cases": cases,
    }
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "torch_fixtures.json")
    with open(path, "w") as f:
        json.dump(out, f, separators=(",", ":"), allow_nan=False)
        f.write("\n")
    counts = {}
    for c in cases:
        key = (c["op"], c["ok"])
        counts[key] = counts.get(key, 0) + 1
    print(f"wrote {len(cases)} cases to {path}", file=sys.stderr)
    for k in sorted(counts):
        print(f"  {k[0]:10s} {'ok' if k[1] else 'error':6s} {counts[k]}", file=sys.stderr)


if __name__ == "__main__":
    main()
