"""``nn.functional``: stateless layers and losses. Losses and linear are single library ops
(fused, numerically stable, twice differentiable); the rest is composed from tensor ops."""

from . import _native_ops as _n
from .._native import i64 as _i64

__all__ = ["linear", "relu", "tanh", "sigmoid", "softmax", "log_softmax", "dropout",
           "mse_loss", "l1_loss", "binary_cross_entropy", "binary_cross_entropy_with_logits",
           "nll_loss", "cross_entropy", "layer_norm", "embedding", "gelu", "silu", "smooth_l1_loss", "huber_loss",
           "kl_div", "one_hot", "pad", "leaky_relu", "elu", "softplus", "batch_norm",
           "softmin", "normalize"]

_L = _n.lib


def _torch():
    import nativegrad
    return nativegrad


def linear(input, weight, bias=None):
    """``input @ weight.T + bias`` (AddmmBackward0 for 2-D input)."""
    return _n.call_new(_L.ng_linear, _n.tensor_handle(input, "linear", "input", 1),
                       _n.tensor_handle(weight, "linear", "weight", 2), _n.handle(bias, "linear", "bias", 3))


def relu(input, inplace=False):
    """max(input, 0); with ``inplace`` the input is overwritten (as nn.ReLU(True))."""
    return input.relu_() if inplace else _torch().relu(input)


def tanh(input):
    """Elementwise hyperbolic tangent (``torch.tanh``)."""
    return _torch().tanh(input)


def sigmoid(input):
    """Elementwise logistic sigmoid (``torch.sigmoid``)."""
    return _torch().sigmoid(input)


def _get_softmax_dim(name, ndim, stacklevel):
    import warnings
    warnings.warn("Implicit dimension choice for {} has been deprecated. Change the call to include dim=X "
                  "as an argument.".format(name), stacklevel=stacklevel)
    return 0 if ndim in (0, 1, 3) else 1


def softmax(input, dim=None, _stacklevel=3, dtype=None):
    """exp(x) / sum(exp(x)) over ``dim`` (without dim: PyTorch's deprecated implicit choice, with its warning)."""
    if dim is None:
        dim = _get_softmax_dim("softmax", input.dim(), _stacklevel)
    return _torch().softmax(input, dim, dtype=dtype)


def log_softmax(input, dim=None, _stacklevel=3, dtype=None):
    """log(softmax(x)) over ``dim``, computed stably."""
    if dim is None:
        dim = _get_softmax_dim("log_softmax", input.dim(), _stacklevel)
    return _torch().log_softmax(input, dim, dtype=dtype)


def dropout(input, p=0.5, training=True, inplace=False):
    """Zeroes elements with probability ``p`` and scales the rest by 1/(1-p) while training."""
    if p < 0.0 or p > 1.0:
        raise ValueError("dropout probability has to be between 0 and 1, but got {}".format(p))
    if not training or p == 0.0:
        return input
    return _n.call_new(_L.ng_dropout, _n.tensor_handle(input, "dropout", "input", 1), float(p), 1)


def _loss_args(input, target, reduction, size_average, reduce):
    if size_average is not None or reduce is not None:
        if reduce is False:
            reduction = "none"
        elif size_average is False:
            reduction = "sum"
        else:
            reduction = "mean"
    return _n.reduction_code(reduction)


def mse_loss(input, target, size_average=None, reduce=None, reduction="mean"):
    """Mean squared error (MseLossBackward0)."""
    r = _loss_args(input, target, reduction, size_average, reduce)
    return _n.call_new(_L.ng_mse_loss, _n.tensor_handle(input, "mse_loss", "input", 1),
                       _n.tensor_handle(target, "mse_loss", "target", 2), r)


def l1_loss(input, target, size_average=None, reduce=None, reduction="mean"):
    """Mean absolute error (L1LossBackward0)."""
    r = _loss_args(input, target, reduction, size_average, reduce)
    return _n.call_new(_L.ng_l1_loss, _n.tensor_handle(input, "l1_loss", "input", 1),
                       _n.tensor_handle(target, "l1_loss", "target", 2), r)


def binary_cross_entropy_with_logits(input, target, weight=None, size_average=None, reduce=None,
                                     reduction="mean", pos_weight=None):
    """Binary cross-entropy on logits, computed stably in one op."""
    if weight is not None or pos_weight is not None:
        torch = _torch()
        log_sig = -torch.log(1.0 + torch.exp(-input))        # log sigmoid(x)
        log_one_minus = -input + log_sig                      # log (1 - sigmoid(x))
        pw = 1.0 if pos_weight is None else pos_weight
        loss = -(pw * target * log_sig + (1.0 - target) * log_one_minus)
        if weight is not None:
            loss = loss * weight
        return _reduce(loss, _loss_args(input, target, reduction, size_average, reduce))
    r = _loss_args(input, target, reduction, size_average, reduce)
    return _n.call_new(_L.ng_bce_with_logits, _n.tensor_handle(input, "binary_cross_entropy_with_logits", "input", 1),
                       _n.tensor_handle(target, "binary_cross_entropy_with_logits", "target", 2), r)


