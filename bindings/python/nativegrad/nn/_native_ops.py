"""Calls of the library's nn exports (linear, losses, fused optimizer updates, clipping)."""

from ctypes import c_void_p

from .._native import lib as _L, raise_status as _raise
from .._tensor import _wrap

_VP = c_void_p
REDUCTIONS = {"none": 0, "mean": 1, "sum": 2}


def handle(t, fname=None, argname=None, pos=0):
    """The library handle of a tensor, or None; anything else raises PyTorch's TypeError."""
    if t is None:
        return None
    h = getattr(t, "_h", None)
    if h is None:
        from .._tensor import _type_error_tensor
        raise _type_error_tensor(fname or "function", argname or "tensor", pos, t)
    return h


def tensor_handle(t, fname, argname, pos):
    """The handle of a required tensor argument (None is refused too)."""
    if t is None:
        from .._tensor import _type_error_tensor
        raise _type_error_tensor(fname, argname, pos, t)
    return handle(t, fname, argname, pos)


def call_new(fn, *args):
    """Calls an export whose last parameter is a tensor output; returns the wrapped result."""
    out = _VP()
    st = fn(*args, out)
    if st:
        _raise(st)
    return _wrap(out.value)


def check(st):
    if st:
        _raise(st)


def reduction_code(reduction):
    try:
        return REDUCTIONS[reduction]
    except (KeyError, TypeError):
        raise ValueError("%s is not a valid value for reduction" % (reduction,)) from None


def handle_array(tensors):
    arr = (_VP * max(1, len(tensors)))(*[t._h for t in tensors])
    return arr


def zero_grad(params, set_to_none):
    """PyTorch 1.13's zero_grad over a parameter list, in one library call (ng_zero_grad)."""
    params = list(params)
    if params:
        check(_L.ng_zero_grad(handle_array(params), len(params), 1 if set_to_none else 0))


lib = _L
