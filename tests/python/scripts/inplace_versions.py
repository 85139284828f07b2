"""In-place operations, the version counter and the errors autograd raises about them."""
import torch

a = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
b = a * 2
print(b._version)
b.add_(1)
print(b._version, b)
b.mul_(3)
print(b._version, b.grad_fn)
b.sum().backward()
print(a.grad)

# modifying a tensor saved for backward
a.grad = None
c = a.sigmoid()
d = c * c
c.mul_(2)
try:
    d.sum().backward()
except RuntimeError as e:
    print("RuntimeError:", str(e).split(":")[0])

# leaves that require grad cannot be changed in place...
try:
    a.add_(1)
except RuntimeError as e:
    print("RuntimeError:", e)
# ...except without recording
with torch.no_grad():
    a.add_(1)
print(a)
a.data.mul_(0.5)
print(a, a.requires_grad, a.is_leaf)

# views share memory and version
base = torch.zeros(4)
view = base[1:3]
view.fill_(7.0)
print(base, base._version, view._version)

# in-place on a view of a non-leaf rebases the graph
x = torch.tensor([1.0, 2.0, 3.0, 4.0], requires_grad=True)
y = x * 1.0
y[1:3].mul_(10)
print(y, y.grad_fn.name())
y.sum().backward()
print(x.grad)

# ReLU(inplace=True) inside a model
net = torch.nn.Sequential(torch.nn.Linear(2, 3), torch.nn.ReLU(inplace=True), torch.nn.Linear(3, 1))
with torch.no_grad():
    for i, p in enumerate(net.parameters()):
        p.copy_(torch.cos(torch.arange(p.numel(), dtype=torch.float32) + i).reshape(p.shape))
out = net(torch.tensor([[0.5, -1.0]]))
out.backward()
print(out, net[0].weight.grad)
