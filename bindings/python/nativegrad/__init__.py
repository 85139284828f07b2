"""NativeGrad: a reverse-mode autograd engine with ``torch.autograd`` semantics.

Use it like PyTorch::

    import nativegrad as torch
    x = torch.tensor(5.0, requires_grad=True)
    z = torch.log(x ** 3)
    z.backward()
    print(x.grad)          # tensor(0.6000)

The package talks to ``libnativegrad`` (NativeAOT, C ABI) through ctypes; it needs
only the standard library (NumPy is optional).
"""

from . import _abi
from ._native import lib_path as _lib_path
from ._dtype import (dtype, float32, float64, int64, bool_ as bool, Size, device,
                     get_default_dtype, set_default_dtype)
from ._tensor import Tensor
from ._ops_gen import *  # noqa: F401,F403  (the declared ops: torch.exp, Tensor.exp, ...)
from ._ops_gen import __all__ as _ops_gen_all
from ._creation import (tensor, as_tensor, from_numpy, zeros, ones, empty, full, eye, arange, linspace, logspace,
                        zeros_like, ones_like, full_like, FloatTensor, DoubleTensor, LongTensor, BoolTensor)
from ._random import (Generator, default_generator, manual_seed, seed, initial_seed, get_rng_state,
                      set_rng_state, rand, randn, randint, randperm, normal, bernoulli, rand_like,
                      randn_like, randint_like, multinomial)
from . import random
from . import autograd
from .autograd.grad_mode import (no_grad, enable_grad, set_grad_enabled, is_grad_enabled,
                                 inference_mode, is_inference_mode_enabled)
from .autograd.anomaly_mode import is_anomaly_enabled
from ._functions import (abs, neg, negative, unsqueeze, squeeze, sum, mean, mm, matmul, dot, norm, pow,
                         add, sub, mul, div, t, transpose, swapaxes, swapdims, permute, reshape, clone, detach,
                         eq, ne, lt, le, gt, ge,
                         numel, is_tensor, is_floating_point, subtract, multiply, divide, true_divide, positive,
                         floor_divide)
from .serialization import save, load
from . import return_types
from ._ops import (relu, clamp, clip, maximum, minimum, where, max, min,
                   softmax, log_softmax, logsumexp, var, std, cat, concat, stack, gather,
                   scatter_add, index_select, index_add, narrow)
from ._ops_extra import (cumsum, cumprod, sort, argsort, prod, masked_fill, split,  # noqa: F811
                         split_with_sizes, chunk, nonzero, where, isnan, isinf, isfinite, allclose,
                         flatten, unflatten, tile, square, amax, amin)
from ._compose import (outer, ger, broadcast_to, movedim, moveaxis, meshgrid, count_nonzero, argwhere,  # noqa: E402,F811
                       diff, bincount, logical_and, logical_or, logical_xor, logical_not, hstack, vstack, dstack,
                       column_stack, take_along_dim, empty_like, finfo, iinfo, round)
from ._ops_more import *  # noqa: F401,F403,E402  (var_mean, std_mean, masked_select, scatter, ...)
from ._ops_math import *  # noqa: F401,F403,E402  (fmod, remainder, nansum, nan_to_num_, celu_)
from ._einsum import einsum  # noqa: E402

from ._inplace import relu_  # noqa: E402  (torch.relu_)
from ._indexing import index_put  # noqa: E402
from ._env import (set_num_threads, get_num_threads, use_deterministic_algorithms,  # noqa: E402
                   are_deterministic_algorithms_enabled, is_deterministic_algorithms_warn_only_enabled)
from . import cuda, backends, profiler  # noqa: E402
from ._strict import layout, strided  # noqa: E402
from . import _docs
import sys as _sys

_docs.attach(_sys.modules[__name__], Tensor)  # docstrings of ops made by factories (nativegrad/_docs.py)

float = float32
double = float64
long = int64

__version__ = _abi.VERSION  # release version, generated from engine/Version.props
ABI_VERSION = _abi.ABI_VERSION

_LAZY_SUBMODULES = ("nn", "optim", "utils", "testing", "distributed")


def __getattr__(name):
    # torch.nn / torch.optim are reachable after a plain `import torch`; import them on
    # first use if this installation has them.
    if name in _LAZY_SUBMODULES:
        import importlib
        try:
            return importlib.import_module("." + name, __name__)
        except ModuleNotFoundError as e:
            if e.name != __name__ + "." + name:
                raise
    raise AttributeError("module %r has no attribute %r" % (__name__, name))
