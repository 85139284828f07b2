"""nn, optim and clipping against PyTorch with identical initial weights."""
import math

import pytest

torch = pytest.importorskip("torch")
import nativegrad as ng  # noqa: E402
from nativegrad import nn as ngnn, optim as ngoptim  # noqa: E402
import nativegrad.nn.functional as ngF  # noqa: E402

HAS_ACT = hasattr(ng, "tanh") and hasattr(ng, "relu")
HAS_CLS = hasattr(ng, "log_softmax") and hasattr(ng, "gather")


def to_ng(t, requires_grad=None):
    rg = t.requires_grad if requires_grad is None else requires_grad
    dt = ng.float64 if t.dtype == torch.float64 else (ng.int64 if t.dtype == torch.int64 else ng.float32)
    return ng.tensor(t.detach().tolist(), dtype=dt, requires_grad=rg)


def close(a, b, tol=1e-5):
    a = a.detach().tolist() if hasattr(a, "detach") else a
    b = b.detach().tolist() if hasattr(b, "detach") else b
    flat_a, flat_b = _flat(a), _flat(b)
    assert len(flat_a) == len(flat_b)
    for x, y in zip(flat_a, flat_b):
        assert abs(x - y) <= tol * max(1.0, abs(y)), (x, y)


def _flat(v):
    if isinstance(v, (list, tuple)):
        out = []
        for e in v:
            out.extend(_flat(e))
        return out
    return [float(v)]


def copy_weights(ng_module, torch_module):
    """Copies the torch module's parameters into the nativegrad module (same names)."""
    sd = {k: to_ng(v, requires_grad=False) for k, v in torch_module.state_dict().items()}
    ng_module.load_state_dict(sd)


class TorchMLP(torch.nn.Module):
    def __init__(self, act=True):
        super().__init__()
        layers = [torch.nn.Linear(4, 8)]
        if act:
            layers.append(torch.nn.Tanh())
        layers.append(torch.nn.Linear(8, 3))
        self.layers = torch.nn.Sequential(*layers)

    def forward(self, x):
        return self.layers(x)


class NgMLP(ngnn.Module):
    def __init__(self, act=True):
        super().__init__()
        layers = [ngnn.Linear(4, 8)]
        if act:
            layers.append(ngnn.Tanh())
        layers.append(ngnn.Linear(8, 3))
        self.layers = ngnn.Sequential(*layers)

    def forward(self, x):
        return self.layers(x)


def test_parameter_requires_grad_and_repr():
    p = ngnn.Parameter(ng.ones(2))
    assert p.requires_grad and p.is_leaf
    assert repr(p) == repr(torch.nn.Parameter(torch.ones(2)))
    assert isinstance(p, ng.Tensor)


def test_module_registration_names_and_repr():
    t, n = TorchMLP(), NgMLP()
    assert [k for k, _ in n.named_parameters()] == [k for k, _ in t.named_parameters()]
    assert [tuple(p.shape) for p in n.parameters()] == [tuple(p.shape) for p in t.parameters()]
    assert repr(n).replace("NgMLP", "X") == repr(t).replace("TorchMLP", "X")
    assert len(list(n.children())) == 1 and len(list(n.modules())) == 5
    assert list(n.state_dict().keys()) == list(t.state_dict().keys())
    assert type(n.parameters()).__name__ == "generator"


def test_linear_init_bounds():
    lin = ngnn.Linear(10, 100)
    bound = 1 / math.sqrt(10)
    w = [abs(v) for v in _flat(lin.weight.tolist())]
    b = [abs(v) for v in _flat(lin.bias.tolist())]
    assert max(w) <= bound and max(b) <= bound
    assert max(w) > 0.8 * bound


