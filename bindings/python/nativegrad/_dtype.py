"""dtype objects, ``Size`` and ``device`` — printed exactly as PyTorch prints them."""

import builtins

from . import _abi

__all__ = ["dtype", "float32", "float64", "int64", "bool_", "Size", "device", "check_device",
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


# The device types PyTorch knows (its error message lists them in this order).
_DEVICE_TYPES = ("cpu", "cuda", "ipu", "xpu", "mkldnn", "opengl", "opencl", "ideep", "hip", "ve", "fpga", "ort",
                 "xla", "lazy", "vulkan", "mps", "meta", "hpu", "privateuseone")


class device(object):
    """``torch.device``: any of PyTorch's device types can be named (``device("cuda:0")``), but
    NativeGrad computes on the CPU only: making or moving a tensor to another device raises what
    a CPU-only PyTorch raises (see ``check_device``)."""

    __slots__ = ("type", "index")

    def __init__(self, type="cpu", index=None):
        if isinstance(type, device):
            type, index = type.type, type.index
        elif isinstance(type, int) and not isinstance(type, bool):
            type, index = "cuda", type        # torch.device(0) is cuda:0
        elif not isinstance(type, str):
            raise TypeError("device() received an invalid combination of arguments - got (%s)"
                            % builtins.type(type).__name__)
        if ":" in type:
            if index is not None:
                raise RuntimeError("type (string) must not include an index because index was passed explicitly: "
                                   + type)
            type, _, idx = type.partition(":")
            if not idx.isdigit():
                raise RuntimeError("Invalid device string: '%s:%s'" % (type, idx))
            index = int(idx)
        if type not in _DEVICE_TYPES:
            raise RuntimeError("Expected one of %s device type at start of device string: %s"
                               % (", ".join(_DEVICE_TYPES), type))
        if index is not None and index < 0:
            raise RuntimeError("Device index must not be negative")
        self.type = type
        self.index = index

    def __repr__(self):
        if self.index is None:
            return "device(type='%s')" % self.type
        return "device(type='%s', index=%d)" % (self.type, self.index)

    def __str__(self):
        return self.type if self.index is None else "%s:%d" % (self.type, self.index)

    def __eq__(self, other):
        # as PyTorch: a device never equals a string (device('cpu') == 'cpu' is False)
        if not isinstance(other, device):
            return NotImplemented
        return self.type == other.type and self.index == other.index

    def __hash__(self):
        return hash((self.type, self.index))

    def __reduce__(self):
        return (device, (self.type, self.index))


def check_device(d):
    """Raises unless ``d`` (a device, string, int or None) is the CPU, with what a CPU-only PyTorch
    raises: AssertionError "Torch not compiled with CUDA enabled" for CUDA."""
    if d is None:
        return
    d = d if isinstance(d, device) else device(d)
    if d.type == "cpu":
        return
    if d.type == "cuda":
        raise AssertionError("Torch not compiled with CUDA enabled")
    if d.type == "mps":
        raise RuntimeError("PyTorch is not linked with support for mps devices")
    raise RuntimeError("nativegrad computes on the CPU only; tensors cannot be placed on the '%s' device" % d.type)


for _cls in (dtype, Size, device):
    _cls.__module__ = "nativegrad"
