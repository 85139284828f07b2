"""nativegrad.save / nativegrad.load: the files are checked by a small safetensors reader written
here from the format's description (struct + json), files from an independent writer load, nested
(optimizer) state dicts round-trip, and bad files are rejected with a clear error."""

import collections
import io
import json
import math
import struct

import pytest

import nativegrad as torch

# ---------------------------------------------------------------- an independent reader and writer

ITEM = {"F32": ("f", 4), "F64": ("d", 8), "I64": ("q", 8), "BOOL": ("?", 1)}


def read_safetensors(path):
    """Reads a safetensors file by the format's rules alone; returns (header dict, {name: (dtype, shape, values)})."""
    with open(path, "rb") as fh:
        data = fh.read()
    (n,) = struct.unpack("<Q", data[:8])
    assert 8 + n <= len(data)
    header_bytes = data[8:8 + n]
    header = json.loads(header_bytes.decode("utf-8"), object_pairs_hook=collections.OrderedDict)
    buf = data[8 + n:]
    out = collections.OrderedDict()
    spans = []
    for name, info in header.items():
        if name == "__metadata__":
            assert all(isinstance(k, str) and isinstance(v, str) for k, v in info.items())
            continue
        assert set(info) == {"dtype", "shape", "data_offsets"}
        code, size = ITEM[info["dtype"]]
        shape = info["shape"]
        begin, end = info["data_offsets"]
        numel = math.prod(shape)
        assert end - begin == numel * size
        values = list(struct.unpack("<%d%s" % (numel, code), buf[begin:end]))
        out[name] = (info["dtype"], shape, values)
        spans.append((begin, end))
    # The tensors tile the buffer: no gaps, no overlaps, nothing after the last one.
    pos = 0
    for begin, end in sorted(spans):
        assert begin == pos
        pos = end
    assert pos == len(buf)
    return header, header_bytes, out


def write_safetensors(path, tensors, metadata=None, pad=True):
    """Writes a safetensors file from (name, dtype, shape, values) tuples, buffer in reverse order."""
    header = collections.OrderedDict()
    if metadata is not None:
        header["__metadata__"] = metadata
    chunks = []
    pos = 0
    for name, dt, shape, values in reversed(tensors):
        code, size = ITEM[dt]
        raw = struct.pack("<%d%s" % (len(values), code), *values)
        chunks.append(raw)
        header[name] = {"dtype": dt, "shape": shape, "data_offsets": [pos, pos + len(raw)]}
        pos += len(raw)
    # header order = the caller's order (the buffer is reversed on purpose)
    ordered = collections.OrderedDict()
    if metadata is not None:
        ordered["__metadata__"] = metadata
    for name, _, _, _ in tensors:
        ordered[name] = header[name]
    h = json.dumps(ordered, indent=1).encode("utf-8")
    if pad:
        h += b" " * (-len(h) % 8)
    with open(path, "wb") as fh:
        fh.write(struct.pack("<Q", len(h)) + h + b"".join(chunks))


def flat(t):
    v = t.tolist()
    while isinstance(v, list) and v and isinstance(v[0], list):
        v = [x for row in v for x in row]
    return v if isinstance(v, list) else [v]


# ---------------------------------------------------------------- state dicts

def test_state_dict_file_is_readable_by_an_independent_reader(tmp_path):
    w = torch.tensor([[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]])
    sd = collections.OrderedDict([
        ("fc1.weight", w.t()),                                   # non-contiguous: stored row-major
        ("fc1.bias", torch.tensor([0.5, -0.25], dtype=torch.float64)),
        ("steps", torch.tensor([3, -4, 2 ** 40])),
        ("mask", torch.tensor([True, False, True])),
        ("scale", torch.tensor(2.5)),
        ("empty", torch.zeros(0, 3)),
    ])
    path = tmp_path / "model"
    torch.save(sd, path)
    header, header_bytes, got = read_safetensors(path)
    assert len(header_bytes) % 8 == 0
    assert header["__metadata__"] == {"format": "pt"}
    assert list(got) == list(sd)
    assert got["fc1.weight"] == ("F32", [3, 2], [1.0, 4.0, 2.0, 5.0, 3.0, 6.0])
    assert got["fc1.bias"] == ("F64", [2], [0.5, -0.25])
    assert got["steps"] == ("I64", [3], [3, -4, 2 ** 40])
    assert got["mask"] == ("BOOL", [3], [True, False, True])
    assert got["scale"] == ("F32", [], [2.5])
    assert got["empty"] == ("F32", [0, 3], [])
    # Tensors start aligned to their element size (8-byte types first).
    offs = {k: v["data_offsets"][0] for k, v in header.items() if k != "__metadata__"}
    for k, v in header.items():
        if k != "__metadata__":
            assert offs[k] % ITEM[v["dtype"]][1] == 0

    back = torch.load(path)
    assert isinstance(back, collections.OrderedDict)
    assert list(back) == list(sd)
    for k in sd:
        assert back[k].dtype == sd[k].dtype
        assert tuple(back[k].shape) == tuple(sd[k].shape)
        assert back[k].tolist() == sd[k].tolist()
        assert back[k].requires_grad is False


