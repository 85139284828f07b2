"""torch.einsum against PyTorch: values, first and second-order gradients of every operand, over
matrix products, batches, traces and diagonals, outer products, sums, transposes, ellipses,
implicit outputs, broadcasting batch dims and three operands; errors."""
import numpy as np
import pytest
import torch

import nativegrad as ng

CASES = [
    ("ij,jk->ik", [(3, 4), (4, 5)]),
    ("ij,jk", [(3, 4), (4, 2)]),
    ("bij,bjk->bik", [(2, 3, 4), (2, 4, 5)]),
    ("ii->i", [(4, 4)]),
    ("ii", [(4, 4)]),
    ("ij->ji", [(3, 4)]),
    ("ij->", [(3, 4)]),
    ("ij->j", [(3, 4)]),
    ("i,j->ij", [(3,), (4,)]),
    ("i,i->", [(5,), (5,)]),
    ("ij,ij->ij", [(3, 4), (3, 4)]),
    ("bhqd,bhkd->bhqk", [(2, 3, 4, 5), (2, 3, 6, 5)]),
    ("bhqk,bhkd->bhqd", [(2, 3, 4, 6), (2, 3, 6, 5)]),
    ("...ij,...jk->...ik", [(2, 3, 4), (2, 4, 5)]),
    ("...ij,jk", [(2, 3, 4), (4, 5)]),
    ("bij,jk->bik", [(2, 3, 4), (4, 5)]),
    ("ij,jk,kl->il", [(2, 3), (3, 4), (4, 5)]),
    ("iij->j", [(3, 3, 4)]),
    ("bi,bi->b", [(4, 6), (4, 6)]),
    ("ij,kj->ik", [(3, 4), (5, 4)]),
    ("bi,bj->bij", [(2, 3), (1, 4)]),
    ("i,->i", [(3,), ()]),
]


@pytest.mark.parametrize("eq,shapes", CASES, ids=[c[0] for c in CASES])
def test_einsum_matches_torch(eq, shapes):
    rng = np.random.default_rng(len(eq))
    xs = [rng.normal(size=s) for s in shapes]
    ts = [torch.tensor(x, requires_grad=True) for x in xs]
    ns = [ng.tensor(np.asarray(x).tolist(), dtype=ng.float64, requires_grad=True) for x in xs]
    y_t, y_n = torch.einsum(eq, *ts), ng.einsum(eq, *ns)
    assert tuple(y_n.shape) == tuple(y_t.shape)
    assert np.allclose(y_n.detach().numpy(), y_t.detach().numpy(), rtol=1e-12, atol=1e-12)
    w = rng.normal(size=tuple(y_t.shape))
    g_t = torch.autograd.grad((y_t * torch.tensor(w)).sum(), ts, create_graph=True)
    g_n = ng.autograd.grad((y_n * ng.tensor(np.asarray(w).tolist(), dtype=ng.float64)).sum(), ns, create_graph=True)
    for a, b in zip(g_n, g_t):
        assert np.allclose(a.detach().numpy(), b.detach().numpy(), rtol=1e-12, atol=1e-12)
    if all(g.requires_grad for g in g_t):
        gg_t = torch.autograd.grad(sum((g * g).sum() for g in g_t), ts, allow_unused=True)
        gg_n = ng.autograd.grad(sum((g * g).sum() for g in g_n), ns, allow_unused=True)
        for a, b in zip(gg_n, gg_t):
            assert (a is None) == (b is None)
            if a is not None:
                assert np.allclose(a.numpy(), b.numpy(), rtol=1e-11, atol=1e-11)


def test_einsum_list_form_and_float32():
    a, b = np.ones((2, 3), dtype=np.float32), np.arange(12, dtype=np.float32).reshape(3, 4)
    y_n = ng.einsum("ij,jk->ik", [ng.tensor(a.tolist()), ng.tensor(b.tolist())])
    y_t = torch.einsum("ij,jk->ik", [torch.tensor(a), torch.tensor(b)])
    assert y_n.dtype == ng.float32 and np.array_equal(y_n.numpy(), y_t.numpy())


def test_einsum_errors():
    with pytest.raises(RuntimeError, match="number of subscripts in the equation"):
        ng.einsum("ijk->i", ng.zeros(2, 3))
    with pytest.raises(ValueError, match="more operands were provided"):
        ng.einsum("ij->i", ng.zeros(2, 3), ng.zeros(2))
    with pytest.raises(RuntimeError, match="output subscript k does not appear"):
        ng.einsum("ij->k", ng.zeros(2, 3))
    with pytest.raises(RuntimeError):
        ng.einsum("ij,jk->ik", ng.zeros(2, 3), ng.zeros(4, 5))


def test_bmm_matches_torch():
    rng = np.random.default_rng(5)
    a, b = rng.normal(size=(2, 3, 4)), rng.normal(size=(2, 4, 5))
    at, bt = torch.tensor(a, requires_grad=True), torch.tensor(b, requires_grad=True)
    an = ng.tensor(a.tolist(), dtype=ng.float64, requires_grad=True)
    bn = ng.tensor(b.tolist(), dtype=ng.float64, requires_grad=True)
    y_t, y_n = torch.bmm(at, bt), ng.bmm(an, bn)
    assert np.allclose(y_n.detach().numpy(), y_t.detach().numpy(), rtol=1e-12, atol=1e-12)
    assert type(y_n.grad_fn).__name__ == type(y_t.grad_fn).__name__ == "BmmBackward0"
    (y_t * y_t).sum().backward()
    (y_n * y_n).sum().backward()
    assert np.allclose(an.grad.numpy(), at.grad.numpy(), rtol=1e-12, atol=1e-12)
    assert np.allclose(bn.grad.numpy(), bt.grad.numpy(), rtol=1e-12, atol=1e-12)
    assert np.allclose(an.detach().bmm(bn.detach()).numpy(), at.detach().bmm(bt.detach()).numpy(), rtol=1e-12)
    with pytest.raises(RuntimeError, match="must be 3D tensors|must be a 3D tensor"):
        ng.bmm(ng.zeros(2, 3), ng.zeros(2, 3, 4))
