using NativeGrad.Ops;
using Xunit;

namespace NativeGrad.Tests;

/// <summary>
/// autograd.grad(..., isGradsBatched: true) against a loop of plain backwards, over every gradcheck case
/// (so every differentiable op, whatever its batch rule), at first and second order and with create_graph.
/// </summary>
public class BatchedGradTests
{
    private const int B = 3;

    public static TheoryData<GradCheckTests.Case> All() => GradCheckTests.All();

    /// <summary>Seeds [B, *shape] from a fixed generator.</summary>
    private static Tensor Seeds(int[] shape, int seed)
    {
        Tensor.ManualSeed(seed);
        return Tensor.Randn([B, .. shape], DType.Float64);
    }

    /// <summary>The gradients one plain backward per seed gives, stacked (zeros for unused inputs).</summary>
    private static Tensor[] Looped(Tensor y, Tensor[] x, Tensor seeds, bool createGraph = false)
    {
        var rows = new Tensor[x.Length][];
        for (int i = 0; i < x.Length; i++) rows[i] = new Tensor[B];
        for (int b = 0; b < B; b++)
        {
            var g = Engine.Grad([y], x, [seeds.Select(0, b)], retainGraph: true, createGraph: createGraph, allowUnused: true);
            for (int i = 0; i < x.Length; i++) rows[i][b] = g[i] ?? x[i].ZerosLike();
        }
        return rows.Select(r => Tensor.Stack(r, 0)).ToArray();
    }

    private static Tensor[] Batched(Tensor y, Tensor[] x, Tensor seeds, bool createGraph = false)
    {
        var g = Engine.Grad([y], x, [seeds], retainGraph: true, createGraph: createGraph, allowUnused: true, isGradsBatched: true);
        return g.Select((gi, i) => gi ?? Tensor.Zeros([B, .. x[i].Shape], DType.Float64)).ToArray();
    }

    private static void Close(Tensor[] expected, Tensor[] actual, string what)
    {
        for (int i = 0; i < expected.Length; i++)
        {
            Assert.Equal(expected[i].Shape, actual[i].Shape);
            var e = expected[i].ToDoubleArray();
            var a = actual[i].ToDoubleArray();
            for (int k = 0; k < e.Length; k++)
                Assert.True(Math.Abs(e[k] - a[k]) <= 1e-9 * (1 + Math.Abs(e[k])) || (double.IsNaN(e[k]) && double.IsNaN(a[k])),
                    $"{what}: input {i} element {k}: looped {e[k]}, batched {a[k]}");
        }
    }

    [Theory]
    [MemberData(nameof(All))]
    public void FirstOrderEqualsLoop(GradCheckTests.Case c)
    {
        var x = GradCheckTests.Inputs(c, 4);
        var y = c.F(x);
        var seeds = Seeds(y.Shape, 5);
        Close(Looped(y, x, seeds), Batched(y, x, seeds), c.Name);
    }

    /// <summary>Batched through the graph a create_graph gradient recorded: the derivative formulas' own nodes
    /// (the backward ops) take the batch too. This is hessian(vectorize=True)'s walk.</summary>
    [Theory]
    [MemberData(nameof(All))]
    public void SecondOrderEqualsLoop(GradCheckTests.Case c)
    {
        var x = GradCheckTests.Inputs(c, 6);
        var y = c.F(x);
        Tensor.ManualSeed(7);
        var v = Tensor.Randn(y.Shape, DType.Float64);
        var g = Engine.Grad([y], x, [v], createGraph: true, allowUnused: true);
        var total = g.Where(t => t is { RequiresGrad: true }).Select(t => t!.Reshape(-1)).ToArray();
        if (total.Length == 0) return;   // a linear op: the gradient does not depend on x
        var flat = Tensor.Cat(total);
        var seeds = Seeds(flat.Shape, 8);
        Close(Looped(flat, x, seeds), Batched(flat, x, seeds), c.Name);
    }

    /// <summary>create_graph during a batched backward records a graph of the batched gradients that differentiates
    /// like the looped one.</summary>
    [Theory]
    [MemberData(nameof(All))]
    public void CreateGraphEqualsLoop(GradCheckTests.Case c)
    {
        var x = GradCheckTests.Inputs(c, 9);
        var y = c.F(x);
        var seeds = Seeds(y.Shape, 10);
        var looped = Looped(y, x, seeds, createGraph: true);
        var batched = Batched(y, x, seeds, createGraph: true);
        Close(looped, batched, c.Name);
        Tensor.ManualSeed(11);
        var w = looped.Select(t => Tensor.Randn(t.Shape, DType.Float64)).ToArray();
        Tensor Weighted(Tensor[] gs)
        {
            Tensor? s = null;
            for (int i = 0; i < gs.Length; i++)
                if (gs[i].RequiresGrad) s = s is null ? (gs[i] * w[i]).Sum() : s + (gs[i] * w[i]).Sum();
            return s ?? Tensor.Zeros([], DType.Float64);
        }
        var ls = Weighted(looped);
        var bs = Weighted(batched);
        Assert.Equal(ls.RequiresGrad, bs.RequiresGrad);
        if (!ls.RequiresGrad) return;
        var lg = Engine.Grad([ls], x, retainGraph: true, allowUnused: true).Select((t, i) => t ?? x[i].ZerosLike()).ToArray();
        var bg = Engine.Grad([bs], x, allowUnused: true).Select((t, i) => t ?? x[i].ZerosLike()).ToArray();
        Close(lg, bg, c.Name + " (differentiated again)");
    }

