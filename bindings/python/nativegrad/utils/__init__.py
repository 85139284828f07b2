"""``nativegrad.utils`` (PyTorch's torch.utils)."""

from . import data

__all__ = ["data"]
