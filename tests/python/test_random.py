"""NativeGrad's random numbers against PyTorch's, bit for bit: after the same seed, the same calls must
give identical values (compared as raw bits), identical generator states (torch's 5056-byte layout),
the same errors and the same autograd nodes. Sizes go around the 16-element threshold of torch's
vectorised normal fill, odd sizes, views in every layout, int64 ranges on both sides of 2^32."""

import pytest

torch = pytest.importorskip("torch", reason="random parity tests compare against real PyTorch")
np = pytest.importorskip("numpy", reason="bit comparisons use NumPy views")

import nativegrad as ng  # noqa: E402

# torch warns that float random_ bounds beyond 2^24 lose integers; NativeGrad does not warn
pytestmark = pytest.mark.filterwarnings("ignore:.*out of bounds")

SEEDS = [0, 1, 2, 7, 42, 123456789, 2 ** 32 + 5, 2 ** 63 + 11]
SIZES = [0, 1, 2, 3, 7, 8, 15, 16, 17, 23, 31, 32, 33, 47, 48, 63, 64, 65, 100, 255, 256, 257, 1000, 4099]
DT = [("float32", torch.float32, ng.float32), ("float64", torch.float64, ng.float64)]


def bits(t):
    """The raw bits of a tensor's values, row-major (so -0.0 differs from 0.0 and NaN compares)."""
    a = np.ascontiguousarray(t.detach().numpy())
    if a.dtype == np.float32:
        return a.view(np.uint32).tolist()
    if a.dtype == np.float64:
        return a.view(np.uint64).tolist()
    return a.tolist()


def same(t, n):
    assert tuple(t.shape) == tuple(n.shape)
    assert str(t.dtype) == str(n.dtype)
    assert bits(t) == bits(n)


def seed_both(s):
    torch.manual_seed(s)
    ng.manual_seed(s)


def both(f):
    """f(torch) and f(ng) after the same seed must agree."""
    a = f(torch)
    b = f(ng)
    same(a, b)
    return a, b


def errors_match(f):
    with pytest.raises(Exception) as et:
        f(torch)
    with pytest.raises(Exception) as en:
        f(ng)
    assert type(en.value) is type(et.value)
    assert str(en.value).split("\n")[0] == str(et.value).split("\n")[0]


# ---------------------------------------------------------------- the stream itself

@pytest.mark.parametrize("s", SEEDS + [-1, -(2 ** 63), 2 ** 64 - 1])
def test_seed_and_raw_stream(s):
    seed_both(s)
    assert ng.initial_seed() == torch.initial_seed()
    both(lambda m: m.zeros(2000, dtype=m.int64).random_())      # 64-bit draws, top bit cleared
    both(lambda m: m.zeros(700, dtype=m.bool).random_())        # low bit of 32-bit draws
    assert ng.get_rng_state().tolist() == torch.get_rng_state().tolist()


def test_manual_seed_overflow_and_types():
    for bad in (2 ** 64, -(2 ** 63) - 1):
        errors_match(lambda m: m.manual_seed(bad))
    seed_both(3.7)                                               # torch.manual_seed takes int(seed)
    assert ng.initial_seed() == torch.initial_seed() == 3
    assert ng.manual_seed(5) is ng.default_generator
    errors_match(lambda m: m.Generator().manual_seed(1.5))


# ---------------------------------------------------------------- rand / randn

@pytest.mark.parametrize("name,tdt,ndt", DT)
@pytest.mark.parametrize("s", SEEDS)
def test_rand_randn_sizes(name, tdt, ndt, s):
    seed_both(s)
    for n in SIZES:
        both(lambda m: m.rand(n, dtype=tdt if m is torch else ndt))
        both(lambda m: m.randn(n, dtype=tdt if m is torch else ndt))


def test_randn_shapes_and_big():
    seed_both(11)
    for shape in [(4, 4), (3, 5, 2), (1, 17), (33, 1, 2), ()]:
        both(lambda m: m.randn(shape))
        both(lambda m: m.randn(shape, dtype=m.float64))
    for n in (1 << 16, (1 << 20) + 5):                           # parallel blocks and a ragged tail
        both(lambda m: m.randn(n))
        both(lambda m: m.randn(n, dtype=m.float64))
        both(lambda m: m.rand(n))
        both(lambda m: m.rand(n, dtype=m.float64))


