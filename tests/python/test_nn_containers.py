"""nn containers and simple modules against PyTorch: ModuleList, ModuleDict, ParameterList,
ParameterDict, Identity, Softmax, LogSoftmax (reprs, names, state dict keys, behaviour, errors)."""

import pytest

pytest.importorskip("torch", reason="compares with real PyTorch")

from both import assert_same_output  # noqa: E402

CASES = {
    "module_list": """
        ml = nn.ModuleList([nn.Linear(2, 2), nn.ReLU()])
        ml.append(nn.Tanh()); ml.extend([nn.Identity()]); ml.insert(1, nn.Sigmoid())
        print(ml); print(len(ml), [k for k, _ in ml.named_parameters()])
        print(ml[-1], ml[1:3], type(ml[1:3]).__name__)
        ml[0] = nn.Linear(2, 3); del ml[1]; print(ml)
        print(list(ml.state_dict().keys()))
        ml2 = ml + nn.ModuleList([nn.ReLU()]); print(len(ml2)); ml2 += [nn.ReLU()]; print(len(ml2))
        print(ml2.pop(0), len(ml2))
        print([k for k in dir(ml) if k.isdigit()])
        try: ml[10]
        except IndexError as e: print("IndexError", e)
        try: ml(torch.zeros(1))
        except NotImplementedError as e: print("NotImplementedError", e)
        try: ml.extend(3)
        except TypeError as e: print("TypeError", e)
        class Net(nn.Module):
            def __init__(self):
                super().__init__()
                self.layers = nn.ModuleList([nn.Linear(2, 2) for _ in range(2)])
            def forward(self, x):
                for l in self.layers: x = l(x)
                return x
        n = Net(); print(n); print([k for k, _ in n.named_parameters()])
    """,
    "module_dict": """
        md = nn.ModuleDict({'x': nn.Linear(1, 2), 'act': nn.Tanh()})
        print(md); print(list(md.keys()), len(md), 'x' in md, 'y' in md)
        md['y'] = nn.ReLU(); md.update([('z', nn.Identity())]); print(list(md))
        print(md.pop('act'), list(md.keys()))
        print([k for k, _ in md.named_parameters()], [type(v).__name__ for v in md.values()])
        print([(k, type(v).__name__) for k, v in md.items()])
        try: md.update([('a', nn.ReLU(), 3)])
        except ValueError as e: print("ValueError", e)
        try: md.update(5)
        except TypeError as e: print("TypeError", e)
        md.clear(); print(md, len(md))
    """,
    "parameter_list": """
        pl = nn.ParameterList([nn.Parameter(torch.zeros(2, 3)), torch.ones(3, dtype=torch.float64)])
        pl.append(nn.Parameter(torch.zeros(())))
        print(pl); print(list(pl.state_dict().keys()), [type(p).__name__ for p in pl], len(pl))
        print(pl[1].requires_grad, pl[-1].shape, type(pl[0:2]).__name__, len(pl[0:2]))
        print(nn.ParameterList([torch.zeros(2)]))
        class M(nn.Module):
            def __init__(self):
                super().__init__(); self.ps = nn.ParameterList([nn.Parameter(torch.ones(2)) for _ in range(2)])
        m = M(); print(m); print([k for k, _ in m.named_parameters()])
        try: pl()
        except RuntimeError as e: print("RuntimeError", e)
        try: pl.extend(torch.zeros(2))
        except TypeError as e: print("TypeError", e)
    """,
    "parameter_dict": """
        pd = nn.ParameterDict({'b': nn.Parameter(torch.zeros(2, 3)), 'a': torch.zeros(3)})
        print(pd); print(list(pd.keys()), len(pd), 'a' in pd)
        pd['c'] = nn.Parameter(torch.ones(1, dtype=torch.float64)); print(list(pd.state_dict().keys()))
        print(pd.pop('a').shape, list(pd), pd.get('zz'), pd.get('b').shape)
        pd.update([('d', torch.zeros(2))]); print(list(pd.keys()), [type(v).__name__ for v in pd.values()])
        try: pd[1]
        except TypeError as e: print("TypeError", e)
        try: pd()
        except RuntimeError as e: print("RuntimeError", e)
    """,
    "identity_softmax": """
        x = torch.tensor([[1., 2., 3.], [1., 1., 5.]])
        print(nn.Identity(54, unused='x'), nn.Identity()(x) is x)
        print(nn.Softmax(dim=1), nn.LogSoftmax(), nn.Softmax())
        print(nn.Softmax(dim=1)(x), nn.LogSoftmax(dim=0)(x))
        print(nn.Softmax(dim=-1)(x.requires_grad_()).grad_fn.name(), nn.LogSoftmax(1)(x).grad_fn.name())
        import warnings
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            print(nn.Softmax()(x), nn.LogSoftmax()(torch.tensor([1., 2.])))
            print(F.softmax(x), F.log_softmax(x, dtype=torch.float64))
    """,
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_same_output_as_torch(name):
    assert_same_output(CASES[name])
