"""torch.autograd.functional (vjp, jvp, jacobian, hessian, vhp, hvp) against PyTorch: values, output
structures, create_graph (results with history, second derivatives through them), strict mode and
errors, on one and several inputs and outputs, in float64."""

import pytest

pytest.importorskip("torch", reason="compares with real PyTorch")

from both import assert_same_output  # noqa: E402

SETUP = """
AF = torch.autograd.functional
x = torch.tensor([0.5, -1.25, 2.0], dtype=torch.float64)
y = torch.tensor([[1.5, 0.25], [-0.5, 1.0]], dtype=torch.float64)
s = torch.tensor(0.75, dtype=torch.float64)
def f1(a): return (a ** 3).exp() * 0.1 + a.sin()
def f2(a, b): return (a.sum() * b).tanh(), b.sum() * a ** 2
def scalar1(a): return (a ** 3).sum() + a.prod() if hasattr(a, 'prod') and False else (a ** 3).sum() * a.sum()
def scalar2(a, b): return (a.sin().sum() * b ** 2).sum() + (b @ b).sum()
def linear(a): return a * 3.0
def const(a): return torch.ones(2, dtype=torch.float64)
def show(r):
    if isinstance(r, tuple):
        print("(", end=""); [show(e) for e in r]; print(")")
    else:
        print(r, r.requires_grad)
def attempt(f):
    try: show(f())
    except Exception as e: print(type(e).__name__, e)
def nz(r):
    # vectorize=True: PyTorch's batched backward gives +0.0 where the row-by-row one gives -0.0
    return tuple(nz(e) for e in r) if isinstance(r, tuple) else r + 0.0
"""

