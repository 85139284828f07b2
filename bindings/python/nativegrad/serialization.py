"""``nativegrad.save`` / ``nativegrad.load``: state dicts in the safetensors format.

A state dict (``{name: Tensor}``, e.g. ``net.state_dict()``) is written as one
safetensors tensor per entry, under its own name, so any safetensors reader can
open the file.  Other objects made of dicts, lists, tuples, tensors and plain
values (an optimizer's ``state_dict()``: ``{'state': {0: {'step': t, ...}},
'param_groups': [{'lr': 0.1, 'params': [0, 1]}]}``) are stored as well: their
tensors under dotted paths (``state.0.exp_avg``) and everything else as JSON in
the header's ``__metadata__`` under the key ``nativegrad.structure``, from which
``load`` rebuilds the same object.

Which tensors are ``nn.Parameter``s and which require grad is kept in the metadata
key ``nativegrad.tensor_attrs`` (``{name: ["parameter", "requires_grad"]}``, only for
tensors that are either); files without it load plain tensors, as before.

A whole ``nn.Module`` is stored as its class's import path and its attributes
(parameters, buffers, submodules, settings), with the node ``{"__module__": ...}``
in the structure; ``load`` rebuilds it without calling ``__init__``, as unpickling
does.  The class must be importable at load time and already imported: ``load``
looks classes up in ``sys.modules`` and never imports a module a file names.

Unlike ``torch.save`` (pickle), loading never runs code from the file, and the
library validates the whole file before it reads any tensor.  Tensors are
stored by value: views into shared storage are not kept (two references to the
same Tensor object are).  A file that is not a valid safetensors file raises
``UnpicklingError`` (a ``pickle.UnpicklingError``, as ``torch.load`` raises for a
corrupt file, and a ``RuntimeError``).
"""

import collections
import ctypes
import json
import os
import pickle
import sys

from . import _abi
from ._native import lib as _L, raise_status as _raise, take_string as _take_string
from ._tensor import Tensor, _wrap

__all__ = ["save", "load", "UnpicklingError"]


class UnpicklingError(pickle.UnpicklingError, RuntimeError):
    """A file ``load`` cannot read: not a safetensors file, or a damaged one. A ``pickle.UnpicklingError``
    as ``torch.load`` raises for a corrupt file, and a ``RuntimeError`` as nativegrad raised before."""


class _EmptyFileError(UnpicklingError, EOFError):
    """An empty file (``torch.load`` raises EOFError: Ran out of input)."""


STRUCTURE_KEY = "nativegrad.structure"
# {name: ["parameter", "requires_grad"]} for the tensors that are nn.Parameters or require grad.
TENSOR_ATTRS_KEY = "nativegrad.tensor_attrs"
# Set to "dict" for a plain {name: Tensor} dict (not an OrderedDict), so that load returns the
# same type as torch.load does; files without it (OrderedDicts, other writers) load as OrderedDict.
CONTAINER_KEY = "nativegrad.container"
_ERR_IO = getattr(_abi, "NG_ERR_IO", 11)
_VP = ctypes.c_void_p


def _raise_io(st, path):
    if st == _ERR_IO:
        _raise(st, OSError)
    _raise(st)


# ---------------------------------------------------------------- flattening

def _is_plain_state_dict(obj):
    return (isinstance(obj, dict)
            and all(isinstance(k, str) and k != "__metadata__" for k in obj)
            and all(isinstance(v, Tensor) for v in obj.values()))


_KEY_TYPES = (str, int, float, bool, type(None))


