"""``nativegrad.distributed``: PyTorch's ``torch.distributed`` over MPI (Open MPI, loaded by the
library at run time; Debian: ``openmpi-bin libopenmpi-dev``).

Start the program with ``mpirun -np N python train.py``; in it::

    import nativegrad.distributed as dist
    dist.init_process_group("mpi")
    t = torch.ones(3) * dist.get_rank()
    dist.all_reduce(t)                       # in place, over all ranks
    dist.destroy_process_group()

One default process group per process (``group`` arguments accept only ``None`` or
``group.WORLD``). Tensors must be contiguous float32, float64 or int64. A collective that does not
finish within ``timeout`` (default 30 minutes, as PyTorch) raises ``RuntimeError`` instead of
hanging, e.g. when another rank died or stalled. Without mpirun only ``world_size=1`` is accepted.
``destroy_process_group`` finalises MPI (it is called at exit if the program did not): MPI cannot
be initialised again in the same process.
"""

import atexit
import sys
from ctypes import c_int32, c_int64
from datetime import timedelta

from .._native import lib as _L, raise_status as _raise
from .._tensor import Tensor

__all__ = ["is_available", "is_mpi_available", "is_gloo_available", "is_nccl_available", "is_initialized",
           "init_process_group", "destroy_process_group", "get_rank", "get_world_size", "get_backend",
           "all_reduce", "broadcast", "barrier", "ReduceOp", "Backend", "group", "GroupMember", "Work",
           "default_pg_timeout"]

default_pg_timeout = timedelta(minutes=30)


class ReduceOp(object):
    """The reductions of ``all_reduce`` (PyTorch's values)."""
    SUM = 0
    AVG = 1
    PRODUCT = 2
    MIN = 3
    MAX = 4


_OP_NAMES = {v: k for k, v in vars(ReduceOp).items() if k.isupper()}


class Backend(str):
    """Backend names; NativeGrad has ``Backend.MPI`` only."""
    MPI = "mpi"
    UNDEFINED = "undefined"

    def __new__(cls, name):
        if not isinstance(name, str):
            raise ValueError("Backend name must be a string, but got: {}".format(name))
        value = name.lower()
        if value != "mpi":
            raise ValueError("NativeGrad supports the 'mpi' backend only (got '%s')" % name)
        return str.__new__(cls, value)


class _World(object):
    def __repr__(self):
        return "<default process group>"


class GroupMember(object):
    """``GroupMember.WORLD`` is the default (and only) process group."""
    WORLD = _World()
    NON_GROUP_MEMBER = object()


class group(object):
    """``group.WORLD``: the default process group."""
    WORLD = GroupMember.WORLD


def _check_group(g):
    if g is not None and g is not GroupMember.WORLD:
        raise ValueError("nativegrad.distributed has the default process group only (group=None or group.WORLD)")


def _check_tensor(t, name="tensor"):
    if not isinstance(t, Tensor):
        raise RuntimeError("Invalid function argument. Expected parameter `%s` to be of type torch.Tensor." % name)


def _flag(fn):
    v = c_int32()
    st = fn(v)
    if st:
        _raise(st)
    return v.value


def is_available():
    """True: the package is built with distributed support (MPI itself is loaded on demand)."""
    return True


def is_mpi_available():
    """True if the library can load Open MPI."""
    return _flag(_L.ng_dist_is_mpi_available) != 0


def is_gloo_available():
    """False: NativeGrad's only backend is MPI."""
    return False


def is_nccl_available():
    """False: NativeGrad's only backend is MPI (and there is no GPU)."""
    return False


def is_initialized():
    """True between ``init_process_group`` and ``destroy_process_group``."""
    return _flag(_L.ng_dist_is_initialized) != 0


