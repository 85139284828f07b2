# _ops_gen.py - the Python wrappers of the declared ops.
#
# GENERATED FILE - DO NOT EDIT. Written by bindings/gen from engine/Ops/Declarations/*.cs
# (the op declarations); regenerate with `dotnet run --project bindings/gen -- .` or ./build.sh build.
"""Tensor methods and module functions of the declared ops (generated)."""

from ctypes import c_void_p as _VP

from . import _args as _a, _strict, return_types as _rt
from ._native import lib as _L, raise_status as _raise
from ._tensor import Tensor, _wrap

__all__ = ["erf", "reciprocal", "exp", "expm1", "log1p", "xlogy", "log", "sqrt", "sin", "cos", "tanh", "sigmoid"]

_new = object.__new__


def _m_erf(self):
    """The error function erf(x) = 2/sqrt(pi) times the integral of e^{-t^2} from 0 to x (ErfBackward0)."""
    o0 = _VP()
    st = _L.ng_erf(self._h, o0)
    if st:
        _raise(st)
    t = _new(Tensor)
    t._h = o0.value
    dt = self._dt
    t._dt = dt if 0 <= dt <= 1 else -1
    return t


def _m_erf_(self):
    """In-place erf: self = erf(self), recorded as PyTorch records in-place ops."""
    st = _L.ng_erf_(self._h)
    if st:
        _raise(st)
    return self


def erf(input, *, out=None):
    """The error function erf(x) = 2/sqrt(pi) times the integral of e^{-t^2} from 0 to x (ErfBackward0)."""
    _a.tensor(input, "erf", "input", 1)
    r = _m_erf(input)
    return r if out is None else _strict.write_out(r, out, "erf", (input,))


def _m_reciprocal(self):
    """1 / x (ReciprocalBackward0)."""
    o0 = _VP()
    st = _L.ng_reciprocal(self._h, o0)
    if st:
        _raise(st)
    t = _new(Tensor)
    t._h = o0.value
    dt = self._dt
    t._dt = dt if 0 <= dt <= 1 else -1
    return t


def reciprocal(input, *, out=None):
    """1 / x (ReciprocalBackward0)."""
    _a.tensor(input, "reciprocal", "input", 1)
    r = _m_reciprocal(input)
    return r if out is None else _strict.write_out(r, out, "reciprocal", (input,))


def _m_exp(self):
    """e^x (ExpBackward0)."""
    o0 = _VP()
    st = _L.ng_exp(self._h, o0)
    if st:
        _raise(st)
    t = _new(Tensor)
    t._h = o0.value
    dt = self._dt
    t._dt = dt if 0 <= dt <= 1 else -1
    return t


def _m_exp_(self):
    """In-place exp: self = exp(self), recorded as PyTorch records in-place ops."""
    st = _L.ng_exp_(self._h)
    if st:
        _raise(st)
    return self


def exp(input, *, out=None):
    """e^x (ExpBackward0)."""
    _a.tensor(input, "exp", "input", 1)
    r = _m_exp(input)
    return r if out is None else _strict.write_out(r, out, "exp", (input,))


def _m_expm1(self):
    """e^x - 1, accurate for x near 0 (Expm1Backward0)."""
    o0 = _VP()
    st = _L.ng_expm1(self._h, o0)
    if st:
        _raise(st)
    t = _new(Tensor)
    t._h = o0.value
    dt = self._dt
    t._dt = dt if 0 <= dt <= 1 else -1
    return t


def _m_expm1_(self):
    """In-place expm1: self = expm1(self), recorded as PyTorch records in-place ops."""
    st = _L.ng_expm1_(self._h)
    if st:
        _raise(st)
    return self


def expm1(input, *, out=None):
    """e^x - 1, accurate for x near 0 (Expm1Backward0)."""
    _a.tensor(input, "expm1", "input", 1)
    r = _m_expm1(input)
    return r if out is None else _strict.write_out(r, out, "expm1", (input,))


def _m_log1p(self):
    """log(1 + x), accurate for x near 0 (Log1PBackward0)."""
    o0 = _VP()
    st = _L.ng_log1p(self._h, o0)
    if st:
        _raise(st)
    t = _new(Tensor)
    t._h = o0.value
    dt = self._dt
    t._dt = dt if 0 <= dt <= 1 else -1
    return t


def _m_log1p_(self):
    """In-place log1p: self = log1p(self), recorded as PyTorch records in-place ops."""
    st = _L.ng_log1p_(self._h)
    if st:
        _raise(st)
    return self


def log1p(input, *, out=None):
    """log(1 + x), accurate for x near 0 (Log1PBackward0)."""
    _a.tensor(input, "log1p", "input", 1)
    r = _m_log1p(input)
    return r if out is None else _strict.write_out(r, out, "log1p", (input,))


def _m_xlogy(self, other):
    """self * log(other), 0 where self is 0 (unless other is NaN) (XlogyBackward0)."""
    o0 = _VP()
    st = _L.ng_xlogy_tensor(self._h, _a.tensor(other, "xlogy", "other", 1), o0)
    if st:
        _raise(st)
    return _wrap(o0.value)


