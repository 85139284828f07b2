"""Random numbers with PyTorch's CPU algorithm: ``Generator``, ``manual_seed``, ``rand``/``randn``/
``randint``/``randperm``/``normal``/``bernoulli``, the ``*_like`` forms, the random state, and the
in-place ``Tensor.uniform_/normal_/random_/bernoulli_/exponential_/...``.

After ``manual_seed(s)`` the same sequence of random calls gives the values PyTorch 1.13 gives on
the CPU, bit for bit (the library implements torch's Mersenne Twister, its conversions of random
bits to floats and its Box-Muller variants). One difference: NativeGrad has no uint8 dtype, so the
state that ``get_rng_state()`` returns is an int64 tensor of the 5056 bytes of torch's layout (its
values equal ``torch.get_rng_state()``'s), and ``set_rng_state`` takes such a tensor or ``bytes``.
"""

import operator
from array import array
from ctypes import c_int64, c_ubyte, c_void_p, byref

from . import _dtype
from ._dtype import device as _device
from ._native import lib as _L, raise_status as _raise
from ._tensor import Tensor, _wrap_dt, _dtcode, _parse_dtype
from ._creation import _size, _shape_arr, _finish, _check_device, _code_or_default, _from_buffer, _make_filled

__all__ = ["Generator", "default_generator", "manual_seed", "seed", "initial_seed", "get_rng_state",
           "set_rng_state", "rand", "randn", "randint", "randperm", "normal", "bernoulli",
           "rand_like", "randn_like", "randint_like", "multinomial"]

_VP = c_void_p
_index = operator.index
_F32, _F64, _I64C, _BOOL = 0, 1, 2, 3
_STATE_SIZE = 5056
_ng_rand = _L.ng_rand
_ng_randn = _L.ng_randn
_U64 = (1 << 64) - 1


def _check(st):
    if st:
        _raise(st)


def _i64(v):
    """An integer argument bound for an int64 C parameter (torch's error beyond that range)."""
    v = _index(v)
    if not -(1 << 63) <= v < (1 << 63):
        raise RuntimeError("Overflow when unpacking long")
    return v


def _seed_arg(seed):
    """A Python int as the int64 the C call takes: [-2**63, 2**64) as torch accepts, two's complement."""
    if seed < -(1 << 63) or seed > _U64:
        raise RuntimeError("Overflow when unpacking long")
    seed &= _U64
    return seed - (1 << 64) if seed >= (1 << 63) else seed


class Generator(object):
    """A random number generator with its own state (``torch.Generator``): pass it as ``generator=``.
    A new generator is seeded with 67280421310721, as torch's."""

    __slots__ = ("_h", "__weakref__")

    def __init__(self, device="cpu"):
        _device(device)
        h = _VP()
        _check(_L.ng_generator_new(h))
        self._h = h.value

    @property
    def device(self):
        """The generator's device (always the CPU)."""
        return _device("cpu")

    def manual_seed(self, seed):
        """Seeds this generator and returns it."""
        if not isinstance(seed, int):
            if not hasattr(seed, "__index__"):
                raise RuntimeError("manual_seed expected a long, but got %s" % type(seed).__name__)
            seed = _index(seed)
        _check(_L.ng_generator_manual_seed(self._h, _seed_arg(seed)))
        return self

    def seed(self):
        """Reseeds from a nondeterministic source; returns the new seed."""
        v = c_int64()
        _check(_L.ng_generator_seed(self._h, v))
        return v.value & _U64

    def initial_seed(self):
        """The seed of the current stream."""
        v = c_int64()
        _check(_L.ng_generator_initial_seed(self._h, v))
        return v.value & _U64

    def get_state(self):
        """The state: the 5056 bytes of torch's layout, as an int64 tensor (NativeGrad has no uint8)."""
        buf = (c_ubyte * _STATE_SIZE)()
        _check(_L.ng_generator_get_state(self._h, buf, _STATE_SIZE))
        a = array("q", list(bytes(buf)))
        addr, n = a.buffer_info()
        return _wrap_dt(_from_buffer(addr, n * a.itemsize, _I64C, (n,)), _I64C)

    def set_state(self, new_state):
        """Restores a state from ``get_state()`` (a tensor of byte values, or ``bytes``); returns self."""
        raw = _state_bytes(new_state)
        buf = (c_ubyte * len(raw)).from_buffer_copy(raw) if raw else (c_ubyte * 1)()
        _check(_L.ng_generator_set_state(self._h, buf, len(raw)))
        return self

    def __del__(self):
        h = getattr(self, "_h", None)
        if h:
            self._h = None
            try:
                _L.ng_generator_free(h)
            except Exception:
                pass

    def __reduce__(self):
        raise TypeError("cannot pickle 'Generator' object")


