"""The float32 vector math (exp, log, sin, cos, tanh, sigmoid) against real PyTorch on special
and extreme values, mixed into long tensors so every value runs on the vector path; and the
fused sin/cos backward: PyTorch's graph under create_graph, the same values without it."""

import pytest

torch = pytest.importorskip("torch", reason="parity tests compare against real PyTorch")
np = pytest.importorskip("numpy", reason="parity tests build their inputs with NumPy")

import nativegrad as ng  # noqa: E402

SPECIAL = [np.nan, np.inf, -np.inf, 0.0, -0.0, 1e-45, -1e-45, 1e-40, 1.2e-38, 1.0, -1.0,
           3.4e38, -3.4e38, 88.72283, 88.7229, 89.0, -87.3, -87.35, -100.0, -103.0, -105.0,
           0.35, -0.35, 9.2, 20.0, 3.1415927, 65536.0, 65537.0, 1048576.0, 1048577.0, 1e7, 0.70710677, 1.4142135]


def _mixed():
    rng = np.random.default_rng(5)
    cols = []
    for v in SPECIAL:
        cols.append([v])
        cols.append(rng.uniform(-3, 3, 6 + len(cols) % 3))
    return np.concatenate(cols).astype(np.float32)


@pytest.mark.parametrize("fn", ["exp", "log", "sin", "cos", "tanh", "sigmoid"])
def test_special_values_match_pytorch(fn):
    x = _mixed()
    with np.errstate(all="ignore"):
        n = getattr(ng, fn)(ng.from_numpy(x.copy())).numpy()
        t = getattr(torch, fn)(torch.from_numpy(x.copy())).numpy()
    assert np.array_equal(np.isnan(n), np.isnan(t))
    fin = np.isfinite(t)
    assert np.array_equal(n[~fin & ~np.isnan(t)], t[~fin & ~np.isnan(t)])
    # zeros keep their sign; finite values agree within about 2 ulp (a denormal step of slack)
    zero = t == 0
    assert np.array_equal(np.signbit(n[zero]), np.signbit(t[zero])) and np.all(n[zero] == 0)
    np.testing.assert_allclose(n[fin], t[fin], rtol=2.5e-7, atol=3e-45)


@pytest.mark.parametrize("f", [lambda T, x: (x.sin() ** 2).sum(), lambda T, x: (x.cos() ** 2).sum(),
                               lambda T, x: T.sin(x).sum(), lambda T, x: T.cos(x).sum()],
                         ids=["sin^2", "cos^2", "sin", "cos"])
def test_sin_cos_backward_graph_and_values(f):
    a = np.random.default_rng(3).standard_normal(300).astype(np.float32) * 4
    t = torch.tensor(a, requires_grad=True)
    (tg,) = torch.autograd.grad(f(torch, t), t, create_graph=True)
    names = []
    for create_graph in (True, False):
        n = ng.tensor(a, requires_grad=True)
        (ngr,) = ng.autograd.grad(f(ng, n), n, create_graph=create_graph)
        np.testing.assert_allclose(ngr.detach().numpy(), tg.detach().numpy(), rtol=1e-5, atol=1e-6)
        names.append(ngr)
    assert type(names[0].grad_fn).__name__ == type(tg.grad_fn).__name__
    assert [type(e[0]).__name__ for e in names[0].grad_fn.next_functions] == \
        [type(e[0]).__name__ for e in tg.grad_fn.next_functions]
    assert names[1].grad_fn is None
    assert np.array_equal(names[0].detach().numpy(), names[1].numpy())
