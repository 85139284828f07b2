using NativeGrad.Kernels;
using NativeGrad.Ops;
using Xunit;

namespace NativeGrad.Tests;

/// <summary>Values, dtypes, node names and errors of the issue-10 ops (reordering, scans, products,
/// selection, predicates and the multi-output views); their gradients are in GradCheckTests.</summary>
public unsafe class SelectionOpsTests
{
    private static NativeGradException Fails(Func<object> f) => Assert.Throws<NativeGradException>(() => f());

    /// <summary>The int64 elements exactly (ToDoubleArray rounds beyond 2^53).</summary>
    private static long[] Longs(Tensor t)
    {
        Assert.Equal(DType.Int64, t.DType);
        var r = new long[t.Numel];
        fixed (long* p = r) t.Contiguous().CopyTo(p, r.Length * 8);
        return r;
    }

    private static bool[] Bools(Tensor t)
    {
        Assert.Equal(DType.Bool, t.DType);
        return t.ToDoubleArray().Select(v => v != 0).ToArray();
    }

    private static Tensor Range(int n, params int[] shape) => Tensor.Arange(0, n, 1, DType.Float64).Reshape(shape.Select(s => (long)s).ToArray());

    private static Tensor Mask(params int[] v) => Functions.CompareScalar(CompareOp.Ne, Tensor.FromArray(v.Select(x => (long)x).ToArray()), 0);

    // ---- repeat / tile / roll / flip -------------------------------------------------------------

    [Fact]
    public void RepeatTilesAndAddsLeadingDims()
    {
        using var x = Range(6, 2, 3);
        var r = x.Repeat([2, 1, 2]);
        Assert.Equal([2, 2, 6], r.Shape);
        var v = r.ToDoubleArray();
        Assert.Equal([0.0, 1, 2, 0, 1, 2, 3, 4, 5, 3, 4, 5], v[..12]);
        Assert.Equal(v[..12], v[12..]);
        Assert.Equal([0, 3], x.Repeat([0, 1]).Shape);
        Assert.Equal([2.0, 2, 2, 2], Tensor.Scalar(2, DType.Float64).Repeat([2, 2]).ToDoubleArray());
        Assert.Contains("can not be smaller", Fails(() => x.Repeat([2])).Message);
        Assert.Equal("Trying to create tensor with negative dimension -2: [-2, 3]", Fails(() => x.Repeat([-1, 1])).Message);
        Assert.Equal([2, 6], x.Tile(2).Shape);
    }

    [Fact]
    public void RepeatOfInt64AndBoolIsBitwise()
    {
        long big = (1L << 62) + 1;
        using var x = Tensor.FromArray([big, -big]);
        Assert.Equal([big, -big, big, -big], Longs(x.Repeat([2])));
        using var b = Mask(1, 0, 1);
        Assert.Equal([true, false, true, true, false, true], Bools(b.Repeat([2])));
    }

    [Fact]
    public void RollShiftsAlongDimsOrTheFlattenedTensor()
    {
        using var x = Range(6, 2, 3);
        Assert.Equal([5.0, 0, 1, 2, 3, 4], x.Roll([1]).ToDoubleArray());
        Assert.Equal([2, 3], x.Roll([1]).Shape);
        Assert.Equal([3.0, 4, 5, 0, 1, 2], x.Roll([1], [0]).ToDoubleArray());
        Assert.Equal([4.0, 5, 3, 1, 2, 0], x.Roll([1, 2], [0, 1]).ToDoubleArray());
        Assert.Equal([1.0, 2, 0, 4, 5, 3], x.Roll([-7], [1]).ToDoubleArray());
        Assert.Equal(x.Roll([2], [1]).ToDoubleArray(), x.Roll([1, 1], [1, 1]).ToDoubleArray());
        Assert.Equal("shifts and dimensions must align. shifts: 2, dims:1", Fails(() => x.Roll([1, 2], [0])).Message);
        Assert.Equal("shifts and dimensions must align. shifts: 2, dims:0", Fails(() => x.Roll([1, 2])).Message);
        Assert.Equal("`shifts` required", Fails(() => x.Roll([], [])).Message);
        Assert.Equal(ErrorKind.Index, Fails(() => x.Roll([1], [2])).Kind);
    }