def _state_bytes(s):
    if isinstance(s, (bytes, bytearray, memoryview)):
        return bytes(s)
    if isinstance(s, Tensor) and _dtcode(s) == _I64C and s.dim() == 1:
        vals = s.tolist()
        if all(0 <= v <= 255 for v in vals):
            return bytes(vals)
    raise TypeError("RNG state must be a torch.ByteTensor")


def _default():
    g = Generator.__new__(Generator)
    g._h = None     # NULL: the library's default generator
    return g


default_generator = _default()


def _gen(generator):
    if generator is None:
        return None
    if not isinstance(generator, Generator):
        raise TypeError("expected a torch.Generator as generator, but got %s" % type(generator).__name__)
    return generator._h


def manual_seed(seed):
    """Seeds the default generator; returns it. The same calls then give PyTorch's values."""
    return default_generator.manual_seed(int(seed))


def seed():
    """Seeds the default generator nondeterministically; returns the seed."""
    return default_generator.seed()


def initial_seed():
    """The seed of the default generator's current stream."""
    return default_generator.initial_seed()


def get_rng_state():
    """The default generator's state (see ``Generator.get_state``)."""
    return default_generator.get_state()


def set_rng_state(new_state):
    """Restores the default generator's state."""
    default_generator.set_state(new_state)


# ---------------------------------------------------------------- in-place fills

def _fill(t, fn, *args):
    _check(fn(t._h, *args))
    return t


def _uniform_(self, from_=0, to=1, *, generator=None, **kw):
    """Fills this tensor in place with U(from, to) draws; returns it."""
    if "from" in kw:
        from_ = kw.pop("from")
    _no_extra("uniform_", kw)
    return _fill(self, _L.ng_uniform_, float(from_), float(to), _gen(generator))


def _normal_(self, mean=0, std=1, *, generator=None):
    """Fills this tensor in place with N(mean, std^2) draws; returns it."""
    return _fill(self, _L.ng_normal_, float(mean), float(std), _gen(generator))


def _random_(self, *args, generator=None, **kw):
    """``random_()``, ``random_(to)``, ``random_(from, to)`` (``to=None``: up to the dtype's largest integer)."""
    if "from" in kw:
        args = (kw.pop("from"),) + args
    if "to" in kw:
        args = args + (kw.pop("to"),) if args else (0, kw.pop("to"))
    _no_extra("random_", kw)
    g = _gen(generator)
    if not args:
        return _fill(self, _L.ng_random_, g)
    if len(args) == 1:
        lo, hi = 0, args[0]
        if hi is None:
            raise TypeError("random_() received an invalid combination of arguments - got (NoneType)")
    elif len(args) == 2:
        lo, hi = args
    else:
        raise TypeError("random_() takes at most 2 positional arguments (%d given)" % len(args))
    lo = _i64(lo)
    if hi is None:
        return _fill(self, _L.ng_random_from_to_, lo, None, g)
    return _fill(self, _L.ng_random_from_to_, lo, byref(c_int64(_i64(hi))), g)


