"""Activations, the softmax family, max/min, var/std, maximum/minimum, where, cat/stack and
gather/index_select against real PyTorch: values, grad_fn names, first-order gradients and
second-order gradients (create_graph=True), in float32 and float64; plus their error cases."""

import pytest

torch = pytest.importorskip("torch", reason="parity tests compare against real PyTorch")
np = pytest.importorskip("numpy", reason="parity tests build their random inputs with NumPy")

import nativegrad as ng  # noqa: E402

DTYPES = ["float32", "float64"]
TOL = {"float32": dict(rtol=5e-5, atol=5e-6), "float64": dict(rtol=1e-10, atol=1e-11)}

_rng = np.random.default_rng(2024)


def _np(x):
    if isinstance(x, torch.Tensor):
        return x.detach().numpy()
    return x.detach().numpy()


def _close(n, t, dtype, what):
    assert tuple(n.shape) == tuple(t.shape), (what, n.shape, t.shape)
    assert str(n.dtype) == str(t.dtype), (what, n.dtype, t.dtype)
    np.testing.assert_allclose(_np(n), _np(t), err_msg=what, **TOL[dtype])


def _grads(lib, out, inputs, g, create_graph):
    return lib.autograd.grad(out, inputs, g, create_graph=create_graph, allow_unused=True)


# name -> (function of (lib, *inputs), input shapes, positive inputs)
CASES = {
    "sin": (lambda T, x: T.sin(x), [(3, 4)], False),
    "cos": (lambda T, x: x.cos(), [(3, 4)], False),
    "tanh": (lambda T, x: T.tanh(x), [(3, 4)], False),
    "tanh near 0": (lambda T, x: (x * 1e-5).tanh(), [(3, 4)], False),
    "sigmoid": (lambda T, x: T.sigmoid(x * 3), [(3, 4)], False),
    "relu": (lambda T, x: T.relu(x) * x, [(3, 4)], False),
    "relu method": (lambda T, x: x.relu(), [(5,)], False),
    "clamp both": (lambda T, x: x.clamp(min=-0.5, max=0.5) * x, [(3, 4)], False),
    "clamp min": (lambda T, x: T.clamp(x, min=0.1) * x, [(3, 4)], False),
    "clamp max": (lambda T, x: x.clamp(max=0.2) * x, [(3, 4)], False),
    "softmax last": (lambda T, x: T.softmax(x, -1), [(3, 5)], False),
    "softmax dim 0": (lambda T, x: x.softmax(0), [(3, 2, 4)], False),
    "log_softmax": (lambda T, x: T.log_softmax(x, 1), [(3, 5)], False),
    "log_softmax middle": (lambda T, x: x.log_softmax(dim=1), [(2, 3, 4)], False),
    "logsumexp": (lambda T, x: T.logsumexp(x, 1), [(3, 5)], False),
    "logsumexp keepdim tuple": (lambda T, x: x.logsumexp((0, 2), keepdim=True), [(2, 3, 4)], False),
    "max all": (lambda T, x: x.max() * x, [(3, 4)], False),
    "min all": (lambda T, x: T.min(x) * x, [(3, 4)], False),
    "max dim": (lambda T, x: x.max(dim=1).values * 2, [(3, 4)], False),
    "max dim squared": (lambda T, x: x.max(1)[0] ** 2, [(3, 4)], False),
    "min dim keepdim": (lambda T, x: T.min(x, 0, keepdim=True).values * x, [(3, 4)], False),
    "var dim": (lambda T, x: x.var(1), [(3, 5)], False),
    "var biased keepdim": (lambda T, x: x.var(0, unbiased=False, keepdim=True), [(3, 5)], False),
    "var all": (lambda T, x: T.var(x), [(3, 5)], False),
    "std dim": (lambda T, x: x.std(1), [(3, 5)], False),
    "std all": (lambda T, x: x.std(), [(7,)], False),
    "maximum": (lambda T, a, b: T.maximum(a, b), [(3, 4), (4,)], False),
    "minimum": (lambda T, a, b: T.minimum(a, b) * a, [(3, 4), (3, 4)], False),
    "where": (lambda T, a, b: T.where(a > 0, a * a, b), [(3, 4), (4,)], False),
    "where scalar": (lambda T, a: T.where(a > 0, a, 0.0) * a, [(3, 4)], False),
    "cat": (lambda T, a, b: T.cat([a, b, a], 1) ** 2, [(2, 3), (2, 1)], False),
    "stack": (lambda T, a, b: T.stack([a, b], 1) * T.stack([b, a], 1), [(2, 3), (2, 3)], False),
    "gather": (lambda T, x: x.gather(1, T.tensor([[0, 2, 2], [1, 0, 0]])) ** 2, [(2, 4)], False),
    "index_select": (lambda T, x: T.index_select(x, 0, T.tensor([2, 0, 2])) ** 2, [(3, 2)], False),
    "narrow": (lambda T, x: x.narrow(1, 1, 2) ** 2, [(2, 4)], False),
}


