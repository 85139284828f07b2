"""addcmul/addcdiv/lerp, clamp_min/clamp_max, amax/amin and the compositions PyTorch itself composes
(outer, broadcast_to, movedim, meshgrid, count_nonzero, argwhere, diff) against PyTorch: values,
gradients (second order where differentiable), grad_fn names, in-place forms, errors."""
import warnings

import numpy as np
import pytest
import torch

import nativegrad as ng


def _pair(values, dtype="float64", requires_grad=False):
    return (torch.tensor(values, dtype=getattr(torch, dtype), requires_grad=requires_grad),
            ng.tensor(values, dtype=getattr(ng, dtype), requires_grad=requires_grad))


def _same(n, t, tol=1e-13):
    a, b = n.detach().numpy(), t.detach().numpy()
    assert a.shape == b.shape, (a.shape, b.shape)
    assert str(n.dtype).split(".")[-1] == str(t.dtype).split(".")[-1]
    assert np.allclose(a, b, rtol=tol, atol=tol, equal_nan=True), (a, b)


def _grads_match(fn_t, fn_n, inputs, second=True, tol=1e-12):
    ts = [torch.tensor(v, dtype=torch.float64, requires_grad=True) for v in inputs]
    ns = [ng.tensor(v, dtype=ng.float64, requires_grad=True) for v in inputs]
    y_t, y_n = fn_t(*ts), fn_n(*ns)
    _same(y_n, y_t)
    assert type(y_n.grad_fn).__name__ == type(y_t.grad_fn).__name__
    g_t = torch.autograd.grad((y_t * y_t).sum(), ts, create_graph=True)
    g_n = ng.autograd.grad((y_n * y_n).sum(), ns, create_graph=True)
    for a, b in zip(g_n, g_t):
        _same(a, b, tol)
    if second:
        gg_t = torch.autograd.grad(sum(g.sum() for g in g_t), ts, allow_unused=True)
        gg_n = ng.autograd.grad(sum(g.sum() for g in g_n), ns, allow_unused=True)
        for a, b in zip(gg_n, gg_t):
            assert (a is None) == (b is None)
            if a is not None:
                _same(a, b, tol * 10)


A = [[0.5, -1.5, 2.0], [1.25, 3.0, -0.75]]
B = [2.0, -0.5, 1.5]
C = [[1.5], [-2.5]]


@pytest.mark.parametrize("value", [1, 0.5, -2])
def test_addcmul_addcdiv(value):
    _grads_match(lambda s, a, b: torch.addcmul(s, a, b, value=value), lambda s, a, b: ng.addcmul(s, a, b, value=value), [A, B, C])
    _grads_match(lambda s, a, b: torch.addcdiv(s, a, b, value=value), lambda s, a, b: ng.addcdiv(s, a, b, value=value), [A, C, B])
    _grads_match(lambda s, a, b: s.addcmul(a, b, value=value), lambda s, a, b: s.addcmul(a, b, value=value), [A, B, C])


def test_addcmul_inplace_as_an_optimizer_writes_it():
    m_t, m_n = _pair([[0.0, 1.0, 2.0], [3.0, 4.0, 5.0]])
    g_t, g_n = _pair(A)
    for _ in range(3):
        m_t.mul_(0.9).addcmul_(g_t, g_t, value=0.1)
        m_n.mul_(0.9).addcmul_(g_n, g_n, value=0.1)
    _same(m_n, m_t)
    p_t, p_n = _pair(B)
    p_t.addcdiv_(torch.tensor(B, dtype=torch.float64), m_t[0].sqrt().add(1e-8), value=-0.01)
    p_n.addcdiv_(ng.tensor(B, dtype=ng.float64), m_n[0].sqrt().add(1e-8), value=-0.01)
    _same(p_n, p_t)
    x_t, x_n = _pair(A, requires_grad=True)
    y_t, y_n = x_t * 1, x_n * 1
    y_t.addcmul_(x_t, x_t)
    y_n.addcmul_(x_n, x_n)
    assert type(y_n.grad_fn).__name__ == type(y_t.grad_fn).__name__ == "AddcmulBackward0"
    y_t.sum().backward()
    y_n.sum().backward()
    _same(x_n.grad, x_t.grad)


@pytest.mark.parametrize("weight", [0.0, 0.25, 0.5, 0.9, 1.0, 1.5])
def test_lerp_scalar_weight(weight):
    _grads_match(lambda s, e: torch.lerp(s, e, weight), lambda s, e: ng.lerp(s, e, weight), [A, B])
    e_t, e_n = _pair(B)
    a_t, a_n = _pair(A)
    a_t.lerp_(e_t, weight)
    a_n.lerp_(e_n, weight)
    _same(a_n, a_t, 0)


def test_lerp_as_an_exponential_moving_average():
    avg_t, avg_n = _pair([0.0, 0.0], "float32")
    for v in ([1.0, 2.0], [3.0, -1.0], [0.5, 0.25]):
        avg_t.lerp_(torch.tensor(v), 0.1)
        avg_n.lerp_(ng.tensor(v), 0.1)
    _same(avg_n, avg_t, 2e-7)  # float32: PyTorch's vector kernel may contract to an FMA (one ulp)


