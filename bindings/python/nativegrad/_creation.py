"""Tensor creation: ``tensor``, ``from_numpy``, ``zeros``/``ones``/``full``/``eye``/``arange``,
``*_like`` and the legacy ``FloatTensor`` constructors (random tensors are in ``_random``).

NumPy is optional: it is imported only when a NumPy array is passed in or
``Tensor.numpy()`` is called.
"""

import operator
from array import array
from ctypes import c_char, c_void_p, c_int64
from itertools import chain

from . import _dtype
from ._dtype import BY_CODE as _BY_CODE, dtype as _dtype_cls, device as _device
from ._native import lib as _L, raise_status as _raise, i64 as _i64, int_tuple as _int_tuple
from ._tensor import Tensor, _wrap_dt, _to_code, _parse_dtype, _dtcode
from . import _strict

__all__ = ["tensor", "as_tensor", "from_numpy", "zeros", "ones", "full", "eye", "arange", "linspace", "logspace",
           "zeros_like", "ones_like", "full_like", "empty", "FloatTensor", "DoubleTensor", "LongTensor",
           "BoolTensor"]

_VP = c_void_p
_I64 = c_int64
_index = operator.index
_F32, _F64, _I64C, _BOOL = 0, 1, 2, 3

_ng_tensor_from_buffer = _L.ng_tensor_from_buffer
_ng_set_requires_grad = _L.ng_tensor_set_requires_grad
_ng_zeros = _L.ng_zeros
_ng_ones = _L.ng_ones
_ng_full = _L.ng_full
_ng_eye = _L.ng_eye
_ng_arange = _L.ng_arange
_ng_linspace = _L.ng_linspace
_ng_logspace = _L.ng_logspace
_ng_zeros_like = _L.ng_zeros_like
_ng_ones_like = _L.ng_ones_like

_ONE_BYTE = (c_char * 1)()  # non-NULL buffer for empty tensors


def _finish(h, code, requires_grad):
    t = _wrap_dt(h, code)
    if requires_grad and code > _F64:
        raise RuntimeError("Only Tensors of floating point and complex dtype can require gradients")
    if requires_grad:
        st = _ng_set_requires_grad(h, 1)
        if st:
            _raise(st)
    return t


def _check_device(device):
    if device is not None:
        _dtype.check_device(device)


def _size(args, size, fname):
    if size is not None:
        if args:
            raise TypeError("%s() got multiple values for argument 'size'" % fname)
        args = size
    elif len(args) == 1 and not isinstance(args[0], int):
        args = args[0]
    try:
        return _int_tuple(args, fname, "size")
    except TypeError as e:
        if "SymInts" in str(e):
            raise
        raise TypeError("%s(): argument 'size' must be tuple of ints, but found element of type %s"
                        % (fname, type([s for s in args if not hasattr(s, "__index__")][0]).__name__)) \
            from None


def _shape_arr(shape):
    n = len(shape)
    return ((_I64 * n)(*shape) if n else None), n


def _from_buffer(addr, nbytes, code, shape):
    arr, n = _shape_arr(shape)
    out = _VP()
    st = _ng_tensor_from_buffer(addr if nbytes else _addr_one(), nbytes, code, arr, n, out)
    if st:
        _raise(st)
    return out.value


def _addr_one():
    from ctypes import addressof
    return addressof(_ONE_BYTE)


def _from_raw(raw, code, shape):
    """Tensor from raw row-major bytes (used by pickling/deepcopy)."""
    n = len(raw)
    if n:
        buf = (c_char * n).from_buffer_copy(raw)
        from ctypes import addressof
        h = _from_buffer(addressof(buf), n, code, tuple(shape))
    else:
        h = _from_buffer(0, 0, code, tuple(shape))
    return _wrap_dt(h, code)


# ---------------------------------------------------------------- tensor(data)

