"""asinh/acosh/atanh/exp2/frac/sinc, fmod/remainder (and ``%``), hypot, nan_to_num, nansum, the
activations logsigmoid/softsign/hardsigmoid/hardswish/celu/tanhshrink (functions and modules) and
clamp with tensor bounds, against PyTorch: values (special values and signs of zero), dtypes,
broadcasting, grad_fn names, first and second derivatives, in-place variants, out= and errors."""
import math

import numpy as np
import pytest
import torch

import nativegrad as ng

NAN, INF = float("nan"), float("inf")


def _pair(values, dtype="float64", requires_grad=False):
    return (torch.tensor(values, dtype=getattr(torch, dtype), requires_grad=requires_grad),
            ng.tensor(values, dtype=getattr(ng, dtype), requires_grad=requires_grad))


def _name(dt):
    return str(dt).split(".")[-1]


def _same(n, t, tol=0.0):
    """Same shape, dtype and values (NaN equal, and the sign of zero when exact)."""
    a, b = n.detach().numpy(), t.detach().numpy()
    assert a.shape == b.shape and _name(n.dtype) == _name(t.dtype), (a, b, n.dtype, t.dtype)
    if tol:
        assert np.allclose(a, b, rtol=tol, atol=tol, equal_nan=True), (a, b)
    else:
        assert np.array_equal(a, b, equal_nan=True), (a, b)
        real = ~np.isnan(a)   # the sign of zero, not of NaN
        assert np.array_equal(np.signbit(a[real]), np.signbit(b[real])), (a, b)


def _orders(f_t, f_n, xs_t, xs_n, tol=1e-12):
    """Value, grad_fn name, gradients and second derivatives (w.r.t. every input, through the sum of the
    first derivatives) of f on float64 inputs."""
    y_t, y_n = f_t(*xs_t), f_n(*xs_n)
    _same(y_n, y_t, tol)
    assert type(y_n.grad_fn).__name__ == type(y_t.grad_fn).__name__
    w = [0.5 + 0.25 * i for i in range(y_t.numel())]
    w_t = torch.tensor(w, dtype=torch.float64).reshape(y_t.shape)
    w_n = ng.tensor(w, dtype=ng.float64).reshape(tuple(y_t.shape))
    g_t = torch.autograd.grad((y_t * w_t).sum(), xs_t, create_graph=True)
    g_n = ng.autograd.grad((y_n * w_n).sum(), xs_n, create_graph=True)
    for a, b in zip(g_n, g_t):
        _same(a, b, tol)
    live = [i for i, g in enumerate(g_t) if g.requires_grad]
    assert [i for i, g in enumerate(g_n) if g.requires_grad] == live
    if live:
        gg_t = torch.autograd.grad(sum((g_t[i] * g_t[i]).sum() for i in live), xs_t, allow_unused=True)
        gg_n = ng.autograd.grad(sum((g_n[i] * g_n[i]).sum() for i in live), xs_n, allow_unused=True)
        for a, b in zip(gg_n, gg_t):
            assert (a is None) == (b is None)
            if a is not None:
                _same(a, b, tol * 10)


# ---------------------------------------------------------------- unary math

UNARY = {
    "asinh": [-50.0, -1.5, -0.25, -0.0, 0.0, 1e-8, 0.75, 3.0, 40.0, INF, -INF, NAN],
    "acosh": [1.0, 1.0001, 1.5, 2.0, 10.0, 1e10, 0.5, -1.0, INF, NAN],
    "atanh": [-0.999, -0.5, -0.0, 0.0, 1e-9, 0.3, 0.9, 1.0, -1.0, 1.5, NAN],
    "exp2": [-200.0, -10.5, -1.0, -0.0, 0.0, 0.5, 3.0, 20.25, 1100.0, INF, -INF, NAN],
    "frac": [-2.5, -1.0, -0.75, -0.0, 0.0, 0.25, 3.75, 1e20, 123.125, INF, -INF, NAN],
    "sinc": [-3.5, -1.0, -0.5, -1e-9, -0.0, 0.0, 1e-20, 0.25, 1.0, 2.5, 7.0, INF, NAN],
}


