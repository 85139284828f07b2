"""In-place ops against PyTorch: values, grad_fn rebasing, gradients, version counters,
and the error messages (leaf, view of leaf, modified saved tensors, casts, shapes)."""

import pytest

torch = pytest.importorskip("torch", reason="parity tests compare against real PyTorch")
np = pytest.importorskip("numpy", reason="parity tests build their random inputs with NumPy")

import nativegrad as ng  # noqa: E402
from test_parity import DTYPES, pair, assert_same, check_grads, node_name  # noqa: E402

OPS = {
    "add_": lambda y, z: y.add_(z),
    "add_ scalar": lambda y, z: y.add_(1.5),
    "iadd": lambda y, z: y.__iadd__(z),
    "sub_": lambda y, z: y.sub_(z),
    "isub scalar": lambda y, z: y.__isub__(2),
    "mul_": lambda y, z: y.mul_(z),
    "imul scalar": lambda y, z: y.__imul__(1.5),
    "div_": lambda y, z: y.div_(z),
    "itruediv scalar": lambda y, z: y.__itruediv__(4),
    "pow_": lambda y, z: y.pow_(2),
    "pow_ tensor": lambda y, z: y.add_(10).pow_(z),
    "neg_": lambda y, z: y.neg_(),
    "exp_": lambda y, z: y.exp_(),
    "zero_": lambda y, z: y.zero_(),
    "fill_": lambda y, z: y.fill_(0.25),
    "copy_": lambda y, z: y.copy_(z),
}


@pytest.mark.parametrize("dtype", DTYPES)
@pytest.mark.parametrize("op", sorted(OPS))
def test_inplace_matches_pytorch(op, dtype):
    t, n = pair((2, 3), dtype)
    tz, nz = pair((3,), dtype)
    ty, ny = t * 2, n * 2
    tr, nr = OPS[op](ty, tz), OPS[op](ny, nz)
    assert tr is ty and nr is ny
    assert_same(ny, ty)
    assert node_name(ny) == node_name(ty)
    assert ny._version == ty._version
    tn, nn_ = ty.grad_fn.next_functions, ny.grad_fn.next_functions
    assert [None if f is None else type(f).__name__ for f, _ in nn_] == \
        [None if f is None else type(f).__name__ for f, _ in tn]
    check_grads(ny * ny, ty * ty, [n, nz], [t, tz], dtype)


def test_iadd_keeps_identity_and_graph():
    t, n = pair((3,), "float32")
    ty, ny = t * 2, n * 2
    ref_t, ref_n = ty, ny
    ty += 1
    ny += 1
    assert ty is ref_t and ny is ref_n
    assert node_name(ny) == node_name(ty) == "AddBackward0"
    assert type(ny.grad_fn.next_functions[0][0]).__name__ == "MulBackward0"


def _err(fn, exc=RuntimeError):
    with pytest.raises(exc) as e:
        fn()
    return str(e.value)


def test_leaf_and_view_of_leaf_errors_match():
    x, nx = torch.ones(3, requires_grad=True), ng.ones(3, requires_grad=True)
    assert _err(lambda: nx.add_(1)) == _err(lambda: x.add_(1))
    assert _err(lambda: nx.zero_()) == _err(lambda: x.zero_())
    assert _err(lambda: nx[0].mul_(2)) == _err(lambda: x[0].mul_(2))
    with torch.no_grad():
        x.add_(1)
    with ng.no_grad():
        nx.add_(1)
    assert nx._version == x._version == 1
    assert nx.is_leaf and nx.tolist() == x.tolist()


VIEW_OPS = {
    "mul_ slice": lambda y, z: y[:, 1:].mul_(z[:, 1:]),
    "add_ select": lambda y, z: y[1].add_(z[0]),
    "exp_ column": lambda y, z: y[..., 0].exp_(),
    "setitem tensor": lambda y, z: y.__setitem__((slice(None), slice(None, None, 2)), z[:, :2]),
    "setitem number": lambda y, z: y.__setitem__(0, 1.5),
    "copy_ permuted": lambda y, z: y.permute(1, 0)[0].copy_(z[:, 2]),
}


@pytest.mark.parametrize("dtype", DTYPES)
@pytest.mark.parametrize("op", sorted(VIEW_OPS))
def test_inplace_on_view_matches_pytorch(op, dtype):
    t, n = pair((2, 3), dtype)
    tz, nz = pair((2, 3), dtype)
    ty, ny = t * 2, n * 2
    VIEW_OPS[op](ty, tz)
    VIEW_OPS[op](ny, nz)
    assert_same(ny, ty)
    assert node_name(ny) == node_name(ty) == "CopySlices"
    assert ny._version == ty._version
    check_grads(ny * ny, ty * ty, [n, nz], [t, tz], dtype)


def test_inplace_on_view_of_tensor_outside_autograd():
    ta, na = torch.zeros(2, 3), ng.zeros(2, 3)
    tw, nw = pair((3,), "float32")
    ta[1] = tw
    na[1] = nw
    assert node_name(na) == node_name(ta) == "CopySlices"
    check_grads(na * na, ta * ta, [nw], [tw], "float32")
    a = ng.arange(4.)
    a[1:].mul_(2)
    assert a.tolist() == [0., 2., 4., 6.] and a._version == 1 and a.is_leaf


