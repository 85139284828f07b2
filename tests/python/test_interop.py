"""NumPy interop as PyTorch does it: from_numpy and .numpy() share memory both ways and keep
each other alive; randint; the legacy FloatTensor/DoubleTensor constructors."""

import gc

import pytest

np = pytest.importorskip("numpy")

import nativegrad
from nativegrad import _interop

try:
    import torch as _torch
except ImportError:  # pragma: no cover
    _torch = None

BACKENDS = [nativegrad] + ([_torch] if _torch is not None else [])
ids = [b.__name__ for b in BACKENDS]


@pytest.mark.parametrize("torch", BACKENDS, ids=ids)
def test_from_numpy_shares_memory(torch):
    a = np.arange(6, dtype=np.float32).reshape(2, 3)
    t = torch.from_numpy(a)
    a[0, 0] = 100
    assert t.tolist() == [[100.0, 1.0, 2.0], [3.0, 4.0, 5.0]]
    t.fill_(7)
    assert a.tolist() == [[7.0] * 3] * 2
    tt = torch.from_numpy(a.T)          # strided view, still shared
    assert tt.tolist() == a.T.tolist()
    assert repr(torch.from_numpy(np.array([0.2, 0.2]))) == "tensor([0.2000, 0.2000], dtype=torch.float64)"
    with pytest.raises(ValueError, match="At least one stride in the given numpy array is negative"):
        torch.from_numpy(a[:, ::-1])


@pytest.mark.parametrize("torch", BACKENDS, ids=ids)
def test_numpy_shares_memory(torch):
    x = torch.ones(2, requires_grad=True)
    with pytest.raises(RuntimeError, match="Can't call numpy\\(\\) on Tensor that requires grad"):
        x.numpy()
    with pytest.raises(RuntimeError, match="Can't call numpy\\(\\) on Tensor that requires grad"):
        np.asarray(x)
    n = x.detach().numpy()
    n[0] = 7
    n2 = np.asarray(x.detach())
    n2[1] = 9
    assert x.tolist() == [7.0, 9.0]
    y = torch.ones(2, 3, dtype=torch.float64).t()
    v = y.numpy()
    assert v.shape == (3, 2) and v.dtype == np.float64
    assert torch.tensor([True, False]).numpy().tolist() == [True, False]
    assert torch.tensor([1, 2]).numpy().dtype == np.int64


def test_lifetimes():
    y = nativegrad.ones(3) * 2
    arr = y.numpy()
    del y
    gc.collect()
    assert arr.tolist() == [2.0, 2.0, 2.0]     # the array keeps the tensor alive
    before = len(_interop._kept)
    b = np.ones(4)
    t = nativegrad.from_numpy(b)
    del b
    gc.collect()
    assert len(_interop._kept) == before + 1
    assert t.tolist() == [1.0] * 4               # the tensor keeps the array alive
    v = t.detach()                               # a second view of the same memory
    del t
    gc.collect()
    assert len(_interop._kept) == before + 1
    del v
    gc.collect()
    assert len(_interop._kept) == before         # released with the last view


@pytest.mark.parametrize("torch", BACKENDS, ids=ids)
def test_randint_and_legacy_constructors(torch):
    torch.manual_seed(0)
    r = torch.randint(3, 10, (200,))
    assert r.dtype == torch.int64 and tuple(r.shape) == (200,)
    vals = set(r.tolist())
    assert vals <= set(range(3, 10)) and len(vals) == 7
    assert tuple(torch.randint(10, (2, 3)).shape) == (2, 3)
    with pytest.raises(RuntimeError) as e:
        torch.randint(5, 5, (2,))
    assert str(e.value) == "random_ expects 'from' to be less than 'to', but got from=5 >= to=5"
    assert repr(torch.FloatTensor([1, 2])) == "tensor([1., 2.])"
    assert repr(torch.DoubleTensor([1, 2])) == "tensor([1., 2.], dtype=torch.float64)"
