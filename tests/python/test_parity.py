"""Values and gradients of nativegrad compared with real PyTorch on the same random
inputs, in float32 and float64: elementwise ops with broadcasting, Python-scalar
ops, unary ops, reductions over dims with keepdim, mm/matmul/dot, norm, pow with
scalar and tensor exponents, comparisons, and second-order gradients
(create_graph=True)."""

import pytest

torch = pytest.importorskip("torch", reason="parity tests compare against real PyTorch, which is "
                                            "not installed for this interpreter")
np = pytest.importorskip("numpy", reason="parity tests build their random inputs with NumPy")

import nativegrad as ng  # noqa: E402

DTYPES = ["float32", "float64"]
TOL = {"float32": dict(rtol=2e-5, atol=2e-6), "float64": dict(rtol=1e-11, atol=1e-12)}
LOOSE = {"float32": dict(rtol=2e-4, atol=2e-5), "float64": dict(rtol=1e-10, atol=1e-11)}

_rng = np.random.default_rng(12345)


def _array(shape, dtype, positive=False, low=None):
    a = _rng.standard_normal(shape)
    if positive:
        a = np.abs(a) + (0.5 if low is None else low)
    return np.asarray(a, dtype=dtype)


def pair(shape, dtype, positive=False, requires_grad=True):
    a = _array(shape, dtype, positive)
    t = torch.tensor(a, requires_grad=requires_grad)
    n = ng.tensor(a, requires_grad=requires_grad)
    return t, n


def as_np(x):
    if isinstance(x, torch.Tensor):
        return x.detach().numpy()
    return np.asarray(x.detach().tolist(), dtype=str(x.dtype).replace("torch.", ""))


def assert_same(n, t, dtype=None, tol=None):
    assert isinstance(n, ng.Tensor), type(n)
    assert str(n.dtype) == str(t.dtype), (n.dtype, t.dtype)
    assert tuple(n.shape) == tuple(t.shape), (n.shape, t.shape)
    assert n.requires_grad == t.requires_grad
    a, b = as_np(n), as_np(t)
    if a.dtype.kind in "fc":
        kw = tol or TOL[str(a.dtype)]
        np.testing.assert_allclose(a, b, **kw)
    else:
        np.testing.assert_array_equal(a, b)


def check_grads(n_out, t_out, n_inputs, t_inputs, dtype, tol=None):
    """Backward with the same random upstream gradient and compare every input's .grad."""
    g = _array(tuple(t_out.shape), dtype)
    t_out.backward(torch.tensor(g))
    n_out.backward(ng.tensor(g))
    for ni, ti in zip(n_inputs, t_inputs):
        if ti.grad is None:
            assert ni.grad is None
        else:
            assert ni.grad is not None
            assert_same(ni.grad, ti.grad, tol=tol)


def node_name(t):
    return None if t.grad_fn is None else type(t.grad_fn).__name__


# ---------------------------------------------------------------- elementwise binary

BROADCAST_SHAPES = [
    ((3, 4), (3, 4)),
    ((3, 4), (4,)),
    ((4,), (3, 4)),
    ((3, 1), (1, 4)),
    ((2, 3, 4), (3, 1)),
    ((), (3,)),
    ((5,), ()),
    ((), ()),
]

BINARY = {
    "add": lambda a, b: a + b,
    "sub": lambda a, b: a - b,
    "mul": lambda a, b: a * b,
    "div": lambda a, b: a / b,
    "pow": lambda a, b: a ** b,
}


@pytest.mark.parametrize("dtype", DTYPES)
@pytest.mark.parametrize("shapes", BROADCAST_SHAPES, ids=lambda s: "%s-%s" % s)
@pytest.mark.parametrize("op", sorted(BINARY))
def test_binary_broadcast(op, shapes, dtype):
    positive = op in ("div", "pow")
    ta, na = pair(shapes[0], dtype, positive=positive)
    tb, nb = pair(shapes[1], dtype, positive=positive)
    f = BINARY[op]
    t_out, n_out = f(ta, tb), f(na, nb)
    assert_same(n_out, t_out)
    assert node_name(n_out) == node_name(t_out)
    check_grads(n_out, t_out, [na, nb], [ta, tb], dtype, tol=LOOSE[dtype])