def _reduce(loss, code):
    if code == 0:
        return loss
    return loss.mean() if code == 1 else loss.sum()


def binary_cross_entropy(input, target, weight=None, size_average=None, reduce=None, reduction="mean"):
    """Binary cross-entropy on probabilities (log terms clamped at -100 as PyTorch)."""
    if tuple(input.shape) != tuple(target.shape):
        raise ValueError("Using a target size ({}) that is different to the input size ({}) is deprecated. "
                         "Please ensure they have the same size.".format(target.shape, input.shape))
    r = _loss_args(input, target, reduction, size_average, reduce)
    return _n.call_new(_L.ng_bce, _n.tensor_handle(input, "binary_cross_entropy", "input", 1),
                       _n.tensor_handle(target, "binary_cross_entropy", "target", 2),
                       _n.handle(weight, "binary_cross_entropy", "weight", 3), r)


def _check_batch(input, target, fname="nll_loss"):
    # PyTorch raises ValueError here (the engine's error would be a RuntimeError); types first.
    _n.tensor_handle(input, fname, "input", 1)
    _n.tensor_handle(target, fname, "target", 2)
    if input.dim() == 2 and target.dim() == 1 and input.shape[0] != target.shape[0]:
        raise ValueError("Expected input batch_size ({}) to match target batch_size ({}).".format(
            input.shape[0], target.shape[0]))


def nll_loss(input, target, weight=None, size_average=None, ignore_index=-100, reduce=None, reduction="mean"):
    """Negative log likelihood of class indices ``target`` under log-probabilities ``input`` (N, C)."""
    _check_batch(input, target)
    r = _loss_args(input, target, reduction, size_average, reduce)
    return _n.call_new(_L.ng_nll_loss, _n.tensor_handle(input, "nll_loss", "input", 1),
                       _n.tensor_handle(target, "nll_loss", "target", 2), _n.handle(weight, "nll_loss", "weight", 3),
                       _i64(ignore_index), r)


def cross_entropy(input, target, weight=None, size_average=None, ignore_index=-100, reduce=None,
                  reduction="mean", label_smoothing=0.0):
    """log_softmax + nll_loss over class indices, with ``ignore_index`` and ``label_smoothing``."""
    _check_batch(input, target, "cross_entropy")
    r = _loss_args(input, target, reduction, size_average, reduce)
    return _n.call_new(_L.ng_cross_entropy, _n.tensor_handle(input, "cross_entropy", "input", 1),
                       _n.tensor_handle(target, "cross_entropy", "target", 2),
                       _n.handle(weight, "cross_entropy", "weight", 3), _i64(ignore_index), r,
                       float(label_smoothing))


def layer_norm(input, normalized_shape, weight=None, bias=None, eps=1e-5):
    """(x - mean) / sqrt(var + eps) over the last ``len(normalized_shape)`` dims, then affine."""
    if isinstance(normalized_shape, int):
        normalized_shape = (normalized_shape,)
    return _n.call_new(_L.ng_layer_norm, _n.tensor_handle(input, "layer_norm", "input", 1), len(normalized_shape),
                       _n.handle(weight, "layer_norm", "weight", 3), _n.handle(bias, "layer_norm", "bias", 4), float(eps))


def embedding(input, weight, padding_idx=None, max_norm=None, norm_type=2.0, scale_grad_by_freq=False,
              sparse=False):
    """Rows of ``weight`` selected by the int64 indices in ``input`` (EmbeddingBackward0); the row at
    ``padding_idx`` gets no gradient."""
    if max_norm is not None or scale_grad_by_freq or sparse:
        raise NotImplementedError("nativegrad: embedding with max_norm, scale_grad_by_freq or sparse is not supported")
    w = _n.tensor_handle(weight, "embedding", "weight", 2)
    if padding_idx is None:
        pad = -1
    else:
        n = weight.shape[0]
        if not -n <= padding_idx < n:
            raise AssertionError("Padding_idx must be within num_embeddings")
        pad = padding_idx + n if padding_idx < 0 else padding_idx
    return _n.call_new(_L.ng_embedding, w, _n.tensor_handle(input, "embedding", "input", 1), int(pad))


_APPROXIMATE = {"none": 0, "tanh": 1}


def gelu(input, approximate="none"):
    """GELU ``x * Phi(x)`` (GeluBackward0); ``approximate='tanh'`` uses the tanh form."""
    try:
        a = _APPROXIMATE[approximate]
    except (KeyError, TypeError):
        raise RuntimeError("approximate argument must be either none or tanh.") from None
    return _n.call_new(_L.ng_gelu, _n.tensor_handle(input, "gelu", "input", 1), a)


