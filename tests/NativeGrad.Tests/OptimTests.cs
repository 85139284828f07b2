using NativeGrad.Optim;
using Xunit;

namespace NativeGrad.Tests;

/// <summary>The fused optimizer updates against the textbook formulas, computed here in double.</summary>
public class OptimTests
{
    private static void Close(double[] expected, double[] actual, int digits)
    {
        Assert.Equal(expected.Length, actual.Length);
        for (int i = 0; i < expected.Length; i++) Assert.Equal(expected[i], actual[i], digits);
    }

    [Fact]
    public void SgdWithMomentumAndNesterovFollowsTheFormula()
    {
        var p = Tensor.FromArray([1.0, -2.0]);
        var g = Tensor.FromArray([0.5, 0.25]);
        var buf = Tensor.Zeros([2], DType.Float64);
        Updates.Sgd(p, g, buf, firstStep: true, lr: 0.1, momentum: 0.9, weightDecay: 0.01, nesterov: true);
        // d = g + wd p; buf = d; d = d + m buf; p -= lr d
        double d0 = 0.5 + 0.01 * 1.0, d1 = 0.25 + 0.01 * -2.0;
        Close(new[] { 1.0 - 0.1 * (d0 + 0.9 * d0), -2.0 - 0.1 * (d1 + 0.9 * d1) }, p.ToDoubleArray(), 12);
        Close(new[] { d0, d1 }, buf.ToDoubleArray(), 12);
    }

    [Fact]
    public void AdamFirstStepMovesEachParameterByLr()
    {
        // With bias correction, Adam's first step is lr * g / (|g| + eps') = lr * sign(g).
        var p = Tensor.FromArray([1.0, 2.0, 3.0]);
        var g = Tensor.FromArray([0.3, -5.0, 1e-3]);
        var m = Tensor.Zeros([3], DType.Float64);
        var v = Tensor.Zeros([3], DType.Float64);
        Updates.Adam(p, g, m, v, step: 1, lr: 0.01, eps: 0);
        Close(new[] { 0.99, 2.01, 2.99 }, p.ToDoubleArray(), 10);
    }

    [Fact]
    public void AdamWDecaysWeightsDecoupled()
    {
        var p = Tensor.FromArray([2.0]);
        var g = Tensor.FromArray([0.0]);
        Updates.Adam(p, g, Tensor.Zeros([1], DType.Float64), Tensor.Zeros([1], DType.Float64), 1, lr: 0.1, weightDecay: 0.5, decoupled: true);
        Assert.Equal(2.0 * (1 - 0.1 * 0.5), p.Item(), 12);
    }

    [Fact]
    public void UpdatesRejectMismatchedShapesAndMissingState()
    {
        var p = Tensor.Zeros([3]);
        Assert.Throws<NativeGradException>(() => Updates.Sgd(p, Tensor.Zeros([2]), null, true, 0.1));
        Assert.Throws<NativeGradException>(() => Updates.Sgd(p, Tensor.Zeros([3]), null, true, 0.1, momentum: 0.9));
        Assert.Throws<NativeGradException>(() => Updates.Adam(p, Tensor.Zeros([3]), Tensor.Zeros([3]), Tensor.Zeros([2]), 1, 0.1));
        Assert.Throws<NativeGradException>(() => Updates.Sgd(p, Tensor.Zeros([3], DType.Float64), null, true, 0.1));
    }

    [Fact]
    public void ClipGradNormScalesToMaxNormAndReturnsTotal()
    {
        var a = Tensor.FromArray([3.0, 0.0]);
        var b = Tensor.FromArray([4.0]);
        var total = Updates.ClipGradNorm([a, b], maxNorm: 1.0);
        Assert.Equal(5.0, total.Item(), 12);
        double scale = 1.0 / (5.0 + 1e-6);
        Close(new[] { 3 * scale, 0 }, a.ToDoubleArray(), 12);
        Assert.Equal(4 * scale, b.Item(), 12);
        var inf = Updates.ClipGradNorm([Tensor.FromArray([-7.0, 2.0])], 100, double.PositiveInfinity);
        Assert.Equal(7.0, inf.Item());
    }

    [Fact]
    public void ClipGradValueClamps()
    {
        var g = Tensor.FromArray([-3f, 0.5f, 2f]);
        Updates.ClipGradValue([g], 1.0);
        Assert.Equal(new[] { -1.0, 0.5, 1.0 }, g.ToDoubleArray());
    }

    [Fact]
    public void TrainingALinearModelReducesTheLoss()
    {
        Tensor.ManualSeed(3);
        var w = Tensor.Randn([1, 3]).RequiresGrad_();
        var b = Tensor.Zeros([1]).RequiresGrad_();
        var x = Tensor.Randn([16, 3]);
        var y = Ops.Functions.Linear(x, Tensor.FromArray([1f, -2f, 0.5f], 1, 3), Tensor.FromArray([0.3f]));
        double first = 0, last = 0;
        for (int i = 0; i < 100; i++)
        {
            using var scope = new TensorScope();
            var loss = Ops.Functions.MseLoss(Ops.Functions.Linear(x, w, b), y);
            if (i == 0) first = loss.Item();
            last = loss.Item();
            loss.Backward();
            Updates.Sgd(w, w.Grad!, null, true, 0.1);
            Updates.Sgd(b, b.Grad!, null, true, 0.1);
            w.Grad!.Zero_(); b.Grad!.Zero_();
        }
        Assert.True(last < first * 0.01, $"loss {first} -> {last}");
    }

