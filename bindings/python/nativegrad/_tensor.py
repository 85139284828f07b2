"""The ``Tensor`` class and the graph-node wrapper over the NativeGrad C ABI.

Hot-path rules: every prepared C function is bound to a module global; an op
allocates one ``c_void_p`` for the result handle and checks the status with a
single ``if``.  A Tensor owns exactly one library handle and releases it in
``__del__``.  The dtype code is cached on the wrapper (``_dt``, -1 = not
asked yet) because Python scalars follow PyTorch's promotion rules, which
depend on whether the tensor is floating point.
"""

import operator
import sys
import warnings
import weakref
from array import array
from ctypes import addressof, c_char, c_double, c_int32, c_int64, c_void_p

from . import _dtype
from ._dtype import BY_CODE as _BY_CODE, Size, device, dtype as _dtype_cls
from ._native import lib as _L, raise_status as _raise, take_string as _take_string
from ._native import i64 as _i64, dim32 as _dim32, int_tuple as _int_tuple

__all__ = ["Tensor", "Node"]

_new = object.__new__
_VP = c_void_p
_I32 = c_int32
_I64 = c_int64
_D = c_double
_index = operator.index
_is_finalizing = sys.is_finalizing

_F32, _F64, _I64C, _BOOL = 0, 1, 2, 3
_CPU = device("cpu")
# prebuilt int64 array types for shapes/dims up to 16 entries
_ARR = [_I64 * _n for _n in range(17)]


def _i64arr(seq):
    n = len(seq)
    return (_ARR[n] if n <= 16 else _I64 * n)(*seq)

# ---------------------------------------------------------------- prepared functions
_ng_tensor_free = _L.ng_tensor_free
_ng_tensor_dtype = _L.ng_tensor_dtype
_ng_tensor_ndim = _L.ng_tensor_ndim
_ng_tensor_numel = _L.ng_tensor_numel
_ng_tensor_shape = _L.ng_tensor_shape
_ng_tensor_strides = _L.ng_tensor_strides
_ng_tensor_copy_to = _L.ng_tensor_copy_to
_ng_tensor_item = _L.ng_tensor_item
_ng_tensor_to_string = _L.ng_tensor_to_string
_ng_tensor_requires_grad = _L.ng_tensor_requires_grad
_ng_tensor_set_requires_grad = _L.ng_tensor_set_requires_grad
_ng_tensor_is_leaf = _L.ng_tensor_is_leaf
_ng_tensor_retains_grad = _L.ng_tensor_retains_grad
_ng_tensor_retain_grad = _L.ng_tensor_retain_grad
_ng_tensor_grad = _L.ng_tensor_grad
_ng_tensor_set_grad = _L.ng_tensor_set_grad
_ng_tensor_grad_fn = _L.ng_tensor_grad_fn
_ng_node_name = _L.ng_node_name
_ng_node_num_next = _L.ng_node_num_next
_ng_node_next = _L.ng_node_next
_ng_node_id = _L.ng_node_id
_ng_node_free = _L.ng_node_free
_ng_backward = _L.ng_backward
_ng_tensor_detach = _L.ng_tensor_detach
_ng_tensor_clone = _L.ng_tensor_clone
_ng_tensor_zero_ = _L.ng_tensor_zero_
_ng_tensor_fill_ = _L.ng_tensor_fill_
_ng_tensor_set_data = _L.ng_tensor_set_data
_ng_tensor_data = _L.ng_tensor_data
_ng_tensor_to_dtype = _L.ng_tensor_to_dtype
_ng_tensor_id = _L.ng_tensor_id
_ng_tensor_from_buffer = _L.ng_tensor_from_buffer
_ng_full = _L.ng_full
_ng_zeros = _L.ng_zeros
_ng_sum = _L.ng_sum
_ng_mean = _L.ng_mean
_ng_sum_dim = _L.ng_sum_dim
_ng_mean_dim = _L.ng_mean_dim
_ng_norm = _L.ng_norm
_ng_reshape = _L.ng_reshape
_ng_view = _L.ng_view
_ng_expand = _L.ng_expand
_ng_unsqueeze = _L.ng_unsqueeze
_ng_squeeze = _L.ng_squeeze
_ng_contiguous = _L.ng_contiguous
_ng_t = _L.ng_t
_ng_transpose = _L.ng_transpose
_ng_mm = _L.ng_mm
_ng_matmul = _L.ng_matmul
_ng_dot = _L.ng_dot
_ng_pow = _L.ng_pow
_ng_pow_scalar = _L.ng_pow_scalar
_ng_rpow_scalar = _L.ng_rpow_scalar


# ---------------------------------------------------------------- wrapping helpers

def _wrap(h):
    """New Tensor owning handle ``h`` (dtype not known yet)."""
    t = _new(Tensor)
    t._h = h
    t._dt = -1
    return t


def _wrap_dt(h, dt):
    t = _new(Tensor)
    t._h = h
    t._dt = dt
    return t


def _dtcode(t):
    dt = t._dt
    if dt < 0:
        v = _I32()
        st = _ng_tensor_dtype(t._h, v)
        if st:
            _raise(st)
        dt = t._dt = v.value
    return dt


# Identity map for tensors whose Python identity matters (``x.grad is x.grad``):
# library tensor id -> live wrapper.  Only consulted by the .grad getter/setter.
_tensor_cache = weakref.WeakValueDictionary()


def _tensor_id(h):
    v = _I64()
    st = _ng_tensor_id(h, v)
    if st:
        _raise(st)
    return v.value


def _wrap_cached(h):
    tid = _tensor_id(h)
    t = _tensor_cache.get(tid)
    if t is not None:
        _ng_tensor_free(h)
        return t
    t = _wrap(h)
    _tensor_cache[tid] = t
    return t


def _typename(obj):
    """A type's name as PyTorch's errors print it: qualified unless builtin (``numpy.ndarray``, ``int``)."""
    tp = type(obj)
    if isinstance(obj, Tensor):
        return "Tensor"
    mod = getattr(tp, "__module__", "builtins")
    if mod == "nativegrad":
        mod = "torch"   # torch.dtype, torch.device, ... as PyTorch prints its own types
    return tp.__name__ if mod in ("builtins", None) else "%s.%s" % (mod.split(".")[0], tp.__name__)


