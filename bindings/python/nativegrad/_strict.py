"""Strict argument handling shared by the Python wrappers: no keyword argument is silently dropped,
``out=`` is honoured (written into) or refused, ``layout`` must be ``strided``."""

__all__ = ["layout", "strided", "reject_kwargs", "check_layout", "out_dtype", "write_out"]


class layout(object):
    """``torch.layout``: NativeGrad tensors are all dense and strided."""

    __slots__ = ("_name",)

    def __init__(self, name):
        self._name = name

    def __repr__(self):
        return "torch." + self._name

    def __reduce__(self):
        return self._name   # the module attribute of that name (pickles as the singleton)


strided = layout("strided")
layout.__module__ = "nativegrad"


def reject_kwargs(fname, kwargs, args=()):
    """PyTorch's TypeError for keyword arguments a function does not take (a misspelled ``dtype``...)."""
    if kwargs:
        from ._tensor import _typename
        got = [_typename(a) for a in args] + ["%s=%s" % (k, _typename(v)) for k, v in kwargs.items()]
        raise TypeError("%s() received an invalid combination of arguments - got (%s): unexpected keyword "
                        "argument%s %s" % (fname, ", ".join(got), "s" if len(kwargs) > 1 else "",
                                            ", ".join("'%s'" % k for k in kwargs)))


def check_layout(fname, value):
    if value is not None and value is not strided:
        raise TypeError("%s(): argument 'layout' must be torch.layout (only torch.strided exists in NativeGrad), "
                        "not %s" % (fname, type(value).__name__))


def out_dtype(out, dtype, fname):
    """The dtype a factory produces: ``dtype``, else ``out``'s (as PyTorch), else None (the default)."""
    if out is None:
        return dtype
    from ._tensor import Tensor, _typename
    if not isinstance(out, Tensor):
        raise TypeError("%s(): argument 'out' must be Tensor, not %s" % (fname, _typename(out)))
    return out.dtype if dtype is None else dtype


def write_out(result, out, fname, inputs=()):
    """Writes ``result`` into ``out`` and returns ``out`` (``result`` itself when out is None).
    ``out`` must have the result's shape and dtype (NativeGrad does not resize tensors in place),
    and, as in PyTorch, out= does not take part in autograd."""
    if out is None:
        return result
    from ._tensor import Tensor, _typename
    from .autograd.grad_mode import is_grad_enabled, no_grad
    if not isinstance(out, Tensor):
        raise TypeError("%s(): argument 'out' must be Tensor, not %s" % (fname, _typename(out)))
    if is_grad_enabled() and (out.requires_grad or result.requires_grad
                              or any(isinstance(t, Tensor) and t.requires_grad for t in inputs)):
        raise RuntimeError("%s(): functions with out=... arguments don't support automatic differentiation, but one "
                           "of the arguments requires grad." % fname)
    if tuple(out.shape) != tuple(result.shape):
        raise RuntimeError("%s(): out= must have the result's shape %s (NativeGrad does not resize out), got %s"
                           % (fname, list(result.shape), list(out.shape)))
    if out.dtype != result.dtype:
        raise RuntimeError("Expected out tensor to have dtype %s, but got %s instead" % (result.dtype, out.dtype))
    with no_grad():
        out.copy_(result)
    return out
