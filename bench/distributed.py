"""Data-parallel training over MPI (issue 15): scaling efficiency of 1 and 2 processes on this
machine, and how much of the gradient communication DDP hides behind the backward; NativeGrad
next to PyTorch 1.13's DDP (gloo backend) measured in the same run.

usage: python3 bench/distributed.py [--quick] [--out DIR]

The driver runs, for each library, ``mpirun --bind-to core -np 1`` and ``-np 2`` on this file in
worker mode (each rank pinned to its own core, one compute thread each: weak scaling, the same
per-rank batch), plus one unpinned process for reference (all cores to one process's threads).
The libraries alternate run by run and the sequence is repeated 3 times (once with --quick); each
configuration keeps its fastest run, since a busy machine only slows runs down.
Each worker trains an MLP 512-2048-2048-512-10 (6.3 M parameters, 25 MB of float32 gradients)
with SGD at a per-rank batch of 64 and reports median times per step:

  step        zero_grad + forward + loss + backward + optimizer step
  backward    the DDP backward, including the wait for the last bucket and the copy back
  local       the backward of the same module without DDP (no communication)
  comm        all-reducing every gradient after a local backward (communication alone)

Scaling efficiency = throughput(2 processes) / (2 x throughput(1 process)). Overlap = the share of
``comm`` hidden by DDP: (local + comm - backward) / comm, clamped to [0, 1]. The gradients come in
reverse layer order (b4 W4 b3 W3 b2 W2 b1 W1); with the default 25 MB cap the buckets are
{b4 W4 b3 W3} (4 MB, the 1 MB first-bucket limit) and {b2 W2 b1 W1} (21 MB, complete only at the
last gradient: nothing left to overlap it with); with a 4 MB cap they are {b4 W4 b3 W3},
{b2 W2} (16 MB) and {b1 W1} (4 MB), so 20 of the 25 MB start before the first layer's backward.
On a machine whose load average is above its core count every figure is unreliable (the script prints the load).
"""

import argparse
import json
import os
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
LAYERS = [512, 2048, 2048, 512, 10]
BATCH = 64


# ---------------------------------------------------------------- worker (one rank)

def _worker(lib, steps, out, bucket_cap_mb):
    if lib == "nativegrad":
        import nativegrad as tl
        import nativegrad.distributed as dist
        from nativegrad import nn, optim
        from nativegrad.nn.parallel import DistributedDataParallel as DDP
        dist.init_process_group("mpi")
    else:
        import torch as tl
        import torch.distributed as dist
        from torch import nn, optim
        from torch.nn.parallel import DistributedDataParallel as DDP
        tl.set_num_threads(int(os.environ.get("BENCH_THREADS", "1")))
        dist.init_process_group("gloo", init_method=os.environ["BENCH_INIT"],
                                rank=int(os.environ["OMPI_COMM_WORLD_RANK"]),
                                world_size=int(os.environ["OMPI_COMM_WORLD_SIZE"]))
    rank, world = dist.get_rank(), dist.get_world_size()
    tl.manual_seed(0)
    mods = []
    for a, b in zip(LAYERS, LAYERS[1:]):
        mods += [nn.Linear(a, b), nn.ReLU()]
    model = nn.Sequential(*mods[:-1])
    ddp = DDP(model, bucket_cap_mb=bucket_cap_mb)
    opt = optim.SGD(ddp.parameters(), lr=1e-3)
    tl.manual_seed(1 + rank)
    x, y = tl.randn(BATCH, LAYERS[0]), tl.randn(BATCH, LAYERS[-1])
    params = list(model.parameters())

    def timed(fn):
        dist.barrier()
        t0 = time.perf_counter()
        fn()
        return time.perf_counter() - t0

    def ddp_step():
        opt.zero_grad()
        loss = ((ddp(x) - y) ** 2).mean()
        loss.backward()
        opt.step()

    def ddp_backward():
        opt.zero_grad()
        loss = ((ddp(x) - y) ** 2).mean()
        return timed(loss.backward)

    def local_backward():
        opt.zero_grad()
        loss = ((model(x) - y) ** 2).mean()
        return timed(loss.backward)

    def comm():
        # all gradients all-reduced after the backward, concurrently (no overlap with compute)
        works = [dist.all_reduce(p.grad, async_op=True) for p in params]
        for w in works:
            w.wait()

    for _ in range(3):
        ddp_step()
    res = {"step": [], "backward": [], "local": [], "comm": []}
    for _ in range(steps):
        res["step"].append(timed(ddp_step))
        res["backward"].append(ddp_backward())
        res["local"].append(local_backward())
        res["comm"].append(timed(comm))
    med = {k: statistics.median(v) for k, v in res.items()}
    if rank == 0:
        med["world"] = world
        with open(out, "w") as f:
            json.dump(med, f)
    dist.barrier()
    dist.destroy_process_group()


# ---------------------------------------------------------------- driver

def _free_port():
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()
    return port


