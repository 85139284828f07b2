using NativeGrad.Ops;
using Xunit;
using static NativeGrad.Ops.TensorIndex;

namespace NativeGrad.Tests;

/// <summary>permute and basic indexing: views share storage, have PyTorch's shapes, strides, grad_fns and errors.</summary>
public class ViewTests
{
    private static Tensor A34() => Tensor.Arange(0, 12, 1, DType.Float64).Reshape(3, 4);

    [Fact]
    public void IndexGivesPyTorchShapesStridesAndOffsets()
    {
        var a = A34();
        void Check(Tensor v, int[] shape, int[] strides, long offset)
        {
            Assert.Equal(shape, v.Shape); Assert.Equal(strides, v.Strides); Assert.Equal(offset, v.StorageOffset);
        }
        // Expected values printed by torch 1.13 for the same indices.
        Check(a[1], [4], [1], 4);
        Check(a[-1], [4], [1], 8);
        Check(a[Slice(), Slice(1, 3)], [3, 2], [4, 1], 1);
        Check(a[Slice(None, None, 2)], [2, 4], [8, 1], 0);
        Check(a[Ellipsis, Int(0)], [3], [4], 0);
        Check(a[NewAxis, Int(1)], [1, 4], [12, 1], 4);
        Check(a[Ellipsis, NewAxis], [3, 4, 1], [4, 1, 1], 0);
        Check(a[Slice(5, 10)], [0, 4], [4, 1], 12);
        Check(a[Slice(-10, 2)], [2, 4], [4, 1], 0);
        Check(a[Int(1), Ellipsis, Int(2)], [], [], 6);
        Check(a[NewAxis, NewAxis, Ellipsis, NewAxis, Int(1)], [1, 1, 3, 1], [12, 12, 4, 4], 1);
        Check(a.Permute(1, 0), [4, 3], [1, 4], 0);
        Assert.Equal([1.0, 2.0, 5.0, 6.0, 9.0, 10.0], a[Slice(), Slice(1, 3)].ToDoubleArray());
        Assert.Equal([0.0, 1.0, 2.0, 3.0, 8.0, 9.0, 10.0, 11.0], a[Slice(None, None, 2)].ToDoubleArray());
    }

    [Fact]
    public void ViewsShareStorageAndVersion()
    {
        var a = A34();
        var v = a[Int(1), Slice(1, 3)];
        v.Fill_(-1);
        Assert.Equal([4.0, -1, -1, 7], a[1].ToDoubleArray());
        Assert.Equal(1, a.Version);
        Assert.Equal(1, a.Permute(1, 0).Version);
    }

    [Fact]
    public void GradFnsAreNamedAsPyTorch()
    {
        var x = Tensor.Randn([3, 4], DType.Float64).RequiresGrad_();
        Assert.Equal("SelectBackward0", x[1].GradFn!.Name);
        Assert.Equal("SliceBackward0", x[Slice(), Slice(1, 3)].GradFn!.Name);
        Assert.Equal("SliceBackward0", x[Slice()].GradFn!.Name);
        Assert.Equal("UnsqueezeBackward0", x[NewAxis].GradFn!.Name);
        Assert.Equal("AliasBackward0", x[Ellipsis].GradFn!.Name);
        Assert.Equal("AliasBackward0", x.Index().GradFn!.Name);
        Assert.Equal("PermuteBackward0", x.Permute(1, 0).GradFn!.Name);
        // x[1, :, None]: unsqueeze <- slice <- select <- leaf, applied left to right.
        var y = x[Int(1), Slice(), NewAxis];
        var n = y.GradFn!;
        Assert.Equal("UnsqueezeBackward0", n.Name);
        n = n.NextFunctions[0].Node!; Assert.Equal("SliceBackward0", n.Name);
        n = n.NextFunctions[0].Node!; Assert.Equal("SelectBackward0", n.Name);
        Assert.Equal("AccumulateGrad", n.NextFunctions[0].Node!.Name);
    }

    [Fact]
    public void IndexGradientScattersIntoZeros()
    {
        var x = Tensor.Randn([3, 4], DType.Float64).RequiresGrad_();
        (x[Slice(), Slice(1, 3)] * 2.0).Sum().Backward();
        Assert.Equal([0.0, 2, 2, 0, 0, 2, 2, 0, 0, 2, 2, 0], x.Grad!.ToDoubleArray());
        x.Grad = null;
        x[Int(-1), Slice(None, None, 3)].Sum().Backward();
        Assert.Equal([0.0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 1], x.Grad!.ToDoubleArray());
    }

