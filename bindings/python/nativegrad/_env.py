"""Process settings: the worker pool's size (``set_num_threads``) and the deterministic-algorithms flag."""

from ctypes import c_int32

from ._native import lib as _L, raise_status as _raise

__all__ = ["set_num_threads", "get_num_threads", "use_deterministic_algorithms",
           "are_deterministic_algorithms_enabled", "is_deterministic_algorithms_warn_only_enabled"]


def set_num_threads(int):
    """Sets how many threads (the caller included) one large kernel may use; resizes the library's
    worker pool. The initial size comes from $NATIVEGRAD_NUM_THREADS, else the core count."""
    n = int
    if not hasattr(n, "__index__"):
        raise RuntimeError("set_num_threads expects an int, but got %s" % type(n).__name__)
    n = n.__index__()
    if n <= 0:
        raise RuntimeError("set_num_threads expects a positive integer")
    st = _L.ng_set_num_threads(n)
    if st:
        _raise(st)


def get_num_threads():
    """The worker pool's size."""
    v = c_int32()
    st = _L.ng_get_num_threads(v)
    if st:
        _raise(st)
    return v.value


_deterministic = [False, False]


def use_deterministic_algorithms(mode, *, warn_only=False):
    """Records the flag. Every NativeGrad kernel is already deterministic (the same inputs give the
    same bits on any number of threads), so nothing else changes."""
    if not isinstance(mode, bool):
        raise TypeError("_set_deterministic_algorithms(): argument 'mode' (position 1) must be bool, not %s"
                        % type(mode).__name__)
    _deterministic[0] = mode
    _deterministic[1] = bool(warn_only) and mode


def are_deterministic_algorithms_enabled():
    """True when use_deterministic_algorithms(True) was called (NativeGrad is always deterministic)."""
    return _deterministic[0]


def is_deterministic_algorithms_warn_only_enabled():
    """True when use_deterministic_algorithms(True, warn_only=True) was called."""
    return _deterministic[1]
