"""Packaging facts every binding relies on: the release version from its one source."""

import os
import re

import nativegrad
from nativegrad import _abi, _native

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def test_version_comes_from_the_engine_project_and_matches_the_library():
    with open(os.path.join(ROOT, "engine", "Version.props"), encoding="utf-8") as f:
        declared = re.findall(r"<Version>\s*([0-9]+\.[0-9]+\.[0-9]+)\s*</Version>", f.read())
    assert declared == [nativegrad.__version__]
    assert _abi.VERSION == nativegrad.__version__
    assert _native.lib.ng_version().decode("utf-8") == nativegrad.__version__


# ---------------------------------------------------------------- docstrings

import importlib
import inspect
import pkgutil
import types


def _public_modules():
    """nativegrad and every submodule with no underscore in its dotted name."""
    names = ["nativegrad"]
    for info in pkgutil.walk_packages(nativegrad.__path__, "nativegrad."):
        if not any(part.startswith("_") for part in info.name.split(".")):
            names.append(info.name)
    return [importlib.import_module(n) for n in sorted(names)]


def _public_api():
    """(qualified name, object) of every public module, function, class, method and property."""
    seen, out = set(), []

    def add(qual, obj):
        if id(obj) not in seen:
            seen.add(id(obj))
            out.append((qual, obj))

    for m in _public_modules():
        add(m.__name__, m)
        names = getattr(m, "__all__", None) or [n for n in vars(m) if not n.startswith("_")]
        for n in names:
            if n.startswith("_"):
                continue
            obj = getattr(m, n)
            if isinstance(obj, types.ModuleType) or not (inspect.isclass(obj) or inspect.isfunction(obj)):
                continue
            if not (getattr(obj, "__module__", None) or "").startswith("nativegrad"):
                continue  # re-exported from the standard library
            add(m.__name__ + "." + n, obj)
            if inspect.isclass(obj):
                for a in sorted(dir(obj)):
                    if a.startswith("_"):
                        continue
                    raw = inspect.getattr_static(obj, a)
                    if isinstance(raw, (staticmethod, classmethod)):
                        raw = raw.__func__
                    if isinstance(raw, property) or (inspect.isfunction(raw) and
                                                     (raw.__module__ or "").startswith("nativegrad")):
                        add("%s.%s.%s" % (m.__name__, n, a), raw)
    return out


def test_every_public_object_has_a_docstring():
    api = _public_api()
    assert len(api) > 300  # the walk reaches the whole API (Tensor alone has over 100 members)
    missing = [q for q, obj in api if not (getattr(obj, "__doc__", None) or "").strip()]
    assert missing == [], "public objects without a docstring:\n  " + "\n  ".join(missing)


def test_every_docs_table_entry_names_a_public_object():
    from nativegrad import _docs
    stale = [n for n in _docs.DOCS if not hasattr(nativegrad, n) and n not in vars(nativegrad.Tensor)]
    assert stale == []


# ---------------------------------------------------------------- type stubs

import ast
import subprocess
import sys

import pytest

STUBGEN = os.path.join(ROOT, "bindings", "python", "tools", "make_stubs.py")
PKG_DIR = os.path.dirname(os.path.abspath(nativegrad.__file__))


@pytest.fixture(scope="module")
def stubs(tmp_path_factory):
    """The stubs generated from the package under test: {file name: source}."""
    out = tmp_path_factory.mktemp("stubs")
    env = dict(os.environ, PYTHONPATH=os.path.dirname(PKG_DIR))
    subprocess.run([sys.executable, STUBGEN, "--out", str(out)], check=True, env=env, stdout=subprocess.DEVNULL)
    return {n: (out / n).read_text(encoding="utf-8") for n in ("__init__.pyi", "_tensor.pyi")}


def _stub_class(source, name):
    tree = ast.parse(source)
    return next(n for n in tree.body if isinstance(n, ast.ClassDef) and n.name == name)


def _stub_members(cls_node):
    """name -> return annotation (or the annotation of an attribute)."""
    out = {}
    for n in cls_node.body:
        if isinstance(n, ast.FunctionDef) and not any(
                isinstance(d, ast.Attribute) and d.attr == "setter" for d in n.decorator_list):
            out[n.name] = ast.unparse(n.returns)
        elif isinstance(n, ast.AnnAssign):
            out[n.target.id] = ast.unparse(n.annotation)
    return out


def test_stubs_list_every_tensor_member_and_namespace_name(stubs):
    members = _stub_members(_stub_class(stubs["_tensor.pyi"], "Tensor"))
    public = [n for n in dir(nativegrad.Tensor) if not n.startswith("_")]
    assert [n for n in public if n not in members] == []
    tree = ast.parse(stubs["__init__.pyi"])
    declared = set()
    for n in tree.body:
        if isinstance(n, (ast.FunctionDef, ast.ClassDef)):
            declared.add(n.name)
        elif isinstance(n, ast.AnnAssign):
            declared.add(n.target.id)
        elif isinstance(n, ast.ImportFrom):
            declared.update(a.asname or a.name for a in n.names)
    names = [n for n in vars(nativegrad) if not n.startswith("_") or n == "__version__"]
    assert [n for n in names if n not in declared] == []
    assert {"nn", "optim", "autograd"} <= declared


def _matches(value, annotation):
    simple = {"Tensor": nativegrad.Tensor, "builtins.int": int, "builtins.bool": bool, "builtins.float": float,
              "builtins.str": str, "Size": nativegrad.Size, "dtype": nativegrad.dtype, "device": nativegrad.device,
              "Node": nativegrad._tensor.Node}
    if annotation == "Any":
        return True
    if annotation == "None":
        return value is None
    if annotation.startswith("Optional["):
        return value is None or _matches(value, annotation[len("Optional["):-1])
    if annotation.startswith("Union["):
        return any(_matches(value, a.strip()) for a in annotation[len("Union["):-1].split(","))
    if annotation == "builtins.int":
        return isinstance(value, int) and not isinstance(value, bool)
    return isinstance(value, simple[annotation])


