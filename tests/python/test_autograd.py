"""Autograd semantics of nativegrad (no PyTorch needed): leaves, grad_fn names and
next_functions, accumulation, retain_grad, PyTorch's error messages, grad modes
(nesting, decorators, thread-locality), detach/clone/.data, autograd.grad, and
bad input (shape and dtype mismatches, released handles)."""

import gc
import re
import threading
import warnings

import pytest

import nativegrad as torch
from nativegrad import _abi, _native

SECOND_TIME = "Trying to backward through the graph a second time"
NON_SCALAR = "grad can be implicitly created only for scalar outputs"
ELEMENT_0 = "element 0 of tensors does not require grad and does not have a grad_fn"


def name(t):
    return type(t.grad_fn).__name__


# ---------------------------------------------------------------- leaves and metadata

def test_new_tensors_are_leaves_without_grad():
    x = torch.tensor(5.0)
    assert x.requires_grad is False and x.is_leaf is True
    assert x.grad_fn is None and x.grad is None and x.retains_grad is False
    y = x ** 3
    assert y.requires_grad is False and y.is_leaf is True and y.grad_fn is None


def test_requires_grad_leaf_and_results():
    x = torch.tensor(5.0, requires_grad=True)
    assert x.requires_grad and x.is_leaf and x.grad_fn is None
    y = x ** 3
    assert y.requires_grad and not y.is_leaf
    assert repr(x) == "tensor(5., requires_grad=True)"
    assert repr(y) == "tensor(125., grad_fn=<PowBackward0>)"
    w = torch.ones(2)
    assert w.requires_grad_() is w and w.requires_grad and w.is_leaf
    w.requires_grad = False
    assert not w.requires_grad
    w.requires_grad = True
    assert w.requires_grad


def test_only_float_tensors_can_require_grad():
    # PyTorch words it differently per entry point (factories, requires_grad_, the attribute).
    with pytest.raises(RuntimeError, match="^Only Tensors of floating point and complex dtype can require gradients$"):
        torch.tensor([1, 2], requires_grad=True)
    with pytest.raises(RuntimeError, match="^Only Tensors of floating point and complex dtype can require gradients$"):
        torch.zeros(2, dtype=torch.int64, requires_grad=True)
    with pytest.raises(RuntimeError, match="^only Tensors of floating point dtype can require gradients$"):
        torch.tensor([True]).requires_grad_()
    with pytest.raises(RuntimeError, match="^only Tensors of floating point and complex dtype can require gradients$"):
        torch.tensor([1]).requires_grad = True


def test_non_leaf_requires_grad_cannot_be_cleared():
    y = torch.ones(2, requires_grad=True) * 2
    with pytest.raises(RuntimeError, match="you can only change requires_grad flags of leaf variables"):
        y.requires_grad = False
    with pytest.raises(RuntimeError, match="you can only change requires_grad flags of leaf variables"):
        y.requires_grad_(False)


def test_metadata():
    x = torch.zeros(2, 3, 4)
    assert x.shape == (2, 3, 4) and isinstance(x.shape, torch.Size)
    assert repr(x.shape) == "torch.Size([2, 3, 4])" and str(x.size()) == "torch.Size([2, 3, 4])"
    assert x.size(1) == 3 and x.size(-1) == 4 and x.dim() == 3 and x.ndim == 3
    assert x.numel() == 24 and len(x) == 2
    assert x.shape[1:] == (3, 4) and isinstance(x.shape[1:], torch.Size)
    assert torch.Size([100, 10]).__repr__() == "torch.Size([100, 10])"
    assert repr(torch.tensor(1.0).shape) == "torch.Size([])"
    with pytest.raises(IndexError, match=re.escape("Dimension out of range (expected to be in range of [-3, 2], but got 3)")):
        x.size(3)
    with pytest.raises(TypeError, match="len\\(\\) of a 0-d tensor"):
        len(torch.tensor(1.0))


