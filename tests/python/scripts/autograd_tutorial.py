"""Autograd basics, the way the official tutorial introduces them."""
import torch

x = torch.ones(2, 2, requires_grad=True)
print(x)
y = x + 2
print(y)
print(y.grad_fn)
print(type(y.grad_fn).__name__)
z = y * y * 3
out = z.mean()
print(z, out)

a = torch.tensor([[2.0, -1.0], [0.5, 3.0]])
a = ((a * 3) / (a - 1))
print(a.requires_grad)
a.requires_grad_(True)
print(a.requires_grad)
b = (a * a).sum()
print(b.grad_fn)

out.backward()
print(x.grad)

x = torch.tensor([0.5, -1.0, 2.0], requires_grad=True)
y = x * 2
while y.data.norm() < 1000:
    y = y * 2
print(y)
v = torch.tensor([0.1, 1.0, 0.0001], dtype=torch.float)
y.backward(v)
print(x.grad)

print(x.requires_grad)
print((x ** 2).requires_grad)
with torch.no_grad():
    print((x ** 2).requires_grad)

y = x.detach()
print(y.requires_grad)

# gradients accumulate until zeroed
w = torch.tensor([1.0, 2.0], requires_grad=True)
for step in range(3):
    loss = (w * torch.tensor([3.0, 4.0])).sum()
    loss.backward()
    print(step, w.grad)
w.grad.zero_()
print(w.grad)

# leaves, non-leaves and retain_grad
p = torch.tensor(3.0, requires_grad=True)
q = p ** 2
q.retain_grad()
r = q * 4
r.backward()
print(p.is_leaf, q.is_leaf, r.is_leaf)
print(p.grad, q.grad)
print(r.grad_fn.next_functions[0][0].name())

# detach() shares the values
print(x.eq(x.detach()).all())
