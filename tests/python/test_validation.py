"""Bad arguments refused as PyTorch 1.13 refuses them (same exception type and message, checked
against torch itself), and legal edge cases that used to fail with an internal error (issue 11)."""

import pytest
import torch

import nativegrad as ng
import nativegrad.nn.functional as NF
import torch.nn.functional as TF

NAN = float("nan")


def same_error(make):
    """make(lib, F) must raise the same exception type with the same message in both libraries."""
    with pytest.raises(Exception) as t:
        make(torch, TF)
    with pytest.raises(Exception) as n:
        make(ng, NF)
    assert type(n.value).__name__ == type(t.value).__name__
    assert str(n.value).split("\n")[0] == str(t.value).split("\n")[0]


CASES = {
    "full nan int64": lambda L, F: L.full([2], NAN, dtype=L.int64),
    "full 1e30 int64": lambda L, F: L.full([2], 1e30, dtype=L.int64),
    "full inf int64": lambda L, F: L.full([2], float("inf"), dtype=L.int64),
    "fill_ nan int64": lambda L, F: L.zeros(2, dtype=L.int64).fill_(NAN),
    "arange nan step": lambda L, F: L.arange(0, 5, NAN),
    "arange zero step": lambda L, F: L.arange(0, 5, 0),
    "arange nan end": lambda L, F: L.arange(0, NAN, 1),
    "arange bool": lambda L, F: L.arange(0, 5, 1, dtype=L.bool),
    "randint empty range": lambda L, F: L.randint(5, 5, (2,)),
    "randint inverted range": lambda L, F: L.randint(6, 5, (2,)),
    "dropout nan": lambda L, F: F.dropout(L.ones(2), NAN),
    "dropout 1.5": lambda L, F: F.dropout(L.ones(2), 1.5),
    "bce above 1": lambda L, F: F.binary_cross_entropy(L.tensor([0.5, 1.5]), L.tensor([1.0, 0.0])),
    "bce below 0": lambda L, F: F.binary_cross_entropy(L.tensor([-0.5]), L.tensor([1.0])),
    "bce nan": lambda L, F: F.binary_cross_entropy(L.tensor([NAN]), L.tensor([1.0])),
    "cross_entropy weight": lambda L, F: F.cross_entropy(L.zeros(2, 3), L.tensor([0, 1]), weight=L.ones(4)),
    "nll_loss weight": lambda L, F: F.nll_loss(L.zeros(2, 3), L.tensor([0, 1]), weight=L.ones(2)),
    "nll_loss batch": lambda L, F: F.nll_loss(L.zeros(2, 3), L.tensor([0, 1, 1])),
    "cross_entropy batch": lambda L, F: F.cross_entropy(L.zeros(2, 3), L.tensor([0, 1, 1])),
    "sum of 0-dim over dim 1": lambda L, F: L.tensor(3.0).sum(1),
    "sum of 0-dim over dims 0, 0": lambda L, F: L.tensor(3.0).sum([0, 0]),
    "sgd negative lr": lambda L, F: L.optim.SGD([L.ones(2, requires_grad=True)], lr=-1.0),
    "sgd nesterov without momentum": lambda L, F: L.optim.SGD([L.ones(2, requires_grad=True)], lr=0.1, nesterov=True),
    "adam beta 1": lambda L, F: L.optim.Adam([L.ones(2, requires_grad=True)], betas=(1.0, 0.999)),
    "adam eps": lambda L, F: L.optim.Adam([L.ones(2, requires_grad=True)], eps=-1e-8),
    "rmsprop alpha": lambda L, F: L.optim.RMSprop([L.ones(2, requires_grad=True)], alpha=-0.5),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_refused_like_pytorch(case):
    same_error(CASES[case])


def test_assigning_a_tensor_as_its_own_grad():
    def make(L, F):
        x = L.ones(2, requires_grad=True)
        x.grad = x
    same_error(make)
    x = ng.ones(2, requires_grad=True)
    x.grad = x.detach()  # another tensor over the same memory is fine
    assert x.grad.tolist() == [1.0, 1.0]


@pytest.mark.parametrize("dim", [0, -1])
def test_zero_dim_tensors_reduce_over_dim_zero(dim):
    for L in (torch, ng):
        x = L.tensor(3.0, dtype=L.float64, requires_grad=True)
        s = x.sum(dim)
        k = x.sum(dim, keepdim=True)
        assert s.item() == 3.0 and s.dim() == 0 and k.dim() == 0
        assert x.mean(dim).item() == 3.0
        assert L.logsumexp(x, dim).item() == 3.0
        (s * 2).backward()
        assert x.grad.item() == 2.0
    assert repr(ng.tensor(3.0).var(0)) == repr(torch.tensor(3.0).var(0))  # nan: N - 1 = 0


@pytest.mark.parametrize("index", [
    slice(2 ** 62, None), slice(-2 ** 62, 2 ** 62), slice(None, None, 2 ** 62), slice(-3, None, 2 ** 63 - 1),
    slice(-(2 ** 63) + 1, 2 ** 63 - 1, 4), slice(2 ** 63 - 1, 0),
])
def test_slice_bounds_near_the_int64_limits(index):
    # Python's own list slicing is the reference (PyTorch 1.13 fails on some of these bounds).
    assert ng.arange(10.0)[index].tolist() == [float(v) for v in list(range(10))[index]]


def test_randint_over_the_whole_int64_range():
    v = ng.randint(-2 ** 63, 2 ** 63 - 1, (200,)).tolist()
    assert min(v) < 0 < max(v) and all(-2 ** 63 <= x < 2 ** 63 - 1 for x in v)
    lo = 2 ** 62
    assert sorted(set(ng.randint(lo, lo + 3, (300,)).tolist())) == [lo, lo + 1, lo + 2]


@pytest.mark.parametrize("eps", [0.0, -1e-6, NAN])
def test_gradcheck_refuses_a_meaningless_step(eps):
    x = ng.tensor([1.0, 2.0], dtype=ng.float64, requires_grad=True)
    with pytest.raises(RuntimeError, match="gradcheck: eps must be positive and finite"):
        ng.autograd.gradcheck(lambda a: a.exp(), (x,), eps=eps)
