"""Runs corpus scripts as test_scripts.py needs them, quickly: ``import torch`` once (PyTorch, or
nativegrad through the shim when _shim is first on sys.path), then each script in its own forked
child, as ``__main__``, in its own working directory, with stdout/stderr in files.

    python _forkrun.py OUTDIR TIMEOUT [--spawn] script.py [script.py ...]

writes OUTDIR/<script>.out, .err and .rc. Forking after the import saves PyTorch's multi-second
import per script; each child still starts from a freshly imported library (no script runs before
it in the same process). With --spawn (nativegrad, whose import is fast) each script runs in a
fresh interpreter instead: the .NET runtime does not survive fork(), and a garbage collection in a
forked child never returns."""

import os
import runpy
import signal
import sys
import traceback

if "--one" not in sys.argv and "--spawn" not in sys.argv:
    import torch  # noqa: F401  (imported once, before forking)

HERE = os.path.dirname(os.path.abspath(__file__))


def run_one(outdir, timeout, script):
    base = os.path.join(outdir, script)
    work = base + ".work"
    os.makedirs(work, exist_ok=True)
    sys.stdout.flush()
    sys.stderr.flush()
    pid = os.fork()
    if pid == 0:
        code = 1
        try:
            os.chdir(work)
            out = os.open(base + ".out", os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
            err = os.open(base + ".err", os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
            os.dup2(out, 1)
            os.dup2(err, 2)
            signal.alarm(timeout)
            path = os.path.join(HERE, script)
            sys.argv = [path]
            runpy.run_path(path, run_name="__main__")
            code = 0
        except SystemExit as e:
            code = e.code if isinstance(e.code, int) else (0 if e.code is None else 1)
        except BaseException:
            traceback.print_exc()
        finally:
            try:
                sys.stdout.flush()
                sys.stderr.flush()
            finally:
                os._exit(code)
    _, status = os.waitpid(pid, 0)
    rc = os.waitstatus_to_exitcode(status)
    with open(base + ".rc", "w") as f:
        f.write(str(rc))


def spawn_one(outdir, timeout, script):
    """One script in a fresh interpreter (this file with --one); its exit status to OUTDIR/<script>.rc."""
    import subprocess
    rc = subprocess.run([sys.executable, os.path.abspath(__file__), "--one", outdir, str(timeout), script]).returncode
    with open(os.path.join(outdir, script) + ".rc", "w") as f:
        f.write(str(rc))


def main(argv):
    if argv[1] == "--one":
        # The child's part of run_one, in this process: redirect, run, exit with the script's status.
        outdir, timeout, script = argv[2], int(argv[3]), argv[4]
        base = os.path.join(outdir, script)
        os.makedirs(base + ".work", exist_ok=True)
        os.chdir(base + ".work")
        os.dup2(os.open(base + ".out", os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644), 1)
        os.dup2(os.open(base + ".err", os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644), 2)
        signal.alarm(timeout)
        path = os.path.join(HERE, script)
        sys.argv = [path]
        runpy.run_path(path, run_name="__main__")
        return
    outdir, timeout = argv[1], int(argv[2])
    spawn = argv[3:4] == ["--spawn"]
    for script in argv[4:] if spawn else argv[3:]:
        (spawn_one if spawn else run_one)(outdir, timeout, script)


if __name__ == "__main__":
    main(sys.argv)