@pytest.mark.parametrize("name", sorted(UNARY))
@pytest.mark.parametrize("dtype", ["float32", "float64"])
def test_unary_values_special_values_inplace_and_out(name, dtype):
    t, n = _pair(UNARY[name], dtype)
    tol = 0.0 if name == "frac" else (3e-7 if dtype == "float32" else 2e-15)
    _same(getattr(ng, name)(n), getattr(torch, name)(t), tol)
    _same(getattr(n, name)(), getattr(t, name)(), tol)
    c_n, c_t = n.clone(), t.clone()
    assert getattr(c_n, name + "_")() is c_n
    getattr(c_t, name + "_")()
    _same(c_n, c_t, tol)
    out = ng.empty(len(UNARY[name]), dtype=getattr(ng, dtype))
    assert getattr(ng, name)(n, out=out) is out
    _same(out, getattr(torch, name)(t), tol)


DOMAIN = {"asinh": [-3.0, -0.5, 0.1, 2.0], "acosh": [1.2, 1.7, 3.0, 25.0], "atanh": [-0.9, -0.2, 0.35, 0.75],
          "exp2": [-3.0, -0.5, 0.1, 4.0], "frac": [-2.25, -0.5, 0.1, 3.7], "sinc": [-2.3, -0.4, 0.7, 3.1]}


@pytest.mark.parametrize("name", sorted(DOMAIN))
def test_unary_gradients_and_second_order(name):
    t, n = _pair(DOMAIN[name], requires_grad=True)
    _orders(getattr(torch, name), getattr(ng, name), (t,), (n,))


def test_sinc_is_one_at_zero_with_zero_derivatives_there():
    t, n = _pair([0.0, 0.5], requires_grad=True)
    _orders(torch.sinc, ng.sinc, (t,), (n,))
    _same(ng.sinc(ng.tensor([1, 0, -2])), torch.sinc(torch.tensor([1, 0, -2])), 1e-7)   # int -> float32


# ---------------------------------------------------------------- fmod / remainder

A = [5.0, -5.0, 7.0, -7.0, 0.0, -0.0, INF, NAN, 1.0, -1e-30, 2.0 ** 70, -3.0, 3.0, 5.0, -5.0]
B = [3.0, 3.0, -3.0, -3.0, 2.0, 2.0, 2.0, 1.0, 0.0, 7.0, 3.0, 3.0, -3.0, INF, INF]


@pytest.mark.parametrize("name", ["fmod", "remainder"])
@pytest.mark.parametrize("dtype", ["float32", "float64"])
def test_float_fmod_remainder_signs_and_special_values(name, dtype):
    a_t, a_n = _pair(A * 3, dtype)
    b_t, b_n = _pair(B * 3, dtype)
    _same(getattr(ng, name)(a_n, b_n), getattr(torch, name)(a_t, b_t))
    _same(getattr(a_n, name)(b_n), getattr(a_t, name)(b_t))
    for s in (2.5, -1.5, 3, -2, 0.0, INF):
        _same(getattr(ng, name)(a_n, s), getattr(torch, name)(a_t, s))
    if name == "remainder":
        _same(a_n % b_n, a_t % b_t)
        _same(a_n % 1.5, a_t % 1.5)
        _same(4.5 % b_n, 4.5 % b_t)
        _same(ng.remainder(-4, b_n), torch.remainder(-4, b_t))


