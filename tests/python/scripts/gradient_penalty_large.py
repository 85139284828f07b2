# compare: rtol=1e-4 atol=1e-6
# A gradient penalty on a large input (a batch of 128 "images" of 32x32 = 131,072 values, float32):
# a pixel-wise critic with a (1, 1024) bias row and per-pixel weights, torch.autograd.grad with
# create_graph=True, a penalty on the per-sample gradient norm backpropagated to the critic's
# parameters (second order through tanh, softplus and exp), and a few Adam steps of the critic.
import torch
import torch.nn.functional as F

B, D = 128, 1024
i = torch.arange(B * D, dtype=torch.float32).view(B, D)
real = torch.sin(i * 0.001) * torch.cos(i * 0.0007 + 1.0)
fake = 0.7 * torch.tanh(torch.cos(i * 0.0013) * 2.0) - 0.1
alpha = (torch.arange(B, dtype=torch.float32) / B).view(B, 1)

w = (0.5 + 0.3 * torch.sin(torch.arange(D, dtype=torch.float32) * 0.05)).view(1, D).repeat(B, 1)
w = w.contiguous().requires_grad_(True)             # per-pixel weights (B, D), large
bias = torch.linspace(-0.2, 0.2, D).view(1, D).requires_grad_(True)
scale = torch.tensor(1.3, requires_grad=True)


def critic(x):
    h = torch.tanh(w * x + bias)
    g = F.softplus(scale * h) - 0.5 * torch.exp(-x * x)
    return g.sum(dim=1)                              # one score per sample


opt = torch.optim.Adam([w, bias, scale], lr=1e-3, betas=(0.5, 0.9))
for step in range(8):
    interp = (alpha * real + (1 - alpha) * fake).requires_grad_(True)
    scores = critic(interp)
    grads, = torch.autograd.grad(scores, interp, grad_outputs=torch.ones_like(scores),
                                 create_graph=True, retain_graph=True)
    gnorm = grads.pow(2).sum(dim=1).add(1e-12).sqrt()
    penalty = ((gnorm - 1.0) ** 2).mean()
    wdist = critic(fake).mean() - critic(real).mean()
    loss = wdist + 10.0 * penalty
    opt.zero_grad()
    loss.backward()
    if step == 0:
        print("grads", tuple(grads.shape), grads.requires_grad, grads.grad_fn is not None)
        print("gnorm[:4]", [round(v, 5) for v in gnorm[:4].tolist()])
        print(f"interp.grad {interp.grad.norm().item():.6f}  w.grad {w.grad.norm().item():.6f}  "
              f"bias.grad {bias.grad.norm().item():.6f}  scale.grad {scale.grad.item():.6f}")
    opt.step()
    print(f"step {step}  wdist {wdist.item():.5f}  penalty {penalty.item():.6f}  loss {loss.item():.5f}  "
          f"|w.grad| {w.grad.norm().item():.6f}  scale {scale.item():.6f}")

# The same penalty's gradient from two routes must agree: autograd.grad of the penalty with respect
# to w, and w.grad after a backward of the penalty alone.
interp = (0.5 * real + 0.5 * fake).requires_grad_(True)
scores = critic(interp)
g1, = torch.autograd.grad(scores.sum(), interp, create_graph=True)
pen = (g1 * g1).mean()
gw, = torch.autograd.grad(pen, w, retain_graph=True)
w.grad = None
pen.backward()
print(f"penalty {pen.item():.6f}  |gw| {gw.norm().item():.6f}  max diff {(gw - w.grad).abs().max().item():.3e}")

# third order on a float64 copy: d/dx of sum(d/dx f) for f = sin(x) * x^2 over 100k points
x = torch.linspace(-3.0, 3.0, 100_000, dtype=torch.float64, requires_grad=True)
f = torch.sin(x) * x ** 2
d1, = torch.autograd.grad(f.sum(), x, create_graph=True)
d2, = torch.autograd.grad(d1.sum(), x, create_graph=True)
d3, = torch.autograd.grad(d2.sum(), x)
exact3 = -torch.cos(x) * x ** 2 - 6 * x * torch.sin(x) + 6 * torch.cos(x)
print(f"d1 sum {d1.sum().item():.8f}  d2 sum {d2.sum().item():.8f}  d3 sum {d3.sum().item():.8f}")
print(f"d3 vs closed form max err {(d3.detach() - exact3).abs().max().item():.3e}")
