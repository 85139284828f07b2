# _ops_gen.py - the Python wrappers of the declared ops.
#
# GENERATED FILE - DO NOT EDIT. Written by bindings/gen from engine/Ops/Declarations/*.cs
# (the op declarations); regenerate with `dotnet run --project bindings/gen -- .` or ./build.sh build.
"""Tensor methods and module functions of the declared ops (generated)."""

from ctypes import c_void_p as _VP

from . import _args as _a, _strict, return_types as _rt
from ._native import lib as _L, raise_status as _raise
from ._tensor import Tensor, _wrap

__all__ = ["erf", "addcmul", "addcdiv", "lerp", "clamp_min", "clamp_max", "diagonal", "diag", "bmm", "hypot", "nan_to_num", "logaddexp", "logit", "celu", "reciprocal", "exp", "expm1", "log1p", "xlogy", "tan", "asin", "acos", "atan", "sinh", "cosh", "asinh", "acosh", "atanh", "exp2", "sinc", "log2", "log10", "rsqrt", "log", "sqrt", "sin", "cos", "tanh", "sigmoid", "all", "any", "isclose", "equal", "roll", "flip", "floor", "ceil", "round", "trunc", "frac", "sign", "atan2", "tril", "triu", "masked_select", "masked_fill", "topk", "argmax", "argmin", "unbind", "split_with_sizes"]

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


def _m_addcmul(self, tensor1, tensor2, *, value=1):
    """self + value * tensor1 * tensor2, with broadcasting (AddcmulBackward0)."""
    o0 = _VP()
    st = _L.ng_addcmul(self._h, _a.tensor(tensor1, "addcmul", "tensor1", 1), _a.tensor(tensor2, "addcmul", "tensor2", 2), _a.number(value, "addcmul", "value"), o0)
    if st:
        _raise(st)
    return _wrap(o0.value)


def addcmul(input, tensor1, tensor2, *, value=1, out=None):
    """self + value * tensor1 * tensor2, with broadcasting (AddcmulBackward0)."""
    _a.tensor(input, "addcmul", "input", 1)
    r = _m_addcmul(input, tensor1, tensor2, value=value)
    return r if out is None else _strict.write_out(r, out, "addcmul", (input,))


def _m_addcdiv(self, tensor1, tensor2, *, value=1):
    """self + value * tensor1 / tensor2, with broadcasting (AddcdivBackward0)."""
    o0 = _VP()
    st = _L.ng_addcdiv(self._h, _a.tensor(tensor1, "addcdiv", "tensor1", 1), _a.tensor(tensor2, "addcdiv", "tensor2", 2), _a.number(value, "addcdiv", "value"), o0)
    if st:
        _raise(st)
    return _wrap(o0.value)


def addcdiv(input, tensor1, tensor2, *, value=1, out=None):
    """self + value * tensor1 / tensor2, with broadcasting (AddcdivBackward0)."""
    _a.tensor(input, "addcdiv", "input", 1)
    r = _m_addcdiv(input, tensor1, tensor2, value=value)
    return r if out is None else _strict.write_out(r, out, "addcdiv", (input,))


def _m_lerp(self, end, weight):
    """self + weight * (end - self) with a scalar weight (LerpBackward0)."""
    o0 = _VP()
    st = _L.ng_lerp_scalar(self._h, _a.tensor(end, "lerp", "end", 1), _a.number(weight, "lerp", "weight"), o0)
    if st:
        _raise(st)
    return _wrap(o0.value)


def lerp(input, end, weight, *, out=None):
    """self + weight * (end - self) with a scalar weight (LerpBackward0)."""
    _a.tensor(input, "lerp", "input", 1)
    r = _m_lerp(input, end, weight)
    return r if out is None else _strict.write_out(r, out, "lerp", (input,))


def _m_clamp_min(self, min):
    """max(self, min) elementwise (ClampMinBackward0)."""
    o0 = _VP()
    st = _L.ng_clamp_min(self._h, _a.number(min, "clamp_min", "min"), o0)
    if st:
        _raise(st)
    return _wrap(o0.value)


def _m_clamp_min_(self, min):
    """In-place clamp_min: self = clamp_min(self), recorded as PyTorch records in-place ops."""
    st = _L.ng_clamp_min_(self._h, _a.number(min, "clamp_min_", "min"))
    if st:
        _raise(st)
    return self


def clamp_min(input, min, *, out=None):
    """max(self, min) elementwise (ClampMinBackward0)."""
    _a.tensor(input, "clamp_min", "input", 1)
    r = _m_clamp_min(input, min)
    return r if out is None else _strict.write_out(r, out, "clamp_min", (input,))


def _m_clamp_max(self, max):
    """min(self, max) elementwise (ClampMaxBackward0)."""
    o0 = _VP()
    st = _L.ng_clamp_max(self._h, _a.number(max, "clamp_max", "max"), o0)
    if st:
        _raise(st)
    return _wrap(o0.value)


def _m_clamp_max_(self, max):
    """In-place clamp_max: self = clamp_max(self), recorded as PyTorch records in-place ops."""
    st = _L.ng_clamp_max_(self._h, _a.number(max, "clamp_max_", "max"))
    if st:
        _raise(st)
    return self


def clamp_max(input, max, *, out=None):
    """min(self, max) elementwise (ClampMaxBackward0)."""
    _a.tensor(input, "clamp_max", "input", 1)
    r = _m_clamp_max(input, max)
    return r if out is None else _strict.write_out(r, out, "clamp_max", (input,))


def _m_diagonal(self, offset=0, dim1=0, dim2=1):
    """The diagonal of dims dim1 and dim2 at offset (above the main one when positive), as the last dim of a view (DiagonalBackward0)."""
    o0 = _VP()
    st = _L.ng_diagonal(self._h, _a.integer(offset, "diagonal", "offset"), _a.integer(dim1, "diagonal", "dim1"), _a.integer(dim2, "diagonal", "dim2"), o0)
    if st:
        _raise(st)
    return _wrap(o0.value)


def diagonal(input, offset=0, dim1=0, dim2=1, *, out=None):
    """The diagonal of dims dim1 and dim2 at offset (above the main one when positive), as the last dim of a view (DiagonalBackward0)."""
    _a.tensor(input, "diagonal", "input", 1)
    r = _m_diagonal(input, offset, dim1, dim2)
    return r if out is None else _strict.write_out(r, out, "diagonal", (input,))


