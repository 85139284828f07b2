"""Higher-order derivatives: repeated autograd.grad with create_graph, Hessians and HVPs."""
import torch

x = torch.tensor(1.5, requires_grad=True)
y = torch.sin(x) * x ** 3
d1, = torch.autograd.grad(y, x, create_graph=True)
d2, = torch.autograd.grad(d1, x, create_graph=True)
d3, = torch.autograd.grad(d2, x)
print("f=%.6f f'=%.6f f''=%.6f f'''=%.6f" % (y.item(), d1.item(), d2.item(), d3.item()))

# derivatives of tanh up to order 4 at several points
t = torch.tensor([-1.0, 0.0, 0.5, 2.0], requires_grad=True)
g = torch.tanh(t)
for order in range(1, 5):
    g, = torch.autograd.grad(g.sum(), t, create_graph=True)
    print(order, g)

# Hessian of f(v) = sum(v_i^2 v_j) by differentiating each gradient entry
v = torch.tensor([1.0, 2.0, -1.0], requires_grad=True)
f = (v ** 2).sum() * v.sum()
grad, = torch.autograd.grad(f, v, create_graph=True)
rows = [torch.autograd.grad(grad[i], v, retain_graph=True)[0] for i in range(3)]
print(torch.stack(rows))

# Hessian-vector product without forming the Hessian
u = torch.tensor([0.5, -1.0, 2.0])
hvp, = torch.autograd.grad(grad, v, grad_outputs=u)
print("Hv", hvp)

# the same through torch.autograd.functional
from torch.autograd.functional import hessian, hvp as fhvp
print(hessian(lambda w: (w ** 2).sum() * w.sum(), v.detach()))
print(fhvp(lambda w: (w ** 2).sum() * w.sum(), v.detach(), u)[1])

# gradient of a gradient norm (as in regularised training)
w = torch.tensor([[0.3, -0.2], [0.1, 0.4]], requires_grad=True)
inp = torch.tensor([[1.0, 2.0], [-1.0, 0.5]], requires_grad=True)
out = torch.tanh(inp @ w).sum()
gi, = torch.autograd.grad(out, inp, create_graph=True)
reg = gi.pow(2).sum()
reg.backward()
print(w.grad)