def test_dtypes_print_like_torch():
    assert repr(torch.float32) == "torch.float32" and str(torch.float64) == "torch.float64"
    assert repr(torch.int64) == "torch.int64" and repr(torch.bool) == "torch.bool"
    assert torch.float is torch.float32 and torch.double is torch.float64 and torch.long is torch.int64
    assert torch.tensor(1.0).dtype is torch.float32
    assert torch.tensor(1).dtype is torch.int64
    assert torch.tensor(True).dtype is torch.bool
    assert torch.tensor([1, 2.0]).dtype is torch.float32
    assert torch.tensor([[1, 2], [3, 4]], dtype=torch.float64).dtype is torch.float64
    assert torch.float32.is_floating_point and not torch.int64.is_floating_point


def test_python_scalars_never_upcast_float_tensors():
    for dt in (torch.float32, torch.float64):
        x = torch.ones(3, dtype=dt)
        for y in (x + 1, x * 2.5, 2.5 * x, x / 3, 1 - x, 2 / x, x ** 2, 2 ** x, -x, x - 0.5):
            assert y.dtype is dt


def test_comparisons_return_bool():
    x = torch.tensor([1.0, 2.0, 3.0])
    for r in (x == 2, x != 2, x < 2, x <= 2, x > 2, x >= 2, x == x, 2 < x):
        assert r.dtype is torch.bool
    assert (x > 1.5).tolist() == [False, True, True]
    assert (2 < x).tolist() == [False, False, True]
    assert (x == torch.tensor([1.0, 0.0, 3.0])).tolist() == [True, False, True]
    assert (x == None) is False  # noqa: E711
    d = {x: 1}
    assert d[x] == 1 and hash(x) == hash(x)


def test_bool_and_item_and_format():
    assert bool(torch.tensor(1.0)) is True and bool(torch.tensor([0.0])) is False
    with pytest.raises(RuntimeError, match="Boolean value of Tensor with more than one value is ambiguous"):
        bool(torch.ones(2))
    assert f"{torch.tensor(2.0)}" == "2.0"
    assert f"{torch.tensor(2.0):.3f}" == "2.000"
    assert f"{torch.tensor([2.0])}" == "tensor([2.])"
    assert float(torch.tensor(0.5)) == 0.5 and int(torch.tensor(3)) == 3
    assert torch.tensor([[1, 2], [3, 4]]).tolist() == [[1, 2], [3, 4]]
    assert torch.tensor(5.0).tolist() == 5.0
    assert torch.tensor([True, False]).tolist() == [True, False]


# ---------------------------------------------------------------- grad_fn

def test_grad_fn_names():
    x = torch.tensor([1.0, 2.0], requires_grad=True)
    q = torch.tensor([3.0, 4.0], requires_grad=True)
    assert name(x * q) == "MulBackward0"
    assert name(x + q) == "AddBackward0"
    assert name(x + 2) == "AddBackward0"
    assert name(x - q) == "SubBackward0"
    assert name(x / q) == "DivBackward0"
    assert name(x ** 3) == "PowBackward0"
    assert name(x ** q) == "PowBackward1"
    assert name(torch.log(x)) == "LogBackward0"
    assert name(torch.exp(x)) == "ExpBackward0"
    assert name(torch.sqrt(x)) == "SqrtBackward0"
    assert name(-x) == "NegBackward0"
    assert name(x.sum()) == "SumBackward0"
    assert name(x.mean()) == "MeanBackward0"
    assert name(x.dot(q)) == "DotBackward0"
    assert name(x @ q) == "DotBackward0"
    assert name(x.clone()) == "CloneBackward0"
    m = torch.ones(2, 2, requires_grad=True)
    assert name(m.mm(m)) == "MmBackward0"
    assert name(m.t()) == "TBackward0"


