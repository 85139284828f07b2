using NativeGrad.Ops;
using Xunit;
using static NativeGrad.Ops.TensorIndex;

namespace NativeGrad.Tests;

/// <summary>Advanced indexing from C#: Tensor.Index with index tensors and masks, assignment, IndexPut(_):
/// PyTorch's shapes, values, node names, gradients (duplicates add up) and errors (expected values from torch 1.13).</summary>
public class AdvancedIndexTests
{
    private static Tensor A234() => Tensor.Arange(0, 24, 1, DType.Float64).Reshape(2, 3, 4);
    private static Tensor Idx(params long[] v) => Tensor.FromArray(v, v.Length);

    [Fact]
    public void ShapesFollowNumPysRules()
    {
        var a = A234();
        Assert.Equal([3, 3, 4], a[Idx(1, 0, 1)].Shape);
        Assert.Equal([2, 2, 4], a[Slice(), Idx(0, 2)].Shape);                    // adjacent: in place
        Assert.Equal([2, 3], a[Idx(0, 1), Slice(), Idx(3, 0)].Shape);            // separated: first
        Assert.Equal([2], a[Idx(0, 1), Int(1), Idx(3, 0)].Shape);                // an int is a 0-dim index tensor
        Assert.Equal([2, 2, 4], a[Idx(1, 0).Reshape(2, 1), Idx(2, 0)].Shape);    // broadcast together
        Assert.Equal([1, 2, 3, 4], a[True()].Shape);
        Assert.Equal([0, 2, 3, 4], a[False()].Shape);
        Assert.Equal([0, 3, 4], a[Tensor.Empty([0], DType.Int64)].Shape);
        Assert.Equal([23.0, 12.0], a[Idx(-1, 1), Idx(-1, 0), Idx(-1, 0)].ToDoubleArray());
    }

    private static Tensor True() => Tensor.Full([], 1, DType.Bool);
    private static Tensor False() => Tensor.Full([], 0, DType.Bool);

    [Fact]
    public void MasksSelectTheirNonzeroPositions()
    {
        var a = A234();
        using var m = a[Int(0)].Gt(Tensor.Scalar(6.0, DType.Float64));
        Assert.Equal([7.0, 8.0, 9.0, 10.0, 11.0], a[Int(0), m].ToDoubleArray());
        Assert.Equal([19.0, 20.0, 21.0, 22.0, 23.0], a[Int(1), m].ToDoubleArray());
        Assert.Equal([2, 5], a[Slice(), m].Shape);
    }

    [Fact]
    public void GradientAddsDuplicatesAndNodesArePyTorchs()
    {
        var x = Tensor.FromArray([1.0, 2.0, 3.0]).RequiresGrad_();
        var y = x[Idx(0, 0, 2)];
        Assert.Equal("IndexBackward0", y.GradFn!.Name);
        y.Sum().Backward();
        Assert.Equal([2.0, 0.0, 1.0], x.Grad!.ToDoubleArray());

        var z = x * 1.0;
        z[Idx(1)] = Tensor.FromArray([5.0]);
        Assert.Equal("IndexPutBackward0", z.GradFn!.Name);
        Assert.Equal([1.0, 5.0, 3.0], z.ToDoubleArray());
    }

    [Fact]
    public void IndexPutWritesOrAccumulates()
    {
        var a = Tensor.Zeros([3], DType.Int64);
        a.IndexPut_([Idx(0, 0, 2)], Tensor.FromArray([long.MaxValue - 1, 1, 7], 3), accumulate: true);
        Assert.Equal(1.0, a[0].Eq(Tensor.FromArray([long.MaxValue], 1)[0]).Item());   // exact in int64 (Item is a double)
        Assert.Equal(7.0, a[2].Item());
        var b = Tensor.Zeros([2, 3], DType.Float64);
        var c = b.IndexPut([null, Idx(2, 0)], Tensor.FromArray([1.0, 2.0]));
        Assert.Equal([2.0, 0.0, 1.0, 2.0, 0.0, 1.0], c.ToDoubleArray());
        Assert.Equal(new double[6], b.ToDoubleArray());   // index_put is out of place
        long v = b.Version;
        b[Slice(), Idx(1)] = Tensor.FromArray([4.0]);
        Assert.Equal([0.0, 4.0, 0.0, 0.0, 4.0, 0.0], b.ToDoubleArray());
        Assert.Equal(v + 1, b.Version);
    }

    [Fact]
    public void ErrorsArePyTorchsAndWriteNothing()
    {
        var a = Tensor.Zeros([3], DType.Float64);
        var e = Assert.Throws<NativeGradException>(() => a[Idx(0, 5)]);
        Assert.Equal("index 5 is out of bounds for dimension 0 with size 3", e.Message);
        e = Assert.Throws<NativeGradException>(() => a.IndexPut_([Idx(0, 1, 3)], Tensor.FromArray([1.0, 2.0, 3.0])));
        Assert.Equal("index 3 is out of bounds for dimension 0 with size 3", e.Message);
        Assert.Equal(new double[3], a.ToDoubleArray());
        e = Assert.Throws<NativeGradException>(() => a.IndexPut_([Idx(0, 1, 2)], Tensor.FromArray([1.0, 2.0])));
        Assert.Equal("shape mismatch: value tensor of shape [2] cannot be broadcast to indexing result of shape [3]", e.Message);
        e = Assert.Throws<NativeGradException>(() => a.IndexPut_([Idx(0)], Tensor.FromArray([1.0f])));
        Assert.Equal("Index put requires the source and destination dtypes match, got Double for the destination and Float for the source.", e.Message);
        e = Assert.Throws<NativeGradException>(() => a[Tensor.FromArray([0.0])]);
        Assert.Equal("tensors used as indices must be long, byte or bool tensors", e.Message);
        var leaf = Tensor.Zeros([3], DType.Float64).RequiresGrad_();
        e = Assert.Throws<NativeGradException>(() => leaf[Idx(0)] = Tensor.FromArray([1.0]));
        Assert.StartsWith("a leaf Variable that requires grad is being used in an in-place operation.", e.Message);
    }
}
