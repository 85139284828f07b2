"""Gradient clipping over the library's fused in-place kernels."""

from .. import _native_ops as _n
from ..._tensor import Tensor

__all__ = ["clip_grad_norm_", "clip_grad_value_"]


def _grads(parameters):
    if isinstance(parameters, Tensor):
        parameters = [parameters]
    return [p.grad for p in parameters if p.grad is not None]


def clip_grad_norm_(parameters, max_norm, norm_type=2.0, error_if_nonfinite=False):
    """Scales gradients in place so their total ``norm_type`` norm is at most ``max_norm``;
    returns the total norm (a tensor) before clipping."""
    grads = _grads(parameters)
    if not grads:
        from ... import tensor
        return tensor(0.0)
    arr = _n.handle_array(grads)
    return _n.call_new(_n.lib.ng_clip_grad_norm_, arr, len(grads), float(max_norm), float(norm_type),
                       1 if error_if_nonfinite else 0)


def clip_grad_value_(parameters, clip_value):
    """Clamps every gradient element into [-clip_value, clip_value] in place."""
    grads = _grads(parameters)
    if grads:
        arr = _n.handle_array(grads)
        _n.check(_n.lib.ng_clip_grad_value_(arr, len(grads), float(clip_value)))
