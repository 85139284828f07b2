"""Learning-rate schedulers. StepLR and CosineAnnealingLR use closed forms; the others follow PyTorch
1.13's recursive (chainable) formulas step for step, so the printed learning rates are the same
floating-point values."""

import math

__all__ = ["StepLR", "CosineAnnealingLR", "MultiStepLR", "ExponentialLR", "LambdaLR", "MultiplicativeLR",
           "LinearLR", "ConstantLR", "ReduceLROnPlateau"]


class _LRScheduler(object):
    """Base of the schedulers: sets each parameter group's ``lr`` from a closed form of the epoch
    count, and steps once on construction (epoch 0)."""

    def __init__(self, optimizer, last_epoch=-1):
        self.optimizer = optimizer
        if last_epoch == -1:
            for g in optimizer.param_groups:
                g.setdefault("initial_lr", g["lr"])
        self.base_lrs = [g["initial_lr"] for g in optimizer.param_groups]
        self.last_epoch = last_epoch
        self.step()

    def get_last_lr(self):
        """The learning rates set by the last ``step``, one per parameter group."""
        return self._last_lr

    def state_dict(self):
        """The scheduler's state (everything but the optimizer) as a dict."""
        return {k: v for k, v in self.__dict__.items() if k != "optimizer"}

    def load_state_dict(self, state_dict):
        """Restores a state from ``state_dict()``."""
        self.__dict__.update(state_dict)

    def step(self, epoch=None):
        """Advances the epoch count by one (or sets it to ``epoch``) and sets every group's ``lr``."""
        self.last_epoch = self.last_epoch + 1 if epoch is None else epoch
        for g, lr in zip(self.optimizer.param_groups, self._lrs()):
            g["lr"] = lr
        self._last_lr = [g["lr"] for g in self.optimizer.param_groups]


