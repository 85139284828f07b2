"""permute and basic indexing (ints, slices, ..., None) against PyTorch: values, shapes,
strides, grad_fn names, gradients (also through strided inputs to other ops) and errors."""

import pytest

torch = pytest.importorskip("torch", reason="parity tests compare against real PyTorch")
np = pytest.importorskip("numpy", reason="parity tests build their random inputs with NumPy")

import nativegrad as ng  # noqa: E402
from test_parity import DTYPES, pair, assert_same, check_grads, node_name  # noqa: E402

INDICES = [
    1, -1, (slice(None), slice(1, 3)), slice(None, None, 2), (Ellipsis, 0), (1, slice(None), -1),
    None, (None, 1), (Ellipsis, None), slice(5, 10), slice(-10, 2), (1, Ellipsis, 1), (),
    Ellipsis, (None, None, Ellipsis, None, 1), (slice(1, None, 2), None, slice(None, -1)),
]


@pytest.mark.parametrize("dtype", DTYPES)
@pytest.mark.parametrize("idx", INDICES, ids=repr)
def test_index_values_grads_and_names(idx, dtype):
    t, n = pair((3, 4, 2), dtype)
    to, no = t[idx], n[idx]
    assert tuple(no.shape) == tuple(to.shape)
    if to.numel():  # (the helper compares through tolist(), which drops the shape of empty tensors)
        assert_same(no, to)
    assert node_name(no) == node_name(to)
    check_grads(no, to, [n], [t], dtype)


@pytest.mark.parametrize("dtype", DTYPES)
def test_index_chain_graph_matches(dtype):
    t, n = pair((3, 4), dtype)
    tn, nn = t[1, :, None].grad_fn, n[1, :, None].grad_fn
    while tn.next_functions:
        assert type(nn).__name__ == type(tn).__name__
        tn, nn = tn.next_functions[0][0], nn.next_functions[0][0]
    assert type(nn).__name__ == type(tn).__name__ == "AccumulateGrad"
    assert not nn.next_functions


@pytest.mark.parametrize("dtype", DTYPES)
@pytest.mark.parametrize("dims", [(1, 0, 2), (2, 0, 1), (-1, 0, 1), [0, 2, 1]], ids=repr)
def test_permute(dims, dtype):
    t, n = pair((2, 3, 4), dtype)
    to = t.permute(*dims) if isinstance(dims, tuple) else t.permute(dims)
    no = n.permute(*dims) if isinstance(dims, tuple) else n.permute(dims)
    assert_same(no, to)
    assert node_name(no) == "PermuteBackward0"
    check_grads(no * no, to * to, [n], [t], dtype)


def test_views_share_storage():
    a = ng.arange(12.).reshape(3, 4)
    v = a[1, 1:3]
    v.fill_(-1.)
    assert a.tolist()[1] == [4., -1., -1., 7.]
    p = a.permute(1, 0)
    p[0].fill_(9.)
    assert [r[0] for r in a.tolist()] == [9., 9., 9.]


def test_len_iter_and_T():
    t, n = pair((3, 2, 4), "float64")
    assert len(n) == 3
    rows = list(n)
    assert len(rows) == 3
    for r, tr in zip(rows, t):
        assert_same(r, tr)
    assert_same(n.T, t.T)
    s = ng.tensor(2.)
    with pytest.raises(TypeError, match="iteration over a 0-d tensor"):
        iter(s)
    with pytest.raises(TypeError, match="len\\(\\) of a 0-d tensor"):
        len(s)


@pytest.mark.parametrize("idx", [5, -4, (slice(None), 7), (1, 2, 3), (1, 7)], ids=repr)
def test_index_errors_match_pytorch(idx):
    a, b = torch.zeros(3, 4), ng.zeros(3, 4)
    with pytest.raises(IndexError) as te:
        a[idx]
    with pytest.raises(IndexError) as ne:
        b[idx]
    assert str(ne.value) == str(te.value)


