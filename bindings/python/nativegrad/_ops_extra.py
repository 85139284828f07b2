"""Hand-written dispatchers and composites of the issue-10 ops, where one PyTorch name covers
several declared ops or where PyTorch composes other ops: ``prod`` (all or one dim),
``masked_fill(_)`` (number or tensor value), ``split`` (a size or a list of sizes), ``chunk``,
``nonzero(as_tuple=)``, ``where`` (one, or three arguments of which two may be numbers), the
predicates ``isnan/isinf/isfinite`` and ``allclose``, and ``flatten``, ``unflatten``, ``tile``,
``mT``/``mH``. The declared ops themselves are in ``_ops_gen.py`` (generated)."""

import builtins
import operator
from ctypes import c_int32, c_void_p

from . import _args as _a, _ops_gen as _g, _strict
from ._native import lib as _L, raise_status as _raise
from ._ops import where as _where3
from ._tensor import Tensor, _default_code, _dims_tuple, _i64arr, _scalar_tensor, _wrap, _wrap_dim, _I64C, _BOOL

__all__ = ["cumsum", "cumprod", "sort", "argsort", "prod", "masked_fill", "split", "split_with_sizes", "chunk", "nonzero", "where",
           "isnan", "isinf", "isfinite", "allclose", "flatten", "unflatten", "tile", "square",
           "amax", "amin"]

_VP = c_void_p
_index = operator.index


def _out(st, out):
    if st:
        _raise(st)
    return _wrap(out.value)


def _dtype_arg(dtype, fname):
    return _a.dtype_code(dtype, fname)


# ---------------------------------------------------------------- cumsum / cumprod / sort / argsort
# (declared ops whose module functions are written here: the generated ones would pass the
# keyword-only arguments positionally)

def cumsum(input, dim, *, dtype=None, out=None):
    """``torch.cumsum``: see ``Tensor.cumsum``."""
    _a.tensor(input, "cumsum", "input", 1)
    r = _g._m_cumsum(input, dim, dtype=dtype)
    return r if out is None else _strict.write_out(r, out, "cumsum", (input,))


def cumprod(input, dim, *, dtype=None, out=None):
    """``torch.cumprod``: see ``Tensor.cumprod``."""
    _a.tensor(input, "cumprod", "input", 1)
    r = _g._m_cumprod(input, dim, dtype=dtype)
    return r if out is None else _strict.write_out(r, out, "cumprod", (input,))


def sort(input, dim=-1, descending=False, *, stable=False):
    """``torch.sort``: see ``Tensor.sort``."""
    _a.tensor(input, "sort", "input", 1)
    return _g._m_sort(input, dim, descending, stable=stable)


def argsort(input, dim=-1, descending=False, *, stable=False):
    """``torch.argsort``: see ``Tensor.argsort``."""
    _a.tensor(input, "argsort", "input", 1)
    return _g._m_argsort(input, dim, descending, stable=stable)


# ---------------------------------------------------------------- prod

def _prod(self, dim=None, keepdim=False, *, dtype=None):
    """The product of all elements (``ProdBackward0``), or over ``dim`` (``ProdBackward1``);
    integral and bool inputs multiply in int64 unless ``dtype`` is given."""
    out = _VP()
    code = _dtype_arg(dtype, "prod")
    if dim is None:
        if keepdim:
            raise TypeError("prod() received an invalid combination of arguments - got (keepdim=bool), "
                            "but expected (*, dtype) or (int dim, bool keepdim=False, *, dtype)")
        return _out(_L.ng_prod(self._h, code, out), out)
    if isinstance(dim, (list, tuple)):
        raise TypeError("prod(): argument 'dim' must be int, not %s" % type(dim).__name__)
    return _out(_L.ng_prod_dim_int(self._h, _a.integer(dim, "prod", "dim"), 1 if keepdim else 0, code, out), out)


def prod(input, dim=None, keepdim=False, *, dtype=None):
    """``torch.prod``: see ``Tensor.prod``."""
    _a.tensor(input, "prod", "input", 1)
    return _prod(input, dim, keepdim, dtype=dtype)


# ---------------------------------------------------------------- masked_fill

def _masked_fill(self, mask, value):
    """A copy with ``value`` (a number, or a 0-dim tensor: ``MaskedFillBackward1``) where the bool
    ``mask`` is True; self and mask broadcast together (``MaskedFillBackward0``)."""
    if not isinstance(value, Tensor):
        return _g._m_masked_fill(self, mask, value)
    out = _VP()
    st = _L.ng_masked_fill_tensor(self._h, _a.tensor(mask, "masked_fill", "mask", 1), value._h, out)
    return _out(st, out)