class _Flattener(object):
    """Turns an object into a JSON skeleton, collecting its tensors under dotted names."""

    def __init__(self):
        self.names = []
        self.tensors = []
        self._used = set()
        self._by_id = {}
        self._module_ids = {}
        self._keep = []   # the modules encoded, alive until the end (their ids stay unique)

    def _name_for(self, path):
        name = path or "tensor"
        if name in self._used or name == "__metadata__":
            k = 1
            while "%s#%d" % (name, k) in self._used:
                k += 1
            name = "%s#%d" % (name, k)
        self._used.add(name)
        return name

    def encode(self, x, path):
        if isinstance(x, Tensor):
            name = self._by_id.get(id(x))
            if name is None:
                name = self._name_for(path)
                self._by_id[id(x)] = name
                self.names.append(name)
                self.tensors.append(x)
            return {"__tensor__": name}
        if x is None or isinstance(x, (bool, int, float, str)):
            return x
        sub = (path + ".") if path else ""
        if isinstance(x, dict):
            items = []
            for k, v in x.items():
                if not isinstance(k, _KEY_TYPES):
                    raise TypeError("nativegrad.save: dict key %r at '%s' has type %s; keys must be str, int, "
                                    "float, bool or None" % (k, path, type(k).__name__))
                items.append([k, self.encode(v, sub + str(k))])
            return {"__dict__": items, "ordered": isinstance(x, collections.OrderedDict)}
        if isinstance(x, list):
            return [self.encode(v, sub + str(i)) for i, v in enumerate(x)]
        if isinstance(x, tuple):
            return {"__tuple__": [self.encode(v, sub + str(i)) for i, v in enumerate(x)]}
        if isinstance(x, (set, frozenset)):
            return {"__set__": [self.encode(v, sub + str(i)) for i, v in enumerate(x)],
                    "frozen": isinstance(x, frozenset)}
        from ._dtype import dtype as _dtype_cls
        if isinstance(x, _dtype_cls):
            return {"__dtype__": str(x).replace("torch.", "")}
        from .nn.module import Module
        if isinstance(x, Module):
            return self._encode_module(x, path)
        if isinstance(x, type) or callable(x):
            return {"__global__": _global_name(x, path)}
        raise TypeError("nativegrad.save: cannot store an object of type %s at '%s' (supported: Tensor, nn.Module, "
                        "dict, list, tuple, set, str, int, float, bool, None, dtype)" % (type(x).__name__, path or "<root>"))

    def _encode_module(self, m, path):
        k = self._module_ids.get(id(m))
        if k is not None:
            return {"__module_ref__": k}
        k = len(self._module_ids)
        self._module_ids[id(m)] = k
        self._keep.append(m)
        if not isinstance(getattr(m, "__dict__", None), dict):
            raise TypeError("nativegrad.save: the module at '%s' has no attribute dict" % (path or "<root>"))
        return {"__module__": _global_name(type(m), path, module_class=True), "id": k,
                "state": self.encode(dict(m.__dict__), path)}

    def tensor_attrs(self):
        """{name: flags} for the tensors saved that are Parameters or require grad."""
        return _tensor_attrs(self.names, self.tensors)


def _tensor_attrs(names, tensors):
    from .nn.parameter import Parameter
    attrs = {}
    for name, t in zip(names, tensors):
        flags = []
        if isinstance(t, Parameter):
            flags.append("parameter")
        if t.requires_grad:
            flags.append("requires_grad")
        if flags:
            attrs[name] = flags
    return attrs


def _global_name(obj, path, module_class=False):
    """``module:qualname`` of a class or function that ``load`` can find again by that name: a
    module class anywhere, other callables only from nativegrad itself (a file must not be able to
    plant an arbitrary function, such as os.system, into a model)."""
    module = getattr(obj, "__module__", None)
    qualname = getattr(obj, "__qualname__", None)
    where = path or "<root>"
    if module_class:
        what = "the module class %s at '%s'" % (getattr(obj, "__name__", obj), where)
    else:
        what = "%r at '%s'" % (obj, where)
    if not module or not qualname or "<" in qualname:
        raise TypeError("nativegrad.save: cannot store %s: it has no importable name (a class or function "
                        "defined inside a function, or a lambda); save the state_dict() instead" % what)
    if not module_class and not (module == "nativegrad" or module.startswith("nativegrad.")):
        raise TypeError("nativegrad.save: cannot store %s: only nn.Module classes and nativegrad's own functions "
                        "and classes are stored by name; save the state_dict() instead" % what)
    try:
        found = _resolve(module, qualname)
    except LookupError:
        found = None
    if found is not obj:
        raise TypeError("nativegrad.save: cannot store %s: %s.%s does not name it" % (what, module, qualname))
    return module + ":" + qualname


def _resolve(module, qualname):
    mod = sys.modules.get(module)
    if mod is None:
        raise LookupError(module)
    obj = mod
    for part in qualname.split("."):
        try:
            obj = getattr(obj, part)
        except AttributeError:
            raise LookupError(qualname) from None
    return obj