@pytest.mark.parametrize("shape", [(4,), (5, 4), (2, 3, 4)])
def test_linear_forward_backward(shape):
    tl, nl = torch.nn.Linear(4, 3), ngnn.Linear(4, 3)
    copy_weights(nl, tl)
    x = torch.randn(*shape, requires_grad=True)
    nx = to_ng(x)
    ty, ny = tl(x), nl(nx)
    close(ny, ty)
    assert type(ny.grad_fn).__name__ == type(ty.grad_fn).__name__
    ty.sum().backward()
    ny.sum().backward()
    close(nx.grad, x.grad)
    close(nl.weight.grad, tl.weight.grad)
    close(nl.bias.grad, tl.bias.grad)


def test_linear_wrong_input_has_pytorchs_message():
    with pytest.raises(RuntimeError, match=r"mat1 and mat2 shapes cannot be multiplied \(2x5 and 4x3\)"):
        ngnn.Linear(4, 3)(ng.ones(2, 5))


@pytest.mark.parametrize("reduction", ["mean", "sum", "none"])
@pytest.mark.parametrize("name", ["mse_loss", "l1_loss", "binary_cross_entropy_with_logits"])
def test_losses_values_and_gradients(name, reduction):
    x = torch.randn(3, 4, requires_grad=True)
    y = torch.rand(3, 4) if name.startswith("binary") else torch.randn(3, 4)
    nx, ny = to_ng(x), to_ng(y)
    tl = getattr(torch.nn.functional, name)(x, y, reduction=reduction)
    nl = getattr(ngF, name)(nx, ny, reduction=reduction)
    close(nl, tl)
    assert type(nl.grad_fn).__name__ == type(tl.grad_fn).__name__
    g = torch.ones_like(tl)
    tl.backward(g)
    nl.backward(to_ng(g, False))
    close(nx.grad, x.grad)


def test_mse_second_order():
    x = torch.randn(5, dtype=torch.float64, requires_grad=True)
    y = torch.randn(5, dtype=torch.float64)
    nx = to_ng(x)
    gt, = torch.autograd.grad(torch.nn.functional.mse_loss(x, y) * x.sum(), x, create_graph=True)
    gn, = ng.autograd.grad(ngF.mse_loss(nx, to_ng(y)) * nx.sum(), nx, create_graph=True)
    gt.sum().backward()
    gn.sum().backward()
    close(nx.grad, x.grad, 1e-10)


def test_bce_with_logits_is_stable_for_large_logits():
    x = ng.tensor([100.0, -100.0])
    y = ng.tensor([0.0, 1.0])
    assert abs(ngF.binary_cross_entropy_with_logits(x, y).item() - 100.0) < 1e-4


@pytest.mark.skipif(not HAS_CLS, reason="needs log_softmax/gather (complete core)")
@pytest.mark.parametrize("kw", [{}, {"ignore_index": 1}, {"label_smoothing": 0.1}, {"reduction": "sum"}, {"reduction": "none"}])
def test_cross_entropy_and_nll(kw):
    x = torch.randn(5, 4, requires_grad=True)
    t = torch.tensor([0, 1, 3, 1, 2])
    nx, nt = to_ng(x), to_ng(t)
    tl = torch.nn.functional.cross_entropy(x, t, **kw)
    nl = ngF.cross_entropy(nx, nt, **kw)
    close(nl, tl)
    tl.sum().backward()
    nl.sum().backward()
    close(nx.grad, x.grad)


OPTIMS = [
    ("SGD", dict(lr=0.1)),
    ("SGD", dict(lr=0.05, momentum=0.9)),
    ("SGD", dict(lr=0.05, momentum=0.9, nesterov=True, weight_decay=0.01)),
    ("SGD", dict(lr=0.05, momentum=0.5, dampening=0.3)),
    ("Adam", dict(lr=0.01)),
    ("Adam", dict(lr=0.01, weight_decay=0.1, amsgrad=True)),
    ("AdamW", dict(lr=0.01)),
    ("RMSprop", dict(lr=0.01)),
    ("RMSprop", dict(lr=0.01, momentum=0.9, centered=True, weight_decay=0.01)),
]