def _type_error_tensor(fname, argname, pos, obj):
    return TypeError("%s(): argument '%s' (position %d) must be Tensor, not %s"
                     % (fname, argname, pos, _typename(obj)))


def _is_ndarray(x):
    """True for a NumPy array (not a NumPy scalar); NumPy is imported only if x comes from it."""
    if type(x).__module__ != "numpy":
        return False
    import numpy
    return isinstance(x, numpy.ndarray)




def _dims_tuple(dim, fname="sum"):
    if isinstance(dim, (list, tuple)):
        return _int_tuple(dim, fname, "dim", "ints")
    return (_i64(dim),)


def _shape_args(args, fname="reshape"):
    if len(args) == 1 and not isinstance(args[0], int):
        args = args[0]
    try:
        return _int_tuple(args, fname, "shape" if fname == "reshape" else "size")
    except TypeError as e:
        if "SymInts" in str(e):
            raise
        raise TypeError("%s(): argument 'shape' must be tuple of ints, but found element of type %s"
                        % (fname, type([s for s in args if not hasattr(s, "__index__")][0]).__name__)) \
            from None


def _to_code(t, code):
    """Tensor ``t`` converted to dtype code ``code`` (t itself if it already has it)."""
    if _dtcode(t) == code:
        return t
    out = _VP()
    st = _ng_tensor_to_dtype(t._h, code, out)
    if st:
        _raise(st)
    return _wrap_dt(out.value, code)


def _default_code():
    return _dtype._default[0]._code


def _parse_dtype(d):
    if d is None:
        return None
    if isinstance(d, _dtype_cls):
        return d._code
    if d is float:
        return _F64
    if d is int:
        return _I64C
    if d is bool:
        return _BOOL
    raise TypeError("dtype must be a nativegrad dtype (e.g. torch.float32), not %r" % (d,))


_TO_KEYWORDS = ("device", "dtype", "non_blocking", "copy", "memory_format")


def _parse_to(args, kwargs, fname):
    """PyTorch's three ``to`` signatures -> (device or None, dtype code or None, copy)."""
    bad = [k for k in kwargs if k not in _TO_KEYWORDS]

    def invalid():
        got = [_typename(a) for a in args] + ["%s=%s" % (k, _typename(v)) for k, v in kwargs.items()]
        return TypeError("%s() received an invalid combination of arguments - got (%s), but expected one of:\n"
                         " * (torch.device device, torch.dtype dtype, bool non_blocking, bool copy, *, "
                         "torch.memory_format memory_format)\n"
                         " * (torch.dtype dtype, bool non_blocking, bool copy, *, torch.memory_format memory_format)\n"
                         " * (Tensor tensor, bool non_blocking, bool copy, *, torch.memory_format memory_format)"
                         % (fname, ", ".join(got)))
    if bad:
        raise invalid()
    dev = kwargs.get("device")
    dt = kwargs.get("dtype")
    flags = []
    rest = list(args)
    if rest and isinstance(rest[0], Tensor):
        other = rest.pop(0)
        if dev is not None or dt is not None:
            raise invalid()
        dev, dt = other.device, other.dtype
    elif rest and isinstance(rest[0], _dtype_cls):
        if dt is not None:
            raise invalid()
        dt = rest.pop(0)
    elif rest and (isinstance(rest[0], (str, device)) or (isinstance(rest[0], int) and not isinstance(rest[0], bool))):
        if dev is not None:
            raise invalid()
        dev = rest.pop(0)
        if rest and isinstance(rest[0], _dtype_cls):
            if dt is not None:
                raise invalid()
            dt = rest.pop(0)
    elif rest and rest[0] is None:
        rest.pop(0)
    flags = rest
    if len(flags) > 2 or not all(isinstance(f, bool) for f in flags):
        raise invalid()
    if dt is not None and not isinstance(dt, _dtype_cls):
        raise invalid()
    if dev is not None and not isinstance(dev, device):
        dev = device(dev)
    copy = kwargs.get("copy", flags[1] if len(flags) > 1 else False)
    return dev, (None if dt is None else dt._code), bool(copy)


# ---------------------------------------------------------------- Python scalars
# kinds of scalar operations (PyTorch's type promotion with a Python scalar:
# the tensor keeps its dtype unless it is integral and the scalar is a float,
# or the op is a true division)
_ARITH, _DIV, _POW, _RPOW = 0, 1, 2, 3


def _scalar_operand(self, s, kind):
    """Returns (tensor, python_number) to feed a ``*_scalar`` function, or (None, None)."""
    tp = type(s)
    if tp is not float and tp is not int:
        if tp is bool:
            s = int(s)
        elif hasattr(s, "_h") or not (hasattr(s, "__float__") or hasattr(s, "__index__")) or _is_ndarray(s):
            return None, None
        elif hasattr(s, "__index__"):
            s = _index(s)
            tp = int
        else:
            s = float(s)
            tp = float
    if tp is int and not -0x8000000000000000 <= s <= 0x7FFFFFFFFFFFFFFF:
        raise RuntimeError("Overflow when unpacking long")
    dt = self._dt
    if dt < 0:
        dt = _dtcode(self)
    if dt <= _F64:
        return self, s
    # integral / bool tensor
    if tp is float or kind == _DIV:
        return _to_code(self, _default_code()), s
    if kind == _POW and s < 0 and dt == _I64C:
        raise RuntimeError("Integers to negative integer powers are not allowed.")
    if dt == _BOOL and tp is int and type(s) is not bool:
        return _to_code(self, _I64C), s
    return self, s


def _scalar_tensor(value, code):
    out = _VP()
    if code == _I64C and type(value) is int:
        # Exact beyond 2**53: the int64 goes in as bits, not through a double.
        v = _I64(value)
        st = _ng_tensor_from_buffer(addressof(v), 8, code, None, 0, out)
    else:
        st = _ng_full(None, 0, value, code, out)
    if st:
        _raise(st)
    return _wrap_dt(out.value, code)


# ---------------------------------------------------------------- method factories

