using Xunit;

namespace NativeGrad.Tests;

/// <summary>The bool-mask fast paths (Functions.MaskIndex.cs): x[mask] and x[mask] = v with one mask over the leading
/// dims, unrecorded, against a plain loop over arrays; lengths that are not multiples of the vector widths, masks
/// all set, none set and random, a scalar value (masked_fill) and a value per set element (masked_scatter).</summary>
public class MaskIndexTests
{
    public static TheoryData<int[], int, DType> Cases()
    {
        var d = new TheoryData<int[], int, DType>();
        foreach (var t in new[] { DType.Float32, DType.Float64, DType.Int64, DType.Bool })
        {
            d.Add([1000], 1, t); d.Add([37, 9], 1, t); d.Add([33, 31], 2, t); d.Add([3, 5, 7], 2, t); d.Add([0, 4], 1, t);
        }
        return d;
    }

    private static Tensor Data(int[] shape, DType t, int seed)
    {
        var r = new Random(seed);
        long n = Shape.Numel(shape);
        var v = new long[n];
        for (long i = 0; i < n; i++) v[i] = t == DType.Bool ? r.Next(2) : r.Next(-50, 50);
        using var l = Tensor.FromArray(v, shape);
        return l.To(t);
    }

    private static IEnumerable<(string, Tensor)> Masks(int[] shape)
    {
        yield return ("random", Data(shape, DType.Bool, 5));
        yield return ("all", Tensor.Full(shape, 1, DType.Bool));
        yield return ("none", Tensor.Full(shape, 0, DType.Bool));
    }

    [Theory, MemberData(nameof(Cases))]
    public void ReadSelectsTheSetBlocksInOrder(int[] shape, int md, DType t)
    {
        using var x = Data(shape, t, 1);
        var xs = x.ToDoubleArray();
        long block = Shape.Numel(shape[md..]);
        foreach (var (name, m) in Masks(shape[..md]))
            using (m)
            {
                var ms = m.ToDoubleArray();
                var expected = new List<double>();
                for (int i = 0; i < ms.Length; i++)
                    if (ms[i] != 0) for (long k = 0; k < block; k++) expected.Add(xs[i * block + k]);
                using var y = x[m];
                Assert.Equal([expected.Count / (int)Math.Max(block, 1), .. shape[md..]], y.Shape);
                Assert.True(expected.ToArray().AsSpan().SequenceEqual(y.ToDoubleArray()), name);
                Assert.Equal(t, y.DType);
                Assert.Null(y.GradFn);
            }
    }

    [Theory, MemberData(nameof(Cases))]
    public void WriteFillsOrScattersTheSetBlocks(int[] shape, int md, DType t)
    {
        long block = Shape.Numel(shape[md..]);
        foreach (var (name, m) in Masks(shape[..md]))
            using (m)
            {
                var ms = m.ToDoubleArray();
                int count = ms.Count(v => v != 0);
                // a scalar value: masked_fill
                using (var x = Data(shape, t, 2))
                {
                    var e = x.ToDoubleArray();
                    int v0 = x.Version;
                    using var v = Tensor.Full([], 1, t);
                    x[m] = v;
                    for (int i = 0; i < ms.Length; i++)
                        if (ms[i] != 0) for (long k = 0; k < block; k++) e[i * block + k] = 1;
                    Assert.True(e.AsSpan().SequenceEqual(x.ToDoubleArray()), name);
                    Assert.Equal(v0 + 1, x.Version);
                }
                // one value block per set element: masked_scatter
                using (var x = Data(shape, t, 3))
                {
                    var e = x.ToDoubleArray();
                    using var v = Data([count, .. shape[md..]], t, 4);
                    var vs = v.ToDoubleArray();
                    x.IndexPut_([m], v);
                    int j = 0;
                    for (int i = 0; i < ms.Length; i++)
                        if (ms[i] != 0) { for (long k = 0; k < block; k++) e[i * block + k] = vs[j * block + k]; j++; }
                    Assert.True(e.AsSpan().SequenceEqual(x.ToDoubleArray()), name);
                }
            }
    }

    [Fact]
    public void RecordedReadKeepsIndexBackward()
    {
        using var x = Tensor.FromArray([1.0, -2.0, 3.0, -4.0]).RequiresGrad_();
        using var m = x.Detach().Gt(Tensor.Scalar(0.0, DType.Float64));
        var y = x[m];
        Assert.Equal("IndexBackward0", y.GradFn!.Name);
        Assert.Equal([1.0, 3.0], y.ToDoubleArray());
        y.Sum().Backward();
        Assert.Equal([1.0, 0.0, 1.0, 0.0], x.Grad!.ToDoubleArray());
    }
}
