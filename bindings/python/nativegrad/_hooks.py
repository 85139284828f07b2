"""``Tensor.register_hook`` over the native hook callback (``ng_tensor_register_hook``).

As for custom functions, a Python exception raised inside a hook is caught by the callback
wrapper, stored, and re-raised by the binding once the native call (``backward``) returns.
"""

import itertools
import weakref
from ctypes import c_int64, c_void_p

from . import _abi
from ._native import lib as _L, raise_status as _raise, store_callback_error as _store
from ._tensor import Tensor, _wrap

__all__ = ["RemovableHandle", "register_hook"]

_SIG = _abi.SIGNATURES["ng_tensor_register_hook"][1]
_HOOK_T, _REL_T = _SIG[1], _SIG[2]
_ng_register = _L.ng_tensor_register_hook
_ng_remove = _L.ng_hook_remove
_ng_share = _L.ng_tensor_share

_fns = {}          # token -> hook function, until the library releases the token
_tokens = itertools.count(1)


def _share(h):
    out = c_void_p()
    st = _ng_share(h, out)
    if st:
        _raise(st)
    return out.value


def _call(token, gh, out):
    try:
        fn = _fns[token]
        g = _wrap(_share(gh))
        r = fn(g)
        if r is not None:
            if not isinstance(r, Tensor):
                raise TypeError("expected Tensor or None from a hook (got %s)" % type(r).__name__)
            if tuple(r.shape) != tuple(g.shape):
                raise RuntimeError("hook '%s' has changed the size of value" % getattr(fn, "__name__", "hook"))
            out[0] = _share(r._h)
        return 0
    except BaseException as e:
        _store(e)
        return _abi.NG_ERR_CALLBACK


def _release(token):
    _fns.pop(token, None)


_HOOK = _HOOK_T(_call)
_REL = _REL_T(_release)


class RemovableHandle(object):
    """Returned by ``register_hook``: ``handle.remove()`` unregisters the hook (also as a
    context manager: the hook is removed on exit)."""

    def __init__(self, hook_id):
        self.id = hook_id

    def remove(self):
        """Unregisters the hook (removing it twice is fine)."""
        if self.id:
            st = _ng_remove(self.id)
            self.id = 0
            if st:
                _raise(st)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.remove()
        return False


RemovableHandle.__module__ = "nativegrad.utils.hooks"


def register_hook(tensor, hook):
    if not callable(hook):
        raise TypeError("hook must be callable")
    token = next(_tokens)
    _fns[token] = hook
    hid = c_int64()
    st = _ng_register(tensor._h, _HOOK, _REL, token, hid)
    if st:
        _fns.pop(token, None)
        _raise(st)
    return RemovableHandle(hid.value)
