"""``torch.cuda`` as a PyTorch built without CUDA has it: nothing is available, the seeding calls
(documented to be ignored when CUDA is absent) do nothing, and calls that need a GPU raise
PyTorch's AssertionError "Torch not compiled with CUDA enabled"."""

__all__ = ["is_available", "device_count", "is_initialized", "current_device", "set_device", "synchronize",
           "get_device_name", "manual_seed", "manual_seed_all", "seed", "seed_all", "empty_cache"]


def _no_cuda(*args, **kwargs):
    """Raises as a CPU-only PyTorch does: there is no CUDA device."""
    raise AssertionError("Torch not compiled with CUDA enabled")


def is_available():
    """False: NativeGrad computes on the CPU only."""
    return False


def device_count():
    """0."""
    return 0


def is_initialized():
    """False."""
    return False


def manual_seed(seed):
    """Ignored: there is no CUDA generator (PyTorch ignores it too when CUDA is absent)."""


def manual_seed_all(seed):
    """Ignored: there is no CUDA generator (PyTorch ignores it too when CUDA is absent)."""


def seed():
    """Ignored (no CUDA generator)."""


def seed_all():
    """Ignored (no CUDA generator)."""


def empty_cache():
    """Nothing to release: no CUDA memory is ever held."""


current_device = set_device = synchronize = get_device_name = _no_cuda
