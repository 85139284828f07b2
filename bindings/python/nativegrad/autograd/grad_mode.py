"""Grad-mode switches: ``no_grad``, ``enable_grad``, ``set_grad_enabled``, ``inference_mode``.

Each is a context manager AND a decorator. The mode lives in the native
library and is thread-local there, so a ``no_grad`` in one thread never
affects another.
"""

import functools
import inspect
import sys
from ctypes import c_int32

from .._native import lib as _L, raise_status as _raise

__all__ = ["no_grad", "enable_grad", "set_grad_enabled", "is_grad_enabled", "inference_mode",
           "is_inference_mode_enabled"]

_ng_is_grad_enabled = _L.ng_is_grad_enabled
_ng_set_grad_enabled = _L.ng_set_grad_enabled


def is_grad_enabled():
    """True if gradients are recorded in the calling thread."""
    v = c_int32()
    st = _ng_is_grad_enabled(v)
    if st:
        _raise(st)
    return v.value != 0


def _set(mode):
    """Set the calling thread's grad mode; returns the previous mode (0/1)."""
    prev = c_int32()
    st = _ng_set_grad_enabled(1 if mode else 0, prev)
    if st:
        _raise(st)
    return prev.value


class _DecoratorContextManager(object):
    """Base: ``@ctx()`` wraps a function (or generator function) so that each call runs
    inside a fresh copy of the context."""

    def __call__(self, func):
        if inspect.isclass(func):
            raise RuntimeError("grad-mode decorators cannot decorate a class")
        if inspect.isgeneratorfunction(func):
            return self._wrap_generator(func)

        @functools.wraps(func)
        def decorate_context(*args, **kwargs):
            with self.clone():
                return func(*args, **kwargs)
        return decorate_context

    def _wrap_generator(self, func):
        @functools.wraps(func)
        def generator_context(*args, **kwargs):
            gen = func(*args, **kwargs)
            try:
                with self.clone():
                    response = gen.send(None)
                while True:
                    try:
                        request = yield response
                    except GeneratorExit:
                        with self.clone():
                            gen.close()
                        raise
                    except BaseException:
                        with self.clone():
                            response = gen.throw(*sys.exc_info())
                    else:
                        with self.clone():
                            response = gen.send(request)
            except StopIteration as e:
                return e.value
        return generator_context

    def clone(self):
        """A new, unentered context manager of the same kind (used when decorating)."""
        return self.__class__()


class no_grad(_DecoratorContextManager):
    """Disable gradient recording (in the calling thread) inside the block / decorated function."""

    def __new__(cls, orig_func=None):
        if orig_func is not None and callable(orig_func):  # bare @no_grad
            return cls()(orig_func)
        return super(no_grad, cls).__new__(cls)

    def __init__(self, orig_func=None):
        self._prev = []

    def __enter__(self):
        self._prev.append(_set(False))

    def __exit__(self, exc_type, exc_value, traceback):
        _set(self._prev.pop())
        return False


class enable_grad(_DecoratorContextManager):
    """Enable gradient recording inside the block, e.g. inside a ``no_grad`` block."""

    def __new__(cls, orig_func=None):
        if orig_func is not None and callable(orig_func):
            return cls()(orig_func)
        return super(enable_grad, cls).__new__(cls)

    def __init__(self, orig_func=None):
        self._prev = []

    def __enter__(self):
        self._prev.append(_set(True))

    def __exit__(self, exc_type, exc_value, traceback):
        _set(self._prev.pop())
        return False


class set_grad_enabled(_DecoratorContextManager):
    """``set_grad_enabled(mode)`` sets the mode immediately (usable as a plain call); as a
    context manager the previous mode is restored on exit; as a decorator it applies to
    each call of the function."""

    def __init__(self, mode):
        self.mode = bool(mode)
        self.prev = _set(self.mode)

    def __call__(self, func):
        _set(self.prev)  # decorating must not change the current mode
        return super(set_grad_enabled, self).__call__(func)

    def __enter__(self):
        pass

    def __exit__(self, exc_type, exc_value, traceback):
        _set(self.prev)
        return False

    def clone(self):
        """A new, unentered context manager with the same mode."""
        return self.__class__(self.mode)


_ng_set_inference_mode = _L.ng_set_inference_mode
_ng_is_inference_mode_enabled = _L.ng_is_inference_mode_enabled


def is_inference_mode_enabled():
    """True inside ``inference_mode()`` in the calling thread."""
    v = c_int32()
    st = _ng_is_inference_mode_enabled(v)
    if st:
        _raise(st)
    return v.value != 0


class inference_mode(_DecoratorContextManager):
    """No graph is recorded inside, and tensors made inside are inference tensors
    (``t.is_inference()``): they cannot be saved for backward later, nor changed in place
    outside inference mode. ``inference_mode(False)`` leaves it (and enables grad) inside."""

    def __new__(cls, mode=True):
        if callable(mode) and not isinstance(mode, bool):
            return cls()(mode)
        return super(inference_mode, cls).__new__(cls)

    def __init__(self, mode=True):
        self.mode = bool(mode)
        self._prev = []

    def __enter__(self):
        prev, prev_grad = c_int32(), c_int32()
        st = _ng_set_inference_mode(1 if self.mode else 0, prev, prev_grad)
        if st:
            _raise(st)
        self._prev.append((prev.value, prev_grad.value))

    def __exit__(self, exc_type, exc_value, traceback):
        prev, prev_grad = self._prev.pop()
        st = _ng_set_inference_mode(prev, None, None)
        if st:
            _raise(st)
        _set(prev_grad)
        return False

    def clone(self):
        """A new, unentered context manager with the same mode."""
        return self.__class__(self.mode)
