"""Floor and truncating division: ``a // b``, ``torch.floor_divide`` and ``torch.div(..., rounding_mode=)``.

Composed from tensor ops, as PyTorch 1.13 defines them:
  * floats, "floor": PyTorch's div_floor: ``mod = fmod(a, b)``, ``div = (a - mod) / b``, one less where
    ``mod`` and ``b`` differ in sign, then the floor of that (rounded up when more than half below), and
    the sign of ``a / b`` on a zero; ``a / b`` where ``b`` is zero (inf or nan);
  * floats, "trunc": ``trunc(a / b)``;
  * int64: exact integer division (a quotient through float64 is exact while both operands are below
    2**31 in magnitude; beyond, the values are divided as Python integers); a zero divisor raises
    PyTorch's ``RuntimeError: ZeroDivisionError``.
The result has the dtype ``a + b`` would have. Its gradient is zero, as PyTorch's ``div`` with a
rounding mode gives (PyTorch 1.13's ``floor_divide`` has no gradient at all).
"""

_EXACT_LIMIT = 1 << 31


def _operands(a, b):
    from ._tensor import Tensor
    from ._creation import tensor
    ta = a if isinstance(a, Tensor) else None
    tb = b if isinstance(b, Tensor) else None
    if ta is None and tb is None:
        raise TypeError("floor_divide(): argument 'input' (position 1) must be Tensor, not %s" % type(a).__name__)
    like = a + b   # the promoted dtype and the broadcast shape
    ta = (ta if ta is not None else tensor(a)).to(like.dtype).expand(like.shape)
    tb = (tb if tb is not None else tensor(b)).to(like.dtype).expand(like.shape)
    return ta, tb, like.dtype


def _int_divide(a, b, mode):
    from ._creation import tensor
    if bool((b == 0).any()):
        raise RuntimeError("ZeroDivisionError")
    big = max(int(a.abs().max()) if a.numel() else 0, int(b.abs().max()) if b.numel() else 0)
    if big < _EXACT_LIMIT:
        q = a.double() / b.double()
        return (q.floor() if mode == "floor" else q.trunc()).long()
    # exact for every int64: Python integers
    xs, ys = a.reshape(-1).tolist(), b.reshape(-1).tolist()
    if mode == "floor":
        out = [x // y for x, y in zip(xs, ys)]
    else:
        out = [abs(x) // abs(y) * (1 if (x < 0) == (y < 0) else -1) for x, y in zip(xs, ys)]
    return tensor(out, dtype=a.dtype).reshape(a.shape)


def _float_floor(a, b):
    from ._ops import where
    from . import fmod
    q = a / b
    mod = fmod(a, b)
    div = (a - mod) / b
    div = where((mod != 0) & ((b < 0) != (mod < 0)), div - 1, div)
    fl = div.floor()
    fl = where(div - fl > 0.5, fl + 1, fl)
    r = where(div != 0, fl, q * 0)     # q * 0: a zero with the sign of a / b
    return where(b == 0, q, r)


def divide_rounded(a, b, mode, fname="div"):
    """``a / b`` rounded by ``mode`` ("floor" or "trunc"), with a zero gradient."""
    from .autograd.grad_mode import no_grad
    from ._tensor import Tensor
    if mode not in ("floor", "trunc"):
        raise RuntimeError("%s expected rounding_mode to be one of None, 'trunc', or 'floor' but found '%s'" % (fname, mode))
    with no_grad():
        ta, tb, dt = _operands(a, b)
        if not dt.is_floating_point:
            r = _int_divide(ta, tb, mode)
        elif mode == "floor":
            r = _float_floor(ta, tb)
        else:
            r = (ta / tb).trunc()
    from .autograd.grad_mode import is_grad_enabled
    grads = [x for x in (a, b) if isinstance(x, Tensor) and x.requires_grad]
    if grads and is_grad_enabled():
        r = _ZeroGradient.apply(r, *grads)   # in the graph, with a zero gradient
    return r


def _zero_gradient_class():
    from .autograd import Function
    from ._creation import zeros

    class _ZeroGradient(Function):
        """The rounded quotient, linked to the inputs that require grad with a zero gradient."""

        @staticmethod
        def forward(ctx, r, *inputs):
            ctx.shapes = [(tuple(x.shape), x.dtype) for x in inputs]
            return r.clone()

        @staticmethod
        def backward(ctx, grad):
            return (None,) + tuple(zeros(s, dtype=d) for s, d in ctx.shapes)

    return _ZeroGradient


class _Lazy(object):
    def __getattr__(self, name):
        cls = _zero_gradient_class()
        globals()["_ZeroGradient"] = cls
        return getattr(cls, name)


_ZeroGradient = _Lazy()


def floor_divide(input, other, *, out=None):
    """``input // other``: floor division (PyTorch 1.13 rounds toward negative infinity)."""
    from . import _strict
    r = divide_rounded(input, other, "floor", "floor_divide")
    return r if out is None else _strict.write_out(r, out, "floor_divide", (input, other))
