"""Train/validation split, evaluation mode, and keeping the best weights (early stopping)."""
import copy

import torch
import torch.nn as nn
from torch.utils.data import DataLoader, Subset, TensorDataset

x = torch.arange(60, dtype=torch.float32).reshape(30, 2) / 30
y = (torch.sin(3 * x[:, 0]) + x[:, 1] ** 2).reshape(-1, 1)
data = TensorDataset(x, y)
train_set = Subset(data, list(range(0, 30, 3)) + list(range(1, 30, 3)))
val_set = Subset(data, list(range(2, 30, 3)))
print(len(train_set), len(val_set))
train_loader = DataLoader(train_set, batch_size=5)
val_loader = DataLoader(val_set, batch_size=10)

model = nn.Sequential(nn.Linear(2, 12), nn.Tanh(), nn.Dropout(0.0), nn.Linear(12, 1))
with torch.no_grad():
    for i, p in enumerate(model.parameters()):
        p.copy_(0.4 * torch.cos(torch.arange(p.numel(), dtype=torch.float32) * 0.5 + i).reshape(p.shape))
opt = torch.optim.Adam(model.parameters(), lr=0.03)
best, best_state, patience, bad = float("inf"), None, 3, 0

for epoch in range(40):
    model.train()
    for xb, yb in train_loader:
        opt.zero_grad()
        nn.functional.mse_loss(model(xb), yb).backward()
        opt.step()
    model.eval()
    with torch.no_grad():
        val = sum(nn.functional.mse_loss(model(xb), yb, reduction="sum").item() for xb, yb in val_loader) / len(val_set)
    if val < best - 1e-4:
        best, best_state, bad = val, copy.deepcopy(model.state_dict()), 0
    else:
        bad += 1
    if epoch % 5 == 0:
        print("epoch %2d val %.5f" % (epoch, val))
    if bad >= patience:
        print("stopping at epoch", epoch)
        break

model.load_state_dict(best_state)
model.eval()
with torch.no_grad():
    final = nn.functional.mse_loss(model(x), y).item()
print("best val %.5f, full-data loss %.5f" % (best, final))
