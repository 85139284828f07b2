"""diag, diagonal, trace, logaddexp, var_mean/std_mean, masked_select, scatter and the Mish/SELU/
Hardtanh/ReLU6/logit activations against PyTorch: values, dtypes, gradients and second order,
node names, errors."""
import numpy as np
import pytest
import torch

import nativegrad as ng


def _pair(values, dtype="float64", requires_grad=False):
    return (torch.tensor(values, dtype=getattr(torch, dtype), requires_grad=requires_grad),
            ng.tensor(values, dtype=getattr(ng, dtype), requires_grad=requires_grad))


def _same(n, t, tol=0.0):
    a, b = n.detach().numpy(), t.detach().numpy()
    assert a.shape == b.shape and str(n.dtype).split(".")[-1] == str(t.dtype).split(".")[-1], (a, b, n.dtype, t.dtype)
    if tol:
        assert np.allclose(a, b, rtol=tol, atol=tol, equal_nan=True), (a, b)
    else:
        assert np.array_equal(a, b, equal_nan=True), (a, b)


def _name(x):
    return type(x.grad_fn).__name__


def _raises_like(tf, nf, exc=RuntimeError):
    """Both raise exc with the same first line."""
    with pytest.raises(exc) as et:
        tf()
    with pytest.raises(exc) as en:
        nf()
    assert str(en.value).split("\n")[0] == str(et.value).split("\n")[0]


def _orders(fn_t, fn_n, ins_t, ins_n, tol, name=None):
    """Values, node name, first- and second-order gradients of fn (weighted by fixed weights)."""
    y_t, y_n = fn_t(*ins_t), fn_n(*ins_n)
    _same(y_n, y_t, tol)
    assert _name(y_n) == _name(y_t) == (name or _name(y_t))
    w = np.linspace(-1.3, 0.9, y_t.numel()).reshape(tuple(y_t.shape)).tolist()
    w_t, w_n = torch.tensor(w, dtype=y_t.dtype), ng.tensor(w, dtype=y_n.dtype)
    g_t = torch.autograd.grad((y_t * y_t * w_t).sum(), ins_t, create_graph=True)
    g_n = ng.autograd.grad((y_n * y_n * w_n).sum(), ins_n, create_graph=True)
    for a, b in zip(g_n, g_t):
        _same(a, b, tol * 10)
    gg_t = torch.autograd.grad(sum((g * g).sum() for g in g_t), ins_t)
    gg_n = ng.autograd.grad(sum((g * g).sum() for g in g_n), ins_n)
    for a, b in zip(gg_n, gg_t):
        _same(a, b, tol * 100)


M = np.arange(12, dtype=np.float64).reshape(3, 4) * 0.37 - 1.9
V = [0.5, -1.25, 2.0]


# ---------------------------------------------------------------- diag / diagonal / trace

@pytest.mark.parametrize("k", [0, 1, -1, 2, -2])
def test_diag_of_vector_and_matrix(k):
    _orders(lambda x: torch.diag(x, k), lambda x: ng.diag(x, k), *[[a] for a in _pair(V, requires_grad=True)], 1e-14)
    _orders(lambda x: x.diag(k), lambda x: x.diag(k), *[[a] for a in _pair(M.tolist(), requires_grad=True)], 1e-14)


def test_diag_dtypes_and_errors():
    _same(ng.diag(ng.tensor([1, 2])), torch.diag(torch.tensor([1, 2])))
    _same(ng.diag(ng.tensor([True, False]), 1), torch.diag(torch.tensor([True, False]), 1))
    _same(ng.diag(ng.tensor([[1, 2], [3, 4]])), torch.diag(torch.tensor([[1, 2], [3, 4]])))
    _same(ng.diag(ng.zeros(0)), torch.diag(torch.zeros(0)))
    m = ng.tensor(M.tolist(), dtype=ng.float64)
    r = ng.diag(m)
    r.fill_(0.0)  # a copy, not a view
    assert r.is_contiguous() and m.tolist() == M.tolist()
    _raises_like(lambda: torch.diag(torch.ones(2, 2, 2)), lambda: ng.diag(ng.ones(2, 2, 2)))
    _raises_like(lambda: torch.diag(torch.tensor(1.0)), lambda: ng.diag(ng.tensor(1.0)))


