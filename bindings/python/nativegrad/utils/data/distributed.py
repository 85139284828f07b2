"""``DistributedSampler``: the share of a dataset each rank reads (torch.utils.data.DistributedSampler)."""

from ctypes import c_void_p

from ..._native import lib as _L, raise_status as _raise
from ..._tensor import _wrap

__all__ = ["DistributedSampler"]


class DistributedSampler(object):
    """Yields the dataset indices this rank reads: the order (shuffled by ``seed + epoch``, the same
    on every rank, or ``0..n-1``) is padded by repeating its start (or, with ``drop_last``,
    truncated) to a multiple of ``num_replicas``, and rank ``r`` takes every ``num_replicas``-th
    index from position ``r``, as PyTorch's sampler does. ``num_replicas`` and ``rank`` default to
    the default process group's. Call ``set_epoch(epoch)`` before each epoch for a new order.
    The shuffled order is NativeGrad's own (a seeded Fisher-Yates), not the one PyTorch makes."""

    def __init__(self, dataset, num_replicas=None, rank=None, shuffle=True, seed=0, drop_last=False):
        from ... import distributed as dist
        if num_replicas is None:
            num_replicas = dist.get_world_size()
        if rank is None:
            rank = dist.get_rank()
        if rank >= num_replicas or rank < 0:
            raise ValueError("Invalid rank {}, rank should be in the interval [0, {}]".format(rank, num_replicas - 1))
        self.dataset = dataset
        self.num_replicas = int(num_replicas)
        self.rank = int(rank)
        self.epoch = 0
        self.drop_last = bool(drop_last)
        n = len(dataset)
        if self.drop_last and n % self.num_replicas != 0:
            self.num_samples = max(0, -(-(n - self.num_replicas) // self.num_replicas))
        else:
            self.num_samples = -(-n // self.num_replicas)
        self.total_size = self.num_samples * self.num_replicas
        self.shuffle = bool(shuffle)
        self.seed = int(seed)

    def __iter__(self):
        out = c_void_p()
        st = _L.ng_dist_sampler_indices(len(self.dataset), self.num_replicas, self.rank, 1 if self.shuffle else 0,
                                        self.seed, self.epoch, 1 if self.drop_last else 0, out)
        if st:
            _raise(st)
        return iter(_wrap(out.value).tolist())

    def __len__(self):
        return self.num_samples

    def set_epoch(self, epoch):
        """Sets the epoch: with ``shuffle`` every epoch has its own order (the same on all ranks)."""
        self.epoch = epoch
