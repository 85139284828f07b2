using Xunit;

namespace NativeGrad.Tests;

/// <summary>Autograd semantics of SPEC §2, values checked against what PyTorch prints for the seeds.</summary>
public class AutogradTests
{
    private static Tensor S(double v, bool grad = false) => Tensor.Scalar(v).RequiresGrad_(grad);

    [Fact]
    public void SeedCode2_PowLogBackward()
    {
        var x = S(5, grad: true);
        var y = x.Pow(3);
        var z = y.Log();
        Assert.Equal("tensor(125., grad_fn=<PowBackward0>)", y.ToString());
        Assert.Equal("tensor(4.8283, grad_fn=<LogBackward0>)", z.ToString());
        Assert.True(x.IsLeaf); Assert.False(y.IsLeaf);
        Assert.Null(x.GradFn);
        Assert.Equal("PowBackward0", y.GradFn!.Name);
        Assert.Equal("AccumulateGrad", y.GradFn.NextFunctions[0].Node!.Name);
        Assert.Same(y.GradFn, z.GradFn!.NextFunctions[0].Node);
        z.Backward();
        Assert.Equal(0.6000000238418579, x.Grad!.Item());
        Assert.Null(y.Grad);
        var e = Assert.Throws<NativeGradException>(() => z.Backward());
        Assert.StartsWith("Trying to backward through the graph a second time", e.Message);
        Assert.Equal(ErrorKind.Autograd, e.Kind);
    }

    [Fact]
    public void RetainGraphAccumulatesAndZeroResets()
    {
        var x = S(5, grad: true);
        var z = x.Pow(3).Log();
        z.Backward(retainGraph: true);
        z.Backward(retainGraph: true);
        Assert.Equal(1.2000000476837158, x.Grad!.Item());
        x.Grad.Zero_();
        z.Backward();
        Assert.Equal(0.6000000238418579, x.Grad.Item());
    }

    [Fact]
    public void RetainGradKeepsNonLeafGradients()
    {
        var x = S(5, grad: true);
        var y = x.Pow(3);
        var z = y.Log();
        y.RetainGrad(); z.RetainGrad();
        Assert.True(y.RetainsGrad);
        z.Backward();
        Assert.Equal(0.00800000037997961, y.Grad!.Item());
        Assert.Equal(1.0, z.Grad!.Item());
    }

    [Fact]
    public void SeedCode7_TwoPathsAccumulate()
    {
        var x = S(5, grad: true);
        var z = x.Pow(3).Log() + x.Pow(2).Sqrt();
        Assert.Equal("AddBackward0", z.GradFn!.Name);
        z.Backward();
        Assert.Equal(1.600000023841858, x.Grad!.Item());
    }

    [Fact]
    public void SeedCode8_TensorExponent()
    {
        var q = S(3, grad: true);
        var x = S(5, grad: true);
        var y = x.Pow(q);
        Assert.Equal("PowBackward1", y.GradFn!.Name);
        y.Log().Backward();
        Assert.Equal(1.6094380617141724, q.Grad!.Item());
        Assert.Equal(0.6000000238418579, x.Grad!.Item());
    }

    [Fact]
    public void SeedCode10_DetachCutsTheGraph()
    {
        var x = S(5, grad: true);
        var y = x * Tensor.FromArray([2f, 3f, 5f]);
        var w = y.Detach();
        var z = w.Matmul(Tensor.FromArray([4f, 7f, 9f]));
        Assert.Equal("tensor(370.)", z.ToString());
        Assert.False(w.RequiresGrad);
        var e = Assert.Throws<NativeGradException>(() => z.Backward());
        Assert.Equal("element 0 of tensors does not require grad and does not have a grad_fn", e.Message);
        w.RequiresGrad_();
        var z2 = w.Matmul(Tensor.FromArray([4f, 7f, 9f]));
        Assert.Equal("DotBackward0", z2.GradFn!.Name);
        z2.Backward();
        Assert.Null(x.Grad);
        Assert.Equal("tensor([4., 7., 9.])", w.Grad!.ToString());
    }