def test_scalar_normal_cache_spans_calls_and_dtypes():
    # below 16 elements each value is a scalar Box-Muller draw whose second value is cached on the
    # generator: it survives across calls and dtypes, a vectorised fill leaves it alone, a seed drops it
    seed_both(5)
    seq = [(3, "float32"), (1, "float64"), (20, "float32"), (2, "float32"), (5, "float64"), (16, "float64"),
           (1, "float32"), (15, "float32")]
    for n, d in seq:
        both(lambda m: m.randn(n, dtype=getattr(m, d)))
        assert ng.get_rng_state().tolist() == torch.get_rng_state().tolist()
    torch.randn(1); ng.randn(1)
    seed_both(5)
    both(lambda m: m.randn(4))


@pytest.mark.parametrize("name,tdt,ndt", DT)
def test_uniform_bounds(name, tdt, ndt):
    for a, b in [(0, 1), (-1, 1), (-0.3, 0.3), (2.5, 7.1), (-1e3, 3.3), (5, 5), (-1e30, 1e30), (0.1, 0.10000001)]:
        seed_both(a.__hash__() & 0xffff)
        both(lambda m: m.zeros(300, dtype=tdt if m is torch else ndt).uniform_(a, b))


@pytest.mark.parametrize("name,tdt,ndt", DT)
def test_normal_mean_std(name, tdt, ndt):
    for n in (5, 15, 16, 40, 333):
        for mean, std in [(0.0, 1.0), (0.37, 1.91), (-3.0, 0.01), (1e3, 0.0), (0.5, 250.0)]:
            seed_both(n)
            both(lambda m: m.zeros(n, dtype=tdt if m is torch else ndt).normal_(mean, std))
            both(lambda m: m.normal(mean, std, (n,), dtype=tdt if m is torch else ndt))


# ---------------------------------------------------------------- integers

@pytest.mark.parametrize("s", SEEDS[:4])
def test_randint_ranges(s):
    ranges = [(0, 1), (0, 2), (0, 10), (-5, 5), (3, 1000), (-(2 ** 31), 2 ** 31 - 1),
              (0, 2 ** 32 - 1), (0, 2 ** 32), (0, 2 ** 32 + 1), (-5, 2 ** 32 - 5), (-(2 ** 40), 2 ** 40),
              (0, 2 ** 62), (-(2 ** 63), 2 ** 63 - 1), (2 ** 62, 2 ** 63 - 1)]
    seed_both(s)
    for lo, hi in ranges:
        both(lambda m: m.randint(lo, hi, (37,)))
        both(lambda m: m.randint(hi, (3, 5)) if hi > 0 else m.randint(1, (3, 5)))
    for dt in ("float32", "float64"):
        both(lambda m: m.randint(-7, 100, (40,), dtype=getattr(m, dt)))
        both(lambda m: m.randint(0, 2 ** 33, (40,), dtype=getattr(m, dt)))
    both(lambda m: m.randint(0, 2, (40,), dtype=m.bool))


def test_random_forms_all_dtypes():
    seed_both(9)
    for d in ("float32", "float64", "int64", "bool"):
        both(lambda m: m.zeros(50, dtype=getattr(m, d)).random_())
        both(lambda m: m.zeros(50, dtype=getattr(m, d)).random_(2))
        both(lambda m: m.zeros(50, dtype=getattr(m, d)).random_(0, None))
        if d != "bool":
            both(lambda m: m.zeros(50, dtype=getattr(m, d)).random_(-20, 20))
            both(lambda m: m.zeros(50, dtype=getattr(m, d)).random_(-3, None))
            both(lambda m: m.zeros(50, dtype=getattr(m, d)).random_(-(2 ** 63), None))
    both(lambda m: m.zeros(10).random_(2 ** 24 + 3, 2 ** 24 + 8))   # bounds rounded to what float holds
    both(lambda m: m.zeros(10).random_(2 ** 40))


