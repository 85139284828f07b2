"""Argument conversion for the generated op wrappers (``_ops_gen.py``): each helper checks one
Python argument against its schema type and converts it for ctypes, raising PyTorch's
``TypeError`` naming the function and the argument on a wrong type."""

import operator
from ctypes import c_int32, c_int64, c_void_p

from ._tensor import Tensor, _parse_dtype, _type_error_tensor

_INT64_MIN = -(1 << 63)
_INT64_MAX = (1 << 63) - 1
_REDUCTIONS = {"none": 0, "mean": 1, "sum": 2}


def tensor(x, fname, argname, pos):
    """The handle of a Tensor argument."""
    h = getattr(x, "_h", None)
    if h is None or not isinstance(x, Tensor):
        raise _type_error_tensor(fname, argname, pos, x)
    return h


def opt_tensor(x, fname, argname, pos):
    """The handle of a Tensor-or-None argument (None: NULL)."""
    return None if x is None else tensor(x, fname, argname, pos)


def tensors(xs, fname, argname):
    """(array of handles, count) of a sequence of Tensors."""
    if isinstance(xs, Tensor) or not isinstance(xs, (list, tuple)):
        raise TypeError("%s(): argument '%s' must be tuple of Tensors, not %s" % (fname, argname, type(xs).__name__))
    for i, t in enumerate(xs):
        if not isinstance(t, Tensor):
            raise TypeError("expected Tensor as element %d in argument 0, but got %s" % (i, type(t).__name__))
    n = len(xs)
    return (c_void_p * max(n, 1))(*[t._h for t in xs]), n


def integer(x, fname, argname):
    """A Python int (or anything with __index__, including a 0-dim integral tensor) in int64 range."""
    try:
        v = operator.index(x)
    except TypeError:
        raise TypeError("%s(): argument '%s' must be int, not %s" % (fname, argname, type(x).__name__)) from None
    if v < _INT64_MIN or v > _INT64_MAX:
        raise RuntimeError("Overflow when unpacking long")
    return v


def number(x, fname, argname):
    """A Python number (bool, int, float, or a one-element tensor) as a float."""
    if isinstance(x, Tensor):
        return float(x.item())
    if isinstance(x, (int, float)):
        return float(x)
    try:
        return float(x)
    except (TypeError, ValueError):
        raise TypeError("%s(): argument '%s' must be Number, not %s" % (fname, argname, type(x).__name__)) from None


def int_list(x, fname, argname):
    """(int64 array, count) of an int or a sequence of ints."""
    if isinstance(x, (list, tuple)) or (hasattr(x, "__len__") and not isinstance(x, (str, bytes)) and not hasattr(x, "_h")):
        vals = [integer(v, fname, argname) for v in x]
    else:
        vals = [integer(x, fname, argname)]
    return (c_int64 * max(len(vals), 1))(*vals), len(vals)


def varargs_ints(args, fname, argname):
    """A method's int-list argument given as separate ints (x.flip(0, 1)) or as one sequence."""
    if len(args) == 1 and not isinstance(args[0], int):
        return args[0]
    return args


def dtype_code(d, fname):
    """The dtype code of a dtype argument (None: -1)."""
    return -1 if d is None else _parse_dtype(d)


def reduction(r, fname):
    """0/1/2 for reduction='none'/'mean'/'sum'."""
    try:
        return _REDUCTIONS[r]
    except (KeyError, TypeError):
        raise ValueError("%s is not a valid value for reduction" % (r,)) from None


def list_capacity(t, *sizes):
    """Room for the tensors an op returning a list can make from t: its largest dim plus one, plus
    every int argument and the length of every int list (a generous bound: an array of pointers)."""
    cap = 1
    if t is not None:
        shape = t.shape
        cap += max(shape) if len(shape) else 0
    for s in sizes:
        if isinstance(s, (list, tuple)):
            cap += len(s)
        elif isinstance(s, int) and 0 < s < (1 << 20):
            cap += s
    return cap
