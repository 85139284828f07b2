"""``DistributedDataParallel``: data-parallel training over MPI, with PyTorch's behaviour.

Each rank runs its copy of the module on its share of the batch. At construction rank 0's
parameters and buffers are copied to every rank (after checking that all ranks have the same
model). The gradients are averaged over the ranks during ``backward``: the library's reducer
groups them into buckets (about ``bucket_cap_mb`` MB, reverse registration order, the first one
1 MB) and starts each bucket's non-blocking all-reduce from a post-accumulate-grad hook while the
backward is still running, then, at the end of the backward, waits for the buckets and writes the
averages into each parameter's ``.grad``. Identical optimizer steps then keep the copies equal.

Every parameter that requires grad must receive a gradient in each synchronised backward
(``find_unused_parameters=False``; the backward fails naming the others). Freeze parameters you
do not use with ``requires_grad_(False)`` before wrapping.
"""

import contextlib
from ctypes import c_char_p, c_int32, c_int64, c_void_p

from ... import distributed as _dist
from ..._native import lib as _L, raise_status as _raise
from ...autograd.grad_mode import is_grad_enabled
from ..module import Module

__all__ = ["DistributedDataParallel"]


def _handles(tensors):
    return (c_void_p * len(tensors))(*[t._h for t in tensors])


def _sync_module_states(tensors):
    st = _L.ng_dist_sync_module_states(_handles(tensors), len(tensors))
    if st:
        _raise(st)


class _Reducer(object):
    """The library's gradient reducer over a list of parameters (see the module docstring)."""

    def __init__(self, params, names, bucket_cap_mb):
        self._id = 0
        encoded = (c_char_p * len(names))(*[n.encode("utf-8") for n in names])
        out = c_int64()
        st = _L.ng_dist_reducer_new(_handles(params), len(params), encoded, float(bucket_cap_mb), out)
        if st:
            _raise(st)
        self._id = out.value
        self._n = len(params)

    def prepare_for_backward(self):
        st = _L.ng_dist_reducer_prepare_for_backward(self._id)
        if st:
            _raise(st)

    def bucket_indices(self):
        """The parameter indices of each bucket, in the order the buckets are reduced."""
        n = c_int32()
        st = _L.ng_dist_reducer_num_buckets(self._id, n)
        if st:
            _raise(st)
        buckets = [[] for _ in range(n.value)]
        b = c_int32()
        for i in range(self._n):
            st = _L.ng_dist_reducer_bucket_of(self._id, i, b)
            if st:
                _raise(st)
            buckets[b.value].append(i)
        return buckets

    def close(self):
        if self._id:
            rid, self._id = self._id, 0
            st = _L.ng_dist_reducer_free(rid)
            if st:
                _raise(st)

    def __del__(self):
        try:
            self.close()
        except Exception:
            pass


class DistributedDataParallel(Module):
    """Wraps ``module`` for data-parallel training over the default process group (see the module
    docstring). ``device_ids``/``output_device`` must be None (CPU modules), ``process_group``
    None or ``group.WORLD``; ``gradient_as_bucket_view``, ``static_graph`` and ``check_reduction``
    are accepted and change nothing."""

    def __init__(self, module, device_ids=None, output_device=None, dim=0, broadcast_buffers=True,
                 process_group=None, bucket_cap_mb=25, find_unused_parameters=False, check_reduction=False,
                 gradient_as_bucket_view=False, static_graph=False):
        super().__init__()
        if device_ids is not None or output_device is not None:
            raise ValueError(
                "DistributedDataParallel device_ids and output_device arguments only work with single-device/multiple-device "
                "GPU modules or CPU modules, but got device_ids {}, output_device {}, and module parameters {}.".format(
                    device_ids, output_device, {"cpu"}))
        _dist._check_group(process_group)
        if find_unused_parameters:
            raise ValueError("DistributedDataParallel: find_unused_parameters=True is not supported; every parameter that "
                             "requires grad must receive a gradient (freeze unused ones with requires_grad_(False) before "
                             "wrapping)")
        if not _dist.is_initialized():
            raise RuntimeError("Default process group has not been initialized, please make sure to call init_process_group.")
        named = list(module.named_parameters())
        trainable = [(n, p) for n, p in named if p.requires_grad]
        if not trainable:
            raise RuntimeError("DistributedDataParallel is not needed when a module doesn't have any parameter that "
                               "requires a gradient.")
        self.module = module
        self.dim = dim
        self.broadcast_buffers = broadcast_buffers
        self.require_backward_grad_sync = True
        self.bucket_bytes_cap = int(bucket_cap_mb * 1024 * 1024)
        self.find_unused_parameters = False
        self.gradient_as_bucket_view = gradient_as_bucket_view
        self.static_graph = static_graph
        _sync_module_states([p for _, p in named] + list(module.buffers()))
        self._reducer = _Reducer([p for _, p in trainable], ["module." + n for n, _ in trainable], bucket_cap_mb)

    def forward(self, *inputs, **kwargs):
        """Arms gradient averaging for the next backward (grad enabled and not in ``no_sync``),
        broadcasts rank 0's buffers (``broadcast_buffers``), then runs the module."""
        if is_grad_enabled() and self.require_backward_grad_sync:
            self._reducer.prepare_for_backward()
        if self.broadcast_buffers and _dist.get_world_size() > 1:
            for b in self.module.buffers():
                _dist.broadcast(b, 0)
        return self.module(*inputs, **kwargs)

    @contextlib.contextmanager
    def no_sync(self):
        """Gradient accumulation without communication: backwards of forwards run inside
        ``with ddp.no_sync():`` accumulate locally; the first synchronised backward after it
        averages the accumulated gradients."""
        old = self.require_backward_grad_sync
        self.require_backward_grad_sync = False
        try:
            yield
        finally:
            self.require_backward_grad_sync = old

    def _bucket_indices(self):
        """The indices (among the parameters that require grad) of each gradient bucket."""
        return self._reducer.bucket_indices()

