"""``detect_anomaly`` / ``set_detect_anomaly``: while on, the engine checks the gradients every
backward node returns and fails with PyTorch's "Function 'XBackward0' returned nan values in
its 0th output." The switch is process-wide, as in PyTorch."""

import warnings
from ctypes import c_int32

from .._native import lib as _L, raise_status as _raise
from .grad_mode import _DecoratorContextManager

__all__ = ["detect_anomaly", "set_detect_anomaly", "is_anomaly_enabled"]

_ng_set = _L.ng_set_detect_anomaly
_ng_is = _L.ng_is_anomaly_enabled


def _set(mode):
    prev = c_int32()
    st = _ng_set(1 if mode else 0, prev)
    if st:
        _raise(st)
    return prev.value != 0


def is_anomaly_enabled():
    """True while anomaly detection is on."""
    v = c_int32()
    st = _ng_is(v)
    if st:
        _raise(st)
    return v.value != 0


class detect_anomaly(_DecoratorContextManager):
    """Context manager / decorator turning anomaly detection on inside the block."""

    def __init__(self, check_nan=True):
        self.check_nan = check_nan
        self.prev = []
        warnings.warn("Anomaly Detection has been enabled. This mode will increase the runtime "
                      "and should only be enabled for debugging.", stacklevel=2)

    def __enter__(self):
        self.prev.append(_set(self.check_nan))

    def __exit__(self, *args):
        _set(self.prev.pop())
        return False

    def clone(self):
        """A new, unentered ``detect_anomaly`` with the same ``check_nan``."""
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            return self.__class__(self.check_nan)


class set_detect_anomaly(object):
    """``set_detect_anomaly(mode)`` sets the mode at once; as a context manager it restores the
    previous mode on exit."""

    def __init__(self, mode, check_nan=True):
        self.prev = _set(bool(mode) and check_nan)

    def __enter__(self):
        pass

    def __exit__(self, *args):
        _set(self.prev)
        return False
