using Xunit;

namespace NativeGrad.Tests;

/// <summary>Custom functions (torch.autograd.Function): values and messages as PyTorch 1.13 gives them.</summary>
public class FunctionTests
{
    private static Tensor S(double v, bool grad = false) => Tensor.Scalar(v).RequiresGrad_(grad);

    private sealed class MyPow : Function
    {
        public bool SawGradMode;
        public override Tensor[] Forward(FunctionContext ctx, params Tensor[] x)
        {
            SawGradMode = GradMode.IsEnabled;
            ctx.SaveForBackward(x[0], x[1]);
            return [x[0].Pow(x[1])];
        }

        public override Tensor?[] Backward(FunctionContext ctx, params Tensor?[] g)
        {
            var s = ctx.SavedTensors;
            var (a, b) = (s[0], s[1]);
            return [g[0]! * b * a.Pow(b - 1), g[0]! * a.Pow(b) * a.Log()];
        }
    }

    [Fact]
    public void SeedCode9_MyPow()
    {
        var q = S(3, grad: true);
        var x = S(5, grad: true);
        var f = new MyPow();
        var y = f.Apply(x, q)[0];
        Assert.False(f.SawGradMode);
        Assert.Equal("tensor(125., grad_fn=<MyPowBackward>)", y.ToString());
        Assert.Equal("MyPowBackward", y.GradFn!.Name);
        Assert.Equal("AccumulateGrad", y.GradFn.NextFunctions[0].Node!.Name);
        Assert.Same(x.GradFn ?? x.GradAccumulator(), y.GradFn.NextFunctions[0].Node);
        var z = y.Log();
        z.Backward();
        Assert.Equal(0.6000000238418579, x.Grad!.Item(), 7);
        Assert.Equal(1.6094379425048828, q.Grad!.Item(), 6);
        // saved tensors were freed by the backward
        var e = Assert.Throws<NativeGradException>(() => z.Backward());
        Assert.StartsWith("Trying to backward through the graph a second time", e.Message);
    }

    [Fact]
    public void NoRecordWithoutGradOrUnderNoGrad()
    {
        var x = S(2);
        var y = new MyPow().Apply(x, S(3))[0];
        Assert.Null(y.GradFn);
        Assert.Equal(8, y.Item());
        var w = S(2, grad: true);
        using (Autograd.NoGrad())
        {
            var v = new MyPow().Apply(w, S(3))[0];
            Assert.False(v.RequiresGrad);
        }
    }

    [Fact]
    public void NeedsInputGradAndNoneGradients()
    {
        bool[]? needs = null;
        var f = Function.Create("Scale",
            (ctx, x) => { needs = ctx.NeedsInputGrad; return [x[0] * x[1]]; },
            (ctx, g) => [g[0]! * 2, null]);
        var a = S(3, grad: true);
        var y = f.Apply(a, S(4))[0];
        Assert.Equal([true, false], needs!);
        Assert.Equal("ScaleBackward", y.GradFn!.Name);
        Assert.Null(y.GradFn.NextFunctions[1].Node);
        y.Backward();
        Assert.Equal(2, a.Grad!.Item());
    }

    [Fact]
    public void WrongNumberOfGradients()
    {
        var f = Function.Create("Bad", (ctx, x) => [x[0] * x[1]], (ctx, g) => [g[0]]);
        var e = Assert.Throws<NativeGradException>(() => f.Apply(S(1, true), S(2, true))[0].Backward());
        Assert.Equal("function BadBackward returned an incorrect number of gradients (expected 2, got 1)", e.Message);
        // extra gradients are fine when they are null
        var ok = Function.Create("Extra", (ctx, x) => [x[0] * 2], (ctx, g) => [g[0]! * 2, null, null]);
        var a = S(1, true);
        ok.Apply(a)[0].Backward();
        Assert.Equal(2, a.Grad!.Item());
    }

    [Fact]
    public void WrongGradientShape()
    {
        var f = Function.Create("Bad2", (ctx, x) => [x[0] * 2], (ctx, g) => [Tensor.Ones([2])]);
        var a = Tensor.Ones([3]).RequiresGrad_();
        var e = Assert.Throws<NativeGradException>(() => f.Apply(a)[0].Sum().Backward());
        Assert.Equal("Function Bad2Backward returned an invalid gradient at index 0 - got [2] but expected shape compatible with [3]", e.Message);
        // a broadcastable gradient is summed back to the input's shape
        var g2 = Function.Create("Wide", (ctx, x) => [x[0] * 2], (ctx, g) => [Tensor.Ones([2, 3])]);
        g2.Apply(a)[0].Sum().Backward();
        Assert.Equal([2.0, 2.0, 2.0], a.Grad!.ToDoubleArray());
    }

