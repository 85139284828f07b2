"""Gradient clipping over the library's fused in-place kernels."""

import math

from .. import _native_ops as _n
from ..._tensor import Tensor

__all__ = ["clip_grad_norm_", "clip_grad_value_"]

_NONFINITE = ("The total norm of order {} for gradients from `parameters` is non-finite, so it cannot be clipped. "
              "To disable this error and scale the gradients by the non-finite norm anyway, set "
              "`error_if_nonfinite=False`")


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
    norm_type = float(norm_type)
    if norm_type == -math.inf:   # the smallest |g|; a NaN anywhere makes it NaN, as in PyTorch
        return _clip_by_min_norm(grads, float(max_norm), error_if_nonfinite)
    arr = _n.handle_array(grads)
    try:
        return _n.call_new(_n.lib.ng_clip_grad_norm_, arr, len(grads), float(max_norm), norm_type,
                           1 if error_if_nonfinite else 0)
    except RuntimeError as e:
        if not str(e).startswith("The total norm of order"):
            raise
    # PyTorch's message, with the order as Python prints a float ("2.0", "inf")
    raise RuntimeError(_NONFINITE.format(norm_type))


def _clip_by_min_norm(grads, max_norm, error_if_nonfinite):
    from ... import stack
    from ...autograd.grad_mode import no_grad
    with no_grad():
        total = stack([g.detach().abs().min() for g in grads]).min()
        if error_if_nonfinite and not bool(total.isfinite()):
            raise RuntimeError(_NONFINITE.format(-math.inf))
        coef = (max_norm / (total + 1e-6)).clamp(max=1.0)
        for g in grads:
            g.detach().mul_(coef)
    return total


def clip_grad_value_(parameters, clip_value):
    """Clamps every gradient element into [-clip_value, clip_value] in place."""
    grads = _grads(parameters)
    if grads:
        arr = _n.handle_array(grads)
        _n.check(_n.lib.ng_clip_grad_value_(arr, len(grads), float(clip_value)))