    [Fact]
    public void SeedCode12And13_SecondDerivativeNeedsCreateGraph()
    {
        var x = S(5, grad: true);
        x.Pow(3).Log().Backward();
        Assert.False(x.Grad!.RequiresGrad);
        Assert.Throws<NativeGradException>(() => Autograd.Grad(x.Grad, x));

        var x2 = S(5, grad: true);
        x2.Pow(3).Log().Backward(createGraph: true);
        Assert.True(x2.Grad!.RequiresGrad);
        var second = Autograd.Grad(x2.Grad, x2);
        Assert.Equal(-0.12, second.Item(), 6);   // d2/dx2 3 log x = -3/x^2
    }

    [Fact]
    public void Seed000_HessianVectorProductThroughNorm()
    {
        var a = Tensor.Arange(0, 5, 1, DType.Float64).RequiresGrad_();
        var g = Autograd.Grad([(a * a).Mean()], [a], createGraph: true)[0]!;
        Assert.Equal("tensor([0.0000, 0.4000, 0.8000, 1.2000, 1.6000], dtype=torch.float64,\n       grad_fn=<AddBackward0>)", g.ToString());   // as PyTorch: two paths through a*a
        var c = g.Norm(2, [0]);
        c.Backward();
        Assert.Equal("tensor([0.0000, 0.0730, 0.1461, 0.2191, 0.2921], dtype=torch.float64)", a.Grad!.ToString());
    }

    [Fact]
    public void Seed000_GradientOfConstantDoesNotRequireGrad()
    {
        var a = Tensor.Arange(0, 5, 1, DType.Float64).RequiresGrad_();
        var g = Autograd.Grad([(a + 10).Mean()], [a], createGraph: true)[0]!;
        Assert.False(g.RequiresGrad);
        var e = Assert.Throws<NativeGradException>(() => g.Norm(2, [0]).Backward());
        Assert.Equal("element 0 of tensors does not require grad and does not have a grad_fn", e.Message);
    }

    /// <summary>autograd.grad checks the outputs before the inputs, as PyTorch (issue 10).</summary>
    [Fact]
    public void GradChecksOutputsBeforeInputs()
    {
        var y = Tensor.FromArray([2.0]);
        var e = Assert.Throws<NativeGradException>(() => Autograd.Grad([y * 2.0], [y]));
        Assert.Equal("element 0 of tensors does not require grad and does not have a grad_fn", e.Message);
        var x = Tensor.FromArray([1.0]).RequiresGrad_();
        e = Assert.Throws<NativeGradException>(() => Autograd.Grad([x * 2.0], [y]));
        Assert.Equal("One of the differentiated Tensors does not require grad", e.Message);
    }

    [Fact]
    public void AutogradGradReturnsAndLeavesGradUntouched()
    {
        var a = Tensor.Arange(0, 5, 1, DType.Float64).RequiresGrad_();
        var g = Autograd.Grad([a.Mean()], [a]);
        Assert.Equal("tensor([0.2000, 0.2000, 0.2000, 0.2000, 0.2000], dtype=torch.float64)", g[0]!.ToString());
        Assert.Null(a.Grad);
    }

    [Fact]
    public void AutogradGradForNonLeafAndAllowUnused()
    {
        var x = Tensor.FromArray([1.0, 2.0]).RequiresGrad_();
        var u = Tensor.FromArray([3.0]).RequiresGrad_();
        var h = x * 3.0;
        var y = (h * h).Sum();
        var g = Autograd.Grad([y], [h, u], allowUnused: true);
        Assert.Equal(new[] { 6.0, 12.0 }, g[0]!.ToDoubleArray());
        Assert.Null(g[1]);
        var e = Assert.Throws<NativeGradException>(() => Autograd.Grad([(x * 2.0).Sum()], [x, u]));
        Assert.StartsWith("One of the differentiated Tensors appears to not have been used in the graph", e.Message);
    }

