"""torch.autograd.profiler: ``profile`` (a context manager timing every op and backward node in the
library) and ``record_function`` (a named range), with PyTorch's ``key_averages().table()``.

The library keeps the table: while a profile is open, each op called through the C ABI is timed in its
export shim under PyTorch's name (``aten::mul``), each backward node under
``autograd::engine::evaluate_function: MulBackward0``, each ``record_function`` range under its name;
self time is a row's time minus the timed rows nested in it. Times are CPU wall times of the calling
thread, in microseconds as in PyTorch.
"""

from ctypes import c_int32, c_int64, c_void_p

from .._native import lib as _L, raise_status as _raise, take_string as _take_string

__all__ = ["profile", "record_function", "EventList", "FunctionEventAvg"]

_COLUMNS = ("Name", "Self CPU %", "Self CPU", "CPU total %", "CPU total", "CPU time avg", "# of Calls")
_SORT_KEYS = ("cpu_time", "cpu_time_total", "self_cpu_time_total", "count")


def _call(fn, *args):
    st = fn(*args)
    if st:
        _raise(st)


def _read_table():
    n = c_int32()
    _call(_L.ng_profiler_count, n)
    rows = []
    for i in range(n.value):
        name, count, total, self_ns = c_void_p(), c_int64(), c_int64(), c_int64()
        _call(_L.ng_profiler_entry, i, name, count, total, self_ns)
        rows.append(FunctionEventAvg(_take_string(name), count.value, total.value / 1e3, self_ns.value / 1e3))
    return rows


class FunctionEventAvg:
    """One row of ``key_averages()``: ``key`` (the name), ``count``, ``cpu_time_total``,
    ``self_cpu_time_total`` and ``cpu_time`` (the average), in microseconds."""

    def __init__(self, key, count, cpu_time_total, self_cpu_time_total):
        self.key = key
        self.count = count
        self.cpu_time_total = cpu_time_total
        self.self_cpu_time_total = self_cpu_time_total

    @property
    def cpu_time(self):
        """The average time of one call, in microseconds."""
        return self.cpu_time_total / self.count if self.count else 0.0

    def __repr__(self):
        return ("<FunctionEventAvg key=%s self_cpu_time=%s cpu_time=%s count=%d>"
                % (self.key, _fmt_us(self.self_cpu_time_total), _fmt_us(self.cpu_time_total), self.count))


def _fmt_us(us):
    if us >= 1e6:
        return "%.3fs" % (us / 1e6)
    if us >= 1e3:
        return "%.3fms" % (us / 1e3)
    return "%.3fus" % us


class EventList(list):
    """The rows of a profile (``FunctionEventAvg``), with PyTorch's ``table``."""

    @property
    def self_cpu_time_total(self):
        """The sum of the rows' self times, in microseconds."""
        return sum(e.self_cpu_time_total for e in self)

    def table(self, sort_by=None, row_limit=100, max_src_column_width=75, max_name_column_width=55,
              header=None, top_level_events_only=False):
        """PyTorch's text table: Name, Self CPU %, Self CPU, CPU total %, CPU total, CPU time avg,
        # of Calls; rows sorted by ``sort_by`` (descending), at most ``row_limit`` of them."""
        rows = list(self)
        if sort_by is not None:
            if sort_by not in _SORT_KEYS:
                raise AttributeError("'FunctionEventAvg' object has no attribute '%s'" % sort_by)
            rows.sort(key=lambda e: getattr(e, sort_by), reverse=True)
        if row_limit is not None and row_limit > 0:
            rows = rows[:row_limit]
        total = self.self_cpu_time_total or 1.0

        def cut(name):
            return name if len(name) <= max_name_column_width else name[:max_name_column_width - 3] + "..."
        cells = [(cut(e.key), "%.2f%%" % (100 * e.self_cpu_time_total / total), _fmt_us(e.self_cpu_time_total),
                  "%.2f%%" % (100 * e.cpu_time_total / total), _fmt_us(e.cpu_time_total), _fmt_us(e.cpu_time),
                  str(e.count)) for e in rows]
        widths = [max([len(c)] + [len(r[i]) for r in cells]) + 2 for i, c in enumerate(_COLUMNS)]
        widths[0] = max(widths[0], max([len(c[0]) for c in cells] + [4]) + 2)
        sep = "  ".join("-" * w for w in widths)
        line = lambda vals: "  ".join(v.rjust(w) if i else v.ljust(w) for i, (v, w) in enumerate(zip(vals, widths)))
        out = []
        if header:
            out += ["=" * len(sep), header]
        out += [sep, line(_COLUMNS), sep] + [line(c) for c in cells] + [sep]
        out.append("Self CPU time total: %s" % _fmt_us(self.self_cpu_time_total))
        return "\n".join(out) + "\n"

    def __str__(self):
        return self.table()


class profile:
    """Times every op and backward node run while the context is open (CPU only). Only one profile can
    be open at a time (PyTorch: one per thread). ``use_cuda`` and the other options of PyTorch are
    accepted; ``record_shapes``, ``profile_memory`` and ``with_stack`` add nothing here."""

    def __init__(self, enabled=True, *, use_cuda=False, record_shapes=False, with_flops=False,
                 profile_memory=False, with_stack=False, with_modules=False, use_kineto=False,
                 use_cpu=True, experimental_config=None):
        if use_cuda:
            raise AssertionError("Torch not compiled with CUDA enabled")
        self.enabled = enabled
        self.entered = False
        self._rows = None

    def __enter__(self):
        if not self.enabled:
            return self
        if self.entered:
            raise RuntimeError("Profiler context manager is not reentrant")
        on = c_int32()
        _call(_L.ng_profiler_is_enabled, on)
        if on.value:
            raise RuntimeError("Profiler is already enabled on this thread")
        self.entered = True
        _call(_L.ng_profiler_reset)
        _call(_L.ng_profiler_set_enabled, 1)
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        if not self.enabled:
            return False
        _call(_L.ng_profiler_set_enabled, 0)
        self._rows = _read_table()
        return False

    def _check_finished(self):
        if self._rows is None:
            raise RuntimeError("Profiler didn't finish running")

    def key_averages(self, group_by_input_shape=False, group_by_stack_n=0):
        """The table's rows, one per name (the library aggregates per name)."""
        self._check_finished()
        return EventList(self._rows)

    @property
    def function_events(self):
        """The rows (one per name here, as ``key_averages()``)."""
        return self.key_averages()

    @property
    def self_cpu_time_total(self):
        """The sum of the rows' self times, in microseconds."""
        self._check_finished()
        return sum(e.self_cpu_time_total for e in self._rows)

    def table(self, sort_by=None, row_limit=100, **kw):
        """``key_averages().table(...)``."""
        return self.key_averages().table(sort_by=sort_by, row_limit=row_limit, **kw)

    def __str__(self):
        return self.table()


class record_function:
    """A named range in the profile (a context manager or decorator): its row times the code inside."""

    def __init__(self, name, args=None):
        self.name = name
        self.args = args

    def __enter__(self):
        _call(_L.ng_profiler_range_push, self.name.encode("utf-8"))
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        _call(_L.ng_profiler_range_pop)
        return False

    def __call__(self, fn):
        import functools

        @functools.wraps(fn)
        def wrapped(*a, **k):
            with record_function(self.name, self.args):
                return fn(*a, **k)
        return wrapped
