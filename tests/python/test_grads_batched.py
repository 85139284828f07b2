"""autograd.grad(..., is_grads_batched=True) and jacobian/hessian(vectorize=True) against PyTorch 1.13:
one backward over a batch of seeds through matmul, reductions with dims, views, joins, indexing,
softmax, broadcasting, several inputs and outputs, create_graph (second derivatives through the batched
result), unused inputs, and PyTorch's errors for inconsistent batches."""

import pytest

pytest.importorskip("torch", reason="compares with real PyTorch")

from both import assert_same_output  # noqa: E402

SETUP = """
AF = torch.autograd.functional
f64 = torch.float64
x = torch.tensor([[0.5, -1.25, 2.0], [0.75, 0.1, -0.3]], dtype=f64, requires_grad=True)
w = torch.tensor([[1.5, 0.25], [-0.5, 1.0], [0.2, -0.7]], dtype=f64, requires_grad=True)
def show(r):
    if isinstance(r, (tuple, list)):
        print("(", end=""); [show(e) for e in r]; print(")")
    elif r is None:
        print(None)
    else:
        print(tuple(r.shape), r.requires_grad, [round(v, 10) + 0.0 for v in r.detach().reshape(-1).tolist()])
def attempt(f):
    try: show(f())
    except Exception as e: print(type(e).__name__, e)
def seeds(o, b=3):
    n = o.numel()
    return torch.arange(b * n, dtype=f64).reshape((b,) + tuple(o.shape)) / 7 - 1
def vjps(fn, ins, b=3, **kw):
    out = fn(*ins)
    outs = out if isinstance(out, tuple) else (out,)
    return torch.autograd.grad(outs, ins, tuple(seeds(o, b) for o in outs), is_grads_batched=True, **kw)
"""

GRAD_CASES = {
    "pointwise": "attempt(lambda: vjps(lambda a: (a.sin() * a.exp()).tanh() + a ** 2, (x,)))",
    "broadcast": "attempt(lambda: vjps(lambda a, b: a * b.sum(0), (x, w[:, 0].reshape(3, 1).expand(3, 3).clone())))",
    "matmul": "attempt(lambda: vjps(lambda a, b: a @ b, (x, w)))",
    "mm_chain": "attempt(lambda: vjps(lambda a, b: (a @ b).relu() @ b.t(), (x, w)))",
    "reductions": """
        attempt(lambda: vjps(lambda a: a.sum(1), (x,)))
        attempt(lambda: vjps(lambda a: a.mean(0, keepdim=True), (x,)))
        attempt(lambda: vjps(lambda a: a.sum(), (x,)))
        attempt(lambda: vjps(lambda a: a.max(1).values, (x,)))
        attempt(lambda: vjps(lambda a: a.prod(0), (x,)))
        attempt(lambda: vjps(lambda a: a.norm(), (x,)))
    """,
    "views": """
        attempt(lambda: vjps(lambda a: a.t().reshape(-1) * 2, (x,)))
        attempt(lambda: vjps(lambda a: a.view(3, 2).permute(1, 0)[1:], (x,)))
        attempt(lambda: vjps(lambda a: a.unsqueeze(0).expand(4, 2, 3), (x,)))
        attempt(lambda: vjps(lambda a: a[:, 1:2] * a[0], (x,)))
        attempt(lambda: vjps(lambda a: a.flatten().flip(0).narrow(0, 1, 4), (x,)))
    """,
    "joins_index": """
        attempt(lambda: vjps(lambda a, b: torch.cat([a, b.t()], 0), (x, w)))
        attempt(lambda: vjps(lambda a, b: torch.stack([a, b.t() * a], 1), (x, w)))
        attempt(lambda: vjps(lambda a: a.index_select(1, torch.tensor([2, 0, 2])), (x,)))
        attempt(lambda: vjps(lambda a: a.gather(1, torch.tensor([[0, 0], [2, 1]])), (x,)))
        attempt(lambda: vjps(lambda a: a.chunk(3, 1), (x,)))
    """,
    "nn": """
        attempt(lambda: vjps(lambda a: torch.softmax(a, 1), (x,)))
        attempt(lambda: vjps(lambda a: torch.log_softmax(a, 0), (x,)))
        attempt(lambda: vjps(lambda a, b: torch.nn.functional.linear(a, b.t(), b[0]), (x, w)))
        attempt(lambda: vjps(lambda a: torch.cumsum(a, 1), (x,)))
    """,
    "several_outputs_unused": """
        attempt(lambda: vjps(lambda a, b: ((a @ b).sum(1), a * 3), (x, w)))
        attempt(lambda: vjps(lambda a, b: a * 2, (x, w), allow_unused=True))
        attempt(lambda: vjps(lambda a, b: a * 2, (x, w)))
        attempt(lambda: vjps(lambda a: a * 2, (x,), b=1))
    """,
    "create_graph": """
        g, = vjps(lambda a: (a ** 3).sum(1) * a[:, 0], (x,), create_graph=True)
        print(g.requires_grad, tuple(g.shape))
        show(torch.autograd.grad(g.pow(2).sum(), x))
        out = (x ** 2 @ w).sin()
        gx, gw = torch.autograd.grad(out, (x, w), seeds(out, 2), create_graph=True, is_grads_batched=True)
        show(torch.autograd.grad((gx.sum() + gw.exp().sum()), (x, w)))
    """,
    "errors": """
        out = x * 2
        attempt(lambda: torch.autograd.grad(out, x, seeds(out)[:, :1], retain_graph=True, is_grads_batched=True))
        attempt(lambda: torch.autograd.grad((out, out.sum(0)), x, (seeds(out, 3), seeds(out.sum(0), 2)), retain_graph=True, is_grads_batched=True))
        attempt(lambda: torch.autograd.grad(out.sum(), x, retain_graph=True, is_grads_batched=True))
        attempt(lambda: torch.autograd.grad(out, x, seeds(out).reshape(3, 3, 2), retain_graph=True, is_grads_batched=True))
    """,
}