    [Fact]
    public void BackwardWithGradientAndShapeChecks()
    {
        var x = Tensor.FromArray([0f, 1, 2, 3], 4, 1).RequiresGrad_();
        var z = x * 2.0 * x;
        var e = Assert.Throws<NativeGradException>(() => z.Backward());
        Assert.Equal("grad can be implicitly created only for scalar outputs", e.Message);
        var bad = Assert.Throws<NativeGradException>(() => z.Backward(Tensor.Ones([3])));
        Assert.Equal("Mismatch in shape: grad_output[0] has a shape of torch.Size([3]) and output[0] has a shape of torch.Size([4, 1]).", bad.Message);
        z.Backward(Tensor.FromArray([10f, 1f, .1f, .01f], 4, 1));
        Assert.Equal("tensor([[0.0000],\n        [4.0000],\n        [0.8000],\n        [0.1200]])", x.Grad!.ToString());
    }

    [Fact]
    public void Seed002_MmAndPrinting()
    {
        var x = Tensor.Arange(0, 4, 1, DType.Float32).Reshape(4, 1).RequiresGrad_();
        var y = 2.0 * x.T().Mm(x);
        Assert.Equal("tensor([[28.]], grad_fn=<MulBackward0>)", y.ToString());
        y.Backward();
        Assert.Equal("tensor([[ 0.],\n        [ 4.],\n        [ 8.],\n        [12.]])", x.Grad!.ToString());
        Assert.Equal(0, (x.Grad - 4.0 * x).Norm().Item());
        Assert.Equal("tensor(0., grad_fn=<NormBackward1>)", (x.Grad - 4.0 * x).Norm().ToString());
    }

    [Fact]
    public void NoGradEnableGradNestAndAreThreadLocal()
    {
        var a = Tensor.Ones([5]).RequiresGrad_();
        Tensor b;
        using (Autograd.NoGrad())
        {
            Assert.False((a * 2.0).RequiresGrad);
            using (Autograd.EnableGrad()) b = 2.0 * a.Mean();
            bool other = true;
            var t = new Thread(() => other = Autograd.IsGradEnabled);
            t.Start(); t.Join();
            Assert.True(other);
        }
        Assert.True(Autograd.IsGradEnabled);
        b.Backward();
        Assert.Equal("tensor([0.4000, 0.4000, 0.4000, 0.4000, 0.4000])", a.Grad!.ToString());
    }

    [Fact]
    public void CloneKeepsGraphDetachSharesStorage()
    {
        var a = Tensor.Arange(0, 5, 1, DType.Float64).RequiresGrad_();
        var b = a.Clone();
        Assert.Equal("CloneBackward0", b.GradFn!.Name);
        (b + 10).Mean().Backward();
        Assert.Null(b.Grad);
        Assert.Equal(new[] { .2, .2, .2, .2, .2 }, a.Grad!.ToDoubleArray());
        var d = a.Detach();
        using (Autograd.NoGrad()) d.Fill_(7);
        Assert.Equal(7, a.ToDoubleArray()[0]);
        Assert.True(d.IsLeaf);
    }

    [Fact]
    public void RequiresGradRules()
    {
        var i = Tensor.Arange(0, 3);
        Assert.Equal(DType.Int64, i.DType);
        var e = Assert.Throws<NativeGradException>(() => i.RequiresGrad_());
        Assert.Equal("only Tensors of floating point dtype can require gradients", e.Message);
        var x = Tensor.Ones([2]).RequiresGrad_();
        var y = x * 2.0;
        var e2 = Assert.Throws<NativeGradException>(() => y.RequiresGrad_(false));
        Assert.StartsWith("you can only change requires_grad flags of leaf variables.", e2.Message);
    }