def _m_diag(self, diagonal=0):
    """A 1-D tensor as the given diagonal of a square matrix (zeros elsewhere), or a copy of the given diagonal of a matrix (DiagBackward0)."""
    o0 = _VP()
    st = _L.ng_diag(self._h, _a.integer(diagonal, "diag", "diagonal"), o0)
    if st:
        _raise(st)
    return _wrap(o0.value)


def diag(input, diagonal=0, *, out=None):
    """A 1-D tensor as the given diagonal of a square matrix (zeros elsewhere), or a copy of the given diagonal of a matrix (DiagBackward0)."""
    _a.tensor(input, "diag", "input", 1)
    r = _m_diag(input, diagonal)
    return r if out is None else _strict.write_out(r, out, "diag", (input,))


def _m_trace(self):
    """The sum of the main diagonal of a matrix (integral matrices sum to int64) (TraceBackward0)."""
    o0 = _VP()
    st = _L.ng_trace(self._h, o0)
    if st:
        _raise(st)
    return _wrap(o0.value)


def _m_bmm(self, mat2):
    """Batched matrix product (BmmBackward0)."""
    o0 = _VP()
    st = _L.ng_bmm(self._h, _a.tensor(mat2, "bmm", "mat2", 1), o0)
    if st:
        _raise(st)
    return _wrap(o0.value)


def bmm(input, mat2, *, out=None):
    """Batched matrix product (BmmBackward0)."""
    _a.tensor(input, "bmm", "input", 1)
    r = _m_bmm(input, mat2)
    return r if out is None else _strict.write_out(r, out, "bmm", (input,))


def _m_hypot(self, other):
    """sqrt(self^2 + other^2) elementwise with broadcasting, without overflow in between (floating results only) (HypotBackward0)."""
    o0 = _VP()
    st = _L.ng_hypot(self._h, _a.tensor(other, "hypot", "other", 1), o0)
    if st:
        _raise(st)
    return _wrap(o0.value)


def _m_hypot_(self, other):
    """In-place hypot: self = hypot(self), recorded as PyTorch records in-place ops."""
    st = _L.ng_hypot_(self._h, _a.tensor(other, "hypot_", "other", 1))
    if st:
        _raise(st)
    return self


def hypot(input, other, *, out=None):
    """sqrt(self^2 + other^2) elementwise with broadcasting, without overflow in between (floating results only) (HypotBackward0)."""
    _a.tensor(input, "hypot", "input", 1)
    r = _m_hypot(input, other)
    return r if out is None else _strict.write_out(r, out, "hypot", (input,))


def _m_nan_to_num(self, nan=None, posinf=None, neginf=None):
    """self with NaN replaced by nan (default 0), +inf by posinf and -inf by neginf (default: the dtype's largest and lowest finite values) (NanToNumBackward0)."""
    o0 = _VP()
    st = _L.ng_nan_to_num(self._h, 0 if nan is None else 1, 0.0 if nan is None else _a.number(nan, "nan_to_num", "nan"), 0 if posinf is None else 1, 0.0 if posinf is None else _a.number(posinf, "nan_to_num", "posinf"), 0 if neginf is None else 1, 0.0 if neginf is None else _a.number(neginf, "nan_to_num", "neginf"), o0)
    if st:
        _raise(st)
    return _wrap(o0.value)


def _m_nan_to_num_(self, nan=None, posinf=None, neginf=None):
    """In-place nan_to_num: self = nan_to_num(self), recorded as PyTorch records in-place ops."""
    st = _L.ng_nan_to_num_(self._h, 0 if nan is None else 1, 0.0 if nan is None else _a.number(nan, "nan_to_num_", "nan"), 0 if posinf is None else 1, 0.0 if posinf is None else _a.number(posinf, "nan_to_num_", "posinf"), 0 if neginf is None else 1, 0.0 if neginf is None else _a.number(neginf, "nan_to_num_", "neginf"))
    if st:
        _raise(st)
    return self


def nan_to_num(input, nan=None, posinf=None, neginf=None, *, out=None):
    """self with NaN replaced by nan (default 0), +inf by posinf and -inf by neginf (default: the dtype's largest and lowest finite values) (NanToNumBackward0)."""
    _a.tensor(input, "nan_to_num", "input", 1)
    r = _m_nan_to_num(input, nan, posinf, neginf)
    return r if out is None else _strict.write_out(r, out, "nan_to_num", (input,))


def _m_logaddexp(self, other):
    """log(e^self + e^other) elementwise with broadcasting, computed without overflow (LogaddexpBackward0)."""
    o0 = _VP()
    st = _L.ng_logaddexp(self._h, _a.tensor(other, "logaddexp", "other", 1), o0)
    if st:
        _raise(st)
    return _wrap(o0.value)


def logaddexp(input, other, *, out=None):
    """log(e^self + e^other) elementwise with broadcasting, computed without overflow (LogaddexpBackward0)."""
    _a.tensor(input, "logaddexp", "input", 1)
    r = _m_logaddexp(input, other)
    return r if out is None else _strict.write_out(r, out, "logaddexp", (input,))


def _m_logit(self, eps=None):
    """log(z / (1 - z)) with z = x clamped to [eps, 1 - eps] when eps is given (LogitBackward0)."""
    o0 = _VP()
    st = _L.ng_logit(self._h, 0 if eps is None else 1, 0.0 if eps is None else _a.number(eps, "logit", "eps"), o0)
    if st:
        _raise(st)
    return _wrap(o0.value)


def logit(input, eps=None, *, out=None):
    """log(z / (1 - z)) with z = x clamped to [eps, 1 - eps] when eps is given (LogitBackward0)."""
    _a.tensor(input, "logit", "input", 1)
    r = _m_logit(input, eps)
    return r if out is None else _strict.write_out(r, out, "logit", (input,))


def _m_celu(self, alpha=1.0):
    """CELU: x where x > 0, else alpha (e^(x/alpha) - 1) (CeluBackward0)."""
    o0 = _VP()
    st = _L.ng_celu(self._h, _a.number(alpha, "celu", "alpha"), o0)
    if st:
        _raise(st)
    return _wrap(o0.value)


