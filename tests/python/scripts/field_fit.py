# compare: rtol=1e-4 atol=1e-6
# Fits a signal on a fine 1-D grid by gradient descent on per-point parameters: the kind of large
# elementwise program (300K points, float32) that nativegrad runs through lazy fusion. Forward chains,
# a loss summed from several terms, backward, in-place updates under no_grad, .grad reads and resets.
import torch
import torch.nn.functional as F

n = 300_000
x = torch.linspace(-3.0, 3.0, n)
target = torch.sin(2 * x) * torch.exp(-0.1 * x * x) + 0.1 * torch.tanh(5 * x)
w = torch.zeros(n, requires_grad=True)
b = torch.full((n,), 0.5, requires_grad=True)
lr = 0.2 * n

for step in range(30):
    pred = torch.tanh(w) * b + torch.sigmoid(w - b) * 0.1
    err = pred - target
    loss = (err * err).mean() + 1e-3 * (w * w).mean() + 0.01 * F.softplus(-b).mean()
    loss.backward()
    with torch.no_grad():
        gnorm = torch.sqrt((w.grad * w.grad).sum() + (b.grad * b.grad).sum())
        w -= lr * w.grad
        b.sub_(lr * b.grad)
        b.clamp_(min=0.05)
    w.grad.zero_()
    b.grad = None
    if step % 5 == 0 or step == 29:
        print(f"step {step:2d}  loss {loss.item():.6f}  grad norm {gnorm.item():.6e}  "
              f"max|w| {w.abs().max().item():.5f}  mean b {b.mean().item():.5f}")

with torch.no_grad():
    fit = torch.tanh(w) * b + torch.sigmoid(w - b) * 0.1
    resid = fit - target
    print("max |residual|", round(resid.abs().max().item(), 4))
    print("residual rms", round(torch.sqrt((resid ** 2).mean()).item(), 5))
    print("worst point", resid.abs().argmax().item() // 1000, "thousand")
    print("fit at 0, 1, 2:", [round(v, 4) for v in fit[[n // 2, n * 2 // 3, n * 5 // 6]].tolist()])