@pytest.mark.parametrize("dtype", DTYPES)
def test_binary_one_side_requires_grad(dtype):
    ta, na = pair((3, 4), dtype)
    tb, nb = pair((4,), dtype, requires_grad=False)
    t_out, n_out = ta * tb, na * nb
    assert_same(n_out, t_out)
    check_grads(n_out, t_out, [na, nb], [ta, tb], dtype)
    assert nb.grad is None


@pytest.mark.parametrize("dtype", DTYPES)
def test_mixed_float_dtypes_promote(dtype):
    ta, na = pair((3,), "float32")
    tb, nb = pair((3,), "float64")
    assert_same(na + nb, ta + tb, tol=LOOSE["float32"])
    assert_same(nb * na, tb * ta, tol=LOOSE["float32"])


# ---------------------------------------------------------------- Python scalars

SCALAR_OPS = {
    "t+2.5": lambda a: a + 2.5,
    "2.5+t": lambda a: 2.5 + a,
    "t+2": lambda a: a + 2,
    "t-1.5": lambda a: a - 1.5,
    "1.5-t": lambda a: 1.5 - a,
    "t*3": lambda a: a * 3,
    "3*t": lambda a: 3 * a,
    "t*0.1": lambda a: a * 0.1,
    "t/2": lambda a: a / 2,
    "2/t": lambda a: 2 / a,
    "t**2": lambda a: a ** 2,
    "t**3": lambda a: a ** 3,
    "t**0.5": lambda a: a ** 0.5,
    "t**-1": lambda a: a ** -1,
    "t**-2.5": lambda a: a ** -2.5,
    "2**t": lambda a: 2 ** a,
    "1.5**t": lambda a: 1.5 ** a,
    "-t": lambda a: -a,
}


@pytest.mark.parametrize("dtype", DTYPES)
@pytest.mark.parametrize("op", sorted(SCALAR_OPS))
@pytest.mark.parametrize("shape", [(), (4,), (2, 3)], ids=str)
def test_scalar_ops(op, shape, dtype):
    ta, na = pair(shape, dtype, positive=True)
    f = SCALAR_OPS[op]
    t_out, n_out = f(ta), f(na)
    assert_same(n_out, t_out)  # the Python scalar never changes the tensor's dtype
    assert node_name(n_out) == node_name(t_out)
    check_grads(n_out, t_out, [na], [ta], dtype, tol=LOOSE[dtype])


def test_scalar_promotion_of_integer_tensors():
    a = [1, 2, 3]
    for f in (lambda x: x * 2.5, lambda x: x / 2, lambda x: x + 1, lambda x: x ** 2,
              lambda x: 2 ** x, lambda x: 0.5 ** x, lambda x: x - 1, lambda x: 10 - x):
        assert_same(f(ng.tensor(a)), f(torch.tensor(a)))
    b = [True, False]
    for f in (lambda x: x + 1, lambda x: x * 2.5):
        assert_same(f(ng.tensor(b)), f(torch.tensor(b)))


# ---------------------------------------------------------------- unary

UNARY = {
    "exp": (lambda m, a: m.exp(a), False),
    "log": (lambda m, a: m.log(a), True),
    "sqrt": (lambda m, a: m.sqrt(a), True),
    "neg": (lambda m, a: m.neg(a), False),
    "method_exp": (lambda m, a: a.exp(), False),
    "method_log": (lambda m, a: a.log(), True),
    "method_sqrt": (lambda m, a: a.sqrt(), True),
}


