#!/usr/bin/env python3
"""Time PyTorch and NumPy on chalk's benchmark cases, for side-by-side tables.

Reads the cases as JSON on stdin (a list of {"name", "kind", "a", "b", "n",
"flops"}, as bench.Case marshals) and writes JSON results on stdout in the
shape of bench.Result. go run ./bench/report -torch runs it in the same run as
the Go benchmarks. Uses Debian's python3-torch (PyTorch 1.13) and NumPy:

    apt-get install -y python3-torch python3-numpy
"""
import json
import sys
import timeit

import numpy as np
import torch

torch.set_num_threads(torch.get_num_threads())  # all cores, as chalk uses


def measure(fn, budget=0.5):
    fn()
    n, t = 1, 0.0
    while t < budget:
        n *= 2
        t = timeit.timeit(fn, number=n)
    return t / n * 1e9


def main():
    cases = json.load(sys.stdin)
    out = []
    torch_name = f"PyTorch {torch.__version__.split('a')[0]}"
    numpy_name = f"NumPy {np.__version__}"
    g = torch.Generator().manual_seed(1)
    for c in cases:
        a = torch.randn(c["a"], generator=g, dtype=torch.float64)
        b = torch.randn(c["b"], generator=g, dtype=torch.float64)
        runs = [(torch_name, lambda: torch.matmul(a, b))]
        if c["kind"] == "batched":
            runs.append((torch_name + " bmm", lambda: torch.bmm(a, b)))
        an, bn = a.numpy(), b.numpy()
        if c["kind"] != "square" or c["n"] <= 1024:
            runs.append((numpy_name, lambda: np.matmul(an, bn)))
        for name, fn in runs:
            ns = measure(fn)
            out.append({"case": c["name"], "kind": c["kind"], "n": c.get("n", 0), "variant": name,
                        "ns_per_op": ns, "gflops": c["flops"] / ns, "bytes_per_op": 0, "allocs_per_op": 0})
            print(f"{c['name'][:24]:24s} {name[:26]:26s} {ns / 1e3:10.1f} µs {c['flops'] / ns:7.2f} GFLOPS", file=sys.stderr)
    json.dump(out, sys.stdout)


if __name__ == "__main__":
    main()
