"""nn.BatchNorm1d/2d and F.batch_norm against PyTorch with copied weights: outputs, input and
parameter gradients (second order too), running statistics and num_batches_tracked over several
training steps, eval mode, momentum=None, affine=False, track_running_stats=False, state dict keys,
reprs and errors."""
import numpy as np
import pytest
import torch

import nativegrad as ng


def _close(n, t, tol=1e-10):
    a, b = n.detach().numpy(), t.detach().numpy()
    assert a.shape == b.shape, (a.shape, b.shape)
    assert np.allclose(a, b, rtol=tol, atol=tol), np.abs(a - b).max()


@pytest.mark.parametrize("cls,shape", [("BatchNorm1d", (6, 3)), ("BatchNorm1d", (4, 3, 5)), ("BatchNorm2d", (2, 3, 4, 5))])
@pytest.mark.parametrize("kw", [dict(), dict(momentum=None), dict(affine=False), dict(track_running_stats=False),
                                dict(eps=1e-3, momentum=0.3)])
def test_batchnorm_matches_torch(cls, shape, kw):
    rng = np.random.default_rng(0)
    m_t = getattr(torch.nn, cls)(3, dtype=torch.float64, **kw)
    m_n = getattr(ng.nn, cls)(3, dtype=ng.float64, **kw)
    assert repr(m_n) == repr(m_t)
    assert list(m_n.state_dict().keys()) == list(m_t.state_dict().keys())
    if m_t.affine:
        with torch.no_grad():
            m_t.weight.copy_(torch.tensor([0.5, 2.0, -1.0], dtype=torch.float64))
            m_t.bias.copy_(torch.tensor([0.1, -0.2, 0.3], dtype=torch.float64))
        m_n.weight.data = ng.tensor([0.5, 2.0, -1.0], dtype=ng.float64)
        m_n.bias.data = ng.tensor([0.1, -0.2, 0.3], dtype=ng.float64)
    for step in range(3):
        x = rng.normal(size=shape) * (1 + step) + step
        x_t = torch.tensor(x, requires_grad=True)
        x_n = ng.tensor(x.tolist(), dtype=ng.float64, requires_grad=True)
        y_t, y_n = m_t(x_t), m_n(x_n)
        _close(y_n, y_t)
        w = np.linspace(-1, 1, y_t.numel()).reshape(shape)
        g_t = torch.autograd.grad((y_t * y_t * torch.tensor(w)).sum(), [x_t] + list(m_t.parameters()), create_graph=True)
        g_n = ng.autograd.grad((y_n * y_n * ng.tensor(w.tolist(), dtype=ng.float64)).sum(), [x_n] + list(m_n.parameters()),
                               create_graph=True)
        for a, b in zip(g_n, g_t):
            _close(a, b, 1e-9)
        gg_t = torch.autograd.grad(g_t[0].sum(), x_t)[0]
        gg_n = ng.autograd.grad(g_n[0].sum(), x_n)[0]
        _close(gg_n, gg_t, 1e-8)
        if m_t.track_running_stats:
            _close(m_n.running_mean, m_t.running_mean)
            _close(m_n.running_var, m_t.running_var)
            assert m_n.num_batches_tracked.item() == m_t.num_batches_tracked.item()
    m_t.eval()
    m_n.eval()
    x = rng.normal(size=shape)
    _close(m_n(ng.tensor(x.tolist(), dtype=ng.float64)), m_t(torch.tensor(x)))


def test_functional_batch_norm_and_errors():
    x = np.random.default_rng(1).normal(size=(5, 4))
    rm_t, rv_t = torch.zeros(4, dtype=torch.float64), torch.ones(4, dtype=torch.float64)
    rm_n, rv_n = ng.zeros(4, dtype=ng.float64), ng.ones(4, dtype=ng.float64)
    y_t = torch.nn.functional.batch_norm(torch.tensor(x), rm_t, rv_t, training=True)
    y_n = ng.nn.functional.batch_norm(ng.tensor(x.tolist(), dtype=ng.float64), rm_n, rv_n, training=True)
    _close(y_n, y_t)
    _close(rm_n, rm_t)
    _close(rv_n, rv_t)
    with pytest.raises(ValueError, match=r"Expected more than 1 value per channel when training"):
        ng.nn.BatchNorm1d(3)(ng.zeros(1, 3))
    with pytest.raises(ValueError, match=r"expected 2D or 3D input \(got 4D input\)"):
        ng.nn.BatchNorm1d(3)(ng.zeros(2, 3, 4, 5))
    with pytest.raises(ValueError, match=r"expected 4D input \(got 2D input\)"):
        ng.nn.BatchNorm2d(3)(ng.zeros(2, 3))


def test_batchnorm_in_an_mlp_trains_like_torch():
    torch.manual_seed(0)
    ng.manual_seed(0)
    net_t = torch.nn.Sequential(torch.nn.Linear(4, 8), torch.nn.BatchNorm1d(8), torch.nn.ReLU(), torch.nn.Linear(8, 1))
    net_n = ng.nn.Sequential(ng.nn.Linear(4, 8), ng.nn.BatchNorm1d(8), ng.nn.ReLU(), ng.nn.Linear(8, 1))
    net_n.load_state_dict({k: ng.tensor(v.numpy().tolist()) for k, v in net_t.state_dict().items()})
    opt_t = torch.optim.SGD(net_t.parameters(), lr=0.1)
    opt_n = ng.optim.SGD(net_n.parameters(), lr=0.1)
    x = np.random.default_rng(2).normal(size=(16, 4)).astype(np.float32)
    y = x.sum(1, keepdims=True)
    for _ in range(5):
        for net, opt, lib in ((net_t, opt_t, torch), (net_n, opt_n, ng)):
            opt.zero_grad()
            loss = ((net(lib.tensor(x.tolist())) - lib.tensor(y.tolist())) ** 2).mean()
            loss.backward()
            opt.step()
    _close(net_n[1].running_mean, net_t[1].running_mean, 1e-5)
    _close(net_n[3].weight, net_t[3].weight, 1e-5)
