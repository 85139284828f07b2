"""Indexing (``x[1, :, None, ..., idx, mask]``), ``index_put(_)``, ``permute`` and iteration.

An index is sent to the library as a flat int64 array of (kind, a, b, c) items: kind 0 an integer a,
1 a slice a:b:c (INT64_MIN for an omitted part), 2 ``...``, 3 ``None``, 4 an index tensor (the next
of the handles passed beside the array). Ints, slices, ``...`` and ``None`` alone give a view
(``ng_index``); index tensors (int64, bool masks, Python lists and bools converted as PyTorch does)
select a copy after them (``ng_index_advanced``), with NumPy's rules for the result's shape.
"""

import operator
from ctypes import c_int64, c_void_p

from . import _abi
from ._native import lib as _L, raise_status as _raise, i64 as _i64, int_tuple as _int_tuple, slice_bound as _slice_bound

_ng_index = _L.ng_index
_ng_index_advanced = _L.ng_index_advanced
_ng_index_assign_ = _L.ng_index_assign_
_ng_index_put = _L.ng_index_put
_ng_index_put_ = _L.ng_index_put_
_ng_permute = _L.ng_permute
_NONE = -(1 << 63)
_INT, _SLICE, _ELLIPSIS, _NEWAXIS, _TENSOR = (_abi.NG_INDEX_INT, _abi.NG_INDEX_SLICE, _abi.NG_INDEX_ELLIPSIS,
                                              _abi.NG_INDEX_NEW_AXIS, _abi.NG_INDEX_TENSOR)
_index = operator.index
# The tensor wrapper of _tensor, which imports this module: set there once it is defined (an import
# inside getitem cost more than the rest of x[i]).
_wrap_dt = None


def _bound(v):
    if v is None:
        return _NONE
    try:
        return _slice_bound(v)
    except TypeError:
        raise TypeError("slice indices must be integers or None or have an __index__ method") from None


def _is_sequence(obj):
    return isinstance(obj, (list, tuple, range)) or (hasattr(obj, "__array__") and hasattr(obj, "tolist")
                                              and not hasattr(obj, "_h") and getattr(obj, "ndim", 0) > 0)


def _treat_as_tuple(idx):
    """PyTorch's (and NumPy's legacy) rule: a short list holding a tensor, a sequence, a slice, ``...`` or
    ``None`` is a tuple of items (``x[[[0, 1], [1, 2]]]`` is ``x[[0, 1], [1, 2]]``); other lists are one index."""
    if isinstance(idx, tuple):
        return True
    if not isinstance(idx, list) or len(idx) >= 32:
        return False
    return any(hasattr(o, "_h") or _is_sequence(o) or isinstance(o, slice) or o is Ellipsis or o is None for o in idx)


def _sequence_tensor(obj):
    """A list (nested, of ints, bools or floats) as an index tensor: bool when every entry is, else int64
    (floats truncated, as PyTorch's indexing_tensor_from_data)."""
    from ._creation import tensor
    from ._dtype import int64, bool_
    if isinstance(obj, range):
        obj = list(obj)
    elif not isinstance(obj, (list, tuple)):
        obj = obj.tolist()   # a NumPy array
    t = tensor(obj)
    return t if t.dtype in (int64, bool_) else t.to(int64)


def _item(obj, out, tensors):
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
        # x[True] adds a dim of size 1 (x[False]: of size 0); the library does it for a 0-dim bool tensor
        from ._creation import tensor
        out += (_TENSOR, 0, 0, 0)
        tensors.append(tensor(obj))
    elif isinstance(obj, int):
        out += (_INT, _i64(obj), 0, 0)
    elif hasattr(obj, "_h"):
        if obj.dim() == 0 and not obj.is_floating_point() and obj.dtype.itemsize == 8:
            out += (_INT, obj.item(), 0, 0)
        else:
            out += (_TENSOR, 0, 0, 0)
            tensors.append(obj)
    elif _is_sequence(obj):
        out += (_TENSOR, 0, 0, 0)
        tensors.append(_sequence_tensor(obj))
    elif hasattr(obj, "__index__"):
        out += (_INT, _i64(obj), 0, 0)
    else:
        raise IndexError("only integers, slices (`:`), ellipsis (`...`), None and long or byte Variables "
                         "are valid indices (got %s)" % type(obj).__name__)


_SPEC1 = c_int64 * 4


def _simple_items(idx):
    """The flat items of a tuple of in-range ints and step-less int/None slices (x[i, j], x[:, 3]), or None
    for anything else (the general walk then handles it and its errors)."""
    items = []
    for obj in idx:
        t = type(obj)
        if t is int:
            if not _I64_LO <= obj < _I64_HI:
                return None
            items += (_INT, obj, 0, 0)
        elif t is slice and obj.step is None:
            a, b = obj.start, obj.stop
            if a is None:
                a = _NONE
            elif type(a) is not int or not _I64_LO < a < _I64_HI:
                return None
            if b is None:
                b = _NONE
            elif type(b) is not int or not _I64_LO < b < _I64_HI:
                return None
            items += (_SLICE, a, b, _NONE)
        else:
            return None
    return items
_I64_LO, _I64_HI = -(1 << 63), 1 << 63


