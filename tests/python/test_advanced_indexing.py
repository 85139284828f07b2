"""Parity with PyTorch of advanced indexing (issue 10): x[idx] with int64 index tensors, Python lists,
bool masks (tensor or list), mixed with ints, slices, None and Ellipsis; x[idx] = value;
index_put(_)/torch.index_put. Values in every dtype, the result's shape (NumPy's rules: adjacent
advanced indices replace their dims in place, separated ones go first), gradients and second
derivatives (IndexBackward0, IndexPutBackward0), in-place semantics (version counter, views) and
error types and messages."""
import numpy as np
import pytest
import torch

import nativegrad as ng

LIBS = (torch, ng)
X234 = np.arange(24.0).reshape(2, 3, 4) - 7.5


def node(x):
    return None if x.grad_fn is None else type(x.grad_fn).__name__


def same(n, t, tol=0.0):
    """n (nativegrad) equals t (torch): shape, dtype and values."""
    assert isinstance(n, ng.Tensor), type(n)
    assert tuple(n.shape) == tuple(t.shape), (tuple(n.shape), tuple(t.shape))
    assert str(n.dtype) == str(t.dtype)
    a, b = n.detach().numpy(), t.detach().numpy()
    if tol == 0 or a.dtype.kind in "bi":
        np.testing.assert_array_equal(a, b)
    else:
        np.testing.assert_allclose(a, b, rtol=tol, atol=tol)


def same_error(fn_t, fn_n):
    """Both calls raise the same exception type with the same first line of message."""
    with pytest.raises(Exception) as et:
        fn_t()
    with pytest.raises(Exception) as en:
        fn_n()
    assert type(en.value) is type(et.value), (en.value, et.value)
    assert str(en.value).split("\n")[0] == str(et.value).split("\n")[0]


def both(make):
    """make(lib) on both libraries: (torch result, nativegrad result)."""
    return make(torch), make(ng)


# Indices as functions of the library, so that each library gets its own tensors.
INDICES = {
    "tensor": lambda L, s: L.tensor([1, 0, 1]),
    "tensor2d": lambda L, s: L.tensor([[1, 0], [0, 1]]),
    "negative": lambda L, s: L.tensor([-1, -2]),
    "list": lambda L, s: [1, 1, 0],
    "nested_list": lambda L, s: [[0, 1], [1, 0]],
    "pair_lists": lambda L, s: ([0, 1], [2, 0]),
    "pair_broadcast": lambda L, s: (L.tensor([[0], [1]]), L.tensor([0, 2, 1])),
    "int_and_list": lambda L, s: (1, [0, 2]),
    "slice_then_list": lambda L, s: (slice(None), [0, 2]),
    "list_slice": lambda L, s: ([1, 0], slice(1, None)),
    "separated": lambda L, s: ([0, 1], slice(None), [3, 0]),
    "separated_by_int_is_adjacent": lambda L, s: ([0, 1], 1, [3, 0]),
    "ellipsis_list": lambda L, s: (Ellipsis, [3, 0, 3]),
    "none_list": lambda L, s: (None, [1, 0], None),
    "list_none_list": lambda L, s: ([1, 0], None, [2, 2]),
    "mask": lambda L, s: L.tensor(s) > 0,
    "mask_dim0": lambda L, s: L.tensor([True, False]),
    "mask_2d_slice": lambda L, s: (slice(None), L.tensor(s[0]) > 0),
    "mask_list": lambda L, s: [False, True],
    "mask_and_list": lambda L, s: (L.tensor([True, False]), slice(None), [1, 2]),
    "empty": lambda L, s: L.tensor([], dtype=L.int64),
    "empty_mask": lambda L, s: L.tensor(s) > 1e9,
    "true": lambda L, s: True,
    "false": lambda L, s: False,
    "true_and_list": lambda L, s: (True, [1, 0]),
    "tuple_of_list_list": lambda L, s: [[0, 1], [1, 2]],
    "list_of_slice": lambda L, s: [slice(None), [1, 2]],
    "long_list": lambda L, s: [0, 1] * 20,
}