def _m_celu_(self, alpha=1.0):
    """In-place celu: self = celu(self), recorded as PyTorch records in-place ops."""
    st = _L.ng_celu_(self._h, _a.number(alpha, "celu_", "alpha"))
    if st:
        _raise(st)
    return self


def celu(input, alpha=1.0, *, out=None):
    """CELU: x where x > 0, else alpha (e^(x/alpha) - 1) (CeluBackward0)."""
    _a.tensor(input, "celu", "input", 1)
    r = _m_celu(input, alpha)
    return r if out is None else _strict.write_out(r, out, "celu", (input,))


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


def _m_reciprocal_(self):
    """In-place reciprocal: self = reciprocal(self), recorded as PyTorch records in-place ops."""
    st = _L.ng_reciprocal_(self._h)
    if st:
        _raise(st)
    return self


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


def _m_tan(self):
    """Tangent (TanBackward0)."""
    o0 = _VP()
    st = _L.ng_tan(self._h, o0)
    if st:
        _raise(st)
    t = _new(Tensor)
    t._h = o0.value
    dt = self._dt
    t._dt = dt if 0 <= dt <= 1 else -1
    return t


def _m_tan_(self):
    """In-place tan: self = tan(self), recorded as PyTorch records in-place ops."""
    st = _L.ng_tan_(self._h)
    if st:
        _raise(st)
    return self


def tan(input, *, out=None):
    """Tangent (TanBackward0)."""
    _a.tensor(input, "tan", "input", 1)
    r = _m_tan(input)
    return r if out is None else _strict.write_out(r, out, "tan", (input,))


def _m_asin(self):
    """Inverse sine (NaN outside [-1, 1]) (AsinBackward0)."""
    o0 = _VP()
    st = _L.ng_asin(self._h, o0)
    if st:
        _raise(st)
    t = _new(Tensor)
    t._h = o0.value
    dt = self._dt
    t._dt = dt if 0 <= dt <= 1 else -1
    return t


def _m_asin_(self):
    """In-place asin: self = asin(self), recorded as PyTorch records in-place ops."""
    st = _L.ng_asin_(self._h)
    if st:
        _raise(st)
    return self


def asin(input, *, out=None):
    """Inverse sine (NaN outside [-1, 1]) (AsinBackward0)."""
    _a.tensor(input, "asin", "input", 1)
    r = _m_asin(input)
    return r if out is None else _strict.write_out(r, out, "asin", (input,))


def _m_acos(self):
    """Inverse cosine (NaN outside [-1, 1]) (AcosBackward0)."""
    o0 = _VP()
    st = _L.ng_acos(self._h, o0)
    if st:
        _raise(st)
    t = _new(Tensor)
    t._h = o0.value
    dt = self._dt
    t._dt = dt if 0 <= dt <= 1 else -1
    return t


def _m_acos_(self):
    """In-place acos: self = acos(self), recorded as PyTorch records in-place ops."""
    st = _L.ng_acos_(self._h)
    if st:
        _raise(st)
    return self


def acos(input, *, out=None):
    """Inverse cosine (NaN outside [-1, 1]) (AcosBackward0)."""
    _a.tensor(input, "acos", "input", 1)
    r = _m_acos(input)
    return r if out is None else _strict.write_out(r, out, "acos", (input,))


def _m_atan(self):
    """Inverse tangent (AtanBackward0)."""
    o0 = _VP()
    st = _L.ng_atan(self._h, o0)
    if st:
        _raise(st)
    t = _new(Tensor)
    t._h = o0.value
    dt = self._dt
    t._dt = dt if 0 <= dt <= 1 else -1
    return t


def _m_atan_(self):
    """In-place atan: self = atan(self), recorded as PyTorch records in-place ops."""
    st = _L.ng_atan_(self._h)
    if st:
        _raise(st)
    return self


def atan(input, *, out=None):
    """Inverse tangent (AtanBackward0)."""
    _a.tensor(input, "atan", "input", 1)
    r = _m_atan(input)
    return r if out is None else _strict.write_out(r, out, "atan", (input,))


def _m_sinh(self):
    """Hyperbolic sine (SinhBackward0)."""
    o0 = _VP()
    st = _L.ng_sinh(self._h, o0)
    if st:
        _raise(st)
    t = _new(Tensor)
    t._h = o0.value
    dt = self._dt
    t._dt = dt if 0 <= dt <= 1 else -1
    return t


def _m_sinh_(self):
    """In-place sinh: self = sinh(self), recorded as PyTorch records in-place ops."""
    st = _L.ng_sinh_(self._h)
    if st:
        _raise(st)
    return self


def sinh(input, *, out=None):
    """Hyperbolic sine (SinhBackward0)."""
    _a.tensor(input, "sinh", "input", 1)
    r = _m_sinh(input)
    return r if out is None else _strict.write_out(r, out, "sinh", (input,))


def _m_cosh(self):
    """Hyperbolic cosine (CoshBackward0)."""
    o0 = _VP()
    st = _L.ng_cosh(self._h, o0)
    if st:
        _raise(st)
    t = _new(Tensor)
    t._h = o0.value
    dt = self._dt
    t._dt = dt if 0 <= dt <= 1 else -1
    return t


def _m_cosh_(self):
    """In-place cosh: self = cosh(self), recorded as PyTorch records in-place ops."""
    st = _L.ng_cosh_(self._h)
    if st:
        _raise(st)
    return self


def cosh(input, *, out=None):
    """Hyperbolic cosine (CoshBackward0)."""
    _a.tensor(input, "cosh", "input", 1)
    r = _m_cosh(input)
    return r if out is None else _strict.write_out(r, out, "cosh", (input,))


def _m_asinh(self):
    """Inverse hyperbolic sine (AsinhBackward0)."""
    o0 = _VP()
    st = _L.ng_asinh(self._h, o0)
    if st:
        _raise(st)
    t = _new(Tensor)
    t._h = o0.value
    dt = self._dt
    t._dt = dt if 0 <= dt <= 1 else -1
    return t