@pytest.mark.parametrize("dtype", DTYPES)
@pytest.mark.parametrize("name", sorted(CASES))
def test_op_value_grad_and_second_order(name, dtype):
    f, shapes, positive = CASES[name]
    arrays = [np.asarray(_rng.standard_normal(s), dtype=dtype) for s in shapes]
    ts = [torch.tensor(a, requires_grad=True) for a in arrays]
    ns = [ng.tensor(a, requires_grad=True) for a in arrays]
    ty, ny = f(torch, *ts), f(ng, *ns)
    _close(ny, ty, dtype, "value")
    assert type(ny.grad_fn).__name__ == type(ty.grad_fn).__name__

    g = np.asarray(_rng.standard_normal(tuple(ty.shape)), dtype=dtype)
    tg = _grads(torch, ty, ts, torch.tensor(g), True)
    ngr = _grads(ng, ny, ns, ng.tensor(g), True)
    for a, b in zip(ngr, tg):
        _close(a, b, dtype, "gradient")

    # second order: d/dx sum_i <grad_i, w_i>
    ws = [np.asarray(_rng.standard_normal(tuple(t.shape)), dtype=dtype) for t in tg]
    ts_ = sum((t * torch.tensor(w)).sum() for t, w in zip(tg, ws))
    ns_ = sum((n * ng.tensor(w)).sum() for n, w in zip(ngr, ws))
    t2 = _grads(torch, ts_, ts, None, False) if ts_.requires_grad else [None] * len(ts)
    n2 = _grads(ng, ns_, ns, None, False) if ns_.requires_grad else [None] * len(ns)
    for a, b, x in zip(n2, t2, arrays):
        a = np.zeros_like(x) if a is None else _np(a)
        b = np.zeros_like(x) if b is None else _np(b)
        np.testing.assert_allclose(a, b, err_msg="second order", **TOL[dtype])


def test_max_dim_returns_named_values_and_indices():
    t = torch.tensor([[1., 3., 3.], [2., 0., -1.]], requires_grad=True)
    n = ng.tensor([[1., 3., 3.], [2., 0., -1.]], requires_grad=True)
    tr, nr = t.max(dim=1), n.max(dim=1)
    assert repr(nr) == repr(tr)
    assert nr.indices.tolist() == tr.indices.tolist() == [1, 0]
    assert str(nr.indices.dtype) == "torch.int64"
    v, i = n.min(1, keepdim=True)
    assert v.tolist() == [[1.0], [-1.0]] and i.tolist() == [[0], [2]]
    assert type(nr).__name__ == "max" and isinstance(nr, tuple)


def test_ties_share_gradients_as_pytorch():
    for lib in (torch, ng):
        x = lib.tensor([1., 5., 5., 2.], requires_grad=True)
        x.max().backward()
        assert x.grad.tolist() == [0.0, 0.5, 0.5, 0.0]
        a = lib.tensor([1., 3., 3.], requires_grad=True)
        b = lib.tensor([3., 1., 3.], requires_grad=True)
        lib.maximum(a, b).sum().backward()
        assert a.grad.tolist() == [0.0, 1.0, 0.5] and b.grad.tolist() == [1.0, 0.0, 0.5]