def _flatten(data):
    """Nested lists/tuples -> (flat list of leaves, shape list)."""
    shape = []
    level = [data]
    while True:
        x = level[0]
        if isinstance(x, (list, tuple)):
            n = len(x)
            dim = len(shape)
            for item in level:
                if not isinstance(item, (list, tuple)):
                    raise ValueError("expected sequence of length %d at dim %d (got %s)"
                                     % (n, dim, _describe(item)))
                if len(item) != n:
                    raise ValueError("expected sequence of length %d at dim %d (got %d)"
                                     % (n, dim, len(item)))
            shape.append(n)
            if n == 0:
                return [], shape
            level = list(chain.from_iterable(level))
        else:
            for item in level:
                if isinstance(item, (list, tuple)):
                    raise ValueError("expected a number at dim %d but got a sequence of length %d"
                                     % (len(shape), len(item)))
            return level, shape


def _describe(x):
    if hasattr(x, "_h") or isinstance(x, (int, float)):
        return "a scalar" if not hasattr(x, "_h") else "a Tensor"
    return type(x).__name__


# promotion order for inferred dtypes: bool < int64 < float32 < float64
_RANK = {_BOOL: 0, _I64C: 1, _F32: 2, _F64: 3}


def _classify(flat):
    """Leaves -> (python scalars, inferred dtype code)."""
    types = set(map(type, flat))
    if types <= {float, int, bool}:
        if float in types:
            return flat, _dtype._default[0]._code
        if int in types:
            return flat, _I64C
        return flat, _BOOL
    best = -1
    res = []
    for x in flat:
        tp = type(x)
        if tp is float:
            code = _dtype._default[0]._code
        elif tp is bool:
            code = _BOOL
        elif tp is int:
            code = _I64C
        elif hasattr(x, "_h"):
            if x.numel() != 1:
                raise ValueError("only one element tensors can be converted to Python scalars")
            code = _dtcode(x)
            x = x.item()
        elif type(x).__module__ == "numpy":
            import numpy as np
            a = np.asarray(x)
            if a.size != 1:
                raise ValueError("only one element tensors can be converted to Python scalars")
            code = _np_code(a.dtype, np)
            x = a.item()
        elif isinstance(x, str) or isinstance(x, bytes):
            raise ValueError("too many dimensions 'str'")
        elif hasattr(x, "__index__"):
            x = _i64(x)
            code = _I64C
        elif hasattr(x, "__float__"):
            x = float(x)
            code = _dtype._default[0]._code
        else:
            raise TypeError("Could not infer dtype of " + type(x).__name__)
        if best < 0 or _RANK[code] > _RANK[best]:
            best = code
        res.append(x)
    return res, (best if best >= 0 else _dtype._default[0]._code)


def _pack(flat, code):
    tc = _BY_CODE[code]._typecode
    try:
        if code == _BOOL:
            return array(tc, [1 if v else 0 for v in flat])
        return array(tc, flat)
    except OverflowError:   # an int past int64 (array() would say "int too big to convert")
        raise RuntimeError("Overflow when unpacking long") from None
    except TypeError:
        if code == _I64C:
            return array(tc, [int(v) for v in flat])
        return array(tc, [float(v) for v in flat])


def _np_code(dt, np):
    k = dt.kind
    if k == "f":
        return _F64 if dt.itemsize == 8 else _F32
    if k in "iu":
        return _I64C
    if k == "b":
        return _BOOL
    raise TypeError("can't convert np.ndarray of type numpy.%s. The only supported types are: "
                    "float64, float32, int64, and bool." % dt.name)


_NP_NAMES = ["float32", "float64", "int64", "bool"]


def _from_ndarray(a, code):
    import numpy as np
    if code is None:
        code = _np_code(a.dtype, np)
    target = np.dtype(_NP_NAMES[code])
    # converts int32/float16/..., byte order; a NumPy scalar (np.float32(2)) becomes a 0-d array
    a = np.asarray(a).astype(target, order="C", copy=False)
    return _from_buffer(a.ctypes.data, a.nbytes, code, a.shape), code


def _is_numpy(x):
    return type(x).__module__ == "numpy" and hasattr(x, "__array_interface__")


