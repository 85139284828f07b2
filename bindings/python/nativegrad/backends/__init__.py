"""``torch.backends``: flags scripts set for backends NativeGrad does not have (cuDNN, MPS, CUDA
matmul) are accepted and reported as PyTorch does on a CPU-only build."""

from . import cudnn, mps, cuda

__all__ = ["cudnn", "mps", "cuda"]
