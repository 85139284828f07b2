using NativeGrad.Ops;
using Xunit;
using static NativeGrad.Ops.TensorIndex;

namespace NativeGrad.Tests;

/// <summary>In-place ops: values, version counters, graph rebasing and PyTorch's errors (texts from torch 1.13).</summary>
public class InPlaceTests
{
    private static Tensor Leaf(params double[] v) => Tensor.FromArray(v).RequiresGrad_();

    public static TheoryData<string, string> Names() => new()
    {
        { "add_", "AddBackward0" }, { "add_ scalar", "AddBackward0" }, { "sub_", "SubBackward0" }, { "sub_ scalar", "SubBackward0" },
        { "mul_", "MulBackward0" }, { "mul_ scalar", "MulBackward0" }, { "div_", "DivBackward0" }, { "div_ scalar", "DivBackward0" },
        { "pow_", "PowBackward1" }, { "pow_ scalar", "PowBackward0" }, { "neg_", "NegBackward0" }, { "exp_", "ExpBackward0" },
        { "zero_", "ZeroBackward0" }, { "fill_", "FillBackward2" }, { "copy_", "CopyBackwards" },
    };

    private static Tensor Apply(string op, Tensor y, Tensor z) => op switch
    {
        "add_" => y.Add_(z), "add_ scalar" => y.Add_(1.5), "sub_" => y.Sub_(z), "sub_ scalar" => y.Sub_(1.5),
        "mul_" => y.Mul_(z), "mul_ scalar" => y.Mul_(1.5), "div_" => y.Div_(z), "div_ scalar" => y.Div_(1.5),
        "pow_" => y.Pow_(z), "pow_ scalar" => y.Pow_(3), "neg_" => y.Neg_(), "exp_" => y.Exp_(),
        "zero_" => y.Zero_(), "fill_" => y.Fill_(2), "copy_" => y.Copy_(z),
        _ => throw new ArgumentException(op),
    };

    private static Tensor OutOfPlace(string op, Tensor y, Tensor z) => op switch
    {
        "add_" => y + z, "add_ scalar" => y + 1.5, "sub_" => y - z, "sub_ scalar" => y - 1.5,
        "mul_" => y * z, "mul_ scalar" => y * 1.5, "div_" => y / z, "div_ scalar" => y / 1.5,
        "pow_" => y.Pow(z), "pow_ scalar" => y.Pow(3), "neg_" => -y, "exp_" => y.Exp(),
        "zero_" => y * 0.0, "fill_" => y * 0.0 + 2.0, "copy_" => y * 0.0 + z,
        _ => throw new ArgumentException(op),
    };

    /// <summary>Each in-place op rebases y's history, bumps the version and gives the gradients of its out-of-place twin.</summary>
    [Theory]
    [MemberData(nameof(Names))]
    public void RebasesHistoryAndMatchesOutOfPlaceGradients(string op, string gradFn)
    {
        var x = Leaf(0.5, 1.25, 2.0); var z = Leaf(0.75, 1.5, 0.9);
        var y = x * 2.0;
        Assert.Same(y, Apply(op, y, z));
        Assert.Equal(1, y.Version);
        Assert.Equal(gradFn, y.GradFn!.Name);
        Assert.Equal("MulBackward0", y.GradFn.NextFunctions[0].Node!.Name);
        (y * y).Sum().Backward();

        var x2 = Leaf(0.5, 1.25, 2.0); var z2 = Leaf(0.75, 1.5, 0.9);
        var y2 = OutOfPlace(op, x2 * 2.0, z2);
        Assert.Equal(y2.ToDoubleArray(), y.ToDoubleArray());
        (y2 * y2).Sum().Backward();
        var g = x.Grad!.ToDoubleArray(); var g2 = x2.Grad!.ToDoubleArray();
        for (int i = 0; i < 3; i++) Assert.Equal(g2[i], g[i], 12);
        if (z2.Grad is null) Assert.Null(z.Grad);
        else for (int i = 0; i < 3; i++) Assert.Equal(z2.Grad.ToDoubleArray()[i], z.Grad!.ToDoubleArray()[i], 12);
    }

    [Fact]
    public void ScalarOperandGetsNoneEdgeAsPyTorch()
    {
        var y = Leaf(1, 2) * 2.0;
        y.Add_(1);
        Assert.Equal(2, y.GradFn!.NextFunctions.Count);
        Assert.Null(y.GradFn.NextFunctions[1].Node);
    }

