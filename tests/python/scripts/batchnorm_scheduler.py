"""A classifier as course notebooks write it: an MLP with BatchNorm1d between layers, cross-entropy,
SGD with momentum, a warm-up (LinearLR), ReduceLROnPlateau on a
validation loss, train/eval switching, and accuracy reports."""
# compare: rtol=1e-4 atol=1e-6
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(42)
n = 240
theta = torch.rand(n) * 6.283185307179586
radius = torch.cat([torch.full((n // 2,), 1.0), torch.full((n // 2,), 2.0)])
X = torch.stack([radius * torch.cos(theta), radius * torch.sin(theta)], 1) + 0.15 * torch.randn(n, 2)
y = torch.cat([torch.zeros(n // 2, dtype=torch.long), torch.ones(n // 2, dtype=torch.long)])
perm = torch.randperm(n)
X, y = X[perm], y[perm]
Xtr, ytr, Xva, yva = X[:180], y[:180], X[180:], y[180:]

model = nn.Sequential(nn.Linear(2, 16), nn.BatchNorm1d(16), nn.ReLU(), nn.Linear(16, 16), nn.BatchNorm1d(16),
                      nn.ReLU(), nn.Linear(16, 2))
print(model)
opt = torch.optim.SGD(model.parameters(), lr=0.2, momentum=0.9)
warm = torch.optim.lr_scheduler.LinearLR(opt, start_factor=0.2, total_iters=5)
plateau = torch.optim.lr_scheduler.ReduceLROnPlateau(opt, factor=0.5, patience=3)

for epoch in range(30):
    model.train()
    for i in range(0, 180, 30):
        xb, yb = Xtr[i:i + 30], ytr[i:i + 30]
        loss = F.cross_entropy(model(xb), yb)
        opt.zero_grad()
        loss.backward()
        opt.step()
    warm.step()
    model.eval()
    with torch.no_grad():
        val = F.cross_entropy(model(Xva), yva)
        acc = (model(Xva).argmax(1) == yva).float().mean()
    plateau.step(val)
    if epoch % 5 == 4:
        print("epoch %2d train %.4f val %.4f acc %.3f lr %.5f" % (epoch, loss.item(), val.item(), acc.item(),
                                                                 opt.param_groups[0]["lr"]))
bn = model[1]
print("running mean[:4]", [round(v, 4) for v in bn.running_mean[:4].tolist()])
print("batches tracked", bn.num_batches_tracked.item())