@pytest.mark.parametrize("args", [(), (1,), (-1,), (0, 1, 0), (1, -1, 0), (0, 0, 2), (10,)])
def test_diagonal_is_a_view_with_gradients(args):
    base = np.arange(24, dtype=np.float64).reshape(2, 3, 4) * 0.21 - 2
    t, n = _pair(base.tolist(), requires_grad=True)
    d_t, d_n = t.diagonal(*args), n.diagonal(*args)
    _same(d_n, d_t)
    assert _name(d_n) == _name(d_t) == "DiagonalBackward0"
    assert d_n.stride() == d_t.stride() and d_n.is_contiguous() == d_t.is_contiguous()
    _orders(lambda x: torch.diagonal(x, *args), lambda x: ng.diagonal(x, *args), [t], [n], 1e-14)
    kw_t = torch.diagonal(t, offset=1, dim1=2, dim2=1)
    kw_n = ng.diagonal(n, offset=1, dim1=2, dim2=1)
    _same(kw_n, kw_t)


def test_diagonal_writes_through_and_errors():
    t, n = torch.zeros(3, 3), ng.zeros(3, 3)
    t.diagonal().fill_(2.0)
    n.diagonal().fill_(2.0)
    _same(n, t)
    _raises_like(lambda: torch.ones(2, 3, 4).diagonal(0, 1, 1), lambda: ng.ones(2, 3, 4).diagonal(0, 1, 1))
    _raises_like(lambda: torch.ones(2, 3, 4).diagonal(0, 1, 3), lambda: ng.ones(2, 3, 4).diagonal(0, 1, 3), IndexError)
    _raises_like(lambda: torch.ones(3).diagonal(), lambda: ng.ones(3).diagonal(), IndexError)


def test_diag_gradient_nodes_follow_torch():
    x_t, x_n = _pair(V, requires_grad=True)
    m_t, m_n = _pair(M.tolist(), requires_grad=True)
    w_t, w_n = _pair([[1.0, 2, 3], [4, 5, 6], [7, 8, 9]], requires_grad=True)
    v_t, v_n = _pair(V, requires_grad=True)
    g_t, = torch.autograd.grad((torch.diag(x_t) * w_t).sum(), x_t, create_graph=True)
    g_n, = ng.autograd.grad((ng.diag(x_n) * w_n).sum(), x_n, create_graph=True)
    assert _name(g_n) == _name(g_t) == "DiagBackward0"
    g_t, = torch.autograd.grad((torch.diag(m_t) * v_t).sum(), m_t, create_graph=True)
    g_n, = ng.autograd.grad((ng.diag(m_n) * v_n).sum(), m_n, create_graph=True)
    assert _name(g_n) == _name(g_t) == "DiagonalBackwardBackward0"
    _same(g_n, g_t)


def test_trace():
    _orders(lambda x: torch.trace(x), lambda x: ng.trace(x), *[[a] for a in _pair(M.tolist(), requires_grad=True)], 1e-14)
    _orders(lambda x: x.trace(), lambda x: x.trace(), *[[a] for a in _pair(M.T.tolist(), requires_grad=True)], 1e-14)
    _same(ng.trace(ng.arange(6).view(2, 3)), torch.trace(torch.arange(6).view(2, 3)))
    _same(ng.trace(ng.zeros(0, 3)), torch.trace(torch.zeros(0, 3)))
    _raises_like(lambda: torch.trace(torch.ones(3)), lambda: ng.trace(ng.ones(3)))
    _raises_like(lambda: torch.trace(torch.ones(2, 2, 2)), lambda: ng.trace(ng.ones(2, 2, 2)))
    _raises_like(lambda: torch.trace(torch.ones(2, 2, dtype=torch.bool)), lambda: ng.trace(ng.ones(2, 2, dtype=ng.bool)))


# ---------------------------------------------------------------- logaddexp / var_mean / std_mean

@pytest.mark.parametrize("dtype", ["float32", "float64"])
def test_logaddexp(dtype):
    tol = 2e-6 if dtype == "float32" else 1e-14
    a = _pair([[1.0, -2.0, 30.0], [0.5, 0.5, -700.0]], dtype, requires_grad=True)
    b = _pair([0.25, -2.0, -5.0], dtype, requires_grad=True)
    _orders(lambda x, y: torch.logaddexp(x, y), lambda x, y: ng.logaddexp(x, y), [a[0], b[0]], [a[1], b[1]], tol, "LogaddexpBackward0")
    _same(a[1].detach().logaddexp(b[1].detach()), a[0].detach().logaddexp(b[0].detach()), tol)
    inf = float("inf")
    s_t, s_n = _pair([1.0, inf, -inf, -inf, inf, float("nan")], dtype)
    o_t, o_n = _pair([2.0, inf, -inf, inf, -inf, 1.0], dtype)
    _same(ng.logaddexp(s_n, o_n), torch.logaddexp(s_t, o_t), tol)


