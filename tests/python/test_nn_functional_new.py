"""GELU, SiLU, erf, xlogy, smooth L1, Huber, KL divergence, pad, one_hot and embedding against
PyTorch: values, gradients, second order, node names, modules and errors."""
import numpy as np
import pytest
import torch
import torch.nn.functional as TF

import nativegrad as ng
import nativegrad.nn.functional as F

V = [[-3.0, -1.2, -0.3, 0.0], [0.4, 1.7, 2.5, 4.0]]
T = [[-2.5, -1.2, 0.3, 0.2], [0.0, 1.0, 5.0, 3.9]]


def pair(data, dtype="float64", grad=True):
    return (ng.tensor(data, dtype=getattr(ng, dtype), requires_grad=grad),
            torch.tensor(data, dtype=getattr(torch, dtype), requires_grad=grad))


def close(a, b, tol):
    a = a.detach().numpy() if hasattr(a, "detach") else np.asarray(a)
    b = b.detach().numpy() if hasattr(b, "detach") else np.asarray(b)
    assert a.shape == b.shape and np.allclose(a, b, rtol=tol, atol=tol, equal_nan=True), (a, b)


def check(fn, tfn, dtype="float64", second=True):
    tol = 1e-10 if dtype == "float64" else 1e-5
    x, t = pair(V, dtype)
    y, yt = fn(x), tfn(t)
    close(y, yt, tol)
    assert type(y.grad_fn).__name__ == type(yt.grad_fn).__name__
    g, = ng.autograd.grad(y.sum(), x, create_graph=second)
    gt, = torch.autograd.grad(yt.sum(), t, create_graph=second)
    close(g, gt, tol)
    if second:
        gg, = ng.autograd.grad((g * g).sum(), x)
        ggt, = torch.autograd.grad((gt * gt).sum(), t)
        close(gg, ggt, tol * 10)


@pytest.mark.parametrize("dtype", ["float32", "float64"])
@pytest.mark.parametrize("name", ["gelu", "gelu_tanh", "silu"])
def test_activations(name, dtype):
    if name == "gelu_tanh":
        check(lambda x: F.gelu(x, approximate="tanh"), lambda t: TF.gelu(t, approximate="tanh"), dtype)
    else:
        check(getattr(F, name), getattr(TF, name), dtype)


def test_activation_modules_and_inplace_silu():
    x, t = pair(V, grad=False)
    close(ng.nn.GELU()(x), torch.nn.GELU()(t), 1e-12)
    close(ng.nn.GELU("tanh")(x), torch.nn.GELU("tanh")(t), 1e-12)
    assert repr(ng.nn.GELU("tanh")) == repr(torch.nn.GELU("tanh"))
    assert repr(ng.nn.SiLU()) == repr(torch.nn.SiLU())
    y = x.clone()
    assert F.silu(y, inplace=True) is y
    close(y, TF.silu(t), 1e-12)
    with pytest.raises(RuntimeError, match="approximate argument must be either none or tanh"):
        F.gelu(x, approximate="fast")


def test_erf_and_xlogy():
    check(ng.erf, torch.erf)
    x, t = pair([[0.0, 0.5, 2.0], [1.0, 0.0, 3.0]])
    y, yt = pair([[0.3, 1.5, 2.0], [0.7, 0.0, 4.0]])
    r, rt = ng.xlogy(x, y), torch.xlogy(t, yt)
    close(r, rt, 1e-12)
    assert type(r.grad_fn).__name__ == type(rt.grad_fn).__name__ == "XlogyBackward0"
    close(ng.autograd.grad(r.sum(), x)[0], torch.autograd.grad(rt.sum(), t)[0], 1e-12)


