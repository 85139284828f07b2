"""``gradcheck`` / ``gradgradcheck``: analytical gradients against central finite differences,
computed by the engine (``ng_gradcheck``), which calls the Python function back through a C
callback. An exception raised by the function is re-raised to the caller."""

from ctypes import c_int32, c_void_p

from .. import _abi
from .._native import lib as _L, raise_status as _raise, store_callback_error as _store, take_string
from .._tensor import Tensor

__all__ = ["gradcheck", "gradgradcheck", "GradcheckError"]

_FN_T = _abi.SIGNATURES["ng_gradcheck"][1][0]
_ng_gradcheck = _L.ng_gradcheck
_ng_share = _L.ng_tensor_share


class GradcheckError(RuntimeError):
    """Raised by gradcheck / gradgradcheck when the gradients disagree."""


def _as_tuple(x):
    return tuple(x) if isinstance(x, (tuple, list)) else (x,)


def _check(func, inputs, eps, atol, rtol, raise_exception, second_order, name):
    inputs = _as_tuple(inputs)
    diff = [i for i, a in enumerate(inputs) if isinstance(a, Tensor) and a.requires_grad]
    if not diff:
        raise ValueError("%s expects at least one input tensor to require gradient, but none of the them "
                         "have requires_grad=True." % name)
    n_out = [None]
    which = [0]

    def run(token, handles, n, out):
        try:
            res = _as_tuple(func(*inputs))
            outs = [r for r in res if isinstance(r, Tensor)]
            n_out[0] = len(outs)
            o = c_void_p()
            st = _ng_share(outs[which[0]]._h, o)
            if st:
                _raise(st)
            out[0] = o.value
            return 0
        except BaseException as e:
            _store(e)
            return _abi.NG_ERR_CALLBACK

    cb = _FN_T(run)   # kept alive for the duration of the native call
    arr = (c_void_p * len(diff))(*[inputs[i]._h for i in diff])
    k = 0
    while True:
        which[0] = k
        ok, msg = c_int32(), c_void_p()
        st = _ng_gradcheck(cb, None, arr, len(diff), eps, atol, rtol, 1 if second_order else 0, ok, msg)
        if st:
            _raise(st)
        if not ok.value:
            text = take_string(msg)
            if raise_exception:
                raise GradcheckError(text)
            return False
        k += 1
        if n_out[0] is None or k >= n_out[0]:
            return True


def _unsupported(name, **flags):
    for k, v in flags.items():
        if v:
            raise NotImplementedError("nativegrad: %s(%s=True) is not supported (NativeGrad has no forward-mode AD "
                                      "nor batched gradients)" % (name, k))


def gradcheck(func, inputs, *, eps=1e-6, atol=1e-5, rtol=1e-3, raise_exception=True, nondet_tol=0.0,
              check_undefined_grad=True, check_grad_dtypes=False, check_batched_grad=False,
              check_batched_forward_grad=False, check_forward_ad=False, check_backward_ad=True, fast_mode=False):
    """Checks the gradients of ``func`` at ``inputs`` (float64 tensors, leaves or not; those with
    ``requires_grad=True`` are checked) against central differences with step ``eps``. Returns
    True, or raises GradcheckError (returns False with ``raise_exception=False``). ``fast_mode``
    runs the full check; batched and forward-mode checks are refused."""
    _unsupported("gradcheck", check_batched_grad=check_batched_grad, check_forward_ad=check_forward_ad,
                 check_batched_forward_grad=check_batched_forward_grad)
    return _check(func, inputs, eps, atol, rtol, raise_exception, False, "gradcheck")


def gradgradcheck(func, inputs, grad_outputs=None, *, eps=1e-6, atol=1e-5, rtol=1e-3,
                  gen_non_contig_grad_outputs=False, raise_exception=True, nondet_tol=0.0,
                  check_undefined_grad=True, check_grad_dtypes=False, check_batched_grad=False,
                  check_fwd_over_rev=False, check_rev_over_rev=True, fast_mode=False):
    """Checks second derivatives: the gradients of ``autograd.grad(func(inputs), inputs, v,
    create_graph=True)`` with respect to the inputs and to ``v``."""
    if grad_outputs is not None:
        raise NotImplementedError("nativegrad: gradgradcheck draws its own grad_outputs")
    _unsupported("gradgradcheck", check_batched_grad=check_batched_grad, check_fwd_over_rev=check_fwd_over_rev)
    return _check(func, inputs, eps, atol, rtol, raise_exception, True, "gradgradcheck")