def test_softmax_family_is_stable_for_large_inputs():
    for dtype in (torch.float32, torch.float64):
        a = [[1000., 1000., -1000.], [-1e30, 0., 1e30]]
        t = torch.tensor(a, dtype=dtype)
        n = ng.tensor(a, dtype=getattr(ng, str(dtype).split(".")[1]))
        for f in (lambda T, x: T.softmax(x, 1), lambda T, x: T.log_softmax(x, 1), lambda T, x: T.logsumexp(x, 1)):
            np.testing.assert_allclose(_np(f(ng, n)), _np(f(torch, t)), rtol=1e-6)


def test_var_std_keyword_forms():
    a = _rng.standard_normal((3, 4))
    t, n = torch.tensor(a), ng.tensor(a)
    np.testing.assert_allclose(_np(n.var(1, keepdim=True)), _np(t.var(1, keepdim=True)))
    np.testing.assert_allclose(_np(n.std(dim=0, unbiased=False)), _np(t.std(dim=0, unbiased=False)))
    np.testing.assert_allclose(_np(n.var(False)), _np(t.var(False)))
    np.testing.assert_allclose(_np(n.var(1, correction=0)), _np(t.var(1, unbiased=False)))


def _error(lib, f):
    with pytest.raises(Exception) as e:
        f(lib)
    return e.value


@pytest.mark.parametrize("f", [
    lambda T: T.zeros(2, 3).softmax(2),
    lambda T: T.zeros(2, 3).log_softmax(-3),
    lambda T: T.zeros(2, 3).max(dim=5),
    lambda T: T.logsumexp(T.zeros(2, 3), 4),
    lambda T: T.cat([T.zeros(2, 3), T.zeros(2, 3)], 2),
    lambda T: T.zeros(2, 3).var(3),
], ids=["softmax", "log_softmax", "max", "logsumexp", "cat", "var"])
def test_bad_dims_raise_index_error_like_pytorch(f):
    te, ne = _error(torch, f), _error(ng, f)
    assert type(ne) is IndexError is type(te)
    assert str(ne) == str(te)


def test_cat_of_mismatched_shapes_names_both_shapes():
    e = _error(ng, lambda T: T.cat([T.zeros(4, 3), T.zeros(2, 2)], 0))
    assert isinstance(e, RuntimeError)
    assert str(e).startswith(str(_error(torch, lambda T: T.cat([T.zeros(4, 3), T.zeros(2, 2)], 0))).rstrip("."))
    assert "[4, 3]" in str(e) and "[2, 2]" in str(e)
    f = lambda T: T.stack([T.zeros(4, 3), T.zeros(2, 2)])
    assert str(_error(ng, f)) == str(_error(torch, f))


def test_gather_needs_int64_index():
    f = lambda T: T.zeros(4, 3).gather(0, T.tensor([[1.0]]))
    e = _error(ng, f)
    assert isinstance(e, RuntimeError) and str(e) == str(_error(torch, f))


@pytest.mark.parametrize("f", [
    lambda T: T.zeros(4, 3).gather(0, T.tensor([[9]])),
    lambda T: T.zeros(4, 3).gather(1, T.tensor([[-4]])),
    lambda T: T.zeros(4, 3).index_select(0, T.tensor([4])),
    lambda T: T.zeros(4, 3).index_select(0, T.tensor([-1])),
    lambda T: T.zeros(4, 3).index_add(0, T.tensor([7]), T.zeros(1, 3)),
], ids=["gather", "gather negative", "index_select", "index_select negative", "index_add"])
def test_out_of_range_indices_fail_cleanly(f):
    te, ne = _error(torch, f), _error(ng, f)
    assert type(ne) is type(te)
    assert "out of" in str(ne) and str(ne) == str(te)
    # the engine is intact afterwards
    assert ng.ones(2).sum().item() == 2.0


def test_where_needs_bool_condition():
    f = lambda T: T.where(T.tensor([1.0, 0.0]), T.zeros(2), T.ones(2))
    e = _error(ng, f)
    assert isinstance(e, RuntimeError) and str(e) == str(_error(torch, f))
