"""NativeGrad against PyTorch on the benchmark workloads (bench/README.md), in one process.

Runs every workload with ``nativegrad`` and with PyTorch (at 1 thread and at all threads,
``torch.set_num_threads``; PyTorch's figure is the better of the two), prints a table of
times and ratios (PyTorch time / NativeGrad time: above 1 means NativeGrad is faster) with
their geometric mean, and writes ``compare.json`` and ``compare.png`` (matplotlib, Agg)
under the output directory. Each time is the best of several runs: the machine may be
shared, and the best run is the least disturbed one.

usage: python3 bench/compare.py [--out artifacts/bench] [--machine machine.json] [--quick]
                                [--only TEXT ...]

``--machine`` names the JSON written by bench/c/bench (STREAM triad and FMA peak): with it
the table also reports GB/s of the elementwise workloads and GFLOP/s of matmul against
those limits.

The SGD training steps (MLP 10-100-100-1 at batch 1, 784-256-256-10 at batch 128, MSE) run
when ``nativegrad.nn`` is available; their memory is measured by bench/memory.py.
"""

import argparse
import json
import math
import os
import sys
import time

import numpy as np
import torch

import nativegrad as ng

THREADS = os.cpu_count() or 1


def best_time(fn, budget, max_reps, batch=1):
    """Best seconds per call of fn over up to max_reps timed batches within budget seconds."""
    fn()  # warm-up: first-call costs (allocation caches, lazy init) are not the steady state
    best = math.inf
    start = time.perf_counter()
    for r in range(max_reps):
        t0 = time.perf_counter()
        for _ in range(batch):
            fn()
        dt = (time.perf_counter() - t0) / batch
        best = min(best, dt)
        if r >= 2 and time.perf_counter() - start > budget:
            break
    return best


def settle():
    """Lets the thread pools of the run before go idle: OpenBLAS's and OpenMP's threads
    busy-wait for a while after their last call (NativeGrad's for 0.1 ms), and a short workload
    timed in that window would share a 2-core machine with a spinning thread."""
    time.sleep(0.3)


# ------------------------------------------------------------------------------ workloads
# Each builder takes the library module (nativegrad or torch) and returns a callable that
# runs the workload once, leaving no state behind (leaf grads are cleared every run, so
# every run does the same work; PyTorch's grad=None is the same).

def seed_graph(lib):
    x = lib.tensor(1.5, requires_grad=True)

    def run():
        y = lib.log(x ** 3)
        y.backward()
        x.grad = None
    return run


def _pair(lib, n, dtype, seed):
    rng = np.random.default_rng(seed)
    a = rng.standard_normal(n).astype(dtype)
    b = rng.standard_normal(n).astype(dtype)
    return (lib.tensor(a.tolist() if n <= 16 else a, requires_grad=True),
            lib.tensor(b.tolist() if n <= 16 else b, requires_grad=True))


def _from_np(lib, arr):
    # A copy the library owns (torch.tensor / nativegrad.tensor), as a script's parameters are. Memory
    # shared with NumPy (from_numpy) can be written behind the library's back, so NativeGrad reads
    # it when each op runs and never fuses over it (docs/ARCHITECTURE.md, "Fusion").
    return lib.tensor(arr, requires_grad=True)


def elementwise_exp(n):
    def build(lib):
        rng = np.random.default_rng(1)
        a = _from_np(lib, rng.standard_normal(n).astype(np.float32))
        b = _from_np(lib, rng.standard_normal(n).astype(np.float32))

        def run():
            ((a * b + a.exp()).sum()).backward()
            a.grad = None
            b.grad = None
        return run
    return build


def elementwise_tanh(n):
    def build(lib):
        rng = np.random.default_rng(2)
        a = _from_np(lib, rng.standard_normal(n).astype(np.float32))
        b = _from_np(lib, rng.standard_normal(n).astype(np.float32))
        sin = lib.sin

        def run():
            ((a * b + sin(a)).tanh().sum()).backward()
            a.grad = None
            b.grad = None
        return run
    return build


def matmul(n):
    def build(lib):
        rng = np.random.default_rng(3)
        A = _from_np(lib, rng.standard_normal((n, n)).astype(np.float32))
        B = _from_np(lib, rng.standard_normal((n, n)).astype(np.float32))

        def run():
            (A @ B).sum().backward()
            A.grad = None
            B.grad = None
        return run
    return build


