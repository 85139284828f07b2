using NativeGrad.Kernels;
using Xunit;

namespace NativeGrad.Tests;

/// <summary>
/// Contiguous elementwise kernels large enough to split over the worker pool give exactly the
/// result of the same kernel run piecewise on the calling thread (pieces below the grain), on
/// lengths that do not divide evenly, out of place and in place.
/// </summary>
public unsafe class ParallelKernelTests
{
    private const int Piece = 1000;
    private static readonly int[] Lengths = [2 * Elementwise.ParallelGrain, 2 * Elementwise.ParallelGrain + 1, 5 * Elementwise.ParallelGrain + 77];

    private static float[] Data(int n, int seed)
    {
        var r = new System.Random(seed);
        return Enumerable.Range(0, n).Select(_ => (float)(4 * r.NextDouble() - 2)).ToArray();
    }

    [Fact]
    public void UnaryMatchesPiecewise()
    {
        foreach (int n in Lengths)
        {
            var x = Data(n, n);
            var expect = new float[n];
            var y = new float[n];
            var inPlace = (float[])x.Clone();
            fixed (float* px = x, pe = expect, py = y, pi = inPlace)
            {
                for (int lo = 0; lo < n; lo += Piece) Elementwise.Unary<ExpOp<float>, float>(px + lo, pe + lo, Math.Min(Piece, n - lo));
                Elementwise.Unary<ExpOp<float>, float>(px, py, n);
                Elementwise.Unary<ExpOp<float>, float>(pi, pi, n);
            }
            Assert.Equal(expect, y);
            Assert.Equal(expect, inPlace);
        }
    }

    [Fact]
    public void BinaryMatchesPiecewise()
    {
        foreach (int n in Lengths)
        {
            var a = Data(n, n);
            var b = Data(n, n + 1);
            var e1 = new float[n]; var e2 = new float[n]; var e3 = new float[n];
            var y1 = new float[n]; var y2 = new float[n]; var y3 = new float[n];
            fixed (float* pa = a, pb = b, p1 = e1, p2 = e2, p3 = e3, q1 = y1, q2 = y2, q3 = y3)
            {
                for (int lo = 0; lo < n; lo += Piece)
                {
                    int len = Math.Min(Piece, n - lo);
                    Elementwise.Binary<MulOp<float>, float>(pa + lo, pb + lo, p1 + lo, len);
                    Elementwise.BinaryScalarB<SubOp<float>, float>(pa + lo, 0.25f, p2 + lo, len);
                    Elementwise.BinaryScalarA<SubOp<float>, float>(0.25f, pb + lo, p3 + lo, len);
                }
                Elementwise.Binary<MulOp<float>, float>(pa, pb, q1, n);
                Elementwise.BinaryScalarB<SubOp<float>, float>(pa, 0.25f, q2, n);
                Elementwise.BinaryScalarA<SubOp<float>, float>(0.25f, pb, q3, n);
            }
            Assert.Equal(e1, y1);
            Assert.Equal(e2, y2);
            Assert.Equal(e3, y3);
        }
    }
}
