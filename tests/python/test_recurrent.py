"""nn.RNN / LSTM / GRU and their cells against PyTorch with copied weights: outputs, final states,
node names, and the gradients of the input, the initial states and every parameter."""

import itertools

import pytest

torch = pytest.importorskip("torch", reason="compares with real PyTorch")
np = pytest.importorskip("numpy")

import nativegrad as ng  # noqa: E402
from both import assert_same_output  # noqa: E402

TOL = {"float32": dict(rtol=1e-4, atol=1e-5), "float64": dict(rtol=1e-10, atol=1e-12)}
_rng = np.random.default_rng(7)


def _arr(shape, dtype):
    return np.asarray(_rng.standard_normal(shape), dtype=dtype)


def _pair(shape, dtype):
    a = _arr(shape, dtype)
    return torch.tensor(a, requires_grad=True), ng.tensor(a, requires_grad=True)


def _copy(tm, nm):
    sd = {k: ng.tensor(v.detach().numpy()) for k, v in tm.state_dict().items()}
    nm.load_state_dict(sd)
    assert [k for k, _ in nm.named_parameters()] == [k for k, _ in tm.named_parameters()]


def _close(n, t, dtype):
    assert tuple(n.shape) == tuple(t.shape)
    assert str(n.dtype) == str(t.dtype)
    np.testing.assert_allclose(np.asarray(n.detach().tolist()).reshape(tuple(t.shape)), t.detach().numpy(), **TOL[dtype])


def _node(t):
    return None if t.grad_fn is None else type(t.grad_fn).__name__


def _flat(res):
    out, hid = res
    return [out] + (list(hid) if isinstance(hid, tuple) else [hid])


CONFIGS = [dict(mode=m, num_layers=l, bidirectional=bd, bias=b, batch_first=bf, with_h0=h0, unbatched=ub)
           for m, l, bd, b, bf, h0, ub in itertools.product(
               ["RNN_TANH", "RNN_RELU", "LSTM", "GRU"], [1, 2], [False, True], [True, False], [False, True],
               [False, True], [False, True])
           if not (ub and bf)]


def _ids(c):
    return "-".join("%s=%s" % (k, v) for k, v in c.items())


def _make(lib, cfg, dtype):
    kw = dict(num_layers=cfg["num_layers"], bidirectional=cfg["bidirectional"], bias=cfg["bias"],
              batch_first=cfg["batch_first"], dtype=getattr(lib, dtype))
    if cfg["mode"].startswith("RNN"):
        return lib.nn.RNN(3, 4, nonlinearity="tanh" if cfg["mode"] == "RNN_TANH" else "relu", **kw)
    return getattr(lib.nn, cfg["mode"])(3, 4, **kw)


# every configuration in float64; a third of them (each mode still seen) in float32
LAYER_CASES = [(c, "float64") for c in CONFIGS] + [(c, "float32") for c in CONFIGS[::3]]


@pytest.mark.parametrize("cfg,dtype", LAYER_CASES, ids=[_ids(c) + "-" + d for c, d in LAYER_CASES])
def test_layer_matches_torch(cfg, dtype):
    tm, nm = _make(torch, cfg, dtype), _make(ng, cfg, dtype)
    _copy(tm, nm)
    T, B = 5, 2
    shape = (T, 3) if cfg["unbatched"] else ((B, T, 3) if cfg["batch_first"] else (T, B, 3))
    tx, nx = _pair(shape, dtype)
    targs, nargs = [tx], [nx]
    if cfg["with_h0"]:
        d = 2 if cfg["bidirectional"] else 1
        hshape = (cfg["num_layers"] * d, 4) if cfg["unbatched"] else (cfg["num_layers"] * d, B, 4)
        th, nh = _pair(hshape, dtype)
        if cfg["mode"] == "LSTM":
            tc, nc = _pair(hshape, dtype)
            targs.append((th, tc)); nargs.append((nh, nc))
            tleaves, nleaves = [tx, th, tc], [nx, nh, nc]
        else:
            targs.append(th); nargs.append(nh)
            tleaves, nleaves = [tx, th], [nx, nh]
    else:
        tleaves, nleaves = [tx], [nx]
    touts, nouts = _flat(tm(*targs)), _flat(nm(*nargs))
    for n, t in zip(nouts, touts):
        _close(n, t, dtype)
        if not cfg["batch_first"] or n is not nouts[0]:
            # PyTorch transposes a batch_first output in place (TransposeBackward1); NativeGrad has no
            # in-place transpose, so that one output's node is TransposeBackward0.
            assert _node(n) == _node(t)
    # one backward through every output with the same upstream gradients
    gs = [_arr(tuple(t.shape), dtype) for t in touts]
    torch.autograd.backward(touts, [torch.tensor(g) for g in gs])
    ng.autograd.backward(nouts, [ng.tensor(g) for g in gs])
    for n, t in zip(nleaves, tleaves):
        _close(n.grad, t.grad, dtype)
    for (name, tp), (_, np_) in zip(tm.named_parameters(), nm.named_parameters()):
        _close(np_.grad, tp.grad, dtype)


