"""The script corpus (tests/python/scripts/*.py): real-world-style PyTorch programs, each run twice,
once with ``import torch`` = PyTorch and once with ``import torch`` = nativegrad (scripts/_shim/torch
first on sys.path), and their printed output compared. Each run is a child forked from an
interpreter that has just imported PyTorch (scripts/_forkrun.py), so that its slow import is paid
once; nativegrad's runs each start a fresh interpreter (the .NET runtime does not survive fork()).
The two libraries' runs go in parallel.

Comparison, line by line, after replacing object addresses (``0x...``) by ``0x?``:
  * the text between numbers must be identical, and so must the count of numbers;
  * two numbers agree when |a - b| <= atol + rtol * |b| (default rtol 1e-5, atol 1e-7), or when they
    differ by at most one unit in the last printed digit (``0.1235`` vs ``0.1234``: the libraries sum
    in different orders, and a value close to a rounding boundary may print either way); integers
    and ``nan``/``inf`` compare exactly;
  * a script may loosen the tolerance on a header line ``# compare: rtol=1e-4 atol=1e-6``
    (long float32 training loops), or compare only the structure of its output with
    ``# compare: structure`` (every number replaced by ``#``): for scripts whose output depends on
    the random generator, which is not yet bit-identical to PyTorch's.

Both runs must exit with status 0, except for scripts listed in scripts/MISSING.txt: they stop at a
name NativeGrad does not have yet, are reported as strict xfails (the nativegrad run must fail with
one of the listed names in its last error line, and what it printed before must agree with PyTorch's
output so far), and the test fails as soon as such a script runs through.
"""

import os
import re
import subprocess
import sys

import pytest

pytest.importorskip("torch", reason="the script corpus compares nativegrad's output with real PyTorch")

from ng_testutil import HERE, subprocess_env  # noqa: E402

SCRIPTS = os.path.join(HERE, "scripts")
SHIM = os.path.join(SCRIPTS, "_shim")
TIMEOUT = 300

_ADDR = re.compile(r"0x[0-9a-fA-F]+")
_NUMBER = re.compile(r"(?<![\w.])[-+]?(?:\d+\.\d*|\.\d+|\d+)(?:[eE][-+]?\d+)?(?![\w.])|(?<![\w.])-?(?:nan|inf)(?![\w.])")


class StoppedAtMissingName(Exception):
    """The nativegrad run stopped at a name listed for the script in MISSING.txt."""


def _manifest():
    missing = {}
    with open(os.path.join(SCRIPTS, "MISSING.txt"), encoding="utf-8") as f:
        for line in f:
            line = line.split("#", 1)[0].strip()
            if not line:
                continue
            script, _, names = line.partition(":")
            missing[script.strip()] = [n.strip() for n in names.split(",") if n.strip()]
    return missing


MISSING = _manifest()
ALL = sorted(f for f in os.listdir(SCRIPTS) if f.endswith(".py") and not f.startswith("_"))


def _directives(path):
    opts = {"rtol": 1e-5, "atol": 1e-7, "structure": False}
    with open(path, encoding="utf-8") as f:
        for line in f:
            if not line.startswith("#"):
                break
            m = re.match(r"#\s*compare:\s*(.*)", line)
            if m:
                for item in m.group(1).split():
                    if item == "structure":
                        opts["structure"] = True
                    else:
                        k, _, v = item.partition("=")
                        opts[k] = float(v)
    return opts


def _run_all(outdir, with_nativegrad):
    """Starts scripts/_forkrun.py over every script (PyTorch or nativegrad); returns the process."""
    env = subprocess_env([SHIM] if with_nativegrad else [])
    env["PYTHONHASHSEED"] = "0"
    env["OMP_NUM_THREADS"] = "1"
    os.makedirs(outdir, exist_ok=True)
    # nativegrad's runs are spawned, not forked: the .NET runtime does not survive fork().
    spawn = ["--spawn"] if with_nativegrad else []
    return subprocess.Popen([sys.executable, os.path.join(SCRIPTS, "_forkrun.py"), outdir, str(TIMEOUT)] + spawn + ALL,
                            env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)


