"""The issue-10 ops against PyTorch, in one process: best-of-N wall time of each op (forward only,
or forward + backward where marked) with nativegrad and with PyTorch on the same inputs, and the
ratio nativegrad / PyTorch (below 1: nativegrad is faster). Both libraries use every core.

    PYTHONPATH=bindings/python /usr/bin/python3 bench/ops10.py [--quick]

Times on a shared machine are noisy: compare within one run only."""
import sys
import time

import numpy as np
import torch

import nativegrad as ng

QUICK = "--quick" in sys.argv
torch.set_num_threads(ng.get_num_threads() if hasattr(ng, "get_num_threads") else torch.get_num_threads())


def best(f, reps):
    f()
    t = float("inf")
    for _ in range(reps):
        t0 = time.perf_counter()
        f()
        t = min(t, time.perf_counter() - t0)
    return t


def inputs(shape, dtype="float32", seed=0):
    a = np.random.default_rng(seed).standard_normal(shape).astype(dtype)
    return torch.from_numpy(a.copy()), ng.from_numpy(a.copy())


def row(name, f, x_t, x_n, reps):
    tt = best(lambda: f(torch, x_t), reps)
    tn = best(lambda: f(ng, x_n), reps)
    print("%-44s %10.3f %10.3f %7.2f" % (name, tn * 1e3, tt * 1e3, tn / tt))
    return tn / tt


def backward(op):
    def f(L, x):
        y = op(L, x)
        (y[0] if isinstance(y, tuple) else y).sum().backward()
    return f


def main():
    n = 1 << 16 if QUICK else 1 << 20
    side = 256 if QUICK else 1024
    reps = 3 if QUICK else 10
    vec_t, vec_n = inputs((n,))
    mat_t, mat_n = inputs((side, side))
    gmat_t, gmat_n = mat_t.clone().requires_grad_(), mat_n.clone().requires_grad_()
    mask_t, mask_n = mat_t > 0, mat_n > 0
    print("%-44s %10s %10s %7s" % ("op (float32)", "ng ms", "torch ms", "ratio"))
    ratios = [
        row("sort %d" % n, lambda L, x: x.sort(), vec_t, vec_n, reps),
        row("sort %dx%d dim 1" % (side, side), lambda L, x: x.sort(1), mat_t, mat_n, reps),
        row("sort %dx%d dim 0" % (side, side), lambda L, x: x.sort(0), mat_t, mat_n, reps),
        row("topk 10 of %d" % n, lambda L, x: x.topk(10), vec_t, vec_n, reps),
        row("argsort %dx%d dim 1" % (side, side), lambda L, x: x.argsort(1), mat_t, mat_n, reps),
        row("argmax %d" % n, lambda L, x: x.argmax(), vec_t, vec_n, reps),
        row("cumsum %d" % n, lambda L, x: x.cumsum(0), vec_t, vec_n, reps),
        row("cumsum %dx%d dim 0" % (side, side), lambda L, x: x.cumsum(0), mat_t, mat_n, reps),
        row("cumprod %dx%d dim 1" % (side, side), lambda L, x: x.cumprod(1), mat_t, mat_n, reps),
        row("prod %dx%d dim 1" % (side, side), lambda L, x: x.prod(1), mat_t, mat_n, reps),
        row("repeat %dx%d (2, 2)" % (side, side), lambda L, x: x.repeat(2, 2), mat_t, mat_n, reps),
        row("flip %dx%d dim 1" % (side, side), lambda L, x: x.flip(1), mat_t, mat_n, reps),
        row("flip %dx%d dim 0" % (side, side), lambda L, x: x.flip(0), mat_t, mat_n, reps),
        row("roll %dx%d (3, 5)" % (side, side), lambda L, x: x.roll((3, 5), (0, 1)), mat_t, mat_n, reps),
        row("masked_fill %dx%d" % (side, side),
            lambda L, x: x.masked_fill(mask_t if L is torch else mask_n, 0.0), mat_t, mat_n, reps),
        row("nonzero %dx%d (half)" % (side, side), lambda L, x: x.nonzero(), mask_t, mask_n, reps),
        row("isnan %d" % n, lambda L, x: x.isnan(), vec_t, vec_n, reps),
        row("all %dx%d dim 1" % (side, side), lambda L, x: x.all(1), mat_t, mat_n, reps),
        row("isclose %dx%d" % (side, side), lambda L, x: x.isclose(x), mat_t, mat_n, reps),
        row("fwd+bwd sort %dx%d dim 1" % (side, side), backward(lambda L, x: x.sort(1)), gmat_t, gmat_n, reps),
        row("fwd+bwd prod %dx%d dim 1" % (side, side), backward(lambda L, x: x.prod(1)), gmat_t, gmat_n, reps),
        row("fwd+bwd repeat %dx%d (2, 2)" % (side, side), backward(lambda L, x: x.repeat(2, 2)), gmat_t, gmat_n, reps),
        row("fwd+bwd split %dx%d into 8" % (side, side),
            backward(lambda L, x: L.stack([p.sum() for p in x.split(side // 8)])), gmat_t, gmat_n, reps),
        row("fwd+bwd unbind 64x64", backward(lambda L, x: L.stack([p.sum() for p in x[:64, :64].unbind(0)])),
            gmat_t, gmat_n, reps),
    ]
    print("geometric mean ratio: %.2f" % float(np.exp(np.mean(np.log(ratios)))))


if __name__ == "__main__":
    main()