def _bernoulli_(self, p=0.5, *, generator=None):
    """Fills this tensor in place with Bernoulli(p) draws (p a number or a tensor); returns it."""
    if isinstance(p, Tensor):
        return _fill(self, _L.ng_bernoulli_tensor_, p._h, _gen(generator))
    return _fill(self, _L.ng_bernoulli_, float(p), _gen(generator))


def _exponential_(self, lambd=1, *, generator=None):
    """Fills this tensor in place with Exponential(lambd) draws; returns it."""
    return _fill(self, _L.ng_exponential_, float(lambd), _gen(generator))


def _cauchy_(self, median=0, sigma=1, *, generator=None):
    """Fills this tensor in place with Cauchy(median, sigma) draws; returns it."""
    return _fill(self, _L.ng_cauchy_, float(median), float(sigma), _gen(generator))


def _log_normal_(self, mean=1, std=2, *, generator=None):
    """Fills this tensor in place with exp(N(mean, std^2)) draws; returns it."""
    return _fill(self, _L.ng_log_normal_, float(mean), float(std), _gen(generator))


def _geometric_(self, p, *, generator=None):
    """Fills this tensor in place with Geometric(p) draws (counts from 1); returns it."""
    return _fill(self, _L.ng_geometric_, float(p), _gen(generator))


def _bernoulli_method(self, p=None, *, generator=None):
    """A tensor of 0/1 draws with the probabilities in this tensor (torch.bernoulli)."""
    return bernoulli(self, p, generator=generator)


def _no_extra(fname, kw):
    if kw:
        raise TypeError("%s() got an unexpected keyword argument '%s'" % (fname, next(iter(kw))))


Tensor.uniform_ = _uniform_
Tensor.normal_ = _normal_
Tensor.random_ = _random_
Tensor.bernoulli_ = _bernoulli_
Tensor.bernoulli = _bernoulli_method
Tensor.exponential_ = _exponential_
Tensor.cauchy_ = _cauchy_
Tensor.log_normal_ = _log_normal_
Tensor.geometric_ = _geometric_
for _f, _n in ((_uniform_, "uniform_"), (_normal_, "normal_"), (_random_, "random_"), (_bernoulli_, "bernoulli_"),
               (_bernoulli_method, "bernoulli"), (_exponential_, "exponential_"), (_cauchy_, "cauchy_"),
               (_log_normal_, "log_normal_"), (_geometric_, "geometric_")):
    _f.__name__ = _f.__qualname__ = _n


# ---------------------------------------------------------------- creation

def _out_or_new(out, shape, code, fname):
    """``out=`` is honoured when it already has the result's shape and dtype, refused otherwise."""
    if out is None:
        return None
    if not isinstance(out, Tensor):
        raise TypeError("%s(): argument 'out' must be Tensor, not %s" % (fname, type(out).__name__))
    if tuple(out.shape) != tuple(shape) or _dtcode(out) != code:
        raise RuntimeError("%s(): nativegrad writes out= only into a tensor of the result's shape %s and dtype %s "
                           "(got %s, %s)" % (fname, list(shape), _dtype.BY_CODE[code], list(out.shape), out.dtype))
    return out


def _empty(shape, code):
    from ._creation import _ng_zeros
    arr, n = _shape_arr(shape)
    o = _VP()
    _check(_ng_zeros(arr, n, code, o))
    return _wrap_dt(o.value, code)


def _sampled(fname, size, kw_size, generator, out, dtype, device, requires_grad, fast, fill):
    if not size and kw_size is None:
        raise TypeError("%s() received an invalid combination of arguments - got (), but expected one of:\n"
                        " * (tuple of ints size, *, torch.Generator generator, Tensor out, torch.dtype dtype, "
                        "torch.layout layout, torch.device device, bool pin_memory, bool requires_grad)" % fname)
    shape = _size(size, kw_size, fname)
    code = _code_or_default(dtype)
    _check_device(device)
    t = _out_or_new(out, shape, code, fname)
    if t is not None:
        fill(t)
        return t
    if generator is None:
        arr, n = _shape_arr(shape)
        o = _VP()
        _check(fast(arr, n, code, o))
        return _finish(o.value, code, requires_grad)
    t = fill(_empty(shape, code))
    if requires_grad:
        t.requires_grad_(True)
    return t


