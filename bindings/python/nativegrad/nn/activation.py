"""Activation modules over the declared activation ops (GELU, SiLU, LeakyReLU, ELU, Softplus, Mish, SELU,
Hardtanh, ReLU6, LogSigmoid, Hardsigmoid, Hardswish, CELU) and the compositions Softsign and Tanhshrink."""

from . import functional as F
from .module import Module

__all__ = ["GELU", "SiLU", "LeakyReLU", "ELU", "Softplus"]


class GELU(Module):
    """GELU ``x * Phi(x)``; ``approximate='tanh'`` uses the tanh form."""

    def __init__(self, approximate="none"):
        super().__init__()
        self.approximate = approximate

    def forward(self, input):
        """gelu(input)."""
        return F.gelu(input, approximate=self.approximate)

    def extra_repr(self):
        """approximate='...', as PyTorch prints it."""
        return "approximate={}".format(repr(self.approximate))


class SiLU(Module):
    """SiLU (swish) ``x * sigmoid(x)``."""

    def __init__(self, inplace=False):
        super().__init__()
        self.inplace = inplace

    def forward(self, input):
        """silu(input)."""
        return F.silu(input, inplace=self.inplace)

    def extra_repr(self):
        """inplace=True when set, as PyTorch prints it."""
        return "inplace=True" if self.inplace else ""


class LeakyReLU(Module):
    """LeakyReLU: ``x`` where positive, else ``negative_slope * x``."""

    def __init__(self, negative_slope=0.01, inplace=False):
        super().__init__()
        self.negative_slope = negative_slope
        self.inplace = inplace

    def forward(self, input):
        """leaky_relu(input)."""
        return F.leaky_relu(input, self.negative_slope, self.inplace)

    def extra_repr(self):
        """negative_slope=..., as PyTorch prints it."""
        return "negative_slope={}{}".format(self.negative_slope, ", inplace=True" if self.inplace else "")


class ELU(Module):
    """ELU: ``x`` where positive, else ``alpha * (exp(x) - 1)``."""

    def __init__(self, alpha=1.0, inplace=False):
        super().__init__()
        self.alpha = alpha
        self.inplace = inplace

    def forward(self, input):
        """elu(input)."""
        return F.elu(input, self.alpha, self.inplace)

    def extra_repr(self):
        """alpha=..., as PyTorch prints it."""
        return "alpha={}{}".format(self.alpha, ", inplace=True" if self.inplace else "")


class Softplus(Module):
    """Softplus ``log(1 + exp(beta * x)) / beta``, linear above ``threshold``."""

    def __init__(self, beta=1, threshold=20):
        super().__init__()
        self.beta = beta
        self.threshold = threshold

    def forward(self, input):
        """softplus(input)."""
        return F.softplus(input, self.beta, self.threshold)

    def extra_repr(self):
        """beta=..., threshold=..., as PyTorch prints it."""
        return "beta={}, threshold={}".format(self.beta, self.threshold)


# ---------------------------------------------------------------- Mish, SELU, Hardtanh, ReLU6

__all__ += ["Mish", "SELU", "Hardtanh", "ReLU6"]


class Mish(Module):
    """Mish ``x * tanh(softplus(x))``."""

    def __init__(self, inplace=False):
        super().__init__()
        self.inplace = inplace

    def forward(self, input):
        """mish(input)."""
        return F.mish(input, self.inplace)

    def extra_repr(self):
        """``inplace=True`` when set, as PyTorch prints it."""
        return "inplace=True" if self.inplace else ""


class SELU(Mish):
    """SELU ``scale * (max(0, x) + min(0, alpha * (exp(x) - 1)))`` with PyTorch's constants."""

    def forward(self, input):
        """selu(input)."""
        return F.selu(input, self.inplace)


class Hardtanh(Module):
    """Hardtanh: ``x`` clamped to ``[min_val, max_val]``."""

    def __init__(self, min_val=-1.0, max_val=1.0, inplace=False):
        super().__init__()
        self.min_val = min_val
        self.max_val = max_val
        self.inplace = inplace
        assert self.max_val > self.min_val  # as PyTorch's module

    def forward(self, input):
        """hardtanh(input)."""
        return F.hardtanh(input, self.min_val, self.max_val, self.inplace)

    def extra_repr(self):
        """min_val=..., max_val=..., as PyTorch prints it."""
        return "min_val={}, max_val={}{}".format(self.min_val, self.max_val, ", inplace=True" if self.inplace else "")


class ReLU6(Hardtanh):
    """ReLU6: ``min(max(0, x), 6)``."""

    def __init__(self, inplace=False):
        super().__init__(0.0, 6.0, inplace)

    def extra_repr(self):
        """``inplace=True`` when set, as PyTorch prints it."""
        return "inplace=True" if self.inplace else ""


# ---------------------------------------------------------------- LogSigmoid, Softsign, Hardsigmoid, Hardswish, CELU, Tanhshrink

__all__ += ["LogSigmoid", "Softsign", "Hardsigmoid", "Hardswish", "CELU", "Tanhshrink"]


class LogSigmoid(Module):
    """``log(sigmoid(x))``, computed stably."""

    def forward(self, input):
        """logsigmoid(input)."""
        return F.logsigmoid(input)


class Softsign(Module):
    """``x / (1 + |x|)``."""

    def forward(self, input):
        """softsign(input)."""
        return F.softsign(input)


class Tanhshrink(Module):
    """``x - tanh(x)``."""

    def forward(self, input):
        """tanhshrink(input)."""
        return F.tanhshrink(input)


class Hardsigmoid(Module):
    """Hardsigmoid ``relu6(x + 3) / 6`` (printed without arguments, as PyTorch prints it)."""

    def __init__(self, inplace=False):
        super().__init__()
        self.inplace = inplace

    def forward(self, input):
        """hardsigmoid(input)."""
        return F.hardsigmoid(input, self.inplace)


class Hardswish(Hardsigmoid):
    """Hardswish ``x * relu6(x + 3) / 6``."""

    def forward(self, input):
        """hardswish(input)."""
        return F.hardswish(input, self.inplace)


class CELU(Module):
    """CELU: ``x`` where positive, else ``alpha * (exp(x / alpha) - 1)``."""

    def __init__(self, alpha=1.0, inplace=False):
        super().__init__()
        self.alpha = alpha
        self.inplace = inplace

    def forward(self, input):
        """celu(input)."""
        return F.celu(input, self.alpha, self.inplace)

    def extra_repr(self):
        """alpha=..., as PyTorch prints it."""
        return "alpha={}{}".format(self.alpha, ", inplace=True" if self.inplace else "")
