"""A tiny MLP classifier on a synthetic two-moons-like dataset, trained with Adam."""
import math

import torch
import torch.nn as nn
import torch.nn.functional as F


def make_data(n=64):
    t = torch.arange(n, dtype=torch.float32) / n * math.pi
    upper = torch.stack([torch.cos(t), torch.sin(t)], dim=1)
    lower = torch.stack([1 - torch.cos(t), 0.5 - torch.sin(t)], dim=1)
    x = torch.cat([upper, lower], dim=0)
    y = torch.cat([torch.zeros(n, dtype=torch.long), torch.ones(n, dtype=torch.long)])
    return x, y


class MLP(nn.Module):
    def __init__(self, hidden=16):
        super().__init__()
        self.fc1 = nn.Linear(2, hidden)
        self.fc2 = nn.Linear(hidden, hidden)
        self.out = nn.Linear(hidden, 2)

    def forward(self, x):
        x = F.relu(self.fc1(x))
        x = torch.tanh(self.fc2(x))
        return self.out(x)


def reproducible_init(model):
    with torch.no_grad():
        for i, p in enumerate(model.parameters()):
            p.copy_(0.5 * torch.sin(torch.arange(p.numel(), dtype=p.dtype) * 0.9 + i).reshape(p.shape))


x, y = make_data()
model = MLP()
reproducible_init(model)
print(model)
print(sum(p.numel() for p in model.parameters()), "parameters")
opt = torch.optim.Adam(model.parameters(), lr=0.02)

for epoch in range(60):
    opt.zero_grad()
    logits = model(x)
    loss = F.cross_entropy(logits, y)
    loss.backward()
    opt.step()
    if epoch % 10 == 9:
        _, pred = logits.max(dim=1)
        acc = (pred == y).float().mean().item()
        print(f"epoch {epoch + 1}: loss={loss.item():.4f} acc={acc:.3f}")

model.eval()
with torch.no_grad():
    probs = F.softmax(model(torch.tensor([[0.0, 1.0], [1.0, -0.5]])), dim=1)
print(probs)
pred = model(x).argmax(dim=1)
print("final accuracy", (pred == y).float().mean().item())
