using NativeGrad.Kernels;
using NativeGrad.Ops;
using Xunit;

namespace NativeGrad.Tests;

/// <summary>
/// Values, dtypes, special values, errors and node names of fmod, remainder, hypot, nan_to_num, nansum,
/// log_sigmoid, hardsigmoid, hardswish, celu and clamp with tensor bounds, against reference formulas and
/// the values PyTorch 1.13 gives. (Their derivatives are gradchecked in GradCheckTests; the unary math ops
/// asinh, acosh, atanh, exp2, frac and sinc are rows of UnaryOpTests.)
/// </summary>
public unsafe class MathExtrasTests
{
    private const double Inf = double.PositiveInfinity, NaN = double.NaN;

    private static Tensor D(params double[] v) => Tensor.FromArray(v, v.Length);

    private static Tensor L(params long[] v) => Tensor.FromArray(v, v.Length);

    private static NativeGradException Fails(Func<object> f) => Assert.Throws<NativeGradException>(() => f());

    private static long[] Longs(Tensor t)
    {
        Assert.Equal(DType.Int64, t.DType);
        var r = new long[t.Numel];
        fixed (long* p = r) t.Contiguous().CopyTo(p, r.Length * 8);
        return r;
    }

    /// <summary>Equal values, NaN equal to NaN, and the same sign of zero.</summary>
    private static void Same(double[] want, double[] got, string what)
    {
        Assert.Equal(want.Length, got.Length);
        for (int i = 0; i < want.Length; i++)
            Assert.True(want[i].Equals(got[i]) && double.IsNegative(want[i]) == double.IsNegative(got[i]),
                $"{what}[{i}]: got {got[i]:R}, expected {want[i]:R}");
    }

    /// <summary>Runs f on the vector and on the scalar path, in float32 and float64 (inputs repeated past a vector).</summary>
    private static void BothPaths(double[] a, double[] b, Func<Tensor, Tensor, Tensor> f, double[] want, string what)
    {
        int reps = 5;
        double[] Rep(double[] v) => Enumerable.Repeat(v, reps).SelectMany(x => x).ToArray();
        foreach (bool scalar in new[] { false, true })
        {
            Simd.ForceScalar = scalar;
            try
            {
                foreach (var dt in new[] { DType.Float64, DType.Float32 })
                {
                    using var x = D(Rep(a)).To(dt);
                    using var y = D(Rep(b)).To(dt);
                    using var r = f(x, y);
                    Assert.Equal(dt, r.DType);
                    var w = Rep(want).Select(v => dt == DType.Float32 ? (double)(float)v : v).ToArray();
                    Same(w, r.ToDoubleArray(), $"{what} {dt} scalar={scalar}");
                }
            }
            finally { Simd.ForceScalar = false; }
        }
    }

    // ---- fmod / remainder ------------------------------------------------------------------------

    private static readonly double[] A = [5, -5, 7, -7, 0, -0.0, Inf, NaN, 1, -1e-30, 1180591620717411303424.0, -3, 3, 5];   // 2^70
    private static readonly double[] B = [3, 3, -3, -3, 2, 2, 2, 1, 0, 7, 3, 3, -3, Inf];

    [Fact]
    public void FmodHasTheDividendsSignAndRemainderTheDivisors()
    {
        // PyTorch 1.13's values (torch.fmod / torch.remainder on these float64 tensors).
        BothPaths(A, B, (x, y) => x.Fmod(y), [2, -2, 1, -1, 0, -0.0, NaN, NaN, NaN, -1e-30, 1, -0.0, 0, 5], "fmod");
        BothPaths(A, B, (x, y) => x.Remainder(y), [2, 1, -2, -1, 0, -0.0, NaN, NaN, NaN, 7, 1, -0.0, 0, 5], "remainder");
        using var x = D(5, -5, 0.5);
        Same([0.5, -0.5, 0.5], x.Fmod(1.5).ToDoubleArray(), "fmod scalar");
        Same([-1, -0.5, -1], x.Remainder(-1.5).ToDoubleArray(), "remainder scalar");
        Same([NaN, NaN, NaN], x.Fmod(0).ToDoubleArray(), "fmod by 0.0");
        Same([5, Inf, 0.5], x.Remainder(Inf).ToDoubleArray(), "remainder by inf");
    }

