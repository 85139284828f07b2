"""The recursive learning-rate schedulers against PyTorch 1.13: the exact sequence of learning rates
(the same floats) over 30 epochs, for one and two parameter groups, and ReduceLROnPlateau's reductions
on a metric sequence."""
import pytest
import torch

import nativegrad as ng


def _opt(lib, lrs):
    groups = [{"params": [lib.zeros(1, requires_grad=True)], "lr": lr} for lr in lrs]
    return lib.optim.SGD(groups, lr=lrs[0])


CASES = [
    ("MultiStepLR", dict(milestones=[3, 7, 7, 12], gamma=0.5)),
    ("ExponentialLR", dict(gamma=0.9)),
    ("LambdaLR", dict(lr_lambda=lambda e: 0.95 ** e / (1 + e))),
    ("MultiplicativeLR", dict(lr_lambda=lambda e: 0.97)),
    ("LinearLR", dict(start_factor=0.25, end_factor=1.0, total_iters=6)),
    ("LinearLR", dict()),
    ("ConstantLR", dict(factor=0.5, total_iters=4)),
    ("ConstantLR", dict()),
    ("StepLR", dict(step_size=4, gamma=0.5)),
]


@pytest.mark.parametrize("name,kw", CASES, ids=[c[0] + str(i) for i, c in enumerate(CASES)])
@pytest.mark.parametrize("lrs", [[0.1], [0.05, 0.3]])
def test_learning_rate_sequences_match(name, kw, lrs):
    ot, on = _opt(torch, lrs), _opt(ng, lrs)
    st = getattr(torch.optim.lr_scheduler, name)(ot, **kw)
    sn = getattr(ng.optim.lr_scheduler, name)(on, **kw)
    seq_t, seq_n = [st.get_last_lr()], [sn.get_last_lr()]
    for _ in range(30):
        ot.step()
        on.step()
        st.step()
        sn.step()
        seq_t.append(st.get_last_lr())
        seq_n.append(sn.get_last_lr())
    if name == "StepLR":   # closed form here, recursive in PyTorch: equal within rounding
        assert all(abs(a - b) <= 1e-15 for x, y in zip(seq_n, seq_t) for a, b in zip(x, y))
    else:
        assert seq_n == seq_t
    assert [g["lr"] for g in on.param_groups] == pytest.approx([g["lr"] for g in ot.param_groups], rel=1e-15)


@pytest.mark.parametrize("kw", [dict(), dict(mode="max", factor=0.5, patience=2, threshold_mode="abs", threshold=0.1),
                                dict(patience=1, cooldown=2, min_lr=0.004)])
def test_reduce_lr_on_plateau(kw):
    metrics = [1.0, 0.9, 0.95, 0.95, 0.96, 0.97, 0.89, 0.9, 0.9, 0.9, 0.91, 0.92, 0.93, 0.95, 0.96, 0.97, 0.98,
               0.99, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0]
    ot, on = _opt(torch, [0.1]), _opt(ng, [0.1])
    st = torch.optim.lr_scheduler.ReduceLROnPlateau(ot, **kw)
    sn = ng.optim.lr_scheduler.ReduceLROnPlateau(on, **kw)
    for m in metrics:
        st.step(m)
        sn.step(m)
        assert sn.get_last_lr() == st._last_lr
        assert sn.num_bad_epochs == st.num_bad_epochs


def test_scheduler_argument_errors_match():
    for name, kw, msg in (("LinearLR", dict(start_factor=-0.1), "Starting multiplicative factor"),
                          ("ConstantLR", dict(factor=2), "Constant multiplicative factor")):
        with pytest.raises(ValueError, match=msg):
            getattr(torch.optim.lr_scheduler, name)(_opt(torch, [0.1]), **kw)
        with pytest.raises(ValueError, match=msg):
            getattr(ng.optim.lr_scheduler, name)(_opt(ng, [0.1]), **kw)
    with pytest.raises(ValueError, match="Factor should be < 1.0."):
        ng.optim.lr_scheduler.ReduceLROnPlateau(_opt(ng, [0.1]), factor=1.5)
