"""Loads libnativegrad once and prepares every C function from the generated
signature table (``_abi.SIGNATURES``), so a call costs nothing beyond the
ctypes call itself.

Library lookup order:
  1. the environment variable ``NATIVEGRAD_LIB`` (a path to the library file);
  2. ``nativegrad/lib/<libname>`` next to this file (the build copies it there);
  3. ``<repo>/artifacts/lib/<libname>`` relative to this package.

The library is compiled for x86-64-v3 (AVX2 and FMA). On a CPU without them its runtime would
print a message and abort the whole process at the first call, so on Linux the CPU's flags are
checked first and a missing one is an ImportError (``NATIVEGRAD_SKIP_CPU_CHECK=1`` skips the check,
for a library built for another instruction set).
"""

import ctypes
import operator
import os
import sys
import threading

from . import _abi

__all__ = ["lib", "lib_path", "check", "raise_status", "take_string", "missing", "store_callback_error",
           "i64", "dim32", "int_tuple", "slice_bound", "check_cpu"]

if sys.platform.startswith("win"):
    _LIBNAME = "nativegrad.dll"
elif sys.platform == "darwin":
    _LIBNAME = "libnativegrad.dylib"
else:
    _LIBNAME = "libnativegrad.so"

_PKG_DIR = os.path.dirname(os.path.abspath(__file__))


def _candidates():
    env = os.environ.get("NATIVEGRAD_LIB")
    if env:
        # An explicit choice is honoured strictly: no silent fallback.
        return [env], True
    repo = os.path.dirname(os.path.dirname(os.path.dirname(_PKG_DIR)))
    return [os.path.join(_PKG_DIR, "lib", _LIBNAME),
            os.path.join(repo, "artifacts", "lib", _LIBNAME)], False


REQUIRED_CPU_FLAGS = ("avx2", "fma")


def check_cpu(cpuinfo="/proc/cpuinfo"):
    """Raises ImportError naming the CPU features the library needs that this CPU lacks (Linux
    x86-64; elsewhere, or when the flags cannot be read, nothing is checked)."""
    if os.environ.get("NATIVEGRAD_SKIP_CPU_CHECK") == "1" or not sys.platform.startswith("linux"):
        return
    try:
        with open(cpuinfo) as f:
            flags = next((set(ln.split(":", 1)[1].split()) for ln in f if ln.startswith("flags")), None)
    except OSError:
        return
    if flags is None:
        return
    missing = [x for x in REQUIRED_CPU_FLAGS if x not in flags]
    if missing:
        raise ImportError(
            "nativegrad: this CPU lacks %s. The native library is compiled for x86-64-v3 (AVX2 and FMA, "
            "found in most Intel CPUs since Haswell (2013) and AMD CPUs since Excavator (2015)) and cannot "
            "run here. (Set "
            "NATIVEGRAD_SKIP_CPU_CHECK=1 only for a library built for another instruction set.)"
            % " and ".join(missing))


def _load():
    check_cpu()
    paths, from_env = _candidates()
    for p in paths:
        if os.path.isfile(p):
            try:
                return ctypes.CDLL(p), p
            except OSError as e:
                raise ImportError("nativegrad: found the native library at %r but could not load it: %s"
                                  % (p, e)) from e
        if from_env:
            break
    if from_env:
        raise ImportError("nativegrad: NATIVEGRAD_LIB is set to %r, but no such file exists" % paths[0])
    raise ImportError(
        "nativegrad: the native library %s was not found. Looked in (in this order):\n"
        "  1. $NATIVEGRAD_LIB (not set)\n  2. %s\n  3. %s\n"
        "Build it (the build copies it into nativegrad/lib/) or set NATIVEGRAD_LIB to its path."
        % (_LIBNAME, paths[0], paths[1]))


_cdll, lib_path = _load()


def _after_fork_in_child():
    """os.fork() after the import: the .NET runtime under the library does not support fork (the child
    has none of the parent's runtime threads, and its next garbage collection waits for them forever)."""
    import warnings
    warnings.warn(
        "nativegrad was imported before this process forked: the .NET runtime it runs on does not "
        "survive fork(), and a forked child may hang at its next garbage collection. Start worker "
        "processes with multiprocessing's 'spawn' or 'forkserver' method, or fork before importing "
        "nativegrad.", RuntimeWarning, stacklevel=2)


if hasattr(os, "register_at_fork"):
    os.register_at_fork(after_in_child=_after_fork_in_child)


class _Lib(object):
    """Namespace holding the prepared C functions as attributes (ng_add, ...)."""
    pass


lib = _Lib()
missing = []


def _make_missing(name):
    def _missing(*args):
        raise RuntimeError("nativegrad: the native library %s does not export %s "
                           "(it may be older than these bindings)" % (lib_path, name))
    _missing.__name__ = name
    return _missing


for _name, (_res, _args) in _abi.SIGNATURES.items():
    try:
        _f = getattr(_cdll, _name)
    except AttributeError:
        missing.append(_name)
        setattr(lib, _name, _make_missing(_name))
        continue
    _f.restype = _res
    _f.argtypes = list(_args)
    setattr(lib, _name, _f)