def _m_asinh_(self):
    """In-place asinh: self = asinh(self), recorded as PyTorch records in-place ops."""
    st = _L.ng_asinh_(self._h)
    if st:
        _raise(st)
    return self


def asinh(input, *, out=None):
    """Inverse hyperbolic sine (AsinhBackward0)."""
    _a.tensor(input, "asinh", "input", 1)
    r = _m_asinh(input)
    return r if out is None else _strict.write_out(r, out, "asinh", (input,))


def _m_acosh(self):
    """Inverse hyperbolic cosine (NaN below 1) (AcoshBackward0)."""
    o0 = _VP()
    st = _L.ng_acosh(self._h, o0)
    if st:
        _raise(st)
    t = _new(Tensor)
    t._h = o0.value
    dt = self._dt
    t._dt = dt if 0 <= dt <= 1 else -1
    return t


def _m_acosh_(self):
    """In-place acosh: self = acosh(self), recorded as PyTorch records in-place ops."""
    st = _L.ng_acosh_(self._h)
    if st:
        _raise(st)
    return self


def acosh(input, *, out=None):
    """Inverse hyperbolic cosine (NaN below 1) (AcoshBackward0)."""
    _a.tensor(input, "acosh", "input", 1)
    r = _m_acosh(input)
    return r if out is None else _strict.write_out(r, out, "acosh", (input,))


def _m_atanh(self):
    """Inverse hyperbolic tangent (±inf at ±1, NaN outside [-1, 1]) (AtanhBackward0)."""
    o0 = _VP()
    st = _L.ng_atanh(self._h, o0)
    if st:
        _raise(st)
    t = _new(Tensor)
    t._h = o0.value
    dt = self._dt
    t._dt = dt if 0 <= dt <= 1 else -1
    return t


def _m_atanh_(self):
    """In-place atanh: self = atanh(self), recorded as PyTorch records in-place ops."""
    st = _L.ng_atanh_(self._h)
    if st:
        _raise(st)
    return self


def atanh(input, *, out=None):
    """Inverse hyperbolic tangent (±inf at ±1, NaN outside [-1, 1]) (AtanhBackward0)."""
    _a.tensor(input, "atanh", "input", 1)
    r = _m_atanh(input)
    return r if out is None else _strict.write_out(r, out, "atanh", (input,))


def _m_exp2(self):
    """2^x (Exp2Backward0)."""
    o0 = _VP()
    st = _L.ng_exp2(self._h, o0)
    if st:
        _raise(st)
    t = _new(Tensor)
    t._h = o0.value
    dt = self._dt
    t._dt = dt if 0 <= dt <= 1 else -1
    return t


def _m_exp2_(self):
    """In-place exp2: self = exp2(self), recorded as PyTorch records in-place ops."""
    st = _L.ng_exp2_(self._h)
    if st:
        _raise(st)
    return self


def exp2(input, *, out=None):
    """2^x (Exp2Backward0)."""
    _a.tensor(input, "exp2", "input", 1)
    r = _m_exp2(input)
    return r if out is None else _strict.write_out(r, out, "exp2", (input,))


def _m_sinc(self):
    """The normalized sinc sin(pi x) / (pi x), 1 at 0 (SincBackward0)."""
    o0 = _VP()
    st = _L.ng_sinc(self._h, o0)
    if st:
        _raise(st)
    t = _new(Tensor)
    t._h = o0.value
    dt = self._dt
    t._dt = dt if 0 <= dt <= 1 else -1
    return t


def _m_sinc_(self):
    """In-place sinc: self = sinc(self), recorded as PyTorch records in-place ops."""
    st = _L.ng_sinc_(self._h)
    if st:
        _raise(st)
    return self


def sinc(input, *, out=None):
    """The normalized sinc sin(pi x) / (pi x), 1 at 0 (SincBackward0)."""
    _a.tensor(input, "sinc", "input", 1)
    r = _m_sinc(input)
    return r if out is None else _strict.write_out(r, out, "sinc", (input,))


def _m_log2(self):
    """Base-2 logarithm (Log2Backward0)."""
    o0 = _VP()
    st = _L.ng_log2(self._h, o0)
    if st:
        _raise(st)
    t = _new(Tensor)
    t._h = o0.value
    dt = self._dt
    t._dt = dt if 0 <= dt <= 1 else -1
    return t


def _m_log2_(self):
    """In-place log2: self = log2(self), recorded as PyTorch records in-place ops."""
    st = _L.ng_log2_(self._h)
    if st:
        _raise(st)
    return self


def log2(input, *, out=None):
    """Base-2 logarithm (Log2Backward0)."""
    _a.tensor(input, "log2", "input", 1)
    r = _m_log2(input)
    return r if out is None else _strict.write_out(r, out, "log2", (input,))


def _m_log10(self):
    """Base-10 logarithm (Log10Backward0)."""
    o0 = _VP()
    st = _L.ng_log10(self._h, o0)
    if st:
        _raise(st)
    t = _new(Tensor)
    t._h = o0.value
    dt = self._dt
    t._dt = dt if 0 <= dt <= 1 else -1
    return t


def _m_log10_(self):
    """In-place log10: self = log10(self), recorded as PyTorch records in-place ops."""
    st = _L.ng_log10_(self._h)
    if st:
        _raise(st)
    return self


def log10(input, *, out=None):
    """Base-10 logarithm (Log10Backward0)."""
    _a.tensor(input, "log10", "input", 1)
    r = _m_log10(input)
    return r if out is None else _strict.write_out(r, out, "log10", (input,))


def _m_rsqrt(self):
    """1 / sqrt(x) (RsqrtBackward0)."""
    o0 = _VP()
    st = _L.ng_rsqrt(self._h, o0)
    if st:
        _raise(st)
    t = _new(Tensor)
    t._h = o0.value
    dt = self._dt
    t._dt = dt if 0 <= dt <= 1 else -1
    return t


def _m_rsqrt_(self):
    """In-place rsqrt: self = rsqrt(self), recorded as PyTorch records in-place ops."""
    st = _L.ng_rsqrt_(self._h)
    if st:
        _raise(st)
    return self


def rsqrt(input, *, out=None):
    """1 / sqrt(x) (RsqrtBackward0)."""
    _a.tensor(input, "rsqrt", "input", 1)
    r = _m_rsqrt(input)
    return r if out is None else _strict.write_out(r, out, "rsqrt", (input,))


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


