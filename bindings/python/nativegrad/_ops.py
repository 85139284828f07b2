"""Activations, the softmax family, max/min, var/std, where, and joining/indexing ops, as
``Tensor`` methods and module functions (``torch.sin(x)`` and ``x.sin()``)."""

import builtins
import operator
from ctypes import c_double, c_int32, c_void_p

from ._native import lib as _L, raise_status as _raise, i64 as _i64, dim32 as _dim32
from ._tensor import (Tensor, _dims_tuple, _dtcode, _i64arr, _scalar_tensor, _to_code,
                      _type_error_tensor, _unary, _wrap, _wrap_dt, _F64)
from . import return_types, _strict

__all__ = ["relu", "clamp", "clip", "maximum", "minimum", "where",
           "max", "min", "softmax", "log_softmax", "logsumexp", "var", "std", "cat", "concat",
           "stack", "gather", "scatter_add", "index_select", "index_add", "narrow"]

_VP = c_void_p
_index = operator.index


def _same_dt(h, like):
    """Wraps a result that has the dtype of ``like`` when that is a floating dtype."""
    dt = like._dt
    return _wrap_dt(h, dt if 0 <= dt <= _F64 else -1)


def _tensor(x, fname, argname, pos):
    if not isinstance(x, Tensor):
        raise _type_error_tensor(fname, argname, pos, x)
    return x


def _tensor_list(tensors, fname):
    if isinstance(tensors, Tensor) or not isinstance(tensors, (list, tuple)):
        raise TypeError("%s(): argument 'tensors' (position 1) must be tuple of Tensors, not %s"
                        % (fname, type(tensors).__name__))
    for i, t in enumerate(tensors):
        if not isinstance(t, Tensor):
            from ._tensor import _typename
            raise TypeError("expected Tensor as element %d in argument 0, but got %s" % (i, _typename(t)))
    n = len(tensors)
    return (c_void_p * builtins.max(n, 1))(*[t._h for t in tensors]), n


# ---------------------------------------------------------------- activations

def _clamp(self, min=None, max=None):
    """Clamps every element into ``[min, max]``; either bound may be None (not both). Numbers give
    ClampBackward1; tensor bounds broadcast (ClampBackward0; where min > max the result is max)."""
    if isinstance(min, Tensor) or isinstance(max, Tensor):
        from ._ops_math import clamp_tensor
        return clamp_tensor(self, min, max, False)
    if min is None and max is None:
        raise RuntimeError("torch.clamp: At least one of 'min' or 'max' must not be None")
    out = _VP()
    st = _L.ng_clamp(self._h, 0 if min is None else 1, 0.0 if min is None else float(min),
                     0 if max is None else 1, 0.0 if max is None else float(max), out)
    if st:
        _raise(st)
    return _wrap(out.value)


def _binary_tensor(fn, name):
    def op(self, other):
        _tensor(other, name, "other", 1)
        out = _VP()
        st = fn(self._h, other._h, out)
        if st:
            _raise(st)
        return _wrap(out.value)
    op.__name__ = op.__qualname__ = name
    return op


_maximum = _binary_tensor(_L.ng_maximum, "maximum")
_minimum = _binary_tensor(_L.ng_minimum, "minimum")


def _extreme(fn_all, fn_dim, rt, pairwise, name):
    def op(self, dim=None, keepdim=False):
        if isinstance(dim, Tensor):
            return pairwise(self, dim)
        out = _VP()
        if dim is None:
            if keepdim:
                raise TypeError("%s() received an invalid combination of arguments: keepdim needs dim" % name)
            st = fn_all(self._h, out)
            if st:
                _raise(st)
            return _same_dt(out.value, self)
        idx = _VP()
        st = fn_dim(self._h, _dim32(dim, self), 1 if keepdim else 0, out, idx)
        if st:
            _raise(st)
        return rt(_same_dt(out.value, self), _wrap_dt(idx.value, 2))
    op.__name__ = op.__qualname__ = name
    op.__doc__ = ("%s of all elements, or ``(values, indices)`` over ``dim`` (a "
                  "``return_types.%s``), or the elementwise %s with another tensor." % (name, name, name))
    return op


