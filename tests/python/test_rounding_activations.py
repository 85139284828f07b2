"""Rounding and sign, atan2, tril/triu and the LeakyReLU/ELU/Softplus activations against PyTorch:
values, dtypes, gradients (second order where the op is differentiable), node names, errors."""
import numpy as np
import pytest
import torch

import nativegrad as ng

VALS = [[-2.5, -1.5, -0.5, 0.0], [0.5, 1.5, 2.5, 3.7], [-3.2, 7.0, -0.0, 0.49999]]


def _pair(values, dtype="float64", requires_grad=False):
    return (torch.tensor(values, dtype=getattr(torch, dtype), requires_grad=requires_grad),
            ng.tensor(values, dtype=getattr(ng, dtype), requires_grad=requires_grad))


def _same(n, t, tol=0.0):
    a, b = n.detach().numpy(), t.detach().numpy()
    assert a.shape == b.shape and str(n.dtype).split(".")[-1] == str(t.dtype).split(".")[-1]
    if tol:
        assert np.allclose(a, b, rtol=tol, atol=tol, equal_nan=True), (a, b)
    else:
        assert np.array_equal(a, b, equal_nan=True) and np.array_equal(np.signbit(a), np.signbit(b)), (a, b)


@pytest.mark.parametrize("name", ["floor", "ceil", "round", "trunc", "sign"])
@pytest.mark.parametrize("dtype", ["float32", "float64", "int64"])
def test_rounding_values_dtypes_and_zero_gradients(name, dtype):
    vals = VALS if dtype != "int64" else [[-3, 0, 4], [7, -1, 2]]
    t, n = _pair(vals, dtype)
    _same(getattr(ng, name)(n), getattr(torch, name)(t))
    _same(getattr(n, name)(), getattr(t, name)())
    c_t, c_n = t.clone(), n.clone()
    assert getattr(c_n, name + "_")() is c_n
    getattr(c_t, name + "_")()
    _same(c_n, c_t)
    if dtype != "int64":
        x_t, x_n = _pair(vals, dtype, requires_grad=True)
        y_t, y_n = getattr(torch, name)(x_t), getattr(ng, name)(x_n)
        assert type(y_n.grad_fn).__name__ == type(y_t.grad_fn).__name__
        (y_t * x_t).sum().backward()
        (y_n * x_n).sum().backward()
        _same(x_n.grad, x_t.grad)


def test_round_is_half_to_even_and_keeps_nan_inf():
    vals = [0.5, 1.5, 2.5, -0.5, -2.5, float("nan"), float("inf"), -float("inf")]
    t, n = _pair(vals, "float32")
    _same(ng.round(n), torch.round(t))
    _same(ng.sign(n), torch.sign(t))


def test_sign_of_bool_is_a_copy():
    assert ng.sign(ng.tensor([True, False])).tolist() == torch.sign(torch.tensor([True, False])).tolist()


@pytest.mark.parametrize("dtype", ["float32", "float64"])
def test_atan2_with_broadcasting_and_gradients(dtype):
    y_t, y_n = _pair([[1.0, -1.0, 0.0], [2.0, -0.5, 3.0]], dtype, requires_grad=True)
    x_t, x_n = _pair([-1.0, 2.0, -0.5], dtype, requires_grad=True)
    r_t, r_n = torch.atan2(y_t, x_t), ng.atan2(y_n, x_n)
    tol = 1e-6 if dtype == "float32" else 1e-14
    _same(r_n, r_t, tol)
    assert type(r_n.grad_fn).__name__ == type(r_t.grad_fn).__name__ == "Atan2Backward0"
    g_t = torch.autograd.grad(r_t.sum(), (y_t, x_t), create_graph=True)
    g_n = ng.autograd.grad(r_n.sum(), (y_n, x_n), create_graph=True)
    for a, b in zip(g_n, g_t):
        _same(a, b, tol * 10)
    gg_t = torch.autograd.grad(g_t[1].sum(), (y_t, x_t))
    gg_n = ng.autograd.grad(g_n[1].sum(), (y_n, x_n))
    for a, b in zip(gg_n, gg_t):
        _same(a, b, tol * 100)
    _same(y_n.detach().atan2(x_n.detach()), y_t.detach().atan2(x_t.detach()), tol)
    _same(ng.atan2(ng.tensor([1, -2]), ng.tensor([3, 4])), torch.atan2(torch.tensor([1, -2]), torch.tensor([3, 4])), 1e-6)


@pytest.mark.parametrize("name", ["tril", "triu"])
@pytest.mark.parametrize("diagonal", [0, 1, -1, 5, -5])
def test_tril_triu_values_and_gradients(name, diagonal):
    base = np.arange(24, dtype=np.float64).reshape(2, 3, 4) - 10
    t = torch.tensor(base, requires_grad=True)
    n = ng.tensor(base.tolist(), dtype=ng.float64, requires_grad=True)
    r_t, r_n = getattr(torch, name)(t, diagonal), getattr(ng, name)(n, diagonal)
    _same(r_n, r_t)
    assert type(r_n.grad_fn).__name__ == type(r_t.grad_fn).__name__
    w = np.linspace(-1, 1, 24).reshape(2, 3, 4)
    (r_t * torch.tensor(w)).sum().backward()
    (r_n * ng.tensor(w.tolist(), dtype=ng.float64)).sum().backward()
    _same(n.grad, t.grad)
    _same(getattr(n.detach(), name)(diagonal=diagonal), getattr(t.detach(), name)(diagonal=diagonal))


