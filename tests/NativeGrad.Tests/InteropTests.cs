using System.Runtime.InteropServices;
using Xunit;

namespace NativeGrad.Tests;

/// <summary>External memory (FromBlob), data addresses and randint.</summary>
public unsafe class InteropTests
{
    [Fact]
    public void FromBlobSharesMemoryAndReleasesOnce()
    {
        var mem = (float*)NativeMemory.Alloc(6 * sizeof(float));
        for (int i = 0; i < 6; i++) mem[i] = i;
        int released = 0;
        var t = Tensor.FromBlob(mem, DType.Float32, [2, 3], release: () => released++);
        var view = t.T();          // column view over the same memory: strides (1, 3)
        mem[1] = 10;
        Assert.Equal([0.0, 10, 2, 3, 4, 5], t.ToDoubleArray());
        Assert.Equal([0.0, 3, 10, 4, 2, 5], view.ToDoubleArray());
        t.Fill_(1);
        Assert.Equal(1f, mem[5]);
        Assert.Equal((nint)mem, t.DataAddress);
        t.Dispose();
        Assert.Equal(0, released);
        view.Dispose();
        Assert.Equal(1, released);
        NativeMemory.Free(mem);
    }

    [Fact]
    public void FromBlobWithStridesAndErrors()
    {
        var mem = stackalloc double[6] { 0, 1, 2, 3, 4, 5 };
        var t = Tensor.FromBlob(mem, DType.Float64, [3, 2], [1, 3]);
        Assert.Equal([0.0, 3, 1, 4, 2, 5], t.ToDoubleArray());
        Assert.False(t.IsContiguous);
        Assert.Throws<NativeGradException>(() => Tensor.FromBlob(mem, DType.Float64, [3], [-1]));
        Assert.Throws<NativeGradException>(() => Tensor.FromBlob(null, DType.Float64, [3]));
    }

    [Fact]
    public void RandintDrawsEveryValueInRange()
    {
        Tensor.ManualSeed(0);
        var r = Tensor.Randint(3, 10, [500]);
        Assert.Equal(DType.Int64, r.DType);
        var vals = r.ToDoubleArray().Distinct().OrderBy(v => v).ToArray();
        Assert.Equal([3.0, 4, 5, 6, 7, 8, 9], vals);
        var e = Assert.Throws<NativeGradException>(() => Tensor.Randint(5, 5, [2]));
        Assert.Equal("random_ expects 'from' to be less than 'to', but got from=5 >= to=5", e.Message);
    }
}
