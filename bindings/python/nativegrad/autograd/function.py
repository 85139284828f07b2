"""``autograd.Function``: differentiable functions with a user-written forward and backward.

The native library runs them (``ng_custom_function_apply``): it calls back into Python for
``forward`` (once, with grad mode off) and ``backward`` (during the backward pass), and tells
Python when it no longer needs the function's state. A Python exception raised inside a
callback cannot cross the native frames, so the callback wrappers here catch it, store it
(``_native.store_callback_error``), return an error status, and the binding re-raises the
original exception once the native call returns.
"""

import itertools
from ctypes import c_int32, c_void_p

from .. import _abi
from .._native import lib as _L, raise_status as _raise, store_callback_error as _store
from .._tensor import Tensor, Node, _wrap, _tensor_id, _custom_node_names, _custom_node_base

__all__ = ["Function", "FunctionCtx", "once_differentiable"]

_APPLY_SIG = _abi.SIGNATURES["ng_custom_function_apply"][1]
_FWD_T, _BWD_T, _REL_T = _APPLY_SIG[1], _APPLY_SIG[2], _APPLY_SIG[3]
_MAX_OUTPUTS = 64
_ERR = _abi.NG_ERR_CALLBACK

_ng_apply = _L.ng_custom_function_apply
_ng_share = _L.ng_tensor_share
_ng_free = _L.ng_tensor_free
_ng_save = _L.ng_ctx_save_for_backward
_ng_num_saved = _L.ng_ctx_num_saved
_ng_saved = _L.ng_ctx_saved_tensor
_ng_needs = _L.ng_ctx_needs_input_grad
_ng_mark_nd = _L.ng_ctx_mark_non_differentiable
_ng_user_data = _L.ng_ctx_user_data

# token -> _Call, alive until the library releases the token (the node died or nothing was recorded)
_calls = {}
_tokens = itertools.count(1)


def _share(t):
    out = c_void_p()
    st = _ng_share(t._h, out)
    if st:
        _raise(st)
    return out.value


class FunctionCtx(object):
    """The ``ctx`` passed to ``forward`` and ``backward``. Attributes set on it in forward are
    visible in backward."""

    def __init__(self):
        self._h = None                 # the node handle, valid during a callback only
        self._saved_none = ()          # positions of None in save_for_backward
        self._to_save = None
        self._non_diff = []
        self.needs_input_grad = ()
        self.materialize_grads = True

    def save_for_backward(self, *tensors):
        """Keep tensors (or None) for backward; read them with ``ctx.saved_tensors``."""
        for i, t in enumerate(tensors):
            if t is not None and not isinstance(t, Tensor):
                raise TypeError("save_for_backward can only save variables, but argument %d is of type %s"
                                % (i, type(t).__name__))
        self._to_save = tensors

    def save_for_forward(self, *tensors):
        """Forward-mode AD is not supported: raises ``NotImplementedError``."""
        raise NotImplementedError("nativegrad: forward-mode AD is not supported")

    def mark_non_differentiable(self, *outputs):
        """Outputs that get no grad_fn (their gradient in backward is zero)."""
        self._non_diff.extend(outputs)

    def mark_dirty(self, *tensors):
        """In-place custom functions are not supported: raises ``NotImplementedError``."""
        raise NotImplementedError("nativegrad: mark_dirty (in-place custom functions) is not supported")

    def set_materialize_grads(self, value):
        """Gradients of outputs that received none are passed to backward as zeros (always)."""
        self.materialize_grads = bool(value)

    @property
    def saved_tensors(self):
        """The tensors given to ``save_for_backward``. Fails after a backward freed them, or if
        one was modified in place since it was saved (PyTorch's messages)."""
        h = self._h
        if h is None:
            if self._to_save is not None:
                return tuple(self._to_save)
            raise RuntimeError("nativegrad: saved_tensors can only be read inside forward or backward")
        n = c_int32()
        st = _ng_num_saved(h, n)
        if st:
            _raise(st)
        res = []
        for i in range(n.value):
            out = c_void_p()
            st = _ng_saved(h, i, out)
            if st:
                _raise(st)
            res.append(_wrap(out.value))
        for i in self._saved_none:
            res.insert(i, None)
        return tuple(res)

    saved_variables = saved_tensors


