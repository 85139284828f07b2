"""``torch.testing``: ``assert_close`` (and the deprecated ``assert_allclose``) with PyTorch's rules:
per-dtype default tolerances, attribute checks (shape, stride, device, dtype), ``equal_nan``,
recursion into sequences and mappings, and PyTorch's failure messages."""

import cmath
import collections.abc
import math
import struct
import warnings

from .._tensor import Tensor, _is_ndarray

__all__ = ["assert_close", "assert_allclose"]

# (rtol, atol) per floating dtype name; integral and bool dtypes are compared for equality.
_PRECISION = {"float32": (1.3e-6, 1e-5), "float64": (1e-7, 1e-7)}
_LEGACY_PRECISION = {"float32": (1e-4, 1e-5), "float64": (1e-5, 1e-8)}


class _Mismatch(Exception):
    """A failure and the exception type to raise for it; ``path`` is the item it occurred at."""

    def __init__(self, kind, msg):
        super().__init__(msg)
        self.kind, self.msg, self.path = kind, msg, ""


def _dtype_name(t):
    return str(t.dtype).replace("torch.", "")


def _f32(x):
    """x rounded to float32 (PyTorch divides integral differences in the default float dtype)."""
    try:
        return struct.unpack("f", struct.pack("f", x))[0]
    except OverflowError:
        return math.copysign(math.inf, x)


def _isclose(a, e, rtol, atol, equal_nan):
    if a == e:
        return True
    if equal_nan and a != a and e != e:
        return True
    err = abs(a - e)
    return math.isfinite(err) and err <= atol + abs(rtol * e)


def _mismatch_msg(identifier, equality, extra, abs_diff, abs_idx, atol, rel_diff, rel_idx, rtol):
    def line(kind, diff, idx, tol):
        s = ("%s difference: %s" % (kind.title(), diff)) if idx is None else \
            ("Greatest %s difference: %s at index %s" % (kind, diff, idx))
        return s + ("" if equality else " (up to %s allowed)" % tol) + "\n"
    msg = "%s are not %s!\n\n" % (identifier, "equal" if equality else "close")
    if extra:
        msg += extra + "\n"
    msg += line("absolute", abs_diff, abs_idx, atol) + line("relative", rel_diff, rel_idx, rtol)
    return msg.strip()


def _scalar_diffs(a, e):
    abs_diff = abs(a - e)
    rel_diff = abs_diff / abs(e) if e != 0 else (math.inf if abs_diff != 0 else math.nan)
    return abs_diff, rel_diff


def _compare_numbers(a, e, rtol, atol, equal_nan, identifier):
    if _isclose(a, e, rtol, atol, equal_nan):
        return
    abs_diff, rel_diff = _scalar_diffs(a, e)
    raise _Mismatch(AssertionError, _mismatch_msg(identifier, rtol == 0 and atol == 0, None, abs_diff, None, atol,
                                                  rel_diff, None, rtol))


def _unravel(flat, shape):
    idx = []
    for size in reversed(shape):
        flat, mod = divmod(flat, size)
        idx.append(mod)
    return tuple(reversed(idx))


def _flat_values(t, floating):
    values = t.reshape(-1).tolist()
    return [float(v) for v in values] if floating else [int(v) for v in values]


def _compare_tensors(a, e, rtol, atol, equal_nan, check_dtype, check_stride, msg_override):
    if a.shape != e.shape:
        raise _Mismatch(AssertionError, "The values for attribute 'shape' do not match: %s != %s." % (a.shape, e.shape))
    if check_stride and a.stride() != e.stride():
        raise _Mismatch(AssertionError, "The values for attribute 'stride()' do not match: %s != %s."
                        % (a.stride(), e.stride()))
    if check_dtype and a.dtype != e.dtype:
        raise _Mismatch(AssertionError, "The values for attribute 'dtype' do not match: %s != %s." % (a.dtype, e.dtype))
    if rtol is None:   # the tolerances of the dtype both are promoted to
        names = {_dtype_name(a), _dtype_name(e)}
        rtol, atol = next((_PRECISION[n] for n in ("float64", "float32") if n in names), (0.0, 0.0))
    floating = a.is_floating_point() or e.is_floating_point()
    av, ev = _flat_values(a.detach(), floating), _flat_values(e.detach(), floating)
    if a.dim() == 0:
        _compare_numbers(av[0], ev[0], rtol, atol, equal_nan, "Scalars")
        return
    bad = [i for i, (x, y) in enumerate(zip(av, ev)) if not _isclose(x, y, rtol, atol, equal_nan)]
    if not bad:
        return
    n = len(av)
    extra = "Mismatched elements: %d / %d (%.1f%%)" % (len(bad), n, 100.0 * len(bad) / n)
    # The greatest differences among the mismatched elements (a NaN wins, as torch.max lets it).
    abs_diffs, rel_diffs = [0] * n if not floating else [0.0] * n, [0.0] * n
    for i in bad:
        d = abs(av[i] - ev[i])
        abs_diffs[i] = d
        if floating:
            rel_diffs[i] = d / abs(ev[i]) if ev[i] != 0 else (math.inf if d != 0 else math.nan)
        else:
            rel_diffs[i] = _f32(d / abs(ev[i])) if ev[i] != 0 else math.inf

    def argmax(vals):
        best = 0
        for i, v in enumerate(vals):
            if v != v:
                return i
            if v > vals[best]:
                best = i
        return best
    ai, ri = argmax(abs_diffs), argmax(rel_diffs)
    raise _Mismatch(AssertionError, _mismatch_msg("Tensor-likes", rtol == 0 and atol == 0, extra, abs_diffs[ai],
                                                  _unravel(ai, tuple(a.shape)), atol, rel_diffs[ri],
                                                  _unravel(ri, tuple(a.shape)), rtol))


