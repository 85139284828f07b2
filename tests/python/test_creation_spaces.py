"""linspace, logspace and the legacy Tensor.new against PyTorch 1.13: exact values (bit for bit) in every
dtype PyTorch allows, over step counts that exercise its vectorised runs and scalar tails, dtype rules,
requires_grad, out=, and PyTorch's errors."""
import math

import numpy as np
import pytest
import torch

import nativegrad as ng

DT = {"float32": (torch.float32, ng.float32), "float64": (torch.float64, ng.float64),
      "int64": (torch.int64, ng.int64)}
RANGES = [(-math.pi, math.pi), (0, 1), (3, 10), (-7.5, 2.25), (1e6, -3.0), (5, 5), (-100, 1000)]
STEPS = [0, 1, 2, 3, 5, 7, 8, 9, 15, 16, 17, 31, 33, 100, 2000, 4099]


def same(n, t):
    assert tuple(n.shape) == tuple(t.shape)
    assert str(n.dtype) == str(t.dtype)
    np.testing.assert_array_equal(n.numpy(), t.numpy())


@pytest.mark.parametrize("dtype", sorted(DT))
@pytest.mark.parametrize("start,end", RANGES)
def test_linspace_exact(dtype, start, end):
    tt, nt = DT[dtype]
    for steps in STEPS:
        same(ng.linspace(start, end, steps, dtype=nt), torch.linspace(start, end, steps, dtype=tt))


@pytest.mark.parametrize("dtype", sorted(DT))
@pytest.mark.parametrize("start,end,base", [(0, 2, 10.0), (-3, 3, 2.0), (0.5, -1.5, math.e), (1, 4, 3)])
def test_logspace_exact(dtype, start, end, base):
    tt, nt = DT[dtype]
    for steps in STEPS:
        same(ng.logspace(start, end, steps, base, dtype=nt), torch.logspace(start, end, steps, base, dtype=tt))


def test_default_dtype_grad_out_and_scalar_tensors():
    same(ng.linspace(0, 10, 5), torch.linspace(0, 10, 5))           # default dtype for ints too
    same(ng.logspace(0, 3, 4), torch.logspace(0, 3, 4))
    ng.set_default_dtype(ng.float64)
    try:
        same(ng.linspace(-1, 1, 21), torch.linspace(-1, 1, 21, dtype=torch.float64))
    finally:
        ng.set_default_dtype(ng.float32)
    n = ng.linspace(0, 1, 3, requires_grad=True)
    assert n.requires_grad and n.is_leaf
    same(ng.linspace(ng.tensor(0.5), ng.tensor(2.0), 7), torch.linspace(torch.tensor(0.5), torch.tensor(2.0), 7))
    o = ng.empty(3, dtype=ng.float64)
    r = ng.linspace(0, 1, 3, out=o)
    assert r is o
    same(o, torch.linspace(0, 1, 3, dtype=torch.float64))


@pytest.mark.parametrize("call", [
    "linspace(0, 1, -1)", "logspace(0, 1, -2)", "linspace(0, 1, 3, dtype={m}.bool)",
    "logspace(0, 1, 3, dtype={m}.bool)", "linspace(0, 1)", "linspace(0, 1, 2.5)", "logspace(0, 1)",
    "linspace(0, 1e30, 3, dtype={m}.int64)"])
def test_space_errors(call):
    def err(m, name):
        try:
            eval("m." + call.format(m=name), {"m": m})
        except Exception as e:
            return type(e).__name__, str(e)
        return None
    t, n = err(torch, "m"), err(ng, "m")
    assert t is not None and n == t


def test_tensor_new():
    for data in ([1.5, 2.0], [[1, 2], [3, 4]]):
        for tt, nt in DT.values():
            t, n = torch.zeros(1, dtype=tt), ng.zeros(1, dtype=nt)
            same(n.new(data), t.new(data))
            same(n.new(2, 3).zero_(), t.new(2, 3).zero_())
            same(n.new(), t.new())
            same(n.new(ng.Size([2])).zero_(), t.new(torch.Size([2])).zero_())
    assert not ng.ones(2, requires_grad=True).new([1.0]).requires_grad