def test_grad_fn_object():
    x = torch.tensor(5.0, requires_grad=True)
    w = torch.tensor(2.0)
    y = x * w
    fn = y.grad_fn
    assert fn is y.grad_fn  # same node -> same Python object
    assert re.fullmatch(r"<MulBackward0 object at 0x[0-9a-f]+>", repr(fn))
    assert fn.name() == "MulBackward0"
    assert repr(type(fn)) == "<class 'MulBackward0'>"
    nf = fn.next_functions
    assert isinstance(nf, tuple) and len(nf) == 2
    (acc, nr0), (none, nr1) = nf
    assert type(acc).__name__ == "AccumulateGrad" and nr0 == 0
    assert none is None and nr1 == 0
    assert acc.next_functions == ()
    z = torch.log(y)
    assert z.grad_fn.next_functions[0][0] is fn


def test_next_functions_chain_of_seed_code7():
    x = torch.tensor(5.0, requires_grad=True)
    y = x ** 3
    w = x ** 2
    z = torch.log(y) + torch.sqrt(w)
    (a, _), (b, _) = z.grad_fn.next_functions
    assert type(a).__name__ == "LogBackward0" and type(b).__name__ == "SqrtBackward0"
    assert a.next_functions[0][0] is y.grad_fn
    assert b.next_functions[0][0] is w.grad_fn
    acc1 = y.grad_fn.next_functions[0][0]
    acc2 = w.grad_fn.next_functions[0][0]
    assert acc1 is acc2  # one AccumulateGrad node per leaf


# ---------------------------------------------------------------- backward

def test_backward_seed_example():
    x = torch.tensor(5.0, requires_grad=True)
    z = torch.log(x ** 3)
    z.backward()
    assert x.grad.item() == pytest.approx(0.6)
    assert f"{x.grad}" == "0.6000000238418579"
    assert x.grad is x.grad
    assert x.grad.requires_grad is False and x.grad.grad_fn is None


def test_gradients_accumulate():
    x = torch.tensor(5.0, requires_grad=True)
    z = torch.log(x ** 3)
    z.backward(retain_graph=True)
    g1 = x.grad.item()
    z.backward()
    assert x.grad.item() == pytest.approx(2 * g1)
    x.grad.zero_()
    assert x.grad.item() == 0.0
    y = x * 2
    y.backward()
    assert x.grad.item() == 2.0


def test_shared_leaf_gradients_add_up():
    x = torch.tensor(5.0, requires_grad=True)
    z = torch.log(x ** 3) + torch.sqrt(x ** 2)
    z.backward()
    assert x.grad.item() == pytest.approx(1.6)


def test_non_leaf_grad_is_none_with_warning_and_retain_grad():
    x = torch.tensor(5.0, requires_grad=True)
    y = x ** 3
    z = torch.log(y)
    z.backward(retain_graph=True)
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter("always")
        assert y.grad is None
    assert any("is not a leaf Tensor is being accessed" in str(m.message) for m in w)
    assert x.retains_grad is False
    y.retain_grad()
    z.retain_grad()
    assert y.retains_grad and z.retains_grad
    x.grad = None
    z.backward()
    assert y.grad.item() == pytest.approx(0.008)
    assert z.grad.item() == 1.0
    assert x.grad.item() == pytest.approx(0.6)


def test_backward_twice_fails():
    x = torch.tensor(5.0, requires_grad=True)
    z = torch.log(x ** 3)
    z.backward()
    with pytest.raises(RuntimeError) as e:
        z.backward()
    assert str(e.value).startswith(SECOND_TIME)
    assert x.grad.item() == pytest.approx(0.6)  # untouched by the failed call


def test_non_scalar_backward_needs_gradient():
    a = torch.tensor([0.0, 1.0, 2.0], requires_grad=True)
    b = a + 10
    with pytest.raises(RuntimeError, match=NON_SCALAR):
        b.backward()
    with pytest.raises(RuntimeError, match=NON_SCALAR):
        torch.autograd.grad(b, a)
    b.backward(torch.tensor([1.0, 2.0, 3.0]))
    assert a.grad.tolist() == [1.0, 2.0, 3.0]