@pytest.mark.parametrize("op", ["clamp_min", "clamp_max"])
@pytest.mark.parametrize("bound", [-0.5, 0.0, 1.25])
def test_one_sided_clamps(op, bound):
    _grads_match(lambda x: getattr(torch, op)(x, bound), lambda x: getattr(ng, op)(x, bound), [A], second=False)
    x_t, x_n = _pair(A)
    _same(getattr(x_n, op)(bound), getattr(x_t, op)(bound))
    getattr(x_t, op + "_")(bound)
    getattr(x_n, op + "_")(bound)
    _same(x_n, x_t, 0)
    i_t, i_n = _pair([[-3, 0, 4]], "int64")
    _same(getattr(ng, op)(i_n, 1), getattr(torch, op)(i_t, 1))


@pytest.mark.parametrize("op", ["amax", "amin"])
@pytest.mark.parametrize("dim,keepdim", [((), False), (0, False), (1, True), ((0, 1), False), ((-1,), True)])
def test_amax_amin_share_ties(op, dim, keepdim):
    ties = [[1.0, 3.0, 3.0], [-2.0, -2.0, 0.5]]
    _grads_match(lambda x: getattr(torch, op)(x, dim, keepdim), lambda x: getattr(ng, op)(x, dim, keepdim), [ties], second=False)
    x_t, x_n = _pair([[4, 1, 4], [0, -7, 2]], "int64")
    _same(getattr(x_n, op)(dim=dim, keepdim=keepdim), getattr(x_t, op)(dim=dim, keepdim=keepdim))


def test_amax_errors():
    with pytest.raises(IndexError, match=r"amax\(\): Expected reduction dim 0 to have non-zero size."):
        ng.amax(ng.zeros(0, 3), 0)
    with pytest.raises(IndexError, match=r"Dimension out of range"):
        ng.amax(ng.zeros(2, 3), 2)


def test_outer_broadcast_to_movedim():
    _grads_match(torch.outer, ng.outer, [B, [1.0, -2.0]])
    _grads_match(lambda a: torch.broadcast_to(a, (2, 3)), lambda a: ng.broadcast_to(a, (2, 3)), [B])
    x = np.arange(24.0).reshape(2, 3, 4)
    for src, dst in ((0, 2), (-1, 0), ((0, 1), (2, 0)), ([1], [-1])):
        t = torch.tensor(x, requires_grad=True)
        n = ng.tensor(x.tolist(), dtype=ng.float64, requires_grad=True)
        _same(ng.movedim(n, src, dst), torch.movedim(t, src, dst))
        _same(n.moveaxis(src, dst), t.moveaxis(src, dst))
        assert type(n.movedim(src, dst).grad_fn).__name__ == type(t.movedim(src, dst).grad_fn).__name__
    with pytest.raises(RuntimeError, match="movedim: Invalid source or destination dims"):
        ng.movedim(ng.zeros(2, 3), (0, 1), 0)


@pytest.mark.parametrize("indexing", ["ij", "xy"])
def test_meshgrid(indexing):
    a_t, a_n = _pair([1.0, 2.0, 3.0], requires_grad=True)
    b_t, b_n = _pair([10.0, 20.0], requires_grad=True)
    g_t = torch.meshgrid(a_t, b_t, indexing=indexing)
    g_n = ng.meshgrid(a_n, b_n, indexing=indexing)
    for x, y in zip(g_n, g_t):
        _same(x, y)
        assert type(x.grad_fn).__name__ == type(y.grad_fn).__name__
    (g_t[0] * g_t[1]).sum().backward()
    (g_n[0] * g_n[1]).sum().backward()
    _same(a_n.grad, a_t.grad)
    _same(b_n.grad, b_t.grad)
    _same(ng.meshgrid([a_n.detach(), b_n.detach()], indexing=indexing)[1], torch.meshgrid([a_t.detach(), b_t.detach()], indexing=indexing)[1])


def test_meshgrid_warns_without_indexing_like_torch():
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter("always")
        x, y = ng.meshgrid(ng.arange(3), ng.arange(2))
    assert any("indexing argument" in str(m.message) for m in w)
    assert x.shape == (3, 2) and y.shape == (3, 2)


def test_count_nonzero_argwhere_diff():
    v = [[0.0, 1.5, 0.0, -2.0], [3.0, 0.0, 0.0, 1.0]]
    t, n = _pair(v)
    _same(ng.count_nonzero(n), torch.count_nonzero(t))
    _same(n.count_nonzero(dim=1), t.count_nonzero(dim=1))
    _same(ng.argwhere(n), torch.argwhere(t))
    _same(n.argwhere(), t.argwhere())
    _grads_match(lambda x: torch.diff(x), lambda x: ng.diff(x), [v])
    _grads_match(lambda x: torch.diff(x, n=2, dim=1), lambda x: ng.diff(x, n=2, dim=1), [v])
    _grads_match(lambda x: x.diff(dim=0, prepend=x[:1]), lambda x: x.diff(dim=0, prepend=x[:1]), [v])
    _same(ng.diff(ng.tensor([True, True, False])), torch.diff(torch.tensor([True, True, False])))
    _same(ng.diff(ng.tensor([1, 4, 9, 16]), append=ng.tensor([25])), torch.diff(torch.tensor([1, 4, 9, 16]), append=torch.tensor([25])))