def _unary(fn, name):
    def op(self):
        out = _VP()
        st = fn(self._h, out)
        if st:
            _raise(st)
        t = _new(Tensor)
        t._h = out.value
        dt = self._dt
        t._dt = dt if 0 <= dt <= _F64 else -1
        return t
    op.__name__ = op.__qualname__ = name
    return op


def _binary(fn_t, fn_s, kind, name):
    def op(self, other):
        h2 = getattr(other, "_h", None)
        out = _VP()
        if h2 is not None:
            st = fn_t(self._h, h2, out)
            if st:
                _raise(st)
            t = _new(Tensor)
            t._h = out.value
            dt = self._dt
            t._dt = dt if (0 <= dt <= _F64 and dt == other._dt) else -1
            return t
        a, s = _scalar_operand(self, other, kind)
        if a is None:
            # A NumPy array lands here too: as with PyTorch, NumPy then computes the reflected
            # operation on this tensor's memory and __array_wrap__ makes the result a Tensor.
            return NotImplemented
        st = fn_s(a._h, s, out)
        if st:
            _raise(st)
        t = _new(Tensor)
        t._h = out.value
        dt = a._dt
        t._dt = dt if dt <= _F64 else -1  # float tensor (op) Python scalar keeps the dtype
        return t
    op.__name__ = op.__qualname__ = name
    return op


def _method(operator_fn, name):
    """The method form of a binary operator: raises PyTorch's TypeError where the operator returns
    NotImplemented (``x.add("a")``)."""
    def m(self, other):
        r = operator_fn(self, other)
        if r is NotImplemented:
            raise TypeError("%s(): argument 'other' (position 1) must be Tensor, not %s" % (name, _typename(other)))
        return r
    m.__name__ = m.__qualname__ = name
    return m


def _rscalar(fn_s, kind, name):
    def op(self, other):
        a, s = _scalar_operand(self, other, kind)
        if a is None:
            return NotImplemented
        out = _VP()
        st = fn_s(a._h, s, out)
        if st:
            _raise(st)
        t = _new(Tensor)
        t._h = out.value
        dt = a._dt
        t._dt = dt if dt <= _F64 else -1
        return t
    op.__name__ = op.__qualname__ = name
    return op


def _compare(fn, name):
    def op(self, other):
        h2 = getattr(other, "_h", None)
        out = _VP()
        if h2 is not None:
            st = fn(self._h, h2, out)
        else:
            tp = type(other)
            if tp is not float and tp is not int and tp is not bool:
                if other is None or hasattr(other, "_h") or not (
                        hasattr(other, "__float__") or hasattr(other, "__index__")) or _is_ndarray(other):
                    return NotImplemented
                other = _i64(other) if hasattr(other, "__index__") else float(other)
                tp = type(other)
            elif tp is int:
                other = _i64(other)
            a = self
            dt = _dtcode(self)
            if dt <= _F64:
                code = dt
            elif tp is float:
                a = _to_code(self, _F64)
                code = _F64
            elif dt == _BOOL and tp is int:
                a = _to_code(self, _I64C)
                code = _I64C
            else:
                code = dt
            s = _scalar_tensor(other, code)
            st = fn(a._h, s._h, out)
        if st:
            _raise(st)
        return _wrap(out.value)
    op.__name__ = op.__qualname__ = name
    return op


def _tensor_arg(fn, fname, argname):
    def op(self, other):
        h2 = getattr(other, "_h", None)
        if h2 is None:
            raise _type_error_tensor(fname, argname, 1, other)
        out = _VP()
        st = fn(self._h, h2, out)
        if st:
            _raise(st)
        t = _new(Tensor)
        t._h = out.value
        dt = self._dt
        t._dt = dt if (0 <= dt <= _F64 and dt == other._dt) else -1
        return t
    op.__name__ = op.__qualname__ = fname
    return op


_NON_LEAF_GRAD_WARNING = (
    "The .grad attribute of a Tensor that is not a leaf Tensor is being accessed. Its .grad "
    "attribute won't be populated during autograd.backward(). If you indeed want the .grad field "
    "to be populated for a non-leaf Tensor, use .retain_grad() on the non-leaf Tensor. If you "
    "access the non-leaf Tensor by mistake, make sure you access the leaf Tensor instead. See "
    "github.com/pytorch/pytorch/pull/30531 for more informations.")


def _raw_grad(t):
    """``t.grad`` without the non-leaf warning."""
    out = _VP()
    st = _ng_tensor_grad(t._h, out)
    if st:
        _raise(st)
    return None if out.value is None else _wrap_cached(out.value)


def _flag(fn, h):
    v = _I32()
    st = fn(h, v)
    if st:
        _raise(st)
    return v.value != 0


# ---------------------------------------------------------------- Tensor