    [Fact]
    public void SecondOrderNamesMatchPyTorch()
    {
        var x = Tensor.Randn([3, 4], DType.Float64).RequiresGrad_();
        var v = Tensor.Randn([4], DType.Float64).RequiresGrad_();
        var g = Engine.Grad([x[1]], [x], [v], createGraph: true)[0]!;
        Assert.Equal("SelectBackwardBackward0", g.GradFn!.Name);
        var w = Tensor.Randn([3, 2], DType.Float64).RequiresGrad_();
        var h = Engine.Grad([x[Slice(), Slice(1, 3)]], [x], [w], createGraph: true)[0]!;
        Assert.Equal("SliceBackwardBackward0", h.GradFn!.Name);
        Assert.Equal("SliceBackwardBackward0", h.GradFn.NextFunctions[0].Node!.Name);
    }

    [Theory]
    [InlineData("5", ErrorKind.Index, "index 5 is out of bounds for dimension 0 with size 3")]
    [InlineData("-4", ErrorKind.Index, "index -4 is out of bounds for dimension 0 with size 3")]
    [InlineData(":,7", ErrorKind.Index, "index 7 is out of bounds for dimension 1 with size 4")]
    [InlineData("1,7", ErrorKind.Index, "index 7 is out of bounds for dimension 1 with size 4")]
    [InlineData("1,2,3", ErrorKind.Index, "too many indices for tensor of dimension 2")]
    [InlineData("::0", ErrorKind.InvalidArgument, "slice step cannot be zero")]
    [InlineData("::-1", ErrorKind.InvalidArgument, "step must be greater than zero")]
    [InlineData("...,...", ErrorKind.Index, "an index can only have a single ellipsis ('...')")]
    public void IndexErrorsUsePyTorchTexts(string spec, ErrorKind kind, string message)
    {
        var items = spec switch
        {
            "5" => new[] { Int(5) },
            "-4" => [Int(-4)],
            ":,7" => [Slice(), Int(7)],
            "1,2,3" => [Int(1), Int(2), Int(3)],
            "1,7" => [Int(1), Int(7)],
            "::0" => [Slice(None, None, 0)],
            "::-1" => [Slice(None, None, -1)],
            _ => [Ellipsis, Ellipsis],
        };
        var a = A34();
        var e = Assert.Throws<NativeGradException>(() => a.Index(items));
        Assert.Equal(kind, e.Kind);
        Assert.Equal(message, e.Message);
    }

    [Fact]
    public void ZeroDimAndPermuteErrors()
    {
        var s = Tensor.Scalar(2);
        Assert.StartsWith("invalid index of a 0-dim tensor.", Assert.Throws<NativeGradException>(() => s[0]).Message);
        Assert.Equal("slice() cannot be applied to a 0-dim tensor.", Assert.Throws<NativeGradException>(() => s[Slice()]).Message);
        Assert.Equal([1], s[NewAxis].Shape);
        var a = A34();
        Assert.Equal("permute(): duplicate dims are not allowed.", Assert.Throws<NativeGradException>(() => a.Permute(0, 0)).Message);
        Assert.EndsWith("input.dim() = 2 is not equal to len(dims) = 1", Assert.Throws<NativeGradException>(() => a.Permute(0)).Message);
        Assert.Equal("Dimension out of range (expected to be in range of [-2, 1], but got 2)",
            Assert.Throws<NativeGradException>(() => a.Permute(0, 2)).Message);
    }

    /// <summary>Sliced, transposed and expanded inputs give the same values and gradients as contiguous copies.</summary>
    [Fact]
    public void StridedInputsMatchContiguousCopies()
    {
        Func<Tensor, Tensor>[] views =
        [
            t => t[Slice(), Slice(None, None, 2)],
            t => t.Permute(1, 0)[Slice(1)],
            t => t[Int(0)].Unsqueeze(0).Expand(3, 6),
        ];
        Func<Tensor, Tensor, Tensor>[] ops =
        [
            (u, w) => (u * w).Sum(),
            (u, w) => (u.Exp() + w).Mean(),
            (u, w) => (u / (w.Abs() + 1.0)).Pow(2).Sum(),
            (u, w) => u.Mm(w.T()).Sum(),
            (u, w) => u.Norm(2, [1]).Sum(),
        ];
        foreach (var view in views)
            foreach (var op in ops)
            {
                Tensor.ManualSeed(7);
                var x = Tensor.Randn([4, 6], DType.Float64).RequiresGrad_();
                var x2 = x.Detach().RequiresGrad_();
                var strided = view(x);
                var copy = view(x2).Contiguous().Clone();
                var w = Tensor.Randn(strided.Shape, DType.Float64);
                var y1 = op(strided, w); var y2 = op(copy, w);
                Assert.Equal(y2.Item(), y1.Item(), 12);
                y1.Backward(); y2.Backward();
                var g1 = x.Grad!.ToDoubleArray(); var g2 = x2.Grad!.ToDoubleArray();
                for (int i = 0; i < g1.Length; i++) Assert.Equal(g2[i], g1[i], 12);
            }
    }
}