@pytest.mark.parametrize("name", list(INDICES))
def test_read_values_and_node(name):
    make = INDICES[name]
    t, n = both(lambda L: L.tensor(X234.tolist(), dtype=L.float64, requires_grad=True))
    yt, yn = t[make(torch, X234.tolist())], n[make(ng, X234.tolist())]
    same(yn, yt)
    assert node(yn) == node(yt)


@pytest.mark.parametrize("dtype", ["float32", "float64", "int64", "bool"])
def test_read_every_dtype(dtype):
    t, n = both(lambda L: (L.tensor(X234.tolist()) > 0 if dtype == "bool"
                           else L.tensor(X234.tolist()).to(getattr(L, dtype))))
    for make in INDICES.values():
        same(n[make(ng, X234.tolist())], t[make(torch, X234.tolist())])


@pytest.mark.parametrize("name", [k for k in INDICES if k not in ("true", "false", "empty", "empty_mask")])
def test_read_gradients(name):
    """First derivatives (duplicates add up) and second derivatives through IndexBackward0."""
    make = INDICES[name]
    res = []
    for L in LIBS:
        x = L.tensor(X234.tolist(), dtype=L.float64, requires_grad=True)
        y = x[make(L, X234.tolist())]
        w = L.tensor(np.linspace(0.5, 1.5, max(y.numel(), 1))[:y.numel()].reshape(tuple(y.shape)).tolist(),
                     dtype=L.float64)
        (g,) = L.autograd.grad((y * y * w).sum(), x, create_graph=True)
        (gg,) = L.autograd.grad((g * g).sum(), x)
        res.append((g, gg))
    same(res[1][0], res[0][0], 1e-12)
    same(res[1][1], res[0][1], 1e-12)


def test_gradient_graph_node_names():
    """The gradient of index is recorded as PyTorch records it (its backward is index_put with accumulate)."""
    names = []
    for L in LIBS:
        x = L.tensor([1.0, 2.0, 3.0], dtype=L.float64, requires_grad=True)
        (g,) = L.autograd.grad((x[[0, 0, 2]] ** 2).sum(), x, create_graph=True)
        names.append(node(g))
    assert names[1] == names[0]


def test_duplicates_accumulate():
    for L in LIBS:
        x = L.tensor([1.0, 2.0, 3.0], requires_grad=True)
        x[[0, 0]].sum().backward()
        assert x.grad.tolist() == [2.0, 0.0, 0.0]


def test_read_is_a_copy():
    t, n = both(lambda L: L.tensor(X234.tolist()))
    yt, yn = t[[0, 1]], n[[0, 1]]
    yt.fill_(0.0)
    yn.fill_(0.0)
    same(n, t)


def test_read_noncontiguous_and_index_views():
    t, n = both(lambda L: L.tensor(X234.tolist()).permute(2, 0, 1))
    it, i_n = torch.tensor([[3, 0, 1], [1, 2, 0]]).t(), ng.tensor([[3, 0, 1], [1, 2, 0]]).t()
    same(n[i_n], t[it])
    same(n[:, i_n[1:, 0]], t[:, it[1:, 0]])
    same(n[1:, ::2][[0, 0]], t[1:, ::2][[0, 0]])


def test_int64_exact():
    big = 2 ** 62 + 1
    t, n = both(lambda L: L.tensor([big, -big, 3]))
    same(n[[0, 1, 0]], t[[0, 1, 0]])
    t[[0, 2]] = torch.tensor([big + 2, 7])
    n[[0, 2]] = ng.tensor([big + 2, 7])
    same(n, t)
    t.index_put_((torch.tensor([1, 1]),), torch.tensor([big, 5]), accumulate=True)
    n.index_put_((ng.tensor([1, 1]),), ng.tensor([big, 5]), accumulate=True)
    same(n, t)


