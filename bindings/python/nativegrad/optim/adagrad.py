"""Adagrad, written with tensor ops (addcmul_, addcdiv_) under no_grad in PyTorch 1.13's
single-tensor order of operations, so its trajectories match PyTorch's."""

from .optimizer import Optimizer

__all__ = ["Adagrad"]


class Adagrad(Optimizer):
    """Adagrad: each parameter's step is scaled by the root of its summed squared gradients
    (``lr_decay``, ``weight_decay``, ``initial_accumulator_value``, ``eps``, ``maximize`` as PyTorch)."""

    def __init__(self, params, lr=1e-2, lr_decay=0, weight_decay=0, initial_accumulator_value=0, eps=1e-10,
                 foreach=None, *, maximize=False, differentiable=False):
        if not 0.0 <= lr:
            raise ValueError("Invalid learning rate: {}".format(lr))
        if not 0.0 <= lr_decay:
            raise ValueError("Invalid lr_decay value: {}".format(lr_decay))
        if not 0.0 <= weight_decay:
            raise ValueError("Invalid weight_decay value: {}".format(weight_decay))
        if not 0.0 <= initial_accumulator_value:
            raise ValueError("Invalid initial_accumulator_value value: {}".format(initial_accumulator_value))
        if not 0.0 <= eps:
            raise ValueError("Invalid epsilon value: {}".format(eps))
        super().__init__(params, dict(lr=lr, lr_decay=lr_decay, eps=eps, weight_decay=weight_decay,
                                      initial_accumulator_value=initial_accumulator_value, foreach=foreach,
                                      maximize=maximize, differentiable=differentiable))
        from .. import full_like, tensor
        for g in self.param_groups:
            for p in g["params"]:
                st = self.state[p]
                st["step"] = tensor(0.0)
                st["sum"] = full_like(p, g["initial_accumulator_value"])

    def step(self, closure=None):
        """Updates every parameter that has a gradient; returns the loss of ``closure`` when given."""
        from ..autograd.grad_mode import enable_grad, no_grad
        loss = None
        if closure is not None:
            with enable_grad():
                loss = closure()
        with no_grad():
            for g in self.param_groups:
                for p in g["params"]:
                    if p.grad is None:
                        continue
                    st = self.state[p]
                    st["step"] += 1
                    step = st["step"].item()
                    grad = -p.grad if g["maximize"] else p.grad
                    if g["weight_decay"] != 0:
                        grad = grad + g["weight_decay"] * p
                    clr = g["lr"] / (1 + (step - 1) * g["lr_decay"])
                    st["sum"].addcmul_(grad, grad, value=1)
                    std = st["sum"].sqrt().add_(g["eps"])
                    p.addcdiv_(grad, std, value=-clr)
        return loss
