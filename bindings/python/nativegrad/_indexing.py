"""Basic indexing (``x[1, :, None, ...]``), ``permute`` and iteration: views sharing storage.

An index is sent to ``ng_index`` as a flat int64 array of (kind, a, b, c) items: kind 0 an
integer a, 1 a slice a:b:c (INT64_MIN for an omitted part), 2 ``...``, 3 ``None``.
Advanced indexing (tensors, lists, bools as indices) is not supported yet and raises IndexError.
"""

import operator
from ctypes import c_int64, c_void_p

from . import _abi
from ._native import lib as _L, raise_status as _raise, i64 as _i64, int_tuple as _int_tuple, slice_bound as _slice_bound

_ng_index = _L.ng_index
_ng_permute = _L.ng_permute
_NONE = -(1 << 63)
_INT, _SLICE, _ELLIPSIS, _NEWAXIS = _abi.NG_INDEX_INT, _abi.NG_INDEX_SLICE, _abi.NG_INDEX_ELLIPSIS, _abi.NG_INDEX_NEW_AXIS
_index = operator.index


def _bound(v):
    if v is None:
        return _NONE
    try:
        return _slice_bound(v)
    except TypeError:
        raise TypeError("slice indices must be integers or None or have an __index__ method") from None


def _item(obj, out):
    if obj is None:
        out += (_NEWAXIS, 0, 0, 0)
    elif obj is Ellipsis:
        out += (_ELLIPSIS, 0, 0, 0)
    elif isinstance(obj, slice):
        step = _bound(obj.step)
        if step == 0:
            raise ValueError("slice step cannot be zero")
        if step != _NONE and step < 0:
            raise ValueError("step must be greater than zero")
        out += (_SLICE, _bound(obj.start), _bound(obj.stop), step)
    elif isinstance(obj, bool):
        raise IndexError("nativegrad: indexing with a bool is not supported yet")
    elif isinstance(obj, int):
        out += (_INT, _i64(obj), 0, 0)
    elif hasattr(obj, "_h"):
        if obj.dim() == 0 and not obj.is_floating_point() and obj.dtype.itemsize == 8:
            out += (_INT, obj.item(), 0, 0)
        else:
            raise IndexError("nativegrad: advanced indexing with a tensor is not supported yet "
                             "(only integers, slices, ellipsis (`...`) and None are)")
    elif isinstance(obj, (list, tuple)):
        raise IndexError("nativegrad: advanced indexing with a %s is not supported yet "
                         "(only integers, slices, ellipsis (`...`) and None are)" % type(obj).__name__)
    elif hasattr(obj, "__index__"):
        out += (_INT, _i64(obj), 0, 0)
    else:
        raise IndexError("only integers, slices (`:`), ellipsis (`...`), None and long or byte Variables "
                         "are valid indices (got %s)" % type(obj).__name__)


def getitem(self, idx):
    """``self[idx]`` for ints, slices, ``...``, ``None`` and tuples of them: a view of ``self``."""
    from ._tensor import _wrap_dt
    items = []
    if isinstance(idx, tuple):
        for obj in idx:
            _item(obj, items)
    else:
        _item(idx, items)
    n = len(items) // 4
    out = c_void_p()
    st = _ng_index(self._h, (c_int64 * len(items))(*items) if items else None, n, out)
    if st:
        _raise(st)
    return _wrap_dt(out.value, self._dt)


def setitem(self, idx, value):
    """``self[idx] = value`` through the basic-indexing view: ``copy_`` of a tensor (broadcast) or
    ``fill_`` of a number; recorded as ``CopySlices`` on ``self`` when autograd is involved."""
    v = getitem(self, idx)
    if hasattr(value, "_h"):
        v.copy_(value)
    else:
        v.fill_(value)


def permute(self, *dims):
    """A view with dims reordered (``PermuteBackward0``); ``dims`` may be ints or one sequence."""
    from ._tensor import _wrap_dt
    if len(dims) == 1 and isinstance(dims[0], (tuple, list)):
        dims = tuple(dims[0])
    dims = _int_tuple(dims, "permute", "dims", "ints")
    out = c_void_p()
    st = _ng_permute(self._h, (c_int64 * len(dims))(*dims) if dims else None, len(dims), out)
    if st:
        _raise(st)
    return _wrap_dt(out.value, self._dt)


def iterate(self):
    """Iterates over dim 0, yielding views (``self[i]``)."""
    shape = self.shape
    if not shape:
        raise TypeError("iteration over a 0-d tensor")
    return (getitem(self, i) for i in range(shape[0]))