    [Fact]
    public void LeafThatRequiresGradIsRefusedExceptUnderNoGrad()
    {
        var x = Leaf(1, 2);
        var e = Assert.Throws<NativeGradException>(() => x.Add_(1));
        Assert.Equal("a leaf Variable that requires grad is being used in an in-place operation.", e.Message);
        Assert.Equal(0, x.Version);
        Assert.Equal("a view of a leaf Variable that requires grad is being used in an in-place operation.",
            Assert.Throws<NativeGradException>(() => x[0].Add_(1)).Message);
        using (GradMode.Set(false)) x.Add_(1);
        Assert.Equal([2.0, 3.0], x.ToDoubleArray());
        Assert.Equal(1, x.Version);
        Assert.True(x.IsLeaf);
    }

    /// <summary>A view taken before its base became a leaf requiring grad is refused too (issue 10).</summary>
    [Fact]
    public void ViewTakenBeforeTheBaseRequiredGradIsRefused()
    {
        var a = Tensor.Zeros([3]);
        var v = a[Slice(1)];
        var w = a.View([3]);
        a.RequiresGrad_();
        Assert.Equal("a view of a leaf Variable that requires grad is being used in an in-place operation.",
            Assert.Throws<NativeGradException>(() => v.Add_(1)).Message);
        Assert.Equal("a view of a leaf Variable that requires grad is being used in an in-place operation.",
            Assert.Throws<NativeGradException>(() => w.Mul_(2)).Message);
        Assert.Equal([0.0, 0.0, 0.0], a.ToDoubleArray());
        using (GradMode.Set(false)) v.Add_(1);
        Assert.Equal([0.0, 1.0, 1.0], a.ToDoubleArray());
    }

    [Fact]
    public void InPlaceOnViewRebasesTheBaseAsCopySlices()
    {
        var x = Leaf(1, 2, 3);
        var y = x * 2.0;
        var v = y[Slice(1)];
        v.Mul_(3);
        Assert.Equal([2.0, 12, 18], y.ToDoubleArray());
        Assert.Equal("CopySlices", y.GradFn!.Name);
        Assert.Equal("MulBackward0", y.GradFn.NextFunctions[0].Node!.Name);
        Assert.Equal("MulBackward0", y.GradFn.NextFunctions[1].Node!.Name);
        Assert.Equal("AsStridedBackward0", v.GradFn!.Name);
        Assert.Same(y.GradFn, v.GradFn.NextFunctions[0].Node);
        Assert.Equal(1, y.Version);
        (y * y).Sum().Backward(retainGraph: true);   // y0 = 2 x0, y1,2 = 6 x1,2
        Assert.Equal([8.0, 144, 216], x.Grad!.ToDoubleArray());
        x.Grad = null;
        v.Sum().Backward();
        Assert.Equal([0.0, 6, 6], x.Grad!.ToDoubleArray());
    }

    [Fact]
    public void InPlaceOnViewOfTensorOutsideAutogradMakesItANonLeaf()
    {
        var a = Tensor.Zeros([2, 3], DType.Float64);
        var w = Leaf(1, 2, 3);
        a[1].Copy_(w);
        Assert.False(a.IsLeaf);
        Assert.Equal("CopySlices", a.GradFn!.Name);
        Assert.Equal([0.0, 0, 0, 1, 2, 3], a.ToDoubleArray());
        (a * a).Sum().Backward();
        Assert.Equal([2.0, 4, 6], w.Grad!.ToDoubleArray());
        // Without autograd involvement, views are written through.
        var b = Tensor.FromArray([1.0, 2, 3]);
        b[Slice(1)].Mul_(2);
        Assert.Equal([1.0, 4, 6], b.ToDoubleArray());
        Assert.True(b.IsLeaf);
    }

    [Fact]
    public void InPlaceOnOverlappingOrNonContiguousBaseViewIsRefused()
    {
        var y = Leaf(1, 2, 3) * 2.0;
        Assert.StartsWith("unsupported operation: more than one element of the written-to tensor refers to a single memory location.",
            Assert.Throws<NativeGradException>(() => y.Expand(2, 3).Mul_(2)).Message);
        var d = Tensor.Arange(0, 4, 1, DType.Float64).Reshape(2, 2).T().Detach();   // a non-contiguous base
        Assert.Contains("not supported", Assert.Throws<NativeGradException>(() => d[0].Add_(Leaf(1, 2))).Message);
    }

    [Fact]
    public void LeafWithoutGradBecomesNonLeafWhenOperandRequiresGrad()
    {
        var a = Tensor.Zeros([3], DType.Float64);
        var z = Leaf(1, 2, 3);
        a.Add_(z);
        Assert.False(a.IsLeaf);
        Assert.Equal("AddBackward0", a.GradFn!.Name);
        a.Sum().Backward();
        Assert.Equal([1.0, 1, 1], z.Grad!.ToDoubleArray());
    }

