using System.Buffers.Binary;
using System.Text;
using System.Text.Json;
using NativeGrad.IO;
using Xunit;

namespace NativeGrad.Tests;

/// <summary>
/// Feeds thousands of mutated safetensors files (seeded, so a failure reproduces) to the loader.
/// Every file must either load correctly (each tensor equal to the bytes its header points at)
/// or be rejected with a NativeGradException; anything else (another exception, a crash) fails.
/// </summary>
public class SafetensorsFuzzTests
{
    private const int Cases = 5000;

    private static byte[][] Seeds()
    {
        using var scope = new TensorScope();
        KeyValuePair<string, Tensor> KV(string n, Tensor t) => new(n, t);
        return
        [
            Safetensors.Serialize([
                KV("layers.0.weight", Tensor.FromArray([1f, 2, 3, 4, 5, 6], 2, 3)),
                KV("layers.0.bias", Tensor.FromArray([0.5, -1], 2)),
                KV("step", Tensor.FromArray([3L], 1)),
                KV("mask", Tensor.Full([2, 2], 1, DType.Bool)),
                KV("s", Tensor.Scalar(7)),
                KV("e", Tensor.Zeros([0, 4])),
            ], new Dictionary<string, string> { ["format"] = "pt", ["nativegrad.structure"] = "{\"a\":[1,2]}" }),
            Safetensors.Serialize([KV("w", Tensor.FromArray([1f, 2], 2))]),
            Safetensors.Serialize([]),
            SafetensorsTests.Raw("{\"b\":{\"dtype\":\"I64\",\"shape\":[1],\"data_offsets\":[4,12]},\"a\":{\"dtype\":\"F32\",\"shape\":[],\"data_offsets\":[0,4]}}",
                                 new byte[12]),
        ];
    }

    private static byte[] Mutate(byte[] seed, System.Random rng)
    {
        var f = (byte[])seed.Clone();
        int headerLen = (int)Math.Min(BinaryPrimitives.ReadUInt64LittleEndian(f), (ulong)(f.Length - 8));
        switch (rng.Next(8))
        {
            case 0: // flip random bits anywhere
                for (int k = rng.Next(1, 5); k > 0; k--) f[rng.Next(f.Length)] ^= (byte)(1 << rng.Next(8));
                return f;
            case 1: // flip bytes inside the header
                for (int k = rng.Next(1, 4); k > 0; k--) f[8 + rng.Next(Math.Max(1, headerLen))] = (byte)rng.Next(256);
                return f;
            case 2: // truncate
                return f[..rng.Next(f.Length)];
            case 3: // append junk
                return [.. f, .. Enumerable.Range(0, rng.Next(1, 20)).Select(_ => (byte)rng.Next(256))];
            case 4: // tweak the header length
            {
                ulong[] choices = [0, 1, 7, (ulong)headerLen - 1, (ulong)headerLen + 1, (ulong)headerLen + 8, (ulong)f.Length,
                                   100_000_000, 100_000_001, ulong.MaxValue, 1UL << 63, (ulong)rng.NextInt64()];
                BinaryPrimitives.WriteUInt64LittleEndian(f, choices[rng.Next(choices.Length)]);
                return f;
            }
            default: // edit the JSON text and fix up the header length
            {
                string h = Encoding.UTF8.GetString(f, 8, headerLen);
                byte[] data = f[(8 + headerLen)..];
                for (int k = rng.Next(1, 3); k > 0; k--) h = EditJson(h, rng);
                var hb = Encoding.UTF8.GetBytes(h);
                var g = new byte[8 + hb.Length + data.Length];
                BinaryPrimitives.WriteUInt64LittleEndian(g, (ulong)hb.Length);
                hb.CopyTo(g, 8);
                data.CopyTo(g, 8 + hb.Length);
                return g;
            }
        }
    }

    private static readonly string[] s_tokens =
    [
        "-1", "0", "1", "2", "4", "8", "1.5", "1e3", "-0", "4294967296", "18446744073709551615", "18446744073709551616",
        "9223372036854775807", "null", "true", "\"\"", "\"F32\"", "\"F64\"", "\"I64\"", "\"BOOL\"", "\"F16\"", "[]", "{}",
        "[0,0]", "[0]", "[1,2,3]", ",", ":", "{", "}", "[", "]", "\"", "\\", "\\u0000", "\\ud800", "\"__metadata__\"",
        "\"dtype\"", "\"shape\"", "\"data_offsets\"", " ",
    ];

    private static string EditJson(string h, System.Random rng)
    {
        if (h.Length == 0) return s_tokens[rng.Next(s_tokens.Length)];
        int i = rng.Next(h.Length);
        switch (rng.Next(5))
        {
            case 0: return h.Remove(i, Math.Min(rng.Next(1, 4), h.Length - i));                       // delete
            case 1: return h.Insert(i, s_tokens[rng.Next(s_tokens.Length)]);                           // insert a token
            case 2:                                                                                    // replace a number
            {
                int j = h.IndexOfAny("0123456789".ToCharArray(), i);
                if (j < 0) return h;
                int e = j;
                while (e < h.Length && char.IsAsciiDigit(h[e])) e++;
                return h[..j] + s_tokens[rng.Next(12)] + h[e..];
            }
            case 3:                                                                                    // replace a string
            {
                int j = h.IndexOf('"', i);
                if (j < 0) return h;
                int e = h.IndexOf('"', j + 1);
                if (e < 0) return h;
                return h[..j] + s_tokens[12 + rng.Next(8)] + h[(e + 1)..];
            }
            default:                                                                                   // duplicate a slice
            {
                int len = Math.Min(rng.Next(1, 40), h.Length - i);
                return h.Insert(rng.Next(h.Length), h.Substring(i, len));
            }
        }
    }