def rand(*size, generator=None, out=None, dtype=None, layout=None, device=None, requires_grad=False,
         pin_memory=False, **kw):
    """Uniform samples in [0, 1) (PyTorch's values for the same generator state)."""
    if size and generator is None and out is None and not kw:
        return _make_filled(_ng_rand, "rand", size, None, dtype, device, requires_grad)
    return _sampled("rand", size, _pop_size(kw, "rand"), generator, out, dtype, device, requires_grad, _L.ng_rand,
                    lambda t: t.uniform_(0, 1, generator=generator))


def randn(*size, generator=None, out=None, dtype=None, layout=None, device=None, requires_grad=False,
          pin_memory=False, **kw):
    """Standard normal samples (PyTorch's values for the same generator state)."""
    if size and generator is None and out is None and not kw:
        return _make_filled(_ng_randn, "randn", size, None, dtype, device, requires_grad)
    return _sampled("randn", size, _pop_size(kw, "randn"), generator, out, dtype, device, requires_grad, _L.ng_randn,
                    lambda t: t.normal_(0, 1, generator=generator))


def _pop_size(kw, fname):
    size = kw.pop("size", None)
    _no_extra(fname, kw)
    return size


def randint(*args, low=None, high=None, size=None, generator=None, out=None, dtype=None, layout=None,
            device=None, requires_grad=False, pin_memory=False):
    """``randint([low=0,] high, size)``: integers uniform in [low, high), int64 unless ``dtype`` says otherwise."""
    pos = list(args)
    try:
        shape = size if size is not None else pos.pop()
        high = high if high is not None else pos.pop()
        low = low if low is not None else (pos.pop() if pos else 0)
    except IndexError:
        pos = None
    if pos is None or pos:
        raise TypeError("randint() received an invalid combination of arguments: expected (high, size) "
                        "or (low, high, size)")
    if isinstance(shape, int):
        raise TypeError("randint(): argument 'size' must be tuple of ints, but found element of type int at pos 1")
    shape = _size((), tuple(shape), "randint")
    _check_device(device)
    code = _parse_dtype(dtype)
    code = _I64C if code is None else code
    low, high = _i64(low), _i64(high)
    t = _out_or_new(out, shape, code, "randint")
    if t is None:
        t = _empty(shape, code)
    t.random_(low, high, generator=generator)
    if requires_grad:
        t.requires_grad_(True)
    return t


def randperm(n, *, generator=None, out=None, dtype=None, layout=None, device=None, requires_grad=False,
             pin_memory=False):
    """A random permutation of 0..n-1 (int64 unless ``dtype`` says otherwise)."""
    n = _i64(n)
    code = _parse_dtype(dtype)
    code = _I64C if code is None else code
    _check_device(device)
    o = _VP()
    _check(_L.ng_randperm(n, code, _gen(generator), o))
    t = _finish(o.value, code, requires_grad)
    if out is not None:
        _out_or_new(out, (n,), code, "randperm").copy_(t)
        return out
    return t