def xlogy(input, other, *, out=None):
    """self * log(other), 0 where self is 0 (unless other is NaN) (XlogyBackward0)."""
    _a.tensor(input, "xlogy", "input", 1)
    r = _m_xlogy(input, other)
    return r if out is None else _strict.write_out(r, out, "xlogy", (input,))


def _m_log(self):
    """Natural logarithm (LogBackward0)."""
    o0 = _VP()
    st = _L.ng_log(self._h, o0)
    if st:
        _raise(st)
    t = _new(Tensor)
    t._h = o0.value
    dt = self._dt
    t._dt = dt if 0 <= dt <= 1 else -1
    return t


def log(input, *, out=None):
    """Natural logarithm (LogBackward0)."""
    _a.tensor(input, "log", "input", 1)
    r = _m_log(input)
    return r if out is None else _strict.write_out(r, out, "log", (input,))


def _m_sqrt(self):
    """Square root (SqrtBackward0)."""
    o0 = _VP()
    st = _L.ng_sqrt(self._h, o0)
    if st:
        _raise(st)
    t = _new(Tensor)
    t._h = o0.value
    dt = self._dt
    t._dt = dt if 0 <= dt <= 1 else -1
    return t


def sqrt(input, *, out=None):
    """Square root (SqrtBackward0)."""
    _a.tensor(input, "sqrt", "input", 1)
    r = _m_sqrt(input)
    return r if out is None else _strict.write_out(r, out, "sqrt", (input,))


def _m_sin(self):
    """Sine (SinBackward0)."""
    o0 = _VP()
    st = _L.ng_sin(self._h, o0)
    if st:
        _raise(st)
    t = _new(Tensor)
    t._h = o0.value
    dt = self._dt
    t._dt = dt if 0 <= dt <= 1 else -1
    return t


def sin(input, *, out=None):
    """Sine (SinBackward0)."""
    _a.tensor(input, "sin", "input", 1)
    r = _m_sin(input)
    return r if out is None else _strict.write_out(r, out, "sin", (input,))


def _m_cos(self):
    """Cosine (CosBackward0)."""
    o0 = _VP()
    st = _L.ng_cos(self._h, o0)
    if st:
        _raise(st)
    t = _new(Tensor)
    t._h = o0.value
    dt = self._dt
    t._dt = dt if 0 <= dt <= 1 else -1
    return t


def cos(input, *, out=None):
    """Cosine (CosBackward0)."""
    _a.tensor(input, "cos", "input", 1)
    r = _m_cos(input)
    return r if out is None else _strict.write_out(r, out, "cos", (input,))


def _m_tanh(self):
    """Hyperbolic tangent, precise near 0 (TanhBackward0)."""
    o0 = _VP()
    st = _L.ng_tanh(self._h, o0)
    if st:
        _raise(st)
    t = _new(Tensor)
    t._h = o0.value
    dt = self._dt
    t._dt = dt if 0 <= dt <= 1 else -1
    return t


def _m_tanh_(self):
    """In-place tanh: self = tanh(self), recorded as PyTorch records in-place ops."""
    st = _L.ng_tanh_(self._h)
    if st:
        _raise(st)
    return self


def tanh(input, *, out=None):
    """Hyperbolic tangent, precise near 0 (TanhBackward0)."""
    _a.tensor(input, "tanh", "input", 1)
    r = _m_tanh(input)
    return r if out is None else _strict.write_out(r, out, "tanh", (input,))


def _m_sigmoid(self):
    """Logistic sigmoid 1 / (1 + e^-x) (SigmoidBackward0)."""
    o0 = _VP()
    st = _L.ng_sigmoid(self._h, o0)
    if st:
        _raise(st)
    t = _new(Tensor)
    t._h = o0.value
    dt = self._dt
    t._dt = dt if 0 <= dt <= 1 else -1
    return t


def _m_sigmoid_(self):
    """In-place sigmoid: self = sigmoid(self), recorded as PyTorch records in-place ops."""
    st = _L.ng_sigmoid_(self._h)
    if st:
        _raise(st)
    return self


def sigmoid(input, *, out=None):
    """Logistic sigmoid 1 / (1 + e^-x) (SigmoidBackward0)."""
    _a.tensor(input, "sigmoid", "input", 1)
    r = _m_sigmoid(input)
    return r if out is None else _strict.write_out(r, out, "sigmoid", (input,))


Tensor.erf = _m_erf
Tensor.erf_ = _m_erf_
Tensor.reciprocal = _m_reciprocal
Tensor.exp = _m_exp
Tensor.exp_ = _m_exp_
Tensor.expm1 = _m_expm1
Tensor.expm1_ = _m_expm1_
Tensor.log1p = _m_log1p
Tensor.log1p_ = _m_log1p_
Tensor.xlogy = _m_xlogy
Tensor.log = _m_log
Tensor.sqrt = _m_sqrt
Tensor.sin = _m_sin
Tensor.cos = _m_cos
Tensor.tanh = _m_tanh
Tensor.tanh_ = _m_tanh_
Tensor.sigmoid = _m_sigmoid
Tensor.sigmoid_ = _m_sigmoid_