def test_reads_a_file_from_an_independent_writer(tmp_path):
    path = str(tmp_path / "other.safetensors")
    write_safetensors(path, [
        ("layer.weight", "F32", [2, 2], [1.5, -2.0, 0.0, 4.0]),
        ("ids", "I64", [3], [1, 2, 3]),
        ("flags", "BOOL", [2], [False, True]),
        ("x", "F64", [], [math.pi]),
    ], metadata={"author": "someone else"}, pad=False)
    sd = torch.load(path)
    assert list(sd) == ["layer.weight", "ids", "flags", "x"]
    assert sd["layer.weight"].tolist() == [[1.5, -2.0], [0.0, 4.0]]
    assert sd["ids"].dtype == torch.int64 and sd["ids"].tolist() == [1, 2, 3]
    assert sd["flags"].dtype == torch.bool and sd["flags"].tolist() == [False, True]
    assert sd["x"].dtype == torch.float64 and sd["x"].item() == math.pi


def test_load_state_dict_workflow_values(tmp_path):
    # What seed 003 does with torch.save(net.state_dict(), 'model') / torch.load('model').
    torch.manual_seed(0)
    sd = {"fc1.weight": torch.randn(4, 3), "fc1.bias": torch.randn(4)}
    path = str(tmp_path / "model")
    torch.save(sd, path)
    back = torch.load(path, map_location="cpu")
    assert set(back) == set(sd)
    for k in sd:
        assert back[k].tolist() == sd[k].tolist()


# ---------------------------------------------------------------- nested objects

def test_optimizer_state_dict_round_trip(tmp_path):
    opt = {
        "state": {
            0: {"step": torch.tensor(3.0), "exp_avg": torch.tensor([0.1, 0.2]), "exp_avg_sq": torch.tensor([0.01, 0.04])},
            1: {"step": torch.tensor(3.0), "exp_avg": torch.tensor([[1.0]]), "exp_avg_sq": torch.tensor([[2.0]])},
        },
        "param_groups": [{"lr": 0.1, "betas": (0.9, 0.999), "eps": 1e-08, "weight_decay": 0, "amsgrad": False,
                          "maximize": False, "foreach": None, "capturable": False, "params": [0, 1], "name": "all"}],
    }
    path = tmp_path / "opt.safetensors"
    torch.save(opt, path)
    header, _, got = read_safetensors(path)
    assert list(got) == ["state.0.step", "state.0.exp_avg", "state.0.exp_avg_sq",
                         "state.1.step", "state.1.exp_avg", "state.1.exp_avg_sq"]
    assert got["state.0.exp_avg"][2] == pytest.approx([0.1, 0.2])
    assert "nativegrad.structure" in header["__metadata__"]

    back = torch.load(path)
    assert list(back) == ["state", "param_groups"]
    assert list(back["state"]) == [0, 1]                         # int keys come back as ints
    g = back["param_groups"][0]
    assert g == {"lr": 0.1, "betas": (0.9, 0.999), "eps": 1e-08, "weight_decay": 0, "amsgrad": False,
                 "maximize": False, "foreach": None, "capturable": False, "params": [0, 1], "name": "all"}
    assert isinstance(g["betas"], tuple) and isinstance(g["weight_decay"], int) and g["amsgrad"] is False
    for i in (0, 1):
        for k in ("step", "exp_avg", "exp_avg_sq"):
            assert back["state"][i][k].tolist() == opt["state"][i][k].tolist()


def test_nested_structures_and_shared_tensors(tmp_path):
    t = torch.tensor([1.0, 2.0])
    obj = collections.OrderedDict([
        ("model", collections.OrderedDict([("w", t)])),
        ("again", t),                                             # the same object twice: stored once
        ("list", [torch.tensor([3]), "text", 1.5, None, [True]]),
        ("a.b", torch.tensor(1.0)),
        ("a", {"b": torch.tensor(2.0)}),                           # dotted names collide: made unique
        ("nan", float("nan")),
    ])
    path = tmp_path / "obj"
    torch.save(obj, path)
    _, _, got = read_safetensors(path)
    assert list(got) == ["model.w", "list.0", "a.b", "a.b#1"]
    back = torch.load(path)
    assert isinstance(back, collections.OrderedDict) and isinstance(back["model"], collections.OrderedDict)
    assert back["again"] is back["model"]["w"]
    assert back["model"]["w"].tolist() == [1.0, 2.0]
    assert back["list"][0].tolist() == [3] and back["list"][1:] == ["text", 1.5, None, [True]]
    assert back["a.b"].item() == 1.0 and back["a"]["b"].item() == 2.0
    assert type(back["a"]) is dict
    assert math.isnan(back["nan"])
    # a bare tensor and a list work too
    torch.save(torch.tensor([5, 6]), path)
    assert torch.load(path).tolist() == [5, 6]


