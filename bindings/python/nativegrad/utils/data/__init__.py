"""``nativegrad.utils.data`` (PyTorch's torch.utils.data)."""

from .distributed import DistributedSampler

__all__ = ["DistributedSampler"]
