"""Parameter initialisation (``nn.init``): in-place fills under no_grad with PyTorch's bounds, computed
in PyTorch's order of operations, so the same generator state gives PyTorch's weights."""

import math
import warnings

from ..autograd.grad_mode import no_grad

__all__ = ["uniform_", "normal_", "zeros_", "ones_", "constant_", "eye_", "calculate_gain",
           "kaiming_uniform_", "kaiming_normal_", "xavier_uniform_", "xavier_normal_", "trunc_normal_",
           "orthogonal_",
           "_calculate_fan_in_and_fan_out", "_calculate_correct_fan"]


def uniform_(tensor, a=0.0, b=1.0, generator=None):
    """Fills ``tensor`` with U(a, b)."""
    with no_grad():
        return tensor.uniform_(a, b, generator=generator)


def normal_(tensor, mean=0.0, std=1.0, generator=None):
    """Fills ``tensor`` with N(mean, std^2)."""
    with no_grad():
        return tensor.normal_(mean, std, generator=generator)


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


def eye_(tensor):
    """Fills a 2-D tensor with the identity matrix."""
    if tensor.dim() != 2:
        raise ValueError("Only tensors with 2 dimensions are supported")
    from .. import eye
    with no_grad():
        tensor.copy_(eye(*tensor.shape, dtype=tensor.dtype))
    return tensor


def calculate_gain(nonlinearity, param=None):
    """The recommended gain for a nonlinearity (PyTorch's table)."""
    linear_fns = ["linear", "conv1d", "conv2d", "conv3d", "conv_transpose1d", "conv_transpose2d", "conv_transpose3d"]
    if nonlinearity in linear_fns or nonlinearity == "sigmoid":
        return 1
    if nonlinearity == "tanh":
        return 5.0 / 3
    if nonlinearity == "relu":
        return math.sqrt(2.0)
    if nonlinearity == "leaky_relu":
        if param is None:
            negative_slope = 0.01
        elif not isinstance(param, bool) and isinstance(param, int) or isinstance(param, float):
            negative_slope = param
        else:
            raise ValueError("negative_slope {} not a valid number".format(param))
        return math.sqrt(2.0 / (1 + negative_slope ** 2))
    if nonlinearity == "selu":
        return 3.0 / 4
    raise ValueError("Unsupported nonlinearity {}".format(nonlinearity))


def _calculate_fan_in_and_fan_out(tensor):
    dimensions = tensor.dim()
    if dimensions < 2:
        raise ValueError("Fan in and fan out can not be computed for tensor with fewer than 2 dimensions")
    receptive = 1
    for s in tensor.shape[2:]:
        receptive *= s
    return tensor.shape[1] * receptive, tensor.shape[0] * receptive


def _calculate_correct_fan(tensor, mode):
    mode = mode.lower()
    valid_modes = ["fan_in", "fan_out"]
    if mode not in valid_modes:
        raise ValueError("Mode {} not supported, please use one of {}".format(mode, valid_modes))
    fan_in, fan_out = _calculate_fan_in_and_fan_out(tensor)
    return fan_in if mode == "fan_in" else fan_out


def kaiming_uniform_(tensor, a=0, mode="fan_in", nonlinearity="leaky_relu", generator=None):
    """He initialisation: U(-bound, bound) with bound = sqrt(3) * gain / sqrt(fan)."""
    if 0 in tuple(tensor.shape):
        warnings.warn("Initializing zero-element tensors is a no-op")
        return tensor
    fan = _calculate_correct_fan(tensor, mode)
    gain = calculate_gain(nonlinearity, a)
    std = gain / math.sqrt(fan)
    bound = math.sqrt(3.0) * std
    with no_grad():
        return tensor.uniform_(-bound, bound, generator=generator)


def kaiming_normal_(tensor, a=0, mode="fan_in", nonlinearity="leaky_relu", generator=None):
    """He initialisation: N(0, std^2) with std = gain / sqrt(fan)."""
    if 0 in tuple(tensor.shape):
        warnings.warn("Initializing zero-element tensors is a no-op")
        return tensor
    fan = _calculate_correct_fan(tensor, mode)
    gain = calculate_gain(nonlinearity, a)
    std = gain / math.sqrt(fan)
    with no_grad():
        return tensor.normal_(0, std, generator=generator)


def xavier_uniform_(tensor, gain=1.0, generator=None):
    """Glorot initialisation: U(-a, a) with a = gain * sqrt(6 / (fan_in + fan_out))."""
    fan_in, fan_out = _calculate_fan_in_and_fan_out(tensor)
    std = gain * math.sqrt(2.0 / float(fan_in + fan_out))
    a = math.sqrt(3.0) * std
    return uniform_(tensor, -a, a, generator)