def normal(mean, std=1.0, size=None, *, generator=None, out=None, dtype=None, layout=None, device=None,
           requires_grad=False, pin_memory=False):
    """``normal(mean, std)`` with a tensor mean and/or std (zero gradient, NormalBackward1/2/3), or
    ``normal(mean, std, size)`` with two numbers."""
    mt, st = isinstance(mean, Tensor), isinstance(std, Tensor)
    g = _gen(generator)
    if not mt and not st:
        if size is None:
            raise TypeError("normal() received an invalid combination of arguments - got (%s, %s), but expected "
                            "one of (Tensor mean, Tensor std), (Tensor mean, float std), (float mean, Tensor std), "
                            "(float mean, float std, tuple of ints size)" % (type(mean).__name__, type(std).__name__))
        shape = _size((), tuple(size) if not isinstance(size, int) else (size,), "normal")
        code = _code_or_default(dtype)
        _check_device(device)
        t = _out_or_new(out, shape, code, "normal")
        t = _empty(shape, code) if t is None else t
        t.normal_(mean, std, generator=generator)
        if requires_grad:
            t.requires_grad_(True)
        return t
    if size is not None:
        raise TypeError("normal(): size= is only accepted with a float mean and a float std")
    o = _VP()
    _check(_L.ng_normal(mean._h if mt else None, 0.0 if mt else float(mean),
                        std._h if st else None, 0.0 if st else float(std), g, o))
    r = _wrap_dt(o.value, -1)
    if out is not None:
        _out_or_new(out, tuple(r.shape), _dtcode(r), "normal").copy_(r.detach())
        return out
    return r


def bernoulli(input, p=None, *, generator=None, out=None):
    """``bernoulli(input)``: 1 with probability ``input[i]``, else 0; ``bernoulli(input, p)``: probability p."""
    if not isinstance(input, Tensor):
        raise TypeError("bernoulli(): argument 'input' (position 1) must be Tensor, not %s" % type(input).__name__)
    o = _VP()
    if p is None:
        _check(_L.ng_bernoulli(input._h, _gen(generator), o))
    else:
        _check(_L.ng_bernoulli_p(input._h, float(p), _gen(generator), o))
    r = _wrap_dt(o.value, input._dt)
    if out is not None:
        _out_or_new(out, tuple(r.shape), _dtcode(r), "bernoulli").copy_(r.detach())
        return out
    return r


def multinomial(input, num_samples, replacement=False, *, generator=None, out=None):
    """``num_samples`` category indices (int64) per row of the probabilities ``input`` (1-D or 2-D)."""
    if not isinstance(input, Tensor):
        raise TypeError("multinomial(): argument 'input' (position 1) must be Tensor, not %s" % type(input).__name__)
    o = _VP()
    _check(_L.ng_multinomial(input._h, _i64(num_samples), 1 if replacement else 0, _gen(generator), o))
    r = _wrap_dt(o.value, _I64C)
    if out is not None:
        _out_or_new(out, tuple(r.shape), _I64C, "multinomial").copy_(r)
        return out
    return r


Tensor.multinomial = multinomial


def _like(fn, fname, input, dtype, device, requires_grad, *args):
    if not isinstance(input, Tensor):
        raise TypeError("%s(): argument 'input' (position 1) must be Tensor, not %s" % (fname, type(input).__name__))
    _check_device(device)
    code = _parse_dtype(dtype)
    o = _VP()
    _check(fn(input._h, *args, -1 if code is None else code, None, o))
    return _finish(o.value, _dtcode(input) if code is None else code, requires_grad)


def rand_like(input, *, dtype=None, layout=None, device=None, requires_grad=False, memory_format=None):
    """Uniform samples shaped like ``input`` (keeping its memory layout, as torch)."""
    return _like(_L.ng_rand_like, "rand_like", input, dtype, device, requires_grad)


def randn_like(input, *, dtype=None, layout=None, device=None, requires_grad=False, memory_format=None):
    """Standard normal samples shaped like ``input``."""
    return _like(_L.ng_randn_like, "randn_like", input, dtype, device, requires_grad)


def randint_like(input, low=0, high=None, *, dtype=None, layout=None, device=None, requires_grad=False,
                 memory_format=None):
    """``randint_like(input, [low=0,] high)``: integers in [low, high) shaped like ``input``."""
    if high is None:
        low, high = 0, low
    return _like(_L.ng_randint_like, "randint_like", input, dtype, device, requires_grad, _i64(low), _i64(high))