def matmul_dense_grad(n):
    """A @ B, backward with a dense random gradient: all three GEMMs run in full (the gradient
    of .sum() is an expanded scalar, which lets the backward GEMMs compute one row and copy it)."""
    def build(lib):
        rng = np.random.default_rng(3)
        A = _from_np(lib, rng.standard_normal((n, n)).astype(np.float32))
        B = _from_np(lib, rng.standard_normal((n, n)).astype(np.float32))
        G = _from_np(lib, rng.standard_normal((n, n)).astype(np.float32)).detach()

        def run():
            (A @ B).backward(G)
            A.grad = None
            B.grad = None
        return run
    return build


def hvp(n):
    def build(lib):
        rng = np.random.default_rng(4)
        a = _from_np(lib, rng.standard_normal(n).astype(np.float64))

        def run():
            g, = lib.autograd.grad(lib.mean(a * a), a, create_graph=True)
            g.norm().backward()
            a.grad = None
        return run
    return build


def mlp_step(sizes, batch):
    """One SGD step (zero_grad, forward, MSE, backward, step) of a Linear/ReLU MLP."""
    def build(lib):
        lib.manual_seed(0)
        layers = []
        for i in range(len(sizes) - 1):
            layers.append(lib.nn.Linear(sizes[i], sizes[i + 1]))
            if i < len(sizes) - 2:
                layers.append(lib.nn.ReLU())
        model = lib.nn.Sequential(*layers)
        opt = lib.optim.SGD(model.parameters(), lr=0.01)
        rng = np.random.default_rng(5)
        x = _from_np(lib, rng.standard_normal((batch, sizes[0])).astype(np.float32)).detach()
        y = _from_np(lib, rng.standard_normal((batch, sizes[-1])).astype(np.float32)).detach()
        loss_fn = lib.nn.MSELoss()

        def run():
            opt.zero_grad()
            loss_fn(model(x), y).backward()
            opt.step()
        return run
    return build


def _has_nn():
    try:
        import nativegrad.nn  # noqa: F401
        import nativegrad.optim  # noqa: F401
        return True
    except ImportError:
        return False


def workloads(quick):
    """(name, builder, budget seconds, max reps, batch, bytes it must move, flops)."""
    w = [("seed log(x**3) scalar", seed_graph, 1.0, 5, 2000 if not quick else 500, None, None)]
    sizes = [(1 << 10, "1K"), (1 << 20, "1M"), (1 << 24, "16M")]
    for n, label in sizes:
        big = n >= 1 << 20
        # Must move: read a and b, write a.grad and b.grad (a fused kernel's traffic).
        w.append(("(a*b+exp(a)).sum() %s f32" % label, elementwise_exp(n), 2.0, 10 if big else 50,
                  1 if big else 200, 16 * n, None))
    if hasattr(ng, "sin") and hasattr(ng.Tensor, "tanh"):
        for n, label in sizes:
            big = n >= 1 << 20
            w.append(("(a*b+sin(a)).tanh().sum() %s f32" % label, elementwise_tanh(n), 2.0, 10 if big else 50,
                      1 if big else 200, 16 * n, None))
    for n in (64, 256, 512, 1024):
        w.append(("(A@B).sum() n=%d f32" % n, matmul(n), 3.0, 10 if n >= 512 else 50,
                  1 if n >= 256 else 20, None, 6.0 * n ** 3))
    # Not one of the standard workloads (kept out of their geometric mean): the GEMM peak figure.
    # The issue's dense-gradient target covers n = 512 and 1024.
    for n in (512, 1024):
        w.append(("(A@B).backward(G) dense n=%d f32 *" % n, matmul_dense_grad(n), 3.0, 10 if n >= 1024 else 20, 1,
                  None, 6.0 * n ** 3))
    w.append(("HVP n=5 f64", hvp(5), 1.0, 5, 1000 if not quick else 200, None, None))
    w.append(("HVP n=1M f64", hvp(1 << 20), 2.0, 10, 1, None, None))
    if _has_nn():
        w.append(("SGD step MLP 10-100-100-1 batch 1", mlp_step((10, 100, 100, 1), 1), 1.5, 10, 200, None, None))
        w.append(("SGD step MLP 784-256-256-10 batch 128", mlp_step((784, 256, 256, 10), 128), 2.0, 20, 5, None, None))
    if quick:
        w = [x[:2] + (x[2] / 4,) + x[3:] for x in w]
    return w


