"""Functions PyTorch itself implements as a composition of other ops. The same composition here gives
the same values and the same grad_fn (outer: MulBackward0, broadcast_to/meshgrid: ExpandBackward0,
movedim: PermuteBackward0, diff: SubBackward0, hstack/vstack: CatBackward0, take_along_dim:
GatherBackward0, rot90: FlipBackward0/TransposeBackward0), plus the non-differentiable helpers
tutorials use (bincount, count_nonzero, argwhere, logical ops, finfo/iinfo)."""

import builtins

from . import _args as _a, _dtype, _ops
from ._tensor import Tensor

__all__ = ["outer", "ger", "broadcast_to", "movedim", "moveaxis", "meshgrid", "count_nonzero", "argwhere", "diff",
           "bincount", "logical_and", "logical_or", "logical_xor", "logical_not", "hstack", "vstack", "dstack",
           "column_stack", "take_along_dim", "empty_like", "finfo", "iinfo", "round"]

# ---------------------------------------------------------------- compositions with PyTorch's nodes
# Functions PyTorch itself implements as a composition of other ops: the same composition here gives
# the same values and the same grad_fn (outer: MulBackward0, broadcast_to/meshgrid: ExpandBackward0,
# movedim: PermuteBackward0, diff: SubBackward0).

def outer(input, vec2):
    """Outer product of two 1-D tensors, ``input[:, None] * vec2`` (``MulBackward0``)."""
    for name, t in (("input", input), ("vec2", vec2)):
        if not isinstance(t, Tensor):
            raise TypeError("outer(): argument '%s' must be Tensor, not %s" % (name, type(t).__name__))
    if input.dim() != 1 or vec2.dim() != 1:
        raise RuntimeError("outer: Expected 1-D argument self, but got %d-D" % input.dim() if input.dim() != 1
                           else "outer: Expected 1-D argument vec2, but got %d-D" % vec2.dim())
    return input.reshape(-1, 1) * vec2


ger = outer


def broadcast_to(input, size):
    """``input.expand(size)`` (a view, ``ExpandBackward0``)."""
    return input.expand(*size) if not isinstance(size, int) else input.expand(size)


def _movedim(self, source, destination):
    """The dims ``source`` moved to ``destination`` (a view, ``PermuteBackward0``)."""
    nd = self.dim()
    src = [source] if isinstance(source, int) else list(source)
    dst = [destination] if isinstance(destination, int) else list(destination)
    if len(src) != len(dst):
        raise RuntimeError("movedim: Invalid source or destination dims: source (%s dims) should contain the same "
                           "number of dims as destination (%s dims)" % (src, dst))
    wrap = lambda d: d + nd if d < 0 else d  # noqa: E731
    for d in src + dst:
        if not -max(nd, 1) <= d < max(nd, 1):
            raise IndexError("Dimension out of range (expected to be in range of [%d, %d], but got %d)"
                             % (-max(nd, 1), max(nd, 1) - 1, d))
    src, dst = [wrap(d) for d in src], [wrap(d) for d in dst]
    if len(set(src)) != len(src):
        raise RuntimeError("movedim: repeated dim in `source` (%s)" % list(source if not isinstance(source, int) else [source]))
    if len(set(dst)) != len(dst):
        raise RuntimeError("movedim: repeated dim in `destination` (%s)"
                           % list(destination if not isinstance(destination, int) else [destination]))
    order = [None] * nd
    for s, d in zip(src, dst):
        order[d] = s
    rest = iter(d for d in range(nd) if d not in src)
    order = [o if o is not None else next(rest) for o in order]
    return self.permute(*order)


def movedim(input, source, destination):
    """``input`` with the dims ``source`` moved to ``destination`` (a view, ``PermuteBackward0``)."""
    return _movedim(input, source, destination)


moveaxis = movedim


