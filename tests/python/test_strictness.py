"""Strict arguments (issue 10), against PyTorch: misspelled keyword arguments are TypeErrors, out= is
written into or refused (never ignored), NumPy arrays where a tensor is expected behave as in
PyTorch (NumPy computes ``tensor * ndarray`` and the result is wrapped back as a Tensor) or raise a
TypeError naming the argument, never an internal error."""

import pytest

pytest.importorskip("torch", reason="compares with real PyTorch")
np = pytest.importorskip("numpy")

import nativegrad as ng  # noqa: E402
from both import assert_same_output  # noqa: E402

CASES = {
    "misspelled_keywords": """
        calls = [lambda: torch.zeros(2, dtipe=torch.float64), lambda: torch.ones(2, requires_gradd=True),
                 lambda: torch.empty(2, 3, devic="cpu"), lambda: torch.randn(2, foo=1), lambda: torch.rand(3, dtyp=None),
                 lambda: torch.ones(2).to(dtipe=torch.float64), lambda: torch.zeros(size=(2,), sise=3),
                 lambda: torch.full((2,), 1.0, dtipe=torch.float64), lambda: torch.arange(3, stp=1),
                 lambda: torch.tensor([1.0], require_grad=True), lambda: torch.eye(2, m=3, dtipe=None),
                 lambda: torch.zeros_like(torch.ones(2), dtipe=None), lambda: torch.ones(2).new_zeros(2, dtipe=None)]
        for f in calls:
            try: f(); print("accepted")
            except TypeError as e: print("TypeError", str(e).split("(")[0].split(".")[-1])
        print(torch.zeros(size=(2, 3)).shape, torch.zeros(2, layout=torch.strided).shape)
    """,
    "out_arguments": """
        o = torch.ones(3)
        r = torch.zeros(3, out=o); print(r is o, o)
        o = torch.empty(3, dtype=torch.int64); r = torch.arange(3, out=o); print(r is o, o)
        o = torch.empty(2, 2); print(torch.eye(2, out=o) is o, o)
        o = torch.empty(2); print(torch.full((2,), 3.5, out=o) is o, o)
        o = torch.zeros(()); print(torch.norm(torch.tensor([3., 4.]), out=o) is o, o)
        o = torch.zeros(2, dtype=torch.float64); print(torch.ones(2, out=o).dtype)
        try: torch.zeros(2, out=[1, 2])
        except TypeError as e: print("TypeError")
    """,
    "numpy_operands": """
        import numpy as np
        x = torch.ones(2)
        for name, f in [("x*nd", lambda: x * np.array([2.0, 3.0])), ("x+int nd", lambda: x + np.array([2, 3])),
                        ("x*0-d", lambda: x * np.array(2.0)), ("x==nd", lambda: x == np.array([1.0, 2.0])),
                        ("x<nd", lambda: x < np.array([1.0, 2.0])), ("x**nd", lambda: x ** np.array([1.0, 2.0])),
                        ("x/nd", lambda: x / np.array([1.0, 2.0])), ("x-nd", lambda: x - np.array([1.0, 2.0])),
                        ("nd-x", lambda: np.array([1.0, 2.0]) - x), ("np64*x", lambda: np.float64(2) * x),
                        ("x*np32", lambda: x * np.float32(2)), ("x*npi", lambda: x * np.int64(3)),
                        ("x@nd", lambda: torch.ones(2, 2) @ np.ones((2, 2))), ("nd@x", lambda: np.ones((2, 2)) @ torch.ones(2, 2)),
                        ("add", lambda: x.add(np.ones(2))), ("mul", lambda: x.mul(np.ones(2))), ("mm", lambda: x.mm(np.ones(2))),
                        ("add_", lambda: x.add_(np.ones(2))), ("stack", lambda: torch.stack([x, np.ones(2)])),
                        ("cat", lambda: torch.cat([x, np.ones(2)])), ("exp", lambda: torch.exp(np.ones(2))),
                        ("sum", lambda: torch.sum(np.ones(2))), ("expand_as", lambda: x.expand_as(np.ones(2))),
                        ("linear", lambda: torch.nn.functional.linear(np.ones((1, 2)), torch.ones(2, 2))),
                        ("Linear", lambda: torch.nn.Linear(2, 2)(np.ones((1, 2)))),
                        ("grad x*nd", lambda: torch.ones(2, requires_grad=True) * np.ones(2))]:
            try: r = f(); print(name, repr(r), type(r).__name__)
            except Exception as e: print(name, type(e).__name__, str(e).split("\\n")[0])
    """,
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_same_output_as_torch(name):
    assert_same_output(CASES[name])


def test_out_is_refused_when_it_cannot_be_honoured():
    with pytest.raises(RuntimeError, match="out= must have the result's shape"):
        ng.zeros(3, out=ng.empty(0))
    with pytest.raises(RuntimeError, match="Expected out tensor to have dtype torch.float64, but got torch.float32"):
        ng.norm(ng.tensor([3.0, 4.0], dtype=ng.float64), out=ng.zeros(()))
    with pytest.raises(RuntimeError, match="don't support automatic differentiation"):
        ng.norm(ng.tensor([3.0, 4.0], requires_grad=True), out=ng.zeros(()))
    for f in (ng.exp, ng.sin):
        out = ng.zeros(2)
        assert f(ng.ones(2), out=out) is out and out.tolist() == f(ng.ones(2)).tolist()
        with pytest.raises(RuntimeError, match="out= must have the result's shape"):
            f(ng.ones(2), out=ng.zeros(3))


def test_no_internal_errors_for_numpy_arguments():
    """Every call below raises a TypeError (or works); none leaks '_h' or a ctypes error."""
    a = np.ones(2)
    x = ng.ones(2)
    calls = [lambda: ng.where(x > 0, x, a), lambda: ng.maximum(x, a), lambda: x.copy_(a),
             lambda: ng.nn.functional.mse_loss(x, a), lambda: ng.nn.functional.cross_entropy(a, x),
             lambda: ng.nn.MSELoss()(x, a), lambda: x.view_as(a), lambda: x.type_as(a), lambda: x.dot(a),
             lambda: ng.matmul(x, a), lambda: ng.mm(a, x)]
    for f in calls:
        with pytest.raises(TypeError) as e:
            f()
        assert "_h" not in str(e.value) and "ctypes" not in str(e.value)