def silu(input, inplace=False):
    """SiLU ``x * sigmoid(x)`` (SiluBackward0); with ``inplace`` the input is overwritten."""
    h = _n.tensor_handle(input, "silu", "input", 1)
    if inplace:
        _n.check(_L.ng_silu_(h))
        return input
    return _n.call_new(_L.ng_silu, h)


def smooth_l1_loss(input, target, size_average=None, reduce=None, reduction="mean", beta=1.0):
    """Smooth L1: ``0.5 d^2 / beta`` where ``|d| < beta``, else ``|d| - 0.5 beta`` (SmoothL1LossBackward0)."""
    r = _loss_args(input, target, reduction, size_average, reduce)
    return _n.call_new(_L.ng_smooth_l1_loss, _n.tensor_handle(input, "smooth_l1_loss", "input", 1),
                       _n.tensor_handle(target, "smooth_l1_loss", "target", 2), r, float(beta))


def huber_loss(input, target, reduction="mean", delta=1.0):
    """Huber: ``0.5 d^2`` where ``|d| < delta``, else ``delta (|d| - 0.5 delta)`` (HuberLossBackward0)."""
    r = _n.reduction_code(reduction)
    return _n.call_new(_L.ng_huber_loss, _n.tensor_handle(input, "huber_loss", "input", 1),
                       _n.tensor_handle(target, "huber_loss", "target", 2), r, float(delta))


def kl_div(input, target, size_average=None, reduce=None, reduction="mean", log_target=False):
    """KL divergence with ``input`` as log-probabilities, composed as PyTorch composes it (no node of its
    own): ``target * (log target - input)`` (0 where target is 0), or ``exp(target) * (target - input)``
    with ``log_target``; ``reduction='batchmean'`` divides the sum by the batch size."""
    torch = _torch()
    if size_average is not None or reduce is not None:
        reduction = {0: "none", 1: "mean", 2: "sum"}[_loss_args(input, target, reduction, size_average, reduce)]
    if reduction == "mean":
        import warnings
        warnings.warn("reduction: 'mean' divides the total loss by both the batch size and the support size."
                      "'batchmean' divides only by the batch size, and aligns with the KL div math definition."
                      "'mean' will be changed to behave the same as 'batchmean' in the next major release.")
    if log_target:
        loss = torch.exp(target) * (target - input)
    else:
        loss = torch.xlogy(target, target) - target * input
    if reduction == "batchmean":
        return loss.sum() / input.shape[0] if input.dim() != 0 else loss.sum()
    if reduction == "mean":
        return loss.mean()
    if reduction == "sum":
        return loss.sum()
    if reduction == "none":
        return loss
    raise ValueError(reduction + " is not a valid value for reduction")


def one_hot(tensor, num_classes=-1):
    """int64 one-hot encoding ``[..., num_classes]`` of the class indices in ``tensor``."""
    return _n.call_new(_L.ng_one_hot, _n.tensor_handle(tensor, "one_hot", "input", 1), int(num_classes))


def pad(input, pad, mode="constant", value=None):
    """Pads the last dims: ``pad`` holds (left, right) pairs from the last dim backwards; negative
    amounts crop (ConstantPadNdBackward0). Only ``mode='constant'`` is supported."""
    if mode != "constant":
        raise NotImplementedError("nativegrad: pad mode %r is not supported (only 'constant')" % (mode,))
    from .. import _args
    arr, n = _args.int_list(pad, "pad", "pad")
    return _n.call_new(_L.ng_constant_pad_nd, _n.tensor_handle(input, "pad", "input", 1), arr, n,
                       0.0 if value is None else float(value))


def _in_place(input, result):
    """Writes ``result`` into ``input`` (the ``inplace=True`` form: PyTorch's values; the graph records
    the copy as ``CopyBackwards`` where PyTorch records the activation's in-place node)."""
    input.copy_(result)
    return input


def leaky_relu(input, negative_slope=0.01, inplace=False):
    """LeakyReLU: ``input`` where positive, else ``negative_slope * input`` (LeakyReluBackward0)."""
    r = _n.call_new(_L.ng_leaky_relu, _n.tensor_handle(input, "leaky_relu", "input", 1), float(negative_slope))
    return _in_place(input, r) if inplace else r


def elu(input, alpha=1.0, inplace=False):
    """ELU: ``input`` where positive, else ``alpha * (exp(input) - 1)`` (EluBackward0)."""
    r = _n.call_new(_L.ng_elu, _n.tensor_handle(input, "elu", "input", 1), float(alpha))
    return _in_place(input, r) if inplace else r