def test_index_errors_other():
    a, b = torch.zeros(3, 4), ng.zeros(3, 4)
    for idx in [slice(None, None, 0), slice(None, None, -1)]:
        with pytest.raises(ValueError) as te:
            a[idx]
        with pytest.raises(ValueError) as ne:
            b[idx]
        assert str(ne.value) == str(te.value)
    s, ns = torch.tensor(2.), ng.tensor(2.)
    for idx in [0, slice(None)]:
        with pytest.raises(IndexError) as te:
            s[idx]
        with pytest.raises(IndexError) as ne:
            ns[idx]
        assert str(ne.value) == str(te.value)
    with pytest.raises(IndexError) as te:
        a[1.5]
    with pytest.raises(IndexError) as ne:
        b[1.5]
    assert str(ne.value) == str(te.value)
    # advanced indexing (tests/python/test_advanced_indexing.py) gives copies, not views
    for ti, ni in [(torch.tensor([0, 1]), ng.tensor([0, 1])), ([0, 1], [0, 1]), ((0, [1]), (0, [1]))]:
        assert b[ni].tolist() == a[ti].tolist()
    with pytest.raises(RuntimeError, match="duplicate dims"):
        b.permute(0, 0)
    with pytest.raises(IndexError, match="Dimension out of range"):
        b.permute(0, 2)


VIEWS = {
    "stepped slice": lambda x: x[:, ::2],
    "permuted": lambda x: x.permute(1, 0)[1:],
    "expanded row": lambda x: x[0].unsqueeze(0).expand(3, 6),
    "selected column": lambda x: x[..., 1],
}
OPS = {
    "mul": lambda u, w: u * w,
    "exp add": lambda u, w: u.exp() + w,
    "div pow": lambda u, w: (u / (w * w + 1)) ** 2,
    "sum dim": lambda u, w: (u * w).sum(-1),
    "norm": lambda u, w: (u + w).norm(),
    "matmul": lambda u, w: u @ w.t() if u.dim() > 1 else u.dot(w),
}


@pytest.mark.parametrize("dtype", DTYPES)
@pytest.mark.parametrize("op", sorted(OPS))
@pytest.mark.parametrize("view", sorted(VIEWS))
def test_strided_inputs_match_pytorch_and_contiguous_copies(view, op, dtype):
    t, n = pair((4, 6), dtype)
    tv, nv = VIEWS[view](t), VIEWS[view](n)
    w = np.asarray(np.random.default_rng(3).standard_normal(tuple(tv.shape)), dtype=dtype)
    to, no = OPS[op](tv, torch.tensor(w)), OPS[op](nv, ng.tensor(w))
    assert_same(no, to, tol=dict(rtol=1e-4, atol=1e-5) if dtype == "float32" else None)
    # the same op on a contiguous copy gives the same values
    nc = OPS[op](nv.contiguous().clone(), ng.tensor(w))
    np.testing.assert_allclose(np.array(nc.tolist()), np.array(no.tolist()), rtol=1e-6, atol=1e-6)
    check_grads(no, to, [n], [t], dtype, tol=dict(rtol=1e-4, atol=1e-5) if dtype == "float32" else None)


def test_second_order_through_index():
    t, n = pair((3, 4), "float64")
    tv, nv = pair((4,), "float64")
    tg = torch.autograd.grad((t[1] ** 3).sum(), t, create_graph=True)[0]
    ng_ = ng.autograd.grad((n[1] ** 3).sum(), n, create_graph=True)[0]
    assert_same(ng_, tg)
    tg2 = torch.autograd.grad(t[1:, ::2], t, grad_outputs=t[1:, ::2] * 2, create_graph=True)[0]
    ng2 = ng.autograd.grad(n[1:, ::2], n, grad_outputs=n[1:, ::2] * 2, create_graph=True)[0]
    assert node_name(ng2) == node_name(tg2) == "SliceBackwardBackward0"
    (tg2 ** 2).sum().backward()
    (ng2 ** 2).sum().backward()
    assert_same(n.grad, t.grad)