class Tensor(object):
    """A NativeGrad tensor (PyTorch's ``torch.Tensor`` semantics)."""

    __slots__ = ("_h", "_dt", "__weakref__", "__dict__")
    __array_priority__ = 1000

    # -- construction ---------------------------------------------------
    def __new__(cls, *args, **kwargs):
        """Legacy constructor: ``Tensor(data)`` copies data as float32,
        ``Tensor(2, 3)`` makes a (zero-filled) tensor of that size."""
        from ._creation import _legacy_new
        t = _legacy_new(_default_code(), args, kwargs, "Tensor")
        if cls is Tensor:
            return t
        return Tensor._make_subclass(cls, t, False)

    @staticmethod
    def _make_subclass(cls, data, require_grad=False):
        """A ``cls`` instance (a Tensor subclass) sharing ``data``'s storage, detached from its
        graph, with ``requires_grad=require_grad``. Used by subclasses such as nn.Parameter."""
        h = getattr(data, "_h", None)
        if h is None:
            raise TypeError("_make_subclass(): argument 'data' must be Tensor, not %s"
                            % type(data).__name__)
        out = _VP()
        st = _ng_tensor_detach(h, out)
        if st:
            _raise(st)
        t = _new(cls)
        t._h = out.value
        t._dt = data._dt
        if require_grad:
            st = _ng_tensor_set_requires_grad(t._h, 1)
            if st:
                _raise(st)
        return t

    def __del__(self, _free=_ng_tensor_free, _fin=_is_finalizing):
        try:
            h = self._h
        except AttributeError:
            return
        if h and not _fin():
            _free(h)

    # -- metadata -------------------------------------------------------
    @property
    def shape(self):
        h = self._h
        v = _I32()
        st = _ng_tensor_ndim(h, v)
        if st:
            _raise(st)
        nd = v.value
        if nd == 0:
            return Size()
        arr = (_ARR[nd] if nd <= 16 else _I64 * nd)()
        st = _ng_tensor_shape(h, arr, nd)
        if st:
            _raise(st)
        return Size(arr[:])

    def size(self, dim=None):
        shape = self.shape
        if dim is None:
            return shape
        return shape[_wrap_dim(dim, len(shape))]

    def stride(self, dim=None):
        """Strides in elements: a tuple, or one dim's (PyTorch's ``Tensor.stride``)."""
        nd = self.dim()
        arr = (_I64 * max(nd, 1))()
        st = _ng_tensor_strides(self._h, arr, nd)
        if st:
            _raise(st)
        strides = tuple(arr[:nd])
        if dim is None:
            return strides
        if nd == 0:
            _wrap_dim(dim, 0)  # raises for anything but 0 / -1, as PyTorch does
            raise IndexError("Dimension specified as %d but tensor has no dimensions" % _index(dim))
        return strides[_wrap_dim(dim, nd)]

    def is_contiguous(self):
        """True when the elements lie in row-major order without gaps (size-1 dims ignored)."""
        shape = self.shape
        if 0 in shape:
            return True
        expected = 1
        for size, st in zip(reversed(shape), reversed(self.stride())):
            if size != 1 and st != expected:
                return False
            expected *= size
        return True

    def dim(self):
        v = _I32()
        st = _ng_tensor_ndim(self._h, v)
        if st:
            _raise(st)
        return v.value

    ndimension = dim

    @property
    def ndim(self):
        return self.dim()

    def numel(self):
        v = _I64()
        st = _ng_tensor_numel(self._h, v)
        if st:
            _raise(st)
        return v.value

    nelement = numel

    @property
    def dtype(self):
        return _BY_CODE[_dtcode(self)]

    def is_floating_point(self):
        return _dtcode(self) <= _F64

    def element_size(self):
        return _BY_CODE[_dtcode(self)].itemsize

    @property
    def device(self):
        return _CPU

    is_cuda = False
    is_sparse = False
    is_quantized = False
    is_meta = False

    def type(self, dtype=None, non_blocking=False):
        if dtype is None:
            return _LEGACY_TYPE_NAMES[_dtcode(self)]
        if isinstance(dtype, str):
            for code, n in enumerate(_LEGACY_TYPE_NAMES):
                if n == dtype:
                    return _to_code(self, code)
            raise ValueError("invalid type: %r" % dtype)
        return _to_code(self, _parse_dtype(dtype))

    # -- autograd attributes --------------------------------------------
    @property
    def requires_grad(self):
        return _flag(_ng_tensor_requires_grad, self._h)

    @requires_grad.setter
    def requires_grad(self, flag):
        if flag and _dtcode(self) > _F64:   # PyTorch's text for the attribute (requires_grad_ says it differently)
            raise RuntimeError("only Tensors of floating point and complex dtype can require gradients")
        st = _ng_tensor_set_requires_grad(self._h, 1 if flag else 0)
        if st:
            _raise(st)

    def requires_grad_(self, requires_grad=True):
        st = _ng_tensor_set_requires_grad(self._h, 1 if requires_grad else 0)
        if st:
            _raise(st)
        return self

    @property
    def is_leaf(self):
        return _flag(_ng_tensor_is_leaf, self._h)

    @property
    def retains_grad(self):
        return _flag(_ng_tensor_retains_grad, self._h)

    def retain_grad(self):
        st = _ng_tensor_retain_grad(self._h)
        if st:
            _raise(st)

    @property
    def grad(self):
        out = _VP()
        h = self._h
        st = _ng_tensor_grad(h, out)
        if st:
            _raise(st)
        g = out.value
        if g is None:
            if not _flag(_ng_tensor_is_leaf, h) and not _flag(_ng_tensor_retains_grad, h):
                warnings.warn(_NON_LEAF_GRAD_WARNING, UserWarning, stacklevel=2)
            return None
        return _wrap_cached(g)

    @grad.setter
    def grad(self, value):
        if value is None:
            st = _ng_tensor_set_grad(self._h, None)
        else:
            h2 = getattr(value, "_h", None)
            if h2 is None:
                raise TypeError("assigned grad expected to be a Tensor or None but got grad of type "
                                + type(value).__name__)
            st = _ng_tensor_set_grad(self._h, h2)
            if not st:
                _tensor_cache[_tensor_id(h2)] = value
        if st:
            _raise(st)

    @grad.deleter
    def grad(self):
        self.grad = None

    def is_inference(self):
        """True if this tensor was made inside ``inference_mode()``."""
        v = _I32()
        st = _L.ng_tensor_is_inference(self._h, v)
        if st:
            _raise(st)
        return v.value != 0

    def register_hook(self, hook):
        """Registers ``hook(grad)``, called with this tensor's gradient each time it is computed
        (before a leaf accumulates it into ``.grad``); a returned Tensor replaces the gradient.
        Returns a handle whose ``remove()`` unregisters the hook."""
        from ._hooks import register_hook
        return register_hook(self, hook)

    def register_post_accumulate_grad_hook(self, hook):
        """Registers ``hook(tensor)``, called after a backward has accumulated this leaf's gradient
        into ``.grad`` (PyTorch 2.1). Returns a handle whose ``remove()`` unregisters the hook."""
        from ._autograd_callbacks import register_post_accumulate_grad_hook
        return register_post_accumulate_grad_hook(self, hook)

    @property
    def grad_fn(self):
        out = _VP()
        st = _ng_tensor_grad_fn(self._h, out)
        if st:
            _raise(st)
        n = out.value
        if n is None:
            return None
        return _wrap_node(n)

    def backward(self, gradient=None, retain_graph=None, create_graph=False, inputs=None):
        if inputs is not None:
            from .autograd import backward as _ag_backward
            return _ag_backward(self, gradient, retain_graph, create_graph, inputs=inputs)
        if gradient is None:
            gh = None
        else:
            gh = getattr(gradient, "_h", None)
            if gh is None:
                raise TypeError("backward(): argument 'gradient' must be Tensor or None, not "
                                + type(gradient).__name__)
        rg = -1 if retain_graph is None else (1 if retain_graph else 0)
        st = _ng_backward(self._h, gh, rg, 1 if create_graph else 0)
        if st:
            _raise(st)

    def detach(self):
        out = _VP()
        st = _ng_tensor_detach(self._h, out)
        if st:
            _raise(st)
        return _wrap_dt(out.value, self._dt)

    def clone(self, memory_format=None):
        out = _VP()
        st = _ng_tensor_clone(self._h, out)
        if st:
            _raise(st)
        return _wrap_dt(out.value, self._dt)

    @property
    def data(self):
        out = _VP()
        st = _ng_tensor_data(self._h, out)
        if st:
            _raise(st)
        return _wrap_dt(out.value, self._dt)

    @data.setter
    def data(self, value):
        h2 = getattr(value, "_h", None)
        if h2 is None:
            raise TypeError("Variable data has to be a tensor, but got " + type(value).__name__)
        st = _ng_tensor_set_data(self._h, h2)
        if st:
            _raise(st)
        self._dt = value._dt

    def zero_(self):
        st = _ng_tensor_zero_(self._h)
        if st:
            _raise(st)
        return self

    def fill_(self, value):
        if hasattr(value, "_h"):
            value = value.item()
        elif type(value) is int:
            value = _i64(value)
        st = _ng_tensor_fill_(self._h, value)
        if st:
            _raise(st)
        return self

    # -- values -----------------------------------------------------------
    def item(self):
        v = _D()
        h = self._h
        st = _ng_tensor_item(h, v)
        if st:
            if self.numel() != 1:   # PyTorch 1.13's error (the library's message is 2.x's RuntimeError)
                raise ValueError("only one element tensors can be converted to Python scalars")
            _raise(st)
        dt = self._dt
        if dt < 0:
            dt = _dtcode(self)
        if dt <= _F64:
            return v.value
        if dt == _BOOL:
            return v.value != 0
        iv = _I64()
        st = _ng_tensor_copy_to(h, addressof(iv), 8)
        if st:
            _raise(st)
        return iv.value

    def tolist(self):
        shape = self.shape
        flat = _copy_flat(self, shape.numel())
        return _nest(flat, shape)

    def numpy(self, force=False):
        try:
            import numpy as np
        except ImportError:
            raise RuntimeError("Numpy is not available") from None
        if not force and self.requires_grad:
            raise RuntimeError("Can't call numpy() on Tensor that requires grad. "
                               "Use tensor.detach().numpy() instead.")
        # shares memory, as PyTorch: the array keeps this tensor alive
        from ._interop import to_numpy
        return to_numpy(self, np)

    def __array_wrap__(self, array, context=None, return_scalar=False):
        """NumPy's results of ufuncs on tensors (``tensor * ndarray``) come back as tensors, as in PyTorch."""
        from ._creation import from_numpy
        return from_numpy(array)

    def __array__(self, dtype=None, copy=None):
        import numpy as np
        a = self.numpy()
        if dtype is not None:
            a = a.astype(dtype, copy=False)
        return a

    def __repr__(self, *args, **kwargs):
        p = _VP()
        st = _ng_tensor_to_string(self._h, p)
        if st:
            _raise(st)
        return _take_string(p)

    __str__ = __repr__

    def __format__(self, format_spec):
        if type(self) is Tensor and self.dim() == 0:
            return self.item().__format__(format_spec)
        return object.__format__(self, format_spec)

    def __bool__(self):
        n = self.numel()
        if n == 1:
            return bool(self.item())
        if n == 0:
            raise RuntimeError("Boolean value of Tensor with no values is ambiguous")
        raise RuntimeError("Boolean value of Tensor with more than one value is ambiguous")

    def __float__(self):
        if self.numel() != 1:
            raise ValueError("only one element tensors can be converted to Python scalars")
        return float(self.item())

    def __int__(self):
        if self.numel() != 1:
            raise ValueError("only one element tensors can be converted to Python scalars")
        return int(self.item())

    def __index__(self):
        if _dtcode(self) != _I64C or self.numel() != 1:
            raise TypeError("only integer tensors of a single element can be converted to an index")
        return self.item()

    def __len__(self):
        shape = self.shape
        if not shape:
            raise TypeError("len() of a 0-d tensor")
        return shape[0]

    __hash__ = object.__hash__

    def __reduce_ex__(self, proto):
        shape = self.shape
        dt = _dtcode(self)
        nbytes = shape.numel() * _BY_CODE[dt].itemsize
        raw = _copy_bytes(self, nbytes)
        return (_rebuild_tensor, (raw, dt, tuple(shape), self.requires_grad))

    def __deepcopy__(self, memo):
        if not self.is_leaf:
            raise RuntimeError("Only Tensors created explicitly by the user (graph leaves) support "
                               "the deepcopy protocol at the moment")
        r = memo.get(id(self))
        if r is not None:
            return r
        with _no_grad_ctx():
            new = self.detach().clone()
        if type(self) is not Tensor:
            new = Tensor._make_subclass(type(self), new, False)
        if self.requires_grad:
            new.requires_grad_(True)
        g = self.grad
        if g is not None:
            new.grad = g.__deepcopy__(memo)
        if self.__dict__:
            import copy
            new.__dict__.update(copy.deepcopy(self.__dict__, memo))
        memo[id(self)] = new
        return new

    # -- dtype conversion ---------------------------------------------------
    def float(self):
        return _to_code(self, _F32)

    def double(self):
        return _to_code(self, _F64)

    def long(self):
        return _to_code(self, _I64C)

    def bool(self):
        return _to_code(self, _BOOL)

    def type_as(self, other):
        if not isinstance(other, Tensor):
            raise _type_error_tensor("type_as", "other", 1, other)
        return _to_code(self, _dtcode(other))

    def to(self, *args, **kwargs):
        """``to(dtype)``, ``to(device=None, dtype=None)`` or ``to(other)`` (its dtype and device), with
        ``non_blocking``, ``copy`` and ``memory_format``: ``self`` when nothing changes (unless
        ``copy=True``). Only the CPU exists: another device raises as a CPU-only PyTorch does."""
        dev, code, copy = _parse_to(args, kwargs, "to")
        from ._dtype import check_device
        check_device(dev)
        r = self if code is None else _to_code(self, code)
        if copy and r is self:
            r = self.clone()
        return r

    def cpu(self, memory_format=None):
        return self

    def cuda(self, device=None, non_blocking=False, memory_format=None):
        """Raises as a PyTorch built without CUDA does (AssertionError)."""
        raise AssertionError("Torch not compiled with CUDA enabled")

    def get_device(self):
        """-1: the tensor is on the CPU."""
        return -1

    is_mps = False

    def contiguous(self, memory_format=None):
        out = _VP()
        st = _ng_contiguous(self._h, out)
        if st:
            _raise(st)
        return _wrap_dt(out.value, self._dt)

    # -- shape ops ------------------------------------------------------
    def _shape_op(self, fn, shape, fname):
        """Calls a (tensor, int64 shape, ndim, out) export with torch-style shape arguments."""
        shape = _shape_args(shape, fname)
        n = len(shape)
        out = _VP()
        st = fn(self._h, _i64arr(shape) if n else None, n, out)
        if st:
            _raise(st)
        return _wrap_dt(out.value, self._dt)

    def reshape(self, *shape):
        return self._shape_op(_ng_reshape, shape, "reshape")

    def view(self, *shape):
        if len(shape) == 1 and isinstance(shape[0], _dtype_cls):
            raise RuntimeError("nativegrad: view(dtype) is not supported")
        return self._shape_op(_ng_view, shape, "view")

    def expand(self, *sizes):
        return self._shape_op(_ng_expand, sizes, "expand")

    def expand_as(self, other):
        if not isinstance(other, Tensor):
            raise _type_error_tensor("expand_as", "other", 1, other)
        return self.expand(other.shape)

    def unsqueeze(self, dim):
        out = _VP()
        st = _ng_unsqueeze(self._h, _dim32(dim, self, 1), out)
        if st:
            _raise(st)
        return _wrap_dt(out.value, self._dt)

    def squeeze(self, dim=None):
        if dim is None:
            r = self
            shape = self.shape
            for d in range(len(shape) - 1, -1, -1):
                if shape[d] == 1:
                    r = r.squeeze(d)
            return r if r is not self else self.view(shape)
        out = _VP()
        st = _ng_squeeze(self._h, _dim32(dim, self), out)
        if st:
            _raise(st)
        return _wrap_dt(out.value, self._dt)

    def view_as(self, other):
        if not isinstance(other, Tensor):
            raise _type_error_tensor("view_as", "other", 1, other)
        return self.view(other.shape)

    def reshape_as(self, other):
        if not isinstance(other, Tensor):
            raise _type_error_tensor("reshape_as", "other", 1, other)
        return self.reshape(other.shape)

    t = _unary(_ng_t, "t")

    def transpose(self, dim0, dim1):
        """A view with dims ``dim0`` and ``dim1`` swapped (``TransposeBackward0``)."""
        out = c_void_p()
        st = _ng_transpose(self._h, _i64(dim0), _i64(dim1), out)
        if st:
            _raise(st)
        return _wrap_dt(out.value, self._dt)

    swapaxes = swapdims = transpose

    @property
    def T(self):
        nd = self.dim()
        if nd <= 2:
            return self.t()
        return self.permute(*range(nd - 1, -1, -1))

    # -- reductions -------------------------------------------------------
    def sum(self, dim=None, keepdim=False, dtype=None):
        return _reduce(self, _ng_sum, _ng_sum_dim, dim, keepdim, dtype, True)

    def mean(self, dim=None, keepdim=False, dtype=None):
        return _reduce(self, _ng_mean, _ng_mean_dim, dim, keepdim, dtype, False)

    def norm(self, p="fro", dim=None, keepdim=False, dtype=None):
        if p is None or p == "fro":
            p = 2.0
        elif isinstance(p, str):
            raise RuntimeError("nativegrad: norm with p=%r is not supported" % p)
        if dim is None:
            dims, n = None, 0
        else:
            d = _dims_tuple(dim, "norm")
            n = len(d)
            dims = _i64arr(d)
        out = _VP()
        st = _ng_norm(self._h, p, dims, n, 1 if keepdim else 0, out)
        if st:
            _raise(st)
        r = _wrap_dt(out.value, self._dt if 0 <= self._dt <= _F64 else -1)
        if dtype is not None:
            r = _to_code(r, _parse_dtype(dtype))
        return r

    # -- math -------------------------------------------------------------
    abs = _unary(_L.ng_abs, "abs")
    __abs__ = abs
    neg = _unary(_L.ng_neg, "neg")
    negative = neg
    __neg__ = neg

    mm = _tensor_arg(_ng_mm, "mm", "mat2")
    matmul = _tensor_arg(_ng_matmul, "matmul", "other")
    dot = _tensor_arg(_ng_dot, "dot", "tensor")

    def __pos__(self):
        """``+self``: ``self`` itself, as PyTorch (torch.positive); an error for bool tensors."""
        if _dtcode(self) == _BOOL:
            raise RuntimeError("The `+` operator, on a bool tensor is not supported.")
        return self

    positive = __pos__

    def __rmatmul__(self, other):
        h1 = getattr(other, "_h", None)
        if h1 is None:
            return NotImplemented
        return other.__matmul__(self)

    def __matmul__(self, other):
        h2 = getattr(other, "_h", None)
        if h2 is None:
            return NotImplemented
        out = _VP()
        st = _ng_matmul(self._h, h2, out)
        if st:
            _raise(st)
        dt = self._dt
        return _wrap_dt(out.value, dt if (0 <= dt <= _F64 and dt == other._dt) else -1)

    __add__ = _binary(_L.ng_add, _L.ng_add_scalar, _ARITH, "__add__")
    __radd__ = _rscalar(_L.ng_add_scalar, _ARITH, "__radd__")
    __sub__ = _binary(_L.ng_sub, _L.ng_sub_scalar, _ARITH, "__sub__")
    __rsub__ = _rscalar(_L.ng_rsub_scalar, _ARITH, "__rsub__")
    __mul__ = _binary(_L.ng_mul, _L.ng_mul_scalar, _ARITH, "__mul__")
    __rmul__ = _rscalar(_L.ng_mul_scalar, _ARITH, "__rmul__")
    __truediv__ = _binary(_L.ng_div, _L.ng_div_scalar, _DIV, "__truediv__")
    __rtruediv__ = _rscalar(_L.ng_rdiv_scalar, _DIV, "__rtruediv__")
    __pow__ = _binary(_ng_pow, _ng_pow_scalar, _POW, "__pow__")
    __rpow__ = _rscalar(_ng_rpow_scalar, _RPOW, "__rpow__")
    _add = _method(__add__, "add")
    _sub = _method(__sub__, "sub")

    def add(self, other, *, alpha=1):
        """``self + alpha * other`` (a new tensor)."""
        return self._add(other if alpha == 1 else other * alpha)

    def sub(self, other, *, alpha=1):
        """``self - alpha * other`` (a new tensor)."""
        return self._sub(other if alpha == 1 else other * alpha)

    subtract = sub
    mul = multiply = _method(__mul__, "mul")
    _div = _method(__truediv__, "div")

    def div(self, other, *, rounding_mode=None):
        """``self / other``; rounded toward zero ("trunc") or down ("floor") when ``rounding_mode`` is given."""
        if rounding_mode is None:
            return self._div(other)
        from ._floordiv import divide_rounded
        return divide_rounded(self, other, rounding_mode)

    divide = div

    def true_divide(self, other):
        """``self / other`` (true division: integers give floats)."""
        return self._div(other)

    def floor_divide(self, other):
        """``self // other``: division rounded toward negative infinity."""
        from ._floordiv import divide_rounded
        return divide_rounded(self, other, "floor", "floor_divide")

    def __floordiv__(self, other):
        if not hasattr(other, "_h") and not isinstance(other, (int, float, bool)):
            return NotImplemented
        return self.floor_divide(other)

    def __rfloordiv__(self, other):
        if not isinstance(other, (int, float, bool)):
            return NotImplemented
        from ._floordiv import divide_rounded
        return divide_rounded(other, self, "floor", "floor_divide")
    pow = _method(__pow__, "pow")

    __eq__ = _compare(_L.ng_eq, "__eq__")
    __ne__ = _compare(_L.ng_ne, "__ne__")
    __lt__ = _compare(_L.ng_lt, "__lt__")
    __le__ = _compare(_L.ng_le, "__le__")
    __gt__ = _compare(_L.ng_gt, "__gt__")
    __ge__ = _compare(_L.ng_ge, "__ge__")
    eq = _method(__eq__, "eq")
    ne = _method(__ne__, "ne")
    lt = _method(__lt__, "lt")
    le = _method(__le__, "le")
    gt = _method(__gt__, "gt")
    ge = _method(__ge__, "ge")

    # -- factories on an existing tensor ----------------------------------
    def new(self, *args, **kwargs):
        """PyTorch's legacy constructor with this tensor's dtype: ``new(*sizes)`` (zero-filled), ``new(data)``,
        ``new(size)`` or ``new()`` (empty)."""
        from ._creation import _legacy_new
        return _legacy_new(_dtcode(self), args, dict(kwargs), "Tensor.new")

    def new_zeros(self, *size, dtype=None, layout=None, device=None, requires_grad=False, pin_memory=False):
        """Zeros of ``size`` with this tensor's dtype (unless given)."""
        from ._creation import zeros
        return zeros(*size, dtype=dtype or self.dtype, layout=layout, device=device, requires_grad=requires_grad,
                     pin_memory=pin_memory)

    def new_ones(self, *size, dtype=None, layout=None, device=None, requires_grad=False, pin_memory=False):
        """Ones of ``size`` with this tensor's dtype (unless given)."""
        from ._creation import ones
        return ones(*size, dtype=dtype or self.dtype, layout=layout, device=device, requires_grad=requires_grad,
                    pin_memory=pin_memory)

    def new_empty(self, *size, dtype=None, layout=None, device=None, requires_grad=False, pin_memory=False):
        """A (zero-filled) tensor of ``size`` with this tensor's dtype (unless given)."""
        from ._creation import empty
        return empty(*size, dtype=dtype or self.dtype, layout=layout, device=device, requires_grad=requires_grad,
                     pin_memory=pin_memory)

    def new_full(self, size, fill_value, dtype=None, layout=None, device=None, requires_grad=False, pin_memory=False):
        """``size`` filled with ``fill_value``, with this tensor's dtype (unless given)."""
        from ._creation import full
        if pin_memory:
            raise RuntimeError("new_full(): pin_memory=True needs a GPU; NativeGrad has none")
        return full(size, fill_value, dtype=dtype or self.dtype, layout=layout, device=device,
                    requires_grad=requires_grad)

    def new_tensor(self, data, dtype=None, device=None, requires_grad=False, layout=None, pin_memory=False):
        """A copy of ``data`` with this tensor's dtype (unless given)."""
        from ._creation import tensor
        from ._strict import check_layout
        check_layout("new_tensor", layout)
        return tensor(data, dtype=dtype or self.dtype, device=device, requires_grad=requires_grad,
                      pin_memory=pin_memory)