def provenance():
    """When, on what and from which commit this report was measured (the report's header)."""
    import datetime
    import platform
    import subprocess
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    try:
        commit = subprocess.run(["git", "-C", root, "rev-parse", "--short=12", "HEAD"], capture_output=True,
                                text=True, check=True).stdout.strip()
        if subprocess.run(["git", "-C", root, "status", "--porcelain", "--untracked-files=no"], capture_output=True,
                          text=True).stdout.strip():
            commit += " (with uncommitted changes)"
    except (OSError, subprocess.CalledProcessError):
        commit = "unknown (not a git checkout)"
    cpu = platform.processor() or "unknown"
    try:
        with open("/proc/cpuinfo") as f:
            cpu = next((ln.split(":", 1)[1].strip() for ln in f if ln.startswith("model name")), cpu)
    except OSError:
        pass
    return {"date": datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC"), "commit": commit,
            "cpu": cpu, "cores": THREADS, "python": "%s (%s)" % (platform.python_version(), sys.executable),
            "torch": torch.__version__, "nativegrad": getattr(ng, "__version__", "?")}


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--out", default="artifacts/bench")
    ap.add_argument("--machine", help="JSON from bench/c/bench (triad GB/s, FMA peak)")
    ap.add_argument("--quick", action="store_true", help="shorter runs (a smoke test, noisier figures)")
    ap.add_argument("--only", action="append", default=[],
                    help="run only the workloads whose name contains this text (repeatable)")
    args = ap.parse_args()
    os.makedirs(args.out, exist_ok=True)
    machine = {}
    if args.machine and os.path.exists(args.machine):
        with open(args.machine) as f:
            machine = json.load(f)

    torch.manual_seed(0)
    ng.manual_seed(0)
    about = provenance()
    print("date %(date)s, commit %(commit)s\nCPU %(cpu)s, %(cores)d cores\nPython %(python)s, torch %(torch)s, "
          "nativegrad %(nativegrad)s" % about)
    load_start = os.getloadavg()[0]
    print("load average at start: %.1f on %d cores%s" % (
        load_start, THREADS, " (at or above the core count: every figure is disturbed)" if load_start >= THREADS else ""))
    results = []
    wl = workloads(args.quick)
    if args.only:
        wl = [w for w in wl if any(o in w[0] for o in args.only)]
        if not wl:
            sys.exit("compare.py: no workload matches --only %s" % args.only)
    for i, (name, build, budget, reps, batch, nbytes, flops) in enumerate(wl, 1):
        print("[%2d/%d] %-36s" % (i, len(wl), name), end="", flush=True)
        row = {"name": name}
        settle()
        row["nativegrad_s"] = best_time(build(ng), budget, reps, batch)
        print(" nativegrad %10.3f ms" % (row["nativegrad_s"] * 1e3), end="", flush=True)
        for threads in (1, THREADS):
            torch.set_num_threads(threads)
            settle()
            row["torch_%dt_s" % threads] = best_time(build(torch), budget, reps, batch)
        torch.set_num_threads(THREADS)
        row["torch_best_s"] = min(row["torch_1t_s"], row["torch_%dt_s" % THREADS])
        row["ratio"] = row["torch_best_s"] / row["nativegrad_s"]
        if nbytes:
            row["bytes"] = nbytes
            row["nativegrad_gbs"] = nbytes / row["nativegrad_s"] / 1e9
        if flops:
            row["flops"] = flops
            row["nativegrad_gflops"] = flops / row["nativegrad_s"] / 1e9
            row["torch_gflops"] = flops / row["torch_best_s"] / 1e9
        print("  torch %10.3f ms  ratio %6.2fx" % (row["torch_best_s"] * 1e3, row["ratio"]), flush=True)
        results.append(row)

    load_end = os.getloadavg()[0]
    issue = [r for r in results if not r["name"].endswith("*")]
    geo = math.exp(sum(math.log(r["ratio"]) for r in issue) / max(1, len(issue)))
    slower = [r["name"] for r in results if r["ratio"] < 1]

    # ---- table
    print()
    hdr = "%-36s %12s %12s %12s %8s  %s" % ("workload", "nativegrad", "torch 1t", "torch %dt" % THREADS,
                                            "ratio", "vs machine")
    print(hdr)
    print("-" * len(hdr))

    def fmt(s):
        return "%9.3f ms" % (s * 1e3) if s >= 1e-3 else "%9.2f us" % (s * 1e6)

    triad = machine.get("triad_gbs_all")
    peak = machine.get("fma_f32_gflops_all")
    for r in results:
        extra = ""
        if "nativegrad_gbs" in r:
            extra = "%.1f GB/s" % r["nativegrad_gbs"]
            if triad:
                # Time the must-move bytes take at triad bandwidth, over the time taken.
                extra += " (%.0f%% of triad %.1f GB/s; %.1fx the bound)" % (
                    100 * r["nativegrad_gbs"] / triad, triad, triad / r["nativegrad_gbs"])
        if "nativegrad_gflops" in r:
            extra = "%.1f GFLOP/s, torch %.1f" % (r["nativegrad_gflops"], r["torch_gflops"])
            if peak:
                extra += " (%.0f%% of FMA peak %.0f)" % (100 * r["nativegrad_gflops"] / peak, peak)
        print("%-36s %12s %12s %12s %7.2fx  %s" % (r["name"], fmt(r["nativegrad_s"]), fmt(r["torch_1t_s"]),
                                                   fmt(r["torch_%dt_s" % THREADS]), r["ratio"], extra))
    print("-" * len(hdr))
    print("geometric mean of ratios over the standard workloads (PyTorch best time / NativeGrad time): %.2fx  (target >= 2x)" % geo)
    if len(issue) < len(results):
        print("* not one of the standard workloads: outside the geometric mean")
    print("load average: %.1f at start, %.1f at end (%d cores)" % (load_start, load_end, THREADS))
    print("workloads slower than PyTorch: %s" % (", ".join(slower) if slower else "none"))
    if not _has_nn():
        print("not measured: the SGD training steps -- nativegrad.nn is not available")

    summary = {"provenance": about, "threads": THREADS, "torch_version": torch.__version__, "geomean_ratio": geo,
               "load_average": [load_start, load_end],
               "slower_than_torch": slower, "machine": machine, "workloads": results,
               "not_measured": [] if _has_nn() else ["SGD training steps: nativegrad.nn is not available"]}
    jpath = os.path.join(args.out, "compare.json")
    with open(jpath, "w") as f:
        json.dump(summary, f, indent=2)

    ppath = os.path.join(args.out, "compare.png")
    try:
        import matplotlib
        matplotlib.use("Agg")
        import matplotlib.pyplot as plt
        names = [r["name"] for r in results]
        ratios = [r["ratio"] for r in results]
        fig, ax = plt.subplots(figsize=(10, 0.45 * len(names) + 1.5))
        colors = ["tab:green" if x >= 1 else "tab:red" for x in ratios]
        ax.barh(range(len(names)), ratios, color=colors)
        ax.set_yticks(range(len(names)), names, fontsize=8)
        ax.invert_yaxis()
        ax.set_xscale("log")
        ax.axvline(1, color="black", lw=1)
        ax.axvline(2, color="gray", lw=1, ls="--")
        for k, x in enumerate(ratios):
            ax.text(x, k, " %.2fx" % x, va="center", fontsize=8)
        ax.set_xlabel("PyTorch best time / NativeGrad time (log scale; > 1: NativeGrad faster)")
        ax.set_title("NativeGrad vs PyTorch %s (%d cores, load %.1f): geometric mean %.2fx"
                     % (torch.__version__, THREADS, max(load_start, load_end), geo))
        fig.tight_layout()
        fig.savefig(ppath, dpi=110)
    except ImportError:
        ppath = None
        print("matplotlib is not installed: no chart (apt-get install python3-matplotlib)")
    print("results: %s%s" % (jpath, (", " + ppath) if ppath else ""))
    return 0


if __name__ == "__main__":
    sys.exit(main())
