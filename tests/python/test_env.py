"""Device and environment calls real scripts make (torch.cuda, torch.backends, torch.device, .to,
.cpu, .cuda, Module.to) against PyTorch built without CUDA, and set_num_threads/get_num_threads
really sizing the library's worker pool."""

import os
import subprocess
import sys

import pytest

pytest.importorskip("torch", reason="compares with real PyTorch")

import nativegrad as ng  # noqa: E402
from both import assert_same_output  # noqa: E402
from ng_testutil import subprocess_env  # noqa: E402

CASES = {
    "cuda_and_backends": """
        print(torch.cuda.is_available(), torch.cuda.device_count(), torch.cuda.is_initialized())
        print(torch.cuda.manual_seed(0), torch.cuda.manual_seed_all(0), torch.cuda.empty_cache())
        for f in (torch.cuda.current_device, torch.cuda.synchronize, lambda: torch.cuda.get_device_name(0)):
            try: f()
            except AssertionError as e: print("AssertionError", e)
        print(torch.backends.mps.is_available(), torch.backends.mps.is_built())
        print(torch.backends.cudnn.is_available(), torch.backends.cudnn.version(), torch.backends.cudnn.enabled)
        torch.backends.cudnn.benchmark = True; torch.backends.cudnn.deterministic = True
        print(torch.backends.cudnn.benchmark, torch.backends.cudnn.deterministic)
        torch.backends.cuda.matmul.allow_tf32 = False; print(torch.backends.cuda.matmul.allow_tf32)
        print(torch.are_deterministic_algorithms_enabled())
        torch.use_deterministic_algorithms(True)
        print(torch.are_deterministic_algorithms_enabled(), torch.is_deterministic_algorithms_warn_only_enabled())
        torch.use_deterministic_algorithms(False)
        try: torch.use_deterministic_algorithms(1)
        except TypeError as e: print("TypeError", e)
        device = torch.device("cuda" if torch.cuda.is_available() else "cpu"); print(device)
        print(torch.device("mps" if torch.backends.mps.is_available() else "cpu"))
    """,
    "devices": """
        for a in [("cuda",), ("cuda:1",), ("cuda", 0), ("mps",), (0,), ("cpu", 0), ("cpu",), ("foo",), ("cuda:x",)]:
            try: d = torch.device(*a); print(repr(d), str(d), d.type, d.index)
            except Exception as e: print(type(e).__name__, e)
        print(torch.device("cpu") == torch.device("cpu"), torch.device("cpu") == "cpu", torch.device("cuda:0") != torch.device("cuda"))
        print({torch.device("cpu"): 1}[torch.device("cpu")])
        x = torch.zeros(2)
        print(x.device, x.is_cuda, x.get_device(), x.cpu() is x, x.to("cpu") is x, x.to(torch.device("cpu")) is x)
        for f in (lambda: torch.zeros(2, device="cuda"), lambda: torch.tensor([1.], device="cuda:0"),
                  lambda: torch.ones(2, device=torch.device("cuda")), lambda: x.cuda(), lambda: x.to("cuda"),
                  lambda: x.to(torch.device("cuda", 1)), lambda: x.to(5), lambda: x.to("mps"),
                  lambda: torch.arange(3, device="cuda"), lambda: torch.full((2,), 1., device="cuda")):
            try: f()
            except (AssertionError, RuntimeError) as e: print(type(e).__name__, e)
    """,
    "to_conversions": """
        x = torch.tensor([1.5, 2.5])
        print(x.to(torch.float64), x.to("cpu", torch.float64), x.to(device="cpu", dtype=torch.int64))
        print(x.to(torch.zeros(1, dtype=torch.int64)), x.to(torch.float32) is x, x.to(torch.float32, copy=True) is x)
        print(x.to(None) is x, x.to(torch.float64, True, True).dtype, x.to(device=None, dtype=None) is x)
        m = torch.nn.Linear(2, 2); w = m.weight
        print(m.to(torch.float64) is m, m.weight is w, w.dtype, m.to("cpu") is m, m.cpu() is m)
        print(m.to("cpu", torch.float32).weight.dtype, m.to(torch.zeros(1, dtype=torch.float64)).weight.dtype)
        print(m.double().weight.dtype, m.float().weight.dtype)
        for f in (lambda: m.to(torch.int64), lambda: m.cuda(), lambda: m.to("cuda"),
                  lambda: torch.nn.Linear(2, 2, device="cuda"), lambda: torch.nn.GRU(2, 2, device="cuda"),
                  lambda: torch.nn.LSTMCell(2, 2, device="cuda")):
            try: f()
            except (AssertionError, TypeError) as e: print(type(e).__name__, e)
    """,
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_same_output_as_torch(name):
    assert_same_output(CASES[name])


def test_to_refuses_bad_arguments_with_type_errors():
    x = ng.zeros(2)
    for args, kwargs in [(("cpu", "cuda"), {}), ((), {"dtype": ng.float64, "foo": 1}), ((ng.float64, 3), {}),
                         ((ng.zeros(1), ng.float64), {})]:
        with pytest.raises(TypeError, match=r"^to\(\) received an invalid combination of arguments"):
            x.to(*args, **kwargs)


def test_set_num_threads_resizes_the_pool_and_results_stay_equal():
    before = ng.get_num_threads()
    a = ng.arange(0, 512 * 384, dtype=ng.float32).reshape(512, 384).sin()
    b = ng.arange(0, 384 * 256, dtype=ng.float32).reshape(384, 256).cos()
    try:
        ng.set_num_threads(1)
        assert ng.get_num_threads() == 1
        one = ((a @ b).exp() * 0.5).tolist()
        ng.set_num_threads(3)
        assert ng.get_num_threads() == 3
        three = ((a @ b).exp() * 0.5).tolist()
        assert one == three
        for bad, msg in [(0, "set_num_threads expects a positive integer"),
                         (2.5, "set_num_threads expects an int, but got float")]:
            with pytest.raises(RuntimeError, match="^" + msg + "$"):
                ng.set_num_threads(bad)
        assert ng.get_num_threads() == 3
    finally:
        ng.set_num_threads(before)


def test_environment_variable_sets_the_initial_pool_size():
    env = subprocess_env()
    code = "import nativegrad as t; print(t.get_num_threads())"
    for value, expected in [("3", "3"), ("1", "1")]:
        env["NATIVEGRAD_NUM_THREADS"] = value
        out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True)
        assert out.stdout.strip() == expected
    env["NATIVEGRAD_NUM_THREADS"] = "not-a-number"   # ignored: the core count
    out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True)
    assert int(out.stdout) == (os.cpu_count() or 1)