    [Fact]
    public void ExceptionInBackwardPropagates()
    {
        var f = Function.Create("Boom", (ctx, x) => [x[0] * 2], (ctx, g) => throw new InvalidOperationException("boom"));
        var e = Assert.Throws<InvalidOperationException>(() => f.Apply(S(1, true))[0].Backward());
        Assert.Equal("boom", e.Message);
    }

    [Fact]
    public void SavedOutputAndInPlaceCheck()
    {
        // exp saving its output, as PyTorch's docs example
        var f = Function.Create("MyExp",
            (ctx, x) => { var r = x[0].Exp(); ctx.SaveForBackward(r); return [r]; },
            (ctx, g) => [g[0]! * ctx.SavedTensors[0]]);
        var a = S(1, true);
        var y = f.Apply(a)[0];
        y.Backward(retainGraph: true);
        Assert.Equal(Math.E, a.Grad!.Item(), 5);
        using (Autograd.NoGrad()) y.Fill_(0);
        var e = Assert.Throws<NativeGradException>(() => y.Backward());
        Assert.Contains("which is output 0 of MyExpBackward, is at version 1; expected version 0", e.Message);
    }

    [Fact]
    public void MarkNonDifferentiable()
    {
        var f = Function.Create("Two",
            (ctx, x) => { var a = x[0] * 2; var b = x[0] * 3; ctx.MarkNonDifferentiable(b); return [a, b]; },
            (ctx, g) => { Assert.Equal(0, g[1]!.Item()); return [g[0]! * 2]; });
        var x = S(1, true);
        var r = f.Apply(x);
        Assert.True(r[0].RequiresGrad);
        Assert.False(r[1].RequiresGrad);
        r[0].Backward();
        Assert.Equal(2, x.Grad!.Item());
    }

    [Fact]
    public void ReturningAnInputMakesAView()
    {
        var f = Function.Create("Id", (ctx, x) => [x[0]], (ctx, g) => [g[0]! * 3]);
        var x = S(2, true);
        var y = f.Apply(x)[0];
        Assert.NotSame(x, y);
        Assert.True(x.IsLeaf);
        Assert.Equal("IdBackward", y.GradFn!.Name);
        y.Backward();
        Assert.Equal(3, x.Grad!.Item());
    }

    [Fact]
    public void CreateGraphRecordsTheBackward()
    {
        var x = S(2, true);
        var y = new MyPow().Apply(x, S(3))[0];
        var g = Autograd.Grad(y, x, createGraph: true);
        Assert.Equal(12, g.Item());
        Assert.NotNull(g.GradFn);
        var g2 = Autograd.Grad(g, x);
        Assert.Equal(12, g2.Item());  // d/dx 3x^2 = 6x
    }

    [Fact]
    public void GradCheckOfCustomFunction()
    {
        var a = Tensor.FromArray([0.5, 1.5, 2.0], 3).RequiresGrad_();
        var b = Tensor.FromArray([1.2, 0.7, 2.0], 3).RequiresGrad_();
        Assert.Null(GradCheck.Check(t => new MyPow().Apply(t[0], t[1])[0], [a, b]));
        Assert.Null(GradCheck.CheckSecondOrder(t => new MyPow().Apply(t[0], t[1])[0], [a, b]));
        Assert.True(Autograd.GradGradCheck(t => new MyPow().Apply(t[0], t[1])[0], [a, b]));
        var wrong = Function.Create("Wrong", (ctx, x) => [x[0] * x[0]], (ctx, g) => [g[0]! * 3.0]);
        Assert.False(Autograd.GradCheck(t => wrong.Apply(t[0])[0], [a], raiseException: false));
        var e = Assert.Throws<NativeGradException>(() => Autograd.GradCheck(t => wrong.Apply(t[0])[0], [a]));
        Assert.StartsWith("Jacobian mismatch for output 0 with respect to input 0", e.Message);
    }
}

