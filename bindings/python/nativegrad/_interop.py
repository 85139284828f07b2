"""Memory shared with NumPy, both ways, as PyTorch does it:

* ``from_numpy(a)`` wraps the array's memory (``ng_tensor_from_blob``); the tensor keeps the
  array alive (it is held here until the library's release callback says the last view of
  the memory is gone);
* ``t.numpy()`` / ``np.asarray(t)`` return an array over the tensor's memory (address and
  strides from ``ng_tensor_data_ptr`` / ``ng_tensor_strides``) whose base object holds the
  tensor, so the array keeps the tensor alive.

Arrays whose dtype NativeGrad lacks (int32, float16, ...) or in non-native byte order are
copied (converted), as ``tensor()`` does.
"""

import itertools
from ctypes import c_int64, c_void_p

from . import _abi
from ._native import lib as _L, raise_status as _raise
from ._tensor import _wrap_dt, _dtcode

__all__ = ["from_numpy", "to_numpy"]

_REL_T = _abi.SIGNATURES["ng_tensor_from_blob"][1][5]
_ng_from_blob = _L.ng_tensor_from_blob
_ng_data_ptr = _L.ng_tensor_data_ptr
_ng_strides = _L.ng_tensor_strides

_TYPESTR = ["<f4", "<f8", "<i8", "|b1"]
_SHARED = {"float32": 0, "float64": 1, "int64": 2, "bool": 3}

_kept = {}                     # token -> ndarray viewed by a tensor
_tokens = itertools.count(1)


def _release(token):
    _kept.pop(token, None)


_REL = _REL_T(_release)


def shared_code(a):
    """The dtype code a tensor sharing ``a``'s memory would have, or None when ``a`` must be copied
    (a dtype NativeGrad lacks, a foreign byte order, negative or unaligned strides)."""
    code = _SHARED.get(a.dtype.name)
    if code is None or not a.dtype.isnative or any(s < 0 or s % a.itemsize for s in a.strides):
        return None
    return code


def from_numpy(a):
    """Tensor sharing ``a``'s memory (writes through either are seen by the other)."""
    code = _SHARED.get(a.dtype.name)
    if code is None or not a.dtype.isnative:
        from ._creation import _from_ndarray
        h, code = _from_ndarray(a, None)
        return _wrap_dt(h, code)
    item = a.itemsize
    if any(s < 0 for s in a.strides):
        raise ValueError("At least one stride in the given numpy array is negative, and tensors with negative "
                         "strides are not currently supported. (You can probably work around this by making a "
                         "copy of your array  with array.copy().) ")
    if any(s % item for s in a.strides):
        from ._creation import _from_ndarray
        h, code = _from_ndarray(a, None)
        return _wrap_dt(h, code)
    nd = a.ndim
    shape = (c_int64 * max(nd, 1))(*a.shape)
    strides = (c_int64 * max(nd, 1))(*[s // item for s in a.strides])
    token = next(_tokens)
    _kept[token] = a
    out = c_void_p()
    st = _ng_from_blob(a.ctypes.data if a.size else None, code, shape, nd, strides, _REL, token, out)
    if st:
        _kept.pop(token, None)
        _raise(st)
    return _wrap_dt(out.value, code)


class _TensorMemory(object):
    """The base object of an array returned by ``Tensor.numpy()``: it holds the tensor."""
    __slots__ = ("tensor", "__array_interface__")

    def __init__(self, t, interface):
        self.tensor = t
        self.__array_interface__ = interface


def to_numpy(t, np):
    """An ndarray over ``t``'s memory."""
    shape = tuple(t.shape)
    dt = _dtcode(t)
    nd = len(shape)
    n = 1
    for d in shape:
        n *= d
    if n == 0:
        return np.empty(shape, dtype=_TYPESTR[dt])
    p = c_void_p()
    st = _ng_data_ptr(t._h, p)
    if st:
        _raise(st)
    s = (c_int64 * max(nd, 1))()
    st = _ng_strides(t._h, s, nd)
    if st:
        _raise(st)
    item = 1 if dt == 3 else (4 if dt == 0 else 8)
    interface = {"version": 3, "shape": shape, "typestr": _TYPESTR[dt],
                 "data": (p.value, False), "strides": tuple(s[i] * item for i in range(nd))}
    return np.asarray(_TensorMemory(t, interface))
