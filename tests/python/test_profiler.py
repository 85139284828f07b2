"""autograd.profiler.profile / torch.profiler.profile and record_function: the structure of the table
(rows named as PyTorch names them, call counts, self time within total time, PyTorch's column names),
sorting and row limits, and the errors; times are only checked to be recorded, never against a threshold."""
import pytest

import nativegrad as ng
from nativegrad.autograd import profiler


def rows(prof):
    return {e.key: e for e in prof.key_averages()}


def test_ops_nodes_and_ranges_are_counted():
    x = ng.ones(8, 8, requires_grad=True)
    with profiler.profile() as prof:
        with profiler.record_function("forward"):
            y = ((x * 2.0).sin() * x).sum()
        y.backward()
    r = rows(prof)
    assert r["aten::sin"].count == 1
    assert r["aten::sum"].count == 1
    assert r["forward"].count == 1
    for node in ("SinBackward0", "SumBackward0", "AccumulateGrad"):
        assert r["autograd::engine::evaluate_function: " + node].count >= 1
    assert r["autograd::engine::evaluate_function: MulBackward0"].count == 2
    for e in r.values():
        assert e.cpu_time_total > 0 and 0 <= e.self_cpu_time_total <= e.cpu_time_total
        assert e.cpu_time == pytest.approx(e.cpu_time_total / e.count)
    # the range's ops are nested in it: its self time leaves them out
    inner = r["aten::sin"].cpu_time_total + r["aten::sum"].cpu_time_total
    assert r["forward"].self_cpu_time_total <= r["forward"].cpu_time_total - inner + 1e-3
    assert prof.self_cpu_time_total == pytest.approx(sum(e.self_cpu_time_total for e in r.values()))


def test_nothing_is_recorded_outside_and_each_profile_starts_empty():
    x = ng.ones(3, requires_grad=True)
    with profiler.profile() as first:
        x.exp()
    x.cos()
    with profiler.profile() as second:
        x.tanh()
    assert "aten::exp" in rows(first) and "aten::cos" not in rows(first)
    assert set(rows(second)) == {"aten::tanh"}
    with profiler.profile(enabled=False) as off:
        x.exp()
    with pytest.raises(RuntimeError, match="Profiler didn't finish running"):
        off.key_averages()


def test_table_has_pytorch_columns_sorting_and_limit():
    x = ng.ones(16, requires_grad=True)
    with profiler.profile() as prof:
        for _ in range(3):
            x.exp()
        x.log()
    table = prof.key_averages().table(sort_by="count", row_limit=1)
    lines = table.splitlines()
    header = lines[1].split("  ")
    assert [h.strip() for h in header if h.strip()] == ["Name", "Self CPU %", "Self CPU", "CPU total %", "CPU total",
                                                         "CPU time avg", "# of Calls"]
    assert lines[3].startswith("aten::exp") and lines[3].split()[-1] == "3"
    assert lines[4].startswith("---") and lines[5].startswith("Self CPU time total: ")
    assert "aten::log" in prof.key_averages().table(sort_by="self_cpu_time_total")
    with pytest.raises(AttributeError):
        prof.key_averages().table(sort_by="bogus")


def test_errors_and_torch_profiler():
    with profiler.profile():
        with pytest.raises(RuntimeError, match="Profiler is already enabled on this thread"):
            profiler.profile().__enter__()
    with pytest.raises(RuntimeError, match="record_function: no open range on this thread"):
        profiler.record_function("x").__exit__(None, None, None)
    with pytest.raises(AssertionError, match="Torch not compiled with CUDA enabled"):
        profiler.profile(use_cuda=True)

    @profiler.record_function("decorated")
    def f(t):
        return t.neg()

    from nativegrad.profiler import profile, ProfilerActivity
    with profile(activities=[ProfilerActivity.CPU]) as prof:
        f(ng.ones(2))
    r = rows(prof)
    assert r["decorated"].count == 1 and r["aten::neg"].count == 1
    assert "aten::neg" in prof.key_averages().table(sort_by="cpu_time_total", row_limit=10)
