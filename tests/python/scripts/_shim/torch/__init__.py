"""A ``torch`` that is nativegrad: ``import torch`` (and ``import torch.nn.functional as F``, ``from
torch.utils.data import DataLoader``, ...) give nativegrad's modules themselves. Used by
tests/python/test_scripts.py, which puts this folder's parent first on sys.path for the nativegrad
run of each script."""

import importlib
import importlib.abc
import importlib.util
import sys

import nativegrad


class _Alias(importlib.abc.MetaPathFinder, importlib.abc.Loader):
    """``torch.X`` is the module ``nativegrad.X`` (the same object)."""

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


sys.meta_path.insert(0, _Alias())
for _name, _mod in list(sys.modules.items()):
    if _name.startswith("nativegrad."):
        sys.modules["torch." + _name[len("nativegrad."):]] = _mod
sys.modules["torch"] = nativegrad   # `import torch` returns what sys.modules holds once this file ran
