"""Every op the generator exposes to Python as a unary function (``torch.name(input)``) is compared
with PyTorch here without a line of its own: values in float32 and float64 (and integral input,
promoted), gradients, second derivatives, the grad_fn name, the in-place variant and out=."""
import inspect

import numpy as np
import pytest
import torch

import nativegrad as ng
from nativegrad import _ops_gen


def _unary_ops():
    names = []
    for name in _ops_gen.__all__:
        sig = inspect.signature(getattr(_ops_gen, name))
        params = [p for p in sig.parameters.values() if p.name != "out"]
        if len(params) == 1 and params[0].name == "input":
            names.append(name)
    return names


UNARY = _unary_ops()
VALUES = [0.15, 0.3, 0.45, 0.6, 0.75, 0.9, -0.2, -0.55]


def test_the_generated_unary_ops_include_the_worked_examples():
    assert {"exp", "log", "expm1", "log1p"} <= set(UNARY)


def _close(a, b, tol):
    a = np.asarray(a, dtype=np.float64)
    b = np.asarray(b, dtype=np.float64)
    assert a.shape == b.shape
    assert np.allclose(a, b, rtol=tol, atol=tol, equal_nan=True), (a, b)


@pytest.mark.parametrize("name", UNARY)
@pytest.mark.parametrize("dtype", ["float32", "float64"])
def test_values_and_gradients_match_torch(name, dtype):
    tol = 2e-6 if dtype == "float32" else 1e-12
    x_t = torch.tensor(VALUES, dtype=getattr(torch, dtype), requires_grad=True)
    x_n = ng.tensor(VALUES, dtype=getattr(ng, dtype), requires_grad=True)
    y_t = getattr(torch, name)(x_t)
    y_n = getattr(ng, name)(x_n)
    _close(y_n.detach().numpy(), y_t.detach().numpy(), tol)
    assert y_n.dtype == getattr(ng, dtype)
    assert type(y_n.grad_fn).__name__ == type(y_t.grad_fn).__name__
    finite = np.isfinite(y_t.detach().numpy()).all()
    if not finite:
        return
    g_t, = torch.autograd.grad(y_t.sum(), x_t, create_graph=True)
    g_n, = ng.autograd.grad(y_n.sum(), x_n, create_graph=True)
    _close(g_n.detach().numpy(), g_t.detach().numpy(), tol * 10)
    if not g_t.requires_grad:   # piecewise constant ops (floor, sign, ...): a constant zero gradient
        assert not g_n.requires_grad
        return
    gg_t, = torch.autograd.grad(g_t.sum(), x_t)
    gg_n, = ng.autograd.grad(g_n.sum(), x_n)
    _close(gg_n.numpy(), gg_t.numpy(), tol * 100)


@pytest.mark.parametrize("name", UNARY)
def test_method_inplace_and_out(name):
    x = ng.tensor(VALUES[:6], dtype=ng.float64)
    ref = getattr(torch, name)(torch.tensor(VALUES[:6], dtype=torch.float64)).numpy()
    _close(getattr(x, name)().numpy(), ref, 1e-12)
    out = ng.zeros(6, dtype=ng.float64)
    r = getattr(ng, name)(x, out=out)
    assert r is out
    _close(out.numpy(), ref, 1e-12)
    if hasattr(torch.Tensor, name + "_") and hasattr(ng.Tensor, name + "_"):
        y = x.clone()
        assert getattr(y, name + "_")() is y
        _close(y.numpy(), ref, 1e-12)


@pytest.mark.parametrize("name", UNARY)
def test_integral_input_has_torchs_dtype_and_type_errors_name_the_argument(name):
    ints = [1, -2, 3]
    try:
        want = getattr(torch, name)(torch.tensor(ints))
    except RuntimeError as e:   # floating-only ops (frac): the same error
        with pytest.raises(RuntimeError, match=str(e).replace('"', '.')):
            getattr(ng, name)(ng.tensor(ints))
    else:
        got = getattr(ng, name)(ng.tensor(ints))
        _close(got.numpy(), want.numpy(), 2e-6)
        # math functions promote to float32; rounding and sign keep int64, as in PyTorch
        assert str(got.dtype).split(".")[-1] == str(want.dtype).split(".")[-1]
    with pytest.raises(TypeError, match=r"%s\(\): argument 'input' \(position 1\) must be Tensor, not list" % name):
        getattr(ng, name)([1.0])