def init_process_group(backend=None, init_method=None, timeout=default_pg_timeout, world_size=-1, rank=-1,
                       store=None, group_name="", pg_options=None):
    """Initialises the default process group over MPI (``backend`` "mpi" or None). The rank and the
    world size come from mpirun; ``world_size``/``rank``, when given, must agree with it. Without
    mpirun only ``world_size=1`` is accepted. ``init_method`` is ignored, as PyTorch does for MPI
    (mpirun connects the processes); ``store`` and ``pg_options`` are not supported."""
    if backend is not None:
        Backend(backend)
    if store is not None:
        raise ValueError("nativegrad.distributed: the MPI backend takes no store (mpirun connects the processes)")
    if pg_options is not None:
        raise ValueError("nativegrad.distributed: pg_options are not supported")
    if not isinstance(timeout, timedelta):
        raise TypeError("Expected timeout argument to be of type datetime.timedelta")
    seconds = timeout.total_seconds()
    if seconds <= 0:
        raise ValueError("timeout must be positive (got %s)" % timeout)
    st = _L.ng_dist_init(seconds, int(world_size), int(rank))
    if st:
        _raise(st)


def destroy_process_group(group=None):
    """Waits for outstanding collectives, frees the group and finalises MPI."""
    _check_group(group)
    st = _L.ng_dist_destroy()
    if st:
        _raise(st)


@atexit.register
def _destroy_at_exit():
    # mpirun fails a job whose process exits without finalising MPI: finish what the program did
    # not. Not when the program is dying of an uncaught exception (sys.last_value): finalising waits
    # for the other ranks, which may be waiting for this one; exiting at once lets mpirun end the job.
    # (After a failed collective the library itself skips finalising.)
    if getattr(sys, "last_value", None) is not None:
        return
    try:
        if is_initialized():
            destroy_process_group()
    except Exception:
        pass


def get_rank(group=None):
    """This process's rank in the default group."""
    _check_group(group)
    return _flag(_L.ng_dist_rank)


def get_world_size(group=None):
    """The number of processes in the default group."""
    _check_group(group)
    return _flag(_L.ng_dist_world_size)


def get_backend(group=None):
    """The default group's backend: "mpi"."""
    _check_group(group)
    get_rank()
    return Backend.MPI


class Work(object):
    """An outstanding collective (``async_op=True``): ``wait()`` blocks until it is done and its
    result is in the tensor; ``is_completed()`` polls."""

    __slots__ = ("_id", "__weakref__")

    def __init__(self, work_id):
        self._id = work_id

    def wait(self, timeout=None):
        """Blocks until done; raises RuntimeError after ``timeout`` (a timedelta; default: the
        group's timeout, counted from the collective's start)."""
        seconds = 0.0 if timeout is None else timeout.total_seconds()
        if timeout is not None and seconds <= 0:
            raise ValueError("timeout must be positive")
        st = _L.ng_dist_work_wait(self._id, seconds)
        if st:
            _raise(st)
        return True

    def is_completed(self):
        """True once the operation has finished (without waiting)."""
        v = c_int32()
        st = _L.ng_dist_work_is_completed(self._id, v)
        if st:
            _raise(st)
        return v.value != 0

    def __del__(self):
        try:
            if self._id:
                _L.ng_dist_work_free(self._id)
                self._id = 0
        except Exception:
            pass


def _finish(st, out, async_op):
    if st:
        _raise(st)
    return Work(out.value) if async_op else None


def all_reduce(tensor, op=ReduceOp.SUM, group=None, async_op=False):
    """Reduces ``tensor`` over all ranks, in place (``op``: ReduceOp.SUM, AVG, PRODUCT, MIN, MAX).
    Returns a Work with ``async_op=True``, else None once the result is in ``tensor``."""
    _check_tensor(tensor)
    _check_group(group)
    op = int(op)
    if op not in _OP_NAMES:
        raise ValueError("unsupported reduce op %r (SUM, AVG, PRODUCT, MIN, MAX)" % (op,))
    out = c_int64()
    return _finish(_L.ng_dist_all_reduce(tensor._h, op, 1 if async_op else 0, out), out, async_op)


def broadcast(tensor, src, group=None, async_op=False):
    """Copies rank ``src``'s ``tensor`` into every rank's ``tensor``, in place."""
    _check_tensor(tensor)
    _check_group(group)
    out = c_int64()
    return _finish(_L.ng_dist_broadcast(tensor._h, int(src), 1 if async_op else 0, out), out, async_op)


def barrier(group=None, async_op=False, device_ids=None):
    """Returns when every rank has called it."""
    _check_group(group)
    if async_op:
        raise ValueError("nativegrad.distributed: barrier(async_op=True) is not supported")
    st = _L.ng_dist_barrier()
    if st:
        _raise(st)