class _Call(object):
    """One Function.apply: the class, ctx and arguments the callbacks need."""
    __slots__ = ("cls", "ctx", "args", "kwargs", "positions", "outputs", "structure")


def _forward(token, ctxh, inputs, n_in, outs, max_out, n_out):
    try:
        call = _calls[token]
        ctx = call.ctx
        ctx._h = ctxh
        try:
            needs = []
            k = 0
            for a in call.args:
                if isinstance(a, Tensor):
                    v = c_int32()
                    st = _ng_needs(ctxh, k, v)
                    if st:
                        _raise(st)
                    needs.append(v.value != 0)
                    k += 1
                else:
                    needs.append(False)
            ctx.needs_input_grad = tuple(needs)
            result = call.cls.forward(ctx, *call.args, **call.kwargs)
            is_tuple = isinstance(result, tuple)
            results = result if is_tuple else (result,)
            tensors = [r for r in results if isinstance(r, Tensor)]
            if not tensors:
                raise RuntimeError("nativegrad: a custom Function's forward must return at least one Tensor")
            if len(tensors) > max_out:
                raise RuntimeError("nativegrad: a custom Function may return at most %d tensors" % max_out)
            call.outputs = tensors
            call.structure = (is_tuple, results)
            to_save = ctx._to_save
            if to_save:
                ctx._saved_none = tuple(i for i, t in enumerate(to_save) if t is None)
                kept = [t for t in to_save if t is not None]
                arr = (c_void_p * len(kept))(*[t._h for t in kept])
                st = _ng_save(ctxh, arr, len(kept))
                if st:
                    _raise(st)
            ctx._to_save = None
            for t in ctx._non_diff:
                if isinstance(t, Tensor):
                    st = _ng_mark_nd(ctxh, t._h)
                    if st:
                        _raise(st)
            ctx._non_diff = []
            for i, t in enumerate(tensors):
                outs[i] = _share(t)
            n_out[0] = len(tensors)
            return 0
        finally:
            ctx._h = None
    except BaseException as e:
        _store(e)
        return _ERR


def _backward(token, ctxh, gouts, n_g, gins, n_in):
    try:
        call = _calls[token]
        ctx = call.ctx
        ctx._h = ctxh
        try:
            grads = []
            for i in range(n_g):
                h = gouts[i]
                grads.append(None if h is None else _wrap(_share_handle(h)))
            name = call.cls.__name__ + "Backward"
            res = call.cls.backward(ctx, *grads)
            if not isinstance(res, tuple):
                res = (res,)
            n = len(call.args)
            if len(res) < n or any(g is not None for g in res[n:]):
                raise RuntimeError("function %s returned an incorrect number of gradients (expected %d, got %d)"
                                   % (name, n, len(res)))
            k = 0
            for a, g in zip(call.args, res):
                if not isinstance(a, Tensor):
                    continue
                if g is not None:
                    if not isinstance(g, Tensor):
                        raise TypeError("function %s returned a gradient different than None at position %d, "
                                        "but the corresponding forward input was not a Variable"
                                        % (name, k + 1))
                    gins[k] = _share(g)
                k += 1
            return 0
        finally:
            ctx._h = None
    except BaseException as e:
        _store(e)
        return _ERR


def _share_handle(h):
    out = c_void_p()
    st = _ng_share(h, out)
    if st:
        _raise(st)
    return out.value


def _release(token):
    _calls.pop(token, None)


# One set of C callbacks for every Function; the token tells them which call they serve.
# Module-level, so they outlive every node that may call them.
_FWD = _FWD_T(_forward)
_BWD = _BWD_T(_backward)
_REL = _REL_T(_release)


