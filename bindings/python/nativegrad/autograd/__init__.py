"""``nativegrad.autograd``: ``grad``, ``backward``, ``Variable``, ``Function`` and the grad-mode switches."""

from ctypes import c_void_p

from .._native import lib as _L, raise_status as _raise
from .._tensor import Tensor, Node, _wrap
from . import grad_mode, variable, function, anomaly_mode, gradcheck as _gradcheck_module
from . import functional, graph, profiler
from .function import Function, FunctionCtx, once_differentiable
from .anomaly_mode import detect_anomaly, set_detect_anomaly, is_anomaly_enabled
from .gradcheck import gradcheck, gradgradcheck, GradcheckError
from .grad_mode import (no_grad, enable_grad, set_grad_enabled, is_grad_enabled, inference_mode,
                        is_inference_mode_enabled)
from .variable import Variable

__all__ = ["grad", "backward", "Variable", "no_grad", "enable_grad", "set_grad_enabled",
           "is_grad_enabled", "inference_mode", "is_inference_mode_enabled", "Node", "Function",
           "FunctionCtx", "once_differentiable", "detect_anomaly", "set_detect_anomaly",
           "is_anomaly_enabled", "gradcheck", "gradgradcheck", "GradcheckError", "functional", "graph", "profiler"]

_ng_autograd_grad = _L.ng_autograd_grad
_ng_autograd_grad_batched = _L.ng_autograd_grad_batched
_ng_backward = _L.ng_backward
_ng_autograd_backward = _L.ng_autograd_backward


def _tensor_tuple(x, what, allow_none=False):
    if x is None and allow_none:
        return None
    if isinstance(x, Tensor):
        return (x,)
    try:
        seq = tuple(x)
    except TypeError:
        raise TypeError("%s must be a Tensor or a sequence of Tensors, but got %s"
                        % (what, type(x).__name__)) from None
    for i, t in enumerate(seq):
        if not isinstance(t, Tensor) and not (allow_none and t is None):
            raise TypeError("%s[%d] must be a Tensor%s, but got %s"
                            % (what, i, " or None" if allow_none else "", type(t).__name__))
    return seq


def _check_batched(outs, gos):
    """PyTorch's ValueErrors of batched grad_outputs (the library checks shapes again)."""
    sizes = []
    for o, g in zip(outs, gos):
        if g is None:
            if o.numel() != 1:
                raise RuntimeError("grad can be implicitly created only for scalar outputs")
            raise ValueError("vmap(vjp, in_dims=0, ...)(<inputs>): Got in_dim=0 for some input, but that input is a "
                             "Tensor of dimensionality 0 so expected in_dim to satisfy 0 <= in_dim < 0.")
        if g.dim() > 0:
            sizes.append(g.shape[0])
    if len(set(sizes)) > 1:
        raise ValueError("vmap: Expected all tensors to have the same size in the mapped dimension, got sizes %s for "
                         "the mapped dimension" % list(sizes))


def _grads(outputs, inputs, grad_outputs, retain_graph, create_graph, allow_unused, batched=False):
    outs = _tensor_tuple(outputs, "outputs")
    ins = _tensor_tuple(inputs, "inputs")
    if not outs:
        raise RuntimeError("grad requires non-empty outputs.")
    if not ins:
        raise RuntimeError("grad requires non-empty inputs.")
    n_o, n_i = len(outs), len(ins)
    oarr = (c_void_p * n_o)(*[t._h for t in outs])
    if grad_outputs is None:
        garr = None
        if batched:
            _check_batched(outs, (None,) * n_o)
    else:
        gos = _tensor_tuple(grad_outputs, "grad_outputs", allow_none=True)
        if len(gos) != n_o:
            raise RuntimeError("grad_outputs has %d elements but outputs has %d: they must have "
                               "the same length" % (len(gos), n_o))
        garr = (c_void_p * n_o)(*[None if g is None else g._h for g in gos])
        if batched:
            _check_batched(outs, gos)
    iarr = (c_void_p * n_i)(*[t._h for t in ins])
    res = (c_void_p * n_i)()
    rg = -1 if retain_graph is None else (1 if retain_graph else 0)
    st = (_ng_autograd_grad_batched if batched else _ng_autograd_grad)(
        oarr, n_o, garr, iarr, n_i, rg, 1 if create_graph else 0, 1 if allow_unused else 0, res)
    if st:
        _raise(st)
    return ins, tuple([None if h is None else _wrap(h) for h in res])


def grad(outputs, inputs, grad_outputs=None, retain_graph=None, create_graph=False,
         only_inputs=True, allow_unused=False, is_grads_batched=False):
    """Gradients of ``outputs`` with respect to ``inputs`` as a tuple (one entry per input;
    ``None`` for unused inputs when ``allow_unused=True``). ``.grad`` fields are left untouched;
    non-leaf inputs are fine. ``inputs`` may be a Tensor, a sequence or a generator.

    With ``is_grads_batched=True`` the first dim of every grad_output is a batch of B seeds: one
    backward pass (not a loop) gives each input's B vector-Jacobian products, shape
    ``(B, *input.shape)``. Hooks then see one sample's gradient at a time."""
    return _grads(outputs, inputs, grad_outputs, retain_graph, create_graph, allow_unused, is_grads_batched)[1]


def backward(tensors, grad_tensors=None, retain_graph=None, create_graph=False, grad_variables=None,
             inputs=None):
    """Accumulate into ``.grad`` the gradients of ``tensors`` (like ``Tensor.backward``).
    With ``inputs``, only those tensors' ``.grad`` are accumulated (non-leaves included)."""
    if grad_tensors is None:
        grad_tensors = grad_variables
    ts = _tensor_tuple(tensors, "tensors")
    if grad_tensors is None:
        gs = (None,) * len(ts)
    else:
        gs = _tensor_tuple(grad_tensors, "grad_tensors", allow_none=True)
        if len(gs) != len(ts):
            raise RuntimeError("grad_tensors has %d elements but tensors has %d"
                               % (len(gs), len(ts)))
    n = len(ts)
    tarr = (c_void_p * n)(*[t._h for t in ts])
    garr = None if grad_tensors is None else (c_void_p * n)(*[None if g is None else g._h for g in gs])
    if inputs is None:
        iarr, n_i = None, 0
    else:
        ins = _tensor_tuple(inputs, "inputs")
        if not ins:
            raise RuntimeError("'inputs' argument to backward() cannot be empty.")
        n_i = len(ins)
        iarr = (c_void_p * n_i)(*[t._h for t in ins])
    rg = -1 if retain_graph is None else (1 if retain_graph else 0)
    st = _ng_autograd_backward(tarr, n, garr, rg, 1 if create_graph else 0, iarr, n_i)
    if st:
        _raise(st)
    return None