@pytest.mark.parametrize("dtype", DTYPES)
@pytest.mark.parametrize("op", sorted(UNARY))
@pytest.mark.parametrize("shape", [(), (5,), (3, 4)], ids=str)
def test_unary(op, shape, dtype):
    f, positive = UNARY[op]
    ta, na = pair(shape, dtype, positive=positive)
    t_out, n_out = f(torch, ta), f(ng, na)
    assert_same(n_out, t_out)
    assert node_name(n_out) == node_name(t_out)
    check_grads(n_out, t_out, [na], [ta], dtype)


@pytest.mark.parametrize("dtype", DTYPES)
def test_transpose_and_reshape(dtype):
    ta, na = pair((3, 4), dtype)
    for f in (lambda a: a.t(), lambda a: a.T, lambda a: a.reshape(4, 3), lambda a: a.reshape((2, -1)),
              lambda a: a.reshape(-1), lambda a: a.view(6, 2), lambda a: a.t().reshape(12)):
        t_out, n_out = f(ta), f(na)
        assert_same(n_out, t_out)
        ta.grad = None
        na.grad = None
        check_grads(n_out, t_out, [na], [ta], dtype)


@pytest.mark.parametrize("dtype", DTYPES)
def test_clone_detach_values(dtype):
    ta, na = pair((2, 3), dtype)
    assert_same(na.clone(), ta.clone())
    assert node_name(na.clone()) == node_name(ta.clone())
    assert_same(na.detach(), ta.detach())


# ---------------------------------------------------------------- reductions

DIMS = [None, 0, 1, -1, (0, 1), (0, 2), (-1, 0), 2]


@pytest.mark.parametrize("dtype", DTYPES)
@pytest.mark.parametrize("keepdim", [False, True])
@pytest.mark.parametrize("dim", DIMS, ids=str)
@pytest.mark.parametrize("op", ["sum", "mean"])
def test_reductions(op, dim, keepdim, dtype):
    ta, na = pair((2, 3, 4), dtype)
    if dim is None and not keepdim:
        t_out, n_out = getattr(ta, op)(), getattr(na, op)()
    elif dim is None:
        # keepdim over all dims: PyTorch 1.13 needs the dims spelled out
        t_out = getattr(ta, op)((0, 1, 2), keepdim=True)
        n_out = getattr(na, op)(None, keepdim=True)
    else:
        t_out = getattr(ta, op)(dim, keepdim=keepdim)
        n_out = getattr(na, op)(dim, keepdim=keepdim)
    assert_same(n_out, t_out, tol=LOOSE[dtype])
    if dim is not None or not keepdim:
        assert node_name(n_out) == node_name(t_out)
    check_grads(n_out, t_out, [na], [ta], dtype)


@pytest.mark.parametrize("dtype", DTYPES)
def test_reduction_functions(dtype):
    ta, na = pair((3, 4), dtype)
    assert_same(ng.sum(na), torch.sum(ta), tol=LOOSE[dtype])
    assert_same(ng.sum(na, 0), torch.sum(ta, 0), tol=LOOSE[dtype])
    assert_same(ng.sum(na, dim=1, keepdim=True), torch.sum(ta, dim=1, keepdim=True), tol=LOOSE[dtype])
    assert_same(ng.mean(na), torch.mean(ta), tol=LOOSE[dtype])
    assert_same(ng.mean(na, dim=(0, 1)), torch.mean(ta, dim=(0, 1)), tol=LOOSE[dtype])
    assert_same(ng.mean(na, -1, True), torch.mean(ta, -1, True), tol=LOOSE[dtype])


def test_sum_of_integer_and_bool_tensors():
    for data in ([1, 2, 3], [[1, 2], [3, 4]], [True, False, True]):
        assert_same(ng.tensor(data).sum(), torch.tensor(data).sum())
    assert_same(ng.tensor([[1, 2], [3, 4]]).sum(0), torch.tensor([[1, 2], [3, 4]]).sum(0))