    [Fact]
    public void ModifiedSavedOutputFailsWithPyTorchMessage()
    {
        var x = Tensor.FromArray([1f, 2, 3]).RequiresGrad_();
        var y = x.Exp();
        y.Add_(1);
        var e = Assert.Throws<NativeGradException>(() => y.Sum().Backward());
        Assert.Equal("one of the variables needed for gradient computation has been modified by an inplace operation: " +
            "[torch.FloatTensor [3]], which is output 0 of ExpBackward0, is at version 1; expected version 0 instead. " +
            "Hint: enable anomaly detection to find the operation that failed to compute its gradient, with " +
            "torch.autograd.set_detect_anomaly(True).", e.Message);
    }

    [Fact]
    public void ModifiedSavedInputNamesItsCurrentGradFnOrNothingForALeaf()
    {
        var x = Tensor.FromArray([1f, 2, 3]).RequiresGrad_();
        var y = x * 2.0; var z = y * y; y.Add_(1);
        Assert.Contains("[torch.FloatTensor [3]], which is output 0 of AddBackward0, is at version 1; expected version 0 instead.",
            Assert.Throws<NativeGradException>(() => z.Sum().Backward()).Message);
        var a = Tensor.FromArray([1.0, 2, 3]); var w = a * x.To(DType.Float64); a.Mul_(2);
        Assert.Contains("inplace operation: [torch.DoubleTensor [3]] is at version 1; expected version 0 instead.",
            Assert.Throws<NativeGradException>(() => w.Sum().Backward()).Message);
        // The same write under no_grad is still a modification.
        var y2 = x * 2.0; var z2 = y2 * y2;
        using (GradMode.Set(false)) y2.Add_(1);
        Assert.Contains("which is output 0 of MulBackward0, is at version 1",
            Assert.Throws<NativeGradException>(() => z2.Sum().Backward()).Message);
    }

    [Fact]
    public void DataWritesAreInvisibleToAutogradAndViewsShareTheCounter()
    {
        var x = Tensor.FromArray([1.0, 2, 3]).RequiresGrad_();
        var y = x * 2.0; var z = y * y;
        y.Data.Add_(1);
        Assert.Equal(0, y.Version);
        z.Sum().Backward();   // PyTorch 1.13: no error; the gradient uses the modified values
        Assert.Equal([12.0, 20, 28], x.Grad!.ToDoubleArray());
        var v = y[Slice(1)];
        using (GradMode.Set(false)) v.Mul_(2);
        Assert.Equal(1, y.Version);
        Assert.Equal(1, y.Detach().Version);
    }

    [Fact]
    public void RetainedGradMovesToTheNewNode()
    {
        var x = Leaf(1, 2, 3);
        var y = x * 2.0; y.RetainGrad(); y.Mul_(3);
        y.Sum().Backward();
        Assert.Equal([1.0, 1, 1], y.Grad!.ToDoubleArray());
        Assert.Equal([6.0, 6, 6], x.Grad!.ToDoubleArray());
    }

    [Fact]
    public void CastAndShapeErrorsUsePyTorchTexts()
    {
        var i = Tensor.FromArray([1L, 2, 3]);
        Assert.Equal("result type Float can't be cast to the desired output type Long",
            Assert.Throws<NativeGradException>(() => i.Add_(Tensor.Ones([3]))).Message);
        Assert.Equal("result type Float can't be cast to the desired output type Long",
            Assert.Throws<NativeGradException>(() => i.Div_(2)).Message);
        Assert.Equal("output with shape [3] doesn't match the broadcast shape [2, 3]",
            Assert.Throws<NativeGradException>(() => Tensor.Zeros([3]).Add_(Tensor.Ones([2, 3]))).Message);
        Assert.Equal(0, i.Version);
        // copy_ converts any dtype and broadcasts.
        var f = Tensor.Zeros([2, 3]);
        f.Copy_(Tensor.FromArray([1L, 2, 3]));
        Assert.Equal([1.0, 2, 3, 1, 2, 3], f.ToDoubleArray());
        i.Add_(Tensor.FromArray([1L, 1, 1])).Mul_(2);
        Assert.Equal([4.0, 6, 8], i.ToDoubleArray());
        Assert.Equal(2, i.Version);
    }

    [Fact]
    public void InPlaceOnStridedTensorWritesTheRightElements()
    {
        var a = Tensor.Arange(0, 12, 1, DType.Float64).Reshape(3, 4);
        var t = a.T();
        t.Add_(Tensor.FromArray([100.0, 200, 300]));   // broadcast over rows of the transposed view
        Assert.Equal([100.0, 101, 102, 103, 204, 205, 206, 207, 308, 309, 310, 311], a.ToDoubleArray());
        a[Ellipsis, Slice(None, None, 2)].Zero_();
        Assert.Equal([0.0, 101, 0, 103, 0, 205, 0, 207, 0, 309, 0, 311], a.ToDoubleArray());
    }

