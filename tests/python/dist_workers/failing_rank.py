"""Worker of test_distributed.py: DDP training in which rank 1 fails at step 3.

usage: failing_rank.py MODE TIMEOUT_SECONDS
  kill   rank 1 kills itself (SIGKILL): mpirun notices and ends the job
  raise  rank 1 raises: it exits at once (without finalising MPI), mpirun ends the job
  stall  rank 1 sleeps instead of taking part: rank 0's all-reduce times out with an error
"""

import os
import signal
import sys
import time
from datetime import timedelta

import nativegrad as torch
import nativegrad.distributed as dist
from nativegrad import nn, optim
from nativegrad.nn.parallel import DistributedDataParallel as DDP


def main():
    mode, timeout = sys.argv[1], float(sys.argv[2])
    dist.init_process_group("mpi", timeout=timedelta(seconds=timeout))
    rank = dist.get_rank()
    torch.manual_seed(0)
    model = DDP(nn.Sequential(nn.Linear(10, 100), nn.ReLU(True), nn.Linear(100, 1)))
    opt = optim.SGD(model.parameters(), lr=0.01)
    x, y = torch.randn(16, 10), torch.randn(16, 1)
    for step in range(1000):
        if rank == 1 and step == 3:
            print("rank 1: failing (%s) at step 3" % mode, flush=True)
            if mode == "kill":
                os.kill(os.getpid(), signal.SIGKILL)
            elif mode == "raise":
                raise RuntimeError("rank 1 fails on purpose")
            else:
                time.sleep(600)
        opt.zero_grad()
        loss = ((model(x) - y) ** 2).mean()
        loss.backward()
        opt.step()
        print("rank %d: step %d" % (rank, step), flush=True)
        time.sleep(0.01)


if __name__ == "__main__":
    main()
