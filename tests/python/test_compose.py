"""The Python compositions of _compose.py against PyTorch: logical ops and bool operators, stacking
helpers, take_along_dim, round(decimals), finfo/iinfo, nbytes/itemsize, index_add_/scatter_add_,
select and bincount: values, dtypes, grad_fn names where PyTorch's are the same, gradients, errors."""
import numpy as np
import pytest
import torch

import nativegrad as ng


def _same(n, t, tol=0.0):
    a, b = np.asarray(n.detach().numpy()), np.asarray(t.detach().numpy())
    assert a.shape == b.shape and str(n.dtype).split(".")[-1] == str(t.dtype).split(".")[-1], (a, b, n.dtype, t.dtype)
    assert np.allclose(a, b, rtol=tol, atol=tol) if tol else np.array_equal(a, b), (a, b)


A = [[0.0, 1.5, -2.0], [3.0, 0.0, 0.25]]
B = [1, 0, 2]


@pytest.mark.parametrize("name", ["logical_and", "logical_or", "logical_xor"])
def test_logical_binary(name):
    _same(getattr(ng, name)(ng.tensor(A), ng.tensor(B)), getattr(torch, name)(torch.tensor(A), torch.tensor(B)))
    _same(getattr(ng.tensor(A), name)(ng.tensor(B)), getattr(torch.tensor(A), name)(torch.tensor(B)))


def test_logical_not_and_bool_operators():
    _same(ng.logical_not(ng.tensor(A)), torch.logical_not(torch.tensor(A)))
    p, q = [True, False, True, False], [True, True, False, False]
    pn, qn, pt, qt = ng.tensor(p), ng.tensor(q), torch.tensor(p), torch.tensor(q)
    _same(pn & qn, pt & qt)
    _same(pn | qn, pt | qt)
    _same(pn ^ qn, pt ^ qt)
    _same(~pn, ~pt)
    _same(pn & True, pt & True)
    _same(False | qn, False | qt)
    mask_n = (ng.tensor(A) > 0) & (ng.tensor(A) < 2)
    mask_t = (torch.tensor(A) > 0) & (torch.tensor(A) < 2)
    _same(mask_n, mask_t)
    with pytest.raises(RuntimeError, match="only bool tensors"):
        ng.tensor([1, 2]) & ng.tensor([3, 4])


@pytest.mark.parametrize("name", ["hstack", "vstack", "dstack", "column_stack"])
def test_stacking(name):
    for shapes in ([(3,), (3,)], [(2, 3), (2, 3)]):
        xs = [np.arange(np.prod(s), dtype=np.float64).reshape(s) + i for i, s in enumerate(shapes)]
        ts = [torch.tensor(x, requires_grad=True) for x in xs]
        ns = [ng.tensor(x.tolist(), dtype=ng.float64, requires_grad=True) for x in xs]
        r_t, r_n = getattr(torch, name)(ts), getattr(ng, name)(ns)
        _same(r_n, r_t)
        assert type(r_n.grad_fn).__name__ == type(r_t.grad_fn).__name__ == "CatBackward0"
        w = np.linspace(-1, 1, r_t.numel()).reshape(tuple(r_t.shape))
        (r_t * torch.tensor(w)).sum().backward()
        (r_n * ng.tensor(w.tolist(), dtype=ng.float64)).sum().backward()
        for a, b in zip(ns, ts):
            _same(a.grad, b.grad)


def test_take_along_dim():
    x = np.arange(12.0).reshape(3, 4)
    t, n = torch.tensor(x, requires_grad=True), ng.tensor(x.tolist(), dtype=ng.float64, requires_grad=True)
    it, i_n = torch.tensor([[0], [3], [1]]), ng.tensor([[0], [3], [1]])
    _same(ng.take_along_dim(n, i_n, 1), torch.take_along_dim(t, it, 1))
    _same(n.take_along_dim(i_n, dim=1), t.take_along_dim(it, dim=1))
    _same(ng.take_along_dim(n, ng.tensor([1, 11])), torch.take_along_dim(t, torch.tensor([1, 11])))
    idx = torch.argsort(t, dim=1, descending=True)
    _same(ng.take_along_dim(n, ng.argsort(n, dim=1, descending=True), 1), torch.take_along_dim(t, idx, 1))
    r_t, r_n = torch.take_along_dim(t, it, 1), ng.take_along_dim(n, i_n, 1)
    assert type(r_n.grad_fn).__name__ == type(r_t.grad_fn).__name__
    r_t.sum().backward()
    r_n.sum().backward()
    _same(n.grad, t.grad)


