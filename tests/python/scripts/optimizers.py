"""Several optimizers on the same ill-conditioned quadratic."""
import torch

A = torch.tensor([[3.0, 0.5], [0.5, 0.2]], dtype=torch.float64)
b = torch.tensor([1.0, -2.0], dtype=torch.float64)


def loss_fn(p):
    return 0.5 * p @ A @ p - b @ p


def run(name, make_opt, steps=50):
    p = torch.tensor([2.0, 2.0], dtype=torch.float64, requires_grad=True)
    opt = make_opt([p])
    for i in range(steps):
        opt.zero_grad()
        loss = loss_fn(p)
        loss.backward()
        opt.step()
    print("%-22s loss %.8f  p = [%.6f, %.6f]" % (name, loss_fn(p).item(), p[0].item(), p[1].item()))


run("SGD", lambda ps: torch.optim.SGD(ps, lr=0.1))
run("SGD momentum", lambda ps: torch.optim.SGD(ps, lr=0.1, momentum=0.9))
run("SGD nesterov", lambda ps: torch.optim.SGD(ps, lr=0.1, momentum=0.9, nesterov=True))
run("SGD weight decay", lambda ps: torch.optim.SGD(ps, lr=0.1, weight_decay=0.01))
run("Adam", lambda ps: torch.optim.Adam(ps, lr=0.1))
run("Adam amsgrad", lambda ps: torch.optim.Adam(ps, lr=0.1, amsgrad=True))
run("AdamW", lambda ps: torch.optim.AdamW(ps, lr=0.1, weight_decay=0.1))
run("RMSprop", lambda ps: torch.optim.RMSprop(ps, lr=0.01))

# parameter groups with their own learning rates
w1 = torch.tensor([1.0], requires_grad=True)
w2 = torch.tensor([1.0], requires_grad=True)
opt = torch.optim.SGD([{"params": [w1]}, {"params": [w2], "lr": 0.5}], lr=0.1)
(w1 * 2 + w2 * 2).sum().backward()
opt.step()
print(w1, w2)
print([g["lr"] for g in opt.param_groups])
