"""Random number generation, NativeGrad against PyTorch in one process (both produce the same values
for the same seed, so this times identical work): rand/randn of 4M float32/float64, randint,
randperm of 1M, bernoulli_, dropout, and a thousand small randn calls. Prints the best of several
runs and the ratio torch / nativegrad (above 1: NativeGrad faster).

    PYTHONPATH=bindings/python /usr/bin/python3 bench/rng.py [--threads N]
"""

import argparse
import time

import torch

import nativegrad as ng

N = 1 << 22


def best(f, reps):
    times = []
    for _ in range(reps):
        t0 = time.perf_counter()
        f()
        times.append(time.perf_counter() - t0)
    return min(times)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--threads", type=int, default=0, help="torch threads (default: all cores)")
    ap.add_argument("--reps", type=int, default=7)
    args = ap.parse_args()
    if args.threads:
        torch.set_num_threads(args.threads)
    ones = {torch: torch.ones(N), ng: ng.ones(N)}
    work = [
        ("rand 4M f32", lambda m: m.rand(N)),
        ("rand 4M f64", lambda m: m.rand(N, dtype=m.float64)),
        ("randn 4M f32", lambda m: m.randn(N)),
        ("randn 4M f64", lambda m: m.randn(N, dtype=m.float64)),
        ("randint 4M", lambda m: m.randint(0, 1000, (N,))),
        ("randperm 1M", lambda m: m.randperm(1 << 20)),
        ("bernoulli_ 4M", lambda m: m.zeros(N).bernoulli_(0.5)),
        ("dropout 4M", lambda m: m.nn.functional.dropout(ones[m], 0.3)),
        ("randn(3) x1000", lambda m: [m.randn(3) for _ in range(1000)]),
    ]
    ratios = []
    print("%-16s %12s %14s %7s" % ("workload", "torch ms", "nativegrad ms", "ratio"))
    for name, f in work:
        torch.manual_seed(0)
        ng.manual_seed(0)
        tt = best(lambda: f(torch), args.reps)
        tn = best(lambda: f(ng), args.reps)
        ratios.append(tt / tn)
        print("%-16s %12.2f %14.2f %7.2f" % (name, tt * 1e3, tn * 1e3, tt / tn))
    geo = 1.0
    for r in ratios:
        geo *= r
    print("geometric mean of ratios: %.2f" % geo ** (1.0 / len(ratios)))


if __name__ == "__main__":
    main()
