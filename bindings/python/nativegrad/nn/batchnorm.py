"""Batch normalisation (BatchNorm1d/2d/3d and ``functional.batch_norm``), composed from tensor ops:
the statistics over every dim but the channel dim (1), normalisation by ``1/sqrt(var + eps)``, the
affine weight and bias; running statistics updated with the unbiased variance and ``momentum`` (or a
cumulative average when ``momentum`` is None), as PyTorch does. The values and gradients are
PyTorch's within float rounding; the graph is the composition's (PyTorch records one
``NativeBatchNormBackward0`` node)."""

from .module import Module
from .parameter import Parameter

__all__ = ["BatchNorm1d", "BatchNorm2d", "BatchNorm3d", "batch_norm"]


def batch_norm(input, running_mean, running_var, weight=None, bias=None, training=False, momentum=0.1, eps=1e-05):
    """Normalises ``input`` ([N, C, ...]) per channel: with the batch's statistics when ``training`` (updating
    ``running_mean``/``running_var`` in place when given), else with the running statistics."""
    from .. import no_grad
    dims = [0] + list(range(2, input.dim()))
    shape = [1, -1] + [1] * (input.dim() - 2)
    if training:
        n = 1
        for d in dims:
            n *= input.shape[d]
        if n <= 1:
            raise ValueError("Expected more than 1 value per channel when training, got input size %s" % (input.size(),))
        mean = input.mean(dims, keepdim=True)
        var = input.var(dims, unbiased=False, keepdim=True)
        if running_mean is not None and running_var is not None:
            with no_grad():
                running_mean.mul_(1 - momentum).add_(mean.detach().reshape(-1) * momentum)
                running_var.mul_(1 - momentum).add_(var.detach().reshape(-1) * (momentum * n / (n - 1)))
    else:
        if running_mean is None or running_var is None:
            raise RuntimeError("running_mean and running_var must be defined in evaluation mode")
        mean = running_mean.reshape(shape)
        var = running_var.reshape(shape)
    y = (input - mean) * (var + eps).rsqrt()
    if weight is not None:
        y = y * weight.reshape(shape)
    if bias is not None:
        y = y + bias.reshape(shape)
    return y


class _BatchNorm(Module):
    _DIMS = ()

    def __init__(self, num_features, eps=1e-5, momentum=0.1, affine=True, track_running_stats=True, dtype=None):
        super().__init__()
        from .. import ones, zeros, tensor, int64
        self.num_features, self.eps, self.momentum = num_features, eps, momentum
        self.affine, self.track_running_stats = affine, track_running_stats
        if affine:
            self.weight = Parameter(ones(num_features, dtype=dtype))
            self.bias = Parameter(zeros(num_features, dtype=dtype))
        else:
            self.register_parameter("weight", None)
            self.register_parameter("bias", None)
        if track_running_stats:
            self.register_buffer("running_mean", zeros(num_features, dtype=dtype))
            self.register_buffer("running_var", ones(num_features, dtype=dtype))
            self.register_buffer("num_batches_tracked", tensor(0, dtype=int64))
        else:
            self.register_buffer("running_mean", None)
            self.register_buffer("running_var", None)
            self.register_buffer("num_batches_tracked", None)

    def reset_running_stats(self):
        """Running mean 0, variance 1, no batches tracked."""
        if self.track_running_stats:
            self.running_mean.zero_()
            self.running_var.fill_(1)
            self.num_batches_tracked.zero_()

    def forward(self, input):
        """Normalises with the batch statistics in training mode (updating the running ones), else with
        the running statistics."""
        if input.dim() not in self._DIMS:
            raise ValueError("expected %s input (got %dD input)" % (self._DIMS_TEXT, input.dim()))
        momentum = 0.0 if self.momentum is None else self.momentum
        if self.training and self.track_running_stats:
            self.num_batches_tracked.add_(1)
            if self.momentum is None:
                momentum = 1.0 / float(self.num_batches_tracked.item())
        use_batch = self.training or not self.track_running_stats
        return batch_norm(input, self.running_mean if (not self.training or self.track_running_stats) else None,
                          self.running_var if (not self.training or self.track_running_stats) else None,
                          self.weight, self.bias, use_batch, momentum, self.eps)

    def extra_repr(self):
        """As PyTorch prints it."""
        return ("{num_features}, eps={eps}, momentum={momentum}, affine={affine}, "
                "track_running_stats={track_running_stats}".format(**self.__dict__))


class BatchNorm1d(_BatchNorm):
    """Batch normalisation of [N, C] or [N, C, L] inputs."""
    _DIMS, _DIMS_TEXT = (2, 3), "2D or 3D"


class BatchNorm2d(_BatchNorm):
    """Batch normalisation of [N, C, H, W] inputs."""
    _DIMS, _DIMS_TEXT = (4,), "4D"


class BatchNorm3d(_BatchNorm):
    """Batch normalisation of [N, C, D, H, W] inputs."""
    _DIMS, _DIMS_TEXT = (5,), "5D"
