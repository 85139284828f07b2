# Views and in-place edits mixed into elementwise chains on large tensors (256x512 float32 and a
# 300x300 float64 grid): slicing assignment into results that were just computed, in-place ops
# on views, transposes, view/reshape, detach/clone, NumPy reads in the middle of a chain, .item(),
# printing tensors, retain_grad() and register_hook on large intermediates, and backward through it.
import numpy as np
import torch

R, C = 256, 512
base = torch.arange(R * C, dtype=torch.float32).view(R, C) / (R * C)
x = (torch.sin(base * 40.0) * 0.8).requires_grad_(True)
print("x", tuple(x.shape), x.is_contiguous(), f"sum {x.sum().item():.6f}")

# a result edited in place right after it is computed
with torch.no_grad():
    y = x.exp()
    y[::2] = 0
    y.mul_(2)
    y[:, -1] = -1.0
print(f"y sum {y.sum().item():.5f}  y[1,:3] {[round(v, 5) for v in y[1, :3].tolist()]}  "
      f"y[0,:3] {y[0, :3].tolist()}  y[3,-2:] {[round(v, 5) for v in y[3, -2:].tolist()]}")

# in-place on a view of a fresh result, then reading the base
z = torch.tanh(x.detach() * 3.0) + 0.5
row = z[10]
row.add_(100.0)
col = z[:, 7]
col.zero_()
zt = z.t()
print("z[10,:3]", [round(v, 4) for v in z[10, :3].tolist()], "zt[7,:3]", zt[7, :3].tolist(),
      "zt shape", tuple(zt.shape), zt.is_contiguous())
print(f"z mean {z.mean().item():.6f}  zt.contiguous sum {zt.contiguous().sum().item():.4f}")

# view / reshape / flatten of pending results
w = (x.detach() * x.detach() + 1.0).sqrt()
flat = w.view(-1)
re = w.reshape(C, R)
print(f"flat[12345] {flat[12345].item():.6f}  re[100, 200] {re[100, 200].item():.6f}  "
      f"re.sum(1)[:3] {[round(v, 4) for v in re.sum(1)[:3].tolist()]}")
flat[::1000] = 0.0
print(f"after flat[::1000]=0  w.sum {w.sum().item():.5f}  zeros {(w == 0).sum().item()}")

# a NumPy read in the middle of a chain, then the chain continues
u = torch.sigmoid(x.detach() - 0.25)
arr = u.numpy()
print(f"numpy view {arr.dtype} {arr.shape} mean {arr.mean():.6f} arr[2,5] {arr[2, 5]:.6f}")
v = u * 2.0 - 1.0
u.mul_(10.0)
print(f"arr follows in-place edit: {arr[2, 5]:.6f}  v[2,5] {v[2, 5].item():.6f}  u[2,5] {u[2, 5].item():.6f}")
copied = np.array(v.numpy())
v.add_(1.0)
print(f"copied untouched {copied[2, 5]:.6f}  v now {v[2, 5].item():.6f}")

# detach shares memory, clone does not
s = torch.cos(x) * 0.5
sd = s.detach()
sc = s.clone()
sd[0, 0] = 42.0
print("s[0,0]", s[0, 0].item(), "clone[0,0]", round(sc[0, 0].item(), 6), "s._version", s._version)

# printing large tensors (summarised) and a small slice
print(torch.exp(-x.detach()[:3, :4]))
print(torch.linspace(0, 1, 70000).pow(2))
print((x.detach() * 3).clamp(-1, 1)[250:, 508:])
print(torch.arange(0, 65536 * 2, dtype=torch.float64).view(2, -1) * 0.5)

# retain_grad and hooks on large intermediates, then backward
seen = {}


def record(name):
    def hook(g):
        seen[name] = (tuple(g.shape), round(g.abs().sum().item(), 4))
    return hook


a = x * 1.5
a.retain_grad()
b = torch.exp(-a * a)
b.register_hook(record("b"))
c = b * torch.tanh(x) + a.abs() * 0.1
c.register_hook(lambda g: g * 2.0)           # doubles everything upstream of c
d = c.t().contiguous().view(C, R)
d.retain_grad()
loss = (d[:, ::2] ** 2).sum() + d.mean()
loss.backward()
print(f"loss {loss.item():.5f}")
print("hook b saw", seen["b"])
print(f"a.grad sum {a.grad.sum().item():.5f}  d.grad[0,:4] {[round(v, 6) for v in d.grad[0, :4].tolist()]}")
print(f"x.grad norm {x.grad.norm().item():.5f}  x.grad[5,:3] {[round(v, 5) for v in x.grad[5, :3].tolist()]}")

# in-place on a leaf's grad and an edit of x itself under no_grad, then a second backward
with torch.no_grad():
    x.grad[::2].mul_(0.0)
    x[:, :C // 2] *= -1.0
    print(f"x flipped sum {x.sum().item():.6f}  x.grad half-zeroed norm {x.grad.norm().item():.5f}")
loss2 = (torch.relu(x) * torch.sigmoid(x)).sum()
loss2.backward()
print(f"loss2 {loss2.item():.5f}  x.grad norm after accumulation {x.grad.norm().item():.5f}")

# float64 grid: a pending result overwritten through a mask and a where
g = torch.linspace(-2.0, 2.0, 300, dtype=torch.float64)
grid = g.view(300, 1) * g.view(1, 300)
f = torch.exp(-grid * grid) * torch.cos(3.0 * grid)
f[f < 0] = 0.0
f = torch.where(f > 0.5, f.sqrt(), f)
f[100:200, 100:200] += 1.0
print(f"f64 sum {f.sum().item():.10f}  nonzero {(f != 0).sum().item()}  max {f.max().item():.10f}")
print(f"f64 diag {[round(v, 8) for v in f.diagonal()[::60].tolist()]}")
