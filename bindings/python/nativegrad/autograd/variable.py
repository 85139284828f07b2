"""The legacy ``Variable`` wrapper: ``Variable(t, requires_grad=...)`` returns a Tensor."""

from .._tensor import Tensor

__all__ = ["Variable"]


class VariableMeta(type):
    def __instancecheck__(cls, other):
        return isinstance(other, Tensor)


class _ExecutionEngine(object):
    """``Variable._execution_engine``: the autograd engine's ``queue_callback``."""

    def queue_callback(self, callback):
        """Runs ``callback()`` at the end of the running backward (only valid during a backward)."""
        from .._autograd_callbacks import queue_callback
        queue_callback(callback)


class Variable(object, metaclass=VariableMeta):
    """``Variable(data, requires_grad=False)`` returns a new leaf Tensor that shares
    ``data``'s storage (like ``data.detach()``) with the given ``requires_grad``.
    ``isinstance(t, Variable)`` is True for every Tensor."""

    def __new__(cls, data=None, requires_grad=False, volatile=False):
        if data is None:
            from .._creation import zeros
            return zeros(0, requires_grad=requires_grad)
        if not isinstance(data, Tensor):
            raise TypeError("Variable data has to be a tensor, but got " + type(data).__name__)
        t = data.detach()
        if requires_grad:
            t.requires_grad_(True)
        return t


Variable._execution_engine = _ExecutionEngine()
