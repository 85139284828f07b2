"""k-means clustering written the way tutorials write it: broadcast distances, argmin assignments,
boolean-mask means, bincount of cluster sizes, fancy-indexed centroids and rounding for display."""
import torch
torch.manual_seed(3)
centers = torch.tensor([[0.0, 0.0], [5.0, 5.0], [0.0, 6.0]])
pts = torch.cat([c + 0.7 * torch.randn(40, 2) for c in centers])
k = 3
cent = pts[torch.randperm(len(pts))[:k]].clone()
for it in range(10):
    d = ((pts[:, None, :] - cent[None, :, :]) ** 2).sum(-1)
    assign = d.argmin(dim=1)
    new = torch.stack([pts[assign == j].mean(0) for j in range(k)])
    shift = (new - cent).norm(dim=1).max().item()
    cent = new
    print(it, round(shift, 5), torch.bincount(assign, minlength=k).tolist())
    if shift < 1e-6:
        break
order = cent[:, 0].argsort()
print(cent[order].round(decimals=3))
print("inertia", ((pts - cent[assign]) ** 2).sum().item())