def test_logaddexp_dtypes_and_errors():
    _same(ng.logaddexp(ng.tensor([1, 2]), ng.tensor([1.0, 2.0])), torch.logaddexp(torch.tensor([1, 2]), torch.tensor([1.0, 2.0])), 1e-6)
    _same(ng.logaddexp(ng.tensor([1.0], dtype=ng.float64), ng.tensor([1.0])),
          torch.logaddexp(torch.tensor([1.0], dtype=torch.float64), torch.tensor([1.0])), 1e-14)
    _raises_like(lambda: torch.logaddexp(torch.tensor([1, 2]), torch.tensor([1, 2])),
                 lambda: ng.logaddexp(ng.tensor([1, 2]), ng.tensor([1, 2])))
    with pytest.raises(TypeError, match="must be Tensor, not float"):
        ng.logaddexp(ng.tensor([1.0]), 1.0)


@pytest.mark.parametrize("fname", ["var_mean", "std_mean"])
@pytest.mark.parametrize("args,kwargs", [((), {}), ((1,), {}), ((0,), {"keepdim": True}), ((1,), {"unbiased": False}),
                                         (((0, 1),), {"correction": 0}), ((True,), {}), ((False,), {}),
                                         ((), {"dim": [1], "correction": 2}), ((-1,), {"keepdim": True, "unbiased": True})])
def test_var_mean_std_mean(fname, args, kwargs):
    t, n = _pair(M.tolist(), requires_grad=True)
    r_t, r_n = getattr(torch, fname)(t, *args, **kwargs), getattr(ng, fname)(n, *args, **kwargs)
    assert type(r_n) is tuple and len(r_n) == 2
    node = "VarMeanBackward0" if fname == "var_mean" else "StdMeanBackward0"
    for a, b in zip(r_n, r_t):
        _same(a, b, 1e-14)
        assert _name(a) == _name(b) == node
    assert r_n[0].grad_fn is r_n[1].grad_fn
    w = np.linspace(0.3, 1.7, r_t[0].numel()).reshape(tuple(r_t[0].shape)).tolist()
    for pick in ([0], [1], [0, 1]):
        g_t, = torch.autograd.grad(sum((r_t[i] * r_t[i] * torch.tensor(w, dtype=torch.float64)).sum() for i in pick), t, create_graph=True)
        g_n, = ng.autograd.grad(sum((r_n[i] * r_n[i] * ng.tensor(w, dtype=ng.float64)).sum() for i in pick), n, create_graph=True)
        _same(g_n, g_t, 1e-13)
        gg_t, = torch.autograd.grad((g_t * g_t).sum(), t, retain_graph=True)
        gg_n, = ng.autograd.grad((g_n * g_n).sum(), n, retain_graph=True)
        _same(gg_n, gg_t, 1e-12)


def test_var_mean_float32_and_errors():
    t, n = _pair(M.tolist(), "float32")
    for a, b in zip(ng.var_mean(n, 0), torch.var_mean(t, 0)):
        _same(a, b, 1e-6)
    _raises_like(lambda: torch.var_mean(torch.tensor([1, 2])), lambda: ng.var_mean(ng.tensor([1, 2])))
    _raises_like(lambda: torch.std_mean(torch.tensor([1, 2])), lambda: ng.std_mean(ng.tensor([1, 2])))
    with pytest.raises(TypeError, match="std_mean"):
        ng.std_mean(n, 1, unbiased=True, correction=1)
    with pytest.raises(TypeError):
        torch.std_mean(t, 1, unbiased=True, correction=1)


# ---------------------------------------------------------------- masked_select / scatter

@pytest.mark.parametrize("shape,mask", [((2, 3), [True, False, True]), ((3, 1), [[True, False, True, True]]),
                                        ((2, 3), [[True, False, False], [False, True, True]]), ((3,), [[True], [False]])])