if "ng_abi_version" in missing:
    raise ImportError("nativegrad: %s does not export ng_abi_version; it is not a NativeGrad library" % lib_path)
_version = lib.ng_abi_version()
if _version != _abi.ABI_VERSION:
    raise ImportError(
        "nativegrad: ABI version mismatch: the library %s implements C ABI version %d, but these "
        "Python bindings were generated for version %d. Rebuild the library and the bindings together."
        % (lib_path, _version, _abi.ABI_VERSION))

# ---------------------------------------------------------------- errors

_last_error = lib.ng_last_error
_EXC = {
    _abi.NG_ERR_INDEX: IndexError,
    _abi.NG_ERR_OUT_OF_MEMORY: MemoryError,
}


# A Python exception raised inside a ctypes callback cannot cross the native frames: the
# callback wrapper stores it here (per thread) and returns an error status; the binding
# re-raises it when the native call that ran the callback returns NG_ERR_CALLBACK.
_callback_error = threading.local()


def store_callback_error(exc):
    """Keep ``exc`` (raised inside a callback) to be re-raised by ``raise_status``. The latest
    wins: an error unwinding through nested callbacks is re-raised (consumed) in the outer
    callback and stored again there, so a stale exception can never mask a new one."""
    _callback_error.exc = exc


def raise_status(status, exc=None):
    """Raise the Python exception for a non-OK status, with ng_last_error() as message.
    For NG_ERR_CALLBACK the exception a Python callback raised is re-raised as is."""
    if status == _abi.NG_ERR_CALLBACK:
        pending = getattr(_callback_error, "exc", None)
        if pending is not None:
            _callback_error.exc = None
            try:
                raise pending
            finally:
                pending = None
    msg = _last_error()
    if isinstance(msg, int):  # restype declared as a pointer type
        msg = ctypes.string_at(msg) if msg else b""
    if msg is None:
        msg = b""
    if isinstance(msg, bytes):
        msg = msg.decode("utf-8", "replace")
    if not msg:
        msg = "nativegrad: native call failed with status %d" % status
    if exc is None:
        exc = _EXC.get(status, RuntimeError)
    raise exc(msg)


def check(status):
    if status:
        raise_status(status)


# ---------------------------------------------------------------- strings

_string_at = ctypes.string_at
if "ng_string_free" in missing:
    def _free_str(p):
        pass
else:
    # A private function object taking the address as c_void_p (the generated signature may
    # declare the parameter as c_char_p, which would need a slow ctypes.cast per call).
    _free_str = _cdll["ng_string_free"]
    _free_str.restype = None
    _free_str.argtypes = [ctypes.c_void_p]


def take_string(p):
    """Read a library-allocated UTF-8 string from a c_void_p output and free it."""
    addr = p.value
    if not addr:
        return ""
    try:
        return _string_at(addr).decode("utf-8", "replace")
    finally:
        _free_str(p)


# ---------------------------------------------------------------- integers
# ctypes keeps only the low bits of a Python int passed as c_int64/c_int32 (2**64 + 3 became 3), so every
# int that comes from the user is checked here first, raising what PyTorch raises.

_index = operator.index
_I64_LO, _I64_HI = -(1 << 63), (1 << 63) - 1
_I32_LO, _I32_HI = -(1 << 31), (1 << 31) - 1


def i64(v):
    """``operator.index(v)`` as a C int64; beyond int64, PyTorch's RuntimeError "Overflow when unpacking long"."""
    v = _index(v)
    if _I64_LO <= v <= _I64_HI:
        return v
    raise RuntimeError("Overflow when unpacking long")


def dim32(v, t, extra=0):
    """A dim of tensor ``t`` (of ``t.dim() + extra`` dims: 1 for unsqueeze, stack) for an int32 parameter of the
    library: checked as :func:`i64`; a dim past int32 is out of range for any tensor (at most 64 dims), so it
    raises PyTorch's IndexError here (``t.dim()`` is asked only then: this is on hot paths)."""
    v = _index(v)
    if _I32_LO <= v <= _I32_HI:
        return v
    i64(v)   # past int64: RuntimeError
    n = max((t.dim() if t is not None else 0) + extra, 1)
    raise IndexError("Dimension out of range (expected to be in range of [%d, %d], but got %d)" % (-n, n - 1, v))


def int_tuple(values, fname, argname, kind="SymInts"):
    """A tuple of ints (sizes, dims) for an int64 array: an element past int64 raises PyTorch's TypeError naming
    its position (``zeros(): argument 'size' must be tuple of SymInts, but found element of type int at pos 1``)."""
    r = tuple(map(_index, values))
    if r and (min(r) < _I64_LO or max(r) > _I64_HI):
        pos = [i for i, v in enumerate(r) if not _I64_LO <= v <= _I64_HI][0]
        raise TypeError("%s(): argument '%s' must be tuple of %s, but found element of type int at pos %d"
                        % (fname, argname, kind, pos + 1))
    return r


def slice_bound(v):
    """A slice start/stop/step as int64, clamped as Python clamps slices (INT64_MIN means "omitted" to the
    library, so the lowest bound sent is INT64_MIN + 1, which clamps the same)."""
    v = _index(v)
    return v if _I64_LO < v <= _I64_HI else (_I64_HI if v > 0 else _I64_LO + 1)

