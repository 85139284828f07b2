"""Training memory of NativeGrad against PyTorch, each in its own process.

For each library: the peak resident set size (ru_maxrss, the whole process: interpreter,
library and tensors) after 300 SGD steps of the 784-256-256-10 MLP at batch 128, and the
RSS sampled every 1,000 steps over 10,000 steps of the 10-100-100-1 MLP at batch 1 (it
should stay flat: no growth). Prints a table and writes memory.json under --out.

Both libraries import from compiled bytecode, as installed packages do (Debian ships PyTorch's
.pyc files; pip compiles a wheel's at install): nativegrad's are compiled first (into the
package's __pycache__, even under PYTHONDONTWRITEBYTECODE), since compiling modules at import
time costs the process megabytes that an installed package never spends.

usage: python3 bench/memory.py [--out artifacts/bench] [--quick]
"""

import argparse
import json
import os
import resource
import subprocess
import sys

CHILD = r"""
import json, resource, sys
import numpy as np
lib_name, sizes, batch, steps, every = sys.argv[1], json.loads(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4]), int(sys.argv[5])
if lib_name == "torch":
    import torch as lib
else:
    import nativegrad as lib
lib.set_num_threads(1)   # both on one thread: worker threads' stacks and buffers are not the model's
from_np = lambda a: lib.from_numpy(a)
import importlib
nn = importlib.import_module(lib.__name__ + ".nn")
optim = importlib.import_module(lib.__name__ + ".optim")

def rss_kb():
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * (resource.getpagesize() // 1024)

lib.manual_seed(0)
layers = []
for i in range(len(sizes) - 1):
    layers.append(nn.Linear(sizes[i], sizes[i + 1]))
    if i < len(sizes) - 2:
        layers.append(nn.ReLU())
model = nn.Sequential(*layers)
opt = optim.SGD(model.parameters(), lr=0.01, momentum=0.9)
rng = np.random.default_rng(0)
x = from_np(rng.standard_normal((batch, sizes[0])).astype(np.float32))
y = from_np(rng.standard_normal((batch, sizes[-1])).astype(np.float32))
loss_fn = nn.MSELoss()
samples = []
for step in range(1, steps + 1):
    opt.zero_grad()
    loss = loss_fn(model(x), y)
    loss.backward()
    opt.step()
    if step % every == 0:
        samples.append([step, rss_kb()])
print(json.dumps({"peak_kb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, "samples": samples,
                  "final_loss": float(loss.item())}))
"""


def run(lib, sizes, batch, steps, every):
    env = dict(os.environ)
    p = subprocess.run([sys.executable, "-c", CHILD, lib, json.dumps(sizes), str(batch), str(steps), str(every)],
                       capture_output=True, text=True, env=env, timeout=1800)
    if p.returncode != 0:
        raise SystemExit("%s run failed:\n%s" % (lib, p.stderr))
    return json.loads(p.stdout.strip().splitlines()[-1])


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--out", default="artifacts/bench")
    ap.add_argument("--quick", action="store_true", help="1,000 instead of 10,000 flatness steps")
    args = ap.parse_args()
    os.makedirs(args.out, exist_ok=True)
    long_steps = 1000 if args.quick else 10000
    subprocess.run([sys.executable, "-c", "import compileall, nativegrad, os; "
                    "compileall.compile_dir(os.path.dirname(nativegrad.__file__), quiet=1)"], check=True)
    result = {}
    for lib in ("nativegrad", "torch"):
        print("[%s] 300 steps of 784-256-256-10 at batch 128 ..." % lib, flush=True)
        peak = run(lib, [784, 256, 256, 10], 128, 300, 100)
        print("[%s] %d steps of 10-100-100-1 at batch 1 ..." % (lib, long_steps), flush=True)
        flat = run(lib, [10, 100, 100, 1], 1, long_steps, max(1, long_steps // 10))
        result[lib] = {"peak_300_steps_kb": peak["peak_kb"], "rss_samples_kb": flat["samples"]}
    ng, th = result["nativegrad"], result["torch"]
    ratio = ng["peak_300_steps_kb"] / th["peak_300_steps_kb"]
    print()
    print("peak RSS, 300 steps 784-256-256-10 b128: nativegrad %.1f MB, PyTorch %.1f MB, ratio %.3f (target <= 0.20)"
          % (ng["peak_300_steps_kb"] / 1024, th["peak_300_steps_kb"] / 1024, ratio))
    for lib in ("nativegrad", "torch"):
        s = result[lib]["rss_samples_kb"]
        first, last = s[0][1], s[-1][1]
        print("RSS over %d steps of 10-100-100-1 b1 (%s): %s  growth %+.1f MB from step %d to %d"
              % (long_steps, lib, " ".join("%.1f" % (kb / 1024) for _, kb in s), (last - first) / 1024, s[0][0], s[-1][0]))
        result[lib]["growth_kb"] = last - first
    result["peak_ratio"] = ratio
    path = os.path.join(args.out, "memory.json")
    with open(path, "w") as f:
        json.dump(result, f, indent=2)
    print("wrote", path)


if __name__ == "__main__":
    main()
