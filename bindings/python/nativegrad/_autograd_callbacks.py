"""``Tensor.register_post_accumulate_grad_hook`` and ``Variable._execution_engine.queue_callback``
over the native callbacks (``ng_tensor_register_post_accumulate_grad_hook``,
``ng_autograd_queue_callback``).

As for tensor hooks, a Python exception raised inside a callback is caught by the wrapper, stored,
and re-raised by the binding once the native call (``backward``) returns.
"""

import itertools
import weakref
from ctypes import c_int64

from . import _abi
from ._native import lib as _L, raise_status as _raise, store_callback_error as _store
from ._hooks import RemovableHandle

__all__ = ["register_post_accumulate_grad_hook", "queue_callback"]

_HOOK_SIG = _abi.SIGNATURES["ng_tensor_register_post_accumulate_grad_hook"][1]
_CB_SIG = _abi.SIGNATURES["ng_autograd_queue_callback"][1]

_hooks = {}        # token -> (weak reference to the leaf, hook), until the library releases the token
_callbacks = {}    # token -> callback, until it ran or its backward failed
_tokens = itertools.count(1)


def _call_hook(token, h):
    try:
        ref, fn = _hooks[token]
        leaf = ref()
        if leaf is None:
            return 0
        fn(leaf)
        return 0
    except BaseException as e:
        _store(e)
        return _abi.NG_ERR_CALLBACK


def _release_hook(token):
    _hooks.pop(token, None)


def _call_callback(token):
    try:
        _callbacks[token]()
        return 0
    except BaseException as e:
        _store(e)
        return _abi.NG_ERR_CALLBACK


def _release_callback(token):
    _callbacks.pop(token, None)


_HOOK = _HOOK_SIG[1](_call_hook)
_HOOK_RELEASE = _HOOK_SIG[2](_release_hook)
_CALLBACK = _CB_SIG[0](_call_callback)
_CALLBACK_RELEASE = _CB_SIG[1](_release_callback)


def register_post_accumulate_grad_hook(tensor, hook):
    """``hook(tensor)`` runs after a backward has accumulated ``tensor``'s gradient into
    ``tensor.grad`` (leaves that require grad only). Returns a handle with ``remove()``."""
    if not callable(hook):
        raise TypeError("hook must be callable")
    token = next(_tokens)
    _hooks[token] = (weakref.ref(tensor), hook)
    hid = c_int64()
    st = _L.ng_tensor_register_post_accumulate_grad_hook(tensor._h, _HOOK, _HOOK_RELEASE, token, hid)
    if st:
        _hooks.pop(token, None)
        _raise(st)
    return RemovableHandle(hid.value)


def queue_callback(callback):
    """Runs ``callback()`` at the end of the backward that is running (call it from a hook or a
    custom function's backward), after every node has run and before ``backward`` returns."""
    if not callable(callback):
        raise TypeError("callback must be callable")
    token = next(_tokens)
    _callbacks[token] = callback
    st = _L.ng_autograd_queue_callback(_CALLBACK, _CALLBACK_RELEASE, token)
    if st:
        _callbacks.pop(token, None)
        _raise(st)