def test_masked_select(shape, mask):
    vals = (np.arange(int(np.prod(shape)), dtype=np.float64).reshape(shape) * 0.7 - 1).tolist()
    t, n = _pair(vals, requires_grad=True)
    m_t, m_n = torch.tensor(mask), ng.tensor(mask)
    _orders(lambda x: torch.masked_select(x, m_t), lambda x: ng.masked_select(x, m_n), [t], [n], 1e-14, "MaskedSelectBackward0")
    _same(n.detach().masked_select(m_n), t.detach().masked_select(m_t))


def test_masked_select_dtypes_and_errors():
    _same(ng.masked_select(ng.tensor([1, 2, 3]), ng.tensor([True, False, True])),
          torch.masked_select(torch.tensor([1, 2, 3]), torch.tensor([True, False, True])))
    _raises_like(lambda: torch.masked_select(torch.ones(3), torch.tensor([1, 0, 1])),
                 lambda: ng.masked_select(ng.ones(3), ng.tensor([1, 0, 1])))
    with pytest.raises(RuntimeError, match="must match the size"):
        ng.masked_select(ng.ones(2, 3), ng.tensor([True, False]))


IDX = [[0, 1, 0], [1, 0, 1]]


@pytest.mark.parametrize("dim,index,src_shape", [(0, IDX, (2, 3)), (1, [[2, 0], [1, 2]], (2, 2)), (1, [[2], [0]], (2, 1)),
                                                 (-1, [[1, 0, 2], [2, 1, 0]], (2, 3))])
def test_scatter_src(dim, index, src_shape):
    s_t, s_n = _pair((np.arange(6, dtype=np.float64).reshape(2, 3) - 2.5).tolist(), requires_grad=True)
    sv = (np.arange(int(np.prod(src_shape)), dtype=np.float64).reshape(src_shape) * 0.3 + 1).tolist()
    c_t, c_n = _pair(sv, requires_grad=True)
    i_t, i_n = torch.tensor(index), ng.tensor(index)
    _orders(lambda a, b: torch.scatter(a, dim, i_t, b), lambda a, b: ng.scatter(a, dim, i_n, b),
            [s_t, c_t], [s_n, c_n], 1e-14, "ScatterBackward0")
    _same(s_n.detach().scatter(dim, i_n, src=c_n.detach()), s_t.detach().scatter(dim, i_t, src=c_t.detach()))


def test_scatter_value_and_in_place():
    s_t, s_n = _pair((np.arange(6, dtype=np.float64).reshape(2, 3) - 2.5).tolist(), requires_grad=True)
    i_t, i_n = torch.tensor(IDX), ng.tensor(IDX)
    _orders(lambda a: a.scatter(0, i_t, 2.5), lambda a: a.scatter(0, i_n, 2.5), [s_t], [s_n], 1e-14, "ScatterBackward1")
    _same(ng.scatter(s_n, 1, i_n, value=-1.0), torch.scatter(s_t, 1, i_t, value=-1.0))
    z_t, z_n = torch.zeros(3, 4), ng.zeros(3, 4)
    idx = [[1], [2], [0]]
    assert z_n.scatter_(1, ng.tensor(idx), 1.0) is z_n
    z_t.scatter_(1, torch.tensor(idx), 1.0)
    _same(z_n, z_t)
    _same(ng.zeros(2, 3, dtype=ng.int64).scatter(0, i_n, 7), torch.zeros(2, 3, dtype=torch.int64).scatter(0, i_t, 7))
    c_t, c_n = _pair([[9.0, 8, 7], [6, 5, 4]], requires_grad=True)
    y_t, y_n = s_t * 1, s_n * 1
    y_t.scatter_(0, i_t, c_t)
    y_n.scatter_(0, i_n, c_n)
    _same(y_n, y_t)
    assert _name(y_n) == _name(y_t) == "ScatterBackward0"
    (y_t * y_t).sum().backward()
    (y_n * y_n).sum().backward()
    _same(s_n.grad, s_t.grad)
    _same(c_n.grad, c_t.grad)


def test_scatter_errors():
    s, src = ng.ones(2, 3), ng.ones(2, 3)
    ts, tsrc = torch.ones(2, 3), torch.ones(2, 3)
    i_t, i_n = torch.tensor(IDX), ng.tensor(IDX)
    _raises_like(lambda: torch.scatter(ts, 0, i_t.float(), tsrc), lambda: ng.scatter(s, 0, i_n.float(), src))
    _raises_like(lambda: torch.scatter(ts, 0, torch.tensor([[5, 0, 0]]), tsrc), lambda: ng.scatter(s, 0, ng.tensor([[5, 0, 0]]), src))
    _raises_like(lambda: torch.scatter(ts, 0, i_t, tsrc.double()), lambda: ng.scatter(s, 0, i_n, src.double()))
    _raises_like(lambda: torch.scatter(ts, 0, torch.tensor([0, 1]), tsrc), lambda: ng.scatter(s, 0, ng.tensor([0, 1]), src))
    with pytest.raises(NotImplementedError):
        ng.scatter(s, 0, i_n, src, reduce="add")