def test_backward_without_grad_fails():
    x = torch.tensor(5.0, requires_grad=True)
    w = (x * torch.tensor([2.0, 3.0, 5.0])).detach()
    z = w @ torch.tensor([4.0, 7.0, 9.0])
    assert not z.requires_grad
    with pytest.raises(RuntimeError, match=ELEMENT_0):
        z.backward()
    with pytest.raises(RuntimeError, match=ELEMENT_0):
        torch.autograd.grad(z, x)


def test_grad_of_grad_without_create_graph_fails():
    x = torch.tensor(5.0, requires_grad=True)
    torch.log(x ** 3).backward()
    with pytest.raises(RuntimeError, match=ELEMENT_0):
        torch.autograd.grad(x.grad, x)


def test_gradient_that_does_not_depend_on_input_does_not_require_grad():
    a = torch.tensor([0.0, 1.0, 2.0, 3.0, 4.0], dtype=torch.float64).requires_grad_()
    b = a + 10
    g = torch.autograd.grad(b.mean(), a, create_graph=True)[0]
    assert g.requires_grad is False
    with pytest.raises(RuntimeError, match=ELEMENT_0):
        g.norm(p=2, dim=0).backward()


def test_create_graph_backward_gives_differentiable_grad():
    x = torch.tensor(5.0, requires_grad=True)
    torch.log(x ** 3).backward(create_graph=True)
    assert x.grad.requires_grad and x.grad.grad_fn is not None
    (g2,) = torch.autograd.grad(x.grad, x)
    assert g2.item() == pytest.approx(-3 / 25)


def test_backward_gradient_type_checked():
    y = torch.ones(2, requires_grad=True) * 2
    with pytest.raises(TypeError):
        y.backward([1.0, 1.0])


def test_autograd_backward_function_and_inputs():
    x = torch.tensor(2.0, requires_grad=True)
    w = torch.tensor(3.0, requires_grad=True)
    torch.autograd.backward([x * w, x * x])
    assert x.grad.item() == 7.0 and w.grad.item() == 2.0
    x.grad = None
    w.grad = None
    (x * w).backward(inputs=[w])
    assert w.grad.item() == 2.0 and x.grad is None


# ---------------------------------------------------------------- grad setter / identity

def test_grad_setter_and_identity():
    x = torch.ones(3, requires_grad=True)
    g = torch.tensor([1.0, 2.0, 3.0])
    x.grad = g
    assert x.grad is g
    x.grad = None
    assert x.grad is None
    with pytest.raises(TypeError, match="assigned grad expected to be a Tensor or None"):
        x.grad = [1.0, 2.0, 3.0]


# ---------------------------------------------------------------- grad modes

def test_no_grad_and_enable_grad_nesting():
    a = torch.ones(5, requires_grad=True)
    assert torch.is_grad_enabled()
    with torch.no_grad():
        assert not torch.is_grad_enabled()
        b = 2 * a.mean()
        assert not b.requires_grad and b.grad_fn is None
        with torch.enable_grad():
            assert torch.is_grad_enabled()
            c = 2 * a.mean()
            with torch.no_grad():
                assert not torch.is_grad_enabled()
            assert torch.is_grad_enabled()
        assert not torch.is_grad_enabled()
    assert torch.is_grad_enabled()
    assert c.requires_grad
    c.backward()
    assert a.grad.tolist() == pytest.approx([0.4] * 5)
    with pytest.raises(RuntimeError, match=ELEMENT_0):
        b.backward()


def test_grad_mode_restored_after_exception():
    with pytest.raises(ValueError):
        with torch.no_grad():
            raise ValueError("boom")
    assert torch.is_grad_enabled()


