"""``nativegrad.save`` / ``nativegrad.load``: state dicts in the safetensors format.

A state dict (``{name: Tensor}``, e.g. ``net.state_dict()``) is written as one
safetensors tensor per entry, under its own name, so any safetensors reader can
open the file.  Other objects made of dicts, lists, tuples, tensors and plain
values (an optimizer's ``state_dict()``: ``{'state': {0: {'step': t, ...}},
'param_groups': [{'lr': 0.1, 'params': [0, 1]}]}``) are stored as well: their
tensors under dotted paths (``state.0.exp_avg``) and everything else as JSON in
the header's ``__metadata__`` under the key ``nativegrad.structure``, from which
``load`` rebuilds the same object.

Unlike ``torch.save`` (pickle), loading never runs code from the file, and the
library validates the whole file before it reads any tensor.  Tensors are
stored by value: ``requires_grad`` and views into shared storage are not kept
(two references to the same Tensor object are).
"""

import collections
import ctypes
import json
import os

from . import _abi
from ._native import lib as _L, raise_status as _raise, take_string as _take_string
from ._tensor import Tensor, _wrap

__all__ = ["save", "load"]

STRUCTURE_KEY = "nativegrad.structure"
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
        raise TypeError("nativegrad.save: cannot store an object of type %s at '%s' (supported: Tensor, dict, "
                        "list, tuple, str, int, float, bool, None)" % (type(x).__name__, path or "<root>"))


def _decode(x, table, used):
    if isinstance(x, list):
        return [_decode(v, table, used) for v in x]
    if not isinstance(x, dict):
        return x
    if "__tensor__" in x:
        name = x["__tensor__"]
        if name not in table:
            raise RuntimeError("nativegrad.load: the file's structure refers to tensor %r, which the file "
                               "does not hold" % (name,))
        used.add(name)
        return table[name]
    if "__tuple__" in x:
        return tuple(_decode(v, table, used) for v in x["__tuple__"])
    if "__dict__" in x:
        d = collections.OrderedDict() if x.get("ordered") else {}
        for item in x["__dict__"]:
            if not isinstance(item, list) or len(item) != 2:
                raise RuntimeError("nativegrad.load: the file's structure has a malformed dict entry %r" % (item,))
            d[item[0]] = _decode(item[1], table, used)
        return d
    raise RuntimeError("nativegrad.load: the file's structure has an unknown node %r" % (x,))


# ---------------------------------------------------------------- native calls

def _save_file(path, names, tensors, metadata):
    n = len(names)
    c_names = (ctypes.c_char_p * max(n, 1))(*[s.encode("utf-8") for s in names])
    c_tensors = (_VP * max(n, 1))(*[t._h for t in tensors])
    meta = json.dumps(metadata, ensure_ascii=False).encode("utf-8")
    st = _L.ng_save(os.fsencode(path), c_names, c_tensors, n, meta)
    if st:
        _raise_io(st, path)


def _load_file(path):
    bpath = os.fsencode(path)
    count = ctypes.c_int32()
    st = _L.ng_load_count(bpath, ctypes.byref(count))
    if st:
        _raise_io(st, path)
    cap = count.value
    c_names = (_VP * max(cap, 1))()
    c_tensors = (_VP * max(cap, 1))()
    got = ctypes.c_int32()
    meta = _VP()
    st = _L.ng_load(bpath, c_names, c_tensors, cap, ctypes.byref(got), ctypes.byref(meta))
    if st:
        _raise_io(st, path)
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
    each tensor is stored under its name.  Nested dicts, lists and tuples of tensors and plain
    values (ints, floats, bools, strings, None) are stored too, e.g. an optimizer's
    ``state_dict()``; ``load`` returns the same structure.  The file is replaced atomically.
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
    back.  Bad files raise ``RuntimeError`` naming the problem (a file written by ``torch.save``
    is recognised as PyTorch's zip or pickle format); a missing file raises
    ``FileNotFoundError``.  ``map_location`` may only name the CPU.
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

    structure = metadata.get(STRUCTURE_KEY)
    if structure is None:
        if metadata.get(CONTAINER_KEY) == "dict":
            return dict(zip(names, tensors))
        return collections.OrderedDict(zip(names, tensors))
    try:
        skeleton = json.loads(structure)
    except ValueError as e:
        raise RuntimeError("nativegrad.load: the '%s' metadata is not valid JSON: %s" % (STRUCTURE_KEY, e)) from None
    table = dict(zip(names, tensors))
    used = set()
    obj = _decode(skeleton, table, used)
    unused = [n for n in names if n not in used]
    if unused:
        raise RuntimeError("nativegrad.load: the file holds tensors its structure does not use: %s"
                           % ", ".join(repr(n) for n in unused))
    return obj