# ---------------------------------------------------------------- softmax family

def _with_dim(fn, name):
    def op(self, dim=None, dtype=None, _stacklevel=3):
        if dim is None:
            raise TypeError("%s() missing 1 required positional argument: 'dim'" % name)
        x = self if dtype is None else self.to(dtype)
        out = _VP()
        st = fn(x._h, _dim32(dim, x), out)
        if st:
            _raise(st)
        return _same_dt(out.value, x)
    op.__name__ = op.__qualname__ = name
    return op


def _logsumexp(self, dim, keepdim=False):
    """``log(sum(exp(self)))`` over ``dim`` (an int or a tuple), computed stably."""
    d = _dims_tuple(dim, "logsumexp")
    out = _VP()
    st = _L.ng_logsumexp(self._h, _i64arr(d) if d else None, len(d), 1 if keepdim else 0, out)
    if st:
        _raise(st)
    return _wrap(out.value)


def _stat(fn, name):
    def op(self, dim=None, unbiased=None, keepdim=False, *, correction=None):
        if isinstance(dim, bool):  # var(unbiased) form
            dim, unbiased = None, dim
        if correction is None:
            correction = 1 if unbiased is None or unbiased else 0
        elif unbiased is not None:
            raise RuntimeError("%s: can't pass both unbiased and correction" % name)
        d = () if dim is None else _dims_tuple(dim, name)
        out = _VP()
        st = fn(self._h, _i64arr(d) if d else None, len(d), float(correction), 1 if keepdim else 0, out)
        if st:
            _raise(st)
        return _same_dt(out.value, self)
    op.__name__ = op.__qualname__ = name
    op.__doc__ = ("%s over ``dim`` (all elements when None), divided by N - correction "
                  "(``unbiased=True`` is correction 1)." % name)
    return op


# ---------------------------------------------------------------- indexing

def _indexed(fn, name):
    def op(self, dim, index):
        _tensor(index, name, "index", 2)
        out = _VP()
        st = fn(self._h, _dim32(dim, self), index._h, out)
        if st:
            _raise(st)
        return _same_dt(out.value, self)
    op.__name__ = op.__qualname__ = name
    return op


def _indexed_add(fn, name):
    def op(self, dim, index, source, alpha=1):
        _tensor(index, name, "index", 2)
        _tensor(source, name, "source", 3)
        if alpha != 1:
            source = source * alpha
        out = _VP()
        st = fn(self._h, _dim32(dim, self), index._h, source._h, out)
        if st:
            _raise(st)
        return _same_dt(out.value, self)
    op.__name__ = op.__qualname__ = name
    return op


def _narrow(self, dim, start, length):
    """A view of ``length`` elements along ``dim`` from ``start``."""
    out = _VP()
    st = _L.ng_narrow(self._h, _dim32(dim, self), _i64(start), _i64(length), out)
    if st:
        _raise(st)
    return _wrap_dt(out.value, self._dt)


# ---------------------------------------------------------------- Tensor methods

Tensor.relu = _unary(_L.ng_relu, "relu")
Tensor.clamp = Tensor.clip = _clamp
Tensor.maximum = _maximum
Tensor.minimum = _minimum
Tensor.max = _extreme(_L.ng_max, _L.ng_max_dim, return_types.max, _maximum, "max")
Tensor.min = _extreme(_L.ng_min, _L.ng_min_dim, return_types.min, _minimum, "min")
Tensor.softmax = _with_dim(_L.ng_softmax, "softmax")
Tensor.log_softmax = _with_dim(_L.ng_log_softmax, "log_softmax")
Tensor.logsumexp = _logsumexp
Tensor.var = _stat(_L.ng_var, "var")
Tensor.std = _stat(_L.ng_std, "std")
Tensor.gather = _indexed(_L.ng_gather, "gather")
Tensor.index_select = _indexed(_L.ng_index_select, "index_select")
Tensor.scatter_add = _indexed_add(_L.ng_scatter_add, "scatter_add")
Tensor.index_add = _indexed_add(_L.ng_index_add, "index_add")
Tensor.narrow = _narrow


