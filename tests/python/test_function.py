"""autograd.Function over the native callbacks: values, node names, PyTorch's error texts,
and Python exceptions raised inside forward/backward re-raised to the caller. Each scenario
runs on nativegrad and, when installed, on PyTorch, and both must agree."""

import gc

import pytest

import nativegrad
from nativegrad.autograd import function as _function

try:
    import torch as _torch
except ImportError:  # pragma: no cover
    _torch = None

BACKENDS = [nativegrad] + ([_torch] if _torch is not None else [])
ids = [b.__name__ for b in BACKENDS]


def make_pow(torch, log=None):
    class MyPow(torch.autograd.Function):
        @staticmethod
        def forward(ctx, a, b):
            ctx.save_for_backward(a, b)
            if log is not None:
                log.append(("fwd", torch.is_grad_enabled(), ctx.needs_input_grad))
            return a ** b

        @staticmethod
        def backward(ctx, g):
            a, b = ctx.saved_tensors
            if log is not None:
                log.append(("bwd", torch.is_grad_enabled(), ctx.needs_input_grad))
            return g * b * a ** (b - 1), g * a ** b * torch.log(a)
    return MyPow


@pytest.mark.parametrize("torch", BACKENDS, ids=ids)
def test_my_pow_values_names_and_modes(torch):
    log = []
    MyPow = make_pow(torch, log)
    q = torch.tensor(3.0, requires_grad=True)
    x = torch.tensor(5.0, requires_grad=True)
    y = MyPow.apply(x, q)
    assert repr(y) == "tensor(125., grad_fn=<MyPowBackward>)"
    assert type(y.grad_fn).__name__ == "MyPowBackward"
    assert repr(type(y.grad_fn)).replace("nativegrad.", "torch.") == "<class 'torch.autograd.function.MyPowBackward'>"
    assert [type(n).__name__ for n, _ in y.grad_fn.next_functions] == ["AccumulateGrad", "AccumulateGrad"]
    z = torch.log(y)
    z.backward()
    assert x.grad.item() == pytest.approx(0.6)
    assert q.grad.item() == pytest.approx(1.6094379)
    assert log == [("fwd", False, (True, True)), ("bwd", False, (True, True))]
    with pytest.raises(RuntimeError, match="Trying to backward through the graph a second time"):
        z.backward()


@pytest.mark.parametrize("torch", BACKENDS, ids=ids)
def test_non_tensor_args_and_needs_input_grad(torch):
    class Scale(torch.autograd.Function):
        @staticmethod
        def forward(ctx, x, k, y):
            ctx.k = k
            ctx.seen = ctx.needs_input_grad
            return x * k + y

        @staticmethod
        def backward(ctx, g):
            return g * ctx.k, None, None

    x = torch.tensor([1.0, 2.0], requires_grad=True)
    y = torch.tensor([3.0, 4.0])
    out = Scale.apply(x, 3.0, y)
    assert out.tolist() == [6.0, 10.0]
    out.sum().backward()
    assert x.grad.tolist() == [3.0, 3.0]


@pytest.mark.parametrize("torch", BACKENDS, ids=ids)
def test_no_graph_without_requires_grad_or_under_no_grad(torch):
    MyPow = make_pow(torch)
    y = MyPow.apply(torch.tensor(2.0), torch.tensor(3.0))
    assert y.grad_fn is None and y.item() == 8.0
    with torch.no_grad():
        y = MyPow.apply(torch.tensor(2.0, requires_grad=True), torch.tensor(3.0))
    assert y.requires_grad is False


@pytest.mark.parametrize("torch", BACKENDS, ids=ids)
def test_wrong_number_of_gradients(torch):
    class Bad(torch.autograd.Function):
        @staticmethod
        def forward(ctx, a, b):
            return a * b

        @staticmethod
        def backward(ctx, g):
            return g

    a = torch.tensor(1.0, requires_grad=True)
    b = torch.tensor(2.0, requires_grad=True)
    with pytest.raises(RuntimeError) as e:
        Bad.apply(a, b).backward()
    assert str(e.value) == "function BadBackward returned an incorrect number of gradients (expected 2, got 1)"