def _run(lib, np, bind, steps, tmp, cap):
    out = os.path.join(tmp, "%s-%d-%s-%g.json" % (lib, np, bind, cap))
    env = dict(os.environ)
    env["PYTHONPATH"] = os.path.join(ROOT, "bindings", "python") + os.pathsep + env.get("PYTHONPATH", "")
    env["BENCH_INIT"] = "tcp://127.0.0.1:%d" % _free_port()
    env["BENCH_THREADS"] = "1" if bind == "core" else str(os.cpu_count() or 1)
    cmd = [shutil.which("mpirun"), "--allow-run-as-root", "--oversubscribe", "--bind-to", bind, "-np", str(np),
           sys.executable, os.path.abspath(__file__), "--worker", lib, "--steps", str(steps), "--result", out, "--bucket-cap-mb", str(cap)]
    p = subprocess.run(cmd, env=env, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                       universal_newlines=True, timeout=1800)
    if p.returncode != 0:
        raise RuntimeError("%s failed (exit %d):\n%s%s" % (" ".join(cmd), p.returncode, p.stdout, p.stderr))
    with open(out) as f:
        return json.load(f)


def _hidden(r):
    """The share of the communication time DDP's backward hides: (local + comm - backward) / comm."""
    if r["comm"] <= 0:
        return 0.0
    return max(0.0, min(1.0, (r["local"] + r["comm"] - r["backward"]) / r["comm"]))


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--quick", action="store_true", help="fewer steps (noisier)")
    ap.add_argument("--out", default=os.path.join(ROOT, "artifacts", "bench"))
    ap.add_argument("--worker", help=argparse.SUPPRESS)
    ap.add_argument("--steps", type=int, default=0, help=argparse.SUPPRESS)
    ap.add_argument("--result", help=argparse.SUPPRESS)
    ap.add_argument("--bucket-cap-mb", type=float, default=25, help=argparse.SUPPRESS)
    a = ap.parse_args()
    if a.worker:
        _worker(a.worker, a.steps, a.result, a.bucket_cap_mb)
        return
    if shutil.which("mpirun") is None:
        sys.exit("bench/distributed.py: mpirun not found: apt-get install openmpi-bin libopenmpi-dev")
    steps = 5 if a.quick else 10
    libs = ["nativegrad"]
    try:
        import torch.distributed
        if torch.distributed.is_available() and torch.distributed.is_gloo_available():
            libs.append("torch")
    except ImportError:
        pass
    load = os.getloadavg()[0]
    print("MLP %s, per-rank batch %d, %d timed steps; load average %.1f on %d cores%s"
          % ("-".join(map(str, LAYERS)), BATCH, steps, load, os.cpu_count() or 1,
             " (busy machine: figures unreliable)" if load > (os.cpu_count() or 1) else ""))
    # The libraries alternate run by run (so that both see the same machine), the whole sequence is
    # repeated, and each configuration keeps its fastest run: a busy machine only ever slows a run down.
    results = {}
    repeats = 1 if a.quick else 3
    with tempfile.TemporaryDirectory() as tmp:
        for _ in range(repeats):
            for np, bind, cap in ((1, "core", 25), (2, "core", 25), (2, "core", 4), (1, "none", 25)):
                for lib in libs:
                    key = "%s np=%d bind=%s%s" % (lib, np, bind, "" if cap == 25 else " cap=%gMB" % cap)
                    r = _run(lib, np, bind, steps, tmp, cap)
                    r["samples_per_s"] = np * BATCH / r["step"]
                    if key not in results or r["step"] < results[key]["step"]:
                        results[key] = r
    results = {k: results[k] for lib in libs for k in list(results) if k.startswith(lib + " ")}
    ms = lambda s: "%7.1f" % (s * 1e3)   # noqa: E731
    print("\n%-34s %8s %9s %7s %7s %10s" % ("", "step ms", "backward", "local", "comm", "samples/s"))
    for k, r in results.items():
        print("%-34s %s %s %s %s %10.0f" % (k, ms(r["step"]), "  " + ms(r["backward"]), ms(r["local"]),
                                             ms(r["comm"]), r["samples_per_s"]))
    summary = {}
    print("(load average %.1f at the end)\n" % os.getloadavg()[0])
    for lib in libs:
        one, two = results["%s np=1 bind=core" % lib], results["%s np=2 bind=core" % lib]
        small = results["%s np=2 bind=core cap=4MB" % lib]
        eff = two["samples_per_s"] / (2 * one["samples_per_s"])
        hidden, hidden4 = _hidden(two), _hidden(small)
        summary[lib] = {"scaling_efficiency": eff, "overlap": hidden, "overlap_cap4": hidden4,
                        "step_ms_np2": two["step"] * 1e3, "samples_per_s_np2": two["samples_per_s"]}
        print("%-10s scaling efficiency 1 -> 2 processes: %5.1f%%   communication hidden behind backward: "
              "%5.1f%% (25 MB buckets), %5.1f%% (4 MB)" % (lib, 100 * eff, 100 * hidden, 100 * hidden4))
    if "torch" in summary:
        n, t = summary["nativegrad"], summary["torch"]
        print("nativegrad / PyTorch: 2-process throughput x%.2f, step time x%.2f (below 1: faster)"
              % (n["samples_per_s_np2"] / t["samples_per_s_np2"], n["step_ms_np2"] / t["step_ms_np2"]))
    os.makedirs(a.out, exist_ok=True)
    with open(os.path.join(a.out, "distributed.json"), "w") as f:
        json.dump({"runs": results, "summary": summary, "load": load}, f, indent=1)


if __name__ == "__main__":
    main()
