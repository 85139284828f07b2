import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
BINDINGS = os.path.join(os.path.dirname(os.path.dirname(HERE)), "bindings", "python")

# the tests use the in-tree package (bindings/python/nativegrad), unless the build's wheel suite runs
# them against the package installed in a venv (NATIVEGRAD_TEST_INSTALLED=1)
if os.environ.get("NATIVEGRAD_TEST_INSTALLED") != "1" and BINDINGS not in sys.path:
    sys.path.insert(0, BINDINGS)
if HERE not in sys.path:
    sys.path.insert(0, HERE)


import pytest  # noqa: E402


@pytest.fixture(autouse=True)
def _seeded_nativegrad():
    """The default generator starts from a nondeterministic seed, as torch's: seed it before each
    test so that a run is reproducible (tests about seeding reseed themselves)."""
    import nativegrad
    nativegrad.manual_seed(0)
    yield
