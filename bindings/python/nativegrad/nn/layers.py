"""Layers: Linear, activations, containers, Dropout, Flatten, Embedding, LayerNorm."""

import math
import operator
from collections import OrderedDict

from . import functional as F
from . import init
from .module import Module
from .parameter import Parameter

__all__ = ["Identity", "Linear", "ReLU", "Tanh", "Sigmoid", "Softmax", "LogSoftmax", "Sequential",
           "Dropout", "Flatten", "Unflatten", "Softmin", "Embedding", "LayerNorm"]


def _empty(*shape, dtype=None):
    from .. import zeros
    return zeros(*shape, dtype=dtype)


class Identity(Module):
    """Returns its input unchanged (arguments are accepted and ignored)."""

    def __init__(self, *args, **kwargs):
        super().__init__()

    def forward(self, input):
        """Returns ``input``."""
        return input


_SCALAR_NAMES = {"float32": "Float", "float64": "Double", "int64": "Long", "bool": "Bool"}


def _linear_error(input, weight, bias):
    """PyTorch 1.13's message for an input that ``linear`` refuses (None if nothing is wrong here):
    matmul's for a 0-d input, the dtype mismatch, or the product's shapes ``(rows x in and in' x out)``
    with the input's leading dims flattened into rows."""
    from .._tensor import Tensor
    if not isinstance(input, Tensor) or weight.dim() != 2:
        return None
    shape = tuple(input.shape)
    if not shape:
        return "both arguments to matmul need to be at least 1D, but they are 0D and 2D"
    fits = shape[-1] == weight.shape[1]
    if input.dtype != weight.dtype and (fits or (bias is not None and len(shape) >= 2)):
        if bias is not None and len(shape) >= 2:
            return "mat1 and mat2 must have the same dtype"
        name = lambda dt: _SCALAR_NAMES.get(str(dt).replace("torch.", ""), str(dt))
        return "expected scalar type %s but found %s" % (name(input.dtype), name(weight.dtype))
    if fits:
        return None
    rows = 1
    for d in shape[:-1]:
        rows *= d
    return "mat1 and mat2 shapes cannot be multiplied (%dx%d and %dx%d)" % (rows, shape[-1], weight.shape[1], weight.shape[0])


class Linear(Module):
    """y = x W^T + b, initialised as PyTorch does (kaiming_uniform(a=sqrt(5)), bias U(-1/sqrt(in), 1/sqrt(in)))."""

    def __init__(self, in_features, out_features, bias=True, device=None, dtype=None):
        super().__init__()
        from .._dtype import check_device
        check_device(device)
        self.in_features = in_features
        self.out_features = out_features
        self.weight = Parameter(_empty(out_features, in_features, dtype=dtype))
        if bias:
            self.bias = Parameter(_empty(out_features, dtype=dtype))
        else:
            self.register_parameter("bias", None)
        self.reset_parameters()

    def reset_parameters(self):
        """Re-draws the weight (kaiming uniform, ``a=sqrt(5)``) and the bias as PyTorch does."""
        init.kaiming_uniform_(self.weight, a=math.sqrt(5))
        if self.bias is not None:
            fan_in = self.in_features
            bound = 1 / math.sqrt(fan_in) if fan_in > 0 else 0
            init.uniform_(self.bias, -bound, bound)

    def forward(self, input):
        """``input @ weight.T + bias`` over the last dim of ``input``."""
        # The input is examined only when the library refuses it: two fewer calls per forward.
        try:
            return F.linear(input, self.weight, self.bias)
        except RuntimeError:
            msg = _linear_error(input, self.weight, self.bias)
            if msg is None:
                raise
        raise RuntimeError(msg)

    def extra_repr(self):
        """The sizes and whether there is a bias."""
        return "in_features={}, out_features={}, bias={}".format(self.in_features, self.out_features, self.bias is not None)


class ReLU(Module):
    """Elementwise ``max(x, 0)``; ``inplace=True`` overwrites the input."""

    def __init__(self, inplace=False):
        super().__init__()
        self.inplace = inplace

    def forward(self, input):
        """``relu(input)``."""
        return F.relu(input, inplace=self.inplace)

    def extra_repr(self):
        """``inplace=True`` when set."""
        return "inplace=True" if self.inplace else ""


class Tanh(Module):
    """Elementwise hyperbolic tangent."""

    def forward(self, input):
        """``tanh(input)``."""
        return F.tanh(input)


class Sigmoid(Module):
    """Elementwise logistic sigmoid."""

    def forward(self, input):
        """``sigmoid(input)``."""
        return F.sigmoid(input)


class Softmax(Module):
    """Softmax along ``dim``."""

    def __init__(self, dim=None):
        super().__init__()
        self.dim = dim

    def forward(self, input):
        """softmax(input) along self.dim."""
        return F.softmax(input, self.dim, _stacklevel=5)

    def extra_repr(self):
        """The ``dim``."""
        return "dim={dim}".format(dim=self.dim)