    [Fact]
    public void SecondOrderThroughInPlaceOps()
    {
        var x = Leaf(0.5, 1.5);
        var y = x * 1.0; y.Mul_(x); y.Pow_(2);   // y = x^4
        var g = Engine.Grad([y.Sum()], [x], createGraph: true)[0]!;
        Assert.Equal([0.5, 13.5], g.ToDoubleArray().Select(v => Math.Round(v, 12)).ToArray());   // 4x^3
        var h = Engine.Grad([g.Sum()], [x])[0]!;
        Assert.Equal([3.0, 27.0], h.ToDoubleArray().Select(v => Math.Round(v, 12)).ToArray());   // 12x^2
    }
}

/// <summary>Views, in-place ops and CopySlices release every block once their graph is gone.</summary>
[Collection("memory")]
public class ViewAndInPlaceMemoryTests
{
    [Fact]
    public void NothingLeaks()
    {
        long before = MemoryProbe.Settled();
        for (int i = 0; i < 20; i++)
        {
            using var scope = new TensorScope();
            var x = Tensor.Randn([64, 64], DType.Float64).RequiresGrad_();
            var y = x * 2.0;
            y[Slice(1), Slice(None, None, 2)].Mul_(x[Slice(1), Slice(None, None, 2)]);
            y[0].Zero_();
            y.Exp_();
            var loss = (y.Permute(1, 0)[Ellipsis, Int(3)] * 1.0).Sum() + y.Sum();
            loss.Backward();
            using (GradMode.Set(false)) x.Sub_(x.Grad!);
        }
        Assert.Equal(before, Allocator.LiveBytes);
    }

    /// <summary>Unrecorded add_/sub_/mul_/div_ (tensor and scalar) write straight into self: the values
    /// equal the out-of-place op's on every length and path (self as the other operand, broadcast,
    /// int64, a strided other, an overlapping view that must take the copying path), and the version
    /// counter moves once per call.</summary>
    [Fact]
    public void UnrecordedArithmeticWritesInPlaceWithTheOutOfPlaceValues()
    {
        foreach (int n in new[] { 1, 7, 8, 33, 1000, 70000 })
        {
            var src = Enumerable.Range(0, n).Select(i => 0.5 + i % 13 - 0.25 * (i % 3)).ToArray();
            foreach (var dt in new[] { DType.Float32, DType.Float64, DType.Int64 })
            {
                using var x0 = Tensor.FromArray(src, n).To(dt);
                using var o = Tensor.FromArray(src.Select(v => v + 1).ToArray(), n).To(dt);
                (Func<Tensor, Tensor, Tensor> outOfPlace, Func<Tensor, Tensor, Tensor> inPlace)[] ops =
                [
                    ((a, b) => a + b, (a, b) => a.Add_(b)), ((a, b) => a - b, (a, b) => a.Sub_(b)),
                    ((a, b) => a * b, (a, b) => a.Mul_(b)), ((a, b) => a * 3.0, (a, b) => a.Mul_(3.0)),
                    ((a, b) => a + 2.0, (a, b) => a.Add_(2.0)), ((a, b) => a + a, (a, b) => a.Add_(a)),
                ];
                foreach (var (outOfPlace, inPlace) in ops)
                {
                    using var want = outOfPlace(x0, o);
                    using var x = x0.Clone();
                    int v0 = x.Version;
                    Assert.Same(x, inPlace(x, o));
                    Assert.Equal(v0 + 1, x.Version);
                    Assert.Equal(want.ToDoubleArray(), x.ToDoubleArray());
                }
                if (dt != DType.Int64)
                {
                    using var x = x0.Clone();
                    using var want = x0 / o;
                    x.Div_(o);
                    Assert.Equal(want.ToDoubleArray(), x.ToDoubleArray());
                }
            }
        }
        // broadcast and strided others; an overlapping view of self reads the old values (copying path)
        using var m = Tensor.FromArray([1.0, 2, 3, 4, 5, 6], 2, 3);
        m.Add_(Tensor.FromArray([10.0, 20, 30]));
        Assert.Equal([11.0, 22, 33, 14, 25, 36], m.ToDoubleArray());
        m.Mul_(Tensor.FromArray([1.0, 2], 2, 1).Expand(2, 3));
        Assert.Equal([11.0, 22, 33, 28, 50, 72], m.ToDoubleArray());
        using var t = Tensor.FromArray([1.0, 2, 3, 4, 5, 6], 3, 2);
        m.Sub_(t.T());
        Assert.Equal([10.0, 19, 28, 26, 46, 66], m.ToDoubleArray());
        using var r = Tensor.FromArray([1.0, 2, 3, 4]);
        using var head = r[Slice(0, 3)];
        using var tail = r[Slice(1, 4)];
        head.Add_(tail);
        Assert.Equal([3.0, 5, 7, 4], r.ToDoubleArray());
    }
}