class BackwardCFunction(Node):
    """Base of the ``<Class>Backward`` grad_fn classes: like PyTorch, where the grad_fn of a
    custom function IS its ctx, attributes (``saved_tensors``, ``needs_input_grad``, values
    stored in forward) are read from the function's ctx."""
    __slots__ = ()

    def __getattr__(self, name):
        if name.startswith("__"):
            raise AttributeError(name)
        p = c_void_p()
        call = None if _ng_user_data(self._h, p) else _calls.get(p.value)
        if call is None:
            raise AttributeError("'%s' object has no attribute '%s'" % (type(self).__name__, name))
        ctx = call.ctx
        if name in ("saved_tensors", "saved_variables"):
            ctx._h = self._h
            try:
                return ctx.saved_tensors
            finally:
                ctx._h = None
        try:
            return getattr(ctx, name)
        except AttributeError:
            raise AttributeError("'%s' object has no attribute '%s'" % (type(self).__name__, name)) from None


BackwardCFunction.__module__ = "nativegrad.autograd.function"
_custom_node_base[0] = BackwardCFunction


class FunctionMeta(type):
    """Registers the backward node name ``<Class>Backward`` of every Function subclass."""

    def __init__(cls, name, bases, attrs):
        _custom_node_names.add(name + "Backward")
        super(FunctionMeta, cls).__init__(name, bases, attrs)


class Function(FunctionCtx, metaclass=FunctionMeta):
    """Base class of custom differentiable functions (``torch.autograd.Function``)::

        class MyExp(Function):
            @staticmethod
            def forward(ctx, x):
                y = x.exp()
                ctx.save_for_backward(y)
                return y

            @staticmethod
            def backward(ctx, grad):
                y, = ctx.saved_tensors
                return grad * y

        y = MyExp.apply(x)      # y.grad_fn is a MyExpBackward node

    ``forward`` runs with grad mode off; ``backward`` returns one gradient per forward
    argument (None for non-tensors and inputs that need none) and runs with grad mode on
    only under ``create_graph=True``, so its ops are then recorded for higher orders.
    """

    @staticmethod
    def forward(ctx, *args, **kwargs):
        """Computes the outputs from the inputs (override it; runs under no_grad). Save what
        backward needs with ``ctx.save_for_backward``."""
        raise NotImplementedError("You must implement the forward function for custom autograd.Function.")

    @staticmethod
    def backward(ctx, *grad_outputs):
        """Given the gradients of the outputs, returns one gradient (or None) per input of
        ``forward`` (override it)."""
        raise NotImplementedError("You must implement either the backward or vjp method for your custom "
                                  "autograd.Function to use it with backward mode AD.")

    vjp = backward

    @classmethod
    def apply(cls, *args, **kwargs):
        """Runs ``forward`` and links its tensor outputs to a ``<Class>Backward`` node when an
        input requires grad and grad mode is on."""
        tensors = [a for a in args if isinstance(a, Tensor)]
        call = _Call()
        call.cls = cls
        call.ctx = FunctionCtx()
        call.args = args
        call.kwargs = kwargs
        call.outputs = None
        call.structure = None
        token = next(_tokens)
        _calls[token] = call
        n = len(tensors)
        arr = (c_void_p * max(n, 1))(*[t._h for t in tensors])
        outs = (c_void_p * _MAX_OUTPUTS)()
        n_out = c_int32()
        st = _ng_apply((cls.__name__).encode("utf-8"), _FWD, _BWD, _REL, token, arr, n, outs, _MAX_OUTPUTS, n_out)
        if st:
            _raise(st)
        fwd = call.outputs
        call.outputs = None
        is_tuple, results = call.structure
        call.structure = None
        wrapped = []
        for i in range(n_out.value):
            h = outs[i]
            orig = fwd[i]
            if _tensor_id(h) == _tensor_id(orig._h):
                _ng_free(h)       # the very tensor forward returned, now with its grad_fn
                wrapped.append(orig)
            else:
                wrapped.append(_wrap(h))   # an input returned as is: a new view with the grad_fn
        it = iter(wrapped)
        final = tuple(next(it) if isinstance(r, Tensor) else r for r in results)
        return final if is_tuple else final[0]


class InplaceFunction(Function):
    def __init__(self, inplace=False):
        super(InplaceFunction, self).__init__()
        self.inplace = inplace


def once_differentiable(fn):
    """Marks a backward that is not differentiable (accepted; NativeGrad records nothing extra)."""
    return fn