def test_large_read_matches():
    """A read big enough to go to the worker pool."""
    x = np.arange(600 * 700, dtype=np.float32).reshape(600, 700)
    idx = (np.arange(600)[::-1] * 7) % 600
    t, n = torch.tensor(x), ng.tensor(x.tolist(), dtype=ng.float32)
    same(n[ng.tensor(idx.tolist())], t[torch.tensor(idx)])
    same(n[:, ng.tensor(idx.tolist())], t[:, torch.tensor(idx)])


# ---------------------------------------------------------------- reading errors

def test_read_errors():
    t, n = both(lambda L: L.tensor(X234.tolist()))
    same_error(lambda: t[[0, 5]], lambda: n[[0, 5]])
    same_error(lambda: t[[0, -3]], lambda: n[[0, -3]])
    same_error(lambda: t[:, [3]], lambda: n[:, [3]])
    same_error(lambda: t[[0, 1], [0, 1, 2]], lambda: n[[0, 1], [0, 1, 2]])
    same_error(lambda: t[torch.tensor([True, False, True])], lambda: n[ng.tensor([True, False, True])])
    same_error(lambda: t[torch.tensor([0.0])], lambda: n[ng.tensor([0.0])])
    same_error(lambda: t[[0], [0], [0], [0]], lambda: n[[0], [0], [0], [0]])


# ---------------------------------------------------------------- assigning

SETS = {
    "mask_zero": (lambda L, x: x < 0, lambda L: 0),
    "list_tensor": (lambda L, x: [1, 0], lambda L: L.tensor([[1.0, 2.0, 3.0, 4.0]])),
    "cols_number": (lambda L, x: (slice(None), [0, 2]), lambda L: 1),
    "cols_broadcast": (lambda L, x: (slice(None), slice(None), [0, 2]), lambda L: L.tensor([5.0, 6.0])),
    "pair": (lambda L, x: ([0, 1], [2, 0]), lambda L: L.tensor([1.5])),
    "duplicates_last_wins": (lambda L, x: ([1, 1], [2, 2], [0, 0]), lambda L: L.tensor([1.0, 2.0])),
    "list_slice": (lambda L, x: ([1], slice(1, None)), lambda L: -3.0),
    "separated": (lambda L, x: ([0, 1], slice(None), [3, 0]), lambda L: L.tensor([[9.0], [8.0]])),
    "mask_2d": (lambda L, x: (1, x[0] > 3), lambda L: L.tensor(2.0)),
    "full_slice_then_list": (lambda L, x: (slice(0, 2), [0, 2]), lambda L: L.tensor([7.0])),
}


@pytest.mark.parametrize("name", list(SETS))
def test_assign_values(name):
    mi, mv = SETS[name]
    t, n = both(lambda L: L.tensor(X234.tolist(), dtype=L.float64))
    vt, vn = t._version, n._version
    v = mv(torch), mv(ng)
    if hasattr(v[0], "shape"):
        v = v[0].double(), v[1].double()
    t[mi(torch, t)] = v[0]
    n[mi(ng, n)] = v[1]
    same(n, t)
    assert n._version - vn == t._version - vt


@pytest.mark.parametrize("name", list(SETS))
def test_assign_gradients(name):
    """self[idx] = values under autograd: IndexPutBackward0, gradients to self and values, second order."""
    mi, mv = SETS[name]
    res = []
    for L in LIBS:
        x = L.tensor(X234.tolist(), dtype=L.float64, requires_grad=True)
        v = mv(L)
        v = L.tensor(v, dtype=L.float64) if not hasattr(v, "shape") else v.to(L.float64)
        v.requires_grad_()
        y = x * 1.5
        y[mi(L, x.detach())] = v * v
        w = L.tensor(np.linspace(0.5, 1.5, 24).reshape(2, 3, 4).tolist(), dtype=L.float64)
        gx, gv = L.autograd.grad((y * y * w).sum(), (x, v), create_graph=True)
        (ggv,) = L.autograd.grad((gv * gv).sum() + (gx * gx).sum(), v)
        res.append((y, gx, gv, ggv, node(y)))
    for a, b in zip(res[1][:4], res[0][:4]):
        same(a, b, 1e-12)
    assert res[1][4] == res[0][4]


