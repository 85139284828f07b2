"""In-place ops (``add_``, ``mul_``, ``exp_``, ``copy_``, ``x += y``, ...) and ``Tensor._version``.

Each writes into the tensor's memory, bumps the version counter its views share and, when the
tensor or the operand takes part in autograd, rebases the tensor's ``grad_fn`` as PyTorch does
(for a view, the base gets ``CopySlices`` and the view ``AsStridedBackward0``). A leaf that
requires grad, or a view of one, is refused outside ``no_grad``.
"""

import operator
from ctypes import c_int64

from ._native import lib as _L, raise_status as _raise, i64 as _i64

_index = operator.index


def _operand(other):
    """('t', handle) for a tensor, ('s', float) for a Python number, (None, None) otherwise."""
    h = getattr(other, "_h", None)
    if h is not None:
        return "t", h
    if isinstance(other, bool):
        return "s", float(other)
    if isinstance(other, float):
        return "s", other
    if type(other).__module__ == "numpy" and getattr(other, "ndim", 0) != 0:
        return None, None   # an array is not a number (PyTorch's TypeError)
    if isinstance(other, int) or hasattr(other, "__index__"):
        return "s", float(_i64(other))
    if hasattr(other, "__float__"):
        return "s", float(other)
    return None, None


def _binary(fn_t, fn_s, name):
    def op(self, other):
        kind, v = _operand(other)
        if kind is None:
            from ._tensor import _typename
            raise TypeError("%s(): argument 'other' (position 1) must be Tensor, not %s" % (name, _typename(other)))
        st = fn_t(self._h, v) if kind == "t" else fn_s(self._h, v)
        if st:
            _raise(st)
        return self
    op.__name__ = op.__qualname__ = name
    op.__doc__ = "In-place %s: writes into this tensor and returns it." % name.rstrip("_")
    return op


def _iop(method):
    def op(self, other):
        if _operand(other)[0] is None:
            return NotImplemented
        return method(self, other)
    op.__name__ = op.__qualname__ = "__i%s__" % method.__name__.rstrip("_")
    return op


def _unary(fn, name):
    def op(self):
        st = fn(self._h)
        if st:
            _raise(st)
        return self
    op.__name__ = op.__qualname__ = name
    op.__doc__ = "In-place %s: writes into this tensor and returns it." % name.rstrip("_")
    return op


_add_ = _binary(_L.ng_add_, _L.ng_add_scalar_, "add_")
_sub_ = _binary(_L.ng_sub_, _L.ng_sub_scalar_, "sub_")


def add_(self, other, *, alpha=1):
    """In-place ``self += alpha * other``; returns this tensor."""
    return _add_(self, other if alpha == 1 else other * alpha)


def sub_(self, other, *, alpha=1):
    """In-place ``self -= alpha * other``; returns this tensor."""
    return _sub_(self, other if alpha == 1 else other * alpha)
mul_ = _binary(_L.ng_mul_, _L.ng_mul_scalar_, "mul_")
div_ = _binary(_L.ng_div_, _L.ng_div_scalar_, "div_")
pow_ = _binary(_L.ng_pow_, _L.ng_pow_scalar_, "pow_")
neg_ = _unary(_L.ng_neg_, "neg_")
relu_ = _unary(_L.ng_relu_, "relu_")


def clamp_(self, min=None, max=None):
    """In-place clamp into [min, max]; either bound may be None (not both); bounds may be tensors."""
    if min is None and max is None:
        raise RuntimeError("torch.clamp: At least one of 'min' or 'max' must not be None")
    if getattr(min, "_h", None) is not None or getattr(max, "_h", None) is not None:
        from ._ops_math import clamp_tensor
        return clamp_tensor(self, min, max, True)
    st = _L.ng_clamp_(self._h, 0 if min is None else 1, 0.0 if min is None else float(min),
                      0 if max is None else 1, 0.0 if max is None else float(max))
    if st:
        _raise(st)
    return self


def copy_(self, src, non_blocking=False):
    """Copies ``src`` (broadcast to this shape, converted to this dtype) into this tensor (``CopyBackwards``)."""
    h = getattr(src, "_h", None)
    if h is None:
        from ._tensor import _typename
        raise TypeError("copy_(): argument 'src' (position 1) must be Tensor, not %s" % _typename(src))
    st = _L.ng_copy_(self._h, h)
    if st:
        _raise(st)
    return self


def version(self):
    """PyTorch's ``_version``: how many in-place writes this tensor (or a view sharing its counter) has had."""
    v = c_int64()
    st = _L.ng_tensor_version(self._h, v)
    if st:
        _raise(st)
    return v.value


def install(cls):
    for name in ("add_", "sub_", "mul_", "div_", "pow_", "neg_", "relu_", "clamp_", "copy_"):
        setattr(cls, name, globals()[name])
    cls.__iadd__ = _iop(add_)
    cls.__isub__ = _iop(sub_)
    cls.__imul__ = _iop(mul_)
    cls.__itruediv__ = _iop(div_)
    cls.__ipow__ = _iop(pow_)
    cls.negative_ = neg_
    cls.multiply_ = mul_
    cls.subtract_ = sub_
    cls.divide_ = div_
    cls.clip_ = clamp_
    cls._version = property(version)
