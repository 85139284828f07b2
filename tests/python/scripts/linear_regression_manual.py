"""Linear regression fitted by hand-written gradient descent (textbook style)."""
import torch

# y = 3x - 2 with a deterministic wiggle instead of noise
x = torch.arange(0, 20, dtype=torch.float32) / 10.0
y = 3.0 * x - 2.0 + 0.05 * torch.sin(7.0 * x)

w = torch.zeros(1, requires_grad=True)
b = torch.zeros(1, requires_grad=True)
lr = 0.1

for epoch in range(200):
    y_hat = w * x + b
    loss = ((y_hat - y) ** 2).mean()
    loss.backward()
    with torch.no_grad():
        w -= lr * w.grad
        b -= lr * b.grad
    w.grad.zero_()
    b.grad.zero_()
    if epoch % 25 == 0 or epoch == 199:
        print(f"epoch {epoch:3d}  loss {loss.item():.6f}  w {w.item():.4f}  b {b.item():.4f}")

print("final", w, b)
with torch.no_grad():
    pred = w * torch.tensor([5.0, 10.0]) + b
print("predictions", pred)