@pytest.mark.parametrize("name", ["fmod", "remainder"])
def test_int64_fmod_remainder_are_exact_and_zero_divisors_raise(name):
    big = [5, -5, 7, -7, 0, -2 ** 63, 2 ** 63 - 1, 2 ** 60 + 1, 123456789012345678]
    div = [3, 3, -3, -3, 2, -7, 2 ** 40, -2 ** 59, -97]
    # -2**63 by -1 traps in PyTorch's kernel (SIGFPE); NativeGrad gives the remainder 0.
    assert getattr(ng, name)(ng.tensor([-2 ** 63, 5]), ng.tensor([-1, -1])).tolist() == [0, 0]
    a_t, a_n = _pair(big, "int64")
    b_t, b_n = _pair(div, "int64")
    for r_n, r_t in [(getattr(ng, name)(a_n, b_n), getattr(torch, name)(a_t, b_t)),
                     (getattr(a_n, name)(7), getattr(a_t, name)(7)),
                     (getattr(a_n, name)(-7), getattr(a_t, name)(-7)),
                     (getattr(a_n, name)(2.5), getattr(a_t, name)(2.5)),         # float scalar: float32
                     (getattr(a_n, name)(b_n.double()), getattr(a_t, name)(b_t.double()))]:
        _same(r_n, r_t)
    assert r_n.dtype == ng.float64
    assert getattr(ng, name)(a_n, b_n).tolist() == getattr(torch, name)(a_t, b_t).tolist()   # exact beyond 2**53
    for other in (0, ng.tensor([1, 0, 1, 1, 1, 1, 1, 1, 1]), ng.tensor(0), ng.tensor([False])):
        with pytest.raises(RuntimeError, match="^ZeroDivisionError$"):
            getattr(ng, name)(a_n, other)
    with pytest.raises(RuntimeError, match="^ZeroDivisionError$"):
        torch.fmod(a_t, 0)
    bools = ng.tensor([True, False])
    with pytest.raises(RuntimeError, match='"%s_cpu" not implemented for \'Bool\'' % name):
        getattr(ng, name)(bools, bools)
    _same(getattr(ng, name)(bools, 2), getattr(torch, name)(torch.tensor([True, False]), 2))


def test_modulo_broadcasting_dtypes_and_operators():
    x_t, x_n = _pair([[-3.0, -2.0, -1.0], [0.0, 1.0, 2.0]], "float32")
    y_t, y_n = _pair([2.0, -2.0, 4.0], "float64")
    for name in ("fmod", "remainder"):
        _same(getattr(ng, name)(x_n, y_n), getattr(torch, name)(x_t, y_t))           # float64 (both dimensioned)
        _same(getattr(ng, name)(x_n, ng.tensor(2.5, dtype=ng.float64)),
              getattr(torch, name)(x_t, torch.tensor(2.5, dtype=torch.float64)))     # float32 (0-dim ranks lower)
        _same(getattr(ng, name)(ng.tensor([7, -7]), ng.tensor([2.5, 2.5])),
              getattr(torch, name)(torch.tensor([7, -7]), torch.tensor([2.5, 2.5])))
    i_t, i_n = _pair([7, -7, 9], "int64")
    _same(i_n % 4, i_t % 4)
    _same(i_n % -4, i_t % -4)
    _same(i_n % 2.5, i_t % 2.5)
    _same(10 % i_n, 10 % i_t)
    _same(2.5 % i_n, 2.5 % i_t)
    c_t, c_n = i_t.clone(), i_n.clone()
    c_t %= 4
    c_n %= 4
    _same(c_n, c_t)
    out = ng.empty(2, 3, dtype=ng.float64)
    assert ng.fmod(x_n, y_n, out=out) is out
    _same(out, torch.fmod(x_t, y_t))
    assert ng.remainder(x_n, 1.5, out=ng.empty(2, 3)).dtype == ng.float32


def test_modulo_in_place():
    for name in ("fmod_", "remainder_"):
        x_t, x_n = _pair([[-3.0, -2.0, -1.0], [0.5, 1.0, 2.0]])
        y_t, y_n = _pair([2.0, -2.0, 4.0])
        assert getattr(x_n, name)(y_n) is x_n
        getattr(x_t, name)(y_t)
        _same(x_n, x_t)
        assert getattr(x_n, name)(-0.75) is x_n
        getattr(x_t, name)(-0.75)
        _same(x_n, x_t)
        i_n = ng.tensor([5, -5])
        with pytest.raises(RuntimeError, match="result type Float can't be cast to the desired output type Long"):
            getattr(i_n, name)(2.0)
        with pytest.raises(RuntimeError, match=r"output with shape \[3\] doesn't match the broadcast shape \[2, 3\]"):
            getattr(y_n.clone(), name)(x_n)
        assert getattr(i_n, name)(3) is i_n
        assert i_n.tolist() == getattr(torch.tensor([5, -5]), name)(3).tolist()


