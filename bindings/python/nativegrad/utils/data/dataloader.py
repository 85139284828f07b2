"""``DataLoader``: batches of a dataset, in the calling process.

PyTorch's worker processes are not used: with ``num_workers > 0`` a map-style dataset is still read
in the calling process, in the same order (PyTorch's workers preserve it), and ``worker_init_fn``
runs once with id 0; an ``IterableDataset`` is refused with ``num_workers > 0``, because PyTorch would
replicate it in every worker and yield different data.
"""

import warnings

from .dataset import IterableDataset
from .sampler import SequentialSampler, RandomSampler, BatchSampler
from ._collate import default_collate, default_convert

__all__ = ["DataLoader", "get_worker_info"]


def get_worker_info():
    """None: NativeGrad's DataLoader reads in the calling process (PyTorch's value in the main process)."""
    return None


def _torch():
    import nativegrad
    return nativegrad


def _draw_base_seed(generator):
    # PyTorch draws a base seed for the workers from the loader's generator (or the default one) every
    # time an iterator is made, which advances that generator. It is drawn the same way here when the
    # library has Tensor.random_, so that later random numbers stay in step with PyTorch's; the seed
    # itself is unused (no workers).
    torch = _torch()
    t = torch.empty((), dtype=torch.int64)
    if hasattr(t, "random_"):
        t.random_(generator=generator)


class _InfiniteConstantSampler(object):
    def __iter__(self):
        while True:
            yield None


class DataLoader(object):
    """Iterates over ``dataset`` in batches of ``batch_size`` (PyTorch's torch.utils.data.DataLoader).

    ``shuffle=True`` draws a new permutation each epoch with ``generator`` (``RandomSampler``);
    ``sampler`` / ``batch_sampler`` choose the indices instead; ``drop_last`` drops a short last
    batch; ``collate_fn`` (default ``default_collate``) merges samples into a batch;
    ``batch_size=None`` yields single samples (``default_convert``)."""

    def __init__(self, dataset, batch_size=1, shuffle=None, sampler=None, batch_sampler=None,
                 num_workers=0, collate_fn=None, pin_memory=False, drop_last=False, timeout=0,
                 worker_init_fn=None, multiprocessing_context=None, generator=None, *,
                 prefetch_factor=2, persistent_workers=False, pin_memory_device=""):
        if not isinstance(num_workers, int) or num_workers < 0:
            raise ValueError("num_workers option should be non-negative; "
                             "use num_workers=0 to disable multiprocessing.")
        if timeout < 0:
            raise ValueError("timeout option should be non-negative")
        if num_workers == 0 and prefetch_factor != 2:
            raise ValueError("prefetch_factor option could only be specified in multiprocessing."
                             "let num_workers > 0 to enable multiprocessing.")
        if persistent_workers and num_workers == 0:
            raise ValueError("persistent_workers option needs num_workers > 0")
        self.dataset = dataset
        self.num_workers = num_workers
        self.prefetch_factor = prefetch_factor
        self.pin_memory = pin_memory
        self.pin_memory_device = pin_memory_device
        self.timeout = timeout
        self.worker_init_fn = worker_init_fn
        self.multiprocessing_context = multiprocessing_context
        self.persistent_workers = persistent_workers

        if isinstance(dataset, IterableDataset):
            self._dataset_kind = "iterable"
            if num_workers > 0:
                raise ValueError("nativegrad's DataLoader reads in the calling process: num_workers=%d with an "
                                 "IterableDataset would yield different data than PyTorch (which replicates "
                                 "the dataset in every worker); use num_workers=0" % num_workers)
            if shuffle not in (False, None):
                raise ValueError("DataLoader with IterableDataset: expected unspecified shuffle option, "
                                 "but got shuffle={}".format(shuffle))
            if sampler is not None:
                raise ValueError("DataLoader with IterableDataset: expected unspecified sampler option, "
                                 "but got sampler={}".format(sampler))
            if batch_sampler is not None:
                raise ValueError("DataLoader with IterableDataset: expected unspecified batch_sampler "
                                 "option, but got batch_sampler={}".format(batch_sampler))
        else:
            shuffle = bool(shuffle)
            self._dataset_kind = "map"

        if sampler is not None and shuffle:
            raise ValueError("sampler option is mutually exclusive with shuffle")
        if batch_sampler is not None:
            if batch_size != 1 or shuffle or sampler is not None or drop_last:
                raise ValueError("batch_sampler option is mutually exclusive with batch_size, shuffle, "
                                 "sampler, and drop_last")
            batch_size = None
            drop_last = False
        elif batch_size is None:
            if drop_last:
                raise ValueError("batch_size=None option disables auto-batching and is mutually "
                                 "exclusive with drop_last")

        if sampler is None:
            if self._dataset_kind == "iterable":
                sampler = _InfiniteConstantSampler()
            elif shuffle:
                sampler = RandomSampler(dataset, generator=generator)
            else:
                sampler = SequentialSampler(dataset)
        if batch_size is not None and batch_sampler is None:
            batch_sampler = BatchSampler(sampler, batch_size, drop_last)

        self.batch_size = batch_size
        self.drop_last = drop_last
        self.sampler = sampler
        self.batch_sampler = batch_sampler
        self.generator = generator
        if collate_fn is None:
            collate_fn = default_collate if batch_sampler is not None else default_convert
        self.collate_fn = collate_fn
        if pin_memory:
            warnings.warn("'pin_memory' argument is set as true but CUDA is not available, then device "
                          "pinned memory won't be used.")

    @property
    def _auto_collation(self):
        return self.batch_sampler is not None

    @property
    def _index_sampler(self):
        return self.batch_sampler if self._auto_collation else self.sampler

    def __iter__(self):
        _draw_base_seed(self.generator)
        if self.num_workers > 0 and self.worker_init_fn is not None:
            self.worker_init_fn(0)
        if self._dataset_kind == "iterable":
            return self._iter_iterable()
        return self._iter_map()

    def _iter_map(self):
        dataset, collate = self.dataset, self.collate_fn
        if self._auto_collation:
            for indices in self.batch_sampler:
                yield collate([dataset[i] for i in indices])
        else:
            for index in self.sampler:
                yield collate(dataset[index])

    def _iter_iterable(self):
        collate = self.collate_fn
        it = iter(self.dataset)
        if not self._auto_collation:
            for sample in it:
                yield collate(sample)
            return
        bs = self.batch_size
        while True:
            batch = []
            for sample in it:
                batch.append(sample)
                if len(batch) == bs:
                    break
            if not batch or (len(batch) < bs and self.drop_last):
                return
            yield collate(batch)
            if len(batch) < bs:
                return

    def __len__(self):
        if self._dataset_kind == "iterable":
            length = len(self.dataset)
            if self.batch_size is not None:
                from math import ceil
                length = length // self.batch_size if self.drop_last else int(ceil(length / self.batch_size))
            return length
        return len(self._index_sampler)