    [Fact]
    public void FlipReversesDimsOfStridedInputs()
    {
        using var x = Range(24, 2, 3, 4);
        using var t = x.Transpose(0, 2);                       // [4, 3, 2], strided
        var f = t.Flip([0, 2]);
        var expect = t.Contiguous().ToDoubleArray();
        var got = f.ToDoubleArray();
        for (int i = 0; i < 4; i++)
            for (int j = 0; j < 3; j++)
                for (int k = 0; k < 2; k++)
                    Assert.Equal(expect[(3 - i) * 6 + j * 2 + (1 - k)], got[i * 6 + j * 2 + k]);
        Assert.Equal([5.0, 4, 3, 2, 1, 0], Range(6, 6).Flip([0]).ToDoubleArray());
        Assert.Equal("dim 0 appears multiple times in the list of dims", Fails(() => x.Flip([0, -3])).Message);
        Assert.Equal(x.ToDoubleArray(), x.Flip([]).ToDoubleArray());
    }

    [Theory]
    [InlineData(DType.Float32)]
    [InlineData(DType.Float64)]
    [InlineData(DType.Int64)]
    [InlineData(DType.Bool)]
    public void FlipOfTheLastDimOnEveryLengthAndPath(DType dtype)
    {
        foreach (bool scalar in new[] { false, true })
        {
            Simd.ForceScalar = scalar;
            try
            {
                for (int n = 0; n <= 41; n++)
                {
                    using var x = Tensor.Arange(0, 2 * n, 1, DType.Float64).Reshape(2, n).To(dtype);
                    var f = x.Flip([1]).ToDoubleArray();
                    var v = x.ToDoubleArray();
                    for (int r = 0; r < 2; r++)
                        for (int j = 0; j < n; j++) Assert.Equal(v[r * n + n - 1 - j], f[r * n + j]);
                }
            }
            finally { Simd.ForceScalar = false; }
        }
    }

    [Fact]
    public void LargeRemapsSplitOverThePoolAndKeepEveryElement()
    {
        using var x = Range(600 * 500, 600, 500);
        var r = x.Roll([7, -3], [0, 1]).ToDoubleArray();
        var f = x.Flip([0, 1]).ToDoubleArray();
        var p = x.Repeat([2, 1, 2]).ToDoubleArray();
        for (int i = 0; i < 600; i++)
            for (int j = 0; j < 500; j++)
            {
                Assert.Equal(((i - 7 + 600) % 600) * 500 + (j + 3) % 500, r[i * 500 + j]);
                Assert.Equal((599 - i) * 500 + (499 - j), f[i * 500 + j]);
                Assert.Equal(i * 500 + j, p[600 * 1000 + i * 1000 + 500 + j]);
            }
    }

    // ---- masked_fill ---------------------------------------------------------------------------

    [Fact]
    public void MaskedFillBroadcastsAndConvertsTheValue()
    {
        using var x = Range(6, 2, 3);
        using var m = Mask(1, 0, 1);
        Assert.Equal([-1.0, 1, -1, -1, 4, -1], x.MaskedFill(m, -1).ToDoubleArray());
        Assert.Equal([2, 3], Tensor.Zeros([3]).MaskedFill(Mask(1, 1, 1, 0, 0, 0).Reshape(2, 3), 1).Shape);
        using var l = Tensor.FromArray([1L, 2, 3]);
        Assert.Equal([2L, 2, 2], Longs(l.MaskedFill(m, 2.9)));
        Assert.Contains("boolean masks", Fails(() => x.MaskedFill(Tensor.FromArray([1L, 0, 1]), 1)).Message);
        Assert.Equal("masked_fill_ only supports a 0-dimensional value tensor, but got tensor with 1 dimension(s).",
            Fails(() => x.MaskedFill(m, Tensor.FromArray([1.0, 2]))).Message);
        var y = x.Clone();
        y.MaskedFill_(m, 7);
        Assert.Equal([7.0, 1, 7, 7, 4, 7], y.ToDoubleArray());
        Assert.Equal("output with shape [3] doesn't match the broadcast shape [2, 3]",
            Fails(() => Tensor.Zeros([3]).MaskedFill_(Mask(1, 1, 1, 0, 0, 0).Reshape(2, 3), 1)).Message);
    }

    [Fact]
    public void MaskedFillNodesAndGradients()
    {
        using var x = Tensor.FromArray([1.0, 2, 3]).RequiresGrad_();
        using var v = Tensor.Scalar(5, DType.Float64).RequiresGrad_();
        using var m = Mask(1, 0, 1);
        var a = x.MaskedFill(m, 0.5);
        Assert.Equal("MaskedFillBackward0", a.GradFn!.Name);
        Assert.Single(a.GradFn.NextFunctions);
        var b = x.MaskedFill(m, v);
        Assert.Equal("MaskedFillBackward1", b.GradFn!.Name);
        (b * Tensor.FromArray([1.0, 2, 3])).Sum().Backward();
        Assert.Equal([0.0, 2, 0], x.Grad!.ToDoubleArray());
        Assert.Equal(4.0, v.Grad!.Item());
    }