def _m_log_(self):
    """In-place log: self = log(self), recorded as PyTorch records in-place ops."""
    st = _L.ng_log_(self._h)
    if st:
        _raise(st)
    return self


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


def _m_sqrt_(self):
    """In-place sqrt: self = sqrt(self), recorded as PyTorch records in-place ops."""
    st = _L.ng_sqrt_(self._h)
    if st:
        _raise(st)
    return self


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


def _m_all(self, dim=None, keepdim=False):
    """True where every element (over dim, or all when dim is None) is non-zero."""
    o0 = _VP()
    st = _L.ng_all(self._h, 0 if dim is None else 1, 0 if dim is None else _a.integer(dim, "all", "dim"), 1 if keepdim else 0, o0)
    if st:
        _raise(st)
    return _wrap(o0.value)


def all(input, dim=None, keepdim=False, *, out=None):
    """True where every element (over dim, or all when dim is None) is non-zero."""
    _a.tensor(input, "all", "input", 1)
    r = _m_all(input, dim, keepdim)
    return r if out is None else _strict.write_out(r, out, "all", (input,))


def _m_any(self, dim=None, keepdim=False):
    """True where any element (over dim, or all when dim is None) is non-zero."""
    o0 = _VP()
    st = _L.ng_any(self._h, 0 if dim is None else 1, 0 if dim is None else _a.integer(dim, "any", "dim"), 1 if keepdim else 0, o0)
    if st:
        _raise(st)
    return _wrap(o0.value)


def any(input, dim=None, keepdim=False, *, out=None):
    """True where any element (over dim, or all when dim is None) is non-zero."""
    _a.tensor(input, "any", "input", 1)
    r = _m_any(input, dim, keepdim)
    return r if out is None else _strict.write_out(r, out, "any", (input,))


def _m_isnan(self):
    """True where the element is NaN."""
    o0 = _VP()
    st = _L.ng_isnan(self._h, o0)
    if st:
        _raise(st)
    return _wrap(o0.value)


def _m_isinf(self):
    """True where the element is +inf or -inf."""
    o0 = _VP()
    st = _L.ng_isinf(self._h, o0)
    if st:
        _raise(st)
    return _wrap(o0.value)


def _m_isfinite(self):
    """True where the element is neither NaN nor infinite."""
    o0 = _VP()
    st = _L.ng_isfinite(self._h, o0)
    if st:
        _raise(st)
    return _wrap(o0.value)


def _m_isclose(self, other, rtol=1e-05, atol=1e-08, equal_nan=False):
    """True where |self - other| <= atol + rtol * |other| (equal infinities are close; NaNs only with equal_nan)."""
    o0 = _VP()
    st = _L.ng_isclose(self._h, _a.tensor(other, "isclose", "other", 1), _a.number(rtol, "isclose", "rtol"), _a.number(atol, "isclose", "atol"), 1 if equal_nan else 0, o0)
    if st:
        _raise(st)
    return _wrap(o0.value)


def isclose(input, other, rtol=1e-05, atol=1e-08, equal_nan=False, *, out=None):
    """True where |self - other| <= atol + rtol * |other| (equal infinities are close; NaNs only with equal_nan)."""
    _a.tensor(input, "isclose", "input", 1)
    r = _m_isclose(input, other, rtol, atol, equal_nan)
    return r if out is None else _strict.write_out(r, out, "isclose", (input,))


def _m_equal(self, other):
    """True when both tensors have the same shape and elements (NaN is never equal)."""
    o0 = _a.c_int32()
    st = _L.ng_equal(self._h, _a.tensor(other, "equal", "other", 1), o0)
    if st:
        _raise(st)
    return o0.value != 0


def equal(input, other):
    """True when both tensors have the same shape and elements (NaN is never equal)."""
    _a.tensor(input, "equal", "input", 1)
    return _m_equal(input, other)


def _m_repeat(self, *repeats):
    """The tensor tiled repeats[d] times along each dim (leading repeats add new dims) (RepeatBackward0)."""
    repeats = _a.varargs_ints(repeats, "repeat", "repeats")
    _repeats, _n_repeats = _a.int_list(repeats, "repeat", "repeats")
    o0 = _VP()
    st = _L.ng_repeat(self._h, _repeats, _n_repeats, o0)
    if st:
        _raise(st)
    return _wrap(o0.value)


def _m_roll(self, shifts, dims=None):
    """Elements shifted cyclically by shifts along dims (dims None: over the flattened tensor, shape kept) (RollBackward0)."""
    _shifts, _n_shifts = _a.int_list(shifts, "roll", "shifts")
    _dims, _n_dims = (None, 0) if dims is None else _a.int_list(dims, "roll", "dims")
    o0 = _VP()
    st = _L.ng_roll(self._h, _shifts, _n_shifts, _dims, _n_dims, o0)
    if st:
        _raise(st)
    return _wrap(o0.value)


def roll(input, shifts, dims=None, *, out=None):
    """Elements shifted cyclically by shifts along dims (dims None: over the flattened tensor, shape kept) (RollBackward0)."""
    _a.tensor(input, "roll", "input", 1)
    r = _m_roll(input, shifts, dims)
    return r if out is None else _strict.write_out(r, out, "roll", (input,))


def _m_flip(self, *dims):
    """Elements in reverse order along each of dims (a copy) (FlipBackward0)."""
    dims = _a.varargs_ints(dims, "flip", "dims")
    _dims, _n_dims = _a.int_list(dims, "flip", "dims")
    o0 = _VP()
    st = _L.ng_flip(self._h, _dims, _n_dims, o0)
    if st:
        _raise(st)
    return _wrap(o0.value)


def flip(input, dims, *, out=None):
    """Elements in reverse order along each of dims (a copy) (FlipBackward0)."""
    _a.tensor(input, "flip", "input", 1)
    r = _m_flip(input, dims)
    return r if out is None else _strict.write_out(r, out, "flip", (input,))


def _m_floor(self):
    """Largest integral value not greater than x (integral tensors are copied) (FloorBackward0)."""
    o0 = _VP()
    st = _L.ng_floor(self._h, o0)
    if st:
        _raise(st)
    return _wrap(o0.value)


