"""Custom autograd Functions: forward/backward by hand, saved tensors, and gradcheck."""
import torch
from torch.autograd import Function


class MyExp(Function):
    @staticmethod
    def forward(ctx, x):
        y = x.exp()
        ctx.save_for_backward(y)
        return y

    @staticmethod
    def backward(ctx, grad_output):
        (y,) = ctx.saved_tensors
        return grad_output * y


class ScaledReLU(Function):
    @staticmethod
    def forward(ctx, x, scale):
        ctx.save_for_backward(x)
        ctx.scale = scale
        return x.clamp(min=0) * scale

    @staticmethod
    def backward(ctx, grad_output):
        (x,) = ctx.saved_tensors
        grad = grad_output * (x > 0).float() * ctx.scale
        return grad, None


class MulAdd(Function):
    seen_needs_input_grad = []

    @staticmethod
    def forward(ctx, a, b, c):
        ctx.save_for_backward(a, b)
        MulAdd.seen_needs_input_grad.append(ctx.needs_input_grad)
        return a * b + c

    @staticmethod
    def backward(ctx, g):
        a, b = ctx.saved_tensors
        return g * b, g * a, g


x = torch.tensor([0.5, -1.0, 2.0], requires_grad=True)
y = MyExp.apply(x)
print(y, y.grad_fn.name() if hasattr(y.grad_fn, "name") else type(y.grad_fn).__name__)
y.sum().backward()
print(x.grad)

x.grad = None
r = ScaledReLU.apply(x, 3.0)
print(r)
(r * torch.tensor([1.0, 2.0, 3.0])).sum().backward()
print(x.grad)

a = torch.tensor([1.0, 2.0], requires_grad=True)
b = torch.tensor([3.0, 4.0], requires_grad=True)
c = torch.tensor([0.5, 0.5])
out = MulAdd.apply(a, b, c)
out.sum().backward()
print(a.grad, b.grad, MulAdd.seen_needs_input_grad)

xd = torch.tensor([0.1, 0.7, -0.4], dtype=torch.float64, requires_grad=True)
print("gradcheck MyExp:", torch.autograd.gradcheck(MyExp.apply, (xd,)))
ad = torch.tensor([0.3, -0.2], dtype=torch.float64, requires_grad=True)
bd = torch.tensor([1.5, 0.5], dtype=torch.float64, requires_grad=True)
cd = torch.tensor([0.0, 1.0], dtype=torch.float64, requires_grad=True)
print("gradcheck MulAdd:", torch.autograd.gradcheck(lambda p, q, s: MulAdd.apply(p, q, s), (ad, bd, cd)))


class BadGrad(Function):
    @staticmethod
    def forward(ctx, x):
        return x * 2

    @staticmethod
    def backward(ctx, g):
        return g * 3        # wrong on purpose


print("gradcheck BadGrad:", torch.autograd.gradcheck(BadGrad.apply, (xd,), raise_exception=False))