def tensor(data, dtype=None, device=None, requires_grad=False, pin_memory=False):
    """Copy ``data`` (nested lists/tuples of numbers, a scalar, a NumPy array or a Tensor)
    into a new leaf tensor. Python floats give float32, ints int64, bools bool."""
    code = _parse_dtype(dtype)
    _check_device(device)
    if pin_memory:
        raise RuntimeError("tensor(): pin_memory=True needs a GPU; NativeGrad has none")
    if hasattr(data, "_h"):
        t = data.detach().clone()
        if code is not None:
            t = _to_code(t, code)
        if requires_grad:
            t.requires_grad_(True)
        return t
    if _is_numpy(data):
        h, code = _from_ndarray(data, code)
        return _finish(h, code, requires_grad)
    tp = type(data)
    if tp is float or tp is int or tp is bool:
        flat, shape = [data], ()
    elif isinstance(data, (list, tuple)):
        flat, shape = _flatten(data)
    elif isinstance(data, str):
        raise ValueError("too many dimensions 'str'")
    else:
        flat, shape = [data], ()
    if flat or code is None:
        flat, inferred = _classify(flat) if flat else (flat, _dtype._default[0]._code)
        if code is None:
            code = inferred
    buf = _pack(flat, code)
    addr, n = buf.buffer_info()
    h = _from_buffer(addr, n * buf.itemsize, code, tuple(shape))
    return _finish(h, code, requires_grad)


def as_tensor(data, dtype=None, device=None):
    """``data`` as a tensor without a copy when it already is one (converted when ``dtype``
    differs); anything else goes through ``tensor(data, dtype=dtype)``."""
    if hasattr(data, "_h"):
        code = _parse_dtype(dtype)
        return data if code is None else _to_code(data, code)
    if _is_numpy(data) and type(data).__name__ == "ndarray":
        # an array of the requested dtype (or any, without dtype=) shares its memory, as from_numpy:
        # writes through either side are seen by the other
        _check_device(device)
        from ._interop import from_numpy as _share, shared_code
        own = shared_code(data)
        code = _parse_dtype(dtype)
        if own is not None and (code is None or code == own):
            return _share(data)
    return tensor(data, dtype=dtype, device=device)


def from_numpy(ndarray):
    """Tensor sharing the NumPy array's memory, as PyTorch: writes through either side are seen
    by the other, and the tensor keeps the array alive. (Arrays of a dtype NativeGrad lacks,
    such as int32 or float16, are converted into a copy.)"""
    if not _is_numpy(ndarray) or type(ndarray).__name__ != "ndarray":
        raise TypeError("expected np.ndarray (got %s)" % type(ndarray).__name__)
    import numpy as np
    _np_code(ndarray.dtype, np)  # PyTorch's error for unsupported kinds
    from ._interop import from_numpy as _share
    return _share(ndarray)


# ---------------------------------------------------------------- factories

def _code_or_default(dtype):
    code = _parse_dtype(dtype)
    return _dtype._default[0]._code if code is None else code


def _make_filled(fn, fname, size, kw, dtype, device, requires_grad, out=None, layout=None):
    # kw: the keyword arguments not in the signature; only size= (and pin_memory/memory_format
    # with their defaults) are accepted, anything else is PyTorch's TypeError.
    kw_size = None
    if kw:
        kw = dict(kw)
        kw_size = kw.pop("size", None)
        if kw.pop("pin_memory", False):
            raise RuntimeError("%s(): pin_memory=True needs a GPU; NativeGrad has none" % fname)
        if kw.pop("memory_format", None) is not None and fname != "empty":
            raise TypeError("%s() got an unexpected keyword argument 'memory_format'" % fname)
        _strict.reject_kwargs(fname, kw, size)
    if layout is not None:
        _strict.check_layout(fname, layout)
    shape = _size(size, kw_size, fname)
    code = _code_or_default(dtype if out is None else _strict.out_dtype(out, dtype, fname))
    _check_device(device)
    arr, n = _shape_arr(shape)
    o = _VP()
    st = fn(arr, n, code, o)
    if st:
        _raise(st)
    t = _finish(o.value, code, requires_grad)
    return t if out is None else _strict.write_out(t, out, fname)


def zeros(*size, out=None, dtype=None, layout=None, device=None, requires_grad=False, **kw):
    """A tensor of zeros of the given size (``out=`` is written into when given)."""
    return _make_filled(_ng_zeros, "zeros", size, kw, dtype, device, requires_grad, out, layout)


def ones(*size, out=None, dtype=None, layout=None, device=None, requires_grad=False, **kw):
    """A tensor of ones of the given size."""
    return _make_filled(_ng_ones, "ones", size, kw, dtype, device, requires_grad, out, layout)