def test_call_forms():
    for f in [lambda m: m.randint(10, (3,)), lambda m: m.randint(2, 10, (3,)), lambda m: m.randint(low=2, high=10, size=(3,)),
              lambda m: m.randint(10, size=(3,)), lambda m: m.randint(2, high=10, size=(2, 2)),
              lambda m: m.rand(size=(2, 3)), lambda m: m.randn(2, 3, dtype=m.float64),
              lambda m: m.normal(mean=1.0, std=2.0, size=(5,)), lambda m: m.zeros(4).random_(**{"from": 2, "to": 9}),
              lambda m: m.zeros(4).uniform_(**{"from": -1, "to": 0.5})]:
        seed_both(0)
        both(f)
    for m in (torch, ng):
        t = m.zeros(2, 3)
        m.manual_seed(1)
        assert m.rand(2, 3, out=t) is t
    assert ng.rand(2, 3, out=t).tolist() != [[0.0] * 3] * 2
    for f in [lambda m: m.zeros(3, dtype=m.int64).random_(0, 2 ** 64), lambda m: m.randint(0, 2 ** 63, (2,)),
              lambda m: m.randint(10), lambda m: m.rand(), lambda m: m.randn(3, generator=5)]:
        with pytest.raises(Exception) as et:
            f(torch)
        with pytest.raises(type(et.value)):
            f(ng)


@pytest.mark.parametrize("n", [0, 1, 2, 3, 5, 16, 17, 100, 1000, 5000])
def test_randperm(n):
    seed_both(n + 1)
    both(lambda m: m.randperm(n))
    both(lambda m: m.randperm(n, dtype=m.float32))
    both(lambda m: m.randperm(n, dtype=m.float64))
    g, G = torch.Generator().manual_seed(n), ng.Generator().manual_seed(n)
    same(torch.randperm(n, generator=g), ng.randperm(n, generator=G))


# ---------------------------------------------------------------- other distributions

def test_bernoulli_forms():
    seed_both(21)
    for p in (0.0, 0.1, 0.5, 0.73, 1.0):
        for d in ("float32", "float64", "int64", "bool"):
            both(lambda m: m.zeros(33, dtype=getattr(m, d)).bernoulli_(p))
    probs = np.random.default_rng(1).random((4, 9))
    for d in ("float32", "float64"):
        pt, pn = torch.tensor(probs, dtype=getattr(torch, d)), ng.tensor(probs, dtype=getattr(ng, d))
        same(torch.bernoulli(pt), ng.bernoulli(pn))
        same(torch.zeros(4, 9, dtype=torch.int64).bernoulli_(pt), ng.zeros(4, 9, dtype=ng.int64).bernoulli_(pn))
        same(torch.zeros(2, 4, 9).bernoulli_(pt[0]), ng.zeros(2, 4, 9).bernoulli_(pn[0]))      # broadcast p
        same(torch.bernoulli(pt.t()), ng.bernoulli(pn.t()))
        same(pt.bernoulli(), pn.bernoulli())
        same(pt.bernoulli(0.25), pn.bernoulli(0.25))
        same(torch.bernoulli(pt, 0.4), ng.bernoulli(pn, 0.4))


@pytest.mark.parametrize("name,tdt,ndt", DT)
def test_exponential_cauchy_lognormal_geometric(name, tdt, ndt):
    seed_both(31)
    for lam in (1.0, 2.5, 0.3, 0.0):
        both(lambda m: m.zeros(60, dtype=tdt if m is torch else ndt).exponential_(lam))
    for med, sig in ((0.0, 1.0), (1.5, 0.2), (-2.0, 3.0)):
        both(lambda m: m.zeros(60, dtype=tdt if m is torch else ndt).cauchy_(med, sig))
    for mean, std in ((1.0, 2.0), (0.0, 0.5)):
        both(lambda m: m.zeros(17, dtype=tdt if m is torch else ndt).log_normal_(mean, std))
        both(lambda m: m.zeros(3, dtype=tdt if m is torch else ndt).log_normal_(mean, std))
    for p in (0.3, 0.9):
        both(lambda m: m.zeros(40, dtype=tdt if m is torch else ndt).geometric_(p))
    both(lambda m: m.zeros(40, dtype=m.int64).geometric_(0.2))


@pytest.mark.parametrize("name,tdt,ndt", DT)
def test_multinomial(name, tdt, ndt):
    probs = np.random.default_rng(2).random((3, 7))
    probs[1, 2] = 0
    pt, pn = torch.tensor(probs, dtype=tdt), ng.tensor(probs, dtype=ndt)
    for s in range(4):
        for n, rep in [(1, False), (3, False), (7, False), (1, True), (5, True), (40, True)]:
            seed_both(s)
            same(torch.multinomial(pt, n, rep), ng.multinomial(pn, n, rep))
            same(torch.multinomial(pt[0], n, rep), ng.multinomial(pn[0], n, rep))
            same(pt.t().multinomial(2, rep), pn.t().multinomial(2, rep))
    g, G = torch.Generator().manual_seed(4), ng.Generator().manual_seed(4)
    same(torch.multinomial(pt, 4, True, generator=g), ng.multinomial(pn, 4, True, generator=G))