def test_issue_cases():
    for L in LIBS:
        x = L.tensor([[1.0, -2.0, 3.0], [-4.0, 5.0, -6.0]])
        grad_input = L.ones(2, 3)
        grad_input[x < 0] = 0
        assert grad_input.tolist() == [[1.0, 0.0, 1.0], [0.0, 1.0, 0.0]]
        c, b = L.zeros(4), L.tensor([1.0, 2.0, 3.0, 4.0])
        c[[1, 2]] = b[[1, 1]]
        assert c.tolist() == [0.0, 2.0, 2.0, 0.0]
        z = L.zeros(2, 3)
        z[:, [0, 2]] = 1
        assert z.tolist() == [[1.0, 0.0, 1.0], [1.0, 0.0, 1.0]]
        features = L.arange(12.0).reshape(4, 3)
        assert features[L.tensor([3, 1])][:, 1:].tolist() == [[10.0, 11.0], [4.0, 5.0]]
        assert features[[3, 1], 1:].tolist() == [[10.0, 11.0], [4.0, 5.0]]


def test_assign_through_view_records_copyslices():
    res = []
    for L in LIBS:
        x = L.tensor(X234.tolist(), dtype=L.float64, requires_grad=True)
        y = x * 2
        v = y[1]
        v[[0, 2]] = L.tensor([1.0, 2.0, 3.0, 4.0], dtype=L.float64)
        assert node(y) == "CopySlices"
        (g,) = L.autograd.grad((y * y).sum(), x)
        res.append((y, g))
    same(res[1][0], res[0][0])
    same(res[1][1], res[0][1])


def test_basic_assign_still_copyslices():
    for L in LIBS:
        x = L.zeros(2, 3, requires_grad=True)
        y = x.clone()
        y[0, 1:] = L.tensor([1.0, 2.0])
        assert node(y) == "CopySlices"


@pytest.mark.parametrize("accumulate", [False, True])
def test_index_put(accumulate):
    res = []
    for L in LIBS:
        x = L.tensor(X234.tolist(), dtype=L.float64, requires_grad=True)
        v = L.tensor([[1.0, 2.0, 3.0, 4.0], [5.0, 6.0, 7.0, 8.0], [0.5, 0.25, 0.125, 1.0]],
                     dtype=L.float64, requires_grad=True)
        idx = (L.tensor([1, 0, 1]), L.tensor([2, 2, 2]))
        y = L.index_put(x, idx, v, accumulate=accumulate)
        y2 = x.index_put(idx, v * 2, accumulate)
        z = x.detach().clone()
        r = z.index_put_(idx, v.detach(), accumulate=accumulate)
        assert r is z
        gx, gv = L.autograd.grad((y * y).sum() + y2.sum(), (x, v), create_graph=True)
        (ggv,) = L.autograd.grad((gv * gv).sum() + (gx * gx).sum(), v)
        res.append((y, y2, z, gx, gv, ggv, node(y), node(y2)))
    for a, b in zip(res[1][:6], res[0][:6]):
        same(a, b, 1e-12)
    assert res[1][6:] == res[0][6:] == ("IndexPutBackward0", "IndexPutBackward0")


def test_index_put_mask_and_none_indices():
    t, n = both(lambda L: L.tensor(X234.tolist()))
    t.index_put_((t > 0,), torch.tensor(-1.0))
    n.index_put_((n > 0,), ng.tensor(-1.0))
    same(n, t)
    t, n = both(lambda L: L.tensor(X234.tolist()))
    t.index_put_((torch.tensor([1]), torch.tensor([0, 2])), torch.tensor([3.0]), accumulate=True)
    n.index_put_((ng.tensor([1]), ng.tensor([0, 2])), ng.tensor([3.0]), accumulate=True)
    same(n, t)