@pytest.mark.parametrize("name", ["fmod", "remainder"])
def test_modulo_gradients_and_node_names(name):
    x_t, x_n = _pair([[-3.3, -2.1, 1.7], [0.4, 5.2, 2.9]], requires_grad=True)
    y_t, y_n = _pair([1.3, -2.2, 0.9], requires_grad=True)
    _orders(getattr(torch, name), getattr(ng, name), (x_t, y_t), (x_n, y_n))
    _orders(lambda a: getattr(torch, name)(a, -0.7), lambda a: getattr(ng, name)(a, -0.7), (x_t,), (x_n,))
    if name == "remainder":
        _orders(lambda a, b: a % b, lambda a, b: a % b, (x_t, y_t), (x_n, y_n))
    # in place on a non-leaf: the node is rebased on self, as PyTorch
    z_t, z_n = x_t * 1.0, x_n * 1.0
    getattr(z_t, name + "_")(y_t)
    getattr(z_n, name + "_")(y_n)
    assert type(z_n.grad_fn).__name__ == type(z_t.grad_fn).__name__
    g_t = torch.autograd.grad(z_t.sum(), (x_t, y_t))
    g_n = ng.autograd.grad(z_n.sum(), (x_n, y_n))
    for a, b in zip(g_n, g_t):
        _same(a, b, 1e-12)


# ---------------------------------------------------------------- hypot

def test_hypot_values_specials_dtypes_and_errors():
    a_t, a_n = _pair([3.0, INF, NAN, 0.0, -5.0, 1e-300, 1e300, -0.0], "float64")
    b_t, b_n = _pair([4.0, NAN, -INF, 0.0, 12.0, 1e-300, 1e300, 0.0], "float64")
    _same(ng.hypot(a_n, b_n), torch.hypot(a_t, b_t))
    _same(a_n.float().hypot(b_n.float()), a_t.float().hypot(b_t.float()), 1e-7)
    _same(ng.hypot(ng.tensor([3.0, 5.0]), ng.tensor([4])), torch.hypot(torch.tensor([3.0, 5.0]), torch.tensor([4])))
    _same(ng.hypot(ng.tensor([[3.0], [6.0]]), ng.tensor([4.0, 8.0], dtype=ng.float64)),
          torch.hypot(torch.tensor([[3.0], [6.0]]), torch.tensor([4.0, 8.0], dtype=torch.float64)))
    with pytest.raises(RuntimeError, match='"hypot_cpu" not implemented for \'Long\''):
        ng.hypot(ng.tensor([3]), ng.tensor([4]))
    with pytest.raises(TypeError):
        ng.hypot(ng.tensor([3.0]), 4.0)
    c_t, c_n = a_t.clone(), a_n.clone()
    assert c_n.hypot_(b_n) is c_n
    c_t.hypot_(b_t)
    _same(c_n, c_t)
    out = ng.empty(8, dtype=ng.float64)
    assert ng.hypot(a_n, b_n, out=out) is out
    _same(out, torch.hypot(a_t, b_t))


def test_hypot_gradients():
    x_t, x_n = _pair([[3.0, -1.5, 0.2], [2.0, 0.7, -4.0]], requires_grad=True)
    y_t, y_n = _pair([4.0, 2.5, -0.3], requires_grad=True)
    _orders(torch.hypot, ng.hypot, (x_t, y_t), (x_n, y_n))
    o_t, o_n = _pair([0.0, 1.0], requires_grad=True)
    g_t = torch.autograd.grad(torch.hypot(o_t, o_t.detach()).sum(), o_t)[0]
    g_n = ng.autograd.grad(ng.hypot(o_n, o_n.detach()).sum(), o_n)[0]
    _same(g_n, g_t)   # 0/0 at the origin: NaN, as PyTorch


