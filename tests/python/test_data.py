"""nativegrad.utils.data against torch.utils.data: datasets, samplers, DataLoader, collation and errors
(same printed output from the same code)."""

import pytest

pytest.importorskip("torch", reason="compares with real PyTorch")

import nativegrad  # noqa: E402
from both import assert_same_output  # noqa: E402

HAS_RANDPERM = hasattr(nativegrad, "randperm")
HAS_RANDOM_ = hasattr(nativegrad.Tensor, "random_")

CASES = {
    "tensor_dataset": """
        D = torch.utils.data
        x = torch.arange(10.).reshape(5, 2); y = torch.arange(5)
        ds = D.TensorDataset(x, y)
        print(len(ds), ds[1], ds[-1])
        for xb, yb in D.DataLoader(ds, batch_size=2):
            print(xb, yb)
        print(len(D.DataLoader(ds, batch_size=2)), len(D.DataLoader(ds, batch_size=2, drop_last=True)))
        print(list(D.DataLoader(ds, batch_size=2, drop_last=True)))
        print(list(D.DataLoader(ds, batch_size=2, num_workers=2)))
    """,
    "collate_structures": """
        import collections
        D = torch.utils.data
        P = collections.namedtuple("P", "a b")
        class DS(D.Dataset):
            def __len__(self): return 3
            def __getitem__(self, i):
                return {"x": float(i), "n": i, "b": i % 2 == 0, "s": "s%d" % i, "t": (i, [i, i + 1]),
                        "p": P(i, 2.5), "v": torch.full((2,), float(i))}
        for b in D.DataLoader(DS(), batch_size=2):
            print(b)
        for b in D.DataLoader(DS(), batch_size=None):
            print(b)
        print(D.default_collate([torch.zeros(2), torch.ones(2)]))
        print(D.default_collate([(1, 2.0), (3, 4.0)]))
        print(D.default_collate([[1, 2], [3, 4]]))
        print(D.default_convert((1, [2.5])))
    """,
    "collate_numpy": """
        import numpy as np
        D = torch.utils.data
        print(D.default_collate([np.arange(3), np.arange(3)]))
        print(D.default_collate([np.float64(1.5), np.float64(2.5)]))
        print(D.default_convert(np.ones(2)))
        print(list(D.DataLoader([np.arange(2.0), np.arange(2.0) + 1], batch_size=2)))
    """,
    "iterable_and_samplers": """
        D = torch.utils.data
        class It(D.IterableDataset):
            def __iter__(self): return iter(range(7))
        print(list(D.DataLoader(It(), batch_size=3)), list(D.DataLoader(It(), batch_size=3, drop_last=True)))
        print(list(D.DataLoader(It(), batch_size=None)))
        ds = D.TensorDataset(torch.arange(10.).reshape(5, 2))
        print(list(D.DataLoader(ds, batch_sampler=[[0, 4], [2]])))
        print(list(D.DataLoader(ds, sampler=[4, 3], batch_size=1)))
        print(list(D.BatchSampler(D.SequentialSampler(range(5)), 2, False)))
        print(list(D.BatchSampler(range(5), 2, True)), len(D.BatchSampler(range(5), 2, True)))
        s = D.Subset(ds, [4, 0]); print(len(s), s[0], s[1])
        c = D.ConcatDataset([s, ds]); print(len(c), c[2], c[-1])
        ch = It() + It(); print(list(ch)[:9])
        print(len(D.SequentialSampler(range(4))), list(D.SequentialSampler(range(4))))
    """,
    "errors": """
        D = torch.utils.data
        ds = D.TensorDataset(torch.zeros(3))
        class It(D.IterableDataset):
            def __iter__(self): return iter(range(2))
        for kw in ({"sampler": [1], "shuffle": True}, {"batch_sampler": [[1]], "batch_size": 2},
                   {"batch_sampler": [[1]], "drop_last": True}, {"batch_size": None, "drop_last": True},
                   {"num_workers": -1}, {"timeout": -1}, {"persistent_workers": True}):
            try: D.DataLoader(ds, **kw)
            except Exception as e: print(type(e).__name__, e)
        try: D.DataLoader(It(), shuffle=True)
        except Exception as e: print(type(e).__name__, e)
        for bad in ([object()], [[1, 2], [3]]):
            try: D.default_collate(bad)
            except Exception as e: print(type(e).__name__, e)
        try: D.TensorDataset(torch.zeros(2), torch.zeros(3))
        except Exception as e: print(type(e).__name__, repr(str(e)))
        for args in ((range(3), 0, False), (range(3), 2, 1)):
            try: D.BatchSampler(*args)
            except Exception as e: print(type(e).__name__, e)
        try: D.Dataset()[0]
        except Exception as e: print(type(e).__name__, e)
        try: D.random_split(range(5), [2, 2])
        except Exception as e: print(type(e).__name__, e)
        try: D.RandomSampler(range(3), num_samples=0)
        except Exception as e: print(type(e).__name__, e)
    """,
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_same_output_as_torch(name):
    assert_same_output(CASES[name])


needs_randperm = pytest.mark.xfail(not HAS_RANDPERM, strict=True, raises=(AttributeError, ImportError),
                                   reason="randperm is a new op the lead adds (issue 10)")


@needs_randperm
def test_shuffle_is_a_permutation_per_epoch_and_reproducible_with_a_generator():
    D = nativegrad.utils.data
    ds = D.TensorDataset(nativegrad.arange(10))
    g = nativegrad.Generator().manual_seed(3)
    loader = D.DataLoader(ds, batch_size=4, shuffle=True, generator=g)
    epochs = [[int(v) for (b,) in loader for v in b.tolist()] for _ in range(2)]
    assert all(sorted(e) == list(range(10)) for e in epochs)
    g.manual_seed(3)
    again = [[int(v) for (b,) in loader for v in b.tolist()] for _ in range(2)]
    assert again == epochs
    parts = D.random_split(ds, [0.6, 0.4], generator=nativegrad.Generator().manual_seed(1))
    assert [len(p) for p in parts] == [6, 4]
    assert sorted(parts[0].indices + parts[1].indices) == list(range(10))


def test_get_worker_info_is_none_in_process():
    assert nativegrad.utils.data.get_worker_info() is None
