"""Hand-written surfaces of declared ops whose one PyTorch name covers several declarations or whose
signature the generated wrappers do not fit: ``fmod`` / ``remainder`` (a tensor or a Python number as
divisor, ``%`` and ``%=``, in place), ``clamp`` with tensor bounds, ``nansum`` (``dim=None``, ``dtype``),
and the module-level in-place functions ``torch.nan_to_num_`` / ``torch.celu_``. The declared ops
themselves are in ``_ops_gen.py`` (generated)."""

from ctypes import c_void_p

from . import _args as _a, _ops_gen as _g, _strict
from ._native import lib as _L, raise_status as _raise
from ._tensor import (Tensor, _ARITH, _dims_tuple, _dtcode, _i64arr, _scalar_operand, _scalar_tensor, _typename,
                      _wrap, _BOOL, _F64, _I64C)

__all__ = ["fmod", "remainder", "nansum", "nan_to_num_", "celu_"]

_VP = c_void_p
_SCALAR_NAMES = {0: "Float", 1: "Double", 2: "Long", 3: "Bool"}


def _call(fn, *args):
    out = _VP()
    st = fn(*args, out)
    if st:
        _raise(st)
    return _wrap(out.value)


def _number_tensor(s, like):
    """A Python number as the 0-dim tensor PyTorch wraps it in next to ``like`` (a float next to an
    integral tensor takes the default dtype)."""
    dt = _dtcode(like)
    if dt > _F64 and isinstance(s, float):
        from ._dtype import _default
        dt = _default[0]._code
    elif dt == _BOOL and not isinstance(s, bool):
        dt = _I64C
    return _scalar_tensor(s, dt)


# ---------------------------------------------------------------- fmod / remainder

def _modulo(fn_t, fn_s, name, doc):
    def op(self, other):
        h = getattr(other, "_h", None)
        if h is not None:
            return _call(fn_t, self._h, h)
        a, s = _scalar_operand(self, other, _ARITH)
        if a is None:
            return NotImplemented
        return _call(fn_s, a._h, s)
    op.__name__ = op.__qualname__ = name
    op.__doc__ = doc
    return op


def _method(operator_fn, name, doc):
    def m(self, other):
        r = operator_fn(self, other)
        if r is NotImplemented:
            raise TypeError("%s(): argument 'other' (position 1) must be Tensor or Number, not %s" % (name, _typename(other)))
        return r
    m.__name__ = m.__qualname__ = name
    m.__doc__ = doc
    return m


def _modulo_(fn_t, fn_s, name):
    def op(self, other):
        h = getattr(other, "_h", None)
        if h is not None:
            st = fn_t(self._h, h)
        else:
            if not isinstance(other, (int, float)) and not hasattr(other, "__float__"):
                raise TypeError("%s(): argument 'other' (position 1) must be Tensor or Number, not %s" % (name, _typename(other)))
            if isinstance(other, float) and _dtcode(self) > _F64:
                # a Python float makes the result floating even when integral (2.0): PyTorch's cast error
                from ._dtype import _default
                raise RuntimeError("result type %s can't be cast to the desired output type %s"
                                   % (_SCALAR_NAMES[_default[0]._code], _SCALAR_NAMES[_dtcode(self)]))
            st = fn_s(self._h, _a.number(other, name, "other"))
        if st:
            _raise(st)
        return self
    op.__name__ = op.__qualname__ = name
    op.__doc__ = "In-place %s: writes into this tensor and returns it (recorded as PyTorch records in-place ops)." % name[:-1]
    return op


_fmod = _modulo(_L.ng_fmod_tensor, _L.ng_fmod_scalar, "fmod", "fmod(self, other), or NotImplemented for other operands.")
_remainder = _modulo(_L.ng_remainder_tensor, _L.ng_remainder_scalar, "__mod__",
                     "``self % other``: Python's modulo (``remainder``) by a tensor or a number.")


def _rmod(self, other):
    """``number % tensor``: the number wrapped as a 0-dim tensor (RemainderBackward1)."""
    if isinstance(other, Tensor) or not isinstance(other, (int, float)):
        return NotImplemented
    s = _number_tensor(other, self)   # kept alive through the call
    return _call(_L.ng_remainder_tensor, s._h, self._h)