def softplus(input, beta=1, threshold=20):
    """Softplus ``log(1 + exp(beta * input)) / beta``, linear where ``beta * input > threshold``
    (SoftplusBackward0)."""
    return _n.call_new(_L.ng_softplus, _n.tensor_handle(input, "softplus", "input", 1), float(beta), float(threshold))


def batch_norm(input, running_mean, running_var, weight=None, bias=None, training=False, momentum=0.1, eps=1e-05):
    """Per-channel normalisation of ``input`` ([N, C, ...]); see ``nn.BatchNorm1d``."""
    from .batchnorm import batch_norm as _bn
    return _bn(input, running_mean, running_var, weight, bias, training, momentum, eps)


# ---------------------------------------------------------------- Mish, SELU, Hardtanh, ReLU6

__all__ += ["mish", "selu", "hardtanh", "relu6"]


def mish(input, inplace=False):
    """Mish ``input * tanh(softplus(input))`` (MishBackward0)."""
    r = _n.call_new(_L.ng_mish, _n.tensor_handle(input, "mish", "input", 1))
    return _in_place(input, r) if inplace else r


def selu(input, inplace=False):
    """SELU ``scale * elu(input, alpha)`` with PyTorch's constants (EluBackward0, as PyTorch records it)."""
    r = _n.call_new(_L.ng_selu, _n.tensor_handle(input, "selu", "input", 1))
    return _in_place(input, r) if inplace else r


def hardtanh(input, min_val=-1.0, max_val=1.0, inplace=False):
    """Hardtanh: ``input`` clamped to ``[min_val, max_val]`` (HardtanhBackward0)."""
    r = _n.call_new(_L.ng_hardtanh, _n.tensor_handle(input, "hardtanh", "input", 1), float(min_val), float(max_val))
    return _in_place(input, r) if inplace else r


def relu6(input, inplace=False):
    """ReLU6: ``hardtanh(input, 0, 6)`` (HardtanhBackward0)."""
    return hardtanh(input, 0.0, 6.0, inplace)


def softmin(input, dim=None, _stacklevel=3, dtype=None):
    """``softmax(-input, dim)`` (SoftmaxBackward0; without dim: PyTorch's implicit choice, with its warning)."""
    if dim is None:
        dim = _get_softmax_dim("softmin", input.dim(), _stacklevel)
    return _torch().softmax(-input, dim, dtype=dtype)


def normalize(input, p=2.0, dim=1, eps=1e-12, out=None):
    """``input`` divided by its ``p``-norm over ``dim``, at least ``eps`` (DivBackward0, as PyTorch composes it)."""
    denom = input.norm(p, dim, keepdim=True).clamp_min(eps).expand_as(input)
    r = input / denom
    if out is not None:
        from .. import _strict
        return _strict.write_out(r, out, "normalize", (input,))
    return r


# ---------------------------------------------------------------- LogSigmoid, Softsign, Hardsigmoid, Hardswish, CELU, Tanhshrink

__all__ += ["logsigmoid", "softsign", "hardsigmoid", "hardswish", "celu", "tanhshrink"]


def logsigmoid(input):
    """``log(sigmoid(input))``, computed stably as ``min(x, 0) - log1p(exp(-|x|))`` (LogSigmoidBackward0)."""
    return _n.call_new(_L.ng_log_sigmoid, _n.tensor_handle(input, "log_sigmoid", "input", 1))


def softsign(input):
    """``input / (1 + |input|)``, composed as PyTorch composes it (DivBackward0)."""
    return input / (input.abs() + 1)


def hardsigmoid(input, inplace=False):
    """Hardsigmoid ``relu6(input + 3) / 6`` (HardsigmoidBackward0); with ``inplace`` the input is overwritten."""
    h = _n.tensor_handle(input, "hardsigmoid", "input", 1)
    if inplace:
        _n.check(_L.ng_hardsigmoid_(h))
        return input
    return _n.call_new(_L.ng_hardsigmoid, h)


def hardswish(input, inplace=False):
    """Hardswish ``input * relu6(input + 3) / 6`` (HardswishBackward0); with ``inplace`` the input is overwritten."""
    h = _n.tensor_handle(input, "hardswish", "input", 1)
    if inplace:
        _n.check(_L.ng_hardswish_(h))
        return input
    return _n.call_new(_L.ng_hardswish, h)


def celu(input, alpha=1.0, inplace=False):
    """CELU: ``input`` where positive, else ``alpha * (exp(input / alpha) - 1)`` (CeluBackward0); with
    ``inplace`` the input is overwritten."""
    h = _n.tensor_handle(input, "celu", "input", 1)
    if inplace:
        _n.check(_L.ng_celu_(h, float(alpha)))
        return input
    return _n.call_new(_L.ng_celu, h, float(alpha))


def tanhshrink(input):
    """``input - tanh(input)``, composed as PyTorch composes it (SubBackward0)."""
    return input - input.tanh()
