"""Issue 11 from Python: a 200,000-node graph back-propagates and frees (freeing used to recurse per
node and overflow the stack), and backward from 8 threads at once (ctypes releases the GIL, so the
calls really overlap) loses no gradient update: accumulation is serialised per leaf."""

import math
import threading

import nativegrad as torch
from nativegrad import nn

DEPTH = 200_000
THREADS = 8


def _chain(x):
    """tanh(sin(tanh(sin(... x)))) and its derivative carried forward in float."""
    y, v, d = x, x.item(), 1.0
    for i in range(DEPTH):
        if i % 2 == 0:
            y = y.sin()
            d *= math.cos(v)
            v = math.sin(v)
        else:
            y = y.tanh()
            v = math.tanh(v)
            d *= 1 - v * v
    return y, d


def test_200k_node_chain_backpropagates_and_frees():
    x = torch.tensor(0.3, dtype=torch.float64, requires_grad=True)
    y, expect = _chain(x)
    (g,) = torch.autograd.grad(y, x, retain_graph=True)
    assert math.isclose(g.item(), expect, rel_tol=1e-9)
    y.backward()
    assert math.isclose(x.grad.item(), expect, rel_tol=1e-9)
    del y  # the whole chain is freed here


def test_200k_node_chain_dropped_without_backward():
    x = torch.tensor(0.3, dtype=torch.float64, requires_grad=True)
    y, _ = _chain(x)
    del y
    z = (x * 2).sum()
    z.backward()
    assert x.grad.item() == 2.0


def _run_threads(body):
    start = threading.Barrier(THREADS)
    errors = []

    def run(i):
        try:
            start.wait()
            body(i)
        except Exception as e:  # noqa: BLE001 - reported below
            errors.append(e)

    threads = [threading.Thread(target=run, args=(i,)) for i in range(THREADS)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []


def test_threads_sharing_a_leaf_accumulate_exactly():
    reps = 20
    w = torch.ones(1 << 18, requires_grad=True)  # long enough for the additions to overlap

    def body(i):
        for _ in range(reps):
            (w * (i + 1)).sum().backward()

    _run_threads(body)
    expect = reps * THREADS * (THREADS + 1) // 2  # small integers: the float32 sum is exact
    assert set(w.grad.tolist()) == {expect}


def test_threads_sharing_a_module_accumulate_exactly():
    reps = 50
    model = nn.Sequential(nn.Linear(64, 512).double(), nn.ReLU(), nn.Linear(512, 1).double())
    with torch.no_grad():
        for p in model.parameters():
            p.fill_(1.0 if p.dim() == 2 else 0.0)

    def body(i):
        x = torch.ones(1, 64, dtype=torch.float64)
        x[0, 0] = float(i)
        for _ in range(reps):
            model(x).sum().backward()

    _run_threads(body)
    n = reps * THREADS
    sum_id = reps * THREADS * (THREADS - 1) // 2
    w1, b1, w2, b2 = model.parameters()
    assert all(row == [sum_id] + [n] * 63 for row in w1.grad.tolist())  # 512 rows
    assert set(b1.grad.tolist()) == {n}
    assert set(w2.grad.tolist()[0]) == {sum_id + 63 * n}  # h = id + 63 in every unit
    assert b2.grad.item() == n


def test_threads_sharing_a_graph_with_retain_graph():
    reps = 20
    w = torch.ones(1 << 16, dtype=torch.float64, requires_grad=True)
    z = (w * w * 3).sum()

    def body(_):
        for _ in range(reps):
            z.backward(retain_graph=True)

    _run_threads(body)
    assert set(w.grad.tolist()) == {6.0 * reps * THREADS}