class LogSoftmax(Softmax):
    """Log-softmax along ``dim``."""

    def forward(self, input):
        """log_softmax(input) along self.dim."""
        return F.log_softmax(input, self.dim, _stacklevel=5)


class Sequential(Module):
    """Runs its modules in order; indexable, iterable, with names "0", "1", ... (or an OrderedDict's keys).
    Item assignment and deletion, ``append``/``insert``/``extend``/``pop``, ``+``, ``+=``, ``*`` and
    ``*=`` behave as in PyTorch 1.13 (deletion renumbers the children "0", "1", ...)."""

    def __init__(self, *args):
        super().__init__()
        if len(args) == 1 and isinstance(args[0], OrderedDict):
            for key, module in args[0].items():
                self.add_module(key, module)
        else:
            for idx, module in enumerate(args):
                self.add_module(str(idx), module)

    def _key_at(self, idx):
        """The name of the child at position ``idx`` (an integer, negative counting from the end)."""
        n = len(self._modules)
        idx = operator.index(idx)
        if not -n <= idx < n:
            raise IndexError("index {} is out of range".format(idx))
        return list(self._modules)[idx % n]

    def __getitem__(self, idx):
        if isinstance(idx, slice):
            return self.__class__(OrderedDict(list(self._modules.items())[idx]))
        return self._modules[self._key_at(idx)]

    def __setitem__(self, idx, module):
        setattr(self, self._key_at(idx), module)

    def __delitem__(self, idx):
        if isinstance(idx, slice):
            for key in list(self._modules)[idx]:
                delattr(self, key)
        else:
            delattr(self, self._key_at(idx))
        # the remaining children are renamed "0", "1", ... (named ones too, as PyTorch does)
        renumbered = OrderedDict((str(i), m) for i, m in enumerate(self._modules.values()))
        self._modules.clear()
        self._modules.update(renumbered)

    def __len__(self):
        return len(self._modules)

    def __iter__(self):
        return iter(self._modules.values())

    def __dir__(self):
        return [key for key in super().__dir__() if not key.isdigit()]

    def __add__(self, other):
        if not isinstance(other, Sequential):
            raise ValueError("add operator supports only objects of Sequential class, but {} is given."
                             .format(str(type(other))))
        combined = Sequential()
        for module in list(self) + list(other):
            combined.append(module)
        return combined

    def __iadd__(self, other):
        if not isinstance(other, Sequential):
            raise ValueError("add operator supports only objects of Sequential class, but {} is given."
                             .format(str(type(other))))
        offset = len(self)
        for i, module in enumerate(other):
            self.add_module(str(offset + i), module)
        return self

    def _check_factor(self, other):
        if not isinstance(other, int):
            raise TypeError("unsupported operand type(s) for *: {} and {}".format(type(self), type(other)))
        if other <= 0:
            raise ValueError("Non-positive multiplication factor {} for {}".format(other, type(self)))

    def __mul__(self, other):
        self._check_factor(other)
        combined = Sequential()
        for i, module in enumerate(list(self) * other):
            combined.add_module(str(i), module)
        return combined

    __rmul__ = __mul__

    def __imul__(self, other):
        self._check_factor(other)
        n = len(self)
        for r in range(1, other):
            for i in range(n):
                # by position name, as PyTorch (a Sequential built from an OrderedDict raises KeyError)
                self.add_module(str(r * n + i), self._modules[str(i)])
        return self

    def append(self, module):
        """Adds ``module`` at the end (named by its position); returns ``self``."""
        self.add_module(str(len(self)), module)
        return self

    def insert(self, index, module):
        """Inserts ``module`` before position ``index`` (``-len <= index <= len``); returns ``self``."""
        if not isinstance(module, Module):
            raise AssertionError("module should be of type: {}".format(Module))
        n = len(self._modules)
        if not -n <= index <= n:
            raise IndexError("Index out of range: {}".format(index))
        if index < 0:
            index += n
        for i in range(n, index, -1):
            self._modules[str(i)] = self._modules[str(i - 1)]
        self._modules[str(index)] = module
        return self

    def extend(self, sequential):
        """Appends every module of an iterable; returns ``self``."""
        for module in sequential:
            self.append(module)
        return self

    def pop(self, key):
        """Removes the module (or the slice of modules) at ``key`` and returns it."""
        v = self[key]
        del self[key]
        return v

    def forward(self, input):
        """Passes ``input`` through every module in order."""
        for module in self._modules.values():
            input = module(input)
        return input


class Dropout(Module):
    """Zeroes elements with probability p while training; the identity in eval mode."""

    def __init__(self, p=0.5, inplace=False):
        super().__init__()
        if p < 0 or p > 1:
            raise ValueError("dropout probability has to be between 0 and 1, but got {}".format(p))
        self.p = p
        self.inplace = inplace

    def forward(self, input):
        """Zeroes each element with probability ``p`` and scales the rest by ``1 / (1 - p)`` in
        training mode; returns ``input`` in evaluation mode."""
        return F.dropout(input, self.p, self.training, self.inplace)

    def extra_repr(self):
        """``p`` and ``inplace``."""
        return "p={}, inplace={}".format(self.p, self.inplace)