# ---------------------------------------------------------------- layouts

def _views(m, dtype):
    return [
        m.zeros(5, 7, dtype=dtype).t(),                      # transposed: filled in memory order
        m.zeros(6, 8, dtype=dtype)[:, 1:5],                  # gaps between rows
        m.zeros(4, 5, 6, dtype=dtype).permute(2, 0, 1),
        m.zeros(10, 3, dtype=dtype)[::2],
        m.zeros(9, 9, dtype=dtype)[:, 4],
        m.zeros(40, dtype=dtype)[3:30],                      # contiguous with an offset
        m.zeros(2, 1, 9, dtype=dtype).transpose(0, 1),
    ]


@pytest.mark.parametrize("name,tdt,ndt", DT)
def test_fills_on_views(name, tdt, ndt):
    for i in range(7):
        for fill in (lambda v: v.uniform_(-1, 2), lambda v: v.normal_(0.5, 2.0), lambda v: v.random_(0, 9),
                     lambda v: v.bernoulli_(0.3), lambda v: v.exponential_(1.5)):
            seed_both(i)
            a = fill(_views(torch, tdt)[i])
            b = fill(_views(ng, ndt)[i])
            same(a, b)
            assert ng.get_rng_state().tolist() == torch.get_rng_state().tolist()


def test_like_keeps_layout():
    for shape, f in [((4, 6), lambda x: x.t()), ((3, 4, 5), lambda x: x.permute(2, 0, 1)), ((5, 5), lambda x: x[1:])]:
        seed_both(4)
        xt, xn = f(torch.zeros(shape)), f(ng.zeros(shape))
        same(torch.rand_like(xt), ng.rand_like(xn))
        same(torch.randn_like(xt), ng.randn_like(xn))
        same(torch.randn_like(xt, dtype=torch.float64), ng.randn_like(xn, dtype=ng.float64))
        same(torch.randint_like(xt, 10), ng.randint_like(xn, 10))
        same(torch.randint_like(xt, -3, 3), ng.randint_like(xn, -3, 3))
        assert ng.rand_like(xn, requires_grad=True).requires_grad


# ---------------------------------------------------------------- torch.normal with tensors

def test_normal_tensor_forms_and_nodes():
    seed_both(8)
    mt, mn = torch.arange(6.).reshape(2, 3), ng.arange(6.).reshape(2, 3)
    both(lambda m: m.normal(mt if m is torch else mn, (mt if m is torch else mn) + 1))
    both(lambda m: m.normal(mt if m is torch else mn, 2.5))
    both(lambda m: m.normal(0.5, (mt if m is torch else mn) + 1))
    both(lambda m: m.normal(m.zeros(3), m.ones(2, 3)))                                   # broadcast
    both(lambda m: m.normal(m.zeros(20, dtype=m.float64), 3.0))
    both(lambda m: m.normal(m.zeros(4), m.ones(4, dtype=m.float64) * 2))               # mixed dtypes
    for f in (lambda m, a, b: m.normal(a, b), lambda m, a, b: m.normal(a, 1.0), lambda m, a, b: m.normal(0.0, b)):
        at, bt = torch.zeros(3, requires_grad=True), torch.ones(3, requires_grad=True)
        an, bn = ng.zeros(3, requires_grad=True), ng.ones(3, requires_grad=True)
        yt, yn = f(torch, at, bt), f(ng, an, bn)
        assert type(yn.grad_fn).__name__ == type(yt.grad_fn).__name__
        yt.sum().backward()
        yn.sum().backward()
        for t, n in ((at, an), (bt, bn)):
            assert (t.grad is None) == (n.grad is None)
            if t.grad is not None:
                assert n.grad.tolist() == t.grad.tolist()
    p = ng.full((3,), 0.5, requires_grad=True)
    assert type(ng.bernoulli(p).grad_fn).__name__ == type(torch.bernoulli(torch.full((3,), 0.5, requires_grad=True)).grad_fn).__name__


