"""Worker of test_distributed.py: checks the collectives, DDP's buckets and hooks, and the errors,
on every rank of an mpirun job; prints one "ok <what>" line per check on rank 0 and fails (exit 1)
on the first wrong value.

usage: collectives.py
"""

from datetime import timedelta

import nativegrad as torch
import nativegrad.distributed as dist
from nativegrad import nn
from nativegrad.nn.parallel import DistributedDataParallel as DDP
from nativegrad.utils.data import DistributedSampler


def expect_error(fn, exc, text):
    try:
        fn()
    except exc as e:
        assert text in str(e), "expected %r in %r" % (text, str(e))
        return
    raise AssertionError("no %s raised (expected %r)" % (exc.__name__, text))


def main():
    assert dist.is_available() and dist.is_mpi_available() and not dist.is_initialized()
    expect_error(dist.get_rank, RuntimeError, "Default process group has not been initialized")
    dist.init_process_group("mpi", timeout=timedelta(seconds=60))
    rank, world = dist.get_rank(), dist.get_world_size()
    assert dist.is_initialized() and dist.get_backend() == "mpi"
    log = (lambda what: print("ok", what, flush=True)) if rank == 0 else (lambda what: None)
    expect_error(lambda: dist.init_process_group("mpi"), RuntimeError, "twice")

    ranks = list(range(world))
    reductions = {
        dist.ReduceOp.SUM: lambda v: sum(v),
        dist.ReduceOp.MAX: max,
        dist.ReduceOp.MIN: min,
        dist.ReduceOp.PRODUCT: lambda v: __import__("math").prod(v),
    }
    for dtype in (torch.float32, torch.float64, torch.int64):
        for op, ref in reductions.items():
            t = torch.tensor([rank + 1, 2 * rank - 3, 7], dtype=dtype)
            dist.all_reduce(t, op=op)
            want = [ref([r + 1 for r in ranks]), ref([2 * r - 3 for r in ranks]), ref([7] * world)]
            assert t.tolist() == want, (dtype, op, t.tolist(), want)
            assert t.dtype == dtype
    log("all_reduce SUM/MAX/MIN/PRODUCT for float32, float64, int64")

    t = torch.tensor([float(rank), 1.0], dtype=torch.float64)
    dist.all_reduce(t, op=dist.ReduceOp.AVG)
    assert t.tolist() == [sum(ranks) / world, 1.0], t.tolist()
    expect_error(lambda: dist.all_reduce(torch.tensor([1, 2]), op=dist.ReduceOp.AVG), RuntimeError,
                 "ReduceOp.AVG needs a floating-point tensor")
    log("all_reduce AVG")

    big = torch.ones(300000) * (rank + 1)
    work = dist.all_reduce(big, async_op=True)
    assert isinstance(work, dist.Work)
    assert work.wait() is True and work.is_completed()
    assert big[0].item() == big[-1].item() == sum(r + 1 for r in ranks)
    log("async all_reduce returns a Work")

    b = torch.full((2, 3), float(rank))
    dist.broadcast(b, src=world - 1)
    assert b.tolist() == [[float(world - 1)] * 3] * 2
    b.fill_(float(rank + 5))
    w = dist.broadcast(b, src=0, async_op=True)
    w.wait(timeout=timedelta(seconds=30))
    assert b.tolist() == [[5.0] * 3] * 2
    expect_error(lambda: dist.broadcast(b, src=world), RuntimeError, "invalid src rank")
    log("broadcast")

    dist.barrier()
    expect_error(lambda: dist.all_reduce(torch.ones(2, 3).t()), RuntimeError, "Tensors must be contiguous")
    expect_error(lambda: dist.all_reduce([1.0]), RuntimeError, "Expected parameter `tensor` to be of type torch.Tensor")
    expect_error(lambda: dist.all_reduce(torch.ones(2) > 0), RuntimeError, "unsupported dtype torch.bool")
    dist.barrier()
    log("barrier and argument errors")

    # DDP: buckets in reverse registration order; gradients equal to the all-reduced local ones.
    torch.manual_seed(rank)
    model = nn.Sequential(nn.Linear(10, 100), nn.ReLU(), nn.Linear(100, 1))
    local = nn.Sequential(nn.Linear(10, 100), nn.ReLU(), nn.Linear(100, 1))
    ddp = DDP(model, bucket_cap_mb=0.0007)       # 734 bytes: [bias2, weight2, bias1], [weight1]
    assert ddp._bucket_indices() == [[1, 2, 3], [0]], ddp._bucket_indices()
    assert list(dict(ddp.named_parameters())) == ["module.0.weight", "module.0.bias", "module.2.weight", "module.2.bias"]
    local.load_state_dict(model.state_dict())    # rank 0's parameters, broadcast by DDP
    w0 = model[0].weight.detach().clone()
    dist.broadcast(w0, 0)
    assert w0.tolist() == model[0].weight.tolist()
    torch.manual_seed(10 + rank)
    x, y = torch.randn(8, 10), torch.randn(8, 1)
    seen = []
    for p in model.parameters():
        p.register_post_accumulate_grad_hook(lambda p: seen.append(tuple(p.shape)))
    ((ddp(x) - y) ** 2).mean().backward()
    ((local(x) - y) ** 2).mean().backward()
    assert seen == [(1,), (1, 100), (100,), (100, 10)], seen
    for p, q in zip(model.parameters(), local.parameters()):
        g = q.grad.clone()
        dist.all_reduce(g, op=dist.ReduceOp.AVG)
        assert (p.grad - g).abs().max().item() <= 1e-6 * (1 + g.abs().max().item()), (p.grad, g)
    log("DDP buckets, hooks and averaged gradients")

    # no_sync: gradients stay local; the next synced backward averages the accumulated sums.
    model.zero_grad()
    local.zero_grad()
    with ddp.no_sync():
        ((ddp(x) - y) ** 2).mean().backward()
    ((local(x) - y) ** 2).mean().backward()
    for p, q in zip(model.parameters(), local.parameters()):
        assert (p.grad - q.grad).abs().max().item() <= 1e-6 * (1 + q.grad.abs().max().item())   # not averaged
    ((ddp(x) - y) ** 2).mean().backward()
    ((local(x) - y) ** 2).mean().backward()
    for p, q in zip(model.parameters(), local.parameters()):
        g = q.grad.clone()
        dist.all_reduce(g, op=dist.ReduceOp.AVG)
        assert (p.grad - g).abs().max().item() <= 1e-5 * (1 + g.abs().max().item())
    log("no_sync")

    # An unused parameter fails the backward on every rank, naming it.
    class TwoHeads(nn.Module):
        def __init__(self):
            super().__init__()
            self.a = nn.Linear(3, 1)
            self.b = nn.Linear(3, 1)

        def forward(self, x):
            return self.a(x)

    two = DDP(TwoHeads())
    expect_error(lambda: two(torch.ones(2, 3)).sum().backward(), RuntimeError,
                 "Parameters without a gradient on rank %d: module.b.weight, module.b.bias" % rank)
    expect_error(lambda: DDP(TwoHeads(), find_unused_parameters=True), ValueError, "not supported")
    log("unused parameters")

    # The sampler shares the dataset between the ranks.
    sampler = DistributedSampler(range(10), shuffle=False)
    assert (sampler.num_replicas, sampler.rank, len(sampler)) == (world, rank, -(-10 // world))
    shares = [list(DistributedSampler(range(10), shuffle=False, rank=r)) for r in ranks]
    assert list(sampler) == shares[rank]
    log("DistributedSampler from the group")

    dist.destroy_process_group()
    assert not dist.is_initialized()
    expect_error(lambda: dist.init_process_group("mpi"), RuntimeError, "cannot be initialized again")
    log("destroy_process_group")


if __name__ == "__main__":
    main()