@pytest.mark.parametrize("dtype", ["float32", "float64"])
def test_modified_saved_tensor_errors_match(dtype):
    def scenarios(lib, x):
        def out_saved():
            y = x.exp()
            y.add_(1)
            y.sum().backward()

        def input_nonleaf():
            y = x * 2
            z = y * y
            y.add_(1)
            z.sum().backward()

        def input_leaf():
            a = lib.ones(3, dtype=x.dtype)
            w = a * x
            a.mul_(2)
            w.sum().backward()

        def under_no_grad():
            y = x * 2
            z = y * y
            with lib.no_grad():
                y.add_(1)
            z.sum().backward()
        return [out_saved, input_nonleaf, input_leaf, under_no_grad]

    t, n = pair((3,), dtype)
    for ft, fn in zip(scenarios(torch, t), scenarios(ng, n)):
        assert _err(fn) == _err(ft)


def test_data_writes_are_not_seen_by_autograd():
    t, n = pair((3,), "float64")
    ty, ny = t * 2, n * 2
    tz, nz = ty * ty, ny * ny
    ty.data.add_(1)
    ny.data.add_(1)
    assert ny._version == ty._version == 0
    tz.sum().backward()
    nz.sum().backward()
    assert_same(n.grad, t.grad)
    ty.detach().add_(1)
    ny.detach().add_(1)
    assert ny._version == ty._version == 1


def test_cast_and_shape_errors_match():
    ti, ni = torch.tensor([1, 2, 3]), ng.tensor([1, 2, 3])
    assert _err(lambda: ni.add_(ng.ones(3))) == _err(lambda: ti.add_(torch.ones(3)))
    assert _err(lambda: ni.div_(2)) == _err(lambda: ti.div_(2))
    assert _err(lambda: ni.mul_(1.5)) == _err(lambda: ti.mul_(1.5))
    assert _err(lambda: ng.zeros(3).add_(ng.ones(2, 3))) == _err(lambda: torch.zeros(3).add_(torch.ones(2, 3)))
    ni += 2
    ti += 2
    assert ni.tolist() == ti.tolist() and str(ni.dtype) == str(ti.dtype)
    f, tf = ng.zeros(2, 3), torch.zeros(2, 3)
    f.copy_(ng.tensor([1, 2, 3]))
    tf.copy_(torch.tensor([1, 2, 3]))
    assert f.tolist() == tf.tolist()


def test_retain_grad_follows_inplace():
    t, n = pair((3,), "float64")
    ty, ny = t * 2, n * 2
    ty.retain_grad()
    ny.retain_grad()
    ty.mul_(3)
    ny.mul_(3)
    (ty * ty).sum().backward()
    (ny * ny).sum().backward()
    assert_same(ny.grad, ty.grad)
    assert_same(n.grad, t.grad)


def test_second_order_through_inplace():
    t, n = pair((3,), "float64")
    outs = []
    for lib, x in ((torch, t), (ng, n)):
        y = x * 1
        y.mul_(x)
        y.pow_(2)
        g = lib.autograd.grad(y.sum(), x, create_graph=True)[0]
        h = lib.autograd.grad(g.sum(), x)[0]
        outs.append((g, h))
    assert_same(outs[1][0], outs[0][0])
    assert_same(outs[1][1], outs[0][1])


@pytest.mark.parametrize("name,args", [("relu_", ()), ("tanh_", ()), ("sigmoid_", ()), ("clamp_", (-0.3, 0.4))])
def test_activation_inplace_matches_torch(name, args):
    import torch
    import nativegrad as ng
    base = torch.randn(3, 4, dtype=torch.float64)
    tx = base.clone().requires_grad_()
    nx = ng.tensor(base.tolist(), dtype=ng.float64, requires_grad=True)
    ty = tx * 2
    ny = nx * 2
    getattr(ty, name)(*args)
    getattr(ny, name)(*args)
    assert type(ny.grad_fn).__name__ == type(ty.grad_fn).__name__
    assert ny._version == ty._version
    ty.sum().backward()
    ny.sum().backward()
    for a, b in zip(sum(nx.grad.tolist(), []), sum(tx.grad.tolist(), [])):
        assert abs(a - b) < 1e-12


def test_relu_inplace_module_matches_torch():
    import torch
    import nativegrad as ng
    t = torch.nn.Sequential(torch.nn.Linear(3, 4), torch.nn.ReLU(True))
    n = ng.nn.Sequential(ng.nn.Linear(3, 4), ng.nn.ReLU(True))
    n.load_state_dict({k: ng.tensor(v.tolist()) for k, v in t.state_dict().items()})
    x = torch.randn(2, 3)
    ty, ny = t(x), n(ng.tensor(x.tolist()))
    assert type(ny.grad_fn).__name__ == type(ty.grad_fn).__name__ == "ReluBackward0"
    for a, b in zip(sum(ny.tolist(), []), sum(ty.tolist(), [])):
        assert abs(a - b) < 1e-6
