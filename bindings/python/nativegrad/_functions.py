"""Module-level functions (``torch.exp(x)``, ``torch.mm(a, b)``, ...)."""

from ctypes import c_void_p

from . import _strict
from ._native import lib as _L, raise_status as _raise
from ._tensor import Tensor, _type_error_tensor, _wrap_dt, _dtcode, _scalar_operand, _RPOW

__all__ = ["abs", "neg", "negative", "unsqueeze", "squeeze", "sum", "mean", "mm", "matmul", "dot", "norm",
           "pow", "add", "sub", "mul", "div", "t", "transpose", "swapaxes", "swapdims", "permute", "reshape", "clone", "detach", "eq", "ne", "lt",
           "le", "gt", "ge", "numel", "is_tensor", "is_floating_point", "subtract", "multiply", "divide",
           "true_divide", "positive", "floor_divide"]

_VP = c_void_p


def _unary_fn(method, name):
    def f(input):
        if not isinstance(input, Tensor):
            raise _type_error_tensor(name, "input", 1, input)
        return method(input)
    f.__name__ = f.__qualname__ = name
    return f


abs = _unary_fn(Tensor.abs, "abs")
neg = _unary_fn(Tensor.neg, "neg")
negative = _unary_fn(Tensor.neg, "negative")
t = _unary_fn(Tensor.t, "t")
clone = _unary_fn(Tensor.clone, "clone")
detach = _unary_fn(Tensor.detach, "detach")


def _check(input, name):
    if not isinstance(input, Tensor):
        raise _type_error_tensor(name, "input", 1, input)


def sum(input, dim=None, keepdim=False, dtype=None):
    _check(input, "sum")
    return input.sum(dim, keepdim, dtype=dtype)


def mean(input, dim=None, keepdim=False, dtype=None):
    _check(input, "mean")
    return input.mean(dim, keepdim, dtype=dtype)


def norm(input, p="fro", dim=None, keepdim=False, out=None, dtype=None):
    _check(input, "norm")
    from ._strict import write_out
    return write_out(input.norm(p, dim, keepdim, dtype=dtype), out, "norm", (input,))


def unsqueeze(input, dim):
    _check(input, "unsqueeze")
    return input.unsqueeze(dim)


def squeeze(input, dim=None):
    _check(input, "squeeze")
    return input.squeeze(dim)


def transpose(input, dim0, dim1):
    _check(input, "transpose")
    return input.transpose(dim0, dim1)


swapaxes = swapdims = transpose


def permute(input, dims):
    _check(input, "permute")
    return input.permute(dims)


def reshape(input, shape):
    _check(input, "reshape")
    return input.reshape(shape)


def _out(r, out, name, inputs):
    """``r``, or ``r`` written into ``out`` (PyTorch's out=: no autograd, the result's shape and dtype)."""
    return r if out is None else _strict.write_out(r, out, name, inputs)


def mm(input, mat2, *, out=None):
    _check(input, "mm")
    return _out(input.mm(mat2), out, "mm", (input, mat2))


def matmul(input, other, *, out=None):
    _check(input, "matmul")
    return _out(input.matmul(other), out, "matmul", (input, other))


def dot(input, tensor, *, out=None):
    _check(input, "dot")
    return _out(input.dot(tensor), out, "dot", (input, tensor))


def _binary_fn(method, name):
    def f(input, other, *, out=None):
        if isinstance(input, Tensor):
            r = method(input, other)
        elif isinstance(other, Tensor):
            # scalar OP tensor via the reflected operator
            r = getattr(other, _REFLECTED[name])(input)
        else:
            raise _type_error_tensor(name, "input", 1, input)
        if r is NotImplemented:
            raise TypeError("%s(): argument 'other' (position 2) must be Tensor or Number, not %s"
                            % (name, type(other).__name__))
        return _out(r, out, name, (input, other))
    f.__name__ = f.__qualname__ = name
    return f


_REFLECTED = {"add": "__radd__", "sub": "__rsub__", "mul": "__rmul__", "div": "__rtruediv__",
              "eq": "__eq__", "ne": "__ne__", "lt": "__gt__", "le": "__ge__", "gt": "__lt__",
              "ge": "__le__"}

_add = _binary_fn(Tensor.__add__, "add")
_sub = _binary_fn(Tensor.__sub__, "sub")
mul = _binary_fn(Tensor.__mul__, "mul")
div = _binary_fn(Tensor.__truediv__, "div")
eq = _binary_fn(Tensor.__eq__, "eq")
ne = _binary_fn(Tensor.__ne__, "ne")
lt = _binary_fn(Tensor.__lt__, "lt")
le = _binary_fn(Tensor.__le__, "le")
gt = _binary_fn(Tensor.__gt__, "gt")
ge = _binary_fn(Tensor.__ge__, "ge")


def add(input, other, *, alpha=1, out=None):
    """``input + alpha * other``."""
    return _add(input, other if alpha == 1 else other * alpha, out=out)


def sub(input, other, *, alpha=1, out=None):
    """``input - alpha * other``."""
    return _sub(input, other if alpha == 1 else other * alpha, out=out)


subtract = sub
multiply = mul
_div = div


def true_divide(input, other, *, out=None):
    """``input / other`` (true division: integers give floats)."""
    return _div(input, other, out=out)


def div(input, other, *, rounding_mode=None, out=None):
    """``input / other``; rounded toward zero ("trunc") or down ("floor") when ``rounding_mode`` is given."""
    if rounding_mode is None:
        return _div(input, other, out=out)
    from ._floordiv import divide_rounded
    r = divide_rounded(input, other, rounding_mode)
    return _out(r, out, "div", (input, other))


divide = div


def floor_divide(input, other, *, out=None):
    """``input // other``: division rounded toward negative infinity (PyTorch 1.13's floor_divide)."""
    from ._floordiv import floor_divide as f
    return f(input, other, out=out)


def positive(input):
    """``+input``: ``input`` itself (an error for bool tensors)."""
    _check(input, "positive")
    return +input


def pow(input, exponent):
    """``input ** exponent``; ``input`` may be a Python number when ``exponent`` is a Tensor."""
    if isinstance(input, Tensor):
        r = input.__pow__(exponent)
        if r is NotImplemented:
            raise TypeError("pow(): argument 'exponent' must be Tensor or Number, not %s"
                            % type(exponent).__name__)
        return r
    if isinstance(exponent, Tensor):
        r = exponent.__rpow__(input)
        if r is NotImplemented:
            raise TypeError("pow(): argument 'self' must be Tensor or Number, not %s"
                            % type(input).__name__)
        return r
    raise _type_error_tensor("pow", "input", 1, input)


def numel(input):
    _check(input, "numel")
    return input.numel()


def is_tensor(obj):
    return isinstance(obj, Tensor)


def is_floating_point(input):
    _check(input, "is_floating_point")
    return input.is_floating_point()