Tensor.__module__ = "nativegrad"

from . import _indexing  # noqa: E402  (needs Tensor defined)
Tensor.__getitem__ = _indexing.getitem
_indexing._wrap_dt = _wrap_dt
Tensor.__setitem__ = _indexing.setitem
Tensor.__iter__ = _indexing.iterate
Tensor.permute = _indexing.permute
Tensor.index_put_ = _indexing.index_put_
Tensor.index_put = _indexing.index_put_method
from . import _inplace  # noqa: E402
_inplace.install(Tensor)

_LEGACY_TYPE_NAMES = ["torch.FloatTensor", "torch.DoubleTensor", "torch.LongTensor", "torch.BoolTensor"]


def _wrap_dim(dim, nd):
    dim = _i64(dim)
    if nd == 0:
        if dim in (0, -1):
            return 0
        raise IndexError("Dimension specified as %d but tensor has no dimensions" % dim)
    if dim < -nd or dim >= nd:
        raise IndexError("Dimension out of range (expected to be in range of [%d, %d], but got %d)"
                         % (-nd, nd - 1, dim))
    return dim + nd if dim < 0 else dim


def _reduce(self, fn_all, fn_dim, dim, keepdim, dtype, is_sum):
    # dtype= converts the input before reducing, as PyTorch does (a float32 tensor summed with
    # dtype=float64 accumulates in float64, not rounded to float32 first)
    if dtype is not None:
        code = _parse_dtype(dtype)
        if code != self._dt:
            self = _to_code(self, code)
    out = _VP()
    if dim is None and not keepdim:
        st = fn_all(self._h, out)
    else:
        d = tuple(range(self.dim())) if dim is None else _dims_tuple(dim, "sum" if is_sum else "mean")
        n = len(d)
        st = fn_dim(self._h, _i64arr(d) if n else None, n, 1 if keepdim else 0, out)
    if st:
        _raise(st)
    dt = self._dt
    return _wrap_dt(out.value, dt if 0 <= dt <= _F64 else -1)


