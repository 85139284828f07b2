"""autograd.grad and backward on an N-node chain, NativeGrad against PyTorch, in one process.

The graph is y = x + 1 + 1 + ... (N AddBackward0 nodes over a scalar float64 leaf). Before
running, autograd.grad searches the graph for the nodes that lead to its inputs (PyTorch's
init_to_execute); that search was a fixed-point rescan, quadratic in N (43/75/372/2295 ms at
1K/2K/4K/8K nodes), and is now one depth-first search: both columns should grow linearly.
Each time is the best of several runs (retain_graph=True, so the same graph is reused); the
ratio is PyTorch's time over NativeGrad's (above 1: NativeGrad is faster).

usage: python3 bench/grad_chain.py [--sizes 1000 2000 ...] [--quick] [--out DIR]
"""

import argparse
import json
import math
import os
import time

import torch

import nativegrad as ng

SIZES = [1_000, 2_000, 4_000, 8_000, 10_000, 100_000]


def best_time(fn, reps):
    fn()
    best = math.inf
    for _ in range(reps):
        t0 = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - t0)
    return best


def chain(lib, n):
    x = lib.tensor(0.5, dtype=lib.float64, requires_grad=True)
    y = x
    for _ in range(n):
        y = y + 1.0
    return x, y


def measure(lib, n, reps):
    x, y = chain(lib, n)
    grad = best_time(lambda: lib.autograd.grad(y, x, retain_graph=True), reps)
    backward = best_time(lambda: y.backward(retain_graph=True), reps)
    return grad, backward


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", type=int, nargs="*", default=SIZES)
    ap.add_argument("--quick", action="store_true", help="fewer repetitions")
    ap.add_argument("--out", default=None, help="directory for grad_chain.json")
    args = ap.parse_args()
    torch.set_num_threads(1)
    rows = []
    print(f"{'nodes':>8} | {'grad ng ms':>10} {'us/node':>7} {'torch ms':>9} {'ratio':>6} | {'backward ng ms':>14} {'torch ms':>9} {'ratio':>6}")
    for n in args.sizes:
        reps = 3 if args.quick or n >= 100_000 else 7
        g_ng, b_ng = measure(ng, n, reps)
        g_t, b_t = measure(torch, n, reps)
        rows.append({"nodes": n, "grad_ng_s": g_ng, "grad_torch_s": g_t, "backward_ng_s": b_ng, "backward_torch_s": b_t})
        print(f"{n:>8} | {g_ng * 1e3:>10.2f} {g_ng / n * 1e6:>7.3f} {g_t * 1e3:>9.2f} {g_t / g_ng:>6.2f} | "
              f"{b_ng * 1e3:>14.2f} {b_t * 1e3:>9.2f} {b_t / b_ng:>6.2f}")
    # Linear means a flat us/node column (caches make large graphs somewhat slower per node, in
    # backward as well); the old quadratic search grew it 10x from 1K to 8K nodes.
    if args.out:
        os.makedirs(args.out, exist_ok=True)
        with open(os.path.join(args.out, "grad_chain.json"), "w") as f:
            json.dump(rows, f, indent=1)


if __name__ == "__main__":
    main()
