"""Multinomial logistic regression written out by hand, checked against F.cross_entropy."""
import torch
import torch.nn.functional as F

n, d, k = 12, 3, 4
X = torch.stack([torch.sin(torch.arange(n, dtype=torch.float64) * (j + 1) * 0.7) for j in range(d)], dim=1)
y = torch.tensor([i % k for i in range(n)])
W = torch.zeros(d, k, dtype=torch.float64, requires_grad=True)
b = torch.zeros(k, dtype=torch.float64, requires_grad=True)

for step in range(100):
    logits = X @ W + b
    log_probs = logits - logits.logsumexp(dim=1, keepdim=True)
    nll = -log_probs.gather(1, y.unsqueeze(1)).mean()
    ref = F.cross_entropy(logits, y)
    nll.backward()
    with torch.no_grad():
        W -= 0.5 * W.grad
        b -= 0.5 * b.grad
        W.grad.zero_()
        b.grad.zero_()
    if step % 20 == 0:
        print("step %3d nll %.8f cross_entropy %.8f" % (step, nll.item(), ref.item()))

probs = F.softmax(X @ W + b, dim=1)
print(probs[:4])
print(probs.sum(dim=1)[:4])
pred = probs.max(dim=1).indices
print("train accuracy", (pred == y).double().mean().item())
print(F.log_softmax(X @ W + b, dim=1)[0])
print(F.nll_loss(F.log_softmax(X @ W + b, dim=1), y, reduction="sum").item())