def _bad(msg):
    return UnpicklingError("nativegrad.load: " + msg)


class _Decoder(object):
    """Rebuilds the object from the JSON skeleton and the file's tensors (``table``)."""

    def __init__(self, table, weights_only=False):
        self.table = table
        self.used = set()
        self.modules = {}
        self.weights_only = weights_only

    def decode(self, x):
        if isinstance(x, list):
            return [self.decode(v) for v in x]
        if not isinstance(x, dict):
            return x
        if "__tensor__" in x:
            name = x["__tensor__"]
            if name not in self.table:
                raise _bad("the file's structure refers to tensor %r, which the file does not hold" % (name,))
            self.used.add(name)
            return self.table[name]
        if "__tuple__" in x:
            return tuple(self.decode(v) for v in x["__tuple__"])
        if "__dict__" in x:
            d = collections.OrderedDict() if x.get("ordered") else {}
            for item in x["__dict__"]:
                if not isinstance(item, list) or len(item) != 2:
                    raise _bad("the file's structure has a malformed dict entry %r" % (item,))
                d[item[0]] = self.decode(item[1])
            return d
        if "__set__" in x:
            items = [self.decode(v) for v in x["__set__"]]
            return frozenset(items) if x.get("frozen") else set(items)
        if "__dtype__" in x:
            from . import _dtype
            dt = getattr(sys.modules["nativegrad"], str(x["__dtype__"]), None)
            if not isinstance(dt, _dtype.dtype):
                raise _bad("the file's structure names an unknown dtype %r" % (x["__dtype__"],))
            return dt
        if "__module__" in x:
            return self._module(x)
        if "__module_ref__" in x:
            k = x["__module_ref__"]
            if k not in self.modules:
                raise _bad("the file's structure refers to module #%r before defining it" % (k,))
            return self.modules[k]
        if "__global__" in x:
            return self._global(x["__global__"], module_class=False)
        raise _bad("the file's structure has an unknown node %r" % (x,))

    def _global(self, name, module_class):
        from .nn.module import Module
        module, _, qualname = str(name).partition(":")
        if self.weights_only:
            raise UnpicklingError("Weights only load failed. Re-running `torch.load` with `weights_only` set to "
                                  "`False` will likely succeed. Unsupported class %s.%s" % (module, qualname))
        if not module or not qualname or "<" in qualname:
            raise _bad("the file's structure has a malformed name %r" % (name,))
        if not module_class and not (module == "nativegrad" or module.startswith("nativegrad.")):
            raise _bad("the file names %s.%s, which is not nativegrad's; refusing it" % (module, qualname))
        if module not in sys.modules:
            raise _bad("the file holds a %s.%s; import %s before loading it (load never imports a module "
                       "a file names)" % (module, qualname, module))
        try:
            obj = _resolve(module, qualname)
        except LookupError:
            raise _bad("the file holds a %s.%s, which module %s does not define (any more)"
                       % (module, qualname, module)) from None
        if module_class and not (isinstance(obj, type) and issubclass(obj, Module)):
            raise _bad("%s.%s is not an nn.Module class" % (module, qualname))
        return obj

    def _module(self, x):
        cls = self._global(x["__module__"], module_class=True)
        k = x.get("id")
        m = cls.__new__(cls)
        self.modules[k] = m
        state = self.decode(x.get("state"))
        if not isinstance(state, dict) or not all(isinstance(key, str) for key in state):
            raise _bad("the module %s has a malformed state" % (x["__module__"],))
        m.__dict__.update(state)
        return m


def _apply_tensor_attrs(metadata, names, tensors):
    """Makes the tensors the metadata flags Parameters (or requiring grad) again."""
    raw = metadata.get(TENSOR_ATTRS_KEY)
    if raw is None:
        return tensors
    try:
        attrs = json.loads(raw)
    except ValueError as e:
        raise _bad("the '%s' metadata is not valid JSON: %s" % (TENSOR_ATTRS_KEY, e)) from None
    if not isinstance(attrs, dict):
        raise _bad("the '%s' metadata is not a JSON object" % TENSOR_ATTRS_KEY)
    from .nn.parameter import Parameter
    index = {n: i for i, n in enumerate(names)}
    tensors = list(tensors)
    for name, flags in attrs.items():
        if name not in index or not isinstance(flags, list):
            raise _bad("the '%s' metadata names tensor %r, which the file does not hold" % (TENSOR_ATTRS_KEY, name))
        i = index[name]
        requires_grad = "requires_grad" in flags
        if "parameter" in flags:
            tensors[i] = Parameter(tensors[i], requires_grad=requires_grad)
        elif requires_grad:
            tensors[i].requires_grad_(True)
    return tensors