    [Fact]
    public void IntegerFmodAndRemainderAreExactAndRefuseZero()
    {
        using var a = L(5, -5, 7, -7, 0, long.MinValue, long.MaxValue, (1L << 60) + 1);
        using var b = L(3, 3, -3, -3, 2, -1, 1L << 40, -(1L << 59));
        Assert.Equal([2L, -2, 1, -1, 0, 0, long.MaxValue % (1L << 40), 1], Longs(a.Fmod(b)));
        Assert.Equal([2L, 1, -2, -1, 0, 0, long.MaxValue % (1L << 40), 1 - (1L << 59)], Longs(a.Remainder(b)));
        Assert.Equal([2L, -2, 1, -1, 0, -2, 1, 2], Longs(a.Fmod(3)));
        Assert.Equal([-1L, -2, -2, -1, 0, -2, -2, -1], Longs(a.Remainder(-3)));
        Assert.Equal("ZeroDivisionError", Fails(() => a.Fmod(L(1, 0, 1, 1, 1, 1, 1, 1))).Message);
        Assert.Equal("ZeroDivisionError", Fails(() => a.Remainder(0)).Message);
        Assert.Equal("ZeroDivisionError", Fails(() => a.Fmod(Tensor.Scalar(0, DType.Int64))).Message);
        // A float divisor (or float tensor) makes the result floating, as PyTorch's type promotion.
        using var f = a.Slice(0, 0, 5).Fmod(2.5);
        Assert.Equal(DType.Float32, f.DType);
        Assert.Equal([0.0, -0.0, 2, -2, 0], f.ToDoubleArray());
        Assert.Equal(DType.Float64, L(1, 2).Fmod(Tensor.Scalar(1.5, DType.Float64)).DType);   // a 0-dim of a higher category wins
        Assert.Equal(DType.Float64, L(1, 2).Fmod(D(1.5, 1.5)).DType);
        Assert.Equal(DType.Float32, D(1, 2).To(DType.Float32).Fmod(Tensor.Scalar(3, DType.Float64)).DType);
        using var t = Functions.CompareScalar(CompareOp.Gt, D(1, 0), 0);
        Assert.Equal("\"fmod_cpu\" not implemented for 'Bool'", Fails(() => t.Fmod(t)).Message);
        Assert.Equal("\"remainder_cpu\" not implemented for 'Bool'", Fails(() => t.Remainder(t)).Message);
    }

    [Fact]
    public void FmodBroadcastsAndWorksInPlace()
    {
        using var x = Tensor.Arange(-3, 3, 1, DType.Float64).Reshape(2, 3);
        using var y = D(2, -2, 4);
        Assert.Equal([-1.0, -0.0, -1, 0, 1, 2], x.Fmod(y).ToDoubleArray());
        Assert.Equal([1.0, -0.0, 3, 0, -1, 2], x.Remainder(y).ToDoubleArray());
        var z = x.Clone();
        Assert.Same(z, z.Remainder_(y));
        Assert.Equal([1.0, -0.0, 3, 0, -1, 2], z.ToDoubleArray());
        z.Fmod_(1.5);
        Assert.Equal([1.0, -0.0, 0, 0, -1, 0.5], z.ToDoubleArray());
        Assert.Equal("output with shape [3] doesn't match the broadcast shape [2, 3]", Fails(() => y.Clone().Fmod_(x)).Message);
        Assert.Equal("result type Float can't be cast to the desired output type Long", Fails(() => L(1, 2).Fmod_(2.5)).Message);
    }

    [Fact]
    public void ModuloNodesAndGradients()
    {
        var x = D(5, -5, 7).RequiresGrad_();
        var y = D(3, 3, -3).RequiresGrad_();
        var r = x.Fmod(y);
        Assert.Equal("FmodBackward1", r.GradFn!.Name);
        Assert.Equal("FmodBackward0", x.Fmod(2).GradFn!.Name);
        Assert.Equal("RemainderBackward1", x.Remainder(y).GradFn!.Name);
        Assert.Equal("RemainderBackward0", x.Remainder(2).GradFn!.Name);
        r.Sum().Backward();
        Assert.Equal([1.0, 1, 1], x.Grad!.ToDoubleArray());
        Assert.Equal([-1.0, 1, 2], y.Grad!.ToDoubleArray());   // -trunc(x / y)
        x.Grad = null; y.Grad = null;
        x.Remainder(y).Sum().Backward();
        Assert.Equal([-1.0, 2, 3], y.Grad!.ToDoubleArray());   // -floor(x / y)
    }