    // ---- cumsum / cumprod / prod -----------------------------------------------------------------

    [Fact]
    public void CumulativeSumsAndProductsInTheirDtypes()
    {
        using var x = Range(6, 2, 3);
        Assert.Equal([0.0, 1, 3, 3, 7, 12], x.CumSum(1).ToDoubleArray());
        Assert.Equal([0.0, 1, 2, 3, 5, 7], x.CumSum(0).ToDoubleArray());
        Assert.Equal([0.0, 0, 0, 3, 12, 60], x.CumProd(1).ToDoubleArray());
        Assert.Equal(DType.Int64, Mask(1, 0, 1).CumSum(0).DType);
        Assert.Equal([1L, 1, 2], Longs(Mask(1, 0, 1).CumSum(0)));
        Assert.Equal(DType.Float64, Tensor.FromArray([1f, 2f]).CumSum(0, DType.Float64).DType);
        Assert.Equal("\"cumsum_out_cpu\" not implemented for 'Bool'", Fails(() => x.CumSum(0, DType.Bool)).Message);
        Assert.Equal(3.0, Tensor.Scalar(3, DType.Float64).CumSum(-1).Item());
        Assert.Equal("CumsumBackward0", x.Detach().RequiresGrad_().CumSum(0).GradFn!.Name);
        Assert.Equal("CumprodBackward0", x.Detach().RequiresGrad_().CumProd(0).GradFn!.Name);
    }

    [Fact]
    public void Int64ScansAndProductsAreExactAndWrap()
    {
        long big = (1L << 53) + 1;
        using var x = Tensor.FromArray([big, 1, 2]);
        Assert.Equal([big, big + 1, big + 3], Longs(x.CumSum(0)));
        Assert.Equal(2 * big, Longs(x.Prod())[0]);
        Assert.Equal([big, big, 2 * big], Longs(x.CumProd(0)));
        using var w = Tensor.FromArray([1L << 40, 1L << 40]);
        Assert.Equal(0L, Longs(w.Prod())[0]);                  // 2^80 wraps to 0, as PyTorch
    }

    [Fact]
    public void ProdOverAllAndOverADim()
    {
        using var x = Range(6, 2, 3) + 1.0;
        Assert.Equal(720.0, x.Prod().Item());
        Assert.Equal([6.0, 120], x.Prod(1).ToDoubleArray());
        Assert.Equal([2, 1], x.Prod(1, keepdim: true).Shape);
        Assert.Equal(1.0, Tensor.Zeros([0]).Prod().Item());
        Assert.Equal([1.0, 1, 1], Tensor.Zeros([0, 3]).Prod(0).ToDoubleArray());
        Assert.Equal(DType.Int64, Mask(1, 1).Prod().DType);
        Assert.Equal(DType.Bool, Mask(1, 0).Prod(DType.Bool).DType);
        Assert.Equal(0.0, Mask(1, 0).Prod(DType.Bool).Item());
        var xr = x.Detach().RequiresGrad_();
        Assert.Equal("ProdBackward0", xr.Prod().GradFn!.Name);
        Assert.Equal("ProdBackward1", xr.Prod(0).GradFn!.Name);
    }

    [Theory]
    [InlineData(DType.Float32)]
    [InlineData(DType.Float64)]
    [InlineData(DType.Int64)]
    public void ProdAlongTheLastDimOnEveryLength(DType dtype)
    {
        // Long rows take the vector fold (floating) or four scalar accumulators (int64).
        Tensor.ManualSeed(9);
        for (int n = 0; n <= 70; n += 7)
        {
            using var x = dtype == DType.Int64 ? (Tensor.Rand([3, n], DType.Float64) * 3.0 - 1.0).To(DType.Int64)
                                               : Tensor.Rand([3, n], DType.Float64).To(dtype) + 0.5;
            var v = x.ToDoubleArray();
            var p = x.Prod(1).ToDoubleArray();
            for (int r = 0; r < 3; r++)
            {
                double e = 1;
                for (int j = 0; j < n; j++) e *= v[r * n + j];
                Assert.Equal(e, p[r], dtype == DType.Float32 ? 1e-5 * Math.Abs(e) + 1e-30 : 1e-12 * Math.Abs(e) + 1e-300);
            }
        }
    }