/// <summary>Tensor hooks: replacement, removal, leaves and non-leaves, errors.</summary>
public class HookTests
{
    [Fact]
    public void HooksOnLeafAndNonLeafAndRemoval()
    {
        var x = Tensor.Ones([3]).RequiresGrad_();
        var y = x * 2.0;
        var seen = new List<double[]>();
        var h = y.RegisterHook(g => g * 10.0);
        bool removed = false;
        x.RegisterHook(g => { seen.Add(g.ToDoubleArray()); return null; }, () => removed = true);
        y.Sum().Backward();
        Assert.Equal([20.0, 20.0, 20.0], x.Grad!.ToDoubleArray());
        Assert.Equal([20.0, 20.0, 20.0], seen[0]);
        h.Remove(); h.Remove();
        (x * 2.0).Sum().Backward();
        Assert.Equal([22.0, 22.0, 22.0], x.Grad!.ToDoubleArray());
        Assert.False(removed);
        x.Dispose();
        Assert.True(removed);
    }

    [Fact]
    public void HookErrors()
    {
        var e = Assert.Throws<NativeGradException>(() => Tensor.Ones([2]).RegisterHook(g => g));
        Assert.Equal("cannot register a hook on a tensor that doesn't require gradient", e.Message);
        var x = Tensor.Ones([3]).RequiresGrad_();
        using (x.RegisterHook(g => Tensor.Ones([2])))
        {
            e = Assert.Throws<NativeGradException>(() => (x * 2.0).Sum().Backward());
            Assert.Equal("hook 'hook' has changed the size of value", e.Message);
        }
        (x * 2.0).Sum().Backward();
        Assert.Equal([2.0, 2.0, 2.0], x.Grad!.ToDoubleArray());
    }

    /// <summary>A non-leaf hook replacing a gradient that then feeds several edges (issue 10: the
    /// replaced gradient was released twice, "use of a released tensor", once the leaves had .grad).</summary>
    [Fact]
    public void ReplacingHookOnANonLeafWhoseLeavesHaveGrads()
    {
        var x = Tensor.Ones([5, 5]).RequiresGrad_();
        var y = (Tensor.Ones([5, 5]) * 4.0).RequiresGrad_();
        var z = x.Pow(2) + x * 2.0 + x * y + y;
        z.Backward(Tensor.Ones([5, 5]), retainGraph: true);
        z.RegisterHook(g => g * 2.0);
        z.Backward(Tensor.Ones([5, 5]), retainGraph: true);
        Assert.All(y.Grad!.ToDoubleArray(), v => Assert.Equal(2.0 + 4.0, v));      // (x + 1) + 2 (x + 1)
        Assert.All(x.Grad!.ToDoubleArray(), v => Assert.Equal(8.0 + 16.0, v));     // (2x + 2 + y) + 2 (2x + 2 + y)
        // A replacement the caller keeps stays alive after the run.
        var kept = Tensor.Full([5, 5], 1.0);
        z.RegisterHook(g => kept);
        z.Backward(Tensor.Ones([5, 5]));
        Assert.True(kept.IsAlive);
        Assert.All(kept.ToDoubleArray(), v => Assert.Equal(1.0, v));
    }
}

/// <summary>Custom functions and hooks free what they hold (process-wide accounting: runs alone).</summary>
[Collection("memory")]
public class FunctionMemoryTests
{
    private static Function MyExp() => Function.Create("MyExp",
        (ctx, x) => { var y = x[0].Exp(); ctx.SaveForBackward(x[0], y); return [y]; },
        (ctx, g) => [g[0]! * ctx.SavedTensors[1]]);

    [Fact]
    public void CustomFunctionGraphsAreFreed()
    {
        long before = MemoryProbe.Settled();
        for (int i = 0; i < 20; i++)
        {
            using var scope = new TensorScope();
            var x = Tensor.Randn([128, 128]).RequiresGrad_();
            var loss = MyExp().Apply(x)[0].Sum();
            loss.Backward();
            x.RegisterHook(g => g * 2.0);
        }
        Assert.Equal(before, Allocator.LiveBytes);
        using (var scope = new TensorScope())
        {
            var x = Tensor.Randn([128, 128]).RequiresGrad_();
            _ = MyExp().Apply(x)[0].Mean();   // dropped without backward
        }
        Assert.Equal(before, Allocator.LiveBytes);
    }
}
