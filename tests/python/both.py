"""Run one snippet of PyTorch code twice in this process, with ``torch`` bound to real PyTorch and to
nativegrad, and return what each printed (exceptions as ``!TypeName: message``), so that tests compare
the two outputs. Object addresses (``0x...``) are normalised."""

import contextlib
import io
import re
import textwrap

_ADDR = re.compile(r"0x[0-9a-fA-F]+")


def run(code, torch_module, extra=None):
    """Executes ``code`` with ``torch`` (and ``nn``, ``F``) bound to ``torch_module``; returns the output."""
    ns = {"torch": torch_module, "nn": torch_module.nn, "F": torch_module.nn.functional}
    if extra:
        ns.update(extra)
    compiled = compile(textwrap.dedent(code), "<snippet>", "exec")   # a broken snippet fails the test
    buf = io.StringIO()
    with contextlib.redirect_stdout(buf):
        try:
            exec(compiled, ns)
        except Exception as e:   # the exception is part of the compared output
            print("!%s: %s" % (type(e).__name__, e))
    return _ADDR.sub("0x?", buf.getvalue())


def outputs(code, extra=None):
    """(torch output, nativegrad output) of ``code``."""
    import torch
    import nativegrad
    import nativegrad.nn  # noqa: F401
    return run(code, torch, extra), run(code, nativegrad, extra)


def assert_same_output(code, extra=None):
    t, n = outputs(code, extra)
    if n != t:
        import difflib
        diff = "\n".join(difflib.unified_diff(t.splitlines(), n.splitlines(), "PyTorch", "nativegrad", lineterm=""))
        raise AssertionError("outputs differ:\n" + diff)