    [Fact]
    public void ProdGradientsWithZerosMatchTheExclusiveProducts()
    {
        // One zero: only it gets a gradient (the product of the others); two zeros: none.
        using var x = Tensor.FromArray([2.0, 0, 3, 4]).RequiresGrad_();
        x.Prod().Backward();
        Assert.Equal([0.0, 24, 0, 0], x.Grad!.ToDoubleArray());
        using var y = Tensor.FromArray([2.0, 0, 3, 0]).RequiresGrad_();
        y.Prod().Backward();
        Assert.Equal([0.0, 0, 0, 0], y.Grad!.ToDoubleArray());
        using var z = Tensor.FromArray([2.0, 0, 3, 0, 5, 6], 2, 3).RequiresGrad_();
        z.Prod(1).Sum().Backward();
        Assert.Equal([0.0, 6, 0, 30, 0, 0], z.Grad!.ToDoubleArray());
        // cumprod with a zero: the exact kernel (no graph) and the differentiable form agree.
        using var c = Tensor.FromArray([2.0, 0, 3, 4]).RequiresGrad_();
        var g1 = Autograd.Grad([c.CumProd(0).Sum()], [c])[0]!.ToDoubleArray();
        var g2 = Autograd.Grad([c.CumProd(0).Sum()], [c], createGraph: true)[0]!.ToDoubleArray();
        Assert.Equal([1.0, 2 + 6 + 24, 0, 0], g1);
        Assert.Equal(g1, g2);
    }

    // ---- sort / argsort / topk / argmax ----------------------------------------------------------

    [Fact]
    public void SortIsStableWithNaNGreatest()
    {
        using var x = Tensor.FromArray([3.0, double.NaN, 1, double.NaN, double.NegativeInfinity, 1]);
        var (v, i) = x.Sort();
        Assert.Equal([double.NegativeInfinity, 1, 1, 3, double.NaN, double.NaN], v.ToDoubleArray());
        Assert.Equal([4L, 2, 5, 0, 1, 3], Longs(i));
        var (vd, id) = x.Sort(descending: true);
        Assert.Equal([double.NaN, double.NaN, 3, 1, 1, double.NegativeInfinity], vd.ToDoubleArray());
        Assert.Equal([1L, 3, 0, 2, 5, 4], Longs(id));
        Assert.Equal(Longs(id), Longs(x.ArgSort(descending: true)));
    }

    [Fact]
    public void SortAlongAnInnerDimAndOfInt64AndBool()
    {
        using var x = Tensor.FromArray([3.0, 1, 2, 0, 5, 4], 3, 2);
        var (v, i) = x.Sort(0);
        Assert.Equal([2.0, 0, 3, 1, 5, 4], v.ToDoubleArray());
        Assert.Equal([1L, 1, 0, 0, 2, 2], Longs(i));
        long big = (1L << 60) + 1;
        Assert.Equal([big - 1, big], Longs(Tensor.FromArray([big, big - 1]).Sort().Values));
        var (bv, bi) = Mask(1, 0, 1, 0).Sort();
        Assert.Equal([false, false, true, true], Bools(bv));
        Assert.Equal([1L, 3, 0, 2], Longs(bi));
        Assert.Equal(ErrorKind.Index, Fails(() => x.Sort(2)).Kind);
    }

    [Theory]
    [InlineData(DType.Float32, false)]
    [InlineData(DType.Float64, false)]
    [InlineData(DType.Int64, true)]
    [InlineData(DType.Float32, true)]
    public void LargeSortsMatchAStableReference(DType dtype, bool descending)
    {
        // Many ties, rows split over the pool, radix-sorted lines: LINQ's OrderBy is the stable reference.
        Tensor.ManualSeed(5);
        using var x = (Tensor.Rand([64, 3000], DType.Float32) * 100.0).To(DType.Int64).To(dtype);
        var (v, i) = x.Sort(1, descending);
        var xs = x.ToDoubleArray(); var vs = v.ToDoubleArray(); var ids = Longs(i);
        for (int r = 0; r < 64; r++)
        {
            var line = Enumerable.Range(0, 3000);
            var expect = (descending ? line.OrderByDescending(k => xs[r * 3000 + k]) : line.OrderBy(k => xs[r * 3000 + k])).ToArray();
            for (int k = 0; k < 3000; k++)
            {
                Assert.Equal(expect[k], ids[r * 3000 + k]);
                Assert.Equal(xs[r * 3000 + expect[k]], vs[r * 3000 + k]);
            }
        }
    }

