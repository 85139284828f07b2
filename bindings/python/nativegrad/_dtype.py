"""dtype objects, ``Size`` and ``device`` — printed exactly as PyTorch prints them."""

from . import _abi

__all__ = ["dtype", "float32", "float64", "int64", "bool_", "Size", "device",
           "BY_CODE", "get_default_dtype", "set_default_dtype"]


class dtype(object):
    """Element type of a tensor. ``repr`` is ``torch.float32`` etc. like PyTorch."""

    __slots__ = ("_code", "_name", "is_floating_point", "is_complex", "is_signed", "itemsize",
                 "_typecode")

    def __init__(self, code, name, is_float, is_signed, itemsize, typecode):
        self._code = code
        self._name = name
        self.is_floating_point = is_float
        self.is_complex = False
        self.is_signed = is_signed
        self.itemsize = itemsize
        self._typecode = typecode  # array module type code used for host buffers

    def __repr__(self):
        return "torch." + self._name

    __str__ = __repr__

    def __reduce__(self):
        return _lookup, (self._name,)

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self


float32 = dtype(_abi.NG_FLOAT32, "float32", True, True, 4, "f")
float64 = dtype(_abi.NG_FLOAT64, "float64", True, True, 8, "d")
int64 = dtype(_abi.NG_INT64, "int64", False, True, 8, "q")
bool_ = dtype(_abi.NG_BOOL, "bool", False, False, 1, "B")

BY_CODE = [None] * 4
for _d in (float32, float64, int64, bool_):
    BY_CODE[_d._code] = _d

_BY_NAME = {"float32": float32, "float": float32, "float64": float64, "double": float64,
            "int64": int64, "long": int64, "bool": bool_}


def _lookup(name):
    return _BY_NAME[name]


_default = [float32]


def get_default_dtype():
    """The floating dtype of new tensors made from Python floats (float32 unless changed)."""
    return _default[0]


def set_default_dtype(d):
    """Sets the floating dtype of new tensors made from Python floats (float32 or float64)."""
    if d is not float32 and d is not float64:
        raise TypeError("only floating-point types are supported as the default type")
    _default[0] = d


class Size(tuple):
    """``torch.Size``: a tuple of ints with PyTorch's repr, e.g. ``torch.Size([100, 10])``."""

    __slots__ = ()

    def __repr__(self):
        return "torch.Size([%s])" % ", ".join([str(int(s)) for s in self])

    __str__ = __repr__

    def __getitem__(self, key):
        r = tuple.__getitem__(self, key)
        return Size(r) if isinstance(key, slice) else r

    def __add__(self, other):
        if not isinstance(other, tuple):
            return NotImplemented
        return Size(tuple.__add__(self, other))

    def __radd__(self, other):
        if not isinstance(other, tuple):
            return NotImplemented
        return Size(tuple.__add__(other, self))

    def __mul__(self, n):
        return Size(tuple.__mul__(self, n))

    __rmul__ = __mul__

    def numel(self):
        """The number of elements of a tensor of this shape (the product of the sizes)."""
        n = 1
        for s in self:
            n *= s
        return n

    def __reduce__(self):
        return (Size, (tuple(self),))


class device(object):
    """Minimal ``torch.device``: NativeGrad only has the CPU."""

    __slots__ = ("type", "index")

    def __init__(self, type="cpu", index=None):
        if isinstance(type, device):
            type, index = type.type, type.index
        if not isinstance(type, str):
            raise TypeError("device() received an invalid combination of arguments")
        if ":" in type:
            type, _, idx = type.partition(":")
            index = int(idx)
        if type != "cpu":
            raise RuntimeError("nativegrad supports only the 'cpu' device, not %r" % type)
        self.type = type
        self.index = index

    def __repr__(self):
        if self.index is None:
            return "device(type='%s')" % self.type
        return "device(type='%s', index=%d)" % (self.type, self.index)

    def __str__(self):
        return self.type if self.index is None else "%s:%d" % (self.type, self.index)

    def __eq__(self, other):
        if isinstance(other, str):
            try:
                other = device(other)
            except (RuntimeError, ValueError):
                return False
        if not isinstance(other, device):
            return NotImplemented
        return self.type == other.type and self.index == other.index

    def __hash__(self):
        return hash((self.type, self.index))


for _cls in (dtype, Size, device):
    _cls.__module__ = "nativegrad"