def empty(*size, out=None, dtype=None, layout=None, device=None, requires_grad=False, **kw):
    """A tensor of the given size. NativeGrad has no uninitialised memory: it is zero-filled."""
    return _make_filled(_ng_zeros, "empty", size, kw, dtype, device, requires_grad, out, layout)


def _scalar_value(v):
    if hasattr(v, "_h"):
        return v.item()
    if type(v) is int:
        return _i64(v)
    return v


def full(size, fill_value, out=None, dtype=None, layout=None, device=None, requires_grad=False):
    """A tensor of ``size`` filled with ``fill_value`` (its dtype follows the value unless given)."""
    _strict.check_layout("full", layout)
    shape = _size((size,) if isinstance(size, int) else tuple(size), None, "full")
    fill_value = _scalar_value(fill_value)
    code = _parse_dtype(_strict.out_dtype(out, dtype, "full"))
    if code is None:
        if isinstance(fill_value, bool):
            code = _BOOL
        elif isinstance(fill_value, int):
            code = _I64C
        else:
            code = _dtype._default[0]._code
    _check_device(device)
    arr, n = _shape_arr(shape)
    out_h = _VP()
    if code == _I64C and isinstance(fill_value, int) and not isinstance(fill_value, bool):
        st = _L.ng_full_int64(arr, n, _i64(fill_value), out_h)   # exact beyond 2**53
    else:
        st = _ng_full(arr, n, float(fill_value), code, out_h)
    if st:
        _raise(st)
    return _strict.write_out(_finish(out_h.value, code, requires_grad), out, "full")


def eye(n, m=None, out=None, dtype=None, layout=None, device=None, requires_grad=False):
    """The n x m identity matrix."""
    _strict.check_layout("eye", layout)
    n = _i64(n)
    m = n if m is None else _i64(m)
    code = _code_or_default(_strict.out_dtype(out, dtype, "eye"))
    _check_device(device)
    o = _VP()
    st = _ng_eye(n, m, code, o)
    if st:
        _raise(st)
    return _strict.write_out(_finish(o.value, code, requires_grad), out, "eye")


def arange(start=0, end=None, step=1, out=None, dtype=None, layout=None, device=None,
           requires_grad=False):
    """Values from start to end (excluded) by step; int64 for integer arguments."""
    _strict.check_layout("arange", layout)
    start, end, step = _scalar_value(start), _scalar_value(end), _scalar_value(step)
    if end is None:
        start, end = 0, start
    code = _parse_dtype(_strict.out_dtype(out, dtype, "arange"))
    if code is None:
        if any(isinstance(v, float) for v in (start, end, step)):
            code = _dtype._default[0]._code
        else:
            code = _I64C
    _check_device(device)
    o = _VP()
    st = _ng_arange(float(start), float(end), float(step), code, o)
    if st:
        _raise(st)
    return _strict.write_out(_finish(o.value, code, requires_grad), out, "arange")


def _space(fname, start, end, steps, extra, out, dtype, layout, device, requires_grad):
    if steps is None:
        raise TypeError('%s() missing 1 required positional arguments: "steps"' % fname)
    if hasattr(steps, "_h") and steps.dim() == 0 and not steps.dtype.is_floating_point:
        steps = steps.item()
    if type(steps) is bool or not isinstance(steps, int):
        from ._tensor import _typename
        raise TypeError("%s(): argument 'steps' (position 3) must be int, not %s" % (fname, _typename(steps)))
    _strict.check_layout(fname, layout)
    code = _parse_dtype(_strict.out_dtype(out, dtype, fname))
    if code is None:
        code = _dtype._default[0]._code      # the default dtype, even for integer start and end
    _check_device(device)
    o = _VP()
    st = (_ng_linspace if fname == "linspace" else _ng_logspace)(
        float(_scalar_value(start)), float(_scalar_value(end)), _i64(steps), *extra, code, o)
    if st:
        _raise(st)
    return _strict.write_out(_finish(o.value, code, requires_grad), out, fname)


def linspace(start, end, steps=None, *, out=None, dtype=None, layout=None, device=None, requires_grad=False):
    """``steps`` values evenly spaced from ``start`` to ``end``, both included (PyTorch's exact values; the
    default dtype unless ``dtype`` is given)."""
    return _space("linspace", start, end, steps, (), out, dtype, layout, device, requires_grad)