# ---------------------------------------------------------------- norm

NORM_CASES = [
    (2, None, False), (1, None, False), (3, None, False), (2.5, None, False),
    (2, 0, False), (2, 1, True), (1, -1, False), (2, (0, 1), False), (3, 1, True),
    ("fro", None, False), (float("inf"), None, False), (float("inf"), 1, False),
]


@pytest.mark.parametrize("dtype", DTYPES)
@pytest.mark.parametrize("p,dim,keepdim", NORM_CASES, ids=str)
def test_norm(p, dim, keepdim, dtype):
    ta, na = pair((3, 4), dtype)
    if dim is None and not keepdim:
        t_out, n_out = ta.norm(p), na.norm(p)
    else:
        t_out, n_out = ta.norm(p, dim, keepdim), na.norm(p, dim, keepdim)
    assert_same(n_out, t_out, tol=LOOSE[dtype])
    assert node_name(n_out) == node_name(t_out)
    check_grads(n_out, t_out, [na], [ta], dtype, tol=LOOSE[dtype])


@pytest.mark.parametrize("dtype", DTYPES)
def test_norm_function_and_keywords(dtype):
    ta, na = pair((5,), dtype)
    assert_same(ng.norm(na), torch.norm(ta), tol=LOOSE[dtype])
    assert_same(na.norm(p=2, dim=0), ta.norm(p=2, dim=0), tol=LOOSE[dtype])
    assert_same(ng.norm(na, 1), torch.norm(ta, 1), tol=LOOSE[dtype])


# ---------------------------------------------------------------- linear algebra

MATMUL_SHAPES = [
    ((3, 4), (4, 5)),
    ((3, 4), (4,)),
    ((4,), (4, 3)),
    ((4,), (4,)),
    ((2, 3, 4), (4, 5)),
    ((2, 3, 4), (2, 4, 5)),
    ((1, 3, 4), (2, 4, 5)),
    ((2, 3, 4), (4,)),
]


@pytest.mark.parametrize("dtype", DTYPES)
@pytest.mark.parametrize("shapes", MATMUL_SHAPES, ids=lambda s: "%s-%s" % s)
def test_matmul(shapes, dtype):
    ta, na = pair(shapes[0], dtype)
    tb, nb = pair(shapes[1], dtype)
    for t_out, n_out in ((ta @ tb, na @ nb), (torch.matmul(ta, tb), ng.matmul(na, nb)),
                         (ta.matmul(tb), na.matmul(nb))):
        assert_same(n_out, t_out, tol=LOOSE[dtype])
    t_out, n_out = ta @ tb, na @ nb
    check_grads(n_out, t_out, [na, nb], [ta, tb], dtype, tol=LOOSE[dtype])


@pytest.mark.parametrize("dtype", DTYPES)
@pytest.mark.parametrize("m,k,n", [(3, 4, 5), (1, 1, 1), (7, 16, 9), (33, 65, 17)])
def test_mm(m, k, n, dtype):
    ta, na = pair((m, k), dtype)
    tb, nb = pair((k, n), dtype)
    t_out, n_out = torch.mm(ta, tb), ng.mm(na, nb)
    assert_same(n_out, t_out, tol=LOOSE[dtype])
    assert node_name(n_out) == node_name(t_out)
    assert_same(na.mm(nb), ta.mm(tb), tol=LOOSE[dtype])
    check_grads(n_out, t_out, [na, nb], [ta, tb], dtype, tol=LOOSE[dtype])


@pytest.mark.parametrize("dtype", DTYPES)
@pytest.mark.parametrize("n", [1, 3, 100])
def test_dot(n, dtype):
    ta, na = pair((n,), dtype)
    tb, nb = pair((n,), dtype)
    t_out, n_out = torch.dot(ta, tb), ng.dot(na, nb)
    assert_same(n_out, t_out, tol=LOOSE[dtype])
    assert node_name(n_out) == node_name(t_out)
    assert_same(na.dot(nb), ta.dot(tb), tol=LOOSE[dtype])
    check_grads(n_out, t_out, [na, nb], [ta, tb], dtype, tol=LOOSE[dtype])


