"""Data-parallel training over MPI (issue 15). The multi-process tests launch
``mpirun --allow-run-as-root --oversubscribe -np N`` on the worker scripts in ``dist_workers/``
(and on the C example ``artifacts/bin/ddp_mlp``) with timeouts; they are never skipped: without
mpirun they fail naming the Debian packages. The rest runs in this process or in plain
subprocesses (no MPI is initialised in the pytest process)."""

import json
import os
import re
import shutil
import struct
import subprocess
import sys
import time

import pytest
import torch

import nativegrad as ng
import nativegrad.distributed as dist
from nativegrad.nn.parallel import DistributedDataParallel
from nativegrad.utils.data import DistributedSampler
from ng_testutil import HERE, REPO, subprocess_env

WORKERS = os.path.join(HERE, "dist_workers")
PACKAGES = "openmpi-bin libopenmpi-dev"


def _env(**extra):
    env = subprocess_env()
    for k in list(env):
        if k.startswith(("OMPI_", "PMIX_")):   # this process is not an MPI rank; neither are its children
            del env[k]
    env.update(extra)
    return env


def _mpirun(np, args, timeout=300):
    mpirun = shutil.which("mpirun")
    if mpirun is None:
        pytest.fail("mpirun not found: the distributed tests need Open MPI (Debian: apt-get install %s)" % PACKAGES)
    cmd = [mpirun, "--allow-run-as-root", "--oversubscribe", "-np", str(np)] + list(args)
    start = time.monotonic()
    p = subprocess.run(cmd, env=_env(), stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                       universal_newlines=True, timeout=timeout)
    return p, time.monotonic() - start


def _python(code, timeout=120, **env):
    return subprocess.run([sys.executable, "-c", code], env=_env(**env), stdin=subprocess.DEVNULL,
                          stdout=subprocess.PIPE, stderr=subprocess.PIPE, universal_newlines=True, timeout=timeout)