    [Fact]
    public void TopkSelectsInOrderWithLowerIndicesFirstOnTies()
    {
        using var x = Tensor.FromArray([1.0, 3, 3, 2, double.NaN, 0]);
        var (v, i) = x.TopK(3);
        Assert.Equal([double.NaN, 3, 3], v.ToDoubleArray());
        Assert.Equal([4L, 1, 2], Longs(i));
        var (s, si) = x.TopK(2, largest: false);
        Assert.Equal([0.0, 1], s.ToDoubleArray());
        Assert.Equal([5L, 0], Longs(si));
        Assert.Equal([0], x.TopK(0).Values.Shape);
        Assert.Equal("selected index k out of range", Fails(() => x.TopK(7)).Message);
        Assert.Equal("selected index k out of range", Fails(() => x.TopK(-1)).Message);
        Assert.Equal("\"topk_cpu\" not implemented for 'Bool'", Fails(() => Mask(1, 0).TopK(1)).Message);
        Tensor.ManualSeed(3);
        using var big = Tensor.Randn([5000], DType.Float64);
        var (bv, bi) = big.TopK(10);
        var sorted = big.Sort(descending: true);
        Assert.Equal(sorted.Values.ToDoubleArray()[..10], bv.ToDoubleArray());
        Assert.Equal(Longs(sorted.Indices)[..10], Longs(bi));
    }

    [Theory]
    [InlineData(DType.Float32)]
    [InlineData(DType.Float64)]
    [InlineData(DType.Int64)]
    public void TopkAgreesWithTheStableSortOnTiesAndNaN(DType dtype)
    {
        // k small against n takes the one-pass path, larger k a quickselect and a radix sort of those;
        // ties and NaNs must come out as the stable sort's.
        var v = Enumerable.Range(0, 3000).Select(i => i % 13 == 5 && dtype != DType.Int64 ? double.NaN : (i * 7919) % 11).ToArray();
        using var x = Tensor.FromArray(v, 2, 1500).To(dtype);
        foreach (bool largest in new[] { true, false })
            foreach (int k in new[] { 1, 5, 32, 100, 700, 1500 })
            {
                var (tv, ti) = x.TopK(k, 1, largest);
                var (sv, si) = x.Sort(1, descending: largest);
                for (int r = 0; r < 2; r++)
                {
                    Assert.Equal(Longs(si.Narrow(1, 0, k)).Skip(r * k).Take(k), Longs(ti).Skip(r * k).Take(k));
                    Assert.Equal(sv.Narrow(1, 0, k).ToDoubleArray().Skip(r * k).Take(k), tv.ToDoubleArray().Skip(r * k).Take(k));
                }
            }
    }

    [Fact]
    public void ArgmaxAndArgminOverAllOrADim()
    {
        using var x = Tensor.FromArray([1.0, 5, 5, 7, 0, 7], 2, 3);
        Assert.Equal([3L], Longs(x.ArgMax()));
        Assert.Equal([1L, 0], Longs(x.ArgMax(1)));
        Assert.Equal([2, 1], x.ArgMax(1, keepdim: true).Shape);
        Assert.Equal([1, 1], x.ArgMax(keepdim: true).Shape);
        Assert.Equal([0L, 1, 0], Longs(x.ArgMin(0)));
        Assert.Equal([1L], Longs(Tensor.FromArray([1.0, double.NaN, 2]).ArgMin()));
        long big = 1L << 60;
        Assert.Equal([1L], Longs(Tensor.FromArray([big, big + 1, big]).ArgMax()));
        Assert.Equal("argmax(): Expected reduction dim to be specified for input.numel() == 0.", Fails(() => Tensor.Zeros([0]).ArgMax()).Message);
        Assert.Equal("\"argmax_cpu\" not implemented for 'Bool'", Fails(() => Mask(1).ArgMax()).Message);
    }

    // ---- nonzero / where -----------------------------------------------------------------------------

    [Fact]
    public void NonzeroListsIndicesInRowMajorOrder()
    {
        using var x = Tensor.FromArray([1.0, 0, 5, 0, double.NaN, 7], 2, 3);
        var n = x.Nonzero();
        Assert.Equal([4, 2], n.Shape);
        Assert.Equal([0L, 0, 0, 2, 1, 1, 1, 2], Longs(n));
        var w = Tensor.Where(x);
        Assert.Equal(2, w.Length);
        Assert.Equal([0L, 0, 1, 1], Longs(w[0]));
        Assert.Equal([0L, 2, 1, 2], Longs(w[1]));
        Assert.Equal([1, 0], Tensor.Scalar(3).Nonzero().Shape);
        Assert.Equal([0, 0], Tensor.Scalar(0).Nonzero().Shape);
        Assert.Single(Tensor.Where(Tensor.Scalar(3)));
    }