def meshgrid(*tensors, indexing=None):
    """Coordinate grids of 0-D/1-D tensors (views, ``ExpandBackward0``); ``indexing`` 'ij' (the default,
    with PyTorch's warning when it is not given) or 'xy' (the first two dims swapped)."""
    if len(tensors) == 1 and isinstance(tensors[0], (list, tuple)):
        tensors = tuple(tensors[0])
    if indexing is None:
        import warnings
        warnings.warn("torch.meshgrid: in an upcoming release, it will be required to pass the indexing argument.",
                      UserWarning, stacklevel=2)
        indexing = "ij"
    if indexing not in ("ij", "xy"):
        raise RuntimeError('torch.meshgrid: indexing must be one of "xy" or "ij", but received: %s' % indexing)
    if not tensors:
        raise RuntimeError("torch.meshgrid: Expected at least one tensor")
    for t in tensors:
        if not isinstance(t, Tensor):
            raise TypeError("meshgrid(): expected Tensor as element of the tensor list, but got %s" % type(t).__name__)
        if t.dim() > 1:
            raise RuntimeError("torch.meshgrid: Expected 0D or 1D tensor in the tensor list but got: %s" % (t,))
    ts = list(tensors)
    swap = indexing == "xy" and len(ts) >= 2
    if swap:
        ts[0], ts[1] = ts[1], ts[0]
    shape = [t.numel() for t in ts]
    grids = []
    for i, t in enumerate(ts):
        view = [1] * len(ts)
        view[i] = -1
        grids.append(t.reshape(view).expand(*shape))
    if swap:
        grids[0], grids[1] = grids[1], grids[0]
    return tuple(grids)


def _count_nonzero(self, dim=None):
    """The number of non-zero elements (over ``dim`` when given), as an int64 tensor."""
    nz = self != 0
    if dim is None:
        return nz.sum()
    return nz.sum(dim)


def count_nonzero(input, dim=None):
    """The number of non-zero elements (over ``dim`` when given), as an int64 tensor."""
    return _count_nonzero(input, dim)


def _argwhere(self):
    """Indices of the non-zero elements, one row each."""
    return self.nonzero()


def argwhere(input):
    """Indices of the non-zero elements, one row each (``nonzero()``)."""
    return input.nonzero()


def _diff(self, n=1, dim=-1, prepend=None, append=None):
    """The n-th forward difference along ``dim`` (``SubBackward0``)."""
    if n < 0:
        raise RuntimeError("order must be non-negative but got %d" % n)
    if self.dim() == 0:
        raise RuntimeError("diff expects input to be at least one-dimensional")
    parts = [t for t in (prepend, self, append) if t is not None]
    x = _ops.cat(parts, dim) if len(parts) > 1 else self
    for _ in range(n):
        length = x.shape[dim]
        if length == 0:
            break
        hi, lo = x.narrow(dim, 1, length - 1), x.narrow(dim, 0, length - 1)
        x = (hi != lo) if x.dtype == _dtype.bool_ else hi - lo
    return x


def diff(input, n=1, dim=-1, prepend=None, append=None):
    """The n-th forward difference along ``dim`` (``prepend``/``append`` joined first; ``SubBackward0``)."""
    return _diff(input, n, dim, prepend, append)


def bincount(input, weights=None, minlength=0):
    """Counts of each value of a 1-D non-negative int64 tensor (length ``max + 1``, at least ``minlength``);
    with ``weights``, the sum of the weights of each value (in the weights' floating dtype)."""
    import nativegrad as _ng
    _a.tensor(input, "bincount", "input", 1)
    minlength = _a.integer(minlength, "bincount", "minlength")
    if minlength < 0:
        raise RuntimeError("minlength should be >= 0")
    if input.dtype.is_floating_point:
        raise RuntimeError('"bincount_cpu" not implemented for \'%s\'' % ("Float" if input.dtype == _dtype.float32 else "Double"))
    if input.dim() != 1 or (input.numel() and input.min().item() < 0):
        raise RuntimeError("bincount only supports 1-d non-negative integral inputs.")
    if weights is not None:
        _a.tensor(weights, "bincount", "weights", 2)
        if weights.dim() != 1 or weights.shape[0] != input.shape[0]:
            raise RuntimeError("weights should be 1-d and have the same length as input")
    n = builtins.max(int(input.max().item()) + 1 if input.numel() else 0, minlength)
    idx = input.to(_dtype.int64)
    with _ng.no_grad():
        if weights is None:
            return _ng.zeros(n, dtype=_dtype.int64).index_add(0, idx, _ng.ones_like(idx))
        dt = weights.dtype if weights.dtype.is_floating_point else _dtype.float64
        return _ng.zeros(n, dtype=dt).index_add(0, idx, weights.detach().to(dt))