# ---------------------------------------------------------------- activations

X = [-7.0, -1.5, -1.0, -0.4, 0.0, 0.3, 1.0, 2.2, 6.0, 7.5]
ACTS = [("mish", {}, "Mish", {}, "MishBackward0"), ("selu", {}, "SELU", {}, "EluBackward0"),
        ("hardtanh", {}, "Hardtanh", {}, "HardtanhBackward0"),
        ("hardtanh", {"min_val": -2.0, "max_val": 3.0}, "Hardtanh", {"min_val": -2.0, "max_val": 3}, "HardtanhBackward0"),
        ("relu6", {}, "ReLU6", {}, "HardtanhBackward0")]


@pytest.mark.parametrize("fname,fkw,mname,mkw,node", ACTS)
@pytest.mark.parametrize("dtype", ["float32", "float64"])
def test_activations(fname, fkw, mname, mkw, node, dtype):
    tol = 2e-6 if dtype == "float32" else 1e-13
    t, n = _pair(X, dtype, requires_grad=True)
    _orders(lambda x: getattr(torch.nn.functional, fname)(x, **fkw), lambda x: getattr(ng.nn.functional, fname)(x, **fkw),
            [t], [n], tol, node)
    m_t, m_n = getattr(torch.nn, mname)(**mkw), getattr(ng.nn, mname)(**mkw)
    assert repr(m_n) == repr(m_t)
    _same(m_n(n), m_t(t), tol)
    i_t, i_n = getattr(torch.nn, mname)(**mkw, inplace=True), getattr(ng.nn, mname)(**mkw, inplace=True)
    assert repr(i_n) == repr(i_t)
    c_t, c_n = _pair(X, dtype)
    assert i_n(c_n) is c_n
    i_t(c_t)
    _same(c_n, c_t, tol)


def test_activation_dtypes_and_errors():
    _same(ng.nn.functional.hardtanh(ng.tensor([1, 2, -3])), torch.nn.functional.hardtanh(torch.tensor([1, 2, -3])))
    _same(ng.nn.functional.relu6(ng.tensor([1, 2, -3, 8])), torch.nn.functional.relu6(torch.tensor([1, 2, -3, 8])))
    _same(ng.nn.functional.hardtanh(ng.tensor([float("nan")])), torch.nn.functional.hardtanh(torch.tensor([float("nan")])))
    _raises_like(lambda: torch.nn.functional.mish(torch.tensor([1, 2])), lambda: ng.nn.functional.mish(ng.tensor([1, 2])))
    _raises_like(lambda: torch.nn.functional.selu(torch.tensor([1, 2])), lambda: ng.nn.functional.selu(ng.tensor([1, 2])))


@pytest.mark.parametrize("eps", [None, 0.1])
@pytest.mark.parametrize("dtype", ["float32", "float64"])
def test_logit(eps, dtype):
    tol = 2e-6 if dtype == "float32" else 1e-13
    t, n = _pair([0.02, 0.1, 0.25, 0.5, 0.7, 0.93], dtype, requires_grad=True)
    _orders(lambda x: torch.logit(x, eps), lambda x: ng.logit(x, eps), [t], [n], tol, "LogitBackward0")
    _same(n.detach().logit(eps), t.detach().logit(eps), tol)
    e_t, e_n = _pair([-0.5, 0.0, 0.05, 0.5, 0.95, 1.0, 1.5], dtype, requires_grad=True)
    y_t, y_n = torch.logit(e_t, eps), ng.logit(e_n, eps)
    _same(y_n, y_t, tol)
    g_t, = torch.autograd.grad(y_t.sum(), e_t, create_graph=True)
    g_n, = ng.autograd.grad(y_n.sum(), e_n, create_graph=True)
    _same(g_n, g_t, tol)
    assert _name(g_n) == _name(g_t) == "WhereBackward0"
    _same(ng.logit(ng.tensor([0, 1])), torch.logit(torch.tensor([0, 1])))
