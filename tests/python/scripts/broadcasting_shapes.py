"""Shapes, views and broadcasting, and how gradients are summed back over broadcast dims."""
import torch

x = torch.arange(24, dtype=torch.float32).reshape(2, 3, 4)
print(x.shape, x.size(1), x.dim(), x.numel())
print(x.view(6, 4).shape, x.reshape(-1).shape, x.permute(2, 0, 1).shape, x.transpose(0, 2).shape)
print(x[0].t().shape)
print(x.unsqueeze(0).shape, x[:, :1].squeeze(1).shape, x[..., None].shape)
print(x.permute(1, 0, 2).is_contiguous(), x.permute(1, 0, 2).contiguous().is_contiguous())
print(x[1, :, ::2])
print(x[:, -1])

row = torch.tensor([1.0, 10.0, 100.0, 1000.0], requires_grad=True)
col = torch.tensor([[1.0], [2.0], [3.0]], requires_grad=True)
table = col * row
print(table.shape)
print(table)
table.sum().backward()
print(row.grad, col.grad.view(-1))

s = torch.tensor(2.0, requires_grad=True)
m = torch.ones(2, 3, requires_grad=True)
z = (m * s + s).pow(2).mean()
z.backward()
print(s.grad, m.grad)

e = torch.tensor([1.0, 2.0]).expand(3, 2)
print(e, e.stride())
print(torch.cat([x[0], x[1]], dim=1).shape, torch.stack([x[0], x[1]], dim=0).shape)
print(x.sum(dim=(0, 2)), x.mean(dim=1, keepdim=True).shape)
print(x.max(dim=2))
print(x.min(), x.max(), x.std().item() > 0)
try:
    torch.ones(2, 3) + torch.ones(3, 2)
except RuntimeError as e:
    print("RuntimeError:", str(e).split(" (shapes")[0])   # NativeGrad appends both shapes
try:
    x.view(5, 5)
except RuntimeError as e:
    print("RuntimeError:", e)