def _bincount(self, weights=None, minlength=0):
    """Counts of each value (``torch.bincount``)."""
    return bincount(self, weights, minlength)


Tensor.movedim = _movedim
Tensor.moveaxis = _movedim
Tensor.count_nonzero = _count_nonzero
Tensor.argwhere = _argwhere
Tensor.diff = _diff
Tensor.outer = outer
Tensor.ger = outer
Tensor.broadcast_to = broadcast_to
Tensor.bincount = _bincount




# ---------------------------------------------------------------- logical ops (bool results)

def _nz(x, fname, argname, pos):
    if not isinstance(x, Tensor):
        raise TypeError("%s(): argument '%s' (position %d) must be Tensor, not %s" % (fname, argname, pos, type(x).__name__))
    return x if x.dtype == _dtype.bool_ else x != 0


def logical_and(input, other):
    """Elementwise ``input and other`` (non-zero is true), broadcast, as a bool tensor."""
    a, b = _nz(input, "logical_and", "input", 1), _nz(other, "logical_and", "other", 2)
    return (a.to(_dtype.int64) * b.to(_dtype.int64)) != 0


def logical_or(input, other):
    """Elementwise ``input or other`` (non-zero is true), broadcast, as a bool tensor."""
    a, b = _nz(input, "logical_or", "input", 1), _nz(other, "logical_or", "other", 2)
    return (a.to(_dtype.int64) + b.to(_dtype.int64)) != 0


def logical_xor(input, other):
    """Elementwise ``input xor other`` (non-zero is true), broadcast, as a bool tensor."""
    return _nz(input, "logical_xor", "input", 1) != _nz(other, "logical_xor", "other", 2)


def logical_not(input):
    """Elementwise ``not input`` (zero is false), as a bool tensor."""
    _nz(input, "logical_not", "input", 1)
    return input == 0 if input.dtype != _dtype.bool_ else input == False  # noqa: E712


def _bool_operator(name, fn):
    """``&``, ``|``, ``^`` of bool tensors (and Python bools), as PyTorch's logical forms of them; the
    bitwise forms on int64 are not supported yet and say so."""
    def op(self, other):
        from ._tensor import _scalar_tensor  # noqa: F401  (import cycle: resolved at call time)
        if isinstance(other, builtins.bool):
            import nativegrad as _ng
            other = _ng.tensor(other)
        if not isinstance(other, Tensor):
            return NotImplemented
        if self.dtype != _dtype.bool_ or other.dtype != _dtype.bool_:
            raise RuntimeError("%s: bitwise operations on %s and %s tensors are not supported by NativeGrad yet "
                               "(only bool tensors)" % (name, self.dtype, other.dtype))
        return fn(self, other)
    op.__name__ = op.__qualname__ = name
    op.__doc__ = "``%s`` of bool tensors (logical)." % {"__and__": "&", "__or__": "|", "__xor__": "^"}.get(name, name)
    return op


def _invert(self):
    """``~self`` of a bool tensor (logical not); int64 bitwise not is not supported yet."""
    if self.dtype != _dtype.bool_:
        raise RuntimeError("__invert__: bitwise not of %s tensors is not supported by NativeGrad yet (only bool tensors)"
                           % self.dtype)
    return logical_not(self)


# ---------------------------------------------------------------- stacking helpers (CatBackward0)