def test_setitem_writes_through_views():
    t, n = torch.zeros(3, 4), ng.zeros(3, 4)
    for obj in (t, n):
        obj[1] = 5
        obj[:, -1] = 2.5
        obj[0, 1:3] = (torch if obj is t else ng).tensor([7., 8.])
        obj[..., 0] = (torch if obj is t else ng).tensor(1.)
    assert n.tolist() == t.tolist()
    assert n._version == t._version == 4


@pytest.mark.parametrize("dtype", DTYPES)
@pytest.mark.parametrize("shape", [(33, 65), (300, 900), (3, 40, 70)], ids=str)
def test_ops_on_transposed_views_match(shape, dtype):
    """Ops on a transposed view run tile by tile (and, for one large plane, on the worker
    pool): values and gradients against PyTorch, with a contiguous and a broadcast partner."""
    t, n = pair(shape, dtype)
    tt, nt = t.transpose(-1, -2), n.transpose(-1, -2)
    tb, nb = pair(tuple(tt.shape), dtype, requires_grad=False)
    tc, nc = pair(tuple(tt.shape[:-1]) + (1,), dtype, requires_grad=False)
    assert_same(nt.contiguous(), tt.contiguous())
    assert_same(nt * 2.0, tt * 2.0)
    assert_same(nt.exp(), tt.exp())
    assert_same(nt + nb, tt + tb)
    assert_same(nc * nt, tc * tt)
    check_grads((nt * nb).tanh(), (tt * tb).tanh(), [n], [t], dtype)


@pytest.mark.parametrize("dims", [(0, 1), (-1, 0), (1, 2), (2, 2)], ids=str)
def test_transpose_and_aliases_match(dims):
    t, n = pair((2, 3, 4), "float64")
    to, no = t.transpose(*dims), n.transpose(*dims)
    assert_same(no, to)
    assert no.stride() == to.stride()
    assert node_name(no) == node_name(to)
    check_grads(no, to, [n], [t], "float64")
    assert_same(ng.transpose(n, *dims), torch.transpose(t, *dims))
    assert_same(n.swapaxes(*dims), t.swapaxes(*dims))
    assert_same(ng.swapdims(n, *dims), torch.swapdims(t, *dims))
    assert_same(ng.permute(n, (2, 0, 1)), torch.permute(t, (2, 0, 1)))


def test_transpose_out_of_range_matches_pytorch_error():
    t, n = pair((2, 3), "float32")
    with pytest.raises(IndexError) as te:
        t.transpose(0, 2)
    with pytest.raises(IndexError) as ne:
        n.transpose(0, 2)
    assert str(ne.value) == str(te.value)


LAYOUT_VIEWS = [
    ("self", lambda x: x), ("transpose", lambda x: x.transpose(0, 1)), ("slice", lambda x: x[:, :1]),
    ("step", lambda x: x.transpose(-1, 0)[::2]), ("expand", lambda x: x.expand(2, *x.shape)),
    ("unsqueeze", lambda x: x.unsqueeze(1)),
]


@pytest.mark.parametrize("shape", [(2, 3, 4), (1, 5), (4, 1, 3), (3, 0, 2)], ids=str)
@pytest.mark.parametrize("name,view", LAYOUT_VIEWS, ids=[v[0] for v in LAYOUT_VIEWS])
def test_stride_and_is_contiguous_match(shape, name, view):
    t, n = torch.zeros(shape), ng.zeros(shape)
    to, no = view(t), view(n)
    assert no.stride() == to.stride()
    assert [no.stride(d) for d in range(-no.dim(), no.dim())] == [to.stride(d) for d in range(-to.dim(), to.dim())]
    assert no.is_contiguous() == to.is_contiguous()
    assert no.contiguous().is_contiguous()


def test_stride_of_a_0_dim_tensor_and_bad_dims():
    assert ng.tensor(1.0).stride() == torch.tensor(1.0).stride() == ()
    for args in [(0,), (1,)]:
        with pytest.raises(IndexError) as te:
            torch.tensor(1.0).stride(*args)
        with pytest.raises(IndexError) as ne:
            ng.tensor(1.0).stride(*args)
        assert str(ne.value) == str(te.value)