def _copy_bytes(t, nbytes):
    buf = bytearray(nbytes)
    if nbytes:
        cbuf = (c_char * nbytes).from_buffer(buf)
        st = _ng_tensor_copy_to(t._h, addressof(cbuf), nbytes)
        del cbuf
        if st:
            _raise(st)
    return bytes(buf)


def _copy_flat(t, n):
    dt = _dtcode(t)
    d = _BY_CODE[dt]
    if n == 0:
        return []
    buf = array(d._typecode, bytes(n * d.itemsize))
    st = _ng_tensor_copy_to(t._h, buf.buffer_info()[0], n * d.itemsize)
    if st:
        _raise(st)
    flat = buf.tolist()
    if dt == _BOOL:
        flat = [v != 0 for v in flat]
    return flat


def _nest(flat, shape):
    nd = len(shape)
    if nd == 0:
        return flat[0]
    if nd == 1:
        return flat
    if 0 in shape:
        def build(dims):
            if len(dims) == 1:
                return []
            return [build(dims[1:]) for _ in range(dims[0])]
        return build(tuple(shape))
    for d in reversed(shape[1:]):
        flat = [flat[i:i + d] for i in range(0, len(flat), d)]
    return flat


_NP_NAMES = ["float32", "float64", "int64", "bool"]


