"""SGD, Adam, AdamW and RMSprop: the update of each parameter is one fused library kernel
(no graph recorded); parameters whose ``grad`` is None are skipped, so frozen layers stay
bit-identical."""

from ctypes import c_int32 as _I32, c_void_p as _VP

from .. import _creation
from .._tensor import _wrap
from ..nn import _native_ops as _n
from .optimizer import Optimizer, required

__all__ = ["SGD", "Adam", "AdamW", "RMSprop"]


def _closure(closure):
    if closure is None:
        return None
    from ..autograd.grad_mode import enable_grad
    with enable_grad():
        return closure()


def _zeros_like(p):
    return _creation.zeros_like(p)


class SGD(Optimizer):
    """Stochastic gradient descent with optional momentum (Nesterov too), dampening, weight decay
    and ``maximize``, as PyTorch 1.13."""

    def __init__(self, params, lr=required, momentum=0, dampening=0, weight_decay=0, nesterov=False, *,
                 maximize=False, foreach=None, differentiable=False):
        if lr is not required and lr < 0.0:
            raise ValueError("Invalid learning rate: {}".format(lr))
        if momentum < 0.0:
            raise ValueError("Invalid momentum value: {}".format(momentum))
        if weight_decay < 0.0:
            raise ValueError("Invalid weight_decay value: {}".format(weight_decay))
        if nesterov and (momentum <= 0 or dampening != 0):
            raise ValueError("Nesterov momentum requires a momentum and zero dampening")
        super().__init__(params, dict(lr=lr, momentum=momentum, dampening=dampening, weight_decay=weight_decay,
                                      nesterov=nesterov, maximize=maximize, foreach=foreach,
                                      differentiable=differentiable))

    def step(self, closure=None):
        """Updates every parameter that has a gradient (one fused library call per group); returns
        the loss of ``closure`` when one is given."""
        # One library call per group (ng_sgd_step_): it reads each parameter's grad itself, so
        # no gradient wrapper is made here.
        loss = _closure(closure)
        fn = _n.lib.ng_sgd_step_
        for g in self.param_groups:
            params = g["params"]
            n = len(params)
            if n == 0:
                continue
            momentum = float(g["momentum"])
            state = self.state
            bufs = None
            if momentum != 0:
                bufs = (_VP * n)(*[_n.handle(state[p].get("momentum_buffer")) if p in state else None
                                   for p in params])
            had = (_I32 * n)()
            _n.check(fn(_n.handle_array(params), bufs, n, float(g["lr"]), momentum, float(g["dampening"]),
                        float(g["weight_decay"]), 1 if g["nesterov"] else 0, 1 if g["maximize"] else 0, had))
            for i, p in enumerate(params):
                if not had[i]:
                    continue
                st = state[p]
                buf = st.get("momentum_buffer")
                if bufs is not None and buf is None:
                    buf = _wrap(bufs[i])    # made by the library on this first step; we own it
                st["momentum_buffer"] = buf
        return loss