def test_mixed_call_sequences():
    """Long random sequences of mixed calls on the default and a user generator stay in step with torch
    (values and the whole state after each call)."""
    import random as pyrandom
    r = pyrandom.Random(2024)
    calls = [
        lambda m, n, d, g, hi: m.rand(n, dtype=d, generator=g),
        lambda m, n, d, g, hi: m.randn(n, dtype=d, generator=g),
        lambda m, n, d, g, hi: m.randint(-50, 2 ** hi, (n,), generator=g),
        lambda m, n, d, g, hi: m.randperm(n, generator=g),
        lambda m, n, d, g, hi: m.zeros(n, dtype=d).normal_(0.3, 1.7, generator=g),
        lambda m, n, d, g, hi: m.zeros(n, dtype=d).uniform_(-2, 5, generator=g),
        lambda m, n, d, g, hi: m.zeros(n, dtype=d).bernoulli_(0.35, generator=g),
        lambda m, n, d, g, hi: m.zeros(n, dtype=d).exponential_(0.7, generator=g),
        lambda m, n, d, g, hi: m.zeros(n, dtype=d).log_normal_(0.1, 0.5, generator=g),
        lambda m, n, d, g, hi: m.normal(m.zeros(n, dtype=d), 2.0, generator=g),
        lambda m, n, d, g, hi: m.zeros(n, 3, dtype=d).t().normal_(generator=g),
    ]
    seed_both(99)
    gt, gn = torch.Generator().manual_seed(5), ng.Generator().manual_seed(5)
    for step in range(400):
        f = r.choice(calls)
        n = r.choice([1, 2, 3, 5, 8, 15, 16, 17, 31, 33, 64, 100])
        d = r.choice(["float32", "float64"])
        hi = r.choice([4, 31, 32, 33, 40])
        own = r.random() < 0.3
        same(f(torch, n, getattr(torch, d), gt if own else None, hi), f(ng, n, getattr(ng, d), gn if own else None, hi))
        if step % 20 == 0:
            assert ng.get_rng_state().tolist() == torch.get_rng_state().tolist()
            assert gn.get_state().tolist() == gt.get_state().tolist()


# ---------------------------------------------------------------- generators and state

def test_generators_are_independent():
    seed_both(1)
    gt, gn = torch.Generator(), ng.Generator()
    assert gn.initial_seed() == gt.initial_seed() == 67280421310721
    assert gn.manual_seed(77) is gn
    gt.manual_seed(77)
    h_t, h_n = torch.Generator().manual_seed(78), ng.Generator().manual_seed(78)
    for _ in range(3):
        same(torch.randn(5, generator=gt), ng.randn(5, generator=gn))
        same(torch.randn(3), ng.randn(3))
        same(torch.rand(20, generator=h_t), ng.rand(20, generator=h_n))
        same(torch.randint(0, 9, (4,), generator=gt), ng.randint(0, 9, (4,), generator=gn))
        same(torch.zeros(6).normal_(generator=h_t), ng.zeros(6).normal_(generator=h_n))
        same(torch.normal(torch.zeros(4), 1.0, generator=gt), ng.normal(ng.zeros(4), 1.0, generator=gn))
    assert gn.get_state().tolist() == gt.get_state().tolist()
    assert str(gn.device) == "cpu"


def test_state_round_trips_both_ways():
    seed_both(12)
    torch.randn(3); ng.randn(3)                     # leaves a cached normal in the state
    st, sn = torch.get_rng_state(), ng.get_rng_state()
    assert sn.shape == st.shape == (5056,)
    assert sn.tolist() == st.tolist()
    a = torch.randn(5); b = ng.randn(5)
    same(a, b)
    ng.set_rng_state(sn)
    same(a, ng.randn(5))
    ng.set_rng_state(bytes(st.tolist()))           # torch's state into NativeGrad
    same(a, ng.randn(5))
    torch.set_rng_state(torch.tensor(sn.tolist(), dtype=torch.uint8))   # and back
    same(a, torch.randn(5))
    g = ng.Generator().manual_seed(3)
    s0 = g.get_state()
    x = ng.rand(9, generator=g)
    assert g.set_state(s0) is g
    same(torch.tensor(x.tolist()), torch.tensor(ng.rand(9, generator=g).tolist()))


def test_legacy_state_size_is_accepted():
    seed_both(2)
    legacy = bytes(torch.get_rng_state().tolist())[:5048]
    torch.set_rng_state(torch.tensor(list(legacy), dtype=torch.uint8))
    ng.set_rng_state(legacy)
    same(torch.randn(7), ng.randn(7))


