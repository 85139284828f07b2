"""``torch.backends.cuda``: the TF32 flags of CUDA matmul are accepted (there is no CUDA)."""


class _MatmulFlags(object):
    """``torch.backends.cuda.matmul``: ``allow_tf32`` and friends as plain attributes."""

    def __init__(self):
        self.allow_tf32 = False
        self.allow_fp16_reduced_precision_reduction = True


matmul = _MatmulFlags()


def is_built():
    """False: NativeGrad has no CUDA."""
    return False