@pytest.mark.parametrize("torch", BACKENDS, ids=ids)
def test_wrong_gradient_shape(torch):
    class Bad2(torch.autograd.Function):
        @staticmethod
        def forward(ctx, a):
            return a * 2

        @staticmethod
        def backward(ctx, g):
            return torch.ones(2)

    with pytest.raises(RuntimeError) as e:
        Bad2.apply(torch.ones(3, requires_grad=True)).sum().backward()
    assert str(e.value) == ("Function Bad2Backward returned an invalid gradient at index 0 - got [2] but "
                            "expected shape compatible with [3]")


@pytest.mark.parametrize("torch", BACKENDS, ids=ids)
def test_exception_in_backward_is_reraised(torch):
    class Boom(torch.autograd.Function):
        @staticmethod
        def forward(ctx, a):
            return a * 2

        @staticmethod
        def backward(ctx, g):
            raise ValueError("boom in backward")

    x = torch.ones(3, requires_grad=True)
    with pytest.raises(ValueError, match="boom in backward"):
        Boom.apply(x).sum().backward()
    # the engine is intact afterwards
    y = (x * 2).sum()
    y.backward()
    assert x.grad.tolist() == [2.0, 2.0, 2.0]


@pytest.mark.parametrize("torch", BACKENDS, ids=ids)
def test_exception_in_forward_is_reraised(torch):
    class Boom(torch.autograd.Function):
        @staticmethod
        def forward(ctx, a):
            raise KeyError("boom in forward")

        @staticmethod
        def backward(ctx, g):
            return g

    with pytest.raises(KeyError, match="boom in forward"):
        Boom.apply(torch.ones(3, requires_grad=True))


@pytest.mark.parametrize("torch", BACKENDS, ids=ids)
def test_native_error_inside_backward(torch):
    class MmBad(torch.autograd.Function):
        @staticmethod
        def forward(ctx, a):
            return a * 2

        @staticmethod
        def backward(ctx, g):
            return torch.mm(g, g)   # g is 1-D: mm fails inside the callback

    with pytest.raises(RuntimeError, match="must be a matrix"):
        MmBad.apply(torch.ones(3, requires_grad=True)).sum().backward()


@pytest.mark.parametrize("torch", BACKENDS, ids=ids)
def test_saved_output_and_inplace_check(torch):
    class MyExp(torch.autograd.Function):
        @staticmethod
        def forward(ctx, x):
            y = x.exp()
            ctx.save_for_backward(y)
            return y

        @staticmethod
        def backward(ctx, g):
            y, = ctx.saved_tensors
            return g * y

    a = torch.tensor(1.0, requires_grad=True)
    y = MyExp.apply(a)
    y.backward(retain_graph=True)
    assert a.grad.item() == pytest.approx(2.7182817)
    with torch.no_grad():
        y.fill_(0)
    with pytest.raises(RuntimeError, match="output 0 of MyExpBackward, is at version 1; expected version 0"):
        y.backward()


@pytest.mark.parametrize("torch", BACKENDS, ids=ids)
def test_mark_non_differentiable_and_multiple_outputs(torch):
    class Two(torch.autograd.Function):
        @staticmethod
        def forward(ctx, x):
            a, b = x * 2, x * 3
            ctx.mark_non_differentiable(b)
            return a, b

        @staticmethod
        def backward(ctx, ga, gb):
            assert gb.item() == 0
            return ga * 2

    x = torch.tensor(1.0, requires_grad=True)
    a, b = Two.apply(x)
    assert a.requires_grad and not b.requires_grad
    a.backward()
    assert x.grad.item() == 2.0


@pytest.mark.parametrize("torch", BACKENDS, ids=ids)
def test_create_graph_through_custom_backward(torch):
    MyPow = make_pow(torch)
    x = torch.tensor(2.0, requires_grad=True)
    y = MyPow.apply(x, torch.tensor(3.0))
    g, = torch.autograd.grad(y, x, create_graph=True)
    assert g.item() == 12.0 and g.requires_grad
    g2, = torch.autograd.grad(g, x)
    assert g2.item() == 12.0