def test_tril_of_ints_and_bools_and_the_causal_mask():
    _same(ng.tril(ng.ones(3, 3, dtype=ng.int64)), torch.tril(torch.ones(3, 3, dtype=torch.int64)))
    _same(ng.triu(ng.ones(2, 3, dtype=ng.bool), 1), torch.triu(torch.ones(2, 3, dtype=torch.bool), 1))
    # the attention mask idiom of tutorials: scores.masked_fill(tril == 0, -inf).softmax(-1)
    mask_n, mask_t = ng.tril(ng.ones(4, 4)), torch.tril(torch.ones(4, 4))
    s_n = ng.zeros(4, 4).masked_fill(mask_n == 0, float("-inf")).softmax(-1)
    s_t = torch.zeros(4, 4).masked_fill(mask_t == 0, float("-inf")).softmax(-1)
    _same(s_n, s_t, 1e-7)


def test_tril_needs_two_dims():
    with pytest.raises(RuntimeError, match="tril: input tensor must have at least 2 dimensions"):
        ng.tril(ng.ones(3))
    with pytest.raises(RuntimeError, match="triu: input tensor must have at least 2 dimensions"):
        ng.triu(ng.ones(3))


ACTS = [
    ("leaky_relu", {}, "LeakyReLU", {}),
    ("leaky_relu", {"negative_slope": 0.2}, "LeakyReLU", {"negative_slope": 0.2}),
    ("elu", {}, "ELU", {}),
    ("elu", {"alpha": 0.7}, "ELU", {"alpha": 0.7}),
    ("softplus", {}, "Softplus", {}),
    ("softplus", {"beta": 2, "threshold": 3}, "Softplus", {"beta": 2, "threshold": 3}),
]


@pytest.mark.parametrize("fname,fkw,mname,mkw", ACTS)
@pytest.mark.parametrize("dtype", ["float32", "float64"])
def test_activations_match_torch_to_second_order(fname, fkw, mname, mkw, dtype):
    vals = [-3.0, -1.2, -0.3, 0.0, 0.4, 1.1, 1.6, 2.5]
    x_t, x_n = _pair(vals, dtype, requires_grad=True)
    tol = 2e-6 if dtype == "float32" else 1e-13
    y_t = getattr(torch.nn.functional, fname)(x_t, **fkw)
    y_n = getattr(ng.nn.functional, fname)(x_n, **fkw)
    _same(y_n, y_t, tol)
    assert type(y_n.grad_fn).__name__ == type(y_t.grad_fn).__name__
    g_t, = torch.autograd.grad((y_t * y_t).sum(), x_t, create_graph=True)
    g_n, = ng.autograd.grad((y_n * y_n).sum(), x_n, create_graph=True)
    _same(g_n, g_t, tol * 10)
    gg_t, = torch.autograd.grad(g_t.sum(), x_t)
    gg_n, = ng.autograd.grad(g_n.sum(), x_n)
    _same(gg_n, gg_t, tol * 100)
    m_t, m_n = getattr(torch.nn, mname)(**mkw), getattr(ng.nn, mname)(**mkw)
    assert repr(m_n) == repr(m_t)
    _same(m_n(x_n), m_t(x_t), tol)


@pytest.mark.parametrize("fname", ["leaky_relu", "elu"])
def test_inplace_activation_values(fname):
    t, n = _pair([-2.0, -0.5, 0.0, 1.5])
    r_t = getattr(torch.nn.functional, fname)(t, inplace=True)
    r_n = getattr(ng.nn.functional, fname)(n, inplace=True)
    assert r_n is n
    _same(n, t, 1e-15)
    assert repr(getattr(ng.nn, "LeakyReLU" if fname == "leaky_relu" else "ELU")(inplace=True)) == repr(
        getattr(torch.nn, "LeakyReLU" if fname == "leaky_relu" else "ELU")(inplace=True))


@pytest.mark.parametrize("fname,kernel", [("leaky_relu", "leaky_relu_cpu"), ("elu", "elu_cpu"), ("softplus", "softplus_cpu")])
def test_activations_refuse_integral_input(fname, kernel):
    with pytest.raises(RuntimeError, match=kernel):
        getattr(torch.nn.functional, fname)(torch.tensor([1, 2]))
    with pytest.raises(RuntimeError, match='"%s" not implemented for \'Long\'' % kernel):
        getattr(ng.nn.functional, fname)(ng.tensor([1, 2]))


def test_softplus_large_inputs_stay_finite():
    t, n = _pair([50.0, 100.0, 1000.0, -1000.0])
    _same(ng.nn.functional.softplus(n), torch.nn.functional.softplus(t))