    // ---- hypot -----------------------------------------------------------------------------------

    [Fact]
    public void HypotAvoidsOverflowAndKeepsInfinities()
    {
        BothPaths([3, Inf, NaN, 0, -5], [4, NaN, -Inf, 0, 12], (x, y) => x.Hypot(y), [5, Inf, Inf, 0, 13], "hypot");
        Assert.Equal(1.414213562373095e-300, D(1e-300).Hypot(D(1e-300)).Item());   // PyTorch's value: no underflow
        Assert.Equal(Math.Sqrt(2) * 1e300, D(1e300).Hypot(D(1e300)).Item(), 1e286);
        Assert.Equal("\"hypot_cpu\" not implemented for 'Long'", Fails(() => L(3).Hypot(L(4))).Message);
        Assert.Equal(DType.Float32, D(3).To(DType.Float32).Hypot(L(4)).DType);
        var x = D(3, 0).RequiresGrad_();
        var y = D(4, 0).RequiresGrad_();
        var h = x.Hypot(y);
        Assert.Equal("HypotBackward0", h.GradFn!.Name);
        h.Sum().Backward();
        Same([0.6, NaN], x.Grad!.ToDoubleArray(), "d/dx");   // 0/0 at the origin, as PyTorch
        Same([0.8, NaN], y.Grad!.ToDoubleArray(), "d/dy");
    }

    // ---- nan_to_num / nansum ---------------------------------------------------------------------

    [Fact]
    public void NanToNumReplacesByDtypeLimits()
    {
        double[] v = [NaN, Inf, -Inf, 1.5, -0.0];
        Same([0, double.MaxValue, double.MinValue, 1.5, -0.0], D(v).NanToNum().ToDoubleArray(), "float64");
        Same([0, float.MaxValue, float.MinValue, 1.5, -0.0], D(v).To(DType.Float32).NanToNum().ToDoubleArray(), "float32");
        Same([1, Inf, -2, 1.5, -0.0], D(v).To(DType.Float32).NanToNum(1, 1e300, -2).ToDoubleArray(), "custom, float32 overflow");
        Assert.Equal([1L, -2], Longs(L(1, -2).NanToNum()));
        var z = D(v);
        Assert.Same(z, z.NanToNum_(nan: 7));
        Same([7, double.MaxValue, double.MinValue, 1.5, -0.0], z.ToDoubleArray(), "in place");
        var x = D(v).RequiresGrad_();
        var y = x.NanToNum();
        Assert.Equal("NanToNumBackward0", y.GradFn!.Name);
        y.Sum().Backward();
        Assert.Equal([0.0, 0, 0, 1, 1], x.Grad!.ToDoubleArray());
    }

    [Fact]
    public void NansumCountsNanAsZero()
    {
        using var x = D(NaN, 1, 2, NaN, 4, 5).Reshape(2, 3);
        Assert.Equal(12.0, x.Nansum([]).Item());
        Assert.Equal([0.0, 5, 7], x.Nansum([0]).ToDoubleArray());
        Assert.Equal([2, 1], x.Nansum([-1], keepdim: true).Shape);
        Assert.Equal([3.0, 9], x.Nansum([1]).ToDoubleArray());
        Assert.True(double.IsNaN(D(Inf, -Inf).Nansum([]).Item()));   // inf + -inf
        Assert.Equal([3L, 7], Longs(L(1, 2, 3, 4).Reshape(2, 2).Nansum([1])));
        var g = D(NaN, 1, 2, NaN, 4, 5).Reshape(2, 3).RequiresGrad_();
        var s = g.Nansum([1]);
        Assert.Equal("NansumBackward0", s.GradFn!.Name);
        s.Backward(D(10, 20));
        Assert.Equal([0.0, 10, 10, 0, 20, 20], g.Grad!.ToDoubleArray());
    }

    // ---- activations -----------------------------------------------------------------------------

    private static readonly double[] X = [-1000, -40, -4, -3, -1, -0.25, 0, 0.25, 1, 3, 4, 40, 1000];

