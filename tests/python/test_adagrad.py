"""optim.Adagrad against PyTorch 1.13: parameter trajectories on a small regression (float32 and
float64, lr_decay, weight_decay, initial accumulator, maximize), state contents and argument errors."""
import numpy as np
import pytest
import torch

import nativegrad as ng


@pytest.mark.parametrize("dtype", ["float32", "float64"])
@pytest.mark.parametrize("kw", [dict(), dict(lr=0.1, lr_decay=0.01), dict(weight_decay=0.1, initial_accumulator_value=0.5),
                                dict(maximize=True, eps=1e-6)])
def test_adagrad_trajectories_match_torch(dtype, kw):
    rng = np.random.default_rng(0)
    X = rng.normal(size=(16, 3))
    y = X @ np.array([1.0, -2.0, 0.5]) + 0.1
    w0 = rng.normal(size=3)
    results = []
    for lib in (torch, ng):
        dt = getattr(lib, dtype)
        w = lib.tensor(w0.tolist(), dtype=dt, requires_grad=True)
        Xt, yt = lib.tensor(X.tolist(), dtype=dt), lib.tensor(y.tolist(), dtype=dt)
        opt = lib.optim.Adagrad([w], **kw)
        for _ in range(25):
            opt.zero_grad()
            loss = ((Xt @ w - yt) ** 2).mean()
            loss.backward()
            opt.step()
        results.append((w.detach().numpy().copy(), opt.state[w]["sum"].numpy().copy(), opt.state[w]["step"].item()))
    (wt, st, kt), (wn, sn, kn) = results
    tol = 2e-6 if dtype == "float32" else 1e-13
    assert np.allclose(wn, wt, rtol=tol, atol=tol), (wn, wt)
    assert np.allclose(sn, st, rtol=tol, atol=tol)
    assert kn == kt == 25


def test_adagrad_errors_and_skips_params_without_grad():
    for kw, msg in ((dict(lr=-1), "Invalid learning rate: -1"), (dict(lr_decay=-1), "Invalid lr_decay value: -1"),
                    (dict(eps=-1), "Invalid epsilon value: -1")):
        with pytest.raises(ValueError, match=msg):
            torch.optim.Adagrad([torch.zeros(1, requires_grad=True)], **kw)
        with pytest.raises(ValueError, match=msg):
            ng.optim.Adagrad([ng.zeros(1, requires_grad=True)], **kw)
    a, b = ng.ones(2, requires_grad=True), ng.ones(2, requires_grad=True)
    opt = ng.optim.Adagrad([a, b], lr=0.5)
    (a * 3).sum().backward()
    opt.step()
    assert b.tolist() == [1.0, 1.0] and a.tolist() != [1.0, 1.0]