@pytest.mark.parametrize("reduction", ["none", "mean", "sum"])
def test_smooth_l1_and_huber(reduction):
    tgt, tgt_t = ng.tensor(T, dtype=ng.float64), torch.tensor(T, dtype=torch.float64)
    for beta in (1.0, 0.5):
        check(lambda x: F.smooth_l1_loss(x, tgt, reduction=reduction, beta=beta),
              lambda t: TF.smooth_l1_loss(t, tgt_t, reduction=reduction, beta=beta))
    # beta 0 is the L1 loss (values; the subgradient at d = 0 is PyTorch's own choice, not compared).
    close(F.smooth_l1_loss(ng.tensor(V), ng.tensor(T), reduction=reduction, beta=0.0),
          TF.smooth_l1_loss(torch.tensor(V), torch.tensor(T), reduction=reduction, beta=0.0), 1e-6)
    for delta in (1.0, 2.5):
        check(lambda x: F.huber_loss(x, tgt, reduction=reduction, delta=delta),
              lambda t: TF.huber_loss(t, tgt_t, reduction=reduction, delta=delta))
    close(ng.nn.SmoothL1Loss(beta=0.5)(ng.tensor(V), ng.tensor(T)), torch.nn.SmoothL1Loss(beta=0.5)(torch.tensor(V), torch.tensor(T)), 1e-6)
    close(ng.nn.HuberLoss(delta=0.5)(ng.tensor(V), ng.tensor(T)), torch.nn.HuberLoss(delta=0.5)(torch.tensor(V), torch.tensor(T)), 1e-6)


@pytest.mark.parametrize("reduction", ["none", "sum", "batchmean"])
@pytest.mark.parametrize("log_target", [False, True])
def test_kl_div(reduction, log_target):
    p = [[0.2, 0.3, 0.5, 0.0], [0.25, 0.25, 0.25, 0.25]]
    tgt = ng.tensor(p, dtype=ng.float64)
    tgt_t = torch.tensor(p, dtype=torch.float64)
    if log_target:
        tgt, tgt_t = ng.log_softmax(tgt, 1), torch.log_softmax(tgt_t, 1)
    check(lambda x: F.kl_div(ng.log_softmax(x, 1), tgt, reduction=reduction, log_target=log_target),
          lambda t: TF.kl_div(torch.log_softmax(t, 1), tgt_t, reduction=reduction, log_target=log_target))
    close(ng.nn.KLDivLoss(reduction=reduction, log_target=log_target)(ng.tensor(V).log_softmax(1), tgt.float()),
          torch.nn.KLDivLoss(reduction=reduction, log_target=log_target)(torch.tensor(V).log_softmax(1), tgt_t.float()), 1e-6)


@pytest.mark.parametrize("pad", [(1, 2), (1, -1, 0, 1), (0, 0, 2, 2), (-1, -2)])
def test_constant_pad(pad):
    check(lambda x: F.pad(x, pad, value=0.5), lambda t: TF.pad(t, pad, value=0.5), second=False)
    x, t = pair(V)
    g, = ng.autograd.grad(F.pad(x, pad).pow(2).sum(), x, create_graph=True)
    gt, = torch.autograd.grad(TF.pad(t, pad).pow(2).sum(), t, create_graph=True)
    close(ng.autograd.grad(g.pow(2).sum(), x)[0], torch.autograd.grad(gt.pow(2).sum(), t)[0], 1e-10)
    with pytest.raises(RuntimeError, match="Length of pad must be even"):
        F.pad(ng.ones(2, 2), (1,))


def test_one_hot():
    for idx, n in (([0, 2, 1], 4), ([[0], [2]], -1), ([3, 3], 5)):
        assert F.one_hot(ng.tensor(idx), n).tolist() == TF.one_hot(torch.tensor(idx), n).tolist()
        assert F.one_hot(ng.tensor(idx), n).dtype == ng.int64
    with pytest.raises(RuntimeError, match="Class values must be smaller than num_classes"):
        F.one_hot(ng.tensor([0, 5]), 3)
    with pytest.raises(RuntimeError, match="one_hot is only applicable to index tensor"):
        F.one_hot(ng.tensor([0.0]), 3)


def test_embedding_node_padding_and_module():
    w, wt = pair([[1.0, 2.0], [3.0, 4.0], [5.0, 6.0]])
    idx, idx_t = ng.tensor([[0, 2], [2, 1]]), torch.tensor([[0, 2], [2, 1]])
    for pad in (None, 2, -1):
        e, et = F.embedding(idx, w, padding_idx=pad), TF.embedding(idx_t, wt, padding_idx=pad)
        close(e, et, 0)
        assert type(e.grad_fn).__name__ == type(et.grad_fn).__name__ == "EmbeddingBackward0"
        assert len(e.grad_fn.next_functions) == len(et.grad_fn.next_functions) == 1
        g, = ng.autograd.grad((e * e).sum(), w)
        gt, = torch.autograd.grad((et * et).sum(), wt)
        close(g, gt, 1e-12)
    m = ng.nn.Embedding(4, 3)
    assert type(m(ng.tensor([1, 3])).grad_fn).__name__ == "EmbeddingBackward0"
