"""os.fork() after importing nativegrad: the child is told at once that the .NET runtime under the
library does not survive fork() (a garbage collection in the child would wait forever)."""

import subprocess
import sys

from ng_testutil import subprocess_env

CHILD = """
import os
import nativegrad
pid = os.fork()
if pid == 0:
    os._exit(0)
os.waitpid(pid, 0)
print("parent ok")
"""


def test_fork_after_import_warns_in_the_child_only():
    r = subprocess.run([sys.executable, "-c", CHILD], env=subprocess_env([]), capture_output=True, text=True,
                       timeout=120)
    assert r.returncode == 0, r.stderr
    assert r.stdout.strip() == "parent ok"
    assert r.stderr.count("does not survive fork()") == 1, r.stderr
    assert "'spawn'" in r.stderr