    [Theory]
    [InlineData(new[] { 100 })]
    [InlineData(new[] { 3, 37 })]
    [InlineData(new[] { 5, 64 })]
    [InlineData(new[] { 2, 3, 41 })]
    [InlineData(new[] { 4, 0, 3 })]
    public void NonzeroMatchesAnIndexByIndexScan(int[] shape)
    {
        int n = shape.Aggregate(1, (a, b) => a * b);
        // zeros, negative zeros, NaNs and values, in a pattern without a period of a vector's width
        var v = new double[n];
        for (int i = 0; i < n; i++)
            v[i] = (i * 7 % 11) switch { 0 or 3 or 5 => 0.0, 4 => -0.0, 9 => double.NaN, _ => i - 50.0 };
        var want = new List<long>();
        for (int i = 0; i < n; i++)
            if (!(v[i] == 0))
            {
                int rem = i;
                var idx = new long[shape.Length];
                for (int d = shape.Length - 1; d >= 0; d--) { idx[d] = rem % shape[d]; rem /= shape[d]; }
                want.AddRange(idx);
            }
        using var f64 = Tensor.FromArray(v, shape);
        using var f32 = Tensor.FromArray(v.Select(x => (float)x).ToArray(), shape);
        using var i64 = Tensor.FromArray(v.Select(x => double.IsNaN(x) ? 1L : (long)x).ToArray(), shape);
        using var zero = Tensor.Scalar(0.0);
        using var b = f64.Ne(zero);
        foreach (var t in new[] { f64, f32, i64, b })
        {
            using var nz = t.Nonzero();
            Assert.Equal([want.Count / shape.Length, shape.Length], nz.Shape);
            Assert.Equal(want.ToArray(), Longs(nz));
        }
    }

    // ---- predicates ------------------------------------------------------------------------------------

    [Fact]
    public void AllAndAnyOverAllOrADim()
    {
        using var x = Tensor.FromArray([1.0, 0, double.NaN, 2, 3, 4], 2, 3);
        Assert.False(x.All().Item() != 0);
        Assert.True(x.Any().Item() != 0);
        Assert.Equal([false, true], Bools(x.All(1)));
        Assert.Equal([true, true, true], Bools(x.Any(0)));
        Assert.Equal([true, false, true], Bools(Tensor.FromArray([1L, 0, 2]).Reshape(3, 1).Any(1)));
        Assert.Equal([2, 1], x.All(1, keepdim: true).Shape);
        Assert.Equal([1, 1], x.All(keepdim: true).Shape);
        Assert.True(Tensor.Zeros([0]).All().Item() != 0);
        Assert.False(Tensor.Zeros([0]).Any().Item() != 0);
        Assert.Equal(DType.Bool, Tensor.FromArray([1L << 60]).All().DType);
        Assert.True(Tensor.FromArray([1L << 60]).All().Item() != 0);
    }

    [Fact]
    public void IsNanIsInfIsFiniteOnEveryLengthAndDtype()
    {
        double[] special = [1, double.NaN, double.PositiveInfinity, double.NegativeInfinity, 0, -0.0, double.Epsilon, double.MaxValue];
        for (int n = 0; n < 40; n++)
        {
            var v = Enumerable.Range(0, n).Select(i => special[(i * 5 + n) % special.Length]).ToArray();
            foreach (var t in new[] { Tensor.FromArray(v), Tensor.FromArray(v).To(DType.Float32) })
            {
                var f = t.ToDoubleArray();
                Assert.Equal(f.Select(double.IsNaN).ToArray(), Bools(t.IsNan()));
                Assert.Equal(f.Select(double.IsInfinity).ToArray(), Bools(t.IsInf()));
                Assert.Equal(f.Select(double.IsFinite).ToArray(), Bools(t.IsFinite()));
            }
        }
        using var l = Tensor.FromArray([1L, 2]);
        Assert.Equal([false, false], Bools(l.IsNan()));
        Assert.Equal([true, true], Bools(l.IsFinite()));
    }