def test_grad_mode_decorators():
    @torch.no_grad()
    def f():
        return torch.is_grad_enabled()

    @torch.no_grad
    def f2():
        return torch.is_grad_enabled()

    @torch.enable_grad()
    def g():
        return torch.is_grad_enabled()

    @torch.set_grad_enabled(False)
    def h():
        return torch.is_grad_enabled()

    @torch.no_grad()
    def gen():
        yield torch.is_grad_enabled()
        yield torch.is_grad_enabled()

    assert torch.is_grad_enabled()
    assert f() is False and f2() is False and h() is False
    assert torch.is_grad_enabled()
    with torch.no_grad():
        assert g() is True
        assert not torch.is_grad_enabled()
    assert list(gen()) == [False, False]
    assert torch.is_grad_enabled()
    assert f.__name__ == "f"


def test_set_grad_enabled_function_and_context():
    torch.set_grad_enabled(False)
    try:
        assert not torch.is_grad_enabled()
    finally:
        torch.set_grad_enabled(True)
    assert torch.is_grad_enabled()
    with torch.set_grad_enabled(False):
        assert not torch.is_grad_enabled()
        with torch.set_grad_enabled(True):
            assert torch.is_grad_enabled()
        assert not torch.is_grad_enabled()
    assert torch.is_grad_enabled()
    with torch.inference_mode():
        assert not torch.is_grad_enabled()
    assert torch.autograd.no_grad is torch.no_grad


def test_grad_mode_is_thread_local():
    results = {}
    entered = threading.Event()
    release = threading.Event()

    def worker():
        results["worker_start"] = torch.is_grad_enabled()
        with torch.no_grad():
            entered.set()
            release.wait(10)
            results["worker_inside"] = torch.is_grad_enabled()
            x = torch.ones(2, requires_grad=True)
            results["worker_result_requires_grad"] = (x * 2).requires_grad

    with torch.no_grad():
        t = threading.Thread(target=worker)
        t.start()
        entered.wait(10)
        # the worker's no_grad does not leak into this thread, and ours not into it
        results["main_inside"] = torch.is_grad_enabled()
        release.set()
        t.join(10)
    results["main_after"] = torch.is_grad_enabled()
    x = torch.ones(2, requires_grad=True)
    assert (x * 2).requires_grad
    assert results == {"worker_start": True, "worker_inside": False,
                       "worker_result_requires_grad": False, "main_inside": False, "main_after": True}


# ---------------------------------------------------------------- detach / clone / data

def test_detach_shares_storage_and_cuts_graph():
    a = torch.tensor([0.0, 1.0, 2.0, 3.0, 4.0], dtype=torch.float64).requires_grad_()
    b = a.detach()
    assert b.is_leaf and not b.requires_grad and b.grad_fn is None
    b.zero_()
    assert a.tolist() == [0.0] * 5  # same storage
    b.requires_grad_()
    c = b + 10
    c.mean().backward()
    assert a.grad is None
    assert b.grad.tolist() == pytest.approx([0.2] * 5)


def test_clone_copies_and_keeps_graph():
    a = torch.tensor([0.0, 1.0, 2.0, 3.0, 4.0], dtype=torch.float64).requires_grad_()
    b = a.clone()
    assert not b.is_leaf and type(b.grad_fn).__name__ == "CloneBackward0"
    (b + 10).mean().backward()
    assert a.grad.tolist() == pytest.approx([0.2] * 5)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        assert b.grad is None
    c = torch.ones(3)
    d = c.clone()
    d.fill_(5.0)
    assert c.tolist() == [1.0, 1.0, 1.0] and d.tolist() == [5.0, 5.0, 5.0]


def test_same_python_object_shares_grad():
    a = torch.tensor([0.0, 1.0], dtype=torch.float64).requires_grad_()
    b = a
    (b + 10).mean().backward()
    assert a.grad is b.grad


def test_data_get_and_set():
    w = torch.tensor([1.0, 2.0], requires_grad=True)
    d = w.data
    assert not d.requires_grad and d.is_leaf
    d.fill_(3.0)
    assert w.tolist() == [3.0, 3.0]  # .data shares storage
    loss = (w * w).sum()
    loss.backward()
    w.data = w - 0.5 * w.grad
    assert w.tolist() == [0.0, 0.0]
    assert w.requires_grad and w.is_leaf and w.grad_fn is None