def _to_ndarray(t, np):
    shape = tuple(t.shape)
    dt = _dtcode(t)
    a = np.empty(shape, dtype=_NP_NAMES[dt])
    if a.nbytes:
        st = _ng_tensor_copy_to(t._h, a.ctypes.data, a.nbytes)
        if st:
            _raise(st)
    return a


def _rebuild_tensor(raw, code, shape, requires_grad):
    from ._creation import _from_raw
    t = _from_raw(raw, code, shape)
    if requires_grad:
        t.requires_grad_(True)
    return t


def _no_grad_ctx():
    from .autograd.grad_mode import no_grad
    return no_grad()


# ---------------------------------------------------------------- graph nodes

class Node(object):
    """An autograd graph node (``Tensor.grad_fn``). Its class is named after the node:
    ``type(y.grad_fn).__name__ == 'MulBackward0'``."""

    __slots__ = ("_h", "__weakref__")

    def name(self):
        """The node's name; PyTorch's nodes written in C++ rather than generated report their C++
        name (``torch::autograd::AccumulateGrad``), and so do these."""
        n = type(self).__name__
        return "torch::autograd::" + n if n in _CPP_NODE_NAMES else n

    @property
    def next_functions(self):
        """``((node, input_nr), ...)``: the nodes this one passes gradients to (None for inputs that
        need none), as PyTorch's."""
        h = self._h
        v = _I32()
        st = _ng_node_num_next(h, v)
        if st:
            _raise(st)
        res = []
        for i in range(v.value):
            nh = _VP()
            nr = _I32()
            st = _ng_node_next(h, i, nh, nr)
            if st:
                _raise(st)
            res.append((None if nh.value is None else _wrap_node(nh.value), nr.value))
        return tuple(res)

    def __repr__(self):
        cls = type(self)
        name = cls.__name__ if cls.__module__ == "builtins" else cls.__module__ + "." + cls.__name__
        return "<%s object at %#x>" % (name, id(self))

    def __del__(self, _free=_ng_node_free, _fin=_is_finalizing):
        try:
            h = self._h
        except AttributeError:
            return
        if h and not _fin():
            _free(h)


