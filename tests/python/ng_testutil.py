"""Shared helpers for the nativegrad Python tests."""
import os

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))
BINDINGS = os.path.join(REPO, "bindings", "python")


def subprocess_env(extra_paths=()):
    """Environment for child interpreters: the bindings (and this folder) on PYTHONPATH."""
    env = dict(os.environ)
    parts = list(extra_paths) + [BINDINGS, HERE]
    if env.get("PYTHONPATH"):
        parts.append(env["PYTHONPATH"])
    env["PYTHONPATH"] = os.pathsep.join(parts)
    env["PYTHONIOENCODING"] = "utf-8"
    return env
