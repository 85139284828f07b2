"""Learning-rate schedulers the way the docs chain them to an optimizer: get_last_lr() per epoch for
LambdaLR, MultiplicativeLR, MultiStepLR, ExponentialLR, ConstantLR, LinearLR, ReduceLROnPlateau
(min and max modes, cooldown, min_lr), per-group learning rates, scheduler state_dict, and gradient
clipping by norm (2, 1, inf) and value inside the loop; then OneCycleLR and
CosineAnnealingWarmRestarts."""
import torch
import torch.nn as nn
from torch.optim import lr_scheduler

x = torch.linspace(-1, 1, 16).reshape(8, 2)
y = (torch.sin(3 * x[:, :1]) + x[:, 1:] ** 2)


def make(lr=0.1, **kw):
    model = nn.Sequential(nn.Linear(2, 6), nn.Tanh(), nn.Linear(6, 1))
    with torch.no_grad():
        for j, p in enumerate(model.parameters()):
            p.copy_(0.5 * torch.cos(torch.arange(p.numel(), dtype=torch.float32) * 0.8 + j).reshape(p.shape))
    return model, torch.optim.SGD(model.parameters(), lr=lr, **kw)


def train_epoch(model, opt, clip=None):
    opt.zero_grad()
    loss = nn.functional.mse_loss(model(x), y)
    loss.backward()
    norm = None
    if clip is not None:
        norm = nn.utils.clip_grad_norm_(model.parameters(), max_norm=clip[0], norm_type=clip[1])
    opt.step()
    return loss.item(), norm


def fmt(lrs):
    return "[" + ", ".join("%.6g" % v for v in lrs) + "]"


schedules = [
    ("LambdaLR", lambda o: lr_scheduler.LambdaLR(o, lr_lambda=lambda epoch: 0.95 ** epoch), 6),
    ("MultiplicativeLR", lambda o: lr_scheduler.MultiplicativeLR(o, lr_lambda=lambda epoch: 0.9), 5),
    ("MultiStepLR", lambda o: lr_scheduler.MultiStepLR(o, milestones=[2, 4, 5], gamma=0.5), 7),
    ("ExponentialLR", lambda o: lr_scheduler.ExponentialLR(o, gamma=0.8), 5),
    ("ConstantLR", lambda o: lr_scheduler.ConstantLR(o, factor=0.25, total_iters=3), 5),
    ("LinearLR", lambda o: lr_scheduler.LinearLR(o, start_factor=0.1, end_factor=1.0, total_iters=4), 6),
    ("CosineAnnealingLR", lambda o: lr_scheduler.CosineAnnealingLR(o, T_max=4, eta_min=0.01), 9),
]
for name, build, epochs in schedules:
    model, opt = make()
    sched = build(opt)
    lrs, losses = [], []
    for epoch in range(epochs):
        loss, _ = train_epoch(model, opt)
        sched.step()
        lrs.append(sched.get_last_lr()[0])
        losses.append(loss)
    print(name, fmt(lrs))
    print("  loss %.6f -> %.6f" % (losses[0], losses[-1]), opt.param_groups[0]["lr"] == lrs[-1])

# a separate learning rate (and lambda) per parameter group
model, _ = make()
opt = torch.optim.SGD([{"params": model[0].parameters()}, {"params": model[2].parameters(), "lr": 0.01}],
                      lr=0.1, momentum=0.9)
sched = lr_scheduler.LambdaLR(opt, lr_lambda=[lambda e: 1.0 / (e + 1), lambda e: 1.0 + e])
for epoch in range(4):
    train_epoch(model, opt)
    sched.step()
    print("groups", epoch, fmt(sched.get_last_lr()), [g["initial_lr"] for g in opt.param_groups])
state = lr_scheduler.StepLR(opt, step_size=3).state_dict()
print(sorted(k for k in state if not k.startswith("_")), state["step_size"], state["last_epoch"])

# ReduceLROnPlateau watches a metric instead of counting epochs
for mode, metrics in (("min", [1.0, 0.9, 0.95, 0.93, 0.92, 0.91, 0.99, 0.98, 0.97, 0.96, 0.95]),
                      ("max", [0.5, 0.6, 0.6, 0.6, 0.59, 0.7, 0.7, 0.7, 0.7])):
    model, opt = make(lr=1.0)
    plateau = lr_scheduler.ReduceLROnPlateau(opt, mode=mode, factor=0.5, patience=1, threshold=0.01,
                                             cooldown=1, min_lr=0.2, verbose=True)
    seen = []
    for m in metrics:
        plateau.step(m)
        seen.append(opt.param_groups[0]["lr"])
    print(mode, seen, plateau.num_bad_epochs, plateau.best)

# clipping inside the loop, with different norms
for norm_type in (2.0, 1, float("inf")):
    model, opt = make(lr=0.5, momentum=0.5)
    sched = lr_scheduler.StepLR(opt, step_size=2, gamma=0.5)
    norms = []
    for epoch in range(5):
        loss, norm = train_epoch(model, opt, clip=(0.25, norm_type))
        norms.append(round(norm.item(), 5))
        sched.step()
    print("clip", norm_type, norms, "%.6f" % loss, fmt(sched.get_last_lr()))
model, opt = make()
train_epoch(model, opt)
nn.utils.clip_grad_value_(model.parameters(), clip_value=0.05)
print(model[2].weight.grad.abs().max().item() <= 0.05 + 1e-7, model[2].bias.grad)

# one-cycle and warm restarts
model, opt = make(lr=0.1, momentum=0.9)
sched = lr_scheduler.OneCycleLR(opt, max_lr=0.5, total_steps=10)
lrs, moms = [], []
for step in range(10):
    train_epoch(model, opt)
    lrs.append(sched.get_last_lr()[0])
    moms.append(opt.param_groups[0]["momentum"])
    sched.step()
print("OneCycleLR", fmt(lrs))
print("  momentum", fmt(moms))
model, opt = make()
sched = lr_scheduler.CosineAnnealingWarmRestarts(opt, T_0=3, T_mult=2, eta_min=0.001)
lrs = []
for epoch in range(10):
    train_epoch(model, opt)
    sched.step()
    lrs.append(sched.get_last_lr()[0])
print("CosineAnnealingWarmRestarts", fmt(lrs))