Tensor.fmod = _method(_fmod, "fmod", "C's fmod: the remainder of the truncated division, with this tensor's sign "
                      "(FmodBackward1 with a tensor divisor, FmodBackward0 with a number).")
Tensor.remainder = _method(_remainder, "remainder", "Python's modulo: the remainder of the floor division, with the "
                           "divisor's sign (RemainderBackward1 with a tensor divisor, RemainderBackward0 with a number).")
Tensor.fmod_ = _modulo_(_L.ng_fmod_tensor_, _L.ng_fmod_scalar_, "fmod_")
Tensor.remainder_ = _modulo_(_L.ng_remainder_tensor_, _L.ng_remainder_scalar_, "remainder_")
Tensor.__mod__ = _remainder
Tensor.__rmod__ = _rmod


def _imod(self, other):
    """``self %= other``: ``remainder_``."""
    if getattr(other, "_h", None) is None and not isinstance(other, (int, float)):
        return NotImplemented
    return Tensor.remainder_(self, other)


_imod.__name__ = _imod.__qualname__ = "__imod__"
Tensor.__imod__ = _imod


def fmod(input, other, *, out=None):
    """``torch.fmod``: see ``Tensor.fmod``."""
    _a.tensor(input, "fmod", "input", 1)
    r = input.fmod(other)
    return r if out is None else _strict.write_out(r, out, "fmod", (input,))


def remainder(input, other, *, out=None):
    """``torch.remainder``: see ``Tensor.remainder``; ``input`` may be a Python number when ``other`` is a tensor."""
    if not isinstance(input, Tensor) and isinstance(other, Tensor) and isinstance(input, (int, float)):
        r = _rmod(other, input)
    else:
        _a.tensor(input, "remainder", "input", 1)
        r = input.remainder(other)
    return r if out is None else _strict.write_out(r, out, "remainder", (input,) if isinstance(input, Tensor) else ())


# ---------------------------------------------------------------- nansum

def _nansum(self, dim=None, keepdim=False, *, dtype=None):
    """The sum with NaN counted as zero, of all elements or over ``dim`` (NansumBackward0); integral
    tensors sum to int64; ``dtype`` converts the input first."""
    x = self if dtype is None else self.to(dtype)
    d = () if dim is None else _dims_tuple(dim, "nansum")
    return _call(_L.ng_nansum, x._h, _i64arr(d) if d else None, len(d), 1 if keepdim else 0)


Tensor.nansum = _nansum


def nansum(input, dim=None, keepdim=False, *, dtype=None, out=None):
    """``torch.nansum``: see ``Tensor.nansum``."""
    _a.tensor(input, "nansum", "input", 1)
    r = _nansum(input, dim, keepdim, dtype=dtype)
    return r if out is None else _strict.write_out(r, out, "nansum", (input,))


# ---------------------------------------------------------------- clamp with tensor bounds

def clamp_tensor(self, min, max, inplace):
    """clamp / clamp_ with at least one tensor bound (ClampBackward0); a number beside a tensor is
    PyTorch's TypeError."""
    if (min is not None and not isinstance(min, Tensor)) or (max is not None and not isinstance(max, Tensor)):
        raise TypeError("clamp%s() received an invalid combination of arguments - got (%s), but expected one of:\n"
                        " * (Tensor min, Tensor max)\n * (Number min, Number max)"
                        % ("_" if inplace else "", ", ".join(_typename(v) for v in (min, max))))
    hmin = None if min is None else min._h
    hmax = None if max is None else max._h
    if inplace:
        st = _L.ng_clamp_tensor_(self._h, hmin, hmax)
        if st:
            _raise(st)
        return self
    return _call(_L.ng_clamp_tensor, self._h, hmin, hmax)


# ---------------------------------------------------------------- module-level in-place forms

def nan_to_num_(input, nan=0.0, posinf=None, neginf=None):
    """``torch.nan_to_num_``: ``input.nan_to_num_(...)``."""
    _a.tensor(input, "nan_to_num_", "input", 1)
    return input.nan_to_num_(nan, posinf, neginf)


def celu_(input, alpha=1.0):
    """``torch.celu_``: CELU written into ``input`` (CeluBackward0)."""
    _a.tensor(input, "celu_", "input", 1)
    return _g._m_celu_(input, alpha)