def _m_floor_(self):
    """In-place floor: self = floor(self), recorded as PyTorch records in-place ops."""
    st = _L.ng_floor_(self._h)
    if st:
        _raise(st)
    return self


def floor(input, *, out=None):
    """Largest integral value not greater than x (integral tensors are copied) (FloorBackward0)."""
    _a.tensor(input, "floor", "input", 1)
    r = _m_floor(input)
    return r if out is None else _strict.write_out(r, out, "floor", (input,))


def _m_ceil(self):
    """Smallest integral value not less than x (integral tensors are copied) (CeilBackward0)."""
    o0 = _VP()
    st = _L.ng_ceil(self._h, o0)
    if st:
        _raise(st)
    return _wrap(o0.value)


def _m_ceil_(self):
    """In-place ceil: self = ceil(self), recorded as PyTorch records in-place ops."""
    st = _L.ng_ceil_(self._h)
    if st:
        _raise(st)
    return self


def ceil(input, *, out=None):
    """Smallest integral value not less than x (integral tensors are copied) (CeilBackward0)."""
    _a.tensor(input, "ceil", "input", 1)
    r = _m_ceil(input)
    return r if out is None else _strict.write_out(r, out, "ceil", (input,))


def _m_round(self):
    """Nearest integral value, halves to even (integral tensors are copied) (RoundBackward0)."""
    o0 = _VP()
    st = _L.ng_round(self._h, o0)
    if st:
        _raise(st)
    return _wrap(o0.value)


def _m_round_(self):
    """In-place round: self = round(self), recorded as PyTorch records in-place ops."""
    st = _L.ng_round_(self._h)
    if st:
        _raise(st)
    return self


def round(input, *, out=None):
    """Nearest integral value, halves to even (integral tensors are copied) (RoundBackward0)."""
    _a.tensor(input, "round", "input", 1)
    r = _m_round(input)
    return r if out is None else _strict.write_out(r, out, "round", (input,))


def _m_trunc(self):
    """Integral part, rounding toward zero (integral tensors are copied) (TruncBackward0)."""
    o0 = _VP()
    st = _L.ng_trunc(self._h, o0)
    if st:
        _raise(st)
    return _wrap(o0.value)


def _m_trunc_(self):
    """In-place trunc: self = trunc(self), recorded as PyTorch records in-place ops."""
    st = _L.ng_trunc_(self._h)
    if st:
        _raise(st)
    return self


def trunc(input, *, out=None):
    """Integral part, rounding toward zero (integral tensors are copied) (TruncBackward0)."""
    _a.tensor(input, "trunc", "input", 1)
    r = _m_trunc(input)
    return r if out is None else _strict.write_out(r, out, "trunc", (input,))


def _m_frac(self):
    """The fractional part x - trunc(x), with x's sign (floating tensors only) (FracBackward0)."""
    o0 = _VP()
    st = _L.ng_frac(self._h, o0)
    if st:
        _raise(st)
    return _wrap(o0.value)


def _m_frac_(self):
    """In-place frac: self = frac(self), recorded as PyTorch records in-place ops."""
    st = _L.ng_frac_(self._h)
    if st:
        _raise(st)
    return self


def frac(input, *, out=None):
    """The fractional part x - trunc(x), with x's sign (floating tensors only) (FracBackward0)."""
    _a.tensor(input, "frac", "input", 1)
    r = _m_frac(input)
    return r if out is None else _strict.write_out(r, out, "frac", (input,))


def _m_sign(self):
    """-1, 0 or 1 by the sign of x (NaN stays NaN; bool tensors are copied) (SignBackward0)."""
    o0 = _VP()
    st = _L.ng_sign(self._h, o0)
    if st:
        _raise(st)
    return _wrap(o0.value)


def _m_sign_(self):
    """In-place sign: self = sign(self), recorded as PyTorch records in-place ops."""
    st = _L.ng_sign_(self._h)
    if st:
        _raise(st)
    return self


def sign(input, *, out=None):
    """-1, 0 or 1 by the sign of x (NaN stays NaN; bool tensors are copied) (SignBackward0)."""
    _a.tensor(input, "sign", "input", 1)
    r = _m_sign(input)
    return r if out is None else _strict.write_out(r, out, "sign", (input,))


def _m_atan2(self, other):
    """The angle of the point (other, self) in radians, in [-pi, pi], elementwise with broadcasting (Atan2Backward0)."""
    o0 = _VP()
    st = _L.ng_atan2(self._h, _a.tensor(other, "atan2", "other", 1), o0)
    if st:
        _raise(st)
    return _wrap(o0.value)


def atan2(input, other, *, out=None):
    """The angle of the point (other, self) in radians, in [-pi, pi], elementwise with broadcasting (Atan2Backward0)."""
    _a.tensor(input, "atan2", "input", 1)
    r = _m_atan2(input, other)
    return r if out is None else _strict.write_out(r, out, "atan2", (input,))


def _m_tril(self, diagonal=0):
    """The lower triangle of the last two dims: elements with column - row <= diagonal, others 0 (TrilBackward0)."""
    o0 = _VP()
    st = _L.ng_tril(self._h, _a.integer(diagonal, "tril", "diagonal"), o0)
    if st:
        _raise(st)
    return _wrap(o0.value)


def tril(input, diagonal=0, *, out=None):
    """The lower triangle of the last two dims: elements with column - row <= diagonal, others 0 (TrilBackward0)."""
    _a.tensor(input, "tril", "input", 1)
    r = _m_tril(input, diagonal)
    return r if out is None else _strict.write_out(r, out, "tril", (input,))


def _m_triu(self, diagonal=0):
    """The upper triangle of the last two dims: elements with column - row >= diagonal, others 0 (TriuBackward0)."""
    o0 = _VP()
    st = _L.ng_triu(self._h, _a.integer(diagonal, "triu", "diagonal"), o0)
    if st:
        _raise(st)
    return _wrap(o0.value)


def triu(input, diagonal=0, *, out=None):
    """The upper triangle of the last two dims: elements with column - row >= diagonal, others 0 (TriuBackward0)."""
    _a.tensor(input, "triu", "input", 1)
    r = _m_triu(input, diagonal)
    return r if out is None else _strict.write_out(r, out, "triu", (input,))