    public static TheoryData<string, Func<Tensor, Tensor>, Func<double, double>, string> Activations() => new()
    {
        { "log_sigmoid", x => x.LogSigmoid(), x => x < 0 ? x - Math.Log(1 + Math.Exp(x)) : -Math.Log(1 + Math.Exp(-x)), "LogSigmoidBackward0" },
        { "hardsigmoid", x => x.Hardsigmoid(), x => Math.Clamp(x + 3, 0, 6) / 6, "HardsigmoidBackward0" },
        { "hardswish", x => x.Hardswish(), x => x * Math.Clamp(x + 3, 0, 6) / 6, "HardswishBackward0" },
        { "celu 0.5", x => x.Celu(0.5), x => x > 0 ? x : 0.5 * (Math.Exp(x / 0.5) - 1), "CeluBackward0" },
    };

    [Theory]
    [MemberData(nameof(Activations))]
    public void ActivationValuesAndNodes(string name, Func<Tensor, Tensor> f, Func<double, double> reference, string node)
    {
        foreach (var dt in new[] { DType.Float64, DType.Float32 })
        {
            var x = D(X).To(dt).RequiresGrad_();
            var y = f(x);
            Assert.Equal(node, y.GradFn!.Name);
            Assert.Equal(dt, y.DType);
            var got = y.ToDoubleArray();
            double tol = dt == DType.Float32 ? 1e-6 : 1e-14;
            for (int i = 0; i < X.Length; i++)
            {
                double want = reference(X[i]);
                Assert.True(Math.Abs(got[i] - want) <= tol * Math.Max(1, Math.Abs(want)), $"{name} {dt}({X[i]}) = {got[i]:R}, expected {want:R}");
            }
        }
        Assert.Contains("not implemented for 'Long'", Fails(() => f(L(1, 2))).Message);
    }

    [Fact]
    public void LogSigmoidIsStableForLargeInputs()
    {
        Assert.Equal([-1000.0, 0, -100], D(-1000, 1000, -100).LogSigmoid().ToDoubleArray());
        Assert.Equal(-Math.Exp(-100), D(100).LogSigmoid().Item(), 1e-58);
        var x = D(-1000, 1000, 0).RequiresGrad_();
        x.LogSigmoid().Sum().Backward();
        Assert.Equal([1.0, 0, 0.5], x.Grad!.ToDoubleArray());
    }

    [Fact]
    public void HardActivationSlopesAtTheEndsAreTorchs()
    {
        // PyTorch 1.13: hardsigmoid passes 1/6 (its float32 constant, in every dtype) strictly inside (-3, 3);
        // hardswish's slope is x/3 + 1/2 on [-3, 3].
        var x = D(-4, -3, -1, 0, 3, 4).RequiresGrad_();
        var g = Engine.Grad([x.Hardsigmoid().Sum()], [x])[0]!;
        Assert.Equal([0.0, 0, 1f / 6f, 1f / 6f, 0, 0], g.ToDoubleArray());
        var gs = Engine.Grad([x.Hardswish().Sum()], [x], createGraph: true)[0]!;
        Assert.Equal([0.0, -0.5, -1 / 3.0 + 0.5, 0.5, 1.5, 1], gs.ToDoubleArray());
        var gg = Engine.Grad([gs.Sum()], [x])[0]!;
        Assert.Equal([0.0, 0, 1 / 3.0, 1 / 3.0, 0, 0], gg.ToDoubleArray());
        var gc = Engine.Grad([x.Celu(0.5).Sum()], [x], createGraph: true)[0]!;
        Assert.Equal(1.0, gc.ToDoubleArray()[3]);
        Assert.Equal(0.0, Engine.Grad([gc.Sum()], [x])[0]!.ToDoubleArray()[3]);   // PyTorch's second derivative at 0
        Assert.Equal("ZeroDivisionError: alpha cannot be 0 for CELU", Fails(() => D(1).Celu(0)).Message);
        var z = D(-4, 0, 1);
        z.Hardswish_();
        Assert.Equal([-0.0, 0, 2 / 3.0], z.ToDoubleArray());
    }

    // ---- clamp with tensor bounds ----------------------------------------------------------------

