"""Anomaly detection, inference mode, set_grad_enabled and gradcheck/gradgradcheck on nativegrad
and (when installed) PyTorch, with the same messages."""

import warnings

import pytest

import nativegrad

try:
    import torch as _torch
except ImportError:  # pragma: no cover
    _torch = None

BACKENDS = [nativegrad] + ([_torch] if _torch is not None else [])
ids = [b.__name__ for b in BACKENDS]


@pytest.fixture(autouse=True)
def _quiet():
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        yield


@pytest.mark.parametrize("torch", BACKENDS, ids=ids)
def test_detect_anomaly(torch):
    x = torch.tensor([0.0, 1.0], requires_grad=True)
    with torch.autograd.detect_anomaly():
        assert torch.is_anomaly_enabled()
        with pytest.raises(RuntimeError) as e:
            (torch.sqrt(x) * 0).sum().backward()
        assert str(e.value) == "Function 'SqrtBackward0' returned nan values in its 0th output."
        with pytest.raises(RuntimeError) as e:
            (x / x).sum().backward()
        assert str(e.value) == "Function 'DivBackward0' returned nan values in its 1th output."
    assert not torch.is_anomaly_enabled()
    torch.autograd.set_detect_anomaly(True)
    try:
        assert torch.is_anomaly_enabled()
    finally:
        torch.autograd.set_detect_anomaly(False)
    (torch.sqrt(x) * 0).sum().backward()
    assert x.grad.isnan().tolist()[0] if hasattr(x.grad, "isnan") else x.grad.tolist()[0] != x.grad.tolist()[0]


@pytest.mark.parametrize("torch", BACKENDS, ids=ids)
def test_inference_mode(torch):
    x = torch.tensor([1.0, 2.0], requires_grad=True)
    with torch.inference_mode():
        assert torch.is_inference_mode_enabled() and not torch.is_grad_enabled()
        a = torch.ones(2, requires_grad=True)
        b = x * 2
        assert a.is_inference() and b.is_inference() and not b.requires_grad
        b.fill_(3)
        with torch.inference_mode(False):
            assert torch.is_grad_enabled() and not torch.ones(1).is_inference()
    assert torch.is_grad_enabled() and not torch.is_inference_mode_enabled()
    assert not x.is_inference()
    with pytest.raises(RuntimeError) as e:
        b * x
    assert str(e.value) == ("Inference tensors cannot be saved for backward. To work around you can make a "
                            "clone to get a normal tensor and use it in autograd.")
    with pytest.raises(RuntimeError, match="Inplace update to inference tensor outside InferenceMode"):
        b.fill_(1)
    assert (b.clone() * x).requires_grad

    @torch.inference_mode()
    def f(t):
        return t * 2
    assert f(x).is_inference()


@pytest.mark.parametrize("torch", BACKENDS, ids=ids)
def test_set_grad_enabled_forms(torch):
    x = torch.tensor(1.0, requires_grad=True)
    with torch.set_grad_enabled(False):
        assert not (x * 2).requires_grad
    assert (x * 2).requires_grad

    @torch.set_grad_enabled(False)
    def f(t):
        return t * 2
    torch.set_grad_enabled(True)   # PyTorch 1.13's decorator form leaves grad mode off
    assert not f(x).requires_grad and torch.is_grad_enabled()
    torch.set_grad_enabled(False)
    try:
        assert not torch.is_grad_enabled()
    finally:
        torch.set_grad_enabled(True)


@pytest.mark.parametrize("torch", BACKENDS, ids=ids)
def test_gradcheck(torch):
    a = torch.tensor([0.5, 1.5, 2.0], dtype=torch.float64, requires_grad=True)
    b = torch.tensor([1.2, 0.7, 2.0], dtype=torch.float64, requires_grad=True)
    assert torch.autograd.gradcheck(lambda x, y: (x * y).exp(), (a, b))
    assert torch.autograd.gradgradcheck(lambda x, y: x ** y, (a, b))
    assert torch.autograd.gradcheck(lambda x, y: (x * y, x + y), (a, b))

    class Wrong(torch.autograd.Function):
        @staticmethod
        def forward(ctx, x):
            return x * x

        @staticmethod
        def backward(ctx, g):
            return g * 3

    assert torch.autograd.gradcheck(Wrong.apply, (a,), raise_exception=False) is False
    with pytest.raises(RuntimeError, match="Jacobian mismatch for output 0 with respect to input 0"):
        torch.autograd.gradcheck(Wrong.apply, (a,))

    def boom(x):
        raise ValueError("boom in gradcheck fn")
    with pytest.raises(ValueError, match="boom in gradcheck fn"):
        torch.autograd.gradcheck(boom, (a,))
