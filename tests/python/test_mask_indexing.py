"""Parity with PyTorch of the bool-mask fast paths (x[mask] as a compaction, x[mask] = v as masked_fill or
masked_scatter, Functions.MaskIndex.cs): every path they take (a scalar, a 0-dim, a broadcast and a full
value; masks over all or the leading dims; empty, all-true and all-false masks; non-contiguous inputs and
masks; float32, float64, int64 and bool), lengths that are not multiples of the vector widths, and the
version counter. Graphs that record (IndexBackward0, IndexPutBackward0) keep the packed path and are
checked in test_advanced_indexing.py, as are the errors (re-checked here for the fast path's inputs)."""
import numpy as np
import pytest
import torch

import nativegrad as ng

DTYPES = ("float32", "float64", "int64", "bool")


def same(n, t):
    assert tuple(n.shape) == tuple(t.shape), (tuple(n.shape), tuple(t.shape))
    assert str(n.dtype) == str(t.dtype)
    np.testing.assert_array_equal(n.numpy(), t.numpy())


def data(shape, dtype, seed=0):
    rng = np.random.default_rng(seed)
    a = rng.standard_normal(shape) * 10
    if dtype == "bool":
        return a > 0
    return a.astype(dtype)


def masks(shape, seed=1):
    """Masks of the given shape: random (about half set), all set, none set, one set, sparse."""
    rng = np.random.default_rng(seed)
    one = np.zeros(shape, bool)
    if one.size:
        one.flat[one.size // 2] = True
    return {"half": rng.random(shape) > 0.5, "all": np.ones(shape, bool), "none": np.zeros(shape, bool),
            "one": one, "sparse": rng.random(shape) > 0.95}


# Shapes of x and how many leading dims the mask covers; 1000 and 77 are not multiples of 8 or 32.
CASES = [((1000,), 1), ((77,), 1), ((33, 31), 2), ((40, 9), 1), ((5, 6, 7), 2), ((4, 3, 5), 1), ((0, 3), 1), ((3, 0), 2)]


@pytest.mark.parametrize("dtype", DTYPES)
@pytest.mark.parametrize("shape,md", CASES)
def test_read(shape, md, dtype):
    a = data(shape, dtype)
    for name, m in masks(shape[:md]).items():
        t = torch.from_numpy(a.copy())[torch.from_numpy(m.copy())]
        n = ng.from_numpy(a.copy())[ng.from_numpy(m.copy())]
        same(n, t)
        assert n.grad_fn is None


@pytest.mark.parametrize("dtype", DTYPES)
def test_read_noncontiguous(dtype):
    a = data((12, 10), dtype)
    m = masks((10, 12))["half"]
    t = torch.from_numpy(a.copy()).t()[torch.from_numpy(m.copy())]
    n = ng.from_numpy(a.copy()).t()[ng.from_numpy(m.copy())]
    same(n, t)
    # a non-contiguous mask over a strided view
    mt = masks((12, 5))["half"]
    t = torch.from_numpy(a.copy())[:, ::2][torch.from_numpy(mt.copy().T).t()]
    n = ng.from_numpy(a.copy())[:, ::2][ng.from_numpy(mt.copy().T).t()]
    same(n, t)


def test_read_is_a_copy():
    x = ng.arange(10.0)
    y = x[x > 4]
    x.zero_()
    assert y.tolist() == [5.0, 6.0, 7.0, 8.0, 9.0]


@pytest.mark.parametrize("shape,md", CASES)
def test_recorded_read_and_gradient(shape, md):
    # recorded reads save the packed indices (built from the mask in one pass) in IndexBackward0
    a = data(shape, "float64")
    for name, m in masks(shape[:md]).items():
        res = []
        for L in (torch, ng):
            x = L.from_numpy(a.copy()).requires_grad_()
            y = x[L.from_numpy(m.copy())]
            g = L.from_numpy(data(tuple(y.shape), "float64", seed=11))
            (y * g).sum().backward()
            res.append((y, type(y.grad_fn).__name__, x.grad))
        (yt, nt, gt), (yn, nn, gn) = res
        same(yn.detach(), yt.detach())
        assert nn == nt == "IndexBackward0"
        same(gn, gt)


def test_recorded_write_through_mask():
    # a recorded write keeps the packed path: IndexPutBackward0, gradients to self and values
    a = data((6, 5), "float64")
    m = masks((6, 5))["half"]
    res = []
    for L in (torch, ng):
        x = L.from_numpy(a.copy()).requires_grad_()
        v = L.from_numpy(data((int(m.sum()),), "float64", seed=2)).requires_grad_()
        y = x * 1
        y[L.from_numpy(m.copy())] = v
        (y * y).sum().backward()
        res.append((y, type(y.grad_fn).__name__, x.grad, v.grad))
    (yt, nt, gxt, gvt), (yn, nn, gxn, gvn) = res
    same(yn.detach(), yt.detach())
    assert nn == nt == "IndexPutBackward0"
    same(gxn, gxt)
    same(gvn, gvt)


def test_read_no_grad_of_a_leaf_that_requires_grad():
    a = data((50,), "float32")
    m = a > 0
    x = ng.from_numpy(a.copy()).requires_grad_()
    with ng.no_grad():
        y = x[ng.from_numpy(m.copy())]
    assert y.grad_fn is None and not y.requires_grad
    same(y, torch.from_numpy(a.copy())[torch.from_numpy(m.copy())])


def put_both(shape, md, dtype, m, value):
    """w[mask] = value on both libraries; value(lib, count) gives the value."""
    a = data(shape, dtype)
    out = []
    for L in (torch, ng):
        # (from_numpy gives an empty array zero strides, which nativegrad refuses to write into)
        w = L.from_numpy(a.copy()) if a.size else L.empty(shape, dtype=getattr(L, dtype))
        mask = L.from_numpy(m.copy())
        v0 = w._version
        w[mask] = value(L, int(m.sum()))
        out.append((w, w._version - v0))
    (t, vt), (n, vn) = out
    same(n, t)
    assert vn == vt


def scalar_of(dtype):
    return {"float32": -2.5, "float64": 3.25, "int64": -(1 << 40) - 3, "bool": True}[dtype]


@pytest.mark.parametrize("dtype", DTYPES)
@pytest.mark.parametrize("shape,md", CASES)
def test_write_scalar(shape, md, dtype):
    for m in masks(shape[:md]).values():
        put_both(shape, md, dtype, m, lambda L, c: scalar_of(dtype))
        put_both(shape, md, dtype, m, lambda L, c: L.tensor(scalar_of(dtype), dtype=getattr(L, dtype)))    # a 0-dim value


@pytest.mark.parametrize("dtype", DTYPES)
@pytest.mark.parametrize("shape,md", CASES)
def test_write_full_value(shape, md, dtype):
    # one value (block) per set element: masked_scatter
    for m in masks(shape[:md]).values():
        def value(L, c):
            return L.from_numpy(data((c,) + shape[md:], dtype, seed=7))
        put_both(shape, md, dtype, m, value)


@pytest.mark.parametrize("dtype", DTYPES)
def test_write_broadcast_values(dtype):
    shape = (6, 5, 4)
    for m in masks(shape[:1]).values():
        # the same block for every set element, a block broadcast from a row, a size-1 leading dim
        put_both(shape, 1, dtype, m, lambda L, c: L.from_numpy(data((5, 4), dtype, seed=3)))
        put_both(shape, 1, dtype, m, lambda L, c: L.from_numpy(data((4,), dtype, seed=3)))
        put_both(shape, 1, dtype, m, lambda L, c: L.from_numpy(data((1, 5, 1), dtype, seed=3)))
        put_both(shape, 1, dtype, m, lambda L, c: L.from_numpy(data((c, 1, 4), dtype, seed=3)))
        # a non-contiguous full value
        put_both(shape, 1, dtype, m, lambda L, c: L.from_numpy(data((4, 5, c), dtype, seed=3)).permute(2, 1, 0))
    for m in masks(shape[:2]).values():
        put_both(shape, 2, dtype, m, lambda L, c: L.from_numpy(data((c, 1), dtype, seed=4)))
        put_both(shape, 2, dtype, m, lambda L, c: L.from_numpy(data((1,), dtype, seed=4)))


@pytest.mark.parametrize("dtype", DTYPES)
def test_write_noncontiguous(dtype):
    # a transposed target and a non-contiguous mask (the target keeps the packed path, the mask is copied)
    a = data((8, 10), dtype)
    m = masks((10, 8))["half"]
    mt = masks((8, 10))["half"]
    v = scalar_of(dtype)
    res = []
    for L in (torch, ng):
        w = L.from_numpy(a.copy())
        w.t()[L.from_numpy(m.copy())] = v
        w[L.from_numpy(mt.copy().T).t()] = L.tensor(v, dtype=getattr(L, dtype))
        res.append(w)
    same(res[1], res[0])


def test_write_value_sharing_memory():
    # (PyTorch refuses a value that overlaps the target; nativegrad reads it as it was before the write)
    a = np.arange(16.0, dtype="float32")
    m = np.zeros(16, bool)
    m[8:] = True
    for mm in (m, np.roll(m, -4)):
        w = ng.from_numpy(a.copy())
        w[ng.from_numpy(mm.copy())] = w[:8]
        e = a.copy()
        e[mm] = a[:8]
        np.testing.assert_array_equal(w.numpy(), e)


def test_write_index_put_and_method():
    a = data((20, 3), "float32")
    m = masks((20,))["half"]
    c = int(m.sum())
    v = data((c, 3), "float32", seed=9)
    for accumulate in (False, True):
        t = torch.from_numpy(a.copy())
        n = ng.from_numpy(a.copy())
        t.index_put_((torch.from_numpy(m.copy()),), torch.from_numpy(v.copy()), accumulate=accumulate)
        n.index_put_((ng.from_numpy(m.copy()),), ng.from_numpy(v.copy()), accumulate=accumulate)
        same(n, t)


def test_write_errors_on_fast_path():
    def both(f):
        with pytest.raises(Exception) as et:
            f(torch)
        with pytest.raises(Exception) as en:
            f(ng)
        assert type(en.value) is type(et.value), (en.value, et.value)
        assert str(en.value).split("\n")[0] == str(et.value).split("\n")[0]

    m = np.array([True, False, True, True])

    def shape_mismatch(L):
        w = L.zeros(4, 2)
        w[L.from_numpy(m.copy())] = L.ones(2, 2)

    def dtype_mismatch(L):
        w = L.zeros(4)
        w.index_put_((L.from_numpy(m.copy()),), L.ones(3, dtype=L.float64))

    def mask_shape(L):
        w = L.zeros(4, 2)
        w[L.from_numpy(np.ones(3, bool))] = 1.0

    def mask_shape_read(L):
        return L.zeros(4, 2)[L.from_numpy(np.ones((4, 3), bool))]

    def overlap(L):
        w = L.zeros(1).expand(4)
        w[L.from_numpy(m.copy())] = 1.0

    for f in (shape_mismatch, dtype_mismatch, mask_shape, mask_shape_read):
        both(f)
    # (PyTorch only warns here; nativegrad refuses, on the fast path as on the packed one)
    with pytest.raises(RuntimeError, match="more than one element of the written-to tensor"):
        overlap(ng)
    # a failed check writes nothing and leaves the version alone
    w = ng.zeros(4, 2)
    v0 = w._version
    with pytest.raises(Exception):
        w[ng.from_numpy(m.copy())] = ng.ones(2, 2)
    assert w._version == v0 and w.sum().item() == 0


def test_large_parity():
    a = data((1024, 1024), "float32")
    m = a > 0
    t = torch.from_numpy(a.copy())
    n = ng.from_numpy(a.copy())
    same(n[ng.from_numpy(m.copy())], t[torch.from_numpy(m.copy())])
    t[torch.from_numpy(m.copy())] = 0.0
    n[ng.from_numpy(m.copy())] = 0.0
    same(n, t)