# ---------------------------------------------------------------- module functions

def _fn(method, name):
    def f(input, *args, **kwargs):
        _tensor(input, name, "input", 1)
        return method(input, *args, **kwargs)
    f.__name__ = f.__qualname__ = name
    f.__doc__ = method.__doc__
    return f


relu = _fn(Tensor.relu, "relu")
clamp = _fn(_clamp, "clamp")
clip = _fn(_clamp, "clip")
maximum = _fn(_maximum, "maximum")
minimum = _fn(_minimum, "minimum")
max = _fn(Tensor.max, "max")
min = _fn(Tensor.min, "min")
softmax = _fn(Tensor.softmax, "softmax")
log_softmax = _fn(Tensor.log_softmax, "log_softmax")
logsumexp = _fn(_logsumexp, "logsumexp")
var = _fn(Tensor.var, "var")
std = _fn(Tensor.std, "std")
gather = _fn(Tensor.gather, "gather")
scatter_add = _fn(Tensor.scatter_add, "scatter_add")
index_select = _fn(Tensor.index_select, "index_select")
index_add = _fn(Tensor.index_add, "index_add")
narrow = _fn(_narrow, "narrow")


def where(condition, input, other):
    """``input`` where ``condition`` (a bool tensor) is True, else ``other``; broadcasts all three.
    ``input`` or ``other`` may be a Python number."""
    _tensor(condition, "where", "condition", 1)
    if not isinstance(input, Tensor) and not isinstance(other, Tensor):
        raise TypeError("where(): argument 'input' (position 2) must be Tensor, not %s" % type(input).__name__)
    for x in (input, other):
        if not isinstance(x, (Tensor, int, float, bool)):
            from ._tensor import _typename
            raise TypeError("where() received an invalid combination of arguments - got (%s), but expected one of:\n"
                            " * (Tensor condition)\n"
                            " * (Tensor condition, Tensor input, Tensor other, *, Tensor out)"
                            % ", ".join(_typename(a) for a in (condition, input, other)))
    if not isinstance(input, Tensor):
        input = _scalar_like(input, other)
    if not isinstance(other, Tensor):
        other = _scalar_like(other, input)
    out = _VP()
    st = _L.ng_where(condition._h, input._h, other._h, out)
    if st:
        _raise(st)
    return _wrap(out.value)


def _scalar_like(s, t):
    dt = _dtcode(t)
    if dt > _F64 and isinstance(s, float):
        from ._dtype import _default
        dt = _default[0]._code
    return _scalar_tensor(s, dt)


def cat(tensors, dim=0, *, out=None):
    """Joins tensors along an existing ``dim``."""
    arr, n = _tensor_list(tensors, "cat")
    h = _VP()
    st = _L.ng_cat(arr, n, _dim32(dim, tensors[0] if n else None), h)
    if st:
        _raise(st)
    r = _wrap(h.value)
    return r if out is None else _strict.write_out(r, out, "cat", tuple(tensors))


concat = cat


def stack(tensors, dim=0, *, out=None):
    """Joins equal-shaped tensors along a new ``dim``."""
    arr, n = _tensor_list(tensors, "stack")
    h = _VP()
    st = _L.ng_stack(arr, n, _dim32(dim, tensors[0] if n else None, 1), h)
    if st:
        _raise(st)
    r = _wrap(h.value)
    return r if out is None else _strict.write_out(r, out, "stack", tuple(tensors))