@pytest.mark.parametrize("dtype", DTYPES)
def test_seed_expression_2_mm_xt_x(dtype):
    a = np.arange(4, dtype=dtype).reshape((4, 1))
    tx, nx = torch.tensor(a, requires_grad=True), ng.tensor(a, requires_grad=True)
    ty, ny = 2 * torch.mm(tx.t(), tx), 2 * ng.mm(nx.t(), nx)
    assert_same(ny, ty)
    ty.backward()
    ny.backward()
    assert_same(nx.grad, tx.grad)


# ---------------------------------------------------------------- pow

@pytest.mark.parametrize("dtype", DTYPES)
@pytest.mark.parametrize("exponent", [0, 1, 2, 3, -1, 0.5, -0.5, 1.7])
def test_pow_scalar_exponent(exponent, dtype):
    ta, na = pair((2, 3), dtype, positive=True)
    t_out, n_out = ta.pow(exponent), na.pow(exponent)
    assert_same(n_out, t_out, tol=LOOSE[dtype])
    assert node_name(n_out) == node_name(t_out)
    check_grads(n_out, t_out, [na], [ta], dtype, tol=LOOSE[dtype])
    assert_same(ng.pow(na, exponent), torch.pow(ta, exponent), tol=LOOSE[dtype])


@pytest.mark.parametrize("dtype", DTYPES)
def test_pow_tensor_exponent(dtype):
    ta, na = pair((2, 3), dtype, positive=True)
    te, ne = pair((3,), dtype)
    t_out, n_out = torch.pow(ta, te), ng.pow(na, ne)
    assert_same(n_out, t_out, tol=LOOSE[dtype])
    assert node_name(n_out) == node_name(t_out) == "PowBackward1"
    check_grads(n_out, t_out, [na, ne], [ta, te], dtype, tol=LOOSE[dtype])


@pytest.mark.parametrize("dtype", DTYPES)
def test_pow_scalar_base(dtype):
    te, ne = pair((4,), dtype)
    t_out, n_out = torch.pow(2.0, te), ng.pow(2.0, ne)
    assert_same(n_out, t_out, tol=LOOSE[dtype])
    check_grads(n_out, t_out, [ne], [te], dtype, tol=LOOSE[dtype])


# ---------------------------------------------------------------- comparisons

CMP = {
    "eq": lambda a, b: a == b, "ne": lambda a, b: a != b, "lt": lambda a, b: a < b,
    "le": lambda a, b: a <= b, "gt": lambda a, b: a > b, "ge": lambda a, b: a >= b,
}


@pytest.mark.parametrize("dtype", DTYPES)
@pytest.mark.parametrize("op", sorted(CMP))
def test_comparisons(op, dtype):
    a = np.asarray(_rng.integers(0, 3, (3, 4)), dtype=dtype)
    b = np.asarray(_rng.integers(0, 3, (4,)), dtype=dtype)
    ta, na = torch.tensor(a, requires_grad=True), ng.tensor(a, requires_grad=True)
    tb, nb = torch.tensor(b), ng.tensor(b)
    f = CMP[op]
    assert_same(f(na, nb), f(ta, tb))
    assert_same(f(na, 1.0), f(ta, 1.0))
    assert_same(f(na, 1), f(ta, 1))
    assert_same(f(1.5, na), f(1.5, ta))
    assert_same(f(ng.tensor([1, 2, 3]), 2), f(torch.tensor([1, 2, 3]), 2))
    assert_same(f(ng.tensor([1, 2, 3]), 2.5), f(torch.tensor([1, 2, 3]), 2.5))


# ---------------------------------------------------------------- creation

