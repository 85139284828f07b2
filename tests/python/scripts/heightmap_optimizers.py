# compare: rtol=1e-4 atol=1e-6
# Fitting a 300x300 height map (90,000 parameters) to sparse-looking, smooth targets with the
# optimizers a user reaches for: SGD with momentum (float64 and float32), Adam, AdamW, RMSprop
# (float64: Adam-style updates amplify float32 rounding differences chaotically),
# a smoothness term written with shifted slices, gradient clipping, an LR scheduler, gradient
# accumulation over two half-losses, and a hook that rescales the gradient of the large parameter.
import torch

n = 300
g = torch.linspace(-1.0, 1.0, n, dtype=torch.float64)
X, Y = g.view(n, 1).expand(n, n), g.view(1, n).expand(n, n)
terrain = 0.5 * torch.exp(-4.0 * ((X - 0.3) ** 2 + (Y + 0.2) ** 2)) + 0.2 * torch.sin(5.0 * X) * torch.cos(3.0 * Y)
weight = torch.sigmoid(20.0 * torch.sin(13.0 * X + 7.0 * Y))   # soft "observed here" mask
print(f"terrain {tuple(terrain.shape)} {terrain.dtype}  sum {terrain.sum().item():.8f}  "
      f"mask mean {weight.mean().item():.8f}")


def objective(h, target, mask, smooth=0.05):
    data = (mask * (h - target) ** 2).sum() * 0.01
    dx = h[1:, :] - h[:-1, :]
    dy = h[:, 1:] - h[:, :-1]
    reg = (dx.pow(2).sum() + dy.pow(2).sum()) * smooth
    return data, reg


def run(name, make_opt, dtype, steps=25, clip=None, sched=None):
    target, mask = terrain.to(dtype), weight.to(dtype)
    h = torch.zeros(n, n, dtype=dtype, requires_grad=True)
    opt = make_opt([h])
    scheduler = sched(opt) if sched else None
    for step in range(steps):
        opt.zero_grad()
        data, reg = objective(h, target, mask)
        loss = data + reg
        loss.backward()
        total = None
        if clip is not None:
            total = torch.nn.utils.clip_grad_norm_([h], clip)
        opt.step()
        if scheduler:
            scheduler.step()
        if step % 8 == 0 or step == steps - 1:
            extra = f"  clip-norm {total.item():.6f}" if total is not None else ""
            lr = opt.param_groups[0]["lr"]
            print(f"{name:8s} {step:2d}  data {data.item():.7f}  reg {reg.item():.7f}  "
                  f"lr {lr:.5f}{extra}")
    with torch.no_grad():
        err = (h - target).abs()
        print(f"{name:8s} done  max err {err.max().item():.5f}  mean err {err.mean().item():.6f}  "
              f"h[150,150] {h[150, 150].item():.6f}  h.sum {h.sum().item():.5f}")
    return h


run("sgd-mom", lambda p: torch.optim.SGD(p, lr=0.5, momentum=0.9), torch.float64)
run("sgd32", lambda p: torch.optim.SGD(p, lr=0.3, momentum=0.8, dampening=0.1), torch.float32, clip=0.5)
run("adam", lambda p: torch.optim.Adam(p, lr=0.005), torch.float64,
    sched=lambda o: torch.optim.lr_scheduler.StepLR(o, step_size=10, gamma=0.5))
run("adamw", lambda p: torch.optim.AdamW(p, lr=0.005, weight_decay=0.05), torch.float64, clip=0.5)
run("rmsprop", lambda p: torch.optim.RMSprop(p, lr=0.002, alpha=0.9), torch.float64)

# gradient accumulation: the two halves of the loss, two backward calls, one step
h = torch.full((n, n), 0.1, dtype=torch.float64, requires_grad=True)
scale_seen = []


def halve(grad):
    scale_seen.append(grad.abs().max().item())
    return grad * 0.5


handle = h.register_hook(halve)
opt = torch.optim.Adam([h], lr=0.005)
for step in range(12):
    opt.zero_grad()
    data, reg = objective(h, terrain, weight)
    data.backward()
    reg.backward()
    opt.step()
    if step % 4 == 3:
        st = opt.state[h]
        print(f"accum {step:2d}  data {data.item():.8f}  reg {reg.item():.8f}  "
              f"exp_avg_sq sum {st['exp_avg_sq'].sum().item():.6e}  hook calls {len(scale_seen)}")
handle.remove()
print(f"largest hooked grad {max(scale_seen):.8f}  last {scale_seen[-1]:.8f}")
print(f"h corner {[round(v, 6) for v in h.detach()[0, :3].tolist()]}  "
      f"h centre {h.detach()[n // 2, n // 2].item():.6f}")