def test_state_errors():
    with pytest.raises(RuntimeError, match="Expected either a CPUGeneratorImplStateLegacy of size 5048 or a "
                                           "CPUGeneratorImplState of size 5056 but found the input RNG state size to be 10"):
        ng.set_rng_state(bytes(10))
    with pytest.raises(RuntimeError, match="Invalid mt19937 state"):
        ng.set_rng_state(bytes(5056))
    with pytest.raises(TypeError, match="RNG state must be a torch.ByteTensor"):
        ng.set_rng_state(ng.zeros(5056))
    seed_both(0)
    before = ng.get_rng_state().tolist()
    with pytest.raises(RuntimeError):
        ng.set_rng_state(bytes(5056))
    assert ng.get_rng_state().tolist() == before   # a refused state leaves the generator as it was


def test_seed_and_fork_rng():
    s = ng.seed()
    assert ng.initial_seed() == s
    g = ng.Generator()
    s2 = g.seed()
    assert g.initial_seed() == s2 and s2 != 67280421310721
    ng.manual_seed(3)
    with ng.random.fork_rng():
        ng.rand(10)
    torch.manual_seed(3)
    same(torch.rand(4), ng.rand(4))
    assert ng.random.initial_seed() == 3


def test_default_seed_is_nondeterministic_at_start():
    import subprocess
    import sys
    from ng_testutil import subprocess_env
    code = "import nativegrad as t; print(t.initial_seed())"
    seeds = {subprocess.run([sys.executable, "-c", code], env=subprocess_env(), capture_output=True,
                            text=True, check=True).stdout for _ in range(2)}
    assert len(seeds) == 2


# ---------------------------------------------------------------- nn

@pytest.mark.parametrize("s", [0, 1, 5])
def test_module_init_matches(s):
    def build(m):
        return m.nn.Sequential(m.nn.Linear(3, 2), m.nn.ReLU(), m.nn.Linear(2, 5, bias=False), m.nn.Embedding(4, 3),
                               m.nn.LayerNorm(3), m.nn.Linear(300, 7, dtype=m.float64), m.nn.Embedding(20, 2, padding_idx=1))
    seed_both(s)
    a, b = build(torch), build(ng)
    pa, pb = list(a.named_parameters()), list(b.named_parameters())
    assert [k for k, _ in pa] == [k for k, _ in pb]
    for (_, x), (_, y) in zip(pa, pb):
        same(x, y)
    same(torch.randn(3), ng.randn(3))               # and the stream continues in step


def test_init_functions():
    seed_both(6)
    for f, kw in [("uniform_", {}), ("uniform_", dict(a=-2, b=3)), ("normal_", dict(mean=1, std=0.1)),
                  ("xavier_uniform_", {}), ("xavier_uniform_", dict(gain=2.0)), ("xavier_normal_", {}),
                  ("kaiming_uniform_", {}), ("kaiming_uniform_", dict(a=0.2, mode="fan_out")),
                  ("kaiming_normal_", dict(nonlinearity="relu")), ("kaiming_normal_", dict(mode="fan_out"))]:
        for shape in [(5, 7), (3, 4, 2, 2)]:
            wt, wn = torch.zeros(shape, requires_grad=True), ng.zeros(shape, requires_grad=True)
            getattr(torch.nn.init, f)(wt, **kw)
            getattr(ng.nn.init, f)(wn, **kw)
            same(wt, wn)
    for nl, p in [("linear", None), ("tanh", None), ("relu", None), ("leaky_relu", None), ("leaky_relu", 0.2),
                  ("selu", None), ("sigmoid", None), ("conv2d", None)]:
        assert ng.nn.init.calculate_gain(nl, p) == torch.nn.init.calculate_gain(nl, p)


@pytest.mark.parametrize("p", [0.1, 0.3, 0.5, 0.9])
def test_dropout_masks(p):
    for d in ("float32", "float64"):
        x = np.random.default_rng(3).standard_normal((7, 9))
        xt = torch.tensor(x, dtype=getattr(torch, d), requires_grad=True)
        xn = ng.tensor(x, dtype=getattr(ng, d), requires_grad=True)
        seed_both(10)
        yt, yn = torch.nn.functional.dropout(xt, p), ng.nn.functional.dropout(xn, p)
        same(yt, yn)
        assert type(yn.grad_fn).__name__ == type(yt.grad_fn).__name__
        yt.sum().backward()
        yn.sum().backward()
        same(xt.grad, xn.grad)
        same(torch.nn.Dropout(p)(xt.t()), ng.nn.Dropout(p)(xn.t()))


