"""Packaging facts every binding relies on: the release version from its one source."""

import os
import re

import nativegrad
from nativegrad import _abi, _native

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def test_version_comes_from_the_engine_project_and_matches_the_library():
    with open(os.path.join(ROOT, "engine", "NativeGrad.csproj"), encoding="utf-8") as f:
        declared = re.findall(r"<Version>\s*([0-9]+\.[0-9]+\.[0-9]+)\s*</Version>", f.read())
    assert declared == [nativegrad.__version__]
    assert _abi.VERSION == nativegrad.__version__
    assert _native.lib.ng_version().decode("utf-8") == nativegrad.__version__