def _masked_fill_(self, mask, value):
    """In-place masked_fill: ``mask`` broadcasts to self's shape."""
    m = _a.tensor(mask, "masked_fill_", "mask", 1)
    if isinstance(value, Tensor):
        st = _L.ng_masked_fill_tensor_(self._h, m, value._h)
    else:
        st = _L.ng_masked_fill_(self._h, m, _a.number(value, "masked_fill_", "value"))
    if st:
        _raise(st)
    return self


def masked_fill(input, mask, value):
    """``torch.masked_fill``: see ``Tensor.masked_fill``."""
    _a.tensor(input, "masked_fill", "input", 1)
    return _masked_fill(input, mask, value)


# ---------------------------------------------------------------- split / chunk

def _list_call(fn, cap, *args):
    arr = (_VP * builtins.max(cap, 1))()
    n = c_int32()
    st = fn(*args, arr, builtins.max(cap, 1), n)
    if st:
        _raise(st)
    return tuple([_wrap(arr[i]) for i in range(n.value)])


def _split_with_sizes(self, split_sizes, dim=0):
    """Views of ``split_sizes[i]`` elements along ``dim`` (``SplitWithSizesBackward0``)."""
    sizes, n = _a.int_list(split_sizes, "split_with_sizes", "split_sizes")
    return _list_call(_L.ng_split_with_sizes, n, self._h, sizes, n, _a.integer(dim, "split_with_sizes", "dim"))


def _split(self, split_size, dim=0):
    """Views of ``split_size`` elements along ``dim``, the last one shorter (``SplitBackward0``),
    or of the sizes in a list (``SplitWithSizesBackward0``)."""
    if isinstance(split_size, (list, tuple)):
        return _split_with_sizes(self, split_size, dim)
    return _g._m_split(self, split_size, dim)


def split(tensor, split_size_or_sections, dim=0):
    """``torch.split``: see ``Tensor.split``."""
    _a.tensor(tensor, "split", "tensor", 1)
    return _split(tensor, split_size_or_sections, dim)


def split_with_sizes(input, split_sizes, dim=0):
    """``torch.split_with_sizes``: see ``Tensor.split_with_sizes``."""
    _a.tensor(input, "split_with_sizes", "input", 1)
    return _split_with_sizes(input, split_sizes, dim)


def _chunk(self, chunks, dim=0):
    """At most ``chunks`` views of ceil(size / chunks) elements along ``dim`` (recorded as
    ``split``, as PyTorch does: ``SplitBackward0``)."""
    chunks = _a.integer(chunks, "chunk", "chunks")
    dim = _a.integer(dim, "chunk", "dim")
    shape = self.shape
    # room for every piece: chunks of an empty dim all exist, otherwise at most size of them (a bad
    # dim fails in the library: one slot is enough)
    if -len(shape) <= dim < len(shape):
        size = shape[dim]
        cap = chunks if size == 0 else builtins.min(chunks, size)
    else:
        cap = 1
    return _list_call(_L.ng_chunk, builtins.max(cap, 1), self._h, chunks, dim)


def chunk(input, chunks, dim=0):
    """``torch.chunk``: see ``Tensor.chunk``."""
    _a.tensor(input, "chunk", "input", 1)
    return _chunk(input, chunks, dim)


# ---------------------------------------------------------------- nonzero / where

def _nonzero(self, *, as_tuple=False):
    """The indices of the non-zero elements: an int64 [n, ndim] tensor, or with ``as_tuple`` one
    index vector per dim (``x[x.nonzero(as_tuple=True)]`` selects them)."""
    rows = _g._m_nonzero(self)
    if not as_tuple:
        return rows
    if self.dim() == 0:
        return _g._m_nonzero(self.unsqueeze(0)).unbind(1)
    return rows.unbind(1)


def nonzero(input, *, as_tuple=False):
    """``torch.nonzero``: see ``Tensor.nonzero``."""
    _a.tensor(input, "nonzero", "input", 1)
    return _nonzero(input, as_tuple=as_tuple)