def test_creation_matches_torch():
    cases = [
        (lambda m: m.tensor(5.0), None), (lambda m: m.tensor([1, 2, 3]), None),
        (lambda m: m.tensor([[1.0, 2.0], [3.0, 4.0]]), None), (lambda m: m.tensor([True, False]), None),
        (lambda m: m.tensor([1, 2.5]), None), (lambda m: m.tensor([]), None),
        (lambda m: m.tensor(3), None), (lambda m: m.tensor([[1, 2]], dtype=m.float64), None),
        (lambda m: m.tensor(np.arange(5.)), None), (lambda m: m.tensor(np.arange(6).reshape(2, 3)), None),
        (lambda m: m.tensor(np.ones((2, 2), dtype=np.float32)), None),
        (lambda m: m.from_numpy(np.arange(4.)), None),
        (lambda m: m.zeros(2, 3), None), (lambda m: m.zeros((2, 3)), None), (lambda m: m.zeros(size=(2,)), None),
        (lambda m: m.ones(2, 2, dtype=m.float64), None), (lambda m: m.ones([3]), None),
        (lambda m: m.full((2, 2), 7.0), None), (lambda m: m.full((2,), 3), None),
        (lambda m: m.eye(3), None), (lambda m: m.eye(2, 3), None),
        (lambda m: m.arange(5), None), (lambda m: m.arange(1, 4), None),
        (lambda m: m.arange(0, 1, 0.25), None), (lambda m: m.arange(4, dtype=m.float32), None),
        (lambda m: m.zeros_like(m.ones(2, 3)), None), (lambda m: m.ones_like(m.ones(2, dtype=m.float64)), None),
        (lambda m: m.FloatTensor([1, 2]), None), (lambda m: m.DoubleTensor([[1, 2]]), None),
        (lambda m: m.tensor(2.5, dtype=m.double), None), (lambda m: m.tensor([1.5, 2.7], dtype=m.long), None),
    ]
    for f, _ in cases:
        assert_same(f(ng), f(torch))
        assert repr(f(ng)) == repr(f(torch))


def test_random_shapes_and_dtypes():
    ng.manual_seed(0)
    for f in (lambda m: m.randn(2, 3), lambda m: m.rand(4), lambda m: m.randn(size=(1,)),
              lambda m: m.randn(2, dtype=m.float64)):
        a, b = f(ng), f(torch)
        assert a.shape == b.shape and str(a.dtype) == str(b.dtype)
    r = ng.rand(1000).tolist()
    assert all(0.0 <= v < 1.0 for v in r)
    ng.manual_seed(7)
    x = ng.randn(5).tolist()
    ng.manual_seed(7)
    assert ng.randn(5).tolist() == x


def test_conversions_match_torch():
    a = np.asarray([[1.5, -2.25], [3.0, 4.125]])
    n, t = ng.tensor(a), torch.tensor(a)
    assert n.tolist() == t.tolist()
    assert n.float().tolist() == t.float().tolist()
    assert str(n.float().dtype) == str(t.float().dtype)
    assert_same(n.to(ng.float32), t.to(torch.float32))
    assert_same(n.double(), t.double())
    assert_same(ng.tensor([1.7, -2.2]).long(), torch.tensor([1.7, -2.2]).long())
    assert_same(ng.tensor([1, 2]).type_as(n), torch.tensor([1, 2]).type_as(t))
    np.testing.assert_array_equal(n.numpy(), t.numpy())
    assert n.numpy().dtype == t.numpy().dtype
    assert ng.tensor(2.5).item() == torch.tensor(2.5).item()
    assert ng.tensor(0.1).item() == torch.tensor(0.1).item()  # float32 value as a double
    assert ng.tensor(7).item() == 7 and isinstance(ng.tensor(7).item(), int)
    assert ng.tensor(True).item() is True


# ---------------------------------------------------------------- second order

