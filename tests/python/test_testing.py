"""torch.testing.assert_close against PyTorch: default tolerances per dtype, attribute checks,
equal_nan, scalars, sequences and mappings, msg, and PyTorch's exact failure messages."""

import pytest

pytest.importorskip("torch", reason="compares with real PyTorch")

from both import assert_same_output  # noqa: E402

CODE = """
assert_close = torch.testing.assert_close
T = torch.tensor
nan, inf = float('nan'), float('inf')
def t(*a, **k):
    try: assert_close(*a, **k); print('OK')
    except Exception as e: print(type(e).__name__, repr(str(e).replace("nativegrad.", "torch.")))
t(T([1., 2., 3.]), T([1., 2.1, 3.]))
t(T([1., 2., 3.]), T([1., 2.000001, 3.]))
t(T([1., 2., 3.], dtype=torch.float64), T([1., 2.1, 3.5], dtype=torch.float64))
t(T([1., 2.], dtype=torch.float64), T([1., 2.00001], dtype=torch.float64))
t(T([1, 2, 3]), T([1, 3, 3])); t(T([1, 2]), T([0, 2])); t(T([0, 1]), T([0, 2]))
t(T([1., 2.]), T([1., 2.], dtype=torch.float64))
t(T([1., 2.]), T([1., 2.], dtype=torch.float64), check_dtype=False)
t(T([1]), T([1.])); t(T([1]), T([1.]), check_dtype=False)
t(T([1., 2.]), T([1., 2., 3.])); t(T([[1.]]), T([1.]))
t(T([1., nan]), T([1., nan])); t(T([1., nan]), T([1., nan]), equal_nan=True)
t(T([nan, 3.]), T([1., 3.])); t(T([1., nan]), T([1., 2.]), equal_nan=True)
t(T([1., inf]), T([1., inf])); t(T([1., inf]), T([1., -inf]))
t(T([True, False]), T([True, True]))
t(T([0.]), T([1e-6])); t(T([0., 1.]), T([0., 2.])); t(T([1., 5.]), T([0., 2.])); t(T([3., 5.]), T([2., 0.]))
t(T([[1., 2.], [3., 4.]]), T([[1., 2.], [3., 5.]]))
t(T(1.), T(2.)); t(T(1), T(3))
t(1.0, 1.1); t(1, 2); t(1.0, 1.0000001); t(1, 1.0); t(True, True); t(3, 3.5); t(2.0, 2)
t([T(1.), T(2.)], [T(1.), T(2.5)]); t([[1., 2.]], [[1., 2.5]]); t((1, 2.0), (1, 2.0))
t({'a': T(1.)}, {'a': T(1.5)}); t({'a': T(1.)}, {'b': T(1.5)}); t([1, 2], [1, 2, 3])
t(T([1.]), T([1.1]), rtol=0.2); t(T([1.]), T([1.1]), rtol=0.2, atol=0)
t(T([1., 2.]), T([1.1, 2.]), atol=0.01, rtol=0.)
t(T([1.]), T([1.1]), msg='custom'); t(T([1.]), T([1.5]))
t(T([1., 2.], requires_grad=True), T([1., 2.])); t(T([1.5]), 1.5); t(torch.zeros(0), torch.zeros(0))
t(T([1., 2.]), T([1., 2.]).view(2), check_stride=True)
import numpy as np
t(np.array([1., 2.]), np.array([1., 2.5])); t(T([1., 2.], dtype=torch.float64), np.array([1., 2.]))
"""


def test_same_output_as_torch():
    assert_same_output(CODE)


def test_callable_msg_and_assert_allclose():
    assert_same_output("""
        try: torch.testing.assert_close(torch.tensor([1.]), torch.tensor([2.]), msg=lambda m: "X: " + m.splitlines()[0])
        except AssertionError as e: print(e)
        import warnings
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            torch.testing.assert_allclose(torch.tensor([1., 2.]), torch.tensor([1., 2.00001]))
            torch.testing.assert_allclose(torch.tensor([1., 2.]), [1., 2.])
            try: torch.testing.assert_allclose(torch.tensor([1., 2.]), torch.tensor([1., 2.1]))
            except AssertionError as e: print(e)
    """)
