"""Jacobians, Hessians and Jacobian/Hessian-vector products with torch.autograd.functional."""
import torch
from torch.autograd.functional import hessian, hvp, jacobian, jvp, vhp, vjp


def f(x):
    return torch.stack([x[0] ** 2 * x[1], 5 * x[0] + torch.sin(x[1]), x[1] ** 3])


def g(x, y):
    return (x * y).sum(), (x ** 2 - y).exp()


def energy(x):
    return (x ** 4).sum() - 2 * (x[0] * x[1])


x = torch.tensor([1.0, 2.0], dtype=torch.float64)
y = torch.tensor([0.5, -1.0], dtype=torch.float64)
print(jacobian(f, x))
jg = jacobian(g, (x, y))
print(len(jg), len(jg[0]), jg[0][0], jg[1][1])
print(hessian(energy, x))
print(vjp(f, x, torch.tensor([1.0, 0.0, 2.0], dtype=torch.float64))[1])
print(jvp(f, x, torch.tensor([1.0, 1.0], dtype=torch.float64))[1])
print(hvp(energy, x, torch.tensor([1.0, -1.0], dtype=torch.float64))[1])
print(vhp(energy, x, torch.tensor([1.0, -1.0], dtype=torch.float64))[1])
print(jacobian(f, x, vectorize=True))

# differentiable Jacobians: the trace of the Jacobian as a loss
w = torch.tensor([0.3, 0.7], dtype=torch.float64, requires_grad=True)
J = jacobian(lambda v: torch.tanh(v * w), x, create_graph=True)
trace = J[0, 0] + J[1, 1]
trace.backward()
print("trace %.6f" % trace.item(), w.grad)
try:
    jacobian(lambda v: v.detach() * 2, x, strict=True)
except RuntimeError as e:
    print("RuntimeError:", e)