CASES = {
    "vjp": """
        attempt(lambda: AF.vjp(f1, x, torch.ones(3, dtype=torch.float64)))
        attempt(lambda: AF.vjp(f2, (x, y), (torch.ones(2, 2, dtype=torch.float64), torch.ones(3, dtype=torch.float64))))
        attempt(lambda: AF.vjp(lambda a: (a ** 2).sum(), x))
        attempt(lambda: AF.vjp(f1, x))
        attempt(lambda: AF.vjp(f1, x, torch.ones(4, dtype=torch.float64)))
        attempt(lambda: AF.vjp(f2, (x, y), (torch.ones(2, 2, dtype=torch.float64),)))
        attempt(lambda: AF.vjp(f2, (x, y), (torch.ones(2, 2, dtype=torch.float64), torch.ones(2, dtype=torch.float64))))
        attempt(lambda: AF.vjp(f1, [x]))
        attempt(lambda: AF.vjp(f1, (x, 3)))
        attempt(lambda: AF.vjp(lambda a, b: a * 2, (x, s), torch.ones(3, dtype=torch.float64)))
        attempt(lambda: AF.vjp(lambda a, b: a * 2, (x, s), torch.ones(3, dtype=torch.float64), strict=True))
        attempt(lambda: AF.vjp(const, x, torch.ones(2, dtype=torch.float64), strict=True))
        attempt(lambda: AF.vjp(const, x, torch.ones(2, dtype=torch.float64)))
    """,
    "vjp_create_graph": """
        xr = x.clone().requires_grad_()
        out, v = AF.vjp(f1, xr, torch.ones(3, dtype=torch.float64), create_graph=True)
        print(out.requires_grad, v.requires_grad)
        v.sum().backward(); print(xr.grad)
        attempt(lambda: AF.vjp(linear, xr, torch.ones(3, dtype=torch.float64), create_graph=True, strict=True))
        attempt(lambda: AF.vjp(linear, xr, torch.ones(3, dtype=torch.float64), create_graph=True))
    """,
    "jvp": """
        attempt(lambda: AF.jvp(f1, x, torch.ones(3, dtype=torch.float64)))
        attempt(lambda: AF.jvp(f2, (x, y), (torch.ones(3, dtype=torch.float64), torch.ones(2, 2, dtype=torch.float64))))
        attempt(lambda: AF.jvp(lambda a: a * 2, s))
        attempt(lambda: AF.jvp(f1, x))
        attempt(lambda: AF.jvp(f1, x, torch.ones(2, dtype=torch.float64)))
        attempt(lambda: AF.jvp(const, x, torch.ones(3, dtype=torch.float64), strict=True))
        attempt(lambda: AF.jvp(const, x, torch.ones(3, dtype=torch.float64)))
        xr = x.clone().requires_grad_()
        out, jv = AF.jvp(f1, xr, torch.ones(3, dtype=torch.float64), create_graph=True)
        print(jv.requires_grad); jv.sum().backward(); print(xr.grad)
    """,
    "jacobian": """
        attempt(lambda: AF.jacobian(f1, x))
        attempt(lambda: AF.jacobian(f2, (x, y)))
        attempt(lambda: AF.jacobian(f1, (x,)))
        attempt(lambda: AF.jacobian(lambda a, b: (a * b).sum(), (x, s)))
        attempt(lambda: nz(AF.jacobian(f1, x, vectorize=True)))
        attempt(lambda: nz(AF.jacobian(f2, (x, y), vectorize=True)))
        attempt(lambda: AF.jacobian(lambda a, b: a * 2, (x, s)))
        attempt(lambda: AF.jacobian(lambda a, b: a * 2, (x, s), strict=True))
        attempt(lambda: AF.jacobian(f1, x, strict=True, vectorize=True))
        attempt(lambda: AF.jacobian(const, x, strict=True))
        attempt(lambda: AF.jacobian(f1, x, strategy="sideways"))
        xr = x.clone().requires_grad_()
        j = AF.jacobian(f1, xr, create_graph=True); print(j.requires_grad); j.sum().backward(); print(xr.grad)
        attempt(lambda: AF.jacobian(linear, xr, create_graph=True, strict=True))
    """,
    "hessian": """
        attempt(lambda: AF.hessian(scalar1, x))
        attempt(lambda: AF.hessian(scalar2, (x, y)))
        attempt(lambda: AF.hessian(scalar1, (x,)))
        attempt(lambda: nz(AF.hessian(scalar1, x, vectorize=True)))
        attempt(lambda: AF.hessian(f1, x))
        attempt(lambda: AF.hessian(f2, (x, y)))
        attempt(lambda: AF.hessian(lambda a: (a * 2).sum(), x))
        attempt(lambda: AF.hessian(lambda a: (a * 2).sum(), x, strict=True))
        attempt(lambda: AF.hessian(lambda a, b: (a ** 2).sum(), (x, s)))
        xr = x.clone().requires_grad_()
        h = AF.hessian(scalar1, xr, create_graph=True); print(h.requires_grad); h.sum().backward(); print(xr.grad)
    """,
    "vhp_hvp": """
        v = torch.tensor([1.0, -2.0, 0.5], dtype=torch.float64)
        vy = torch.ones(2, 2, dtype=torch.float64)
        for fn in (AF.vhp, AF.hvp):
            attempt(lambda: fn(scalar1, x, v))
            attempt(lambda: fn(scalar2, (x, y), (v, vy)))
            attempt(lambda: fn(lambda a: a ** 3, s))
            attempt(lambda: fn(scalar1, x))
            attempt(lambda: fn(f1, x, v))
            attempt(lambda: fn(f2, (x, y), (v, vy)))
            attempt(lambda: fn(scalar1, x, torch.ones(2, dtype=torch.float64)))
            attempt(lambda: fn(lambda a: (a * 2).sum(), x, v))
            attempt(lambda: fn(lambda a: (a * 2).sum(), x, v, strict=True))
            attempt(lambda: fn(lambda a, b: (a ** 2).sum(), (x, s), (v, s)))
            attempt(lambda: fn(lambda a, b: (a ** 2).sum(), (x, s), (v, s), strict=True))
            xr = x.clone().requires_grad_()
            out, r = fn(scalar1, xr, v, create_graph=True); print(r.requires_grad); r.sum().backward(); print(xr.grad)
    """,
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_same_output_as_torch(name):
    import textwrap
    assert_same_output(textwrap.dedent(SETUP) + textwrap.dedent(CASES[name]))
