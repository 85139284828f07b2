"""nativegrad must import and work without NumPy: run a small backward with the
``python3`` found on PATH (the 3.11 interpreter without NumPy on the dev machines),
with any NumPy import blocked for good measure, and check what it prints."""

import os
import shutil
import subprocess
import sys

from ng_testutil import REPO, subprocess_env

SCRIPT = r"""
import sys
sys.modules["numpy"] = None  # any `import numpy` now fails, as on a machine without NumPy
import nativegrad as torch
x = torch.tensor(5.0, requires_grad=True)
y = x ** 3
z = torch.log(y)
z.backward()
print(z)
print(x.grad)
print(x.grad.item())
a = torch.tensor([[1.0, 2.0], [3.0, 4.0]], requires_grad=True)
(a.mm(a.t()).sum() * 0.5).backward()
print(a.grad.tolist())
print(torch.zeros(2, 3).shape, torch.ones(2, dtype=torch.float64).dtype)
with torch.no_grad():
    print((x * 2).requires_grad)
try:
    torch.ones(2).numpy()
except RuntimeError as e:
    print("numpy():", e)
print("numpy" in sys.modules and sys.modules["numpy"] is not None)
"""

EXPECTED = """tensor(4.8283, grad_fn=<LogBackward0>)
tensor(0.6000)
0.6000000238418579
[[4.0, 6.0], [4.0, 6.0]]
torch.Size([2, 3]) torch.float64
False
numpy(): Numpy is not available
False
"""


def _path_python3():
    exe = shutil.which("python3")
    return exe or sys.executable


def test_without_numpy():
    exe = _path_python3()
    p = subprocess.run([exe, "-c", SCRIPT], env=subprocess_env(), capture_output=True, text=True,
                       timeout=300)
    assert p.returncode == 0, p.stderr
    assert p.stdout == EXPECTED


def test_demo_runs_without_numpy():
    exe = _path_python3()
    demo = os.path.join(REPO, "bindings", "python", "examples", "demo.py")
    p = subprocess.run([exe, "-c", "import sys, runpy; sys.modules['numpy'] = None; "
                        "sys.argv = [%r]; runpy.run_path(%r, run_name='__main__')" % (demo, demo)],
                       env=subprocess_env(), capture_output=True, text=True, timeout=300)
    assert p.returncode == 0, p.stderr
    assert "dz/dx = tensor(0.6000)" in p.stdout
    assert "learned w = 3.000, b = 2.000" in p.stdout

