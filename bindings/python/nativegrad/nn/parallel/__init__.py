"""``nativegrad.nn.parallel``: data-parallel training over MPI (PyTorch's torch.nn.parallel)."""

from .distributed import DistributedDataParallel

__all__ = ["DistributedDataParallel"]
