using Xunit;

namespace NativeGrad.Tests;

/// <summary>Values and error cases of the activation, reduction, joining and indexing ops.</summary>
public class OpsValueTests
{
    private static NativeGradException Fails(Func<object> f) => Assert.Throws<NativeGradException>(() => f());

    [Fact]
    public void MaxOverDimGivesValuesAndFirstIndexOnTies()
    {
        using var x = Tensor.FromArray([1.0, 3, 3, 2, 0, -1], 2, 3).RequiresGrad_();
        var (v, i) = x.Max(1);
        Assert.Equal([3.0, 2], v.ToDoubleArray());
        Assert.Equal([1.0, 0], i.ToDoubleArray());
        Assert.Equal(DType.Int64, i.DType);
        Assert.False(i.RequiresGrad);
        Assert.Equal("MaxBackward0", v.GradFn!.Name);
        v.Sum().Backward();
        Assert.Equal([0.0, 1, 0, 1, 0, 0], x.Grad!.ToDoubleArray());
    }

    [Fact]
    public void MaxOverAllSharesTheGradientOnTies()
    {
        using var x = Tensor.FromArray([1.0, 5, 5, 2]).RequiresGrad_();
        var m = x.Max();
        Assert.Equal("MaxBackward1", m.GradFn!.Name);
        m.Backward();
        Assert.Equal([0.0, 0.5, 0.5, 0], x.Grad!.ToDoubleArray());
    }

    [Fact]
    public void MaximumSplitsTiesInHalf()
    {
        using var a = Tensor.FromArray([1.0, 3, 3]).RequiresGrad_();
        using var b = Tensor.FromArray([3.0, 1, 3]).RequiresGrad_();
        a.Maximum(b).Sum().Backward();
        Assert.Equal([0.0, 1, 0.5], a.Grad!.ToDoubleArray());
        Assert.Equal([1.0, 0, 0.5], b.Grad!.ToDoubleArray());
    }

    [Fact]
    public void SoftmaxIsStableForLargeInputs()
    {
        using var x = Tensor.FromArray([1000f, 1000f, -1000f]);
        Assert.Equal([0.5f, 0.5f, 0f], x.Softmax(0).ToFloatArray());
        Assert.Equal(1000 + Math.Log(2), x.Logsumexp(0).Item(), 3);
        var ls = x.LogSoftmax(0).ToDoubleArray();
        Assert.Equal(-Math.Log(2), ls[0], 5);
        Assert.Equal(-2000 - Math.Log(2), ls[2], 2);
    }

    [Fact]
    public void ClampWithOneOrBothBounds()
    {
        using var x = Tensor.FromArray([-2.0, 0.5, 3]);
        Assert.Equal([-1.0, 0.5, 1], x.Clamp(-1, 1).ToDoubleArray());
        Assert.Equal([0.0, 0.5, 3], x.Clamp(min: 0).ToDoubleArray());
        Assert.Equal([-2.0, 0.5, 2], x.Clamp(max: 2).ToDoubleArray());
        Fails(() => x.Clamp());
    }

    [Fact]
    public void VarAndStdMatchTheDefinition()
    {
        using var x = Tensor.FromArray([1.0, 2, 4, 7], 2, 2);
        Assert.Equal(Math.Pow(Math.Sqrt(((1 - 3.5) * (1 - 3.5) + 1.5 * 1.5 + 0.25 + 3.5 * 3.5) / 3), 2), x.Var().Item(), 12);
        Assert.Equal([0.5, 4.5], x.Var([1]).ToDoubleArray());
        Assert.Equal([0.5, 1.5], x.Std([1], correction: 0).ToDoubleArray());
    }