    [Fact]
    public void IsCloseUsesTheOperandsDtypeAndTolerances()
    {
        using var a = Tensor.FromArray([1f, 1.00001f, float.NaN, float.PositiveInfinity, float.NegativeInfinity, 1e-9f]);
        using var b = Tensor.FromArray([1f, 1f, float.NaN, float.PositiveInfinity, float.PositiveInfinity, 0f]);
        Assert.Equal([true, false, false, true, false, true], Bools(a.IsClose(b)));
        Assert.Equal([true, false, true, true, false, true], Bools(a.IsClose(b, equalNan: true)));
        Assert.Equal([true, false, false, true, false, false], Bools(a.IsClose(b, 0, 0)));
        Assert.Equal("Float did not match Double", Fails(() => a.IsClose(b.To(DType.Float64))).Message);
        Assert.Equal("rtol must be greater than or equal to zero, but got -1", Fails(() => a.IsClose(b, -1)).Message);
        long big = 1L << 60;
        Assert.Equal([false], Bools(Tensor.FromArray([big]).IsClose(Tensor.FromArray([big + 1]), 0, 0)));
        Assert.Equal([true], Bools(Tensor.FromArray([100L]).IsClose(Tensor.FromArray([101L]), 0.01, 0)));
        Assert.Equal([2, 3], Tensor.Ones([2, 1]).IsClose(Tensor.Ones([3])).Shape);
        Assert.False(a.AllClose(b));
        Assert.True(a.AllClose(a, equalNan: true));
    }

    [Fact]
    public void EqualComparesShapesAndPromotedValues()
    {
        using var x = Range(6, 2, 3);
        Assert.True(x.Equal(x.Clone()));
        Assert.True(x.Equal(x.To(DType.Int64)));
        Assert.False(x.Equal(x.Reshape(3, 2)));
        Assert.False(Tensor.Ones([3]).Equal(Tensor.Ones([1, 3])));
        Assert.False(Tensor.FromArray([double.NaN]).Equal(Tensor.FromArray([double.NaN])));
        long big = 1L << 60;
        Assert.False(Tensor.FromArray([big]).Equal(Tensor.FromArray([big + 1])));
    }

    // ---- unbind / split / chunk and the composites ----------------------------------------------------

    [Fact]
    public void UnbindAndSplitAreViewsOfOneNode()
    {
        using var x = Range(6, 3, 2).RequiresGrad_();
        var y = x * 1.0;
        var u = y.Unbind(1);
        Assert.Equal(2, u.Length);
        Assert.Equal([0.0, 2, 4], u[0].ToDoubleArray());
        Assert.Same(u[0].GradFn, u[1].GradFn);
        Assert.Equal("UnbindBackward0", u[0].GradFn!.Name);
        Assert.Equal(1, u[1].OutputNr);
        (u[1] * 3.0).Sum().Backward();
        Assert.Equal([0.0, 3, 0, 3, 0, 3], x.Grad!.ToDoubleArray());
        var s = y.Split(2);
        Assert.Equal([[2, 2], [1, 2]], s.Select(t => t.Shape).ToArray());
        Assert.Equal("SplitBackward0", s[0].GradFn!.Name);
        var w = y.SplitWithSizes([0, 3]);
        Assert.Equal("SplitWithSizesBackward0", w[1].GradFn!.Name);
        Assert.Equal([0, 2], w[0].Shape);
        Assert.Single(y.Split(10));
        Assert.Equal("split expects split_size be non-negative, but got split_size=-1", Fails(() => y.Split(-1)).Message);
        Assert.Equal("split_size can only be 0 if dimension size is 0, but got dimension size of 3", Fails(() => y.Split(0)).Message);
        Assert.Equal("split_with_sizes expects split_sizes to sum exactly to 3 (input tensor's size at dimension 0), but got split_sizes=[1, 1]",
            Fails(() => y.SplitWithSizes([1, 1])).Message);
        Assert.Equal("Dimension specified as 0 but tensor has no dimensions", Fails(() => Tensor.Scalar(1).Unbind()).Message);
        // The pieces share the storage: a write through the base shows in them.
        using var z = Range(4, 4);
        var parts = z.Chunk(2);
        z.Fill_(9);
        Assert.Equal([9.0, 9], parts[1].ToDoubleArray());
    }

    [Fact]
    public void WritingInPlaceToAPieceOfARecordedSplitIsRefused()
    {
        using var x = Range(6, 3, 2).RequiresGrad_();
        var y = x * 1.0;
        var e = Fails(() => y.Unbind(0)[1].Mul_(2.0));
        Assert.Equal(ErrorKind.Autograd, e.Kind);
        Assert.StartsWith("Output 1 of UnbindBackward0 is a view and is being modified inplace.", e.Message);
        Assert.StartsWith("Output 0 of SelectBackward0 is a view", Fails(() => y.Split(2)[0][0].Add_(1.0)).Message);
        using var z = Range(6, 3, 2);
        z.Unbind(0)[1].Mul_(2.0);                               // no graph: allowed
        Assert.Equal([0.0, 1, 4, 6, 4, 5], z.ToDoubleArray());
    }