# ---------------------------------------------------------------- native calls

def _save_file(path, names, tensors, metadata):
    n = len(names)
    c_names = (ctypes.c_char_p * max(n, 1))(*[s.encode("utf-8") for s in names])
    c_tensors = (_VP * max(n, 1))(*[t._h for t in tensors])
    meta = json.dumps(metadata, ensure_ascii=False).encode("utf-8")
    st = _L.ng_save(os.fsencode(path), c_names, c_tensors, n, meta)
    if st:
        _raise_io(st, path)


def _raise_load(st, path):
    """A native load failure: OSError for I/O, else the file is not a (valid) safetensors file."""
    if st == _ERR_IO:
        _raise(st, OSError)
    try:
        _raise(st)
    except RuntimeError as e:
        msg = str(e)
    if os.path.getsize(path) == 0:
        raise _EmptyFileError("Ran out of input (" + msg + ")") from None
    raise UnpicklingError(msg) from None


def _load_file(path):
    bpath = os.fsencode(path)
    count = ctypes.c_int32()
    st = _L.ng_load_count(bpath, ctypes.byref(count))
    if st:
        _raise_load(st, path)
    cap = count.value
    c_names = (_VP * max(cap, 1))()
    c_tensors = (_VP * max(cap, 1))()
    got = ctypes.c_int32()
    meta = _VP()
    st = _L.ng_load(bpath, c_names, c_tensors, cap, ctypes.byref(got), ctypes.byref(meta))
    if st:
        _raise_load(st, path)
    tensors = [_wrap(c_tensors[i]) for i in range(got.value)]   # own the handles before anything can fail
    names = [_take_string(_VP(c_names[i])) for i in range(got.value)]
    return names, tensors, json.loads(_take_string(meta))


def _refuse_pytorch_file(head, name):
    """torch.save writes a zip archive (PyTorch >= 1.6) or a bare pickle (older, or
    _use_new_zipfile_serialization=False); say so instead of a safetensors header error."""
    kind = None
    if head[8:9] == b"{":
        return   # a safetensors header (its 8-byte length can start with any bytes)
    if head[:4] == b"PK\x03\x04":
        kind = "a zip archive (torch.save's default format)"
    elif len(head) >= 2 and head[0] == 0x80 and 2 <= head[1] <= 5:
        kind = "a pickle (torch.save's legacy format)"
    if kind:
        raise RuntimeError("nativegrad.load: %s is a PyTorch file, %s; nativegrad reads only safetensors files "
                           "(it never unpickles). Convert it once with PyTorch, e.g. "
                           "safetensors.torch.save_file(torch.load(path), 'model.safetensors')" % (name, kind))


def _is_path(f):
    return isinstance(f, (str, bytes, os.PathLike))


# ---------------------------------------------------------------- public API

def save(obj, f, pickle_module=None, pickle_protocol=None, _use_new_zipfile_serialization=True):
    """Saves ``obj`` to ``f`` (a path or a binary file object) in the safetensors format.

    ``obj`` is usually a state dict (``{name: Tensor}``, as ``Module.state_dict()`` returns):
    each tensor is stored under its name.  Nested dicts, lists, tuples and sets of tensors and plain
    values (ints, floats, bools, strings, None, dtypes) are stored too, e.g. an optimizer's
    ``state_dict()``, and whole ``nn.Module``s (by class name and attributes); ``load`` returns the
    same structure, with ``nn.Parameter``s and ``requires_grad`` as saved.  The file is replaced
    atomically.
    ``pickle_module``/``pickle_protocol`` are accepted for compatibility and ignored.
    """
    metadata = {"format": "pt"}
    if _is_plain_state_dict(obj):
        names, tensors = list(obj.keys()), list(obj.values())
        if not isinstance(obj, collections.OrderedDict):
            metadata[CONTAINER_KEY] = "dict"
    else:
        fl = _Flattener()
        skeleton = fl.encode(obj, "")
        names, tensors = fl.names, fl.tensors
        metadata[STRUCTURE_KEY] = json.dumps(skeleton, separators=(",", ":"), ensure_ascii=False)
    attrs = _tensor_attrs(names, tensors)
    if attrs:
        metadata[TENSOR_ATTRS_KEY] = json.dumps(attrs, separators=(",", ":"), ensure_ascii=False)
    if _is_path(f):
        _save_file(f, names, tensors, metadata)
        return
    if not hasattr(f, "write"):
        raise TypeError("nativegrad.save: f must be a path or a binary file object, not %s" % type(f).__name__)
    import tempfile   # here, not at import: it loads shutil, bz2, lzma and zlib (0.6 MB)
    fd, tmp = tempfile.mkstemp(suffix=".safetensors")
    os.close(fd)
    try:
        _save_file(tmp, names, tensors, metadata)
        with open(tmp, "rb") as src:
            f.write(src.read())
    finally:
        os.unlink(tmp)