Node.__module__ = "nativegrad.autograd.graph"
_CPP_NODE_NAMES = frozenset(["AccumulateGrad", "CopySlices", "CopyBackwards", "GraphRoot", "Error", "DelayedError"])

_node_classes = {}
_node_cache = weakref.WeakValueDictionary()
# Names of custom-function nodes (autograd.Function): PyTorch puts their classes in
# torch.autograd.function, e.g. <class 'torch.autograd.function.MyPowBackward'>.
_custom_node_names = set()
_custom_node_base = [None]   # set by autograd.function: the base class of custom-function nodes


def _node_class(name):
    cls = _node_classes.get(name)
    if cls is None:
        custom = name in _custom_node_names and _custom_node_base[0] is not None
        cls = type(name, (_custom_node_base[0] if custom else Node,), {"__slots__": ()})
        # repr(type(node)) == "<class 'MulBackward0'>" as in PyTorch
        cls.__module__ = "nativegrad.autograd.function" if name in _custom_node_names else "builtins"
        cls.__qualname__ = name
        _node_classes[name] = cls
    return cls


def _wrap_node(h):
    v = _I64()
    st = _ng_node_id(h, v)
    if st:
        _ng_node_free(h)
        _raise(st)
    nid = v.value
    node = _node_cache.get(nid)
    if node is not None:
        _ng_node_free(h)
        return node
    p = _VP()
    st = _ng_node_name(h, p)
    if st:
        _ng_node_free(h)
        _raise(st)
    node = _new(_node_class(_take_string(p)))
    node._h = h
    _node_cache[nid] = node
    return node
