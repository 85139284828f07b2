"""int64 stays exact beyond 2**53 (no detour through float64): comparisons, sums, gather,
scatter_add, index_select, index_add, max, as PyTorch."""
import torch

import nativegrad as ng

BIG = [2**53 + 1, 2**62 + 3, -(2**60) - 7, 5]


def same(a, b):
    assert a.dtype == getattr(ng, str(b.dtype).split(".")[1])
    assert a.tolist() == b.tolist()


def test_comparisons_of_large_int64_are_exact():
    a, b = ng.tensor(BIG), ng.tensor([2**53, 2**62 + 3, -(2**60) - 8, 5])
    ta, tb = torch.tensor(BIG), torch.tensor([2**53, 2**62 + 3, -(2**60) - 8, 5])
    for op in ("eq", "ne", "lt", "le", "gt", "ge"):
        same(getattr(a, op)(b), getattr(ta, op)(tb))
        same(getattr(a, op)(2**53), getattr(ta, op)(2**53))
    same(a == 2**53 + 1, ta == 2**53 + 1)


def test_sum_of_large_int64_is_exact():
    a, t = ng.tensor([[2**53, 1], [1, 2**60]]), torch.tensor([[2**53, 1], [1, 2**60]])
    same(a.sum(), t.sum())
    same(a.sum(0), t.sum(0))
    same(a.sum(1, keepdim=True), t.sum(1, keepdim=True))
    same(ng.tensor([True, True, False]).sum(), torch.tensor([True, True, False]).sum())


def test_index_ops_move_int64_exactly():
    a, t = ng.tensor([BIG, BIG]), torch.tensor([BIG, BIG])
    i, ti = ng.tensor([[3, 0], [1, 1]]), torch.tensor([[3, 0], [1, 1]])
    same(a.gather(1, i), t.gather(1, ti))
    same(a.scatter_add(1, i, a[:, :2]), t.scatter_add(1, ti, t[:, :2]))
    v, tv = ng.tensor([1, 0]), torch.tensor([1, 0])
    same(a.index_select(1, v), t.index_select(1, tv))
    same(a.index_add(1, v, a[:, :2]), t.index_add(1, tv, t[:, :2]))
    same(a.max(), t.max())
    same(a.max(1).values, t.max(1).values)


def test_float32_compared_with_a_python_float_uses_float32():
    # PyTorch wraps the number in the tensor's dtype: 0.1 == float32(0.1).
    same(ng.tensor([0.1, 0.2]) == 0.1, torch.tensor([0.1, 0.2]) == 0.1)
