"""``nativegrad.utils.hooks``: the handle returned by ``Tensor.register_hook``."""

from .._hooks import RemovableHandle

__all__ = ["RemovableHandle"]