def _is_number(x):
    return isinstance(x, (int, float, complex))


def _compare(actual, expected, path, opts):
    """Recursive comparison; a failure deeper down remembers where it occurred."""
    rtol, atol, equal_nan, check_dtype, check_stride = opts
    if _is_ndarray(actual) and _is_ndarray(expected):   # (an array and a tensor are not compared, as in PyTorch)
        from .._creation import as_tensor
        actual, expected = as_tensor(actual), as_tensor(expected)
    try:
        if isinstance(actual, Tensor) and isinstance(expected, Tensor):
            _compare_tensors(actual, expected, rtol, atol, equal_nan, check_dtype, check_stride, None)
        elif _is_number(actual) and _is_number(expected) and not isinstance(actual, Tensor):
            if check_dtype and type(actual) is not type(expected):
                raise _Mismatch(AssertionError, "The (d)types do not match: %s != %s." % (type(actual), type(expected)))
            if rtol is None:
                precise = isinstance(actual, (float, complex)) or isinstance(expected, (float, complex))
                rt, at = _PRECISION["float64"] if precise else (0.0, 0.0)
            else:
                rt, at = rtol, atol
            if isinstance(actual, complex) or isinstance(expected, complex):
                if cmath.isclose(actual, expected, rel_tol=rt, abs_tol=at):
                    return
                abs_diff, rel_diff = _scalar_diffs(actual, expected)
                raise _Mismatch(AssertionError, _mismatch_msg("Scalars", rt == 0 and at == 0, None, abs_diff, None, at,
                                                              rel_diff, None, rt))
            _compare_numbers(actual, expected, rt, at, equal_nan, "Scalars")
        elif isinstance(actual, collections.abc.Mapping) and isinstance(expected, collections.abc.Mapping):
            ak, ek = set(actual.keys()), set(expected.keys())
            if ak != ek:
                raise _Mismatch(AssertionError, "The keys of the mappings do not match:\n"
                                + ("Missing keys in the actual mapping: %s\n" % sorted(ek - ak) if ek - ak else "")
                                + ("Additional keys in the actual mapping: %s" % sorted(ak - ek) if ak - ek else ""))
            for k in expected:
                _compare(actual[k], expected[k], path + "[%r]" % (k,), opts)
        elif (isinstance(actual, collections.abc.Sequence) and isinstance(expected, collections.abc.Sequence)
              and not isinstance(actual, str) and not isinstance(expected, str)):
            if len(actual) != len(expected):
                raise _Mismatch(AssertionError, "The length of the sequences mismatch: %d != %d"
                                % (len(actual), len(expected)))
            for i, (x, y) in enumerate(zip(actual, expected)):
                _compare(x, y, path + "[%d]" % i, opts)
        else:
            raise _Mismatch(TypeError, "No comparison pair was able to handle inputs of type %s and %s."
                            % (type(actual), type(expected)))
    except _Mismatch as m:
        if path and not m.path:
            m.path = path
        raise


def assert_close(actual, expected, *, allow_subclasses=True, rtol=None, atol=None, equal_nan=False,
                 check_device=True, check_dtype=True, check_layout=True, check_stride=False, msg=None):
    """Asserts that ``actual`` and ``expected`` (tensors, numbers, NumPy arrays, or sequences and
    mappings of them) are close: |actual - expected| <= atol + rtol * |expected| elementwise, with
    default tolerances per dtype (float32: rtol 1.3e-6, atol 1e-5; float64: 1e-7, 1e-7; integers and
    bool: equal). Raises AssertionError with PyTorch's message (``msg`` replaces it, or maps it when
    callable); TypeError for inputs that cannot be compared; ValueError if only one tolerance is given."""
    if (rtol is None) != (atol is None):
        raise ValueError("Both 'rtol' and 'atol' must be either specified or omitted, but got no %s."
                         % ("atol" if atol is None else "rtol"))
    try:
        _compare(actual, expected, "", (rtol, atol, equal_nan, check_dtype, check_stride))
    except _Mismatch as m:
        text = m.msg
        if m.path and m.kind is AssertionError:
            text += "\n\nThe failure occurred for item %s" % m.path
        if msg is not None and m.kind is AssertionError:
            text = msg(text) if callable(msg) else msg
        raise m.kind(text) from None


def assert_allclose(actual, expected, rtol=None, atol=None, equal_nan=True, msg=""):
    """Deprecated (use ``assert_close``): the same check with the older, looser defaults and without
    the dtype check."""
    warnings.warn("`torch.testing.assert_allclose()` is deprecated since 1.12 and will be removed in a future "
                  "release. Please use `torch.testing.assert_close()` instead.", FutureWarning)
    from .._creation import as_tensor
    actual = actual if isinstance(actual, Tensor) else as_tensor(actual)
    expected = expected if isinstance(expected, Tensor) else as_tensor(expected, dtype=actual.dtype)
    if rtol is None and atol is None:
        names = {_dtype_name(actual), _dtype_name(expected)}
        rtol = max(_LEGACY_PRECISION.get(n, (0.0, 0.0))[0] for n in names)
        atol = max(_LEGACY_PRECISION.get(n, (0.0, 0.0))[1] for n in names)
    assert_close(actual, expected, rtol=rtol, atol=atol, equal_nan=equal_nan, check_dtype=False, msg=msg or None)