def test_file_objects(tmp_path):
    buf = io.BytesIO()
    torch.save({"w": torch.tensor([1.0, 2.0])}, buf)
    raw = buf.getvalue()
    assert struct.unpack("<Q", raw[:8])[0] % 8 == 0
    buf.seek(0)
    assert torch.load(buf)["w"].tolist() == [1.0, 2.0]


def test_unsupported_values_are_named(tmp_path):
    with pytest.raises(TypeError, match=r"cannot store an object of type object at 'x\.0'"):
        torch.save({"x": [object()]}, tmp_path / "f")
    with pytest.raises(TypeError, match="dict key"):
        torch.save({(1, 2): torch.tensor(1.0)}, tmp_path / "f")
    assert not (tmp_path / "f").exists()


# ---------------------------------------------------------------- bad files

def _raw(header, data=b"", n=None):
    h = header.encode("utf-8")
    return struct.pack("<Q", len(h) if n is None else n) + h + data


@pytest.mark.parametrize("content, message", [
    (b"\x01\x02", "the file is too short (2 bytes)"),
    (_raw("{}", n=10 ** 9), "header length 1000000000 exceeds the limit"),
    (_raw("{}", n=50), "header length 50 exceeds the 2 bytes"),
    (_raw('{"w": 1'), "not valid JSON"),
    (_raw('{"w":{"dtype":"F32","shape":[25],"data_offsets":[0,100]}}', bytes(64)),
     "tensor 'w' data_offsets [0, 100] exceed the buffer of 64 bytes"),
    (_raw('{"w":{"dtype":"F32","shape":[3],"data_offsets":[0,8]}}', bytes(8)), "needs 12 bytes"),
    (_raw('{"w":{"dtype":"F16","shape":[4],"data_offsets":[0,8]}}', bytes(8)), "dtype F16"),
    (_raw('{"w":{"dtype":"F32","shape":[-2],"data_offsets":[0,8]}}', bytes(8)), "negative entry -2"),
    (_raw('{"w":{"dtype":"F32","shape":[2],"data_offsets":[0,8]}}', bytes(12)), "cover only 8"),
])
def test_bad_files_are_rejected(tmp_path, content, message):
    path = tmp_path / "bad.safetensors"
    path.write_bytes(content)
    with pytest.raises(RuntimeError) as e:
        torch.load(path)
    assert message in str(e.value)
    assert str(e.value).startswith("safetensors: ")


def test_inconsistent_structure_is_rejected(tmp_path):
    path = str(tmp_path / "s.safetensors")
    meta = {"nativegrad.structure": json.dumps({"__dict__": [["a", {"__tensor__": "missing"}]], "ordered": False})}
    write_safetensors(path, [("w", "F32", [1], [1.0])], metadata=meta)
    with pytest.raises(RuntimeError, match="refers to tensor 'missing'"):
        torch.load(path)
    write_safetensors(path, [("w", "F32", [1], [1.0])], metadata={"nativegrad.structure": "{not json"})
    with pytest.raises(RuntimeError, match="not valid JSON"):
        torch.load(path)


def test_missing_file_and_failed_save_keep_data(tmp_path):
    with pytest.raises(FileNotFoundError):
        torch.load(tmp_path / "missing")
    path = tmp_path / "keep"
    torch.save({"w": torch.tensor([1.0])}, path)
    before = path.read_bytes()
    with pytest.raises(OSError):
        torch.save({"w": torch.tensor([1.0])}, tmp_path / "no" / "dir" / "f")
    with pytest.raises(TypeError):
        torch.save({"w": torch.tensor([2.0]), "bad": object()}, path)
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["keep"]


def test_plain_dict_loads_as_dict_and_ordered_dict_as_ordered_dict(tmp_path):
    """torch.load gives back the container type that was saved (issue 10)."""
    path = tmp_path / "d"
    torch.save({"b": torch.tensor([1.0]), "a": torch.tensor([2])}, path)
    back = torch.load(path)
    assert type(back) is dict and list(back) == ["b", "a"]
    torch.save(collections.OrderedDict([("w", torch.tensor([1.0]))]), path)
    assert type(torch.load(path)) is collections.OrderedDict
    torch.save(torch.nn.Linear(2, 1).state_dict(), path)
    assert type(torch.load(path)) is collections.OrderedDict


def test_pytorch_files_are_recognised(tmp_path):
    """A file written by torch.save (zip, or the legacy pickle) is named as such (issue 10)."""
    real = pytest.importorskip("torch")
    if real is torch:
        pytest.skip("needs real PyTorch")
    t = real.tensor([1.0, 2.0])
    for name, kwargs, kind in [("new.pt", {}, "zip archive"),
                               ("old.pt", {"_use_new_zipfile_serialization": False}, "pickle")]:
        path = tmp_path / name
        real.save({"w": t}, str(path), **kwargs)
        with pytest.raises(RuntimeError, match=r"is a PyTorch file, a %s .*reads only safetensors" % kind):
            torch.load(path)
        with open(path, "rb") as fh:
            with pytest.raises(RuntimeError, match="is a PyTorch file"):
                torch.load(fh)