# ---------------------------------------------------------------- assigning errors

def test_assign_errors():
    t, n = both(lambda L: L.tensor(X234.tolist(), dtype=L.float64))
    same_error(lambda: t.__setitem__([0, 1, 1], torch.tensor([1.0, 2.0])),
               lambda: n.__setitem__([0, 1, 1], ng.tensor([1.0, 2.0])))
    same_error(lambda: t.__setitem__(([0, 1, 1], [0, 0, 0], [0, 0, 0]), torch.tensor([1.0, 2.0])),
               lambda: n.__setitem__(([0, 1, 1], [0, 0, 0], [0, 0, 0]), ng.tensor([1.0, 2.0])))
    same_error(lambda: t.__setitem__([3], 1.0), lambda: n.__setitem__([3], 1.0))
    same_error(lambda: t.__setitem__([0], torch.tensor([1.0, 2.0, 3.0, 4.0])),
               lambda: n.__setitem__([0], ng.tensor([1.0, 2.0, 3.0, 4.0])))
    same_error(lambda: t.__setitem__([0], torch.tensor(1)), lambda: n.__setitem__([0], ng.tensor(1)))
    same_error(lambda: t.index_put_((torch.tensor([0]),), torch.tensor([1.0])),
               lambda: n.index_put_((ng.tensor([0]),), ng.tensor([1.0])))
    same_error(lambda: torch.index_put(t, [torch.tensor([0]), 1], torch.tensor(1.0)),
               lambda: ng.index_put(n, [ng.tensor([0]), 1], ng.tensor(1.0)))
    same_error(lambda: t.index_put_([torch.tensor([0]), None], torch.tensor(1.0)),
               lambda: n.index_put_([ng.tensor([0]), None], ng.tensor(1.0)))
    same_error(lambda: t.index_put([torch.tensor([0]), 1], torch.tensor(1.0)),
               lambda: n.index_put([ng.tensor([0]), 1], ng.tensor(1.0)))
    same_error(lambda: t.index_put_(torch.tensor([0]), torch.tensor(1.0)),
               lambda: n.index_put_(ng.tensor([0]), ng.tensor(1.0)))
    same_error(lambda: torch.index_put(t, torch.tensor([0]), torch.tensor(1.0)),
               lambda: ng.index_put(n, ng.tensor([0]), ng.tensor(1.0)))
    same_error(lambda: t.index_put_((torch.tensor([0]),), 1.0), lambda: n.index_put_((ng.tensor([0]),), 1.0))
    for L in LIBS:
        leaf = L.zeros(3, requires_grad=True)
        with pytest.raises(RuntimeError, match="a leaf Variable that requires grad"):
            leaf[[0, 1]] = 1.0
        with pytest.raises(RuntimeError, match="a leaf Variable that requires grad"):
            leaf.index_put_((L.tensor([0]),), L.tensor(1.0))
        with L.no_grad():
            leaf[[0, 1]] = 2.0
        assert leaf.tolist() == [2.0, 2.0, 0.0]


def test_assign_out_of_range_writes_nothing():
    """Every index is checked before the first write (PyTorch writes the positions before the bad one)."""
    x = ng.zeros(3)
    with pytest.raises(IndexError, match="index 7 is out of bounds for dimension 0 with size 3"):
        x[[0, 1, 7]] = ng.tensor([1.0, 2.0, 3.0])
    assert x.tolist() == [0.0, 0.0, 0.0]
    with pytest.raises(IndexError):
        x.index_put_((ng.tensor([0, -4]),), ng.tensor(1.0), accumulate=True)
    assert x.tolist() == [0.0, 0.0, 0.0]