    /// <summary>The common ops take the batch whole: a small MLP's Jacobian and its gradient's Jacobian run no node per sample.</summary>
    [Fact]
    public void MlpRunsNoNodePerSample()
    {
        Tensor.ManualSeed(1);
        var w1 = Tensor.Randn([5, 4], DType.Float64);
        var w2 = Tensor.Randn([3, 5], DType.Float64);
        var bias = Tensor.Randn([5], DType.Float64);
        var x = Tensor.Randn([2, 4], DType.Float64).RequiresGrad_();
        var y = Functions.Linear(x, w1, bias).Tanh();
        var z = (y.Matmul(w2.T()).Softmax(-1) * y.Sum(1, keepdim: true).Sigmoid().Unsqueeze(2).Squeeze(2)).LogSoftmax(1).Exp().Mean(0);
        var seeds = Tensor.Eye(3, dtype: DType.Float64);
        var jac = Engine.Grad([z], [x], [seeds], retainGraph: true, isGradsBatched: true)[0]!;
        Assert.Equal(0, Engine.LastPerSliceNodes);
        var g = Engine.Grad([z.Sum()], [x], createGraph: true)[0]!;
        var h = Engine.Grad([g.Reshape(-1)], [x], [Tensor.Eye(8, dtype: DType.Float64)], isGradsBatched: true)[0]!;
        Assert.Equal(0, Engine.LastPerSliceNodes);
        Assert.Equal([3, 2, 4], jac.Shape);
        Assert.Equal([8, 2, 4], h.Shape);
        // The Hessian of a scalar function is symmetric.
        var hm = h.Reshape(8, 8);
        Close([hm], [hm.T().Contiguous()], "hessian symmetry");
    }

    [Fact]
    public void PerSampleFallbackIsCounted()
    {
        var x = Tensor.FromArray([3.0, 1.0, 2.0]).RequiresGrad_();
        var y = x.Sort(0).Values * 2.0;
        var g = Engine.Grad([y], [x], [Tensor.Eye(3, dtype: DType.Float64)], isGradsBatched: true)[0]!;
        Assert.Equal(1, Engine.LastPerSliceNodes);
        Assert.Equal(new double[] { 0, 2, 0, 0, 0, 2, 2, 0, 0 }, g.ToDoubleArray());
    }

    [Fact]
    public void SeveralOutputsShareOneBatch()
    {
        var x = Tensor.FromArray([1.0, 2.0]).RequiresGrad_();
        var a = x * x;
        var s = x.Sum();
        var g = Engine.Grad([a, s], [x], [Tensor.FromArray([1.0, 0, 0, 1], 2, 2), Tensor.FromArray([10.0, 20.0])], isGradsBatched: true)[0]!;
        Assert.Equal(new double[] { 12, 10, 20, 24 }, g.ToDoubleArray());
    }

    [Fact]
    public void ZeroSeedsGiveEmptyBatches()
    {
        var x = Tensor.FromArray([1.0, 2.0]).RequiresGrad_();
        var y = x.Sort(0).Values * x;
        var g = Engine.Grad([y], [x], [Tensor.Zeros([0, 2], DType.Float64)], isGradsBatched: true)[0]!;
        Assert.Equal([0, 2], g.Shape);
    }

    [Fact]
    public void ErrorsAreClear()
    {
        var x = Tensor.FromArray([1.0, 2.0, 3.0]).RequiresGrad_();
        var y = x * x;
        var e = Assert.Throws<NativeGradException>(() => Engine.Grad([y], [x], [Tensor.Ones([2, 4], DType.Float64)], retainGraph: true, isGradsBatched: true));
        Assert.StartsWith("If `is_grads_batched=True`, we interpret the first dimension of each grad_output as the batch dimension.", e.Message);
        // PyTorch 1.13 prints grad_output[0][0].shape[1:] here (the batch dim stripped twice): [] for [2, 4].
        Assert.Contains("grad_output[0] has a shape of torch.Size([]) and output[0] has a shape of torch.Size([3])", e.Message);
        e = Assert.Throws<NativeGradException>(() => Engine.Grad([y], [x], [Tensor.Ones([], DType.Float64)], retainGraph: true, isGradsBatched: true));
        Assert.Contains("grad_output[0] has a shape of torch.Size([])", e.Message);
        e = Assert.Throws<NativeGradException>(() => Engine.Grad([y], [x], null, retainGraph: true, isGradsBatched: true));
        Assert.Contains("grad_outputs", e.Message);
        e = Assert.Throws<NativeGradException>(() => Engine.Grad([y, y.Sum()], [x], [Tensor.Ones([2, 3], DType.Float64), Tensor.Ones([3], DType.Float64)], retainGraph: true, isGradsBatched: true));
        Assert.Equal("vmap: Expected all tensors to have the same size in the mapped dimension, got sizes [2, 3] for the mapped dimension", e.Message);
        var z = x * 1.0;
        z.RetainGrad();
        e = Assert.Throws<NativeGradException>(() => Engine.Grad([z * 2.0], [x], [Tensor.Eye(3, dtype: DType.Float64)], isGradsBatched: true));
        Assert.Contains("retain_grad()", e.Message);
    }

    [Fact]
    public void HooksSeeOneSampleAtATime()
    {
        var x = Tensor.FromArray([1.0, 2.0, 3.0]).RequiresGrad_();
        var y = x * 2.0;
        var seen = new List<int[]>();
        y.RegisterHook(g => { seen.Add(g.Shape); return g * 10.0; });
        var g = Engine.Grad([y * 1.0], [x], [Tensor.Eye(3, dtype: DType.Float64)], isGradsBatched: true)[0]!;
        Assert.Equal(3, seen.Count);
        Assert.All(seen, s => Assert.Equal([3], s));
        Assert.Equal(new double[] { 20, 0, 0, 0, 20, 0, 0, 0, 20 }, g.ToDoubleArray());
    }
}
