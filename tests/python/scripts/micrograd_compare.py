"""The kind of scalar expressions a tiny autograd engine checks itself against PyTorch with."""
import torch

x = torch.Tensor([-4.0]).double()
x.requires_grad = True
z = 2 * x + 2 + x
q = z.relu() + z * x
h = (z * z).relu()
y = h + q + q * x
y.backward()
print("y", y.data.item(), "dy/dx", x.grad.item())

a = torch.Tensor([-4.0]).double()
b = torch.Tensor([2.0]).double()
a.requires_grad = True
b.requires_grad = True
c = a + b
d = a * b + b ** 3
c = c + c + 1
c = c + 1 + c + (-a)
d = d + d * 2 + (b + a).relu()
d = d + 3 * d + (b - a).relu()
e = c - d
f = e ** 2
g = f / 2.0
g = g + 10.0 / f
g.backward()
print("g %.6f" % g.data.item())
print("dg/da %.6f" % a.grad.item())
print("dg/db %.6f" % b.grad.item())

# a neuron: tanh(w . x + b)
x1 = torch.tensor(2.0, requires_grad=True)
x2 = torch.tensor(0.0, requires_grad=True)
w1 = torch.tensor(-3.0, requires_grad=True)
w2 = torch.tensor(1.0, requires_grad=True)
bias = torch.tensor(6.8813735870195432, requires_grad=True)
n = x1 * w1 + x2 * w2 + bias
o = torch.tanh(n)
o.backward()
print("o %.4f" % o.item())
for name, t in [("x1", x1), ("x2", x2), ("w1", w1), ("w2", w2)]:
    print(name, "%.4f" % t.grad.item())

# the same neuron with tanh written out: (e^2n - 1) / (e^2n + 1)
for t in (x1, x2, w1, w2, bias):
    t.grad = None
n = x1 * w1 + x2 * w2 + bias
e2 = (2 * n).exp()
o = (e2 - 1) / (e2 + 1)
o.backward()
print("o %.4f" % o.item(), [round(t.grad.item(), 4) for t in (x1, x2, w1, w2)])