FUNCTIONAL_CASES = {
    "jacobian": """
        a = x.detach(); b = w.detach()
        attempt(lambda: AF.jacobian(lambda p: (p @ b).tanh(), a, vectorize=True))
        attempt(lambda: AF.jacobian(lambda p, q: ((p @ q).sum(0), p.t() * 2), (a, b), vectorize=True))
        attempt(lambda: AF.jacobian(lambda p: p.sum(), a, vectorize=True))
        attempt(lambda: AF.jacobian(lambda p, q: p.softmax(1), (a, b), vectorize=True))
        attempt(lambda: AF.jacobian(lambda p: (p[0].unsqueeze(1) * p[1]).reshape(-1).cumprod(0), a, vectorize=True))
        attempt(lambda: AF.jacobian(lambda p: (p @ b).tanh(), (a,), vectorize=True))
        attempt(lambda: AF.jacobian(lambda p: (p @ b,), a, vectorize=True))
        j = AF.jacobian(lambda p: (p @ w).tanh(), x, create_graph=True, vectorize=True)
        print(j.requires_grad); show(torch.autograd.grad(j.sum(), (x, w)))
        attempt(lambda: AF.jacobian(lambda p: p * 2, a, strict=True, vectorize=True))
    """,
    "hessian": """
        a = x.detach(); b = w.detach()
        attempt(lambda: AF.hessian(lambda p: (p @ b).tanh().sum() * p.sum(), a, vectorize=True))
        attempt(lambda: AF.hessian(lambda p, q: ((p @ q) ** 2).sum(), (a, b), vectorize=True))
        attempt(lambda: AF.hessian(lambda p: (p.softmax(1) * p).sum(), (a,), vectorize=True))
        attempt(lambda: AF.hessian(lambda p: (p * 2).sum(), a, vectorize=True))
        h = AF.hessian(lambda p: (p ** 3).sum(), x, create_graph=True, vectorize=True)
        print(h.requires_grad); show(torch.autograd.grad(h.sum(), x))
    """,
}


@pytest.mark.parametrize("name", sorted(GRAD_CASES))
def test_grad_is_grads_batched(name):
    assert_same_output(SETUP + GRAD_CASES[name].replace("\n        ", "\n"))


@pytest.mark.parametrize("name", sorted(FUNCTIONAL_CASES))
def test_vectorized_functional(name):
    assert_same_output(SETUP + FUNCTIONAL_CASES[name].replace("\n        ", "\n"))
