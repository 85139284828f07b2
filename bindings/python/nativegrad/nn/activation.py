"""Activation modules over the declared activation ops (GELU, SiLU)."""

from . import functional as F
from .module import Module

__all__ = ["GELU", "SiLU"]


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