def _tensor_list(tensors, fname):
    if isinstance(tensors, Tensor) or not isinstance(tensors, (list, tuple)):
        raise TypeError("%s(): argument 'tensors' (position 1) must be tuple of Tensors, not %s" % (fname, type(tensors).__name__))
    for t in tensors:
        if not isinstance(t, Tensor):
            raise TypeError("expected Tensor as element 0 in argument 0, but got %s" % type(t).__name__)
    return list(tensors)


def hstack(tensors):
    """Tensors joined column-wise: along dim 0 for 1-D inputs, else dim 1 (``CatBackward0``)."""
    ts = [t if t.dim() > 0 else t.reshape(1) for t in _tensor_list(tensors, "hstack")]
    return _ops.cat(ts, 0 if ts and ts[0].dim() == 1 else 1)


def vstack(tensors):
    """Tensors joined row-wise (1-D inputs become rows; ``CatBackward0``)."""
    ts = [t.reshape(1, -1) if t.dim() < 2 else t for t in _tensor_list(tensors, "vstack")]
    return _ops.cat(ts, 0)


def dstack(tensors):
    """Tensors joined depth-wise, along dim 2 (1-D inputs become [1, n, 1], 2-D [m, n, 1]; ``CatBackward0``)."""
    ts = []
    for t in _tensor_list(tensors, "dstack"):
        if t.dim() < 2:
            t = t.reshape(1, -1)
        if t.dim() == 2:
            t = t.unsqueeze(-1)
        ts.append(t)
    return _ops.cat(ts, 2)


def column_stack(tensors):
    """0-D/1-D inputs as columns, joined along dim 1 (``CatBackward0``)."""
    ts = [t.reshape(-1, 1) if t.dim() < 2 else t for t in _tensor_list(tensors, "column_stack")]
    return _ops.cat(ts, 1)


def take_along_dim(input, indices, dim=None):
    """``input.gather(dim, indices)`` with indices broadcast against input (flattened when dim is None;
    ``GatherBackward0``)."""
    if dim is None:
        return input.reshape(-1).gather(0, indices.reshape(-1))
    d = dim + input.dim() if dim < 0 else dim
    shape = list(input.shape)
    ishape = list(indices.shape)
    if len(ishape) != len(shape):
        raise RuntimeError("torch.take_along_dim(): input and indices should have the same number of dimensions, "
                           "but got %d dimensions for input, and %d dimensions for indices" % (len(shape), len(ishape)))
    bshape = [builtins.max(a, b) for a, b in zip(shape, ishape)]
    bi = list(bshape)
    bi[d] = ishape[d]
    bs = list(bshape)
    bs[d] = shape[d]
    return input.expand(*bs).gather(d, indices.expand(*bi))


def empty_like(input, *, dtype=None, requires_grad=False):
    """A tensor shaped like ``input`` (NativeGrad fills it with zeros; PyTorch leaves it uninitialised)."""
    import nativegrad as _ng
    return _ng.zeros_like(input, dtype=dtype, requires_grad=requires_grad)


# ---------------------------------------------------------------- round(decimals)

def _round_method(generated):
    def round(self, *, decimals=0):
        """Nearest integral value, halves to even; with ``decimals``, rounded to that many decimal places
        (``x * 10**d`` rounded, then divided back, as PyTorch computes it; its node is then the
        division's, where PyTorch records ``RoundBackward1``: both gradients are zero)."""
        decimals = _a.integer(decimals, "round", "decimals")
        if decimals == 0:
            return generated(self)
        if decimals > 0:
            scale = 10.0 ** decimals
            return generated(self * scale) / scale
        scale = 10.0 ** (-decimals)
        return generated(self / scale) * scale
    return round


def round(input, *, decimals=0, out=None):
    """Nearest integral value, halves to even; ``decimals`` rounds to that many decimal places."""
    from . import _strict
    _a.tensor(input, "round", "input", 1)
    r = input.round(decimals=decimals)
    return r if out is None else _strict.write_out(r, out, "round", (input,))


# ---------------------------------------------------------------- finfo / iinfo