def test_stub_return_types_match_what_calls_return(stubs):
    """Every Tensor method callable without arguments is called, every property read, on a float
    leaf that requires grad (in-place methods on a detached copy, ``grad_fn`` and ``retain_grad`` on
    a result): the result must have the type the stub declares, so the stub's default (Tensor) and
    its tables stay true."""
    members = _stub_members(_stub_class(stubs["_tensor.pyi"], "Tensor"))
    checked, wrong = 0, []
    for name, annotation in sorted(members.items()):
        if name.startswith("__") or name in ("backward", "numpy", "register_hook"):
            continue
        x = nativegrad.tensor([[1.5, -2.0], [0.5, 3.0]], requires_grad=True)
        target = x.detach().clone() if name.endswith("_") else (x * 1.0 if name in ("retain_grad", "grad_fn") else x)
        try:
            value = getattr(target, name)
            if callable(value):
                value = value()
        except (TypeError, RuntimeError, ValueError, AssertionError):
            continue  # needs arguments (or is refused on this tensor; cuda() asserts as a CPU-only PyTorch does)
        checked += 1
        if not _matches(value, annotation):
            wrong.append("%s -> %s, stub says %s" % (name, type(value).__name__, annotation))
    assert checked > 60
    assert wrong == []


def test_installed_stubs_are_current(stubs):
    """An installed package (the wheel) carries the stubs its own code generates."""
    if os.environ.get("NATIVEGRAD_TEST_INSTALLED") != "1":
        pytest.skip("checked against an installed package only")
    for name, text in stubs.items():
        with open(os.path.join(PKG_DIR, name), encoding="utf-8") as f:
            assert f.read() == text, name
    assert os.path.isfile(os.path.join(PKG_DIR, "py.typed"))


def test_stubs_let_a_type_checker_follow_tensor_chains(stubs, tmp_path):
    mypy = pytest.importorskip("mypy.api")
    pkg = tmp_path / "nativegrad"
    pkg.mkdir()
    for name, text in stubs.items():
        (pkg / name).write_text(text, encoding="utf-8")
    (pkg / "py.typed").write_text("")
    user = tmp_path / "use.py"
    user.write_text("import nativegrad as torch\n"
                    "x = torch.tensor([1.0, 2.0], requires_grad=True)\n"
                    "y = x.exp().sin().softmax(0).sum()\n"
                    "reveal_type(y)\nreveal_type(x.shape)\nreveal_type(x.grad)\nreveal_type(y.item())\n"
                    "reveal_type(torch.is_tensor(x))\ny.backward()\nn: int = x.dim()\n")
    out, err, status = mypy.run(["--no-incremental", "--follow-imports=silent", "--cache-dir", str(tmp_path / ".mypy"),
                                 str(user), str(pkg / "__init__.pyi"), str(pkg / "_tensor.pyi")])
    assert status == 0, out + err
    revealed = [ln.split('Revealed type is ')[1].strip('"') for ln in out.splitlines() if "Revealed type" in ln]
    assert revealed == ["nativegrad._tensor.Tensor", "nativegrad._dtype.Size", "Union[nativegrad._tensor.Tensor, None]",
                        "Union[builtins.int, builtins.float]", "builtins.bool"]


def test_the_package_under_test_is_the_one_intended():
    """In-tree runs use bindings/python; the wheel suite's runs use the installed package, whose
    library is the bundled copy (found without NATIVEGRAD_LIB)."""
    in_tree = os.path.join(ROOT, "bindings", "python", "nativegrad")
    if os.environ.get("NATIVEGRAD_TEST_INSTALLED") == "1":
        assert PKG_DIR != in_tree and "site-packages" in PKG_DIR
        assert "NATIVEGRAD_LIB" not in os.environ
        assert _native.lib_path == os.path.join(PKG_DIR, "lib", os.path.basename(_native.lib_path))
    else:
        assert PKG_DIR == in_tree


# ---------------------------------------------------------------- CPU check before loading

def _cpuinfo(tmp_path, flags):
    p = tmp_path / "cpuinfo"
    p.write_text("processor\t: 0\nmodel name\t: Test CPU\nflags\t\t: %s\n\nprocessor\t: 1\nflags\t\t: %s\n"
                 % (flags, flags))
    return str(p)


def test_cpu_without_avx2_or_fma_is_an_import_error_naming_them(tmp_path, monkeypatch):
    if not sys.platform.startswith("linux"):
        pytest.skip("the check reads /proc/cpuinfo (Linux)")
    monkeypatch.delenv("NATIVEGRAD_SKIP_CPU_CHECK", raising=False)
    old = _cpuinfo(tmp_path, "fpu sse sse2 ssse3 sse4_1 sse4_2 avx popcnt")
    with pytest.raises(ImportError, match=r"this CPU lacks avx2 and fma\. .*x86-64-v3"):
        _native.check_cpu(old)
    with pytest.raises(ImportError, match=r"this CPU lacks fma\."):
        _native.check_cpu(_cpuinfo(tmp_path, "sse2 avx avx2 bmi2"))
    _native.check_cpu(_cpuinfo(tmp_path, "sse2 avx avx2 fma bmi2"))   # v3: no error
    _native.check_cpu(str(tmp_path / "absent"))                        # unreadable: not checked
    monkeypatch.setenv("NATIVEGRAD_SKIP_CPU_CHECK", "1")
    _native.check_cpu(old)


def test_this_machine_passes_the_cpu_check():
    _native.check_cpu()
