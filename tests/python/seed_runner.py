"""Run notebook cells against one backend and write what each printed as JSON.

    python seed_runner.py BACKEND CELLS_JSON RESULT_JSON

BACKEND is ``torch`` (real PyTorch) or ``nativegrad`` (``import torch`` inside the
cells then resolves to nativegrad: the package and its submodules are entered into
sys.modules under the ``torch`` names). Cells run in order in one namespace, as in
a notebook; like a notebook, the value of a trailing expression is printed (repr).
Before each cell the backend's generator is seeded with ``manual_seed(0)``.
Per cell the result holds stdout and, if the cell raised, the exception's type
name and message (later cells still run).
"""

import ast
import contextlib
import importlib
import importlib.abc
import importlib.util
import io
import json
import sys
import traceback


class _TorchAlias(importlib.abc.MetaPathFinder, importlib.abc.Loader):
    """Resolves ``import torch.X`` to the module ``nativegrad.X`` (the same object, so
    e.g. ``torch.nn.Parameter is nativegrad.nn.Parameter``)."""

    def find_spec(self, fullname, path=None, target=None):
        if not fullname.startswith("torch."):
            return None
        real = "nativegrad." + fullname[len("torch."):]
        try:
            if importlib.util.find_spec(real) is None:
                return None
        except ModuleNotFoundError:
            return None
        return importlib.util.spec_from_loader(fullname, self)

    def create_module(self, spec):
        return importlib.import_module("nativegrad." + spec.name[len("torch."):])

    def exec_module(self, module):
        pass


def _alias_nativegrad():
    import nativegrad
    import nativegrad.autograd
    import nativegrad.autograd.variable
    import nativegrad.autograd.grad_mode
    sys.modules["torch"] = nativegrad
    for name, mod in list(sys.modules.items()):
        if name.startswith("nativegrad."):
            sys.modules["torch." + name[len("nativegrad."):]] = mod
    sys.meta_path.insert(0, _TorchAlias())
    return nativegrad


def _run_cell(code, ns):
    tree = ast.parse(code, "<cell>", "exec")
    last = None
    if tree.body and isinstance(tree.body[-1], ast.Expr):
        last = ast.Expression(tree.body.pop().value)
    exec(compile(tree, "<cell>", "exec"), ns)
    if last is not None:
        value = eval(compile(last, "<cell>", "eval"), ns)
        if value is not None:
            print(repr(value))


def main(argv):
    backend, cells_path, result_path = argv[1:4]
    if backend == "nativegrad":
        mod = _alias_nativegrad()
    elif backend == "torch":
        import torch as mod
    else:
        raise SystemExit("unknown backend %r" % backend)
    with open(cells_path, encoding="utf-8") as f:
        cells = json.load(f)
    ns = {"__name__": "__main__"}
    results = []
    for cell in cells:
        mod.manual_seed(0)
        buf = io.StringIO()
        exc_type = exc_msg = None
        tb = None
        with contextlib.redirect_stdout(buf):
            try:
                _run_cell(cell, ns)
            except Exception as e:  # noqa: BLE001 - the notebook's errors are part of the result
                exc_type = type(e).__name__
                exc_msg = str(e)
                tb = traceback.format_exc()
        results.append({"stdout": buf.getvalue(), "exc_type": exc_type, "exc_msg": exc_msg,
                        "traceback": tb})
    with open(result_path, "w", encoding="utf-8") as f:
        json.dump(results, f)


if __name__ == "__main__":
    main(sys.argv)