class Adam(Optimizer):
    """Adam (Kingma and Ba) with PyTorch 1.13's options: ``betas``, ``eps``, L2 ``weight_decay``,
    ``amsgrad``, ``maximize``."""
    _decoupled = 0

    def __init__(self, params, lr=1e-3, betas=(0.9, 0.999), eps=1e-8, weight_decay=0, amsgrad=False, *,
                 foreach=None, maximize=False, capturable=False, differentiable=False, fused=False):
        if not 0.0 <= lr:
            raise ValueError("Invalid learning rate: {}".format(lr))
        if not 0.0 <= eps:
            raise ValueError("Invalid epsilon value: {}".format(eps))
        if not 0.0 <= betas[0] < 1.0:
            raise ValueError("Invalid beta parameter at index 0: {}".format(betas[0]))
        if not 0.0 <= betas[1] < 1.0:
            raise ValueError("Invalid beta parameter at index 1: {}".format(betas[1]))
        if not 0.0 <= weight_decay:
            raise ValueError("Invalid weight_decay value: {}".format(weight_decay))
        super().__init__(params, dict(lr=lr, betas=betas, eps=eps, weight_decay=weight_decay, amsgrad=amsgrad,
                                      maximize=maximize, foreach=foreach, capturable=capturable,
                                      differentiable=differentiable, fused=fused))

    def step(self, closure=None):
        """Updates every parameter that has a gradient; returns the loss of ``closure`` when one is given."""
        loss = _closure(closure)
        fn = _n.lib.ng_adam_update_
        for g in self.param_groups:
            beta1, beta2 = g["betas"]
            for p in self._params_with_grad(g):
                grad = p.grad
                state = self.state[p]
                if len(state) == 0:
                    state["step"] = _creation.tensor(0.0)
                    state["exp_avg"] = _zeros_like(p)
                    state["exp_avg_sq"] = _zeros_like(p)
                    if g["amsgrad"]:
                        state["max_exp_avg_sq"] = _zeros_like(p)
                step = int(state["step"].item()) + 1
                _n.check(fn(p._h, grad._h, state["exp_avg"]._h, state["exp_avg_sq"]._h,
                            _n.handle(state.get("max_exp_avg_sq")), step, float(g["lr"]), float(beta1), float(beta2),
                            float(g["eps"]), float(g["weight_decay"]), self._decoupled, 1 if g["maximize"] else 0))
                state["step"].fill_(step)
        return loss


class AdamW(Adam):
    """Adam with decoupled weight decay (default 1e-2)."""

    _decoupled = 1

    def __init__(self, params, lr=1e-3, betas=(0.9, 0.999), eps=1e-8, weight_decay=1e-2, amsgrad=False, *,
                 maximize=False, foreach=None, capturable=False, differentiable=False, fused=False):
        super().__init__(params, lr=lr, betas=betas, eps=eps, weight_decay=weight_decay, amsgrad=amsgrad,
                         maximize=maximize, foreach=foreach, capturable=capturable, differentiable=differentiable,
                         fused=fused)


class RMSprop(Optimizer):
    """RMSprop with PyTorch 1.13's options: ``alpha``, ``eps``, ``weight_decay``, ``momentum``,
    ``centered``, ``maximize``."""

    def __init__(self, params, lr=1e-2, alpha=0.99, eps=1e-8, weight_decay=0, momentum=0, centered=False,
                 foreach=None, maximize=False, differentiable=False):
        if not 0.0 <= lr:
            raise ValueError("Invalid learning rate: {}".format(lr))
        if not 0.0 <= eps:
            raise ValueError("Invalid epsilon value: {}".format(eps))
        if not 0.0 <= momentum:
            raise ValueError("Invalid momentum value: {}".format(momentum))
        if not 0.0 <= alpha:
            raise ValueError("Invalid alpha value: {}".format(alpha))
        super().__init__(params, dict(lr=lr, momentum=momentum, alpha=alpha, eps=eps, centered=centered,
                                      weight_decay=weight_decay, foreach=foreach, maximize=maximize,
                                      differentiable=differentiable))

    def step(self, closure=None):
        """Updates every parameter that has a gradient; returns the loss of ``closure`` when one is given."""
        loss = _closure(closure)
        fn = _n.lib.ng_rmsprop_update_
        for g in self.param_groups:
            for p in self._params_with_grad(g):
                grad = p.grad
                state = self.state[p]
                if len(state) == 0:
                    state["step"] = 0
                    state["square_avg"] = _zeros_like(p)
                    if g["momentum"] > 0:
                        state["momentum_buffer"] = _zeros_like(p)
                    if g["centered"]:
                        state["grad_avg"] = _zeros_like(p)
                state["step"] += 1
                _n.check(fn(p._h, grad._h, state["square_avg"]._h, _n.handle(state.get("momentum_buffer")),
                            _n.handle(state.get("grad_avg")), float(g["lr"]), float(g["alpha"]), float(g["eps"]),
                            float(g["weight_decay"]), float(g["momentum"]), 1 if g["maximize"] else 0))
        return loss