    [Fact]
    public void MutatedFilesLoadCorrectlyOrAreRejected()
    {
        var seeds = Seeds();
        var rng = new System.Random(20261122);
        int loaded = 0, rejected = 0;
        for (int c = 0; c < Cases; c++)
        {
            var file = Mutate(seeds[c % seeds.Length], rng);
            SafetensorsData? d;
            try { d = Safetensors.Load(file); }
            catch (NativeGradException e)
            {
                Assert.Equal(ErrorKind.InvalidArgument, e.Kind);
                Assert.StartsWith("safetensors: ", e.Message);
                rejected++;
                continue;
            }
            catch (Exception e)
            {
                Assert.Fail($"case {c}: {e.GetType().Name}: {e.Message}\nfile: {Convert.ToHexString(file)}");
                return;
            }
            using (d) CheckAgainstIndependentParse(file, d, c);
            loaded++;
        }
        // The mutations must exercise both outcomes, or the fuzzer tests little.
        Assert.True(rejected > Cases / 2, $"rejected {rejected}");
        Assert.True(loaded > 50, $"loaded {loaded}");
    }

    /// <summary>A loaded file must match what a plain JSON reading of its header says.</summary>
    private static unsafe void CheckAgainstIndependentParse(byte[] file, SafetensorsData d, int c)
    {
        ulong n = BinaryPrimitives.ReadUInt64LittleEndian(file);
        Assert.True(8 + n <= (ulong)file.Length, $"case {c}: loaded although the header length is past the end");
        long start = 8 + (long)n;
        using var doc = JsonDocument.Parse(file.AsMemory(8, (int)n));
        var names = doc.RootElement.EnumerateObject().Select(p => p.Name).Where(k => k != "__metadata__").ToList();
        Assert.Equal(names, d.Tensors.Select(p => p.Key));
        long covered = 0;
        foreach (var (name, t) in d.Tensors)
        {
            var info = doc.RootElement.GetProperty(name);
            var off = info.GetProperty("data_offsets");
            long b = off[0].GetInt64(), e = off[1].GetInt64();
            Assert.Equal(info.GetProperty("shape").EnumerateArray().Select(x => x.GetInt32()), t.Shape);
            var bytes = new byte[e - b];
            fixed (byte* p = bytes) t.CopyTo(p, bytes.Length);
            Assert.Equal(file.AsSpan((int)(start + b), (int)(e - b)).ToArray(), bytes);
            covered += e - b;
        }
        Assert.Equal(file.Length - start, covered);
    }

    [Fact]
    public void MutatedFilesThroughTheFileSystem()
    {
        // A smaller run through real files: the file source must behave like the memory one.
        var seeds = Seeds();
        var rng = new System.Random(7);
        string dir = Directory.CreateTempSubdirectory("ng-stfuzz-").FullName;
        try
        {
            string path = Path.Combine(dir, "f.safetensors");
            for (int c = 0; c < 300; c++)
            {
                var file = Mutate(seeds[c % seeds.Length], rng);
                File.WriteAllBytes(path, file);
                string? memory = null, disk = null;
                try { Safetensors.Load(file).Dispose(); } catch (NativeGradException e) { memory = e.Message; }
                try { Safetensors.Load(path).Dispose(); } catch (NativeGradException e) { disk = e.Message; }
                Assert.Equal(memory, disk);
            }
        }
        finally { Directory.Delete(dir, true); }
    }
}

/// <summary>Runs alone (the memory collection) so the allocator's byte count is not disturbed.</summary>
[Collection("memory")]
public class SafetensorsMemoryTests
{
    [Fact]
    public void RejectedFilesAllocateNoTensorMemory()
    {
        var file = SafetensorsTests.Raw(
            "{\"a\":{\"dtype\":\"F32\",\"shape\":[2],\"data_offsets\":[0,8]},\"b\":{\"dtype\":\"F32\",\"shape\":[1],\"data_offsets\":[12,16]}}",
            new byte[16]);
        long before = MemoryProbe.Settled();
        Assert.Throws<NativeGradException>(() => Safetensors.Load(file));
        Assert.Throws<NativeGradException>(() => Safetensors.Load(file[..^1]));   // truncated
        Assert.Equal(before, Allocator.LiveBytes);
        using (Safetensors.Load(SafetensorsTests.Raw("{\"a\":{\"dtype\":\"F64\",\"shape\":[2],\"data_offsets\":[0,16]}}", new byte[16])))
            Assert.True(Allocator.LiveBytes > before);
        Assert.Equal(before, Allocator.LiveBytes);
    }
}
