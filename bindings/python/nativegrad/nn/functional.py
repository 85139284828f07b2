"""``nn.functional``: stateless layers and losses. Losses and linear are single library ops
(fused, numerically stable, twice differentiable); the rest is composed from tensor ops."""

from . import _native_ops as _n

__all__ = ["linear", "relu", "tanh", "sigmoid", "softmax", "log_softmax", "dropout",
           "mse_loss", "l1_loss", "binary_cross_entropy", "binary_cross_entropy_with_logits",
           "nll_loss", "cross_entropy", "layer_norm", "embedding"]

_L = _n.lib


def _torch():
    import nativegrad
    return nativegrad


def linear(input, weight, bias=None):
    """``input @ weight.T + bias`` (AddmmBackward0 for 2-D input)."""
    return _n.call_new(_L.ng_linear, input._h, weight._h, _n.handle(bias))


def relu(input, inplace=False):
    """max(input, 0); with ``inplace`` the input is overwritten (as nn.ReLU(True))."""
    return input.relu_() if inplace else _torch().relu(input)


def tanh(input):
    """Elementwise hyperbolic tangent (``torch.tanh``)."""
    return _torch().tanh(input)


def sigmoid(input):
    """Elementwise logistic sigmoid (``torch.sigmoid``)."""
    return _torch().sigmoid(input)


def softmax(input, dim=None, dtype=None):
    """Softmax along ``dim`` (``torch.softmax``)."""
    return _torch().softmax(input, dim)


def log_softmax(input, dim=None, dtype=None):
    """Log-softmax along ``dim`` (``torch.log_softmax``)."""
    return _torch().log_softmax(input, dim)


def dropout(input, p=0.5, training=True, inplace=False):
    """Zeroes elements with probability ``p`` and scales the rest by 1/(1-p) while training."""
    if p < 0.0 or p > 1.0:
        raise ValueError("dropout probability has to be between 0 and 1, but got {}".format(p))
    if not training or p == 0.0:
        return input
    return _n.call_new(_L.ng_dropout, input._h, float(p), 1)


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
    return _n.call_new(_L.ng_mse_loss, input._h, target._h, r)


def l1_loss(input, target, size_average=None, reduce=None, reduction="mean"):
    """Mean absolute error (L1LossBackward0)."""
    r = _loss_args(input, target, reduction, size_average, reduce)
    return _n.call_new(_L.ng_l1_loss, input._h, target._h, r)


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
    return _n.call_new(_L.ng_bce_with_logits, input._h, target._h, r)


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
    return _n.call_new(_L.ng_bce, input._h, target._h, _n.handle(weight), r)


def nll_loss(input, target, weight=None, size_average=None, ignore_index=-100, reduce=None, reduction="mean"):
    """Negative log likelihood of class indices ``target`` under log-probabilities ``input`` (N, C)."""
    r = _loss_args(input, target, reduction, size_average, reduce)
    return _n.call_new(_L.ng_nll_loss, input._h, target._h, _n.handle(weight), int(ignore_index), r)


def cross_entropy(input, target, weight=None, size_average=None, ignore_index=-100, reduce=None,
                  reduction="mean", label_smoothing=0.0):
    """log_softmax + nll_loss over class indices, with ``ignore_index`` and ``label_smoothing``."""
    r = _loss_args(input, target, reduction, size_average, reduce)
    return _n.call_new(_L.ng_cross_entropy, input._h, target._h, _n.handle(weight), int(ignore_index), r,
                       float(label_smoothing))


def layer_norm(input, normalized_shape, weight=None, bias=None, eps=1e-5):
    """(x - mean) / sqrt(var + eps) over the last ``len(normalized_shape)`` dims, then affine."""
    if isinstance(normalized_shape, int):
        normalized_shape = (normalized_shape,)
    return _n.call_new(_L.ng_layer_norm, input._h, len(normalized_shape), _n.handle(weight), _n.handle(bias), float(eps))


def embedding(input, weight, padding_idx=None):
    """Rows of ``weight`` selected by the int64 indices in ``input``."""
    return _n.call_new(_L.ng_embedding, input._h, weight._h)
