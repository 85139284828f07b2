using System.Buffers.Binary;
using System.Text;
using System.Text.Json;
using NativeGrad.IO;
using Xunit;

namespace NativeGrad.Tests;

/// <summary>Safetensors save/load: round trips, the file layout, and every rejection rule.</summary>
public class SafetensorsTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("ng-st-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string P(string name) => Path.Combine(_dir, name);

    private static KeyValuePair<string, Tensor> KV(string n, Tensor t) => new(n, t);

    private static unsafe byte[] Bytes(Tensor t)
    {
        var b = new byte[t.Numel * t.DType.ItemSize()];
        fixed (byte* p = b) t.CopyTo(p, b.Length);
        return b;
    }

    /// <summary>A raw file: 8-byte length, header text (unpadded), data.</summary>
    internal static byte[] Raw(string header, byte[]? data = null, ulong? headerLen = null)
    {
        var h = Encoding.UTF8.GetBytes(header);
        data ??= [];
        var f = new byte[8 + h.Length + data.Length];
        BinaryPrimitives.WriteUInt64LittleEndian(f, headerLen ?? (ulong)h.Length);
        h.CopyTo(f, 8);
        data.CopyTo(f, 8 + h.Length);
        return f;
    }

    [Fact]
    public void RoundTripAllDTypesShapesAndMetadata()
    {
        using var scope = new TensorScope();
        var strided = Tensor.FromArray([1f, 2, 3, 4, 5, 6], 2, 3).T();   // non-contiguous input
        Assert.False(strided.IsContiguous);
        var boolT = Tensor.FromArray([1.0, 0, 2], 3).Gt(Tensor.Scalar(0.5, DType.Float64));
        var tensors = new List<KeyValuePair<string, Tensor>>
        {
            KV("w", strided),
            KV("scalar", Tensor.Scalar(2.5, DType.Float64)),
            KV("idx", Tensor.FromArray([-3L, long.MaxValue, 7], 3, 1)),
            KV("mask", boolT),
            KV("empty", Tensor.Zeros([0, 3])),
            KV("layers.0.weight", Tensor.FromArray([double.NaN, double.NegativeInfinity, -0.0], 3)),
        };
        var meta = new Dictionary<string, string> { ["format"] = "pt", ["note"] = "ünïcode \"quoted\"" };
        Safetensors.Save(P("a.safetensors"), tensors, meta);

        using var data = Safetensors.Load(P("a.safetensors"));
        Assert.Equal(tensors.Select(p => p.Key), data.Tensors.Select(p => p.Key));   // header order = caller's order
        foreach (var (name, t) in tensors)
        {
            var u = data[name];
            Assert.Equal(t.DType, u.DType);
            Assert.Equal(t.Shape, u.Shape);
            Assert.True(u.IsContiguous);
            Assert.Equal(Bytes(t), Bytes(u));
        }
        Assert.Equal("tensor([[1., 4.],\n        [2., 5.],\n        [3., 6.]])", data["w"].ToString());
        Assert.Equal("tensor(2.5000, dtype=torch.float64)", data["scalar"].ToString());
        Assert.Equal("tensor([ True, False,  True])", data["mask"].ToString());
        Assert.Equal(meta, data.Metadata);
        Assert.Equal(6, Safetensors.Count(P("a.safetensors")));
    }

    [Fact]
    public void LayoutFollowsTheFormat()
    {
        using var scope = new TensorScope();
        var tensors = new List<KeyValuePair<string, Tensor>>
        {
            KV("b", Tensor.Full([3], 1, DType.Bool)),
            KV("f", Tensor.FromArray([1f, 2f], 2)),
            KV("d", Tensor.FromArray([3.0], 1)),
            KV("a", Tensor.FromArray([4f], 1)),
        };
        var file = Safetensors.Serialize(tensors);
        ulong n = BinaryPrimitives.ReadUInt64LittleEndian(file);
        Assert.Equal(0UL, n % 8);
        string header = Encoding.UTF8.GetString(file, 8, (int)n);
        Assert.StartsWith("{", header);
        using var doc = JsonDocument.Parse(header);
        Assert.Equal(["b", "f", "d", "a"], doc.RootElement.EnumerateObject().Select(p => p.Name));
        long Off(string k, int i) => doc.RootElement.GetProperty(k).GetProperty("data_offsets")[i].GetInt64();
        // 8-byte types first, then 4-byte types by name, then bool: every tensor starts aligned.
        Assert.Equal((0L, 8L), (Off("d", 0), Off("d", 1)));
        Assert.Equal((8L, 12L), (Off("a", 0), Off("a", 1)));
        Assert.Equal((12L, 20L), (Off("f", 0), Off("f", 1)));
        Assert.Equal((20L, 23L), (Off("b", 0), Off("b", 1)));
        Assert.Equal("F32", doc.RootElement.GetProperty("f").GetProperty("dtype").GetString());
        Assert.Equal(8 + (long)n + 23, file.Length);
        Assert.Equal(BitConverter.GetBytes(3.0), file[(8 + (int)n)..(16 + (int)n)]);
        Assert.DoesNotContain("__metadata__", header);
    }

    [Fact]
    public void NoTensorsAndOnlyMetadata()
    {
        var file = Safetensors.Serialize([], new Dictionary<string, string> { ["k"] = "v" });
        using var d = Safetensors.Load(file);
        Assert.Empty(d.Tensors);
        Assert.Equal("v", d.Metadata["k"]);
        using var e = Safetensors.Load(Raw("{}"));
        Assert.Empty(e.Tensors);
        Assert.Empty(e.Metadata);
    }

    [Fact]
    public void ReadsAFileWithPaddingAndFreeOrder()
    {
        // Written by hand as another writer might: metadata last, tensors in reverse buffer order, pad.
        var data = new byte[12];
        BitConverter.GetBytes(7L).CopyTo(data, 0);
        BitConverter.GetBytes(1.5f).CopyTo(data, 8);
        var f = Raw("{\"y\":{\"shape\":[],\"dtype\":\"F32\",\"data_offsets\":[8,12]}, \"x\": {\"dtype\": \"I64\", \"shape\": [1], \"data_offsets\": [0, 8]},\n" +
                    "\"__metadata__\":{\"a\":\"b\"}}    ", data);
        using var d = Safetensors.Load(f);
        Assert.Equal(["y", "x"], d.Tensors.Select(p => p.Key));
        Assert.Equal(1.5, d["y"].Item());
        Assert.Equal("tensor([7])", d["x"].ToString());
    }

    [Fact]
    public void SaveOverwritesAtomicallyAndKeepsTheOldFileOnFailure()
    {
        using var scope = new TensorScope();
        string path = P("m.safetensors");
        Safetensors.Save(path, [KV("w", Tensor.Ones([2]))]);
        var before = File.ReadAllBytes(path);
        var dead = Tensor.Ones([2]);
        dead.Dispose();
        Assert.Throws<NativeGradException>(() => Safetensors.Save(path, [KV("a", Tensor.Ones([1])), KV("b", dead)]));
        Assert.Throws<NativeGradException>(() => Safetensors.Save(path, [KV("a", Tensor.Ones([1])), KV("a", Tensor.Ones([1]))]));
        Assert.Equal(before, File.ReadAllBytes(path));
        Safetensors.Save(path, [KV("w", Tensor.Zeros([3]))]);
        using var d = Safetensors.Load(path);
        Assert.Equal([3], d["w"].Shape);
        Assert.Single(Directory.GetFiles(_dir));   // no temporary file left behind
    }

    [Fact]
    public void SaveRejectsBadArguments()
    {
        using var scope = new TensorScope();
        var e = Assert.Throws<NativeGradException>(() => Safetensors.Serialize([KV("__metadata__", Tensor.Ones([1]))]));
        Assert.Contains("reserved", e.Message);
        e = Assert.Throws<NativeGradException>(() => Safetensors.Serialize([KV("w", Tensor.Ones([1])), KV("w", Tensor.Ones([1]))]));
        Assert.Equal("safetensors: tensor name 'w' is used twice", e.Message);
        e = Assert.Throws<NativeGradException>(() => Safetensors.Save(P("no/such/dir/x.safetensors"), [KV("w", Tensor.Ones([1]))]));
        Assert.Equal(ErrorKind.Io, e.Kind);
        Assert.Contains("no/such/dir/x.safetensors", e.Message);
    }

    [Fact]
    public void MissingFileIsAnIoError()
    {
        var e = Assert.Throws<NativeGradException>(() => Safetensors.Load(P("missing.safetensors")));
        Assert.Equal(ErrorKind.Io, e.Kind);
        Assert.EndsWith("missing.safetensors': no such file", e.Message);
    }

    private const string F32x2 = "{\"w\":{\"dtype\":\"F32\",\"shape\":[2],\"data_offsets\":[0,8]}}";

    public static TheoryData<string, byte[]> BadFiles()
    {
        byte[] d8 = new byte[8], d16 = new byte[16];
        string T(string body) => "{\"w\":{" + body + "}}";
        var r = new TheoryData<string, byte[]>
        {
            { "the file is too short (5 bytes)", [1, 2, 3, 4, 5] },
            { "header length 100000001 exceeds the limit of 100000000 bytes", Raw(F32x2, d8, 100_000_001) },
            { "header length 18446744073709551615 exceeds the limit", Raw(F32x2, d8, ulong.MaxValue) },
            { "header length 1000 exceeds the 62 bytes that follow it", Raw(F32x2, d8, 1000) },
            { "the header is empty", Raw("", d8) },
            { "the header is not valid UTF-8", [8, 0, 0, 0, 0, 0, 0, 0, (byte)'{', (byte)'"', 0xff, 0xfe, (byte)'"', (byte)':', (byte)'1', (byte)'}'] },
            { "the header is not valid JSON", Raw("{\"w\":", d8) },
            { "the header is not valid JSON", Raw(F32x2 + "\0\0", d8) },
            { "the header must be a JSON object, not an array", Raw("[1,2]") },
            { "the header is not valid JSON", Raw("{} {}") },
            { "tensor 'w' must be an object with dtype, shape and data_offsets, not a number", Raw("{\"w\":3}") },
            { "tensor 'w' has no 'dtype'", Raw(T("\"shape\":[2],\"data_offsets\":[0,8]"), d8) },
            { "tensor 'w' has no 'shape'", Raw(T("\"dtype\":\"F32\",\"data_offsets\":[0,8]"), d8) },
            { "tensor 'w' has no 'data_offsets'", Raw(T("\"dtype\":\"F32\",\"shape\":[2]"), d8) },
            { "tensor 'w' has an unknown field 'offsets'", Raw(T("\"dtype\":\"F32\",\"shape\":[2],\"offsets\":[0,8]"), d8) },
            { "tensor 'w' has two 'dtype' fields", Raw(T("\"dtype\":\"F32\",\"dtype\":\"F32\",\"shape\":[2],\"data_offsets\":[0,8]"), d8) },
            { "tensor 'w' has an unknown dtype 'float32'", Raw(T("\"dtype\":\"float32\",\"shape\":[2],\"data_offsets\":[0,8]"), d8) },
            { "tensor 'w' has dtype F16, which NativeGrad does not support", Raw(T("\"dtype\":\"F16\",\"shape\":[4],\"data_offsets\":[0,8]"), d8) },
            { "tensor 'w': dtype must be a string, not a number", Raw(T("\"dtype\":1,\"shape\":[2],\"data_offsets\":[0,8]"), d8) },
            { "tensor 'w': shape has a negative entry -2", Raw(T("\"dtype\":\"F32\",\"shape\":[-2],\"data_offsets\":[0,8]"), d8) },
            { "tensor 'w': shape entry 2.0 is not a non-negative 64-bit integer", Raw(T("\"dtype\":\"F32\",\"shape\":[2.0],\"data_offsets\":[0,8]"), d8) },
            { "tensor 'w': shape must contain integers, not a string", Raw(T("\"dtype\":\"F32\",\"shape\":[\"2\"],\"data_offsets\":[0,8]"), d8) },
            { "tensor 'w': shape must be an array of integers, not null", Raw(T("\"dtype\":\"F32\",\"shape\":null,\"data_offsets\":[0,8]"), d8) },
            { "tensor 'w': dimension 4294967296 of shape [4294967296, 0] exceeds NativeGrad's limit", Raw(T("\"dtype\":\"F32\",\"shape\":[4294967296,0],\"data_offsets\":[0,0]"), []) },
            { "tensor 'w': shape [2147483647, 2147483647, 2147483647, 2147483647, 2147483647] has too many elements (overflow)",
              Raw(T("\"dtype\":\"F32\",\"shape\":[2147483647,2147483647,2147483647,2147483647,2147483647],\"data_offsets\":[0,8]"), d8) },
            { "tensor 'w' has 8 bytes in data_offsets [0, 8], but shape [1073741824, 1073741824] of F64 needs 9223372036854775808 bytes",
              Raw(T("\"dtype\":\"F64\",\"shape\":[1073741824,1073741824],\"data_offsets\":[0,8]"), d8) },
            { "tensor 'w': data_offsets must be two integers [begin, end]", Raw(T("\"dtype\":\"F32\",\"shape\":[2],\"data_offsets\":[0,8,8]"), d8) },
            { "tensor 'w': data_offsets must be two integers [begin, end], got 1", Raw(T("\"dtype\":\"F32\",\"shape\":[2],\"data_offsets\":[8]"), d8) },
            { "tensor 'w' data_offsets [8, 0] begin after they end", Raw(T("\"dtype\":\"F32\",\"shape\":[2],\"data_offsets\":[8,0]"), d8) },
            { "tensor 'w' data_offsets [0, 100] exceed the buffer of 64 bytes", Raw(T("\"dtype\":\"F32\",\"shape\":[25],\"data_offsets\":[0,100]"), new byte[64]) },
            { "tensor 'w' has 8 bytes in data_offsets [0, 8], but shape [3] of F32 needs 12 bytes", Raw(T("\"dtype\":\"F32\",\"shape\":[3],\"data_offsets\":[0,8]"), d8) },
            { "tensor 'b' data_offsets [4, 12] overlap tensor 'a', which ends at 8",
              Raw("{\"a\":{\"dtype\":\"F32\",\"shape\":[2],\"data_offsets\":[0,8]},\"b\":{\"dtype\":\"F32\",\"shape\":[2],\"data_offsets\":[4,12]}}", d16) },
            { "the buffer has a hole: bytes [8, 12) before tensor 'b' belong to no tensor",
              Raw("{\"a\":{\"dtype\":\"F32\",\"shape\":[2],\"data_offsets\":[0,8]},\"b\":{\"dtype\":\"F32\",\"shape\":[1],\"data_offsets\":[12,16]}}", d16) },
            { "the buffer has 16 bytes but the tensors cover only 8", Raw(F32x2, d16) },
            { "the header names 'w' twice", Raw("{\"w\":{\"dtype\":\"F32\",\"shape\":[2],\"data_offsets\":[0,8]},\"w\":{\"dtype\":\"F32\",\"shape\":[2],\"data_offsets\":[0,8]}}", d8) },
            { "'__metadata__' must map strings to strings, but 'n' is a number", Raw("{\"__metadata__\":{\"n\":1}}") },
            { "'__metadata__' must be an object of strings, not an array", Raw("{\"__metadata__\":[]}") },
        };
        return r;
    }

    [Theory]
    [MemberData(nameof(BadFiles))]
    public void RejectsBadFilesNamingTheProblem(string expected, byte[] file)
    {
        var e = Assert.Throws<NativeGradException>(() => Safetensors.Load(file));
        Assert.Equal(ErrorKind.InvalidArgument, e.Kind);
        Assert.StartsWith("safetensors: ", e.Message);
        Assert.Contains(expected, e.Message);
        // Same verdict through a real file, and from the header-only count.
        string path = Path.Combine(_dir, "bad.safetensors");
        File.WriteAllBytes(path, file);
        var e2 = Assert.Throws<NativeGradException>(() => Safetensors.Load(path));
        Assert.Equal(e.Message, e2.Message);
        Assert.Equal(e.Message, Assert.Throws<NativeGradException>(() => Safetensors.Count(path)).Message);
    }
}