def _m_cumsum(self, dim, *, dtype=None):
    """Cumulative sum along dim (integral and bool inputs sum to int64 unless dtype says otherwise) (CumsumBackward0)."""
    o0 = _VP()
    st = _L.ng_cumsum(self._h, _a.integer(dim, "cumsum", "dim"), _a.dtype_code(dtype, "cumsum"), o0)
    if st:
        _raise(st)
    return _wrap(o0.value)


def _m_cumprod(self, dim, *, dtype=None):
    """Cumulative product along dim (integral and bool inputs multiply in int64 unless dtype says otherwise) (CumprodBackward0)."""
    o0 = _VP()
    st = _L.ng_cumprod(self._h, _a.integer(dim, "cumprod", "dim"), _a.dtype_code(dtype, "cumprod"), o0)
    if st:
        _raise(st)
    return _wrap(o0.value)


def _m_masked_select(self, mask):
    """The elements of self where the bool mask is True (self and mask broadcast together), as a 1-D tensor (MaskedSelectBackward0)."""
    o0 = _VP()
    st = _L.ng_masked_select(self._h, _a.tensor(mask, "masked_select", "mask", 1), o0)
    if st:
        _raise(st)
    return _wrap(o0.value)


def masked_select(input, mask, *, out=None):
    """The elements of self where the bool mask is True (self and mask broadcast together), as a 1-D tensor (MaskedSelectBackward0)."""
    _a.tensor(input, "masked_select", "input", 1)
    r = _m_masked_select(input, mask)
    return r if out is None else _strict.write_out(r, out, "masked_select", (input,))


def _m_masked_fill(self, mask, value):
    """self with value written where mask is True (self and mask broadcast together) (MaskedFillBackward0)."""
    o0 = _VP()
    st = _L.ng_masked_fill(self._h, _a.tensor(mask, "masked_fill", "mask", 1), _a.number(value, "masked_fill", "value"), o0)
    if st:
        _raise(st)
    return _wrap(o0.value)


def masked_fill(input, mask, value, *, out=None):
    """self with value written where mask is True (self and mask broadcast together) (MaskedFillBackward0)."""
    _a.tensor(input, "masked_fill", "input", 1)
    r = _m_masked_fill(input, mask, value)
    return r if out is None else _strict.write_out(r, out, "masked_fill", (input,))


def _m_sort(self, dim=-1, descending=False, *, stable=False):
    """The values sorted along dim (NaN greatest; stable: equal values keep their order) and their indices (SortBackward0)."""
    o0 = _VP()
    o1 = _VP()
    st = _L.ng_sort(self._h, _a.integer(dim, "sort", "dim"), 1 if descending else 0, 1 if stable else 0, o0, o1)
    if st:
        _raise(st)
    return _rt.make("sort", ("values", "indices"))(_wrap(o0.value), _wrap(o1.value))


def _m_argsort(self, dim=-1, descending=False, *, stable=False):
    """The indices that sort self along dim (as sort's indices)."""
    o0 = _VP()
    st = _L.ng_argsort(self._h, _a.integer(dim, "argsort", "dim"), 1 if descending else 0, 1 if stable else 0, o0)
    if st:
        _raise(st)
    return _wrap(o0.value)


def _m_topk(self, k, dim=-1, largest=True, sorted=True):
    """The k largest (or smallest) values along dim and their indices (TopkBackward0)."""
    o0 = _VP()
    o1 = _VP()
    st = _L.ng_topk(self._h, _a.integer(k, "topk", "k"), _a.integer(dim, "topk", "dim"), 1 if largest else 0, 1 if sorted else 0, o0, o1)
    if st:
        _raise(st)
    return _rt.make("topk", ("values", "indices"))(_wrap(o0.value), _wrap(o1.value))


def topk(input, k, dim=-1, largest=True, sorted=True):
    """The k largest (or smallest) values along dim and their indices (TopkBackward0)."""
    _a.tensor(input, "topk", "input", 1)
    return _m_topk(input, k, dim, largest, sorted)


def _m_argmax(self, dim=None, keepdim=False):
    """The index of the largest value (of the flattened tensor when dim is None; first of ties, NaN largest)."""
    o0 = _VP()
    st = _L.ng_argmax(self._h, 0 if dim is None else 1, 0 if dim is None else _a.integer(dim, "argmax", "dim"), 1 if keepdim else 0, o0)
    if st:
        _raise(st)
    return _wrap(o0.value)


def argmax(input, dim=None, keepdim=False, *, out=None):
    """The index of the largest value (of the flattened tensor when dim is None; first of ties, NaN largest)."""
    _a.tensor(input, "argmax", "input", 1)
    r = _m_argmax(input, dim, keepdim)
    return r if out is None else _strict.write_out(r, out, "argmax", (input,))


def _m_argmin(self, dim=None, keepdim=False):
    """The index of the smallest value (of the flattened tensor when dim is None; first of ties, NaN smallest)."""
    o0 = _VP()
    st = _L.ng_argmin(self._h, 0 if dim is None else 1, 0 if dim is None else _a.integer(dim, "argmin", "dim"), 1 if keepdim else 0, o0)
    if st:
        _raise(st)
    return _wrap(o0.value)


def argmin(input, dim=None, keepdim=False, *, out=None):
    """The index of the smallest value (of the flattened tensor when dim is None; first of ties, NaN smallest)."""
    _a.tensor(input, "argmin", "input", 1)
    r = _m_argmin(input, dim, keepdim)
    return r if out is None else _strict.write_out(r, out, "argmin", (input,))


def _m_nonzero(self):
    """The indices of the non-zero elements, one row [n, ndim] per element, in row-major order."""
    o0 = _VP()
    st = _L.ng_nonzero(self._h, o0)
    if st:
        _raise(st)
    return _wrap(o0.value)


def _m_unbind(self, dim=0):
    """The slices of self along dim, as views (a multi-output node) (UnbindBackward0)."""
    cap = _a.list_capacity(self, dim)
    arr = (_VP * cap)()
    n = _a.c_int32()
    st = _L.ng_unbind(self._h, _a.integer(dim, "unbind", "dim"), arr, cap, n)
    if st:
        _raise(st)
    return tuple([_wrap(arr[i]) for i in range(n.value)])