@pytest.mark.parametrize("name,kw", OPTIMS)
def test_optimizer_trajectory_20_steps(name, kw):
    torch.manual_seed(0)
    t, n = TorchMLP(act=HAS_ACT), NgMLP(act=HAS_ACT)
    copy_weights(n, t)
    topt = getattr(torch.optim, name)(t.parameters(), **kw)
    nopt = getattr(ngoptim, name)(n.parameters(), **kw)
    x, y = torch.randn(6, 4), torch.randn(6, 3)
    nx, ny = to_ng(x), to_ng(y)
    for _ in range(20):
        topt.zero_grad()
        torch.nn.functional.mse_loss(t(x), y).backward()
        topt.step()
        nopt.zero_grad()
        ngF.mse_loss(n(nx), ny).backward()
        nopt.step()
    for (k, tp), (k2, np_) in zip(t.named_parameters(), n.named_parameters()):
        assert k == k2
        close(np_, tp, 2e-5)


def test_frozen_parameters_stay_bit_identical():
    n = NgMLP(act=False)
    first = n.layers[0]
    for p in first.parameters():
        p.requires_grad_(False)
    before = [p.detach().tolist() for p in first.parameters()]
    opt = ngoptim.Adam(n.parameters(), lr=0.1)
    x, y = ng.randn(6, 4), ng.randn(6, 3)
    for _ in range(5):
        opt.zero_grad()
        ngF.mse_loss(n(x), y).backward()
        opt.step()
    assert [p.detach().tolist() for p in first.parameters()] == before


def test_param_groups_and_state_dict_roundtrip():
    n = NgMLP(act=False)
    opt = ngoptim.SGD([{"params": n.layers[0].parameters()}, {"params": n.layers[1].parameters(), "lr": 0.5}],
                      lr=0.1, momentum=0.9)
    assert [g["lr"] for g in opt.param_groups] == [0.1, 0.5]
    ngF.mse_loss(n(ng.randn(2, 4)), ng.zeros(2, 3)).backward()
    opt.step()
    sd = opt.state_dict()
    assert sorted(sd["state"].keys()) == [0, 1, 2, 3]
    assert sd["param_groups"][1]["params"] == [2, 3]
    opt2 = ngoptim.SGD([{"params": n.layers[0].parameters()}, {"params": n.layers[1].parameters()}], lr=1.0, momentum=0.9)
    opt2.load_state_dict(sd)
    assert opt2.param_groups[1]["lr"] == 0.5
    close(opt2.state[n.layers[0].weight]["momentum_buffer"], opt.state[n.layers[0].weight]["momentum_buffer"], 0)


def test_zero_grad_set_to_none_and_errors():
    n = NgMLP(act=False)
    opt = ngoptim.SGD(n.parameters(), lr=0.1)
    ngF.mse_loss(n(ng.randn(2, 4)), ng.zeros(2, 3)).backward()
    opt.zero_grad()
    assert all(p.grad.abs().sum().item() == 0 for p in n.parameters())
    opt.zero_grad(set_to_none=True)
    assert all(p.grad is None for p in n.parameters())
    with pytest.raises(ValueError, match="empty parameter list"):
        ngoptim.SGD([], lr=0.1)
    with pytest.raises(ValueError, match="non-leaf"):
        ngoptim.SGD([ng.ones(2, requires_grad=True) * 2], lr=0.1)


def test_load_state_dict_errors_name_keys_and_shapes():
    n = NgMLP(act=False)
    with pytest.raises(RuntimeError) as e:
        n.load_state_dict({"layers.0.weight": ng.zeros(3, 3), "extra": ng.zeros(1)})
    msg = str(e.value)
    assert 'Missing key(s) in state_dict: "layers.0.bias"' in msg
    assert 'Unexpected key(s) in state_dict: "extra"' in msg
    assert "size mismatch for layers.0.weight: copying a param with shape torch.Size([3, 3])" in msg
    r = n.load_state_dict({"extra": ng.zeros(1)}, strict=False)
    assert r.unexpected_keys == ["extra"] and "layers.0.weight" in r.missing_keys