class Flatten(Module):
    """Flattens the dims ``start_dim`` to ``end_dim`` into one."""

    def __init__(self, start_dim=1, end_dim=-1):
        super().__init__()
        self.start_dim = start_dim
        self.end_dim = end_dim

    def forward(self, input):
        """``input`` reshaped with the dims ``start_dim..end_dim`` merged."""
        shape = tuple(input.shape)
        nd = len(shape)
        n = max(nd, 1)
        for d in (self.start_dim, self.end_dim):   # PyTorch's IndexError (a plain % nd took any integer)
            if not -n <= d < n:
                raise IndexError("Dimension out of range (expected to be in range of [%d, %d], but got %d)"
                                 % (-n, n - 1, d))
        if nd == 0:
            return input.reshape(1)
        s, e = self.start_dim % nd, self.end_dim % nd
        if s > e:
            raise RuntimeError("flatten() has invalid args: start_dim cannot come after end_dim")
        flat = 1
        for d in shape[s:e + 1]:
            flat *= d
        return input.reshape(*(shape[:s] + (flat,) + shape[e + 1:]))

    def extra_repr(self):
        """``start_dim`` and ``end_dim``."""
        return "start_dim={}, end_dim={}".format(self.start_dim, self.end_dim)


class Embedding(Module):
    """A lookup table of ``num_embeddings`` vectors of size ``embedding_dim`` (N(0, 1) init)."""

    def __init__(self, num_embeddings, embedding_dim, padding_idx=None, dtype=None):
        super().__init__()
        self.num_embeddings = num_embeddings
        self.embedding_dim = embedding_dim
        self.padding_idx = padding_idx
        self.weight = Parameter(_empty(num_embeddings, embedding_dim, dtype=dtype))
        init.normal_(self.weight)
        if padding_idx is not None:
            from ..autograd.grad_mode import no_grad
            with no_grad():
                rows = self.weight.detach().tolist()
                rows[padding_idx] = [0.0] * embedding_dim
                from .. import tensor
                self.weight.data = tensor(rows, dtype=self.weight.dtype)

    def forward(self, input):
        """The rows of ``weight`` at the int64 indices of ``input`` (shape ``input.shape + (embedding_dim,)``)."""
        return F.embedding(input, self.weight, self.padding_idx)

    def extra_repr(self):
        """The sizes and ``padding_idx``."""
        s = "{}, {}".format(self.num_embeddings, self.embedding_dim)
        if self.padding_idx is not None:
            s += ", padding_idx={}".format(self.padding_idx)
        return s


class LayerNorm(Module):
    """Normalises over the last dims (``normalized_shape``) to zero mean and unit variance, then
    scales and shifts by ``weight`` and ``bias`` (ones and zeros) when ``elementwise_affine``."""

    def __init__(self, normalized_shape, eps=1e-5, elementwise_affine=True, dtype=None):
        super().__init__()
        if isinstance(normalized_shape, int):
            normalized_shape = (normalized_shape,)
        self.normalized_shape = tuple(normalized_shape)
        self.eps = eps
        self.elementwise_affine = elementwise_affine
        if elementwise_affine:
            from .. import ones, zeros
            self.weight = Parameter(ones(*self.normalized_shape, dtype=dtype))
            self.bias = Parameter(zeros(*self.normalized_shape, dtype=dtype))
        else:
            self.register_parameter("weight", None)
            self.register_parameter("bias", None)

    def forward(self, input):
        """``layer_norm(input, normalized_shape, weight, bias, eps)``."""
        if tuple(input.shape[-len(self.normalized_shape):]) != self.normalized_shape:
            raise RuntimeError("LayerNorm: input of shape %s does not end in normalized_shape %s"
                               % (tuple(input.shape), self.normalized_shape))
        return F.layer_norm(input, self.normalized_shape, self.weight, self.bias, self.eps)

    def extra_repr(self):
        """``normalized_shape``, ``eps`` and ``elementwise_affine``."""
        return "{normalized_shape}, eps={eps}, elementwise_affine={elementwise_affine}".format(**self.__dict__)


class Unflatten(Module):
    """Expands dim ``dim`` into the shape ``unflattened_size`` (a view, as ``Tensor.unflatten``)."""

    def __init__(self, dim, unflattened_size):
        super().__init__()
        self.dim = dim
        self.unflattened_size = tuple(unflattened_size)

    def forward(self, input):
        """``input.unflatten(dim, unflattened_size)``."""
        return input.unflatten(self.dim, self.unflattened_size)

    def extra_repr(self):
        """``dim`` and ``unflattened_size``."""
        return "dim={}, unflattened_size={}".format(self.dim, self.unflattened_size)


class Softmin(Module):
    """``softmax(-input)`` over ``dim``."""

    def __init__(self, dim=None):
        super().__init__()
        self.dim = dim

    def forward(self, input):
        """softmin(input, dim)."""
        return F.softmin(input, self.dim)

    def extra_repr(self):
        """dim=..., as PyTorch prints it."""
        return "dim={dim}".format(dim=self.dim)