@pytest.mark.parametrize("cls,mode", [("RNNCell", "tanh"), ("RNNCell", "relu"), ("LSTMCell", None), ("GRUCell", None)])
@pytest.mark.parametrize("bias", [True, False])
@pytest.mark.parametrize("unbatched", [False, True])
def test_cell_matches_torch(cls, mode, bias, unbatched):
    dtype = "float64"
    kw = dict(bias=bias, dtype=torch.float64)
    if mode:
        kw["nonlinearity"] = mode
    tm = getattr(torch.nn, cls)(3, 4, **kw)
    kw["dtype"] = ng.float64
    nm = getattr(ng.nn, cls)(3, 4, **kw)
    _copy(tm, nm)
    tx, nx = _pair((3,) if unbatched else (2, 3), dtype)
    th, nh = _pair((4,) if unbatched else (2, 4), dtype)
    if cls == "LSTMCell":
        tc, nc = _pair((4,) if unbatched else (2, 4), dtype)
        touts, nouts = list(tm(tx, (th, tc))), list(nm(nx, (nh, nc)))
        leaves = [(nx, tx), (nh, th), (nc, tc)]
    else:
        touts, nouts = [tm(tx, th)], [nm(nx, nh)]
        leaves = [(nx, tx), (nh, th)]
    for n, t in zip(nouts, touts):
        _close(n, t, dtype)
        assert _node(n) == _node(t)
    gs = [_arr(tuple(t.shape), dtype) for t in touts]
    torch.autograd.backward(touts, [torch.tensor(g) for g in gs])
    ng.autograd.backward(nouts, [ng.tensor(g) for g in gs])
    for n, t in leaves:
        _close(n.grad, t.grad, dtype)
    for (_, tp), (_, np_) in zip(tm.named_parameters(), nm.named_parameters()):
        _close(np_.grad, tp.grad, dtype)


def test_second_order_through_an_lstm():
    tm, nm = torch.nn.LSTM(2, 3, dtype=torch.float64), ng.nn.LSTM(2, 3, dtype=ng.float64)
    _copy(tm, nm)
    tx, nx = _pair((4, 1, 2), "float64")
    tg, = torch.autograd.grad(tm(tx)[0].pow(2).sum(), tx, create_graph=True)
    ngr, = ng.autograd.grad(nm(nx)[0].pow(2).sum(), nx, create_graph=True)
    _close(ngr, tg, "float64")
    tg.pow(2).sum().backward()
    ngr.pow(2).sum().backward()
    _close(nx.grad, tx.grad, "float64")
    for (_, tp), (_, np_) in zip(tm.named_parameters(), nm.named_parameters()):
        _close(np_.grad, tp.grad, "float64")