def _params(path):
    with open(path) as f:
        d = json.load(f)
    floats = {k: struct.unpack("<%df" % (len(v) // 8), bytes.fromhex(v)) for k, v in d["params"].items()}
    return d, floats


# ---------------------------------------------------------------- under mpirun

def test_mpirun_is_installed():
    assert shutil.which("mpirun"), "mpirun not found: apt-get install " + PACKAGES


@pytest.mark.parametrize("np", [2, 4])
def test_collectives_ddp_and_errors_on_every_rank(np):
    p, _ = _mpirun(np, [sys.executable, os.path.join(WORKERS, "collectives.py")])
    assert p.returncode == 0, p.stdout + p.stderr
    done = re.findall(r"^ok (.+)$", p.stdout, re.M)
    assert done == ["all_reduce SUM/MAX/MIN/PRODUCT for float32, float64, int64", "all_reduce AVG",
                    "async all_reduce returns a Work", "broadcast", "barrier and argument errors",
                    "DDP buckets, hooks and averaged gradients", "no_sync", "unused parameters",
                    "DistributedSampler from the group", "destroy_process_group"], p.stdout + p.stderr


@pytest.mark.parametrize("np,mode", [(2, "ddp"), (4, "ddp"), (2, "ddp_accum")])
def test_data_parallel_training_equals_single_process_training(tmp_path, np, mode):
    """The seed MLP trained by np ranks ends bitwise equal on every rank and equal (within float
    rounding) to one process training on the whole batch (with no_sync: the same micro-batches)."""
    out = str(tmp_path / mode)
    p, _ = _mpirun(np, [sys.executable, os.path.join(WORKERS, "train_mlp.py"), mode, out])
    assert p.returncode == 0, p.stdout + p.stderr
    single = str(tmp_path / "single")
    s = subprocess.run([sys.executable, os.path.join(WORKERS, "train_mlp.py"),
                        "single" if mode == "ddp" else "single_accum", single, str(np)],
                       env=_env(), stdout=subprocess.PIPE, stderr=subprocess.PIPE, universal_newlines=True, timeout=300)
    assert s.returncode == 0, s.stdout + s.stderr
    ranks = [_params("%s.rank%d" % (out, r)) for r in range(np)]
    ref, ref_floats = _params(single)
    for r, (d, floats) in enumerate(ranks):
        assert d["rank"] == r and d["world"] == np
        assert d["params"] == ranks[0][0]["params"], "rank %d's parameters differ from rank 0's" % r
        assert d["buckets"] == [[0, 1, 2, 3]]    # 4 parameters, 17 KB: one bucket
    assert sorted(ranks[0][1]) == ["layers.0.bias", "layers.0.weight", "layers.2.bias", "layers.2.weight"]
    for name, values in ranks[0][1].items():
        worst = max(abs(a - b) for a, b in zip(values, ref_floats[name]))
        assert worst <= 2e-5, "%s: data-parallel and single-process training differ by %g" % (name, worst)
    # the parameters did move (the comparison is not between two untrained models)
    assert ranks[0][0]["loss"] < 1.0


def test_c_example_trains_data_parallel_under_mpirun():
    exe = os.path.join(REPO, "artifacts", "bin", "ddp_mlp")
    assert os.path.isfile(exe), "build first (./build.sh build compiles bindings/c/examples/ddp_mlp.c)"
    line = re.compile(r"^rank (\d+) of (\d+): mean loss ([\d.]+), parameter sum ([-\d.]+), parameter hash ([0-9a-f]{16})$", re.M)
    p, _ = _mpirun(2, [exe])
    assert p.returncode == 0, p.stdout + p.stderr
    found = sorted(line.findall(p.stdout))
    assert [f[:2] for f in found] == [("0", "2"), ("1", "2")], p.stdout
    assert found[0][2:] == found[1][2:]            # same mean loss, parameter sum and hash on both ranks
    alone = subprocess.run([exe], env=_env(), stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                           universal_newlines=True, timeout=120)
    assert alone.returncode == 0, alone.stdout + alone.stderr
    (one,) = line.findall(alone.stdout)
    assert one[:2] == ("0", "1")
    assert abs(float(one[3]) - float(found[0][3])) < 1e-4 * max(1.0, abs(float(one[3])))
    assert float(found[0][2]) < 0.05               # it trained


def test_a_killed_rank_ends_the_job():
    """mpirun's own behaviour: a rank killed by a signal makes mpirun stop the others (the collective
    timeout, 600 s here, is not what ends the job)."""
    p, elapsed = _mpirun(2, [sys.executable, os.path.join(WORKERS, "failing_rank.py"), "kill", "600"])
    assert p.returncode != 0
    assert elapsed < 120, "the job took %.0f s to end" % elapsed
    assert "rank 1: failing (kill) at step 3" in p.stdout
    assert "exited on signal 9" in p.stdout + p.stderr


def test_a_rank_raising_ends_the_job_at_once():
    """A rank dying of an exception exits without finalising MPI (whose fence would wait for the
    others), so mpirun ends the job long before the 600 s timeout."""
    p, elapsed = _mpirun(2, [sys.executable, os.path.join(WORKERS, "failing_rank.py"), "raise", "600"])
    assert p.returncode != 0
    assert elapsed < 120, "the job took %.0f s to end" % elapsed
    assert "RuntimeError: rank 1 fails on purpose" in p.stderr


def test_a_stalled_rank_makes_the_others_fail_after_the_timeout():
    """Rank 1 sleeps instead of taking part: rank 0's all-reduce (in its backward) fails after the
    3 s timeout with an error, its exit makes mpirun end the job (rank 1 would sleep 600 s)."""
    p, elapsed = _mpirun(2, [sys.executable, os.path.join(WORKERS, "failing_rank.py"), "stall", "3"])
    assert p.returncode != 0
    assert elapsed < 90, "the job took %.0f s to end" % elapsed
    assert re.search(r"RuntimeError: nativegrad\.distributed: all_reduce timed out after 3(\.\d+)? s \(timeout 3 s\) "
                     r"on rank 0 of 2: another rank died, stalled, or did not call the same collective", p.stderr), p.stderr


# ---------------------------------------------------------------- without mpirun

def test_without_mpirun_only_a_group_of_one():
    code = r"""
import nativegrad as torch, nativegrad.distributed as dist
from nativegrad import nn
try:
    dist.init_process_group("mpi")
except RuntimeError as e:
    print("error:", e)
dist.init_process_group("mpi", world_size=1)
print(dist.get_rank(), dist.get_world_size(), dist.is_initialized())
t = torch.tensor([1.5, 2.5])
dist.all_reduce(t, op=dist.ReduceOp.AVG)
print(t.tolist())
m = nn.Linear(3, 1)
ddp = nn.parallel.DistributedDataParallel(m)
ddp(torch.ones(2, 3)).sum().backward()
print(m.weight.grad.tolist(), m.bias.grad.tolist())
"""
    p = _python(code)
    assert p.returncode == 0, p.stdout + p.stderr
    assert p.stdout.splitlines() == [
        "error: init_process_group: this process was not started by mpirun (OMPI_COMM_WORLD_SIZE and PMIX_RANK are "
        "not set): launch it with `mpirun -np N ...`, or pass world_size=1 for a single-process group",
        "0 1 True", "[1.5, 2.5]", "[[2.0, 2.0, 2.0]] [2.0]"]


def test_missing_mpi_is_a_clear_error():
    code = r"""
import nativegrad.distributed as dist
print(dist.is_mpi_available())
try:
    dist.init_process_group("mpi", world_size=1)
except RuntimeError as e:
    print(e)
"""
    p = _python(code, NATIVEGRAD_MPI_LIB="/nonexistent/libmpi.so.40")
    assert p.returncode == 0, p.stdout + p.stderr
    assert p.stdout.splitlines() == [
        "False",
        "MPI library not found: install Open MPI (Debian: openmpi-bin libopenmpi-dev); "
        "NATIVEGRAD_MPI_LIB=/nonexistent/libmpi.so.40 could not be loaded"]


def test_calls_before_init_fail_as_in_pytorch():
    import torch.distributed as tdist
    assert not dist.is_initialized() and not tdist.is_initialized()
    for name in ("get_rank", "get_world_size"):
        with pytest.raises(RuntimeError) as ours:
            getattr(dist, name)()
        with pytest.raises(RuntimeError) as theirs:
            getattr(tdist, name)()
        assert str(ours.value) == str(theirs.value)
    with pytest.raises(RuntimeError, match="Default process group has not been initialized"):
        dist.all_reduce(ng.ones(2))
    with pytest.raises(RuntimeError, match="Default process group has not been initialized"):
        DistributedDataParallel(ng.nn.Linear(2, 1))
    with pytest.raises(ValueError, match="supports the 'mpi' backend only"):
        dist.init_process_group("gloo")
    with pytest.raises(TypeError, match="timedelta"):
        dist.init_process_group("mpi", timeout=5)
    with pytest.raises(ValueError, match="device_ids"):
        DistributedDataParallel(ng.nn.Linear(2, 1), device_ids=[0])
    assert dist.is_available() and dist.is_mpi_available()
    assert ng.distributed is dist and ng.nn.parallel.DistributedDataParallel is DistributedDataParallel


@pytest.mark.parametrize("n", [0, 1, 2, 7, 10, 12])
@pytest.mark.parametrize("replicas", [1, 3, 4])
@pytest.mark.parametrize("drop_last", [False, True])
def test_sampler_without_shuffle_matches_pytorch(n, replicas, drop_last):
    from torch.utils.data import DistributedSampler as TorchSampler
    for rank in range(replicas):
        ours = DistributedSampler(range(n), num_replicas=replicas, rank=rank, shuffle=False, drop_last=drop_last)
        theirs = TorchSampler(range(n), num_replicas=replicas, rank=rank, shuffle=False, drop_last=drop_last)
        assert list(ours) == list(theirs)
        assert len(ours) == len(theirs) and ours.total_size == theirs.total_size


def test_shuffled_sampler_is_shared_per_epoch_and_covers_the_dataset():
    def shares(epoch, seed=0):
        out = []
        for r in range(3):
            s = DistributedSampler(range(20), num_replicas=3, rank=r, seed=seed)
            s.set_epoch(epoch)
            out.append(list(s))
        return out
    e0 = shares(0)
    assert [len(x) for x in e0] == [7, 7, 7]
    flat = [i for j in range(7) for i in (e0[0][j], e0[1][j], e0[2][j])]
    assert sorted(flat[:20]) == list(range(20)) and flat[20] == flat[0]
    assert flat[:20] != list(range(20))
    assert shares(0) == e0 and shares(1) != e0 and shares(0, seed=1) != e0
    with pytest.raises(ValueError) as ours:
        DistributedSampler(range(5), num_replicas=2, rank=2)
    from torch.utils.data import DistributedSampler as TorchSampler
    with pytest.raises(ValueError) as theirs:
        TorchSampler(range(5), num_replicas=2, rank=2)
    assert str(ours.value) == str(theirs.value)


def test_post_accumulate_grad_hook_and_queue_callback():
    """PyTorch 2.1's hook (1.13, the reference here, has none): values checked directly."""
    x = ng.tensor([1.0, 2.0], requires_grad=True)
    log = []

    def hook(t):
        assert t is x
        log.append(("hook", t.grad.tolist()))
        ng.autograd.Variable._execution_engine.queue_callback(lambda: log.append(("final", x.grad.tolist())))

    h = x.register_post_accumulate_grad_hook(hook)
    (x * x).sum().backward()
    (x * 3).sum().backward()
    assert log == [("hook", [2.0, 4.0]), ("final", [2.0, 4.0]), ("hook", [5.0, 7.0]), ("final", [5.0, 7.0])]
    h.remove()
    (x * 3).sum().backward()
    assert len(log) == 4
    with pytest.raises(RuntimeError, match="post accumulate grad hooks cannot be registered on non-leaf tensors"):
        (x * 2).register_post_accumulate_grad_hook(hook)
    with pytest.raises(RuntimeError, match="cannot register a hook on a tensor that doesn't require gradient"):
        ng.ones(2).register_post_accumulate_grad_hook(hook)
    with pytest.raises(RuntimeError, match="Final callbacks can only be installed during backward pass."):
        ng.autograd.Variable._execution_engine.queue_callback(lambda: None)

    def failing(t):
        ng.autograd.Variable._execution_engine.queue_callback(lambda: 1 / 0)

    y = ng.tensor(1.0, requires_grad=True)
    y.register_post_accumulate_grad_hook(failing)
    with pytest.raises(ZeroDivisionError):
        (y * 2).backward()
    assert y.grad.item() == 2.0
    # torch's queue_callback has the same rule
    with pytest.raises(RuntimeError, match="Final callbacks can only be installed during backward pass."):
        torch.autograd.Variable._execution_engine.queue_callback(lambda: None)