def _wrapped_number(v):
    """A Python number as PyTorch wraps it: bool, int64, or the default floating dtype (0-dim, so
    that it ranks below dimensioned tensors in type promotion)."""
    if isinstance(v, bool):
        return _scalar_tensor(1 if v else 0, _BOOL)
    if isinstance(v, int):
        return _scalar_tensor(v, _I64C)
    if isinstance(v, float):
        return _scalar_tensor(v, _default_code())
    return v


def where(condition, input=None, other=None):
    """``where(condition)``: ``nonzero(condition, as_tuple=True)``; ``where(condition, input, other)``:
    ``input`` where ``condition`` is True, else ``other`` (either may be a Python number)."""
    if input is None and other is None:
        _a.tensor(condition, "where", "condition", 1)
        return _nonzero(condition, as_tuple=True)
    if input is None or other is None:
        raise TypeError("where() received an invalid combination of arguments - expected (Tensor condition) "
                        "or (Tensor condition, Tensor input, Tensor other)")
    return _where3(condition, _wrapped_number(input), _wrapped_number(other))


def _where_method(self, condition, y):
    """``self`` where ``condition`` is True, else ``y`` (a tensor or a number)."""
    return _where3(condition, self, _wrapped_number(y))


# ---------------------------------------------------------------- predicates

def _predicate(method, name):
    def f(input):
        _a.tensor(input, name, "input", 1)
        return method(input)
    f.__name__ = f.__qualname__ = name
    f.__doc__ = method.__doc__
    return f


isnan = _predicate(_g._m_isnan, "isnan")
isinf = _predicate(_g._m_isinf, "isinf")
isfinite = _predicate(_g._m_isfinite, "isfinite")


def _allclose(self, other, rtol=1e-05, atol=1e-08, equal_nan=False):
    """True when ``isclose`` holds for every element (a Python bool)."""
    return bool(_g._m_isclose(self, other, rtol, atol, equal_nan).all())


def allclose(input, other, rtol=1e-05, atol=1e-08, equal_nan=False):
    """``torch.allclose``: see ``Tensor.allclose``."""
    _a.tensor(input, "allclose", "input", 1)
    return _allclose(input, other, rtol, atol, equal_nan)


# ---------------------------------------------------------------- flatten / unflatten / tile / mT

def _flatten(self, start_dim=0, end_dim=-1):
    """Dims ``start_dim..end_dim`` merged into one (a reshape; self itself when they are one dim)."""
    nd = self.dim()
    s = _wrap_dim(start_dim, nd)
    e = _wrap_dim(end_dim, nd)
    if s > e:
        raise RuntimeError("flatten() has invalid args: start_dim cannot come after end_dim")
    if nd == 0:
        return self.reshape(1)
    if s == e:
        return self
    shape = tuple(self.shape)
    merged = 1
    for v in shape[s:e + 1]:
        merged *= v
    return self.reshape(shape[:s] + (merged,) + shape[e + 1:])


def flatten(input, start_dim=0, end_dim=-1):
    """``torch.flatten``: see ``Tensor.flatten``."""
    _a.tensor(input, "flatten", "input", 1)
    return _flatten(input, start_dim, end_dim)


