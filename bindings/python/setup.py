"""Makes the wheel a platform wheel: it bundles the native library (nativegrad/lib/), which is built
for x86-64-v3 (AVX2 + FMA) Linux, so it is tagged ``py3-none-manylinux_2_N_x86_64``, N being the
newest glibc symbol version the library needs (``win_amd64`` on Windows). The metadata is in
pyproject.toml."""

import os
import re
import sys

from setuptools import Distribution, setup

try:
    from setuptools.command.bdist_wheel import bdist_wheel  # setuptools >= 70
except ImportError:
    from wheel.bdist_wheel import bdist_wheel  # older setuptools (Debian 12's 66) with python3-wheel

HERE = os.path.dirname(os.path.abspath(__file__))
LIBNAME = "nativegrad.dll" if sys.platform == "win32" else "libnativegrad.so"
LIB = os.path.join(HERE, "nativegrad", "lib", LIBNAME)


def _require_build_outputs():
    for path in (LIB, os.path.join(HERE, "LICENSE")):
        if not os.path.isfile(path):
            raise SystemExit("nativegrad: %s is missing: build the library first (./build.sh build at the "
                             "repository root copies it and the LICENSE into bindings/python)" % path)


def platform_tag():
    """The wheel's platform tag, from the bundled library itself."""
    with open(LIB, "rb") as f:
        data = f.read()
    if sys.platform == "win32":
        return "win_amd64"
    if not sys.platform.startswith("linux"):
        raise SystemExit("nativegrad: wheels are built on Linux or Windows, not %s" % sys.platform)
    # ELF header: EI_CLASS 2 (64-bit), little-endian e_machine 0x3E (x86-64).
    if data[:4] != b"\x7fELF" or data[4] != 2 or data[18:20] != b"\x3e\x00":
        raise SystemExit("nativegrad: %s is not an x86-64 ELF library" % LIB)
    minors = [int(m) for m in re.findall(rb"GLIBC_2\.([0-9]+)", data)]
    return "manylinux_2_%d_x86_64" % max(minors + [17])


class BinaryDistribution(Distribution):
    """Not pure: the files go to the platform's site-packages and the wheel is not ``any``."""

    def has_ext_modules(self):
        return True


class PlatformWheel(bdist_wheel):
    """A wheel for any Python 3 (the package uses ctypes only) on the library's platform."""

    def get_tag(self):
        return "py3", "none", platform_tag()


_require_build_outputs()
setup(distclass=BinaryDistribution, cmdclass={"bdist_wheel": PlatformWheel})