def load(f, map_location=None, pickle_module=None, weights_only=None, mmap=None, **pickle_load_args):
    """Loads an object saved by ``save`` (or any safetensors file) from ``f`` (a path or a binary
    file object).

    A plain safetensors file gives an ``OrderedDict`` of name -> Tensor in the header's order,
    ready for ``Module.load_state_dict`` (a plain ``dict`` if ``save`` was given one, as
    ``torch.load`` does).  A file written by ``save`` from a nested object gives that object
    back; a saved ``nn.Module`` comes back as a module of the same class (which must be imported
    already), unless ``weights_only`` is true.  A file that is not a valid safetensors file raises
    ``UnpicklingError`` (both a ``pickle.UnpicklingError`` and a ``RuntimeError``) naming the problem;
    a file written by ``torch.save`` raises ``RuntimeError`` naming PyTorch's zip or pickle format;
    a missing file raises ``FileNotFoundError``.  ``map_location`` may only name the CPU.
    """
    # torch.load passes these to pickle.load; NativeGrad never unpickles: only `encoding` (meaningful
    # for old pickles only) is accepted, anything else is an error rather than silently ignored.
    pickle_load_args.pop("encoding", None)
    if pickle_load_args:
        raise TypeError("load() got unexpected keyword argument(s) %s (nativegrad.load reads safetensors files "
                        "and never unpickles)" % ", ".join("'%s'" % k for k in pickle_load_args))
    if map_location not in (None, "cpu") and str(map_location) != "cpu":
        raise RuntimeError("nativegrad.load: only map_location='cpu' is supported, got %r" % (map_location,))
    if _is_path(f):
        path = f
        if not os.path.exists(path):
            raise FileNotFoundError(2, "No such file or directory", os.fsdecode(path))
        with open(path, "rb") as fh:
            _refuse_pytorch_file(fh.read(9), os.fsdecode(path))
        names, tensors, metadata = _load_file(path)
    elif hasattr(f, "read"):
        data = f.read()
        _refuse_pytorch_file(data[:9], getattr(f, "name", "the file object"))
        import tempfile
        fd, tmp = tempfile.mkstemp(suffix=".safetensors")
        try:
            with os.fdopen(fd, "wb") as dst:
                dst.write(data)
            names, tensors, metadata = _load_file(tmp)
        finally:
            os.unlink(tmp)
    else:
        raise TypeError("nativegrad.load: f must be a path or a binary file object, not %s" % type(f).__name__)

    tensors = _apply_tensor_attrs(metadata, names, tensors)
    structure = metadata.get(STRUCTURE_KEY)
    if structure is None:
        if metadata.get(CONTAINER_KEY) == "dict":
            return dict(zip(names, tensors))
        return collections.OrderedDict(zip(names, tensors))
    try:
        skeleton = json.loads(structure)
    except ValueError as e:
        raise _bad("the '%s' metadata is not valid JSON: %s" % (STRUCTURE_KEY, e)) from None
    decoder = _Decoder(dict(zip(names, tensors)), weights_only=bool(weights_only))
    obj = decoder.decode(skeleton)
    unused = [n for n in names if n not in decoder.used]
    if unused:
        raise _bad("the file holds tensors its structure does not use: %s" % ", ".join(repr(n) for n in unused))
    return obj