def _unflatten(self, dim, sizes):
    """Dim ``dim`` expanded into ``sizes`` (one may be -1): a view (``ViewBackward0``)."""
    shape = tuple(self.shape)
    d = _wrap_dim(dim, len(shape))
    sizes = tuple(_index(v) for v in sizes)
    if len(sizes) == 0:
        raise RuntimeError("unflatten: sizes must be non-empty")
    known = 1
    infer = [i for i, v in enumerate(sizes) if v == -1]
    for v in sizes:
        if v != -1:
            known *= v
    if len(infer) > 1:
        raise RuntimeError("only one dimension can be inferred")
    if infer and known != 0 and shape[d] % known == 0:
        sizes = sizes[:infer[0]] + (shape[d] // known,) + sizes[infer[0] + 1:]
    elif infer or known != shape[d]:
        raise RuntimeError("unflatten: Provided sizes %s don't multiply up to the size of dim %d (%d) in the input tensor"
                           % (list(sizes), d, shape[d]))
    return self.view(shape[:d] + sizes + shape[d + 1:])


def unflatten(input, dim, sizes):
    """``torch.unflatten``: see ``Tensor.unflatten``."""
    _a.tensor(input, "unflatten", "input", 1)
    return _unflatten(input, dim, sizes)


def _tile_dims(dims, fname):
    if len(dims) == 1 and not isinstance(dims[0], int):
        dims = dims[0]
    return tuple(_a.integer(v, fname, "dims") for v in dims)


def _tile(self, *dims):
    """``repeat`` with ``dims`` padded by leading 1s to self's rank (``RepeatBackward0``)."""
    dims = _tile_dims(dims, "tile")
    nd = self.dim()
    if len(dims) < nd:
        dims = (1,) * (nd - len(dims)) + dims
    return self.repeat(dims)


def tile(input, dims):
    """``torch.tile``: see ``Tensor.tile``."""
    _a.tensor(input, "tile", "input", 1)
    return _tile(input, dims)


def _matrix_transpose(name):
    def get(self):
        nd = self.dim()
        if nd < 2:
            raise RuntimeError("tensor.%s is only supported on matrices or batches of matrices. Got %d-D tensor."
                               % (name, nd))
        return self.transpose(-2, -1)
    get.__name__ = name
    get.__doc__ = "The last two dims swapped (a view, ``TransposeBackward0``)%s." % (
        "; the conjugate transpose, which is the same for real tensors" if name == "mH" else "")
    return property(get)


def _square(self):
    """``self ** 2`` (``PowBackward0``, as ``torch.square``)."""
    return self.pow(2)


def square(input, *, out=None):
    """``input ** 2`` (``PowBackward0``, as ``torch.square``)."""
    from . import _strict
    r = input.pow(2)
    return r if out is None else _strict.write_out(r, out, "square", (input,))


# ---------------------------------------------------------------- Tensor methods

Tensor.prod = _prod
Tensor.masked_fill = _masked_fill
Tensor.masked_fill_ = _masked_fill_
Tensor.split = _split
Tensor.split_with_sizes = _split_with_sizes
Tensor.chunk = _chunk
Tensor.nonzero = _nonzero
Tensor.where = _where_method
Tensor.allclose = _allclose
Tensor.flatten = _flatten
Tensor.unflatten = _unflatten
Tensor.tile = _tile
Tensor.mT = _matrix_transpose("mT")
Tensor.mH = _matrix_transpose("mH")
Tensor.square = _square


# ---------------------------------------------------------------- multi-tensor in-place ops, amax/amin

def _inplace3(fn, name):
    def op(self, tensor1, tensor2, *, value=1):
        st = fn(self._h, _a.tensor(tensor1, name, "tensor1", 1), _a.tensor(tensor2, name, "tensor2", 2),
                _a.number(value, name, "value"))
        if st:
            _raise(st)
        return self
    op.__name__ = op.__qualname__ = name
    op.__doc__ = "In-place %s: self is overwritten with the result, recorded as PyTorch records it." % name[:-1]
    return op


def _lerp_(self, end, weight):
    """In-place lerp: ``self += weight * (end - self)`` (a number weight)."""
    st = _L.ng_lerp_(self._h, _a.tensor(end, "lerp_", "end", 1), _a.number(weight, "lerp_", "weight"))
    if st:
        _raise(st)
    return self


def _extreme(fn, name):
    def op(self, dim=(), keepdim=False):
        d = _dims_tuple(dim, name) if dim != () else ()
        out = _VP()
        st = fn(self._h, _i64arr(d) if d else None, len(d), 1 if keepdim else 0, out)
        return _out(st, out)
    op.__name__ = op.__qualname__ = name
    op.__doc__ = ("The %s over ``dim`` (an int or a tuple; all dims when empty); ties share the gradient evenly "
                  "(%sBackward0)." % ("maximum" if name == "amax" else "minimum", name.capitalize()))
    return op


_amax = _extreme(_L.ng_amax, "amax")
_amin = _extreme(_L.ng_amin, "amin")


def amax(input, dim=(), keepdim=False):
    """The maximum over ``dim`` (all dims when empty); ties share the gradient evenly (AmaxBackward0)."""
    _a.tensor(input, "amax", "input", 1)
    return _amax(input, dim, keepdim)


def amin(input, dim=(), keepdim=False):
    """The minimum over ``dim`` (all dims when empty); ties share the gradient evenly (AminBackward0)."""
    _a.tensor(input, "amin", "input", 1)
    return _amin(input, dim, keepdim)


Tensor.addcmul_ = _inplace3(_L.ng_addcmul_, "addcmul_")
Tensor.addcdiv_ = _inplace3(_L.ng_addcdiv_, "addcdiv_")
Tensor.lerp_ = _lerp_
Tensor.amax = _amax
Tensor.amin = _amin
