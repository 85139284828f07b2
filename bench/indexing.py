"""Advanced indexing (issue 10) against PyTorch, in one process: best-of-N wall time of reads
(x[idx], x[:, idx], x[mask]), writes (x[idx] = v, index_put_ with accumulate, x[mask] = 0, x[mask] = v) and
forward + backward of a read (IndexBackward0: index_put with accumulate), with nativegrad and with
PyTorch on the same inputs, and the ratio nativegrad / PyTorch (below 1: nativegrad is faster).

    PYTHONPATH=bindings/python /usr/bin/python3 bench/indexing.py [--quick]

Times on a shared machine are noisy: compare within one run only."""
import sys
import time

import numpy as np
import torch

import nativegrad as ng

QUICK = "--quick" in sys.argv
torch.set_num_threads(ng.get_num_threads())


def best(f, reps):
    f()
    t = float("inf")
    for _ in range(reps):
        t0 = time.perf_counter()
        f()
        t = min(t, time.perf_counter() - t0)
    return t


def row(name, f, reps):
    tt, tn = best(lambda: f(torch), reps), best(lambda: f(ng), reps)
    print("%-46s %10.3f %10.3f %7.2f" % (name, tn * 1e3, tt * 1e3, tn / tt))
    return tn / tt


def main():
    side = 256 if QUICK else 1024
    reps = 3 if QUICK else 10
    rng = np.random.default_rng(0)
    a = rng.standard_normal((side, side)).astype("float32")
    rows = rng.integers(0, side, side).astype("int64")
    x = {torch: torch.from_numpy(a.copy()), ng: ng.from_numpy(a.copy())}
    gx = {L: x[L].clone().requires_grad_() for L in x}
    idx = {torch: torch.from_numpy(rows.copy()), ng: ng.from_numpy(rows.copy())}
    mask = {L: x[L] > 0 for L in x}
    v = {L: L.ones(side, side) for L in x}
    w = {L: x[L].clone() for L in x}
    vm = {L: L.ones(int(mask[L].sum())) for L in x}
    print("%-46s %10s %10s %7s" % ("op (float32)", "ng ms", "torch ms", "ratio"))
    ratios = [
        row("x[idx] %dx%d rows" % (side, side), lambda L: x[L][idx[L]], reps),
        row("x[:, idx] %dx%d columns" % (side, side), lambda L: x[L][:, idx[L]], reps),
        row("x[idx, idx] %d elements" % side, lambda L: x[L][idx[L], idx[L]], reps),
        row("x[mask] %dx%d (half)" % (side, side), lambda L: x[L][mask[L]], reps),
        row("w[idx] = v %dx%d rows" % (side, side), lambda L: w[L].__setitem__(idx[L], v[L]), reps),
        row("w.index_put_ accumulate %dx%d rows" % (side, side),
            lambda L: w[L].index_put_((idx[L],), v[L], accumulate=True), reps),
        row("w[mask] = 0 %dx%d" % (side, side), lambda L: w[L].__setitem__(mask[L], 0.0), reps),
        row("w[mask] = v %dx%d (a value per set element)" % (side, side), lambda L: w[L].__setitem__(mask[L], vm[L]), reps),
        row("fwd+bwd x[idx].sum() %dx%d" % (side, side), lambda L: gx[L][idx[L]].sum().backward(), reps),
        row("fwd+bwd x[:, idx].sum() %dx%d" % (side, side), lambda L: gx[L][:, idx[L]].sum().backward(), reps),
    ]
    print("geometric mean ratio: %.2f" % float(np.exp(np.mean(np.log(ratios)))))


if __name__ == "__main__":
    main()