class finfo(object):
    """Machine limits of a floating dtype (float32 by default), as ``torch.finfo``."""

    _TABLE = {"float32": (32, 1.1920928955078125e-07, 3.4028234663852886e+38, 1.1754943508222875e-38, 1e-06),
              "float64": (64, 2.220446049250313e-16, 1.7976931348623157e+308, 2.2250738585072014e-308, 1e-15)}

    def __init__(self, type=None):
        name = "float32" if type is None else str(type).replace("torch.", "")
        if name not in self._TABLE:
            raise TypeError("torch.finfo() requires a floating point input type. Use torch.iinfo to handle '%s'" % name)
        self.bits, self.eps, self.max, self.tiny, self.resolution = self._TABLE[name]
        self.min = -self.max
        self.smallest_normal = self.tiny
        self.dtype = name

    def __repr__(self):
        return ("finfo(resolution=%g, min=%g, max=%g, eps=%g, smallest_normal=%g, tiny=%g, dtype=%s)"
                % (self.resolution, self.min, self.max, self.eps, self.smallest_normal, self.tiny, self.dtype))


class iinfo(object):
    """Machine limits of an integral dtype (int64, bool), as ``torch.iinfo``."""

    _TABLE = {"int64": (64, -(1 << 63), (1 << 63) - 1), "bool": (8, 0, 1)}

    def __init__(self, type):
        name = str(type).replace("torch.", "")
        if name not in self._TABLE:
            raise TypeError("torch.iinfo() requires an integer input type. Use torch.finfo to handle '%s'" % name)
        self.bits, self.min, self.max = self._TABLE[name]
        self.dtype = name

    def __repr__(self):
        return "iinfo(min=%g, max=%g, dtype=%s)" % (self.min, self.max, self.dtype)


def _nbytes(self):
    """The size of the elements in bytes (``numel() * element_size()``)."""
    return self.numel() * self.element_size()


def _itemsize(self):
    """The size of one element in bytes."""
    return self.element_size()


def _index_add_(self, dim, index, source, *, alpha=1):
    """In-place index_add: ``self[index[i]] += alpha * source[i]`` along ``dim`` (computed out of place and
    copied in: the graph records ``CopyBackwards`` where PyTorch records ``IndexAddBackward0``; the
    gradients are the same)."""
    return self.copy_(self.index_add(dim, index, source, alpha=alpha) if alpha != 1 else self.index_add(dim, index, source))


def _scatter_add_(self, dim, index, src):
    """In-place scatter_add (computed out of place and copied in; recorded as ``CopyBackwards``)."""
    return self.copy_(self.scatter_add(dim, index, src))


def _select(self, dim, index):
    """The slice at ``index`` along ``dim``, with that dim removed (a view, ``SelectBackward0``)."""
    nd = self.dim()
    d = dim + nd if dim < 0 else dim
    if not 0 <= d < builtins.max(nd, 1):
        raise IndexError("Dimension out of range (expected to be in range of [%d, %d], but got %d)" % (-nd, nd - 1, dim))
    return self[(slice(None),) * d + (index,)]


Tensor.logical_and = logical_and
Tensor.logical_or = logical_or
Tensor.logical_xor = logical_xor
Tensor.logical_not = logical_not
Tensor.__and__ = _bool_operator("__and__", logical_and)
Tensor.__rand__ = _bool_operator("__and__", logical_and)
Tensor.__or__ = _bool_operator("__or__", logical_or)
Tensor.__ror__ = _bool_operator("__or__", logical_or)
Tensor.__xor__ = _bool_operator("__xor__", logical_xor)
Tensor.__rxor__ = _bool_operator("__xor__", logical_xor)
Tensor.__invert__ = _invert
Tensor.take_along_dim = take_along_dim
Tensor.round = _round_method(Tensor.round)
Tensor.nbytes = property(_nbytes)
Tensor.itemsize = property(_itemsize)
Tensor.index_add_ = _index_add_
Tensor.scatter_add_ = _scatter_add_
Tensor.select = _select
