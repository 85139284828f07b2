"""``torch.backends.mps``: Apple's Metal backend is neither built nor available."""


def is_available():
    """False."""
    return False


def is_built():
    """False."""
    return False