def xavier_normal_(tensor, gain=1.0, generator=None):
    """Glorot initialisation: N(0, std^2) with std = gain * sqrt(2 / (fan_in + fan_out))."""
    fan_in, fan_out = _calculate_fan_in_and_fan_out(tensor)
    std = gain * math.sqrt(2.0 / float(fan_in + fan_out))
    return normal_(tensor, 0.0, std, generator)


def _erfinv64(y):
    """erfinv of the values of ``y``, as a float64 tensor accurate to float64 rounding (a few units
    in the last place near +-1): an approximation with a relative error below 2e-3 as a start
    (Winitzki's formula), then three Halley steps on erf(x) = y; +-inf at +-1, nan beyond."""
    y = y.double()
    ya = y.abs()
    ln = ((1 - ya) * (1 + ya)).log()          # log(1 - y^2) without cancelling 1 - y^2
    a = 0.147
    c = 2 / (math.pi * a) + ln / 2
    x = ((c * c - ln / a).sqrt() - c).sqrt() * y.sign()
    k = 2 / math.sqrt(math.pi)
    for _ in range(3):
        f = x.erf() - y
        x = x - f / (k * (-x * x).exp() + x * f)   # Halley: f'' / f' = -2x
    from .. import where
    return where(ya == 1, y * math.inf, x)


def trunc_normal_(tensor, mean=0.0, std=1.0, a=-2.0, b=2.0, generator=None):
    """Fills ``tensor`` with N(mean, std^2) truncated to [a, b], by inverting the normal CDF on
    uniform values: the generator is drawn from as PyTorch draws from it (one ``uniform_`` over the
    tensor), so the same seed gives the same draws; the inverse error function is computed in float64
    and rounded, where PyTorch computes it in the tensor's precision, so float32 values may differ from
    PyTorch's in the last bits."""
    def norm_cdf(x):
        return (1.0 + math.erf(x / math.sqrt(2.0))) / 2.0

    if (mean < a - 2 * std) or (mean > b + 2 * std):
        warnings.warn("mean is more than 2 std from [a, b] in nn.init.trunc_normal_. "
                      "The distribution of values may be incorrect.", stacklevel=2)
    with no_grad():
        lo = norm_cdf((a - mean) / std)
        hi = norm_cdf((b - mean) / std)
        tensor.uniform_(2 * lo - 1, 2 * hi - 1, generator=generator)
        if tensor.numel():
            tensor.copy_(_erfinv64(tensor).to(tensor.dtype))
        tensor.mul_(std * math.sqrt(2.0))
        tensor.add_(mean)
        tensor.clamp_(min=a, max=b)
        return tensor


def _orthonormal_columns(m):
    """Q of the thin QR factorisation m = QR with R's diagonal positive (the unique one for a matrix of
    full column rank), in float64: classical Gram-Schmidt with a second orthogonalisation pass per
    column, orthonormal to float64 rounding."""
    from .. import zeros, float64
    rows, cols = m.shape
    a = m.to(float64)
    qt = zeros(cols, rows, dtype=float64)
    for j in range(cols):
        v = a[:, j]
        if j:
            basis = qt[:j]
            for _ in range(2):
                v = v - basis.t().matmul(basis.matmul(v))
        norm = v.norm()
        qt[j] = v / norm if norm.item() > 0 else v * 0
    return qt.t()


def orthogonal_(tensor, gain=1, generator=None):
    """Fills ``tensor`` (2 or more dimensions, flattened to rows x rest) with a (semi-)orthogonal
    matrix times ``gain``: the Q factor, signs fixed so that R's diagonal is positive, of the QR
    factorisation of a standard normal matrix drawn as PyTorch draws it (same seed, same draws).
    The factorisation is computed in float64 (PyTorch's in the tensor's precision), so the values
    agree with PyTorch's to about that precision, not bit for bit."""
    if tensor.dim() < 2:
        raise ValueError("Only tensors with 2 or more dimensions are supported")
    if tensor.numel() == 0:
        return tensor
    rows = tensor.shape[0]
    cols = tensor.numel() // rows
    flattened = tensor.new_empty((rows, cols)).normal_(0, 1, generator=generator)
    if rows < cols:
        flattened = flattened.t()
    q = _orthonormal_columns(flattened)
    if rows < cols:
        q = q.t()
    with no_grad():
        tensor.view_as(q).copy_(q.to(tensor.dtype))
        tensor.mul_(gain)
    return tensor
