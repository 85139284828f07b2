"""Tensor.register_hook and backward(inputs=...) on nativegrad and (when installed) PyTorch:
replacement, removal, leaves and non-leaves, and exceptions raised inside hooks."""

import gc

import pytest

import nativegrad
from nativegrad import _hooks

try:
    import torch as _torch
except ImportError:  # pragma: no cover
    _torch = None

BACKENDS = [nativegrad] + ([_torch] if _torch is not None else [])
ids = [b.__name__ for b in BACKENDS]


@pytest.mark.parametrize("torch", BACKENDS, ids=ids)
def test_hooks_replace_and_remove(torch):
    x = torch.ones(3, requires_grad=True)
    y = x * 2
    seen = []
    h = y.register_hook(lambda g: g * 10)
    x.register_hook(lambda g: seen.append(g.tolist()))
    y.sum().backward()
    assert seen == [[20.0, 20.0, 20.0]]
    assert x.grad.tolist() == [20.0, 20.0, 20.0]
    h.remove()
    h.remove()
    y = x * 2
    y.sum().backward()
    assert x.grad.tolist() == [22.0, 22.0, 22.0]
    assert type(h).__name__ == "RemovableHandle"


@pytest.mark.parametrize("torch", BACKENDS, ids=ids)
def test_hook_errors(torch):
    with pytest.raises(RuntimeError) as e:
        torch.ones(2).register_hook(lambda g: g)
    assert str(e.value) == "cannot register a hook on a tensor that doesn't require gradient"
    x = torch.ones(3, requires_grad=True)
    h = x.register_hook(lambda g: torch.ones(2))
    with pytest.raises(RuntimeError) as e:
        (x * 2).sum().backward()
    assert str(e.value) == "hook '<lambda>' has changed the size of value"
    h.remove()

    def bad(g):
        raise ValueError("hook boom")
    h = x.register_hook(bad)
    with pytest.raises(ValueError, match="hook boom"):
        (x * 2).sum().backward()
    h.remove()
    (x * 2).sum().backward()
    assert x.grad.tolist() == [2.0, 2.0, 2.0]


@pytest.mark.parametrize("torch", BACKENDS, ids=ids)
def test_backward_inputs(torch):
    a = torch.tensor(2.0, requires_grad=True)
    b = torch.tensor(3.0, requires_grad=True)
    m = a * b
    z = m * a
    z.backward(inputs=[b, m], retain_graph=True)
    assert a.grad is None
    assert b.grad.item() == 4.0
    assert m.grad.item() == 2.0
    torch.autograd.backward([z, m], inputs=[a])
    assert a.grad.item() == 12.0 + 3.0
    with pytest.raises(RuntimeError, match="'inputs' argument to backward\\(\\) cannot be empty."):
        z.backward(inputs=[])


def test_hook_function_released_with_tensor():
    gc.collect()
    before = len(_hooks._fns)
    x = nativegrad.ones(3, requires_grad=True)
    x.register_hook(lambda g: None)
    assert len(_hooks._fns) == before + 1
    del x
    gc.collect()
    assert len(_hooks._fns) == before