def _parse(idx):
    """(flat item array, count, index tensors, their handle array) of a Python index."""
    if type(idx) is int and _I64_LO <= idx < _I64_HI:
        return _SPEC1(_INT, idx, 0, 0), 1, (), None   # x[i], the commonest index: no item walk
    if type(idx) is tuple:
        simple = _simple_items(idx)
        if simple is not None:
            return (c_int64 * len(simple))(*simple), len(idx), (), None
    items, tensors = [], []
    if _treat_as_tuple(idx):
        for obj in idx:
            _item(obj, items, tensors)
    else:
        _item(idx, items, tensors)
    spec = (c_int64 * len(items))(*items) if items else None
    handles = (c_void_p * len(tensors))(*[t._h for t in tensors]) if tensors else None
    return spec, len(items) // 4, tensors, handles


def getitem(self, idx):
    """``self[idx]``: ints, slices, ``...`` and ``None`` give a view of ``self``; index tensors, lists and bool
    masks then select a new tensor (``IndexBackward0``: duplicates add up in the gradient)."""
    spec, n, tensors, handles = _parse(idx)
    out = c_void_p()
    if tensors:
        st = _ng_index_advanced(self._h, spec, n, handles, len(tensors), out)
    else:
        st = _ng_index(self._h, spec, n, out)
    if st:
        _raise(st)
    return _wrap_dt(out.value, self._dt)


def _value_tensor(value, like):
    """A Python number as a 0-dim tensor of ``like``'s dtype, converted as ``fill_`` converts it."""
    from ._creation import tensor, zeros
    if type(value) is int and like.dtype.itemsize == 8 and not like.is_floating_point():
        return tensor(_i64(value), dtype=like.dtype)   # exact beyond 2**53
    v = zeros((), dtype=like.dtype)
    v.fill_(value)
    return v


def _check_value(self, value):
    if not hasattr(value, "_h") and not isinstance(value, (bool, int, float)) and not hasattr(value, "__float__"):
        raise TypeError("can't assign a %s to a %s" % (type(value).__name__, self.type()))


def setitem(self, idx, value):
    """``self[idx] = value`` in place: with ints, slices, ``...`` and ``None`` only, ``copy_`` of a tensor
    (broadcast) or ``fill_`` of a number into that view (``CopySlices`` on ``self`` under autograd); with index
    tensors, lists or masks, ``index_put_`` of ``value`` into the view (``IndexPutBackward0``; a tensor value must
    have ``self``'s dtype and broadcast to the indexing result)."""
    _check_value(self, value)
    spec, n, tensors, handles = _parse(idx)
    if not tensors:
        out = c_void_p()
        st = _ng_index(self._h, spec, n, out)
        if st:
            _raise(st)
        v = _wrap_dt(out.value, self._dt)
        if hasattr(value, "_h"):
            v.copy_(value)
        else:
            v.fill_(value)
        return
    if not hasattr(value, "_h"):
        value = _value_tensor(value, self)
    st = _ng_index_assign_(self._h, spec, n, handles, len(tensors), value._h)
    if st:
        _raise(st)


def _put_args(fname, indices, values, arg):
    """The index handles of index_put(_); ``arg`` is the argument number of ``indices`` as PyTorch counts it
    (0 for the method, 1 for ``torch.index_put``), its messages naming positions from one."""
    from ._tensor import Tensor, _type_error_tensor
    if isinstance(indices, Tensor) or not isinstance(indices, (list, tuple)):
        raise TypeError("%s(): argument 'indices' (position %d) must be tuple of Tensors, not %s"
                        % (fname, arg + 1, type(indices).__name__))
    for i, t in enumerate(indices):
        if not isinstance(t, Tensor):
            raise TypeError("expected Tensor as element %d in argument %d, but got %s" % (i, arg, type(t).__name__))
    if not isinstance(values, Tensor):
        raise _type_error_tensor(fname, "values", arg + 2, values)
    n = len(indices)
    return (c_void_p * max(n, 1))(*[t._h for t in indices]), n


def index_put_(self, indices, values, accumulate=False):
    """Writes ``values`` (broadcast to the indexing result, ``self``'s dtype) at ``self[indices]`` in place;
    with ``accumulate=True`` adds them instead, duplicates adding up. ``indices`` is a tuple of int64 or bool
    tensors for the leading dims. Recorded as ``IndexPutBackward0``."""
    arr, n = _put_args("index_put_", indices, values, 0)
    st = _ng_index_put_(self._h, arr, n, values._h, 1 if accumulate else 0)
    if st:
        _raise(st)
    return self


def _index_put(input, indices, values, accumulate, arg):
    from ._tensor import _wrap_dt, Tensor, _type_error_tensor
    if not isinstance(input, Tensor):
        raise _type_error_tensor("index_put", "input", 1, input)
    arr, n = _put_args("index_put", indices, values, arg)
    out = c_void_p()
    st = _ng_index_put(input._h, arr, n, values._h, 1 if accumulate else 0, out)
    if st:
        _raise(st)
    return _wrap_dt(out.value, input._dt)


def index_put(input, indices, values, accumulate=False):
    """A copy of ``input`` with ``values`` written (or, with ``accumulate=True``, added) at ``input[indices]``
    (``IndexPutBackward0``); see ``Tensor.index_put_``."""
    return _index_put(input, indices, values, accumulate, 1)


def index_put_method(self, indices, values, accumulate=False):
    """A copy of ``self`` with ``values`` written (or, with ``accumulate=True``, added) at ``self[indices]``
    (``IndexPutBackward0``); see ``Tensor.index_put_``."""
    return _index_put(self, indices, values, accumulate, 0)


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
