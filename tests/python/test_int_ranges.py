"""Python integers past what the C ABI takes (issue 11): ctypes keeps only the low bits of an int passed as
int64/int32, so ``zeros(2**64 + 3)`` had shape [3] and ``x[2**64 + 1]`` returned element 1. Every int from
the user is now checked before it reaches ctypes and raises what PyTorch 1.13 raises (the exception type
always, the message where PyTorch's is not about its own internals); huge values that fit int64 reach the
library, which refuses them with a message."""

import pytest

torch = pytest.importorskip("torch", reason="compared with real PyTorch")

import nativegrad as ng  # noqa: E402

BIG = 4611686018427387905  # 2**62 + 1: times 4 wraps around to 4 in 64 bits

# (name, call, compare the message too)
CASES = [
    ("zeros(2**64+3)", lambda m: m.zeros(2 ** 64 + 3), True),
    ("zeros(2**63)", lambda m: m.zeros(2 ** 63), True),
    ("ones(2, 2**64)", lambda m: m.ones(2, 2 ** 64), True),
    ("full((2**64,), 1.)", lambda m: m.full((2 ** 64,), 1.), True),
    ("full((2,), 2**64)", lambda m: m.full((2,), 2 ** 64), True),
    ("x[2**64+1]", lambda m: m.zeros(3)[2 ** 64 + 1], True),
    ("x[2**63]", lambda m: m.zeros(3)[2 ** 63], True),
    ("x[2**40]", lambda m: m.zeros(3)[2 ** 40], True),
    ("x[-2**63]", lambda m: m.zeros(3)[-2 ** 63], True),
    ("reshape(2**64)", lambda m: m.zeros(3).reshape(2 ** 64), True),
    ("view(2**63)", lambda m: m.zeros(3).view(2 ** 63), True),
    ("view(3, 2**64)", lambda m: m.zeros(3).view(3, 2 ** 64), True),
    ("expand(2**64)", lambda m: m.zeros(1).expand(2 ** 64), True),
    ("view(2**62+1, 4)", lambda m: m.zeros(4).view(BIG, 4), False),
    ("reshape(2**62+1, 4)", lambda m: m.zeros(4).reshape(BIG, 4), False),
    ("softmax(2**40)", lambda m: m.zeros(3).softmax(2 ** 40), True),
    ("softmax(2**64)", lambda m: m.zeros(3).softmax(2 ** 64), True),
    ("log_softmax(-2**40)", lambda m: m.zeros(3).log_softmax(-2 ** 40), True),
    ("sum(2**40)", lambda m: m.zeros(3).sum(2 ** 40), True),
    ("sum(2**70)", lambda m: m.zeros(3).sum(2 ** 70), True),
    ("sum(dim=(2**64,))", lambda m: m.zeros(2, 3).sum(dim=(2 ** 64,)), True),
    ("sum(dim=(0, 2**64))", lambda m: m.zeros(2, 3).sum(dim=(0, 2 ** 64)), True),
    ("mean(2**40)", lambda m: m.zeros(3).mean(2 ** 40), True),
    ("std(2**40)", lambda m: m.zeros(3).std(2 ** 40), True),
    ("logsumexp(2**40)", lambda m: m.zeros(3).logsumexp(2 ** 40), True),
    ("norm(dim=2**40)", lambda m: m.zeros(3).norm(dim=2 ** 40), True),
    ("unsqueeze(2**64)", lambda m: m.zeros(3).unsqueeze(2 ** 64), True),
    ("unsqueeze(2**40)", lambda m: m.zeros(3).unsqueeze(2 ** 40), True),
    ("squeeze(2**40)", lambda m: m.zeros(3).squeeze(2 ** 40), True),
    ("narrow(0, 0, 2**64)", lambda m: m.zeros(3).narrow(0, 0, 2 ** 64), True),
    ("narrow(0, 2**40, 1)", lambda m: m.zeros(3).narrow(0, 2 ** 40, 1), False),
    ("narrow(2**40, 0, 1)", lambda m: m.zeros(3).narrow(2 ** 40, 0, 1), True),
    ("manual_seed(2**64)", lambda m: m.manual_seed(2 ** 64), True),
    ("manual_seed(-2**63-1)", lambda m: m.manual_seed(-2 ** 63 - 1), True),
    ("eye(2**64)", lambda m: m.eye(2 ** 64), True),
    ("eye(2, 2**64)", lambda m: m.eye(2, 2 ** 64), True),
    ("randint(0, 2**64, (2,))", lambda m: m.randint(0, 2 ** 64, (2,)), True),
    ("permute(2**64, 0)", lambda m: m.zeros(2, 3).permute(2 ** 64, 0), True),
    ("transpose(2**64, 0)", lambda m: m.zeros(2, 3).transpose(2 ** 64, 0), True),
    ("transpose(2**40, 0)", lambda m: m.zeros(2, 3).transpose(2 ** 40, 0), True),
    ("cat(dim=2**64)", lambda m: m.cat([m.zeros(2)], 2 ** 64), True),
    ("cat(dim=2**40)", lambda m: m.cat([m.zeros(2)], 2 ** 40), True),
    ("stack(dim=2**40)", lambda m: m.stack([m.zeros(2)], 2 ** 40), True),
    ("max(2**64)", lambda m: m.zeros(3).max(2 ** 64), True),
    ("max(2**40)", lambda m: m.zeros(3).max(2 ** 40), True),
    ("arange(2**64)", lambda m: m.arange(2 ** 64), True),
    ("tensor([2**64])", lambda m: m.tensor([2 ** 64]), True),
    ("tensor([2**63])", lambda m: m.tensor([2 ** 63]), True),
    ("tensor(2**63)", lambda m: m.tensor(2 ** 63), True),
    ("gather(2**40)", lambda m: m.zeros(3).gather(2 ** 40, m.zeros(3, dtype=m.int64)), True),
    ("index_select(2**64)", lambda m: m.zeros(3).index_select(2 ** 64, m.zeros(1, dtype=m.int64)), True),
    ("Linear(2**64, 2)", lambda m: m.nn.Linear(2 ** 64, 2), False),
    ("Embedding(2**64, 2)", lambda m: m.nn.Embedding(2 ** 64, 2), False),
    ("Flatten(2**40)", lambda m: m.nn.Flatten(2 ** 40)(m.zeros(2, 3)), True),
    ("Flatten(5)", lambda m: m.nn.Flatten(5)(m.zeros(2, 3)), True),
    ("Flatten(1, 0)", lambda m: m.nn.Flatten(1, 0)(m.zeros(2, 3)), True),
    ("size(2**64)", lambda m: m.zeros(3).size(2 ** 64), True),
    ("int64 + 2**64", lambda m: m.zeros(3, dtype=m.int64) + 2 ** 64, True),
    ("float32 * 2**64", lambda m: m.zeros(3) * 2 ** 64, True),
    ("int64 == 2**64", lambda m: m.zeros(3, dtype=m.int64) == 2 ** 64, True),
    ("fill_(2**64)", lambda m: m.zeros(3).fill_(2 ** 64), True),
    ("add_(2**64)", lambda m: m.zeros(3).add_(2 ** 64), True),
    ("nll_loss(ignore_index=2**64)", lambda m: m.nn.functional.nll_loss(
        m.zeros(2, 3), m.zeros(2, dtype=m.int64), ignore_index=2 ** 64), True),
    ("cross_entropy(ignore_index=-2**64)", lambda m: m.nn.functional.cross_entropy(
        m.zeros(2, 3), m.zeros(2, dtype=m.int64), ignore_index=-2 ** 64), True),
]


