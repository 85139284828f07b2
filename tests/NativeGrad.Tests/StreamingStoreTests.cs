using System.Runtime.InteropServices;
using NativeGrad.Kernels;
using Xunit;

namespace NativeGrad.Tests;

/// <summary>Large outputs are written with non-temporal stores; with the threshold forced to 0 the
/// streaming path runs on every length 0..257 (aligned outputs, in place too) and must equal the plain path bitwise.</summary>
[Collection("memory")]
public unsafe class StreamingStoreTests
{
    private static float* Aligned(int n, int seed)
    {
        var p = (float*)NativeMemory.AlignedAlloc((nuint)Math.Max(1, n) * sizeof(float), 64);
        var r = new System.Random(seed);
        for (int i = 0; i < n; i++) p[i] = (float)(6 * r.NextDouble() - 3);
        return p;
    }

    private delegate void Kernel(float* a, float* b, float* y, int n);

    private static void Run(Kernel kernel)
    {
        for (int n = 0; n < 258; n++)
        {
            float* a = Aligned(n, n), b = Aligned(n, n + 1000), plain = Aligned(n, 0), streamed = Aligned(n, 0), inPlace = Aligned(n, n);
            try
            {
                kernel(a, b, plain, n);
                long saved = Elementwise.StreamingThreshold;
                Elementwise.StreamingThreshold = 0;
                try
                {
                    kernel(a, b, streamed, n);
                    kernel(inPlace, b, inPlace, n);   // y == a
                }
                finally { Elementwise.StreamingThreshold = saved; }
                for (int i = 0; i < n; i++)
                {
                    Assert.Equal(plain[i], streamed[i]);
                    Assert.Equal(plain[i], inPlace[i]);
                }
            }
            finally
            {
                NativeMemory.AlignedFree(a); NativeMemory.AlignedFree(b); NativeMemory.AlignedFree(plain);
                NativeMemory.AlignedFree(streamed); NativeMemory.AlignedFree(inPlace);
            }
        }
    }

    [Fact] public void Unary() => Run((a, b, y, n) => Elementwise.Unary<ExpOp<float>, float>(a, y, n));
    [Fact] public void Binary() => Run((a, b, y, n) => Elementwise.Binary<MulOp<float>, float>(a, b, y, n));
    [Fact] public void ScalarB() => Run((a, b, y, n) => Elementwise.BinaryScalarB<AddOp<float>, float>(a, 1.5f, y, n));
    [Fact] public void ScalarA() => Run((a, b, y, n) => Elementwise.BinaryScalarA<DivOp<float>, float>(2.5f, a, y, n));

    /// <summary>A large tensor op through the pool's threads, streaming at the real threshold.</summary>
    [Fact]
    public void LargeTensorOp()
    {
        int n = (int)(Elementwise.StreamingBytes / sizeof(float)) * 2 + 37;
        using var x = Tensor.Arange(0, n, 1, DType.Float32);
        using var y = x * 2.0 + 1.0;
        var v = y.ToFloatArray();
        for (int i = 0; i < n; i += 4099) Assert.Equal(2f * i + 1f, v[i]);
        Assert.Equal(2f * (n - 1) + 1f, v[n - 1]);
    }
}