@pytest.mark.parametrize("dtype", DTYPES)
def test_second_order_polynomial(dtype):
    ta, na = pair((5,), dtype)
    ty, ny = (ta ** 3).sum(), (na ** 3).sum()
    (tg,) = torch.autograd.grad(ty, ta, create_graph=True)
    (ngg,) = ng.autograd.grad(ny, na, create_graph=True)
    assert_same(ngg, tg)
    assert ngg.requires_grad and ngg.grad_fn is not None
    (tg * tg).sum().backward()
    (ngg * ngg).sum().backward()
    assert_same(na.grad, ta.grad, tol=LOOSE[dtype])


@pytest.mark.parametrize("dtype", DTYPES)
def test_hessian_vector_product_seed000(dtype):
    a = np.arange(5.0).astype(dtype)
    ta, na = torch.tensor(a).requires_grad_(), ng.tensor(a).requires_grad_()
    tg = torch.autograd.grad((ta * ta).mean(), ta, create_graph=True)[0]
    ngg = ng.autograd.grad((na * na).mean(), na, create_graph=True)[0]
    assert_same(ngg, tg)
    tg.norm(p=2, dim=0).backward()
    ngg.norm(p=2, dim=0).backward()
    assert_same(na.grad, ta.grad)


SECOND_ORDER = {
    "exp": lambda a, b: (a.exp() * b).sum(),
    "log": lambda a, b: (a.log() * b).sum(),
    "sqrt": lambda a, b: (a.sqrt() * b).sum(),
    "div": lambda a, b: (a / b).sum(),
    "rdiv": lambda a, b: (1.0 / (a * b)).sum(),
    "pow_tensor": lambda a, b: (a ** b).sum(),
    "pow_scalar": lambda a, b: ((a ** 2.5) * b).sum(),
    "mm": lambda a, b: (a.reshape(2, 2).mm(b.reshape(2, 2)) ** 2).sum(),
    "matmul": lambda a, b: ((a.reshape(2, 2) @ b.reshape(2, 2)) ** 2).mean(),
    "dot": lambda a, b: a.dot(b) ** 2,
    "norm": lambda a, b: (a * b).norm() ** 3,
    "mean_dim": lambda a, b: ((a * b).reshape(2, 2).mean(0, keepdim=True) ** 2).sum(),
    "sum_dim": lambda a, b: ((a - b).reshape(2, 2).sum(1) ** 3).sum(),
}


@pytest.mark.parametrize("dtype", DTYPES)
@pytest.mark.parametrize("op", sorted(SECOND_ORDER))
def test_second_order_ops(op, dtype):
    ta, na = pair((4,), dtype, positive=True)
    tb, nb = pair((4,), dtype, positive=True)
    f = SECOND_ORDER[op]
    tga, tgb = torch.autograd.grad(f(ta, tb), (ta, tb), create_graph=True)
    nga, ngb = ng.autograd.grad(f(na, nb), (na, nb), create_graph=True)
    assert_same(nga, tga, tol=LOOSE[dtype])
    assert_same(ngb, tgb, tol=LOOSE[dtype])
    # differentiate a scalar function of the gradients again
    (tga * tgb).sum().backward()
    (nga * ngb).sum().backward()
    assert_same(na.grad, ta.grad, tol=LOOSE[dtype])
    assert_same(nb.grad, tb.grad, tol=LOOSE[dtype])


@pytest.mark.parametrize("dtype", DTYPES)
def test_backward_create_graph_then_grad(dtype):
    """Seed 001 Code13 pattern: backward(create_graph=True), then grad of x.grad."""
    tx = torch.tensor(np.asarray(5.0, dtype=dtype), requires_grad=True)
    nx = ng.tensor(np.asarray(5.0, dtype=dtype), requires_grad=True)
    torch.log(tx ** 3).backward(create_graph=True)
    ng.log(nx ** 3).backward(create_graph=True)
    assert_same(nx.grad, tx.grad)
    assert nx.grad.requires_grad
    (t2,) = torch.autograd.grad(tx.grad, tx)
    (n2,) = ng.autograd.grad(nx.grad, nx)
    assert_same(n2, t2)


