import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
BINDINGS = os.path.join(os.path.dirname(os.path.dirname(HERE)), "bindings", "python")

# the tests use the in-tree package (bindings/python/nativegrad)
if BINDINGS not in sys.path:
    sys.path.insert(0, BINDINGS)
if HERE not in sys.path:
    sys.path.insert(0, HERE)
