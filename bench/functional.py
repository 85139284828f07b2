"""Jacobian and Hessian of a 256-input function, NativeGrad's vectorize=True (one batched backward over
256 seeds, autograd.grad(is_grads_batched=True)) against PyTorch's per-row loop (vectorize=False, 256
backwards) and PyTorch's vectorize=True (vmap), in one process, float64, one thread each.

f(x) = tanh(W x) * x + sin(x) (matmul, reductions-free pointwise) for the Jacobian (256 x 256), and
g(x) = sum(tanh(W x) ** 2) + sum(x * exp(-x ** 2)) for the Hessian (256 x 256, the batched backward runs
through the double-backward graph). Each time is the best of several runs; a ratio is PyTorch's time
over NativeGrad's (above 1: NativeGrad is faster). The values are checked against PyTorch first.

usage: python3 bench/functional.py [--n 256] [--quick] [--out DIR]
"""

import argparse
import json
import math
import os
import time

import numpy as np
import torch

import nativegrad as ng


def best_time(fn, reps):
    fn()
    best = math.inf
    for _ in range(reps):
        t0 = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - t0)
    return best


def problem(lib, n):
    rs = np.random.RandomState(0)
    w = lib.tensor(rs.randn(n, n) / math.sqrt(n), dtype=lib.float64)
    x = lib.tensor(rs.randn(n), dtype=lib.float64)

    def f(v):
        return (w @ v).tanh() * v + v.sin()

    def g(v):
        return ((w @ v).tanh() ** 2).sum() + (v * (-(v ** 2)).exp()).sum()
    return x, f, g


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=256)
    ap.add_argument("--quick", action="store_true", help="fewer repetitions")
    ap.add_argument("--out", default=None, help="directory for functional.json")
    args = ap.parse_args()
    torch.set_num_threads(1)
    ng.set_num_threads(1)
    reps = 2 if args.quick else 5
    xn, fn_, gn = problem(ng, args.n)
    xt, ft, gt = problem(torch, args.n)
    AFn, AFt = ng.autograd.functional, torch.autograd.functional
    rows = []
    print(f"{'n=' + str(args.n):>10} | {'ng vec ms':>9} | {'torch loop ms':>13} {'ratio':>6} | {'torch vec ms':>12} {'ratio':>6}")
    for name, fn, ft_ in (("jacobian", fn_, ft), ("hessian", gn, gt)):
        opn = getattr(AFn, name)
        opt = getattr(AFt, name)
        np.testing.assert_allclose(opn(fn, xn, vectorize=True).numpy(), opt(ft_, xt).numpy(), rtol=1e-10, atol=1e-12)
        ng_vec = best_time(lambda: opn(fn, xn, vectorize=True), reps)
        t_loop = best_time(lambda: opt(ft_, xt, vectorize=False), reps)
        t_vec = best_time(lambda: opt(ft_, xt, vectorize=True), reps)
        rows.append({"op": name, "n": args.n, "ng_vectorize_s": ng_vec, "torch_loop_s": t_loop, "torch_vectorize_s": t_vec})
        print(f"{name:>10} | {ng_vec * 1e3:>9.2f} | {t_loop * 1e3:>13.2f} {t_loop / ng_vec:>6.2f} | "
              f"{t_vec * 1e3:>12.2f} {t_vec / ng_vec:>6.2f}")
    if args.out:
        os.makedirs(args.out, exist_ok=True)
        with open(os.path.join(args.out, "functional.json"), "w") as f:
            json.dump(rows, f, indent=1)


if __name__ == "__main__":
    main()