# ---------------------------------------------------------------- autograd.grad

def test_autograd_grad_returns_tuple_and_leaves_grad_untouched():
    a = torch.tensor([0.0, 1.0, 2.0, 3.0, 4.0], dtype=torch.float64).requires_grad_()
    g = torch.autograd.grad(a.mean(), a)
    assert isinstance(g, tuple) and len(g) == 1
    assert repr(g) == "(tensor([0.2000, 0.2000, 0.2000, 0.2000, 0.2000], dtype=torch.float64),)"
    assert a.grad is None


def test_autograd_grad_non_leaf_inputs_and_generators():
    x = torch.tensor([1.0, 2.0], requires_grad=True)
    y = x * 3
    z = (y ** 2).sum()
    (gy,) = torch.autograd.grad(z, y, retain_graph=True)
    assert gy.tolist() == [6.0, 12.0]
    gx, gy2 = torch.autograd.grad(z, (t for t in [x, y]))
    assert gx.tolist() == [18.0, 36.0] and gy2.tolist() == [6.0, 12.0]
    assert x.grad is None


def test_autograd_grad_allow_unused():
    x = torch.tensor(1.0, requires_grad=True)
    unused = torch.tensor(2.0, requires_grad=True)
    y = x * 2
    with pytest.raises(RuntimeError, match="appears to not have been used in the graph"):
        torch.autograd.grad(y, [x, unused], retain_graph=True)
    gx, gu = torch.autograd.grad(y, [x, unused], allow_unused=True)
    assert gx.item() == 2.0 and gu is None


def test_autograd_grad_type_errors():
    x = torch.tensor(1.0, requires_grad=True)
    with pytest.raises(TypeError):
        torch.autograd.grad(x * 2, [1.0])


# ---------------------------------------------------------------- Variable

def test_variable():
    from nativegrad.autograd import Variable
    assert repr(Variable) == "<class 'nativegrad.autograd.variable.Variable'>"
    t = torch.ones(2, 2)
    v = Variable(t, requires_grad=True)
    assert type(v) is torch.Tensor and isinstance(v, Variable)
    assert v.requires_grad and v.is_leaf and v is not t
    assert repr(v) == "tensor([[1., 1.],\n        [1., 1.]], requires_grad=True)"
    assert not Variable(torch.randn(2)).requires_grad
    with pytest.raises(TypeError, match="Variable data has to be a tensor"):
        Variable([1.0])


# ---------------------------------------------------------------- errors and bad input

def _names_shape(msg, shape):
    dims = [str(d) for d in shape]
    pats = ["[" + ", ".join(dims) + "]", "(" + ", ".join(dims) + ")", "x".join(dims),
            "[" + ",".join(dims) + "]"]
    return any(p in msg for p in pats)


def test_shape_mismatch_names_both_shapes():
    with pytest.raises(RuntimeError) as e:
        torch.ones(2, 3) + torch.ones(4)
    assert _names_shape(str(e.value), (2, 3)) and _names_shape(str(e.value), (4,)), str(e.value)
    with pytest.raises(RuntimeError) as e:
        torch.mm(torch.ones(2, 3), torch.ones(4, 5))
    assert _names_shape(str(e.value), (2, 3)) and _names_shape(str(e.value), (4, 5)), str(e.value)
    with pytest.raises(RuntimeError) as e:
        torch.ones(3, requires_grad=True).dot(torch.ones(4))
    assert "3" in str(e.value) and "4" in str(e.value)
    with pytest.raises(RuntimeError) as e:
        torch.ones(6).reshape(4, 2)
    assert "6" in str(e.value) and _names_shape(str(e.value), (4, 2)), str(e.value)
    # nothing was broken
    assert (torch.ones(2, 3) + torch.ones(3)).shape == (2, 3)