def unbind(input, dim=0):
    """The slices of self along dim, as views (a multi-output node) (UnbindBackward0)."""
    _a.tensor(input, "unbind", "input", 1)
    return _m_unbind(input, dim)


def _m_split(self, split_size, dim=0):
    """Views of split_size elements along dim (the last may be shorter) (SplitBackward0)."""
    cap = _a.list_capacity(self, split_size, dim)
    arr = (_VP * cap)()
    n = _a.c_int32()
    st = _L.ng_split(self._h, _a.integer(split_size, "split", "split_size"), _a.integer(dim, "split", "dim"), arr, cap, n)
    if st:
        _raise(st)
    return tuple([_wrap(arr[i]) for i in range(n.value)])


def _m_split_with_sizes(self, split_sizes, dim=0):
    """Views of split_sizes[i] elements along dim (SplitWithSizesBackward0)."""
    _split_sizes, _n_split_sizes = _a.int_list(split_sizes, "split_with_sizes", "split_sizes")
    cap = _a.list_capacity(self, split_sizes, dim)
    arr = (_VP * cap)()
    n = _a.c_int32()
    st = _L.ng_split_with_sizes(self._h, _split_sizes, _n_split_sizes, _a.integer(dim, "split_with_sizes", "dim"), arr, cap, n)
    if st:
        _raise(st)
    return tuple([_wrap(arr[i]) for i in range(n.value)])


def split_with_sizes(input, split_sizes, dim=0):
    """Views of split_sizes[i] elements along dim (SplitWithSizesBackward0)."""
    _a.tensor(input, "split_with_sizes", "input", 1)
    return _m_split_with_sizes(input, split_sizes, dim)


Tensor.erf = _m_erf
Tensor.erf_ = _m_erf_
Tensor.addcmul = _m_addcmul
Tensor.addcdiv = _m_addcdiv
Tensor.lerp = _m_lerp
Tensor.clamp_min = _m_clamp_min
Tensor.clamp_min_ = _m_clamp_min_
Tensor.clamp_max = _m_clamp_max
Tensor.clamp_max_ = _m_clamp_max_
Tensor.diagonal = _m_diagonal
Tensor.diag = _m_diag
Tensor.trace = _m_trace
Tensor.bmm = _m_bmm
Tensor.hypot = _m_hypot
Tensor.hypot_ = _m_hypot_
Tensor.nan_to_num = _m_nan_to_num
Tensor.nan_to_num_ = _m_nan_to_num_
Tensor.logaddexp = _m_logaddexp
Tensor.logit = _m_logit
Tensor.reciprocal = _m_reciprocal
Tensor.reciprocal_ = _m_reciprocal_
Tensor.exp = _m_exp
Tensor.exp_ = _m_exp_
Tensor.expm1 = _m_expm1
Tensor.expm1_ = _m_expm1_
Tensor.log1p = _m_log1p
Tensor.log1p_ = _m_log1p_
Tensor.xlogy = _m_xlogy
Tensor.tan = _m_tan
Tensor.tan_ = _m_tan_
Tensor.asin = _m_asin
Tensor.asin_ = _m_asin_
Tensor.acos = _m_acos
Tensor.acos_ = _m_acos_
Tensor.atan = _m_atan
Tensor.atan_ = _m_atan_
Tensor.sinh = _m_sinh
Tensor.sinh_ = _m_sinh_
Tensor.cosh = _m_cosh
Tensor.cosh_ = _m_cosh_
Tensor.asinh = _m_asinh
Tensor.asinh_ = _m_asinh_
Tensor.acosh = _m_acosh
Tensor.acosh_ = _m_acosh_
Tensor.atanh = _m_atanh
Tensor.atanh_ = _m_atanh_
Tensor.exp2 = _m_exp2
Tensor.exp2_ = _m_exp2_
Tensor.sinc = _m_sinc
Tensor.sinc_ = _m_sinc_
Tensor.log2 = _m_log2
Tensor.log2_ = _m_log2_
Tensor.log10 = _m_log10
Tensor.log10_ = _m_log10_
Tensor.rsqrt = _m_rsqrt
Tensor.rsqrt_ = _m_rsqrt_
Tensor.log = _m_log
Tensor.log_ = _m_log_
Tensor.sqrt = _m_sqrt
Tensor.sqrt_ = _m_sqrt_
Tensor.sin = _m_sin
Tensor.cos = _m_cos
Tensor.tanh = _m_tanh
Tensor.tanh_ = _m_tanh_
Tensor.sigmoid = _m_sigmoid
Tensor.sigmoid_ = _m_sigmoid_
Tensor.all = _m_all
Tensor.any = _m_any
Tensor.isnan = _m_isnan
Tensor.isinf = _m_isinf
Tensor.isfinite = _m_isfinite
Tensor.isclose = _m_isclose
Tensor.equal = _m_equal
Tensor.repeat = _m_repeat
Tensor.roll = _m_roll
Tensor.flip = _m_flip
Tensor.floor = _m_floor
Tensor.floor_ = _m_floor_
Tensor.ceil = _m_ceil
Tensor.ceil_ = _m_ceil_
Tensor.round = _m_round
Tensor.round_ = _m_round_
Tensor.trunc = _m_trunc
Tensor.trunc_ = _m_trunc_
Tensor.frac = _m_frac
Tensor.frac_ = _m_frac_
Tensor.sign = _m_sign
Tensor.sign_ = _m_sign_
Tensor.atan2 = _m_atan2
Tensor.tril = _m_tril
Tensor.triu = _m_triu
Tensor.cumsum = _m_cumsum
Tensor.cumprod = _m_cumprod
Tensor.masked_select = _m_masked_select
Tensor.masked_fill = _m_masked_fill
Tensor.sort = _m_sort
Tensor.argsort = _m_argsort
Tensor.topk = _m_topk
Tensor.argmax = _m_argmax
Tensor.argmin = _m_argmin
Tensor.nonzero = _m_nonzero
Tensor.unbind = _m_unbind
Tensor.split = _m_split
Tensor.split_with_sizes = _m_split_with_sizes
