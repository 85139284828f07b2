"""Parity fixes in nn containers and registration, nn.Linear's errors, the learning-rate schedulers
(verbose output, state_dict keys, closed forms, warnings), clip_grad_norm_'s message and
save/load (Parameters and requires_grad, whole modules, corrupt files): each snippet prints the same
under PyTorch 1.13 and nativegrad."""

import io
import json
import pickle

import pytest

pytest.importorskip("torch", reason="compares with real PyTorch")

from both import assert_same_output  # noqa: E402

import nativegrad as ng  # noqa: E402
import nativegrad.nn  # noqa: E402,F401

CASES = {
    # ---------------------------------------------------------------- Sequential
    "sequential_setitem_delitem": """
        from collections import OrderedDict
        def attempt(f):
            try:
                print("->", f())
            except Exception as e:
                print("!%s: %s" % (type(e).__name__, e))
        s = nn.Sequential(nn.ReLU(), nn.Tanh(), nn.Sigmoid())
        s[1] = nn.ELU()
        s[-1] = nn.Identity()
        print(s)
        attempt(lambda: s.__setitem__(5, nn.ReLU()))
        attempt(lambda: s.__setitem__(-5, nn.ReLU()))
        attempt(lambda: s.__setitem__(1, 3))
        attempt(lambda: s.__setitem__("1", nn.ReLU()))
        attempt(lambda: s.__setitem__(slice(0, 1), nn.ReLU()))
        attempt(lambda: s[5])
        attempt(lambda: s["a"])
        del s[0]
        print(s, [n for n, _ in s.named_children()])
        s = nn.Sequential(nn.ReLU(), nn.Tanh(), nn.Sigmoid(), nn.ELU())
        del s[1:3]
        print(s)
        s = nn.Sequential(nn.ReLU(), nn.Tanh(), nn.Sigmoid(), nn.ELU())
        del s[::2]
        print(s)
        attempt(lambda: s.__delitem__(7))
        s = nn.Sequential(OrderedDict([("a", nn.ReLU()), ("b", nn.Tanh()), ("c", nn.Sigmoid())]))
        s[1] = nn.ELU()
        print(s)
        del s[0]
        print(s)
        print([k for k in dir(s) if k[:1].isdigit()])
    """,
    "sequential_insert_extend_pop_append": """
        from collections import OrderedDict
        def attempt(f):
            try:
                print("->", f())
            except Exception as e:
                print("!%s: %s" % (type(e).__name__, e))
        s = nn.Sequential(nn.ReLU(), nn.Tanh())
        print(s.insert(1, nn.ELU()) is s, s)
        print(s.insert(-1, nn.Identity()) is s, s)
        print(s.insert(4, nn.Sigmoid()) is s, s)
        attempt(lambda: s.insert(10, nn.Identity()))
        attempt(lambda: s.insert(-10, nn.Identity()))
        named = nn.Sequential(OrderedDict([("a", nn.ReLU()), ("b", nn.Tanh())]))
        attempt(lambda: named.insert(1, nn.ELU()))
        print(named)
        s = nn.Sequential(nn.ReLU())
        print(s.extend([nn.Tanh(), nn.ELU()]) is s, s)
        attempt(lambda: s.extend(5))
        print(s.pop(1), s)
        print(s.pop(-1), s)
        attempt(lambda: s.pop(5))
        s = nn.Sequential(nn.ReLU(), nn.Tanh(), nn.ELU())
        print(s.pop(slice(0, 2)), s)
        print(s.append(nn.Sigmoid()) is s, len(s))
        attempt(lambda: s.append(5))
    """,
    "sequential_add_mul": """
        from collections import OrderedDict
        def attempt(f):
            try:
                print("->", f())
            except Exception as e:
                print("!%s" % type(e).__name__)
        a = nn.Sequential(nn.ReLU(), nn.Tanh())
        b = nn.Sequential(OrderedDict([("x", nn.ELU())]))
        c = a + b
        print(c, c[0] is a[0], len(a), len(b))
        try:
            a + [nn.ReLU()]
        except ValueError as e:
            print("ValueError", str(e).replace("list", "?"))
        print(a * 2, 2 * a)
        attempt(lambda: a * 0)
        attempt(lambda: a * -1)
        attempt(lambda: a * 1.5)
        d = nn.Sequential(nn.ReLU())
        r = d.__iadd__(nn.Sequential(nn.Tanh()))
        print(r is d, d)
        attempt(lambda: d.__iadd__([nn.ReLU()]))
        e = nn.Sequential(nn.ReLU(), nn.Tanh())
        e *= 2
        print(e, e[0] is e[2])
        attempt(lambda: e.__imul__(0))
        class Sub(nn.Sequential):
            pass
        sub = Sub(nn.ReLU(), nn.Tanh())
        print(type(sub[1:]).__name__, type(sub + sub).__name__, type(sub * 2).__name__)
    """,
    "containers_modulelist_moduledict": """
        def attempt(f):
            try:
                print("->", f())
            except Exception as e:
                print("!%s: %s" % (type(e).__name__, e))
        def M():
            return nn.ModuleList([nn.ReLU(), nn.Tanh(), nn.Sigmoid()])
        m = M(); attempt(lambda: m.insert(1, nn.Identity())); print(m)
        m = M(); attempt(lambda: m.insert(-1, nn.ELU())); print(m)
        m = M(); attempt(lambda: m + [nn.ReLU()])
        m = M(); attempt(lambda: m.__iadd__([nn.ReLU()]) is m); print(len(m))
        m = M(); attempt(lambda: m.extend(5))
        m = M(); attempt(lambda: m[10]); attempt(lambda: m["a"])
        m = M(); attempt(lambda: m.__setitem__(-1, nn.ELU())); print(m)
        m = M(); attempt(lambda: m.__delitem__(slice(None, None, 2))); print(m)
        m = M(); attempt(lambda: m.pop(slice(1, 3))); print(m)
        md = nn.ModuleDict({"b": nn.ReLU(), "a": nn.Tanh()})
        attempt(lambda: md.__setitem__("c.d", nn.ReLU()))
        attempt(lambda: md.__setitem__("", nn.ReLU()))
        attempt(lambda: md.__setitem__("forward", nn.ReLU()))
        attempt(lambda: md.__setitem__(1, nn.ReLU()))
        attempt(lambda: md.__setitem__("b", 3))
        attempt(lambda: md.update([("x",)]))
        print(list(md))
    """,
    "parameterdict_or": """
        from collections import OrderedDict
        def attempt(f):
            try:
                print("->", f())
            except Exception as e:
                print("!%s: %s" % (type(e).__name__, e))
        def PD():
            return nn.ParameterDict({"b": nn.Parameter(torch.ones(1)), "a": torch.zeros(2)})
        pd = PD(); print(pd | {"d": torch.zeros(1), "c": torch.ones(1)})
        pd = PD(); r = pd | nn.ParameterDict({"z": torch.zeros(1)}); print(type(r).__name__, list(r), r is pd)
        pd = PD(); r = {"z": torch.zeros(1)} | pd; print(type(r).__name__, list(r))
        pd = PD(); r = OrderedDict(z=torch.zeros(1)) | pd; print(type(r).__name__, list(r))
        pd = PD(); q = pd; pd |= [("y", torch.ones(1))]; print(pd is q, list(pd), type(pd["y"]).__name__)
        pd = PD(); attempt(lambda: pd.__ior__(5))
        pd = PD(); attempt(lambda: pd | 5)
    """,
    # ---------------------------------------------------------------- registration
    "register_buffer_parameter_module_errors": """
        def attempt(f):
            try:
                print("->", f())
            except Exception as e:
                print("!%s: %s" % (type(e).__name__, e))
        l = nn.Linear(2, 3)
        l.foo = 5
        for name in ("weight", "bias", "foo", "forward", "training", "", "a.b", 3):
            attempt(lambda: l.register_buffer(name, torch.zeros(1)))
        attempt(lambda: l.register_buffer("x", 3))
        attempt(lambda: l.register_buffer("x", [1]))
        attempt(lambda: l.register_buffer("x", nn.Parameter(torch.zeros(1))))
        attempt(lambda: l.register_buffer("x", torch.ones(1)))
        attempt(lambda: l.register_buffer("x", None))
        print(list(l._buffers.items()))
        for name in ("weight", "foo", "x", "forward", "", "a.b", 3):
            attempt(lambda: l.register_parameter(name, nn.Parameter(torch.zeros(1))))
        for dt in (torch.float32, torch.float64, torch.int64, torch.bool):
            attempt(lambda: l.register_parameter("p", torch.zeros(1, dtype=dt)))
        attempt(lambda: l.register_parameter("p", 3))
        attempt(lambda: l.register_parameter("p", [1.0]))
        attempt(lambda: l.register_parameter("p", None))
        print(list(l._parameters))
        for name, mod in (("weight", nn.ReLU()), ("foo", nn.ReLU()), ("", nn.ReLU()), ("a.b", nn.ReLU()),
                          (3, nn.ReLU()), ("m", 3), ("m", torch.zeros(1)), ("m", None), ("forward", nn.ReLU())):
            attempt(lambda: l.add_module(name, mod))
        print(list(l._modules))
        attempt(lambda: setattr(l, "weight", torch.zeros(2, 2)))
        attempt(lambda: setattr(l, "weight", torch.zeros(2, 2, dtype=torch.float64)))
        l.register_buffer("b1", torch.zeros(1))
        attempt(lambda: setattr(l, "b1", 3))
        class B(nn.Module):
            def __init__(self):
                self.register_buffer("a", torch.zeros(1))
        class P(nn.Module):
            def __init__(self):
                self.register_parameter("a", None)
        class Q(nn.Module):
            def __init__(self):
                self.a = nn.Parameter(torch.zeros(1))
        for cls in (B, P, Q):
            attempt(cls)
    """,
    # ---------------------------------------------------------------- Linear
    "linear_shape_errors": """
        l = nn.Linear(3, 4)
        l2 = nn.Linear(3, 4, bias=False)
        for shape in [(2, 5), (5,), (2, 6, 5), (2, 3, 5), (1, 2, 3, 5), (), (0, 5), (2, 0), (2, 3)]:
            x = torch.ones(shape) if shape else torch.tensor(1.0)
            for m in (l, l2):
                try:
                    print(tuple(m(x).shape))
                except RuntimeError as e:
                    print("RuntimeError:", e)
        for shape in [(5,), (2, 5), (3,), (2, 3), (2, 2, 3)]:
            for dt in (torch.float64, torch.int64):
                for m in (l, l2):
                    try:
                        print(tuple(m(torch.ones(shape, dtype=dt)).shape))
                    except RuntimeError as e:
                        print("RuntimeError:", e)
    """,
    # ---------------------------------------------------------------- schedulers
    "scheduler_verbose_state_dict": """
        import warnings
        warnings.simplefilter("ignore")
        L = torch.optim.lr_scheduler
        def mk():
            p = nn.Parameter(torch.zeros(1)); q = nn.Parameter(torch.zeros(1))
            return torch.optim.SGD([{"params": [p]}, {"params": [q], "lr": 0.5}], lr=0.1, momentum=0.9)
        builders = [
            ("StepLR", lambda o: L.StepLR(o, 2, verbose=True)),
            ("MultiStepLR", lambda o: L.MultiStepLR(o, [1, 3, 3], verbose=True)),
            ("ExponentialLR", lambda o: L.ExponentialLR(o, 0.5, verbose=True)),
            ("CosineAnnealingLR", lambda o: L.CosineAnnealingLR(o, 3, eta_min=0.01, verbose=True)),
            ("LambdaLR", lambda o: L.LambdaLR(o, lambda e: 0.5 ** e, verbose=True)),
            ("MultiplicativeLR", lambda o: L.MultiplicativeLR(o, lambda e: 0.5, verbose=True)),
            ("LinearLR", lambda o: L.LinearLR(o, verbose=True)),
            ("ConstantLR", lambda o: L.ConstantLR(o, verbose=True)),
        ]
        for name, build in builders:
            o = mk()
            s = build(o)
            print(name, list(s.state_dict()), s._step_count, o._step_count)
            for i in range(3):
                o.step()
                s.step()
            sd = s.state_dict()
            print(sorted((k, repr(v)) for k, v in sd.items()))
            s2 = build(mk())
            s2.load_state_dict(sd)
            print(s2.last_epoch, s2.get_last_lr(), s2._step_count, s2.optimizer.param_groups[0]["lr"])
            s.step(7)
            s.step(2.5)
            print(s.get_last_lr())
            s.verbose = False
            for i in range(5):
                s.step()
            print(s.get_last_lr())
    """,
    "scheduler_lambda_state_dict_callable_objects": """
        import warnings
        warnings.simplefilter("ignore")
        class Decay:
            def __init__(self, k):
                self.k = k
            def __call__(self, e):
                return self.k ** e
        for cls in (torch.optim.lr_scheduler.LambdaLR, torch.optim.lr_scheduler.MultiplicativeLR):
            o = torch.optim.SGD([nn.Parameter(torch.zeros(1))], lr=0.1)
            fn = Decay(0.5)
            s = cls(o, [fn])
            o.step(); s.step()
            fn.k = 0.25
            sd = s.state_dict()
            print(sd["lr_lambdas"], sorted(sd))
            fn2 = Decay(0.9)
            s2 = cls(torch.optim.SGD([nn.Parameter(torch.zeros(1))], lr=0.1), fn2)
            s2.load_state_dict(sd)
            print(fn2.k, "lr_lambdas" in sd, s2.last_epoch)
            try:
                cls(o, [fn, fn])
            except ValueError as e:
                print("ValueError:", e)
    """,
    "scheduler_errors_and_warnings": """
        import warnings
        L = torch.optim.lr_scheduler
        o = torch.optim.SGD([nn.Parameter(torch.zeros(1))], lr=0.1)
        for f in (lambda: L.StepLR(object(), 2), lambda: L.ReduceLROnPlateau(object()),
                  lambda: L.StepLR(o, 2, last_epoch=3), lambda: L.ReduceLROnPlateau(o, mode="up"),
                  lambda: L.ReduceLROnPlateau(o, threshold_mode="x"), lambda: L.ReduceLROnPlateau(o, min_lr=[0, 1])):
            try:
                f()
            except Exception as e:
                print(type(e).__name__, e)
        with warnings.catch_warnings(record=True) as w:
            warnings.simplefilter("always")
            s = L.StepLR(o, 2)
            s.step()
            print(s.get_lr())
            s.step(3)
            s2 = L.StepLR(torch.optim.SGD([nn.Parameter(torch.zeros(1))], lr=0.1), 2)
            s2.optimizer.step = lambda: None
            s2.step()
            o3 = torch.optim.SGD([nn.Parameter(torch.zeros(1))], lr=0.1)
            s3 = L.ExponentialLR(o3, 0.5)
            o3.step()
            s3.step()
            r = L.ReduceLROnPlateau(o3)
            r.step(1, 3)
        for x in w:
            print(x.category.__name__, str(x.message)[:60])
    """,
    "reduce_lr_on_plateau_verbose_state_dict": """
        import warnings
        warnings.simplefilter("ignore")
        L = torch.optim.lr_scheduler
        def mk():
            p = nn.Parameter(torch.zeros(1)); q = nn.Parameter(torch.zeros(1))
            return torch.optim.SGD([{"params": [p]}, {"params": [q], "lr": 0.5}], lr=0.1)
        r = L.ReduceLROnPlateau(mk(), patience=0, verbose=True)
        print(sorted(r.state_dict()))
        for m in [1, 2, 3, 0.5, 4]:
            r.step(m)
        print(r.state_dict())
        r2 = L.ReduceLROnPlateau(mk(), mode="max")
        r2.load_state_dict(r.state_dict())
        print(r2.mode, r2.best, r2.mode_worse, r2.last_epoch, r2.in_cooldown, r2.is_better(0.1, 0.5))
        r2.step(5, epoch=10)
        r3 = L.ReduceLROnPlateau(mk(), mode="max", patience=0, verbose=True, factor=0.5, cooldown=1, min_lr=[0.02, 0.2])
        for m in [1, 0.5, 0.4, 0.3, 2.0, 0.1, 0.1, 0.1]:
            r3.step(m)
        r3.step(0.0, 12.5)
        print(r3.last_epoch, r3.best, r3.num_bad_epochs, r3.cooldown_counter, [g["lr"] for g in r3.optimizer.param_groups])
    """,
    # ---------------------------------------------------------------- clipping
    "clip_grad_norm_nonfinite_message": """
        for nt in (2.0, 2, 1, 1.5, float("inf"), "inf", -float("inf"), 3):
            for bad in (float("nan"), float("inf")):
                p = nn.Parameter(torch.ones(3))
                p.grad = torch.tensor([1.0, bad, 2.0])
                try:
                    print(nt, bad, torch.nn.utils.clip_grad_norm_([p], 1.0, norm_type=nt, error_if_nonfinite=True), p.grad)
                except RuntimeError as e:
                    print(nt, bad, "RuntimeError:", e)
        for g in ([3.0, -4.0, 0.5], [0.25, -0.5]):
            p = nn.Parameter(torch.ones(len(g))); p.grad = torch.tensor(g)
            q = nn.Parameter(torch.ones(2, dtype=torch.float64)); q.grad = torch.tensor([2.0, -7.0], dtype=torch.float64)
            print(torch.nn.utils.clip_grad_norm_([p, q], 0.3, norm_type=-float("inf")), p.grad, q.grad)
        p = nn.Parameter(torch.ones(3)); p.grad = torch.tensor([1.0, float("nan"), 2.0])
        print(torch.nn.utils.clip_grad_norm_(p, 1.0, norm_type=-float("inf")), p.grad)
    """,
    # ---------------------------------------------------------------- save / load
    "save_load_parameters_and_requires_grad": """
        import io
        def rt(o, **kw):
            b = io.BytesIO(); torch.save(o, b); b.seek(0); return torch.load(b, **kw)
        w = torch.tensor([1., 2.], requires_grad=True)
        y = w * 2
        p = nn.Parameter(torch.ones(2)); pf = nn.Parameter(torch.ones(2), requires_grad=False)
        r = rt({"w": w, "y": y, "p": p, "pf": pf, "l": [p, (w,)], "n": {"a": {"b": p}}, "i": torch.tensor([1, 2])})
        for k in ["w", "y", "p", "pf", "i"]:
            print(k, type(r[k]).__name__, r[k].requires_grad, r[k].is_leaf, r[k].grad_fn)
        print(r["l"][0] is r["p"], r["l"][1][0] is r["w"], r["n"]["a"]["b"] is r["p"])
        print(r["y"], r["pf"])
        m = nn.Linear(2, 1)
        for sd in (m.state_dict(), m.state_dict(keep_vars=True), dict(m.named_parameters())):
            back = rt(sd)
            print(type(back).__name__, [(k, type(v).__name__, v.requires_grad) for k, v in back.items()])
        print(type(rt(p)).__name__, rt(p).requires_grad, rt(w), rt(w).is_leaf)
        both = rt([p, p]); print(both[0] is both[1], type(both[0]).__name__)
        print([type(v).__name__ for v in rt(list(m.parameters()))])
        print(rt({"w": torch.ones(2)}))
    """,
    "save_load_whole_module": """
        import io
        def rt(o, **kw):
            b = io.BytesIO(); torch.save(o, b); b.seek(0); return torch.load(b, **kw)
        torch.manual_seed(0)
        shared = nn.Linear(3, 4)
        net = nn.Sequential(shared, nn.BatchNorm1d(4), nn.Tanh(), nn.ModuleList([nn.Linear(4, 4), nn.ReLU()]),
                            nn.ModuleDict({"a": nn.Linear(4, 2)}), shared)
        net[1].register_buffer("extra", torch.ones(1), persistent=False)
        net.eval()
        m = rt(net)
        print(type(m).__name__, m.training, m[0] is m[5], type(m[0].weight).__name__, m[0].weight.requires_grad)
        print(list(m.state_dict()) == list(net.state_dict()), m[1]._non_persistent_buffers_set)
        print(all(torch.equal(a, b) for a, b in zip(m.state_dict().values(), net.state_dict().values())))
        x = torch.linspace(-1, 1, 6).reshape(2, 3)
        print(torch.equal(m[1](m[0](x)), net[1](net[0](x))))
        print(m)
        back = rt({"model": nn.Linear(2, 2), "epoch": 3})
        print(type(back["model"]).__name__, back["model"].in_features, back["epoch"])
        try:
            rt(nn.Linear(2, 1), weights_only=True)
        except Exception as e:
            import pickle
            print(type(e).__name__, isinstance(e, pickle.UnpicklingError), str(e)[:24])
    """,
    "load_garbage_raises_unpickling_error": """
        import io, pickle
        for data in (b"hello world garbage", b"\\x10\\x00\\x00\\x00\\x00\\x00\\x00\\x00{\\"a\\":1", b"\\x01\\x02", bytes(range(100))):
            try:
                torch.load(io.BytesIO(data))
            except Exception as e:
                print(type(e).__name__, isinstance(e, pickle.UnpicklingError))
        try:
            torch.load(io.BytesIO(b""))
        except EOFError:
            print("EOFError")
    """,
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_same_output_as_torch(name):
    assert_same_output(CASES[name])


# ---------------------------------------------------------------- nativegrad-only checks

class Net(ng.nn.Module):
    """A model class importable by name (module level), with settings, shared parameters and a
    nativegrad function as an attribute."""

    def __init__(self):
        super().__init__()
        self.fc = ng.nn.Linear(3, 2)
        self.head = ng.nn.Sequential(self.fc, ng.nn.Tanh())
        self.register_buffer("scale", ng.tensor([1.0, 2.0]))
        self.act = ng.tanh
        self.sizes = (3, 2)
        self.tags = {"a", "b"}
        self.dtype_ = ng.float64

    def forward(self, x):
        return self.act(self.head(x)) * self.scale


def test_whole_module_of_a_user_class_round_trips(tmp_path):
    net = Net()
    path = tmp_path / "model.pt"
    ng.save(net, path)
    back = ng.load(path)
    assert type(back) is Net and back is not net
    assert back.head[0] is back.fc and back.act is ng.tanh
    assert back.sizes == (3, 2) and back.tags == {"a", "b"} and back.dtype_ is ng.float64
    x = ng.ones(4, 3)
    assert ng.equal(back(x), net(x))
    back(x).sum().backward()
    assert back.fc.weight.grad is not None and net.fc.weight.grad is None


def test_whole_module_errors_are_actionable(tmp_path):
    net = ng.nn.Linear(1, 1)
    net.act = lambda x: x
    with pytest.raises(TypeError, match="lambda.*state_dict"):
        ng.save(net, tmp_path / "a")

    def local_fn(x):
        return x
    net.act = local_fn
    with pytest.raises(TypeError, match="importable name"):
        ng.save(net, tmp_path / "a")
    net.act = ng.tanh

    class Local(ng.nn.Module):
        pass
    with pytest.raises(TypeError, match="module class Local.*state_dict"):
        ng.save(Local(), tmp_path / "a")
    assert not (tmp_path / "a").exists()


def test_load_refuses_unimported_classes_and_foreign_functions(tmp_path):
    from test_serialization import write_safetensors
    path = str(tmp_path / "crafted")
    for node, message in [({"__module__": "not_imported_pkg.models:Net", "id": 0, "state": {"__dict__": []}},
                           "import not_imported_pkg.models before loading"),
                          ({"__global__": "os:system"}, "not nativegrad's"),
                          ({"__module__": "os:system", "id": 0, "state": {"__dict__": []}}, "not an nn.Module class")]:
        write_safetensors(path, [("w", "F32", [1], [1.0])],
                          metadata={"nativegrad.structure": json.dumps({"__tuple__": [{"__tensor__": "w"}, node]})})
        with pytest.raises(pickle.UnpicklingError, match=message):
            ng.load(path)


def test_files_without_tensor_attrs_load_plain_tensors(tmp_path):
    """Files written before the Parameter / requires_grad flags load as before."""
    from test_serialization import write_safetensors
    path = str(tmp_path / "old")
    write_safetensors(path, [("w", "F32", [2], [1.0, 2.0])], metadata={"format": "pt"})
    back = ng.load(path)
    assert type(back["w"]) is ng.Tensor and not back["w"].requires_grad
    write_safetensors(path, [("w", "F32", [2], [1.0, 2.0])],
                      metadata={"nativegrad.structure": json.dumps([{"__tensor__": "w"}, 3])})
    back = ng.load(path)
    assert type(back[0]) is ng.Tensor and not back[0].requires_grad and back[1] == 3
    write_safetensors(path, [("w", "F32", [2], [1.0, 2.0])],
                      metadata={"nativegrad.tensor_attrs": json.dumps({"w": ["parameter", "requires_grad"]})})
    back = ng.load(path)
    assert isinstance(back["w"], ng.nn.Parameter) and back["w"].requires_grad
    write_safetensors(path, [("w", "F32", [2], [1.0, 2.0])],
                      metadata={"nativegrad.tensor_attrs": json.dumps({"v": ["requires_grad"]})})
    with pytest.raises(pickle.UnpicklingError, match="names tensor 'v'"):
        ng.load(path)


def test_corrupt_files_stay_runtime_errors_too(tmp_path):
    path = tmp_path / "bad"
    path.write_bytes(b"garbage garbage")
    with pytest.raises(RuntimeError, match="^safetensors: "):
        ng.load(path)
    with pytest.raises(pickle.UnpicklingError):
        ng.load(io.BytesIO(b"garbage garbage"))