# ---------------------------------------------------------------- nan_to_num / nansum

@pytest.mark.parametrize("dtype", ["float32", "float64"])
def test_nan_to_num_defaults_custom_values_and_in_place(dtype):
    vals = [NAN, INF, -INF, 1.5, -0.0, 3e38]
    t, n = _pair(vals, dtype)
    _same(ng.nan_to_num(n), torch.nan_to_num(t))
    _same(n.nan_to_num(nan=1.0, posinf=1e300, neginf=-2.0), t.nan_to_num(nan=1.0, posinf=1e300, neginf=-2.0))
    _same(ng.nan_to_num(n, 0.5, neginf=-7), torch.nan_to_num(t, 0.5, neginf=-7))
    c_t, c_n = t.clone(), n.clone()
    assert c_n.nan_to_num_(posinf=9.0) is c_n
    c_t.nan_to_num_(posinf=9.0)
    _same(c_n, c_t)
    c_t, c_n = t.clone(), n.clone()
    assert ng.nan_to_num_(c_n) is c_n
    torch.nan_to_num_(c_t)
    _same(c_n, c_t)
    out = ng.empty(6, dtype=getattr(ng, dtype))
    assert ng.nan_to_num(n, out=out) is out
    _same(out, torch.nan_to_num(t))
    for v in ([1, -2, 3], [True, False]):
        _same(ng.nan_to_num(ng.tensor(v)), torch.nan_to_num(torch.tensor(v)))


def test_nan_to_num_gradient_passes_only_where_finite():
    t, n = _pair([NAN, INF, -INF, 1.5, -2.0], requires_grad=True)
    _orders(lambda x: torch.nan_to_num(x * x, posinf=5.0), lambda x: ng.nan_to_num(x * x, posinf=5.0), (t,), (n,))


def test_nansum_values_dims_dtypes_and_out():
    vals = [[NAN, 1.0, 2.0], [NAN, 4.0, 5.5]]
    t, n = _pair(vals, "float32")
    _same(ng.nansum(n), torch.nansum(t))
    _same(n.nansum(), t.nansum())
    for dim in (0, 1, -1, (0, 1)):
        for keepdim in (False, True):
            _same(ng.nansum(n, dim, keepdim), torch.nansum(t, dim, keepdim))
    _same(n.nansum(dim=1, dtype=ng.float64), t.nansum(dim=1, dtype=torch.float64))
    _same(ng.nansum(ng.tensor([[1, 2], [3, 4]]), 1), torch.nansum(torch.tensor([[1, 2], [3, 4]]), 1))
    _same(ng.nansum(ng.tensor([True, True])), torch.nansum(torch.tensor([True, True])))
    _same(ng.nansum(ng.tensor([INF, -INF])), torch.nansum(torch.tensor([INF, -INF])))
    out = ng.empty(2)
    assert ng.nansum(n, 1, out=out) is out
    _same(out, torch.nansum(t, 1))


def test_nansum_gradients():
    # NaN enters through a constant added to the input: every gradient stays finite (a product with NaN would not).
    c_t, c_n = _pair([[NAN, 0.0, 0.0], [0.0, NAN, 0.0]])
    t, n = _pair([[0.5, 1.0, 2.0], [3.0, -1.5, 5.5]], requires_grad=True)
    _orders(lambda x: torch.nansum(x + c_t, 1) * x.sum(), lambda x: ng.nansum(x + c_n, 1) * x.sum(), (t,), (n,))
    _orders(lambda x: torch.nansum(x + c_t, (0, 1), True) * x, lambda x: ng.nansum(x + c_n, (0, 1), True) * x, (t,), (n,))
    _orders(lambda x: torch.nansum(x + c_t), lambda x: ng.nansum(x + c_n), (t,), (n,))


# ---------------------------------------------------------------- activations

