"""Small Tensor conveniences tutorial code uses (square, view_as, expand_as, type_as), compared with
PyTorch: values, dtypes, grad_fn names and gradients."""
import numpy as np
import torch

import nativegrad as ng


def _pair(values, dtype="float64", requires_grad=True):
    return (torch.tensor(values, dtype=getattr(torch, dtype), requires_grad=requires_grad),
            ng.tensor(values, dtype=getattr(ng, dtype), requires_grad=requires_grad))


def test_square_matches_torch_with_gradients_and_out():
    x_t, x_n = _pair([[1.5, -2.0], [0.25, 3.0]])
    y_t, y_n = torch.square(x_t), ng.square(x_n)
    assert np.array_equal(y_n.detach().numpy(), y_t.detach().numpy())
    assert type(y_n.grad_fn).__name__ == type(y_t.grad_fn).__name__ == "PowBackward0"
    (y_t * 3).sum().backward()
    (y_n * 3).sum().backward()
    assert np.array_equal(x_n.grad.numpy(), x_t.grad.numpy())
    assert np.array_equal(x_n.detach().square().numpy(), x_t.detach().square().numpy())
    out = ng.zeros(2, 2, dtype=ng.float64)
    assert ng.square(x_n.detach(), out=out) is out
    assert np.array_equal(out.numpy(), torch.square(x_t.detach()).numpy())
    assert ng.square(ng.tensor([3, -4])).tolist() == torch.square(torch.tensor([3, -4])).tolist() == [9, 16]


def test_view_as_and_expand_as_are_views_with_torch_nodes():
    x_t, x_n = _pair([1.0, 2.0, 3.0, 4.0, 5.0, 6.0])
    v_t, v_n = x_t.view_as(torch.zeros(2, 3)), x_n.view_as(ng.zeros(2, 3))
    assert v_n.shape == v_t.shape and type(v_n.grad_fn).__name__ == type(v_t.grad_fn).__name__
    c_t, c_n = _pair([[1.0], [2.0]])
    e_t, e_n = c_t.expand_as(torch.zeros(2, 4)), c_n.expand_as(ng.zeros(2, 4))
    assert e_n.shape == e_t.shape and type(e_n.grad_fn).__name__ == type(e_t.grad_fn).__name__
    e_t.sum().backward()
    e_n.sum().backward()
    assert np.array_equal(c_n.grad.numpy(), c_t.grad.numpy())


def test_type_as_converts_or_returns_self():
    x_t, x_n = _pair([1.25, 2.5], dtype="float32")
    y_t, y_n = x_t.type_as(torch.zeros(1, dtype=torch.float64)), x_n.type_as(ng.zeros(1, dtype=ng.float64))
    assert y_n.dtype == ng.float64 and y_t.dtype == torch.float64
    assert type(y_n.grad_fn).__name__ == type(y_t.grad_fn).__name__
    assert x_n.type_as(ng.zeros(1)) is x_n
    assert x_t.type_as(torch.zeros(1)) is x_t
    assert x_n.type_as(ng.zeros(1, dtype=ng.int64)).tolist() == x_t.type_as(torch.zeros(1, dtype=torch.int64)).tolist()


def test_inverse_trig_and_hyperbolic_chain_like_a_user_writes():
    vals = [0.1, -0.4, 0.7]
    x_t, x_n = _pair(vals)
    y_t = (torch.asin(x_t) + torch.acos(x_t) * torch.atan(x_t) + torch.sinh(x_t) / torch.cosh(x_t)
           + torch.tan(x_t) + torch.log2(x_t.abs()) - torch.log10(x_t.abs()) + torch.rsqrt(x_t.abs())).sum()
    y_n = (ng.asin(x_n) + ng.acos(x_n) * ng.atan(x_n) + ng.sinh(x_n) / ng.cosh(x_n)
           + ng.tan(x_n) + ng.log2(x_n.abs()) - ng.log10(x_n.abs()) + ng.rsqrt(x_n.abs())).sum()
    assert abs(y_n.item() - y_t.item()) < 1e-12
    g_t, = torch.autograd.grad(y_t, x_t)
    g_n, = ng.autograd.grad(y_n, x_n)
    assert np.allclose(g_n.numpy(), g_t.numpy(), rtol=1e-12, atol=1e-12)