def test_backward_gradient_shape_mismatch():
    y = torch.ones(3, requires_grad=True) * 2
    with pytest.raises(RuntimeError) as e:
        y.backward(torch.ones(2))
    assert "3" in str(e.value) and "2" in str(e.value)


def test_dtype_misuse():
    with pytest.raises(RuntimeError) as e:
        torch.mm(torch.ones(2, 2), torch.ones(2, 2, dtype=torch.float64))
    msg = str(e.value).lower()
    assert ("float" in msg or "float32" in msg) and ("double" in msg or "float64" in msg), msg
    with pytest.raises(RuntimeError):
        torch.tensor([1, 2]).mean()
    with pytest.raises(TypeError):
        torch.ones(2, dtype="float32")


def test_index_errors():
    with pytest.raises(IndexError):
        torch.ones(2, 3).sum(dim=2)
    with pytest.raises(IndexError):
        torch.ones(2, 3).mean(-3)


def test_released_handle_is_an_error_not_a_crash():
    lib = _native.lib
    keep = torch.tensor([1.0, 2.0])
    t = torch.ones(2)
    h = t._h
    assert lib.ng_tensor_free(h) == 0
    with pytest.raises(RuntimeError) as e:
        t + 1
    assert "releas" in str(e.value).lower()
    assert lib.ng_tensor_free(h) == _abi.NG_ERR_RELEASED_HANDLE
    assert lib.ng_last_error()
    t._h = None  # the wrapper must not free it again
    assert (keep * 2).tolist() == [2.0, 4.0]


def test_null_and_bad_buffer_at_the_c_level():
    import ctypes
    lib = _native.lib
    out = ctypes.c_void_p()
    shape = (ctypes.c_int64 * 1)(3)
    buf = (ctypes.c_float * 2)(1.0, 2.0)
    st = lib.ng_tensor_from_buffer(ctypes.addressof(buf), 8, 0, shape, 1, out)
    assert st != 0 and out.value is None  # 2 floats for 3 elements
    assert lib.ng_last_error()
    st = lib.ng_add(None, None, out)
    assert st in (_abi.NG_ERR_NULL_POINTER, _abi.NG_ERR_INVALID_ARGUMENT,
                  _abi.NG_ERR_RELEASED_HANDLE)
    assert lib.ng_tensor_free(None) == 0


def test_many_tensors_are_released():
    x = torch.ones(10, requires_grad=True)
    for _ in range(2000):
        y = (x * 2 + 1).sum()
        y.backward()
        _ = y.grad_fn
    gc.collect()
    assert x.grad.tolist() == [4000.0] * 10


def test_deepcopy_and_pickle():
    import copy
    import pickle
    x = torch.tensor([1.0, 2.0], requires_grad=True)
    y = copy.deepcopy(x)
    assert y is not x and y.tolist() == [1.0, 2.0] and y.requires_grad and y.is_leaf
    z = pickle.loads(pickle.dumps(torch.tensor([[1, 2], [3, 4]])))
    assert z.tolist() == [[1, 2], [3, 4]] and z.dtype is torch.int64


def _live_bytes():
    import ctypes
    v = ctypes.c_int64()
    assert _native.lib.ng_live_bytes(v) == 0
    return v.value


def test_saved_tensors_are_released_by_backward_and_nothing_leaks():
    if "ng_live_bytes" in _native.missing:
        pytest.skip("library has no ng_live_bytes")
    gc.collect()
    start = _live_bytes()
    x = torch.randn(10000, requires_grad=True)
    x.grad = torch.zeros(10000)
    before_graph = _live_bytes()
    y = (x.exp() * x).sum()  # MulBackward0 saves exp(x): 40 kB
    assert _live_bytes() > before_graph + 30000
    y.backward()
    # the graph's buffers are gone; only y (one float) is left beyond x and x.grad
    assert _live_bytes() <= before_graph + 1024
    del x, y
    gc.collect()
    assert _live_bytes() == start