    [Fact]
    public void ShapeAndDtypeErrorsNameBoth()
    {
        var e = Assert.Throws<NativeGradException>(() => Tensor.Ones([3]) + Tensor.Ones([4]));
        Assert.Contains("[3]", e.Message); Assert.Contains("[4]", e.Message);
        Assert.Equal(ErrorKind.Shape, e.Kind);
        var m = Assert.Throws<NativeGradException>(() => Tensor.Ones([2, 3]).Mm(Tensor.Ones([4, 5])));
        Assert.Equal("mat1 and mat2 shapes cannot be multiplied (2x3 and 4x5)", m.Message);
        var d = Assert.Throws<NativeGradException>(() => Tensor.Ones([2, 3]).Mm(Tensor.Ones([3, 5], DType.Float64)));
        Assert.Contains("torch.float32", d.Message); Assert.Contains("torch.float64", d.Message);
        Assert.Equal(ErrorKind.Dtype, d.Kind);
        var r = Assert.Throws<NativeGradException>(() => Tensor.Ones([2, 3]).Reshape(4));
        Assert.Equal("shape '[4]' is invalid for input of size 6", r.Message);
        var dim = Assert.Throws<NativeGradException>(() => Tensor.Ones([2, 3]).Sum(5));
        Assert.Equal(ErrorKind.Index, dim.Kind);
        Assert.Throws<NativeGradException>(() => Tensor.Zeros([-1]));
    }

    [Fact]
    public void UseAfterDisposeIsAnErrorNotACrash()
    {
        var t = Tensor.Ones([3]);
        var keep = Tensor.Ones([3]);
        t.Dispose();
        t.Dispose();
        var e = Assert.Throws<NativeGradException>(() => t.Sum());
        Assert.Equal(ErrorKind.ReleasedHandle, e.Kind);
        Assert.Equal(3, keep.Sum().Item());
    }

    [Fact]
    public void BroadcastGradientsSumBackToInputShapes()
    {
        var a = Tensor.Ones([2, 3]).RequiresGrad_();
        var b = Tensor.FromArray([1f, 2f, 3f]).RequiresGrad_();
        (a * b).Sum().Backward();
        Assert.Equal(new[] { 2.0, 2.0, 2.0 }, b.Grad!.ToDoubleArray());
        Assert.Equal(new[] { 1.0, 2, 3, 1, 2, 3 }, a.Grad!.ToDoubleArray());
    }

    [Fact]
    public void DotProductAndComparisons()
    {
        var a = Tensor.FromArray([0.1136f]).RequiresGrad_();
        var d = a * 16384.0;
        d.Backward();
        var eq = a.Grad!.Eq(d / a);
        Assert.Equal(DType.Bool, eq.DType);
        Assert.Equal("tensor([True])", eq.ToString());
    }

    [Fact]
    public void HooksCanReplaceTheGradient()
    {
        var x = Tensor.FromArray([1.0, 2.0]).RequiresGrad_();
        var y = x * 3.0;
        y.RegisterHook(g => g * 10.0);
        y.Sum().Backward();
        Assert.Equal(new[] { 30.0, 30.0 }, x.Grad!.ToDoubleArray());
    }

    /// <summary>x * x computes its two (equal) gradients once; first and second order stay exact, and
    /// the gradient's graph is PyTorch's (the two contributions summed by AddBackward0).</summary>
    [Fact]
    public void SquareByMultiplicationGradients()
    {
        var x = Tensor.FromArray([1.5, -2.0, 0.25]).RequiresGrad_();
        var g = Engine.Grad([(x * x).Sum()], [x], createGraph: true)[0]!;
        Assert.Equal(new[] { 3.0, -4.0, 0.5 }, g.ToDoubleArray());
        Assert.Equal("AddBackward0", g.GradFn!.Name);
        var h = Engine.Grad([g.Sum()], [x])[0]!;
        Assert.Equal(new[] { 2.0, 2.0, 2.0 }, h.ToDoubleArray());
        // Only one side needs a gradient: the shortcut must not apply.
        var c = Tensor.FromArray([3.0, 3.0, 3.0]);
        var gx = Engine.Grad([(x * c).Sum()], [x])[0]!;
        Assert.Equal(new[] { 3.0, 3.0, 3.0 }, gx.ToDoubleArray());
    }

