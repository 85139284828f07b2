"""nn.Unflatten, nn.Softmin / F.softmin, F.normalize and nn.utils.parameters_to_vector /
vector_to_parameters against PyTorch: values, gradients, node names, reprs."""
import numpy as np
import pytest
import torch

import nativegrad as ng

X = [[0.5, -1.0, 2.0, 0.25], [1.5, 0.0, -0.5, 3.0], [0.1, 0.2, 0.3, 0.4]]


def _pair():
    return (torch.tensor(X, dtype=torch.float64, requires_grad=True),
            ng.tensor(X, dtype=ng.float64, requires_grad=True))


def _close(n, t, tol=1e-12):
    a, b = n.detach().numpy(), t.detach().numpy()
    assert a.shape == b.shape and np.allclose(a, b, rtol=tol, atol=tol), (a, b)


def test_unflatten_module():
    t, n = _pair()
    m_t, m_n = torch.nn.Unflatten(1, (2, 2)), ng.nn.Unflatten(1, (2, 2))
    assert repr(m_n) == repr(m_t)
    _close(m_n(n), m_t(t))
    assert type(m_n(n).grad_fn).__name__ == type(m_t(t).grad_fn).__name__


@pytest.mark.parametrize("dim", [0, 1, -1])
def test_softmin(dim):
    t, n = _pair()
    y_t, y_n = torch.nn.functional.softmin(t, dim), ng.nn.functional.softmin(n, dim)
    _close(y_n, y_t)
    assert type(y_n.grad_fn).__name__ == type(y_t.grad_fn).__name__
    w = torch.tensor(np.linspace(-1, 1, 12).reshape(3, 4))
    (y_t * w).sum().backward()
    (y_n * ng.tensor(w.tolist(), dtype=ng.float64)).sum().backward()
    _close(n.grad, t.grad)
    assert repr(ng.nn.Softmin(dim=dim)) == repr(torch.nn.Softmin(dim=dim))
    _close(ng.nn.Softmin(dim)(n), torch.nn.Softmin(dim)(t))


@pytest.mark.parametrize("p,dim", [(2.0, 1), (1.0, 0), (2.0, -1), (3.0, 1)])
def test_normalize(p, dim):
    t, n = _pair()
    y_t = torch.nn.functional.normalize(t, p=p, dim=dim)
    y_n = ng.nn.functional.normalize(n, p=p, dim=dim)
    _close(y_n, y_t)
    assert type(y_n.grad_fn).__name__ == type(y_t.grad_fn).__name__
    g_t, = torch.autograd.grad((y_t * y_t.detach()).sum(), t)
    g_n, = ng.autograd.grad((y_n * y_n.detach()).sum(), n)
    _close(g_n, g_t, 1e-10)
    z_t, z_n = torch.zeros(2, 3, dtype=torch.float64), ng.zeros(2, 3, dtype=ng.float64)
    _close(ng.nn.functional.normalize(z_n), torch.nn.functional.normalize(z_t))


def test_parameters_to_vector_and_back():
    torch.manual_seed(0)
    ng.manual_seed(0)
    a_t, a_n = torch.nn.Linear(2, 3), ng.nn.Linear(2, 3)
    v_t = torch.nn.utils.parameters_to_vector(a_t.parameters())
    v_n = ng.nn.utils.parameters_to_vector(a_n.parameters())
    _close(v_n, v_t, 0)
    assert type(v_n.grad_fn).__name__ == type(v_t.grad_fn).__name__ == "CatBackward0"
    torch.nn.utils.vector_to_parameters(torch.arange(9.0), a_t.parameters())
    ng.nn.utils.vector_to_parameters(ng.arange(9.0), a_n.parameters())
    _close(a_n.weight, a_t.weight, 0)
    _close(a_n.bias, a_t.bias, 0)
    assert a_n.weight.requires_grad and a_n.weight.is_leaf
    with pytest.raises(TypeError, match="expected torch.Tensor, but got: list"):
        ng.nn.utils.vector_to_parameters([1.0], a_n.parameters())