# ---------------------------------------------------------------- in-place rules

def test_inplace_autograd_rules():
    for f in (lambda t: t.uniform_(), lambda t: t.normal_(), lambda t: t.bernoulli_(0.5), lambda t: t.random_(3)):
        errors_match(lambda m: f(m.zeros(3, requires_grad=True)))
        errors_match(lambda m: f(m.zeros(2, 3, requires_grad=True)[0]))
        for m in (torch, ng):
            w = m.zeros(4, requires_grad=True)
            v = w._version
            with m.no_grad():
                f(w)
            assert w._version == v + 1 and w.requires_grad and w.is_leaf
    errors_match(lambda m: m.zeros(1).expand(3).normal_())


# ---------------------------------------------------------------- errors

ERRORS = [
    lambda m: m.zeros(3).normal_(0, -1),
    lambda m: m.normal(0., -1., (3,)),
    lambda m: m.normal(m.zeros(3), -1.),
    lambda m: m.normal(m.zeros(3), -m.ones(3)),
    lambda m: m.normal(2.0, -m.ones(3)),
    lambda m: m.normal(m.zeros(2), m.tensor([1.0, float("nan")])),
    lambda m: m.zeros(3).uniform_(1, 0),
    lambda m: m.zeros(3).uniform_(-3e38, 3e38),
    lambda m: m.zeros(3, dtype=m.int64).uniform_(),
    lambda m: m.zeros(3, dtype=m.int64).normal_(),
    lambda m: m.zeros(3, dtype=m.bool).normal_(),
    lambda m: m.randn(3, dtype=m.int64),
    lambda m: m.rand(3, dtype=m.int64),
    lambda m: m.zeros(3).bernoulli_(1.5),
    lambda m: m.zeros(3).bernoulli_(-0.1),
    lambda m: m.bernoulli(m.tensor([0.5, 1.5])),
    lambda m: m.bernoulli(m.tensor([1, 0])),
    lambda m: m.zeros(3).bernoulli_(m.rand(4)),
    lambda m: m.zeros(3).exponential_(-1),
    lambda m: m.zeros(3, dtype=m.int64).exponential_(),
    lambda m: m.zeros(3).log_normal_(0, 0),
    lambda m: m.zeros(3).geometric_(0),
    lambda m: m.zeros(3, dtype=m.bool).geometric_(0.5),
    lambda m: m.zeros(3, dtype=m.int64).cauchy_(),
    lambda m: m.randperm(-1),
    lambda m: m.randperm(2 ** 24 + 2, dtype=m.float32),
    lambda m: m.randperm(5, dtype=m.bool),
    lambda m: m.randint(5, 5, (3,)),
    lambda m: m.randint(0, 300, (3,), dtype=m.bool),
    lambda m: m.zeros(3, dtype=m.bool).random_(0, 3),
    lambda m: m.zeros(3, dtype=m.bool).random_(0),
    lambda m: m.zeros(3, dtype=m.bool).random_(-(2 ** 63), None),
    lambda m: m.nn.functional.dropout(m.ones(3, dtype=m.int64), 0.5),
    lambda m: m.nn.functional.dropout(m.ones(3, dtype=m.bool), 0.5),
    lambda m: m.multinomial(m.ones(2, 2, 2), 1),
    lambda m: m.multinomial(m.ones(3, dtype=m.int64), 1),
    lambda m: m.multinomial(m.ones(3), 0),
    lambda m: m.multinomial(m.ones(3), 4),
    lambda m: m.multinomial(m.tensor([1.0, -1.0]), 1),
    lambda m: m.multinomial(m.tensor([1.0, -1.0]), 2, True),
    lambda m: m.multinomial(m.zeros(2, 3), 2, True),
    lambda m: m.multinomial(m.zeros(2, 3), 2),
    lambda m: m.multinomial(m.tensor([1.0, float("nan")]), 1),
    lambda m: m.multinomial(m.tensor([1.0, float("inf")]), 1, True),
]


@pytest.mark.parametrize("i", range(len(ERRORS)))
def test_errors_match_torch(i):
    errors_match(ERRORS[i])