@pytest.mark.parametrize("dtype", DTYPES)
def test_third_order(dtype):
    ta, na = pair((3,), dtype, positive=True)
    tf, nf = (ta ** 4).sum(), (na ** 4).sum()
    tg = torch.autograd.grad(tf, ta, create_graph=True)[0]
    ngg = ng.autograd.grad(nf, na, create_graph=True)[0]
    tg2 = torch.autograd.grad(tg.sum(), ta, create_graph=True)[0]
    ng2 = ng.autograd.grad(ngg.sum(), na, create_graph=True)[0]
    assert_same(ng2, tg2, tol=LOOSE[dtype])
    tg3 = torch.autograd.grad(tg2.sum(), ta)[0]
    ng3 = ng.autograd.grad(ng2.sum(), na)[0]
    assert_same(ng3, tg3, tol=LOOSE[dtype])


@pytest.mark.parametrize("dtype", DTYPES)
def test_grad_with_grad_outputs_and_multiple_outputs(dtype):
    ta, na = pair((3,), dtype)
    tb, nb = pair((3,), dtype)
    g1 = _array((3,), dtype)
    t_res = torch.autograd.grad([ta * tb, (ta ** 2).sum()], [ta, tb],
                                grad_outputs=[torch.tensor(g1), None])
    n_res = ng.autograd.grad([na * nb, (na ** 2).sum()], [na, nb],
                             grad_outputs=[ng.tensor(g1), None])
    for n, t in zip(n_res, t_res):
        assert_same(n, t, tol=LOOSE[dtype])


@pytest.mark.parametrize("dtype", DTYPES)
def test_training_loop_matches(dtype):
    """A few steps of plain gradient descent give the same parameters."""
    X = _array((8, 3), dtype)
    Y = _array((8, 1), dtype)
    W0 = _array((3, 1), dtype)
    tw, nw = torch.tensor(W0, requires_grad=True), ng.tensor(W0, requires_grad=True)
    tX, nX, tY, nY = torch.tensor(X), ng.tensor(X), torch.tensor(Y), ng.tensor(Y)
    for _ in range(5):
        tl = ((tX.mm(tw) - tY) ** 2).mean()
        nl = ((nX.mm(nw) - nY) ** 2).mean()
        assert_same(nl, tl, tol=LOOSE[dtype])
        tl.backward()
        nl.backward()
        with torch.no_grad():
            tw.data = tw - 0.1 * tw.grad
        with ng.no_grad():
            nw.data = nw - 0.1 * nw.grad
        tw.grad.zero_()
        nw.grad.zero_()
    assert_same(nw, tw, tol=LOOSE[dtype])


def test_repr_matches_torch():
    cases = [
        lambda m: m.tensor(5.0), lambda m: m.tensor([0.2, 0.2], dtype=m.float64),
        lambda m: m.tensor(5.0, requires_grad=True) ** 3, lambda m: m.tensor(3.0, requires_grad=True),
        lambda m: m.ones(2, 2, requires_grad=True) + 2, lambda m: m.tensor([[0.0], [4.0], [8.0], [12.0]]),
        lambda m: m.tensor([[0.0], [4.0], [0.8], [0.12]]), lambda m: m.tensor([1, 2, 3]),
        lambda m: m.tensor([True, False]), lambda m: m.tensor([16384.0]),
        lambda m: m.tensor(np.arange(5.0)) / 5, lambda m: m.zeros(0),
        lambda m: m.tensor([1e-5, 1.0]), lambda m: m.tensor([123456789.0, 1.0]),
        lambda m: m.arange(12, dtype=m.float32).reshape(3, 4),
    ]
    for f in cases:
        assert repr(f(ng)) == repr(f(torch))
