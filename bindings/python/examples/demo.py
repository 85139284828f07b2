"""NativeGrad demo: the seed example  y = x**3, z = log(y), z.backward()
plus a tiny gradient-descent loop. Runs without NumPy:

    python3 bindings/python/examples/demo.py
"""

import os
import sys

# run from a source checkout without installing the package
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))

import nativegrad as torch  # noqa: E402


def seed_example():
    x = torch.tensor(5.0, requires_grad=True)
    y = x ** 3
    z = torch.log(y)
    print("x =", x)
    print("y =", y)
    print("z =", z)
    print("z.grad_fn =", type(z.grad_fn).__name__,
          "-> next:", [type(n).__name__ for n, _ in z.grad_fn.next_functions])
    z.backward()
    print("dz/dx =", x.grad, "(exact: 3/x = 0.6)")
    print("dz/dx as Python float:", x.grad.item())


def gradient_descent():
    # fit y = 3 x + 2 with plain gradient descent on the mean squared error
    xs = torch.tensor([[0.0], [1.0], [2.0], [3.0], [4.0]])
    ys = 3 * xs + 2
    w = torch.zeros(1, 1, requires_grad=True)
    b = torch.zeros(1, requires_grad=True)
    lr = 0.05
    for step in range(301):
        loss = ((xs.mm(w) + b - ys) ** 2).mean()
        loss.backward()
        with torch.no_grad():
            w.data = w - lr * w.grad
            b.data = b - lr * b.grad
        w.grad.zero_()
        b.grad.zero_()
        if step % 100 == 0:
            print("step %3d  loss %.6f" % (step, loss.item()))
    print("learned w = %.3f, b = %.3f (target 3, 2)" % (w.item(), b.item()))


if __name__ == "__main__":
    seed_example()
    print()
    gradient_descent()
