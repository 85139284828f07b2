"""``torch.backends.cudnn``: not available; ``enabled``, ``benchmark``, ``deterministic`` and
``allow_tf32`` are plain flags (they change nothing: there is no cuDNN)."""

enabled = True
benchmark = False
deterministic = False
allow_tf32 = True


def is_available():
    """False: no cuDNN."""
    return False


def version():
    """None: no cuDNN."""
    return None