    /// <summary>A hook that runs a second backward through nodes the outer run also holds (the
    /// leaf's AccumulateGrad, a shared MulBackward0): the inner run keeps its own bookkeeping for them.</summary>
    [Fact]
    public void NestedBackwardInAHookSharesNodesWithTheOuterRun()
    {
        var x = Tensor.FromArray([1.0, 2.0]).RequiresGrad_();
        var shared = x * x;                       // d/dx = 2x
        var y = shared * 3.0;
        var sharedSum = shared.Sum();              // made outside: the hook runs with grad mode off
        double[]? inner = null;
        y.RegisterHook(g =>
        {
            var gi = Engine.Grad([sharedSum], [x], retainGraph: true)[0]!;
            inner = gi.ToDoubleArray();
            return g;
        });
        (y.Sum() + sharedSum).Backward();          // d/dx = 3 * 2x + 2x = 8x
        Assert.Equal(new[] { 2.0, 4.0 }, inner);
        Assert.Equal(new[] { 8.0, 16.0 }, x.Grad!.ToDoubleArray());
        // The nodes were given back: a second backward over the same graph works.
        x.Grad = null;
        var z = x * 5.0;
        z.Sum().Backward();
        Assert.Equal(new[] { 5.0, 5.0 }, x.Grad!.ToDoubleArray());
    }

    /// <summary>Backward from several threads at once over graphs that share a leaf: each run's
    /// bookkeeping stays its own (accumulation into the shared leaf is serialised by the test).</summary>
    [Fact]
    public void ConcurrentBackwardRunsOverASharedLeaf()
    {
        var w = Tensor.FromArray([1.0, 2.0, 3.0]).RequiresGrad_();
        var results = new double[4][];
        var threads = new Thread[4];
        for (int t = 0; t < threads.Length; t++)
        {
            int id = t;
            threads[t] = new Thread(() =>
            {
                for (int rep = 0; rep < 200; rep++)
                {
                    using var scope = new TensorScope();
                    var y = (w * (double)(id + 1)).Tanh().Sum();
                    var g = Engine.Grad([y], [w])[0]!;
                    results[id] = g.ToDoubleArray();
                }
            });
            threads[t].Start();
        }
        foreach (var th in threads) th.Join();
        for (int t = 0; t < threads.Length; t++)
        {
            double k = t + 1;
            var expect = new[] { 1.0, 2.0, 3.0 }.Select(v => k * (1 - Math.Tanh(k * v) * Math.Tanh(k * v))).ToArray();
            for (int i = 0; i < 3; i++) Assert.Equal(expect[i], results[t][i], 12);
        }
    }
}

/// <summary>Memory accounting is process-wide, so these tests run alone.</summary>
[CollectionDefinition("memory", DisableParallelization = true)]
public class MemoryCollection { }

[Collection("memory")]
public class MemoryTests
{
    [Fact]
    public void SavedTensorsAreFreedAfterBackward()
    {
        long before = MemoryProbe.Settled();
        for (int i = 0; i < 50; i++)
        {
            using var scope = new TensorScope();
            var x = Tensor.Randn([256, 256]).RequiresGrad_();
            var loss = (x.Exp() * x).Sum();
            loss.Backward();
        }
        Assert.Equal(before, Allocator.LiveBytes);
    }

    [Fact]
    public void DroppedGraphFreesItsSavedTensorsAtOnce()
    {
        long before = MemoryProbe.Settled();
        using (var scope = new TensorScope())
        {
            var x = Tensor.Randn([128, 128]).RequiresGrad_();
            var y = (x.Exp() * x.Log()).Mean();
            Assert.True(Allocator.LiveBytes > before);
        }
        Assert.Equal(before, Allocator.LiveBytes);
    }

}
