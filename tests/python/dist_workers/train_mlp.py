"""Worker of test_distributed.py: trains seed 000's MLP (Linear(10,100) - ReLU(True) -
Linear(100,1)) with SGD (momentum) on one fixed global batch of 32 samples, and writes the final
parameters (exact float32 bits) to a JSON file.

usage: train_mlp.py MODE OUT [WORLD]
  ddp           under mpirun: DistributedDataParallel, each rank reads its DistributedSampler share
                (shuffled per step); OUT gets ".rank<r>" appended
  single        one process, no MPI: the whole batch every step
  ddp_accum     as ddp, but each step is two micro-batches, the first under no_sync()
  single_accum  one process: the same two micro-batches as the union over WORLD ranks, accumulated
"""

import json
import struct
import sys
from datetime import timedelta

import nativegrad as torch
from nativegrad import nn, optim

GLOBAL, STEPS, LR = 32, 20, 0.05


class MLP(nn.Module):
    def __init__(self, input_dim=10, hidden_dim=100, output_dim=1):
        super().__init__()
        self.layers = nn.Sequential(
            nn.Linear(input_dim, hidden_dim),
            nn.ReLU(True),
            nn.Linear(hidden_dim, output_dim),
        )

    def forward(self, x):
        return self.layers(x)


def data():
    torch.manual_seed(0)
    x = torch.randn(GLOBAL, 10)
    y = x[:, :3].sum(1, keepdim=True) - 0.5 * x[:, 3:4]
    return x, y


def rows(t, idx):
    return torch.index_select(t, 0, torch.tensor(idx, dtype=torch.int64))


def shares(world, step):
    """Every rank's indices for this step (the DistributedSampler every rank uses)."""
    from nativegrad.utils.data import DistributedSampler
    out = []
    for r in range(world):
        s = DistributedSampler(range(GLOBAL), num_replicas=world, rank=r, shuffle=True, seed=5)
        s.set_epoch(step)
        out.append(list(s))
    return out


def dump(path, model, loss, extra):
    params = {}
    for name, p in model.named_parameters():
        values = p.detach().reshape(-1).tolist()
        params[name] = struct.pack("<%df" % len(values), *values).hex()
    result = {"loss": loss, "params": params}
    result.update(extra)
    with open(path, "w") as f:
        json.dump(result, f)


def main():
    mode, out = sys.argv[1], sys.argv[2]
    x, y = data()
    loss_fn = nn.MSELoss()
    if mode.startswith("ddp"):
        import nativegrad.distributed as dist
        from nativegrad.nn.parallel import DistributedDataParallel as DDP
        from nativegrad.utils.data import DistributedSampler
        dist.init_process_group("mpi", timeout=timedelta(seconds=120))
        rank, world = dist.get_rank(), dist.get_world_size()
        torch.manual_seed(100 + rank)          # ranks start different: DDP copies rank 0's parameters
        mlp = MLP()
        model = DDP(mlp)
        opt = optim.SGD(model.parameters(), lr=LR, momentum=0.9)
        sampler = DistributedSampler(range(GLOBAL), shuffle=True, seed=5)
        for step in range(STEPS):
            sampler.set_epoch(step)
            idx = list(sampler)
            opt.zero_grad()
            if mode == "ddp":
                loss = loss_fn(model(rows(x, idx)), rows(y, idx))
                loss.backward()
            else:
                half = len(idx) // 2
                with model.no_sync():
                    loss_fn(model(rows(x, idx[:half])), rows(y, idx[:half])).backward()
                loss = loss_fn(model(rows(x, idx[half:])), rows(y, idx[half:]))
                loss.backward()
            opt.step()
        dump("%s.rank%d" % (out, rank), mlp, loss.item(), {"rank": rank, "world": world,
                                                            "buckets": model._bucket_indices()})
        dist.destroy_process_group()
    else:
        torch.manual_seed(100)
        mlp = MLP()
        opt = optim.SGD(mlp.parameters(), lr=LR, momentum=0.9)
        world = int(sys.argv[3]) if len(sys.argv) > 3 else 1
        for step in range(STEPS):
            opt.zero_grad()
            if mode == "single":
                loss = loss_fn(mlp(x), y)
                loss.backward()
            else:
                parts = shares(world, step)
                half = len(parts[0]) // 2
                first = [i for p in parts for i in p[:half]]
                second = [i for p in parts for i in p[half:]]
                loss_fn(mlp(rows(x, first)), rows(y, first)).backward()
                loss = loss_fn(mlp(rows(x, second)), rows(y, second))
                loss.backward()
            opt.step()
        dump(out, mlp, loss.item(), {})


if __name__ == "__main__":
    main()