class StepLR(_LRScheduler):
    """lr = base_lr * gamma ** (epoch // step_size)."""

    def __init__(self, optimizer, step_size, gamma=0.1, last_epoch=-1, verbose=False):
        self.step_size = step_size
        self.gamma = gamma
        super().__init__(optimizer, last_epoch)

    def _lrs(self):
        return [base * self.gamma ** (self.last_epoch // self.step_size) for base in self.base_lrs]


class CosineAnnealingLR(_LRScheduler):
    """lr = eta_min + (base_lr - eta_min) * (1 + cos(pi * epoch / T_max)) / 2."""

    def __init__(self, optimizer, T_max, eta_min=0, last_epoch=-1, verbose=False):
        self.T_max = T_max
        self.eta_min = eta_min
        super().__init__(optimizer, last_epoch)

    def _lrs(self):
        return [self.eta_min + (base - self.eta_min) * (1 + math.cos(math.pi * self.last_epoch / self.T_max)) / 2
                for base in self.base_lrs]


def _lrs_now(scheduler):
    return [g["lr"] for g in scheduler.optimizer.param_groups]


class MultiStepLR(_LRScheduler):
    """lr multiplied by gamma at each milestone epoch (once per occurrence in ``milestones``)."""

    def __init__(self, optimizer, milestones, gamma=0.1, last_epoch=-1, verbose=False):
        self.milestones = {}
        for m in milestones:
            self.milestones[m] = self.milestones.get(m, 0) + 1
        self.gamma = gamma
        super().__init__(optimizer, last_epoch)

    def _lrs(self):
        if self.last_epoch not in self.milestones:
            return _lrs_now(self)
        return [lr * self.gamma ** self.milestones[self.last_epoch] for lr in _lrs_now(self)]


class ExponentialLR(_LRScheduler):
    """lr multiplied by gamma every epoch."""

    def __init__(self, optimizer, gamma, last_epoch=-1, verbose=False):
        self.gamma = gamma
        super().__init__(optimizer, last_epoch)

    def _lrs(self):
        if self.last_epoch == 0:
            return _lrs_now(self)
        return [lr * self.gamma for lr in _lrs_now(self)]


def _per_group(optimizer, fn, name):
    if isinstance(fn, (list, tuple)):
        if len(fn) != len(optimizer.param_groups):
            raise ValueError("Expected {} lr_lambdas, but got {}".format(len(optimizer.param_groups), len(fn)))
        return list(fn)
    return [fn] * len(optimizer.param_groups)


class LambdaLR(_LRScheduler):
    """lr = base_lr * lr_lambda(epoch) (one function, or one per parameter group)."""

    def __init__(self, optimizer, lr_lambda, last_epoch=-1, verbose=False):
        self.lr_lambdas = _per_group(optimizer, lr_lambda, "lr_lambda")
        super().__init__(optimizer, last_epoch)

    def _lrs(self):
        return [base * lmbda(self.last_epoch) for lmbda, base in zip(self.lr_lambdas, self.base_lrs)]


class MultiplicativeLR(_LRScheduler):
    """lr multiplied by lr_lambda(epoch) every epoch after the first."""

    def __init__(self, optimizer, lr_lambda, last_epoch=-1, verbose=False):
        self.lr_lambdas = _per_group(optimizer, lr_lambda, "lr_lambda")
        super().__init__(optimizer, last_epoch)

    def _lrs(self):
        if self.last_epoch > 0:
            return [lr * lmbda(self.last_epoch) for lr, lmbda in zip(_lrs_now(self), self.lr_lambdas)]
        return _lrs_now(self)


class LinearLR(_LRScheduler):
    """lr scaled linearly from start_factor to end_factor over total_iters epochs (a warm-up)."""

    def __init__(self, optimizer, start_factor=1.0 / 3, end_factor=1.0, total_iters=5, last_epoch=-1, verbose=False):
        if start_factor > 1.0 or start_factor <= 0:
            raise ValueError("Starting multiplicative factor expected to be greater than 0 and less or equal to 1.")
        if end_factor > 1.0 or end_factor < 0:
            raise ValueError("Ending multiplicative factor expected to be between 0 and 1.")
        self.start_factor, self.end_factor, self.total_iters = start_factor, end_factor, total_iters
        super().__init__(optimizer, last_epoch)

    def _lrs(self):
        if self.last_epoch == 0:
            return [lr * self.start_factor for lr in _lrs_now(self)]
        if self.last_epoch > self.total_iters:
            return _lrs_now(self)
        return [lr * (1.0 + (self.end_factor - self.start_factor)
                      / (self.total_iters * self.start_factor + (self.last_epoch - 1) * (self.end_factor - self.start_factor)))
                for lr in _lrs_now(self)]


class ConstantLR(_LRScheduler):
    """lr scaled by factor for the first total_iters epochs."""

    def __init__(self, optimizer, factor=1.0 / 3, total_iters=5, last_epoch=-1, verbose=False):
        if factor > 1.0 or factor < 0:
            raise ValueError("Constant multiplicative factor expected to be between 0 and 1.")
        self.factor, self.total_iters = factor, total_iters
        super().__init__(optimizer, last_epoch)

    def _lrs(self):
        if self.last_epoch == 0:
            return [lr * self.factor for lr in _lrs_now(self)]
        if self.last_epoch != self.total_iters:
            return _lrs_now(self)
        return [lr * (1.0 / self.factor) for lr in _lrs_now(self)]


class ReduceLROnPlateau(object):
    """Multiplies lr by ``factor`` when the metric passed to ``step`` has not improved for ``patience``
    epochs (PyTorch's rules for mode, threshold_mode, cooldown, min_lr and eps)."""

    def __init__(self, optimizer, mode="min", factor=0.1, patience=10, threshold=1e-4, threshold_mode="rel",
                 cooldown=0, min_lr=0, eps=1e-8, verbose=False):
        if factor >= 1.0:
            raise ValueError("Factor should be < 1.0.")
        if mode not in ("min", "max"):
            raise ValueError("mode " + mode + " is unknown!")
        if threshold_mode not in ("rel", "abs"):
            raise ValueError("threshold mode " + threshold_mode + " is unknown!")
        self.optimizer = optimizer
        if isinstance(min_lr, (list, tuple)):
            if len(min_lr) != len(optimizer.param_groups):
                raise ValueError("expected {} min_lrs, got {}".format(len(optimizer.param_groups), len(min_lr)))
            self.min_lrs = list(min_lr)
        else:
            self.min_lrs = [min_lr] * len(optimizer.param_groups)
        self.factor, self.patience, self.cooldown, self.eps, self.verbose = factor, patience, cooldown, eps, verbose
        self.mode, self.threshold, self.threshold_mode = mode, threshold, threshold_mode
        self.best = math.inf if mode == "min" else -math.inf
        self.num_bad_epochs = 0
        self.cooldown_counter = 0
        self.last_epoch = 0
        self._last_lr = _lrs_now(self)

    def _better(self, a, best):
        if self.mode == "min" and self.threshold_mode == "rel":
            return a < best * (1.0 - self.threshold)
        if self.mode == "min":
            return a < best - self.threshold
        if self.threshold_mode == "rel":
            return a > best * (self.threshold + 1.0)
        return a > best + self.threshold

    def step(self, metrics, epoch=None):
        """Records one epoch's metric and reduces the learning rates after ``patience`` bad epochs."""
        current = float(metrics)
        self.last_epoch = self.last_epoch + 1 if epoch is None else epoch
        if self._better(current, self.best):
            self.best = current
            self.num_bad_epochs = 0
        else:
            self.num_bad_epochs += 1
        if self.cooldown_counter > 0:
            self.cooldown_counter -= 1
            self.num_bad_epochs = 0
        if self.num_bad_epochs > self.patience:
            for i, g in enumerate(self.optimizer.param_groups):
                old = float(g["lr"])
                new = max(old * self.factor, self.min_lrs[i])
                if old - new > self.eps:
                    g["lr"] = new
            self.cooldown_counter = self.cooldown
            self.num_bad_epochs = 0
        self._last_lr = _lrs_now(self)

    def get_last_lr(self):
        """The learning rates after the last ``step``, one per parameter group."""
        return self._last_lr

    def state_dict(self):
        """The scheduler's state (everything but the optimizer) as a dict."""
        return {k: v for k, v in self.__dict__.items() if k != "optimizer"}

    def load_state_dict(self, state_dict):
        """Restores a state from ``state_dict()``."""
        self.__dict__.update(state_dict)
