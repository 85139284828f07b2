"""``nativegrad.utils.data`` (PyTorch's torch.utils.data): datasets, samplers, ``DataLoader`` and
``default_collate``. Loading runs in the calling process (see ``DataLoader`` for ``num_workers``)."""

from .dataset import (Dataset, IterableDataset, TensorDataset, ConcatDataset, ChainDataset, Subset,
                      random_split)
from .sampler import (Sampler, SequentialSampler, RandomSampler, SubsetRandomSampler, BatchSampler)
from ._collate import default_collate, default_convert
from .dataloader import DataLoader, get_worker_info

__all__ = ["Dataset", "IterableDataset", "TensorDataset", "ConcatDataset", "ChainDataset", "Subset",
           "random_split", "Sampler", "SequentialSampler", "RandomSampler", "SubsetRandomSampler",
           "BatchSampler", "default_collate", "default_convert", "DataLoader", "get_worker_info"]

# DistributedSampler lives in .distributed when this installation has it (written separately).
try:
    from .distributed import DistributedSampler  # noqa: F401
    __all__.append("DistributedSampler")
except ModuleNotFoundError as _e:
    if _e.name != __name__ + ".distributed":
        raise