def outcome(m, f):
    try:
        r = f(m)
    except Exception as e:  # noqa: BLE001 - the exception is the result
        return type(e), str(e)
    return None, tuple(r.shape) if hasattr(r, "shape") else r


@pytest.mark.parametrize("name,f,same_message", CASES, ids=[c[0] for c in CASES])
def test_out_of_range_ints_raise_as_pytorch(name, f, same_message):
    t_exc, t_val = outcome(torch, f)
    n_exc, n_val = outcome(ng, f)
    assert t_exc is not None, "the case must fail in PyTorch"
    assert n_exc is t_exc, (name, n_exc, n_val, t_exc, t_val)
    if same_message:
        assert n_val == t_val


def test_valid_extremes_still_work():
    # what fits int64 passes through unchanged (seeds take any 64-bit pattern, as PyTorch)
    ng.manual_seed(2 ** 64 - 1)
    ng.manual_seed(-2 ** 63)
    x = ng.arange(5)
    assert x[-5].item() == 0
    assert tuple(x[: 2 ** 70].shape) == (5,)       # slices clamp, as in Python and PyTorch
    assert tuple(x[-2 ** 63:].shape) == (5,)
    assert x[1:: 2 ** 62].tolist() == [1]           # a step past the size: one element
    assert tuple(x[2 ** 63 - 1:].shape) == (0,)
    big = ng.full((2,), 2 ** 63 - 1, dtype=ng.int64)
    assert big.tolist() == torch.full((2,), 2 ** 63 - 1, dtype=torch.int64).tolist()
    assert (ng.zeros(3, dtype=ng.int64) + (2 ** 62)).tolist() == [2 ** 62] * 3


def test_shape_limits_messages():
    # sizes that fit int64 but not NativeGrad's limits: RuntimeError with the shape, nothing allocated
    with pytest.raises(RuntimeError, match="larger than NativeGrad's limit of 2147483647 per dimension"):
        ng.zeros(2 ** 40)
    with pytest.raises(RuntimeError, match="would have 1099511627776 elements"):
        ng.zeros(2 ** 20, 2 ** 20)
    with pytest.raises(RuntimeError, match="size 4611686018427387905 at dimension 0"):
        ng.ones(4).view(BIG, 4)
    one = ng.ones(1)
    big = one.expand(2 ** 31 - 1)
    with pytest.raises(RuntimeError, match="would be 4294967298"):
        ng.cat([big, big, ng.ones(4)])
    col, row = ng.ones(1, 1).expand(65536, 1), ng.ones(1, 1).expand(1, 65536)
    with pytest.raises(RuntimeError, match=r"\[65536, 65536\] would have 4294967296 elements"):
        col + row


def test_print_of_huge_expanded_tensor_reads_only_the_printed_elements():
    x = ng.ones(1, 1).expand(46340, 46340)
    assert repr(x) == repr(torch.ones(1, 1).expand(46340, 46340))
    y = ng.arange(3.).expand(715827882, 3)
    assert repr(y) == repr(torch.arange(3.).expand(715827882, 3))