ACT = ["logsigmoid", "softsign", "hardsigmoid", "hardswish", "celu", "tanhshrink"]
ACT_X = [-1000.0, -40.0, -4.0, -3.0, -2.5, -1.0, -0.25, -0.0, 0.0, 0.3, 1.0, 2.75, 3.0, 4.0, 40.0, 1000.0]
SMOOTH_X = [-3.7, -2.5, -1.0, -0.3, 0.4, 1.2, 2.6, 3.9]


@pytest.mark.parametrize("name", ACT)
@pytest.mark.parametrize("dtype", ["float32", "float64"])
def test_activation_values_match_torch(name, dtype):
    t, n = _pair(ACT_X, dtype)
    tol = 2e-7 if dtype == "float32" else 1e-15
    _same(getattr(ng.nn.functional, name)(n), getattr(torch.nn.functional, name)(t), tol)


@pytest.mark.parametrize("name", ACT)
def test_activation_gradients_second_order_and_node_names(name):
    t, n = _pair(SMOOTH_X, requires_grad=True)
    f_t, f_n = getattr(torch.nn.functional, name), getattr(ng.nn.functional, name)
    if name == "hardsigmoid":   # PyTorch 1.13 has no derivative of hardsigmoid_backward: first order only
        y_t, y_n = f_t(t), f_n(n)
        _same(y_n, y_t, 1e-15)
        assert type(y_n.grad_fn).__name__ == type(y_t.grad_fn).__name__ == "HardsigmoidBackward0"
        g_t = torch.autograd.grad(y_t.sum(), t)[0]
        g_n, = ng.autograd.grad(y_n.sum(), n, create_graph=True)
        _same(g_n, g_t)
        assert not g_n.requires_grad   # a constant slope: the gradient of a constant seed has no graph
        return
    _orders(f_t, f_n, (t,), (n,))


def test_activation_slopes_at_the_kinks_match_torch():
    t, n = _pair([-4.0, -3.0, -1.0, 0.0, 3.0, 4.0], requires_grad=True)
    for name in ("hardswish", "celu"):
        _orders(getattr(torch.nn.functional, name), getattr(ng.nn.functional, name), (t,), (n,))
    _orders(lambda x: torch.nn.functional.celu(x, 0.5), lambda x: ng.nn.functional.celu(x, 0.5), (t,), (n,))
    g_t = torch.autograd.grad(torch.nn.functional.hardsigmoid(t).sum(), t)[0]
    g_n = ng.autograd.grad(ng.nn.functional.hardsigmoid(n).sum(), n)[0]
    _same(g_n, g_t)


def test_logsigmoid_is_stable_for_large_inputs():
    for dtype in ("float32", "float64"):
        t, n = _pair([-1e30, -1000.0, -100.0, 100.0, 1000.0, 1e30], dtype, requires_grad=True)
        y_t, y_n = torch.nn.functional.logsigmoid(t), ng.nn.functional.logsigmoid(n)
        _same(y_n, y_t, 1e-40)   # -e^-100 is subnormal in float32: the last bits of a subnormal may differ
        assert np.isfinite(y_n.detach().numpy()).all()
        _same(ng.autograd.grad(y_n.sum(), n)[0], torch.autograd.grad(y_t.sum(), t)[0], 1e-40)