@pytest.mark.parametrize("decimals", [0, 1, 2, 3, -1, -2])
def test_round_decimals(decimals):
    vals = [1.2345, -2.5, 1234.5, 0.125, -0.0049, 99.95]
    for dt in ("float32", "float64"):
        t = torch.tensor(vals, dtype=getattr(torch, dt))
        n = ng.tensor(vals, dtype=getattr(ng, dt))
        _same(n.round(decimals=decimals), t.round(decimals=decimals), 1e-6 if dt == "float32" else 1e-12)
        _same(ng.round(n, decimals=decimals), torch.round(t, decimals=decimals), 1e-6 if dt == "float32" else 1e-12)


def test_finfo_iinfo():
    for dt in (None, "float32", "float64"):
        a = torch.finfo() if dt is None else torch.finfo(getattr(torch, dt))
        b = ng.finfo() if dt is None else ng.finfo(getattr(ng, dt))
        for attr in ("bits", "eps", "max", "min", "tiny", "smallest_normal", "resolution"):
            assert getattr(a, attr) == getattr(b, attr), attr
        assert repr(a) == repr(b)
    a, b = torch.iinfo(torch.int64), ng.iinfo(ng.int64)
    assert (a.bits, a.min, a.max) == (b.bits, b.min, b.max) and repr(a) == repr(b)
    with pytest.raises(TypeError):
        ng.finfo(ng.int64)


def test_nbytes_itemsize_select():
    t, n = torch.zeros(3, 5, dtype=torch.float64), ng.zeros(3, 5, dtype=ng.float64)
    assert (n.nbytes, n.itemsize) == (t.numel() * t.element_size(), t.element_size())  # torch 2.1 names; 1.13 lacks them
    x = np.arange(24.0).reshape(2, 3, 4)
    t, n = torch.tensor(x, requires_grad=True), ng.tensor(x.tolist(), dtype=ng.float64, requires_grad=True)
    for dim, i in ((0, 1), (1, -1), (-1, 2)):
        r_t, r_n = t.select(dim, i), n.select(dim, i)
        _same(r_n, r_t)
        assert type(r_n.grad_fn).__name__ == type(r_t.grad_fn).__name__ == "SelectBackward0"


def test_index_add_and_scatter_add_in_place():
    t, n = torch.zeros(3, 2, dtype=torch.float64), ng.zeros(3, 2, dtype=ng.float64)
    src = [[1.0, 2.0], [3.0, 4.0], [5.0, 6.0]]
    assert n.index_add_(0, ng.tensor([2, 0, 2]), ng.tensor(src, dtype=ng.float64)) is n
    t.index_add_(0, torch.tensor([2, 0, 2]), torch.tensor(src, dtype=torch.float64))
    _same(n, t)
    n.index_add_(0, ng.tensor([1]), ng.tensor([[1.0, 1.0]], dtype=ng.float64), alpha=-2)
    t.index_add_(0, torch.tensor([1]), torch.tensor([[1.0, 1.0]], dtype=torch.float64), alpha=-2)
    _same(n, t)
    idx = [[0, 1], [2, 0]]
    n.scatter_add_(0, ng.tensor(idx), ng.ones(2, 2, dtype=ng.float64))
    t.scatter_add_(0, torch.tensor(idx), torch.ones(2, 2, dtype=torch.float64))
    _same(n, t)


def test_bincount():
    x = [1, 3, 3, 0, 7]
    _same(ng.bincount(ng.tensor(x)), torch.bincount(torch.tensor(x)))
    _same(ng.tensor(x).bincount(minlength=10), torch.tensor(x).bincount(minlength=10))
    w = [0.5, 1.0, 2.0, 3.0, -1.0]
    for dt in ("float32", "float64"):
        _same(ng.bincount(ng.tensor(x), ng.tensor(w, dtype=getattr(ng, dt))),
              torch.bincount(torch.tensor(x), torch.tensor(w, dtype=getattr(torch, dt))))
    _same(ng.bincount(ng.tensor([], dtype=ng.int64)), torch.bincount(torch.tensor([], dtype=torch.int64)))
    for bad in ([[1]], [-1]):
        with pytest.raises(RuntimeError, match="bincount only supports 1-d non-negative integral inputs."):
            ng.bincount(ng.tensor(bad))
    with pytest.raises(RuntimeError, match='"bincount_cpu" not implemented for \'Float\''):
        ng.bincount(ng.tensor([1.0]))
    with pytest.raises(RuntimeError, match="minlength should be >= 0"):
        ng.bincount(ng.tensor(x), minlength=-1)
    with pytest.raises(RuntimeError, match="weights should be 1-d and have the same length as input"):
        ng.bincount(ng.tensor(x), ng.ones(3))


def test_empty_like_has_the_shape_and_dtype():
    e = ng.empty_like(ng.zeros(2, 3, dtype=ng.float64))
    assert e.shape == (2, 3) and e.dtype == ng.float64