    [Fact]
    public void ChunkCountsAsPyTorchDoes()
    {
        Assert.Equal([2, 2, 1], Range(5, 5).Chunk(3).Select(t => t.Shape[0]).ToArray());
        Assert.Equal([2, 2, 2], Range(6, 6).Chunk(4).Select(t => t.Shape[0]).ToArray());
        Assert.Equal(3, Tensor.Zeros([0]).Chunk(3).Length);
        Assert.Equal("chunk expects `chunks` to be greater than 0, got: 0", Fails(() => Range(5, 5).Chunk(0)).Message);
        Assert.Equal("chunk expects at least a 1-dimensional tensor", Fails(() => Tensor.Scalar(1).Chunk(1)).Message);
    }

    [Fact]
    public void FlattenUnflattenAndMatrixTranspose()
    {
        using var x = Range(24, 2, 3, 4);
        Assert.Equal([24], x.Flatten().Shape);
        Assert.Equal([2, 12], x.Flatten(1).Shape);
        Assert.Equal([6, 4], x.Flatten(0, 1).Shape);
        Assert.Equal([1], Tensor.Scalar(3).Flatten().Shape);
        Assert.Equal("flatten() has invalid args: start_dim cannot come after end_dim", Fails(() => x.Flatten(1, 0)).Message);
        Assert.Equal([2, 3, 2, 2], x.Unflatten(2, 2, -1).Shape);
        Assert.Equal("unflatten: Provided sizes [2, 2] don't multiply up to the size of dim 1 (3) in the input tensor", Fails(() => x.Unflatten(1, 2, 2)).Message);
        Assert.Equal([2, 4, 3], x.MT.Shape);
        Assert.Equal(x.Transpose(1, 2).Contiguous().ToDoubleArray(), x.MT.Contiguous().ToDoubleArray());
        Assert.Equal("tensor.mT is only supported on matrices or batches of matrices. Got 1-D tensor.", Fails(() => Tensor.Ones([3]).MT).Message);
    }
}

/// <summary>Graphs of the issue-10 ops (multi-output nodes, saved indices, the zero-safe product
/// paths) release all their memory, at first and second order.</summary>
[Collection("memory")]
public class SelectionOpsMemoryTests
{
    private static Tensor Graph(Tensor x, Tensor v)
    {
        var mask = Functions.CompareScalar(CompareOp.Gt, x.Detach(), 0);
        var zeros = Tensor.FromArray([1.0, 0, 1, 1, 1, 0, 1, 1, 1, 1, 1, 1], 4, 3);
        var a = x.Repeat([2, 1]).Roll([1], [0]).Flip([1]) + x.Tile(2, 1);                 // [8, 3]
        var b = x.MaskedFill(mask, 0.5) * x.MaskedFill(mask, v);
        var c = x.CumSum(0) + (x * zeros).CumProd(1) + (x * zeros).Prod(1, keepdim: true) + (x * zeros).Prod();
        var s = x.Sort(1, descending: true).Values + x.TopK(3, 1).Values;
        var u = x.Unbind(0);
        var p = x.Split(3, 1)[0] * x.Chunk(2, 0)[1].Sum() + u[0] * u[3];
        using (var _ = x.ArgMax(1)) { }
        using (var _ = x.All(0)) { }
        return a.Sum() + (b * c * s).Sum() + p.Sum() + Tensor.Stack(x.SplitWithSizes([1, 3], 0)[1].Unbind(1), 0).Sum();
    }

    [Fact]
    public void FirstAndSecondOrderGraphsFreeEverything()
    {
        long before = MemoryProbe.Settled();
        for (int i = 0; i < 5; i++)
        {
            using var scope = new TensorScope();
            var x = Tensor.Randn([4, 3], DType.Float64).RequiresGrad_();
            var v = Tensor.Randn([], DType.Float64).RequiresGrad_();
            var gx = Engine.Grad([Graph(x, v)], [x], createGraph: true)[0]!;
            Assert.True(gx.RequiresGrad);
            (gx * gx).Sum().Backward();
            Assert.NotNull(x.Grad);
            gx.Dispose();
        }
        Assert.Equal(before, Allocator.LiveBytes);
    }

    [Fact]
    public void ADroppedGraphFreesItsSavedTensors()
    {
        long before = MemoryProbe.Settled();
        using (var scope = new TensorScope())
        {
            var x = Tensor.Randn([4, 3], DType.Float64).RequiresGrad_();
            var v = Tensor.Randn([], DType.Float64).RequiresGrad_();
            var loss = Graph(x, v);
            Assert.True(Allocator.LiveBytes > before);
        }
        Assert.Equal(before, Allocator.LiveBytes);
    }
}