    [Fact]
    public void ClampWithTensorBoundsPropagatesNanAndTakesMaxWhenBoundsCross()
    {
        using var x = D(1, 2, 3, 4, 5, NaN, 2, 3);
        using var lo = D(2, 2, 2, 2, 2, 2, NaN, 4);
        using var hi = D(4, 4, 4, 4, 4, 4, 4, 1);
        Same([2, 2, 3, 4, 4, NaN, NaN, 1], x.Clamp(lo, hi).ToDoubleArray(), "both");
        Same([2, 2, 3, 4, 5, NaN, NaN, 4], x.Clamp(lo, null).ToDoubleArray(), "min");
        Same([1, 2, 3, 4, 4, NaN, 2, 1], x.Clamp(null, hi).ToDoubleArray(), "max");
        Assert.Equal("torch.clamp: At least one of 'min' or 'max' must not be None", Fails(() => x.Clamp((Tensor?)null, null)).Message);
        // Broadcasting makes the result larger than self; dtypes promote over all three tensors.
        Assert.Equal([2, 2], D(1, 2).To(DType.Float32).Clamp(D(1.5, 2).Reshape(2, 1), null).Shape);
        Assert.Equal(DType.Float64, D(1, 2).To(DType.Float32).Clamp(D(1.5), null).DType);
        Assert.Equal(DType.Float32, D(1, 2).To(DType.Float32).Clamp(Tensor.Scalar(1.5, DType.Float64), null).DType);
        Assert.Equal([2L, 5, 6], Longs(L(1, 5, 9).Clamp(L(2), Tensor.Scalar(6, DType.Int64))));
        Assert.Equal(DType.Float32, L(1, 5, 9).Clamp(D(2.5).To(DType.Float32), null).DType);
        var z = D(1, 5, 9);
        Assert.Same(z, z.Clamp_(D(2), D(6)));
        Assert.Equal([2.0, 5, 6], z.ToDoubleArray());
        Assert.Equal("output with shape [3] doesn't match the broadcast shape [2, 3]", Fails(() => z.Clamp_(D(1, 2).Reshape(2, 1), null)).Message);
        Assert.Equal("result type Float can't be cast to the desired output type Long", Fails(() => L(1, 2).Clamp_(D(1.5).To(DType.Float32), null)).Message);
    }

    [Fact]
    public void ClampGradientsFollowTorchOnTiesAndCrossedBounds()
    {
        // PyTorch 1.13's gradients of clamp(x, lo, hi).sum(): ties go to x; NaN anywhere gives none.
        var x = D(1, 2, 3, 4, 5, NaN, 2).RequiresGrad_();
        var lo = D(2, 2, 2, 2, 2, 2, NaN).RequiresGrad_();
        var hi = D(4, 4, 4, 4, 4, 4, 4).RequiresGrad_();
        var y = x.Clamp(lo, hi);
        Assert.Equal("ClampBackward0", y.GradFn!.Name);
        y.Sum().Backward();
        Assert.Equal([0.0, 1, 1, 1, 0, 0, 0], x.Grad!.ToDoubleArray());
        Assert.Equal([1.0, 0, 0, 0, 0, 0, 0], lo.Grad!.ToDoubleArray());
        Assert.Equal([0.0, 0, 0, 0, 1, 0, 0], hi.Grad!.ToDoubleArray());
        // min > max: everything goes to max.
        var a = D(1, 3, 5).RequiresGrad_();
        var b = D(4, 4, 4).RequiresGrad_();
        var c = D(2, 2, 2).RequiresGrad_();
        a.Clamp(b, c).Sum().Backward();
        Assert.Equal([0.0, 0, 0], a.Grad!.ToDoubleArray());
        Assert.Equal([0.0, 0, 0], b.Grad!.ToDoubleArray());
        Assert.Equal([1.0, 1, 1], c.Grad!.ToDoubleArray());
        // One bound: min only, then max only (a 0-dim bound gets the summed gradient).
        var p = D(1, 3, 5).RequiresGrad_();
        var m = Tensor.Scalar(3, DType.Float64).RequiresGrad_();
        p.Clamp(m, null).Sum().Backward();
        Assert.Equal([0.0, 1, 1], p.Grad!.ToDoubleArray());
        Assert.Equal(1.0, m.Grad!.Item());
        p.Grad = null; m.Grad = null;
        p.Clamp(null, m).Sum().Backward();
        Assert.Equal([1.0, 1, 0], p.Grad!.ToDoubleArray());
        Assert.Equal(1.0, m.Grad!.Item());
    }
}