    [Fact]
    public void BadDimsAreIndexErrorsWithPyTorchText()
    {
        using var x = Tensor.Zeros([2, 3]);
        var e = Fails(() => x.Softmax(2));
        Assert.Equal(ErrorKind.Index, e.Kind);
        Assert.Equal("Dimension out of range (expected to be in range of [-2, 1], but got 2)", e.Message);
        Assert.Equal(ErrorKind.Index, Fails(() => x.Max(-3)).Kind);
        Assert.Equal(ErrorKind.Index, Fails(() => Tensor.Cat([x, x], 2)).Kind);
        Assert.Equal(ErrorKind.Index, Fails(() => x.Logsumexp(5)).Kind);
        Assert.Equal(ErrorKind.Index, Fails(() => x.Var([7])).Kind);
    }

    [Fact]
    public void CatOfMismatchedShapesNamesBothShapes()
    {
        using var a = Tensor.Zeros([4, 3]);
        using var b = Tensor.Zeros([2, 2]);
        var e = Fails(() => Tensor.Cat([a, b], 0));
        Assert.Equal(ErrorKind.Shape, e.Kind);
        Assert.Contains("Sizes of tensors must match except in dimension 0. Expected size 3 but got size 2 for tensor number 1 in the list", e.Message);
        Assert.Contains("[4, 3]", e.Message);
        Assert.Contains("[2, 2]", e.Message);
        Assert.Contains("[4, 3] at entry 0 and [2, 2] at entry 1", Fails(() => Tensor.Stack([a, b])).Message);
    }

    [Fact]
    public void IndexMustBeInt64AndInRange()
    {
        using var x = Tensor.Zeros([4, 3]);
        using var fidx = Tensor.FromArray([1.0], 1, 1);
        Assert.Equal("gather(): Expected dtype int64 for index", Fails(() => x.Gather(0, fidx)).Message);
        using var big = Tensor.FromArray([9L], 1, 1);
        Assert.Equal("index 9 is out of bounds for dimension 0 with size 4", Fails(() => x.Gather(0, big)).Message);
        using var neg = Tensor.FromArray([-1L], 1, 1);
        Fails(() => x.Gather(0, neg));
        Fails(() => x.ScatterAdd(0, big, x));
        using var v = Tensor.FromArray([9L]);
        var e = Fails(() => x.IndexSelect(0, v));
        Assert.Equal(ErrorKind.Index, e.Kind);
        Assert.Equal("index out of range in self", e.Message);
        Assert.Equal(ErrorKind.Index, Fails(() => x.IndexAdd(0, v, Tensor.Zeros([1, 3]))).Kind);
        using var fv = Tensor.FromArray([1.0]);
        Assert.Equal(ErrorKind.Dtype, Fails(() => x.IndexSelect(0, fv)).Kind);
    }

    [Fact]
    public void GatherAndIndexSelectValues()
    {
        using var x = Tensor.FromArray([1.0, 2, 3, 4, 5, 6], 2, 3);
        Assert.Equal([3.0, 1, 5, 5], x.Gather(1, Tensor.FromArray([2L, 0, 1, 1], 2, 2)).ToDoubleArray());
        Assert.Equal([3.0, 1, 6, 4], x.IndexSelect(1, Tensor.FromArray([2L, 0])).ToDoubleArray());
        Assert.Equal([1.0, 2, 3, 10, 20, 4, 5, 6, 30, 40], Tensor.Cat([x, Tensor.FromArray([10.0, 20, 30, 40], 2, 2)], 1).ToDoubleArray());
        var s = Tensor.Stack([x, x], 2);
        Assert.Equal([2, 3, 2], s.Shape);
        Assert.Equal([1.0, 1, 2, 2], s.ToDoubleArray()[..4]);
    }

    [Fact]
    public void WhereNeedsABoolCondition()
    {
        using var a = Tensor.FromArray([1.0, 2]);
        var e = Fails(() => Tensor.Where(a, a, a));
        Assert.Equal("where expected condition to be a boolean tensor, but got a tensor with dtype Double", e.Message);
        using var cond = a.Gt(Tensor.Scalar(1.5, DType.Float64));
        Assert.Equal([5.0, 2], Tensor.Where(cond, a, Tensor.Scalar(5, DType.Float64)).ToDoubleArray());
    }
}