    /// <summary>The vector and scalar paths of the fused updates agree bitwise on every length 0..257.</summary>
    [Theory]
    [InlineData(DType.Float32)]
    [InlineData(DType.Float64)]
    public void UpdateKernelsVectorAndScalarPathsAgree(DType dtype)
    {
        for (int n = 0; n <= 257; n++) UpdatesAgreeWithTheScalarPath(dtype, n);
    }

    /// <summary>Large parameters are updated in chunks on the worker pool (the scalar path never
    /// splits): the result is bitwise the single-threaded scalar one, last partial chunk included.</summary>
    [Theory]
    [InlineData(DType.Float32, 65_536)]
    [InlineData(DType.Float32, 200_003)]
    [InlineData(DType.Float64, 131_077)]
    public void SplitUpdatesOfLargeParametersMatchTheScalarPath(DType dtype, int n) => UpdatesAgreeWithTheScalarPath(dtype, n);

    private static void UpdatesAgreeWithTheScalarPath(DType dtype, int n)
    {
        double[][] Run(bool scalar)
        {
            Kernels.Simd.ForceScalar = scalar;
            try
            {
                // Inputs from a local generator: the library's RNG is process-wide, and a test
                // running in parallel could draw from it between the two runs compared here.
                var rnd = new System.Random(n);
                Tensor Draw() => Tensor.FromArray(Enumerable.Range(0, n).Select(_ => rnd.NextDouble() * 4 - 2).ToArray()).To(dtype);
                var p1 = Draw(); var g = Draw(); var buf = Tensor.Zeros([n], dtype);
                var p2 = Draw(); var m = Tensor.Zeros([n], dtype); var v = Tensor.Zeros([n], dtype); var vmax = Tensor.Zeros([n], dtype);
                for (int step = 1; step <= 3; step++)
                {
                    Updates.Sgd(p1, g, buf, step == 1, 0.1, momentum: 0.9, dampening: 0.1, weightDecay: 0.01, nesterov: false);
                    Updates.Adam(p2, g, m, v, step, 0.01, weightDecay: 0.1, decoupled: step % 2 == 0, maxExpAvgSq: vmax);
                }
                return [p1.ToDoubleArray(), buf.ToDoubleArray(), p2.ToDoubleArray(), m.ToDoubleArray(), v.ToDoubleArray(), vmax.ToDoubleArray()];
            }
            finally { Kernels.Simd.ForceScalar = false; }
        }
        var vec = Run(false);
        var sca = Run(true);
        for (int k = 0; k < vec.Length; k++) Assert.Equal(sca[k], vec[k]);
    }

    /// <summary>zero_grad as PyTorch 1.13: a gradient with a graph (create_graph) is detached, then zeroed in place.</summary>
    [Fact]
    public void ZeroGradDetachesAGradientWithAGraph()
    {
        var p = Tensor.FromArray([1.0, 2.0]).RequiresGrad_();
        var q = Tensor.FromArray([3.0]).RequiresGrad_();
        (p * p).Sum().Backward(createGraph: true);
        Assert.NotNull(p.Grad!.GradFn);
        Updates.ZeroGrad([p, q]);
        Assert.Null(p.Grad!.GradFn);
        Assert.Equal(new[] { 0.0, 0.0 }, p.Grad!.ToDoubleArray());
        Assert.Null(q.Grad);
        Updates.ZeroGrad([p], setToNone: true);
        Assert.Null(p.Grad);
    }

    /// <summary>The batched SGD step equals per-parameter updates, makes momentum buffers on the first step and skips gradient-less parameters.</summary>
    [Fact]
    public void SgdStepOverAParameterList()
    {
        var p = Tensor.FromArray([1.0, -2.0]).RequiresGrad_();
        var q = Tensor.FromArray([4.0]).RequiresGrad_();
        var bufs = new Tensor?[2];
        var had = new bool[2];
        for (int step = 0; step < 2; step++)
        {
            p.Grad = null;
            (p * p).Sum().Backward();
            Updates.SgdStep([p, q], bufs, had, lr: 0.1, momentum: 0.5, weightDecay: 0.01);
        }
        Assert.Equal(new[] { true, false }, had);
        Assert.Null(bufs[1]);
        // By hand: g = 2p + 0.01 p; buf1 = g1; p1 = p0 - 0.1 g1; buf2 = 0.5 buf1 + g2; p2 = p1 - 0.1 buf2.
        double[] expect = new[] { 1.0, -2.0 }.Select(p0 =>
        {
            double g1 = 2.01 * p0, p1 = p0 - 0.1 * g1, g2 = 2.01 * p1, b2 = 0.5 * g1 + g2;
            return p1 - 0.1 * b2;
        }).ToArray();
        var got = p.ToDoubleArray();
        for (int i = 0; i < 2; i++) Assert.Equal(expect[i], got[i], 14);
        Assert.Equal(new[] { 4.0 }, q.ToDoubleArray());
    }
}
