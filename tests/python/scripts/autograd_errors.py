"""The errors autograd raises for common mistakes (what users see and search for)."""
import torch


def show(f):
    try:
        f()
        print("ok")
    except RuntimeError as e:
        print("RuntimeError:", str(e).split("\n")[0])


x = torch.tensor([1.0, 2.0], requires_grad=True)
show(lambda: (x * 2).backward())                       # non-scalar output
y = (x ** 2).sum()
y.backward()
show(lambda: y.backward())                             # graph freed
z = (x ** 2).sum()
z.backward(retain_graph=True)
show(lambda: z.backward())                             # retained: fine
print(x.grad)
show(lambda: torch.tensor([1.0, 2.0]).sum().backward())  # nothing requires grad
show(lambda: torch.tensor([1, 2], requires_grad=True))    # integers cannot require grad
a = torch.tensor(2.0, requires_grad=True)
b = a * 3
show(lambda: b.requires_grad_(False))                  # non-leaf
show(lambda: torch.autograd.grad(b, torch.tensor(1.0, requires_grad=True)))  # unused input
print(torch.autograd.grad(a * 3, [a, torch.tensor(1.0, requires_grad=True)], allow_unused=True))
w = torch.tensor([1.0, 2.0], requires_grad=True)
show(lambda: w.add_(1))                                # in-place on a leaf
show(lambda: torch.autograd.grad(torch.tensor(3.0) * 2, torch.tensor(1.0, requires_grad=True)))
v = x * 2
show(lambda: v.backward(torch.ones(3)))                # wrong gradient shape
with torch.no_grad():
    nr = x * 2
print(nr.requires_grad, nr.grad_fn)
with torch.enable_grad():
    print((x * 2).requires_grad)
torch.set_grad_enabled(False)
print((x * 2).requires_grad, torch.is_grad_enabled())
torch.set_grad_enabled(True)
with torch.inference_mode():
    inf = x * 2
print(inf.requires_grad, inf.is_inference())