def logspace(start, end, steps=None, base=10.0, *, out=None, dtype=None, layout=None, device=None,
             requires_grad=False):
    """``steps`` values ``base ** e`` for ``e`` evenly spaced from ``start`` to ``end`` (PyTorch's values)."""
    return _space("logspace", start, end, steps, (float(base),), out, dtype, layout, device, requires_grad)


def _like(fn, fname, input, dtype, requires_grad, device, layout=None):
    h = getattr(input, "_h", None)
    if h is None:
        from ._tensor import _typename
        raise TypeError("%s(): argument 'input' (position 1) must be Tensor, not %s"
                        % (fname, _typename(input)))
    _strict.check_layout(fname, layout)
    _check_device(device)
    o = _VP()
    st = fn(h, o)
    if st:
        _raise(st)
    t = _wrap_dt(o.value, input._dt)
    if dtype is not None:
        t = _to_code(t, _parse_dtype(dtype))
    if requires_grad:
        t.requires_grad_(True)
    return t


def zeros_like(input, dtype=None, layout=None, device=None, requires_grad=False, memory_format=None):
    """Zeros with the shape (and, unless dtype is given, the dtype) of input."""
    return _like(_ng_zeros_like, "zeros_like", input, dtype, requires_grad, device, layout)


def ones_like(input, dtype=None, layout=None, device=None, requires_grad=False, memory_format=None):
    """Ones with the shape (and, unless dtype is given, the dtype) of input."""
    return _like(_ng_ones_like, "ones_like", input, dtype, requires_grad, device, layout)


def full_like(input, fill_value, dtype=None, layout=None, device=None, requires_grad=False,
              memory_format=None):
    """A tensor of input's shape filled with fill_value (input's dtype unless dtype is given)."""
    return full(input.shape, fill_value, dtype=dtype or input.dtype, layout=layout, device=device,
                requires_grad=requires_grad)


# ---------------------------------------------------------------- legacy constructors

def _legacy_new(code, args, kwargs, name):
    dev = kwargs.pop("device", None)
    _check_device(dev)
    if kwargs:
        raise TypeError("%s() got unexpected keyword arguments %s" % (name, ", ".join(kwargs)))
    if not args:
        return _make_filled(_ng_zeros, name, ((0,),), None, _BY_CODE[code], None, False)
    if len(args) == 1:
        a = args[0]
        if hasattr(a, "_h"):
            return _to_code(a, code) if _dtcode(a) != code else a
        if isinstance(a, _dtype.Size):
            return _make_filled(_ng_zeros, name, tuple(a), None, _BY_CODE[code], None, False)
        if isinstance(a, (list, tuple)) or _is_numpy(a):
            return tensor(a, dtype=_BY_CODE[code])
    if all(isinstance(a, int) and not isinstance(a, bool) for a in args):
        # PyTorch leaves the memory uninitialised; NativeGrad fills zeros.
        return _make_filled(_ng_zeros, name, args, None, _BY_CODE[code], None, False)
    raise TypeError("%s(): new() received an invalid combination of arguments - got (%s)"
                    % (name, ", ".join(type(a).__name__ for a in args)))


class _LegacyTensorMeta(type):
    def __call__(cls, *args, **kwargs):
        return _legacy_new(cls._code, args, kwargs, cls.__name__)

    def __instancecheck__(cls, obj):
        return isinstance(obj, Tensor) and _dtcode(obj) == cls._code


def _legacy_type(name, code):
    doc = ("Legacy constructor of %s tensors: ``%s(sizes...)`` (zero-filled), ``%s(data)``, ``%s(tensor)``;"
           " ``isinstance(t, %s)`` tests the dtype." % (_BY_CODE[code], name, name, name, name))
    cls = _LegacyTensorMeta(name, (object,), {"_code": code, "__doc__": doc})
    cls.__module__ = "nativegrad"
    return cls


FloatTensor = _legacy_type("FloatTensor", _F32)
DoubleTensor = _legacy_type("DoubleTensor", _F64)
LongTensor = _legacy_type("LongTensor", _I64C)
BoolTensor = _legacy_type("BoolTensor", _BOOL)