def test_activation_in_place_forms_errors_and_modules():
    F_t, F_n = torch.nn.functional, ng.nn.functional
    for name, args in (("hardsigmoid", ()), ("hardswish", ()), ("celu", (0.5,))):
        t, n = _pair(ACT_X)
        assert getattr(F_n, name)(n, *args, inplace=True) is n
        getattr(F_t, name)(t, *args, inplace=True)
        _same(n, t, 1e-15)
    t, n = _pair(ACT_X)
    assert ng.celu_(n, 2.0) is n
    torch.celu_(t, 2.0)
    _same(n, t, 1e-15)
    # PyTorch computes exp(x / alpha) - 1, NativeGrad expm1 (float32 results within an ulp or two)
    _same(ng.celu(ng.tensor([-1.0, 2.0]), alpha=3.0), torch.celu(torch.tensor([-1.0, 2.0]), alpha=3.0), 3e-7)
    with pytest.raises(RuntimeError, match="ZeroDivisionError: alpha cannot be 0 for CELU"):
        F_n.celu(ng.tensor([1.0]), 0.0)
    for name in ("logsigmoid", "hardsigmoid", "hardswish", "celu"):
        with pytest.raises(RuntimeError) as e_t:
            getattr(F_t, name)(torch.tensor([1, 2]))
        with pytest.raises(RuntimeError, match=str(e_t.value).replace('"', '.')):
            getattr(F_n, name)(ng.tensor([1, 2]))
    for name in ("softsign", "tanhshrink"):   # compositions: integral input promotes
        _same(getattr(F_n, name)(ng.tensor([1, -2])), getattr(F_t, name)(torch.tensor([1, -2])), 1e-7)
    mods = [("LogSigmoid", ()), ("Softsign", ()), ("Hardsigmoid", ()), ("Hardsigmoid", (True,)), ("Hardswish", ()),
            ("Hardswish", (True,)), ("CELU", ()), ("CELU", (0.5,)), ("CELU", (2.0, True)), ("Tanhshrink", ())]
    for cls, args in mods:
        m_t, m_n = getattr(torch.nn, cls)(*args), getattr(ng.nn, cls)(*args)
        assert repr(m_n) == repr(m_t)
        t, n = _pair(ACT_X)
        _same(m_n(n), m_t(t), 1e-15)
        _same(n, t, 1e-15)   # in-place modules write into their input as PyTorch's do
    seq_t = torch.nn.Sequential(torch.nn.Linear(2, 2), torch.nn.Hardswish(), torch.nn.CELU(0.5))
    seq_n = ng.nn.Sequential(ng.nn.Linear(2, 2), ng.nn.Hardswish(), ng.nn.CELU(0.5))
    assert repr(seq_n) == repr(seq_t)


# ---------------------------------------------------------------- clamp with tensor bounds

def test_clamp_tensor_values_nan_crossed_bounds_and_dtypes():
    x_t, x_n = _pair([1.0, 2.0, 3.0, 4.0, 5.0, NAN, 2.0, 3.0])
    lo_t, lo_n = _pair([2.0, 2.0, 2.0, 2.0, 2.0, 2.0, NAN, 4.0])
    hi_t, hi_n = _pair([4.0, 4.0, 4.0, 4.0, 4.0, 4.0, 4.0, 1.0])
    _same(ng.clamp(x_n, lo_n, hi_n), torch.clamp(x_t, lo_t, hi_t))
    _same(x_n.clamp(min=lo_n), x_t.clamp(min=lo_t))
    _same(x_n.clamp(max=hi_n), x_t.clamp(max=hi_t))
    _same(x_n.clip(lo_n, hi_n), x_t.clip(lo_t, hi_t))
    f_t, f_n = _pair([1.0, 2.0], "float32")
    for lo in ([[1.5], [2.5]], [1.5]):
        _same(ng.clamp(f_n, ng.tensor(lo, dtype=ng.float64)), torch.clamp(f_t, torch.tensor(lo, dtype=torch.float64)))
    _same(ng.clamp(f_n, ng.tensor(1.5, dtype=ng.float64)), torch.clamp(f_t, torch.tensor(1.5, dtype=torch.float64)))
    i_t, i_n = _pair([1, 5, 9], "int64")
    _same(ng.clamp(i_n, ng.tensor([2]), ng.tensor(6)), torch.clamp(i_t, torch.tensor([2]), torch.tensor(6)))
    _same(ng.clamp(i_n, ng.tensor([2.5])), torch.clamp(i_t, torch.tensor([2.5])))
    _same(ng.clamp(ng.tensor([True, False]), ng.tensor([True])), torch.clamp(torch.tensor([True, False]), torch.tensor([True])))
    with pytest.raises(RuntimeError, match="torch.clamp: At least one of 'min' or 'max' must not be None"):
        ng.clamp(x_n, None, None)
    with pytest.raises(TypeError, match=r"clamp\(\) received an invalid combination of arguments"):
        ng.clamp(x_n, lo_n, 3.0)
    with pytest.raises(RuntimeError, match="The size of tensor a"):
        ng.clamp(f_n, ng.tensor([1.0, 2.0, 3.0]))


