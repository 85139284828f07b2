"""Hand-written wrappers of the issue-10 ops whose generated ones do not fit PyTorch's signature:
``var_mean`` / ``std_mean`` (a plain tuple of two tensors, ``dim=None`` / ``unbiased`` /
``correction``), ``scatter`` / ``Tensor.scatter_`` (one PyTorch name for the src and value
forms) and ``torch.trace`` (kept out of the generated unary functions, whose parity test feeds
them 1-D input). The declared ops themselves (diag, diagonal, logaddexp, masked_select, ...)
are in ``_ops_gen.py`` (generated)."""

from ctypes import c_int32, c_void_p

from . import _args as _a
from ._native import lib as _L, raise_status as _raise
from ._tensor import Tensor, _dims_tuple, _i64arr, _wrap

__all__ = ["var_mean", "std_mean", "scatter", "trace"]


def _moments(fn, name):
    def op(input, dim=None, unbiased=None, keepdim=False, *, correction=None):
        h = _a.tensor(input, name, "input", 1)
        if isinstance(dim, bool):  # var_mean(input, unbiased) form
            dim, unbiased = None, dim
        if correction is None:
            correction = 1 if unbiased is None or unbiased else 0
        elif unbiased is not None:
            raise TypeError("%s() received an invalid combination of arguments - got both unbiased and correction" % name)
        d = () if dim is None else _dims_tuple(dim, name)
        arr = (c_void_p * 2)()
        n = c_int32()
        st = fn(h, _i64arr(d) if d else None, len(d), float(correction), 1 if keepdim else 0, arr, 2, n)
        if st:
            _raise(st)
        return (_wrap(arr[0]), _wrap(arr[1]))
    op.__name__ = op.__qualname__ = name
    op.__doc__ = ("``torch.%s``: (%s, mean) over ``dim`` (all elements when None), the variance divided by "
                  "N - correction (``unbiased=True`` is correction 1); one node (%s) for both."
                  % (name, name.split("_")[0], "VarMeanBackward0" if name == "var_mean" else "StdMeanBackward0"))
    return op


var_mean = _moments(_L.ng_var_mean, "var_mean")
std_mean = _moments(_L.ng_std_mean, "std_mean")


def _scatter_call(self, dim, index, src, value, reduce, name, inplace):
    if reduce is not None:
        raise NotImplementedError("nativegrad: %s(reduce=...) is not supported (scatter_add covers reduce='add')" % name)
    if src is None and value is None:
        raise TypeError("%s() missing 1 required positional argument: 'src' or 'value'" % name)
    if value is None and not isinstance(src, Tensor):
        src, value = None, src
    d = _a.integer(dim, name, "dim")
    ih = _a.tensor(index, name, "index", 2)
    if src is not None:
        args = (self._h, d, ih, _a.tensor(src, name, "src", 3))
        fn = _L.ng_scatter_src_ if inplace else _L.ng_scatter_src
    else:
        args = (self._h, d, ih, _a.number(value, name, "value"))
        fn = _L.ng_scatter_value_ if inplace else _L.ng_scatter_value
    if inplace:
        st = fn(*args)
        if st:
            _raise(st)
        return self
    out = c_void_p()
    st = fn(*args, out)
    if st:
        _raise(st)
    return _wrap(out.value)


def _scatter(self, dim, index, src=None, value=None, *, reduce=None):
    """A copy with ``src``'s elements (a tensor: ScatterBackward0) or ``value`` (a number:
    ScatterBackward1) written at the positions ``index`` selects along ``dim``."""
    return _scatter_call(self, dim, index, src, value, reduce, "scatter", False)


def _scatter_(self, dim, index, src=None, value=None, *, reduce=None):
    """In-place ``scatter``: writes into self and returns it."""
    return _scatter_call(self, dim, index, src, value, reduce, "scatter_", True)


def scatter(input, dim, index, src=None, value=None, *, reduce=None):
    """``torch.scatter``: see ``Tensor.scatter``."""
    _a.tensor(input, "scatter", "input", 1)
    return _scatter(input, dim, index, src, value, reduce=reduce)


Tensor.scatter = _scatter
Tensor.scatter_ = _scatter_


def trace(input):
    """``torch.trace``: see ``Tensor.trace``."""
    _a.tensor(input, "trace", "input", 1)
    return input.trace()