def test_reprs_names_and_errors_match_torch():
    assert_same_output("""
        print(nn.LSTM(3, 4, num_layers=2, bias=False, batch_first=True, dropout=0.5, bidirectional=True))
        print(nn.RNN(3, 4, 2, nonlinearity='relu'), nn.GRU(3, 4), nn.RNNCell(3, 4, bias=False, nonlinearity='relu'))
        print(nn.LSTMCell(3, 4), nn.GRUCell(3, 4, bias=False))
        m = nn.GRU(3, 4, num_layers=2, bidirectional=True)
        print([(n, tuple(p.shape)) for n, p in m.named_parameters()])
        print(m._flat_weights_names, len(m.all_weights), m.dropout, m.mode)
        print([(n, tuple(p.shape)) for n, p in nn.LSTMCell(2, 3).named_parameters()])
        print(list(nn.RNNCell(2, 3, bias=False).state_dict().keys()))
        lstm = nn.LSTM(3, 4)
        for args in [(torch.zeros(5, 2, 4),), (torch.zeros(5),),
                     (torch.zeros(5, 2, 3), (torch.zeros(2, 2, 4), torch.zeros(1, 2, 4))),
                     (torch.zeros(5, 2, 3), (torch.zeros(1, 2, 4), torch.zeros(1, 2, 5))),
                     (torch.zeros(5, 2, 3), (torch.zeros(1, 2, 4), torch.zeros(2, 4))),
                     (torch.zeros(5, 3), (torch.zeros(1, 2, 4), torch.zeros(1, 2, 4)))]:
            try: lstm(*args)
            except Exception as e: print(type(e).__name__, e)
        for cls in (nn.RNN, nn.GRU):
            for args in [(torch.zeros(5, 3), torch.zeros(1, 1, 4)), (torch.zeros(5, 2, 3), torch.zeros(1, 4)),
                         (torch.zeros(5, 2, 3), torch.zeros(1, 3, 4)), (torch.zeros(5, 2, 3, 1),)]:
                try: cls(3, 4)(*args)
                except Exception as e: print(type(e).__name__, e)
        for kw in ({'dropout': 2}, {'dropout': True}, {'nonlinearity': 'sigmoid'}):
            k = dict(input_size=3, hidden_size=4); k.update(kw)
            try: nn.RNN(**k)
            except Exception as e: print(type(e).__name__, e)
        for cell, args in [(nn.GRUCell(3, 4), (torch.zeros(2, 3), torch.zeros(2, 5))),
                           (nn.GRUCell(3, 4), (torch.zeros(2, 3), torch.zeros(3, 4))),
                           (nn.RNNCell(3, 4), (torch.zeros(2, 5),)),
                           (nn.LSTMCell(3, 4), (torch.zeros(2, 3, 1),))]:
            try: cell(*args)
            except BaseException as e: print(type(e).__name__, e)
        print(nn.LSTMCell(3, 4)(torch.zeros(3))[0].shape, nn.GRU(3, 4)(torch.zeros(5, 3))[1].shape)
        o, h = nn.RNN(3, 4, batch_first=True)(torch.zeros(2, 5, 3)); print(o.shape, h.shape, h.grad_fn.name())
        o, (h, c) = nn.LSTM(3, 4, bidirectional=True)(torch.zeros(5, 3)); print(o.shape, h.shape, c.shape, o.grad_fn.name())
    """)


def test_checks_pytorch_2_makes():
    """Where PyTorch 1.13 fails obscurely, NativeGrad does what PyTorch 2.x does."""
    with pytest.raises(ValueError, match=r"^input must have the type torch.float32, got type torch.float64$"):
        ng.nn.LSTM(3, 4)(ng.zeros(5, 2, 3, dtype=ng.float64))
    with pytest.raises(ValueError, match="^hidden_size must be greater than zero$"):
        ng.nn.GRU(3, 0)
    with pytest.raises(ValueError, match="^num_layers must be greater than zero$"):
        ng.nn.GRU(3, 4, num_layers=0)
    with pytest.raises(TypeError, match="^hidden_size should be of type int, got: float$"):
        ng.nn.GRU(3, 4.0)
    assert ng.nn.RNN(3, 4, 2, "relu").nonlinearity == "relu"   # positional nonlinearity (2.x)
    with pytest.raises(NotImplementedError, match="proj_size"):
        ng.nn.LSTM(3, 4, proj_size=2)


def test_train_eval_and_dropout_between_layers():
    """With p = 1 every unit between the layers is dropped while training: the second layer sees zeros."""
    m = ng.nn.GRU(2, 3, num_layers=2, dropout=1.0)
    x1, x2 = ng.arange(12.).reshape(3, 2, 2) / 10, -ng.arange(12.).reshape(3, 2, 2) / 7
    a, b = m(x1)[0], m(x2)[0]
    assert a.tolist() == b.tolist()
    m.eval()
    assert m(x1)[0].tolist() != m(x2)[0].tolist()