def test_clamp_tensor_in_place():
    x_t, x_n = _pair([1.0, 5.0, 9.0])
    assert x_n.clamp_(ng.tensor([2.0]), ng.tensor([6.0, 6.0, 8.5], dtype=ng.float64)) is x_n
    x_t.clamp_(torch.tensor([2.0]), torch.tensor([6.0, 6.0, 8.5], dtype=torch.float64))
    _same(x_n, x_t)
    assert x_n.clip_(max=ng.tensor(4.0)) is x_n
    _same(x_n, x_t.clip_(max=torch.tensor(4.0)))
    with pytest.raises(RuntimeError, match=r"output with shape \[3\] doesn't match the broadcast shape \[2, 3\]"):
        x_n.clamp_(ng.tensor([[1.0], [2.0]]))
    with pytest.raises(RuntimeError, match="result type Float can't be cast to the desired output type Long"):
        ng.tensor([1, 2]).clamp_(ng.tensor([1.5]))


def test_clamp_tensor_gradients_ties_and_crossed_bounds_match_torch():
    x_t, x_n = _pair([1.0, 2.0, 3.0, 4.0, 5.0, NAN, 2.0, 3.0, 0.0], requires_grad=True)
    lo_t, lo_n = _pair([2.0, 2.0, 2.0, 2.0, 2.0, 2.0, NAN, 4.0, 0.0], requires_grad=True)
    hi_t, hi_n = _pair([4.0, 4.0, 4.0, 4.0, 4.0, 4.0, 4.0, 1.0, 0.0], requires_grad=True)
    _orders(torch.clamp, ng.clamp, (x_t, lo_t, hi_t), (x_n, lo_n, hi_n))
    _orders(lambda x, lo: torch.clamp(x, min=lo), lambda x, lo: ng.clamp(x, min=lo), (x_t, lo_t), (x_n, lo_n))
    _orders(lambda x, hi: torch.clamp(x, max=hi), lambda x, hi: ng.clamp(x, max=hi), (x_t, hi_t), (x_n, hi_n))
    a_t, a_n = _pair([[-1.3, 0.2, 2.4], [0.9, -0.1, 3.3]], requires_grad=True)
    b_t, b_n = _pair([0.0, 0.5, 1.0], requires_grad=True)
    c_t, c_n = _pair(1.7, requires_grad=True)
    _orders(torch.clamp, ng.clamp, (a_t, b_t, c_t), (a_n, b_n, c_n))
    z_t, z_n = a_t * 2.0, a_n * 2.0
    z_t.clamp_(b_t, c_t)
    z_n.clamp_(b_n, c_n)
    assert type(z_n.grad_fn).__name__ == type(z_t.grad_fn).__name__ == "ClampBackward0"
    for g_n, g_t in zip(ng.autograd.grad(z_n.sum(), (a_n, b_n, c_n)), torch.autograd.grad(z_t.sum(), (a_t, b_t, c_t))):
        _same(g_n, g_t)


def test_math_docs_are_present():
    for f in (ng.fmod, ng.remainder, ng.hypot, ng.nan_to_num, ng.nan_to_num_, ng.nansum, ng.asinh, ng.sinc, ng.celu,
              ng.celu_, ng.Tensor.fmod, ng.Tensor.remainder_, ng.Tensor.nansum, ng.nn.functional.logsigmoid,
              ng.nn.functional.softsign, ng.nn.functional.tanhshrink, ng.nn.CELU, ng.nn.Hardswish):
        assert f.__doc__ and f.__doc__.strip(), f
    assert math.isnan(ng.sinc(ng.tensor([INF])).item())