@pytest.fixture(scope="module")
def runs(tmp_path_factory):
    """Every script run under both libraries (the two runners in parallel), read back per script."""
    root = tmp_path_factory.mktemp("corpus")
    procs = {lib: _run_all(str(root / lib), lib == "ng") for lib in ("torch", "ng")}
    for lib, p in procs.items():
        _, err = p.communicate(timeout=TIMEOUT * len(ALL))
        assert p.returncode == 0, "the %s corpus runner failed:\n%s" % (lib, err[-3000:])

    def result(lib, script):
        base = os.path.join(str(root / lib), script)
        with open(base + ".rc") as f:
            rc = int(f.read())
        with open(base + ".out", encoding="utf-8", errors="replace") as f:
            out = f.read()
        with open(base + ".err", encoding="utf-8", errors="replace") as f:
            err = f.read()
        return rc, _ADDR.sub("0x?", out), err
    return result


def _decimals(token):
    if "e" in token.lower() or "." not in token:
        return None
    return len(token.split(".", 1)[1])


def _numbers_agree(a, b, rtol, atol):
    if a == b:
        return True
    if not any(c in a + b for c in ".eE") or any(w in a + b for w in ("nan", "inf")):
        return False            # integers, nan and inf compare exactly
    x, y = float(a), float(b)
    if abs(x - y) <= atol + rtol * abs(y):
        return True
    da, db = _decimals(a), _decimals(b)
    return da is not None and da == db and abs(x - y) <= 1.0001 * 10.0 ** -da


def _line_diff(ng, pt, opts):
    """None if the two lines agree, else a reason."""
    if ng == pt:
        return None
    if opts["structure"]:
        return None if _NUMBER.sub("#", ng) == _NUMBER.sub("#", pt) else "structure differs"
    if _NUMBER.sub("#", ng) != _NUMBER.sub("#", pt):
        return "text differs"
    for a, b in zip(_NUMBER.findall(ng), _NUMBER.findall(pt)):
        if not _numbers_agree(a, b, opts["rtol"], opts["atol"]):
            return "numbers differ: %s vs %s" % (a, b)
    return None


def _compare(ng_out, pt_out, opts, prefix_only=False):
    ng_lines, pt_lines = ng_out.splitlines(), pt_out.splitlines()
    if prefix_only:
        pt_lines = pt_lines[:len(ng_lines)]
    problems = []
    for i, (a, b) in enumerate(zip(ng_lines, pt_lines)):
        why = _line_diff(a, b, opts)
        if why:
            problems.append("line %d (%s):\n  nativegrad: %s\n  PyTorch:    %s" % (i + 1, why, a, b))
    if len(ng_lines) != len(pt_lines):
        problems.append("nativegrad printed %d lines, PyTorch %d" % (len(ng_lines), len(pt_lines)))
    assert not problems, "\n".join(problems[:10])


def _last_error_line(stderr):
    lines = [l for l in stderr.strip().splitlines() if l.strip()]
    return lines[-1] if lines else ""


def _mentions(error, name):
    if name == "advanced-indexing":
        return "advanced indexing" in error
    return ("'%s'" % name) in error


def _params():
    out = []
    for s in ALL:
        if s in MISSING:
            reason = "stops at names the lead has not added yet: " + ", ".join(MISSING[s])
            out.append(pytest.param(s, marks=pytest.mark.xfail(strict=True, raises=StoppedAtMissingName,
                                                               reason=reason)))
        else:
            out.append(s)
    return out


def test_corpus_is_complete():
    assert len(ALL) >= 20
    unknown = sorted(set(MISSING) - set(ALL))
    assert not unknown, "MISSING.txt names scripts that do not exist: %s" % unknown


@pytest.mark.parametrize("script", _params())
def test_script(script, runs):
    opts = _directives(os.path.join(SCRIPTS, script))
    rc_pt, out_pt, err_pt = runs("torch", script)
    assert rc_pt == 0, "the script fails under PyTorch itself:\n" + err_pt[-3000:]
    rc_ng, out_ng, err_ng = runs("ng", script)
    if rc_ng != 0:
        error = _last_error_line(err_ng)
        names = MISSING.get(script, [])
        stopped = [n for n in names if _mentions(error, n)]
        if stopped:
            _compare(out_ng, out_pt, opts, prefix_only=True)
            raise StoppedAtMissingName("stopped at %s: %s" % (", ".join(stopped), error))
        raise AssertionError("the nativegrad run failed:\n" + err_ng[-3000:])
    _compare(out_ng, out_pt, opts)