@pytest.mark.parametrize("torch", BACKENDS, ids=ids)
def test_grad_fn_exposes_the_ctx(torch):
    class Scale(torch.autograd.Function):
        @staticmethod
        def forward(ctx, x, y):
            ctx.save_for_backward(x)
            ctx.k = 5
            return x * 5 + y

        @staticmethod
        def backward(ctx, g):
            return g * ctx.k, g

    x = torch.tensor(2.0, requires_grad=True)
    out = Scale.apply(x, torch.tensor(1.0))
    fn = out.grad_fn
    assert fn.k == 5 and fn.needs_input_grad == (True, False)
    assert [t.item() for t in fn.saved_tensors] == [2.0]
    with pytest.raises(AttributeError, match="'ScaleBackward' object has no attribute 'nope'"):
        fn.nope
    out.backward()
    with pytest.raises(RuntimeError, match="Trying to backward through the graph a second time"):
        fn.saved_tensors


def test_state_is_released_with_the_graph():
    MyPow = make_pow(nativegrad)
    gc.collect()
    before = len(_function._calls)
    x = nativegrad.tensor(2.0, requires_grad=True)
    y = MyPow.apply(x, nativegrad.tensor(3.0))
    assert len(_function._calls) == before + 1
    del y
    gc.collect()
    assert len(_function._calls) == before
    MyPow.apply(nativegrad.tensor(2.0), nativegrad.tensor(3.0))  # no graph: released at once
    assert len(_function._calls) == before


def _live_bytes():
    import ctypes
    from nativegrad import _native
    v = ctypes.c_int64()
    assert _native.lib.ng_live_bytes(v) == 0
    return v.value


def test_memory_is_released_through_callbacks():
    class MyExp(nativegrad.autograd.Function):
        @staticmethod
        def forward(ctx, x):
            y = x.exp()
            ctx.save_for_backward(x, y)
            return y

        @staticmethod
        def backward(ctx, g):
            x, y = ctx.saved_tensors
            return g * y

    def step():
        x = nativegrad.ones(64, 64, requires_grad=True)
        h = x.register_hook(lambda g: g * 2)
        MyExp.apply(x).sum().backward()
        assert x.grad.tolist()[0][0] == pytest.approx(2 * 2.7182817)
        h.remove()
        MyExp.apply(x).mean()          # a graph dropped without backward

    step()
    gc.collect()
    before = _live_bytes()
    for _ in range(5):
        step()
    gc.collect()
    # not more than before (it may be less: the library's finalizer thread frees storages that earlier
    # tests leaked, at a moment of its own)
    assert _live_bytes() <= before


@pytest.mark.parametrize("torch", BACKENDS, ids=ids)
def test_exception_through_nested_callbacks(torch):
    class Inner(torch.autograd.Function):
        @staticmethod
        def forward(ctx, a):
            return a * 2

        @staticmethod
        def backward(ctx, g):
            raise ZeroDivisionError("inner boom")

    class Outer(torch.autograd.Function):
        @staticmethod
        def forward(ctx, a):
            return a * 3

        @staticmethod
        def backward(ctx, g):
            with torch.enable_grad():
                b = torch.tensor(1.0, requires_grad=True)
                torch.autograd.grad(Inner.apply(b), b)   # raises inside this callback
            return g

    with pytest.raises(ZeroDivisionError, match="inner boom"):
        Outer.apply(torch.tensor(1.0, requires_grad=True)).backward()

    # a caught exception inside a callback leaves nothing behind
    class Catches(torch.autograd.Function):
        @staticmethod
        def forward(ctx, a):
            return a * 3

        @staticmethod
        def backward(ctx, g):
            b = torch.tensor(1.0, requires_grad=True)
            try:
                with torch.enable_grad():
                    torch.autograd.grad(Inner.apply(b), b)
            except ZeroDivisionError:
                pass
            return g * 3

    x = torch.tensor(1.0, requires_grad=True)
    Catches.apply(x).backward()
    assert x.grad.item() == 3.0
