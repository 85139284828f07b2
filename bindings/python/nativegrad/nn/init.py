"""Parameter initialisation (``nn.init``), in place under no_grad, with PyTorch's bounds."""

import math

from ..autograd.grad_mode import no_grad

__all__ = ["uniform_", "normal_", "zeros_", "ones_", "constant_", "calculate_gain",
           "kaiming_uniform_", "xavier_uniform_", "_calculate_fan_in_and_fan_out"]


def _replace(tensor, values):
    with no_grad():
        tensor.data = values.to(tensor.dtype)
    return tensor


def uniform_(tensor, a=0.0, b=1.0):
    """Fills ``tensor`` with samples of U(a, b) without recording history; returns it."""
    from .. import rand
    return _replace(tensor, rand(*tensor.shape, dtype=tensor.dtype) * (b - a) + a)


def normal_(tensor, mean=0.0, std=1.0):
    """Fills ``tensor`` with samples of N(mean, std ** 2) without recording history; returns it."""
    from .. import randn
    return _replace(tensor, randn(*tensor.shape, dtype=tensor.dtype) * std + mean)


def constant_(tensor, val):
    """Fills ``tensor`` with ``val`` without recording history; returns it."""
    with no_grad():
        tensor.fill_(val)
    return tensor


def zeros_(tensor):
    """Fills ``tensor`` with zeros without recording history; returns it."""
    return constant_(tensor, 0.0)


def ones_(tensor):
    """Fills ``tensor`` with ones without recording history; returns it."""
    return constant_(tensor, 1.0)


def calculate_gain(nonlinearity, param=None):
    """PyTorch's recommended gain for a nonlinearity (``'relu'``: sqrt(2), ``'tanh'``: 5/3,
    ``'leaky_relu'``: sqrt(2 / (1 + slope ** 2)), linear ones: 1)."""
    if nonlinearity in ("linear", "conv1d", "conv2d", "conv3d", "sigmoid"):
        return 1.0
    if nonlinearity == "tanh":
        return 5.0 / 3
    if nonlinearity == "relu":
        return math.sqrt(2.0)
    if nonlinearity == "leaky_relu":
        slope = 0.01 if param is None else param
        return math.sqrt(2.0 / (1 + slope ** 2))
    raise ValueError("Unsupported nonlinearity {}".format(nonlinearity))


def _calculate_fan_in_and_fan_out(tensor):
    if tensor.dim() < 2:
        raise ValueError("Fan in and fan out can not be computed for tensor with fewer than 2 dimensions")
    receptive = 1
    for s in tensor.shape[2:]:
        receptive *= s
    return tensor.shape[1] * receptive, tensor.shape[0] * receptive


def kaiming_uniform_(tensor, a=0, mode="fan_in", nonlinearity="leaky_relu"):
    """Fills ``tensor`` with U(-b, b), ``b = gain * sqrt(3 / fan)`` (He et al.); ``mode`` picks
    fan_in or fan_out; returns it."""
    fan_in, fan_out = _calculate_fan_in_and_fan_out(tensor)
    fan = fan_in if mode == "fan_in" else fan_out
    bound = math.sqrt(3.0) * calculate_gain(nonlinearity, a) / math.sqrt(fan)
    return uniform_(tensor, -bound, bound)


def xavier_uniform_(tensor, gain=1.0):
    """Fills ``tensor`` with U(-a, a), ``a = gain * sqrt(6 / (fan_in + fan_out))`` (Glorot and
    Bengio); returns it."""
    fan_in, fan_out = _calculate_fan_in_and_fan_out(tensor)
    a = math.sqrt(3.0) * gain * math.sqrt(2.0 / float(fan_in + fan_out))
    return uniform_(tensor, -a, a)