@pytest.mark.parametrize("norm_type", [2.0, 1.0, float("inf")])
def test_clip_grad_norm_matches_torch(norm_type):
    t, n = TorchMLP(act=False), NgMLP(act=False)
    copy_weights(n, t)
    x = torch.randn(3, 4)
    t(x).sum().backward()
    n(to_ng(x)).sum().backward()
    tn = torch.nn.utils.clip_grad_norm_(t.parameters(), 0.5, norm_type=norm_type)
    nn_ = ngnn.utils.clip_grad_norm_(n.parameters(), 0.5, norm_type=norm_type)
    close(nn_, tn, 1e-5)
    for tp, np_ in zip(t.parameters(), n.parameters()):
        close(np_.grad, tp.grad, 1e-5)


def test_clip_grad_value_matches_torch():
    t, n = TorchMLP(act=False), NgMLP(act=False)
    copy_weights(n, t)
    x = torch.randn(3, 4) * 10
    t(x).sum().backward()
    n(to_ng(x)).sum().backward()
    torch.nn.utils.clip_grad_value_(t.parameters(), 0.3)
    ngnn.utils.clip_grad_value_(n.parameters(), 0.3)
    for tp, np_ in zip(t.parameters(), n.parameters()):
        close(np_.grad, tp.grad, 1e-5)
        assert max(abs(v) for v in _flat(np_.grad.tolist())) <= 0.3 + 1e-7


@pytest.mark.parametrize("cls,kw", [("StepLR", dict(step_size=3, gamma=0.5)), ("CosineAnnealingLR", dict(T_max=7, eta_min=0.01))])
def test_schedulers_match_torch(cls, kw):
    tp = [torch.nn.Parameter(torch.ones(1))]
    npar = [ngnn.Parameter(ng.ones(1))]
    topt, nopt = torch.optim.SGD(tp, lr=0.1), ngoptim.SGD(npar, lr=0.1)
    ts = getattr(torch.optim.lr_scheduler, cls)(topt, **kw)
    ns = getattr(ngoptim.lr_scheduler, cls)(nopt, **kw)
    for _ in range(10):
        assert abs(ts.get_last_lr()[0] - ns.get_last_lr()[0]) < 1e-12
        topt.step(); nopt.step(); ts.step(); ns.step()


def test_dropout_train_and_eval():
    d = ngnn.Dropout(0.5)
    x = ng.ones(1000)
    y = d(x)
    vals = set(y.tolist())
    assert vals <= {0.0, 2.0} and len(vals) == 2
    d.eval()
    assert d(x).tolist() == x.tolist()
    assert not d.training


def test_flatten_and_forward_hooks():
    f = ngnn.Flatten()
    assert tuple(f(ng.ones(2, 3, 4)).shape) == (2, 12)
    lin = ngnn.Linear(2, 2)
    seen = []
    h = lin.register_forward_hook(lambda m, i, o: seen.append(tuple(o.shape)))
    lin(ng.ones(3, 2))
    h.remove()
    lin(ng.ones(3, 2))
    assert seen == [(3, 2)]


def test_layer_norm_matches_torch():
    tl, nl = torch.nn.LayerNorm(4), ngnn.LayerNorm(4)
    x = torch.randn(3, 4, requires_grad=True)
    nx = to_ng(x)
    close(nl(nx), tl(x), 1e-5)
    tl(x).pow(2).sum().backward()
    nl(nx).pow(2).sum().backward()
    close(nx.grad, x.grad, 1e-4)


def test_train_eval_and_requires_grad_():
    n = NgMLP()
    n.eval()
    assert not any(m.training for m in n.modules())
    n.train()
    assert all(m.training for m in n.modules())
    n.requires_grad_(False)
    assert not any(p.requires_grad for p in n.parameters())
