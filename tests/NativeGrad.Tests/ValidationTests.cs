using NativeGrad.NN;
using NativeGrad.Ops;
using NativeGrad.Optim;
using Xunit;

namespace NativeGrad.Tests;

/// <summary>Bad arguments are refused as PyTorch refuses them, with its messages (issue 11); edge
/// cases that are legal (a 0-dim tensor's dim 0, slice bounds near the int64 limits) work.</summary>
public class ValidationTests
{
    private static void Fails(ErrorKind kind, string message, Action call)
    {
        var e = Assert.Throws<NativeGradException>(call);
        Assert.Equal(message, e.Message);
        Assert.Equal(kind, e.Kind);
    }

    private static Tensor Param() => Tensor.FromArray([1.0, 2.0]).RequiresGrad_();

    // ---- optimizers ----------------------------------------------------------------------------

    [Fact]
    public void SgdHyperParametersAreChecked()
    {
        var p = Param();
        Fails(ErrorKind.InvalidArgument, "Invalid learning rate: -0.1", () => new SGD([p], lr: -0.1));
        Fails(ErrorKind.InvalidArgument, "Invalid learning rate: nan", () => new SGD([p], lr: double.NaN));
        Fails(ErrorKind.InvalidArgument, "Invalid momentum value: -1", () => new SGD([p], lr: 0.1, momentum: -1));
        Fails(ErrorKind.InvalidArgument, "Invalid weight_decay value: -0.01", () => new SGD([p], lr: 0.1, weightDecay: -0.01));
        Fails(ErrorKind.InvalidArgument, "Nesterov momentum requires a momentum and zero dampening", () => new SGD([p], lr: 0.1, nesterov: true));
        Fails(ErrorKind.InvalidArgument, "Nesterov momentum requires a momentum and zero dampening",
            () => new SGD([p], lr: 0.1, momentum: 0.9, dampening: 0.1, nesterov: true));
        _ = new SGD([p], lr: 0, momentum: 0.9, nesterov: true);   // lr 0 and Nesterov with momentum are fine
        // The per-step update (what C's ng_sgd_update_ and Python's optimizers call) checks too.
        using var g = Tensor.FromArray([1.0, 1.0]);
        Fails(ErrorKind.InvalidArgument, "Invalid learning rate: -1", () => Updates.Sgd(p, g, null, true, lr: -1));
        Assert.Equal(new[] { 1.0, 2.0 }, p.ToDoubleArray());
    }

    [Fact]
    public void AdamAndRmspropHyperParametersAreChecked()
    {
        var p = Param();
        Fails(ErrorKind.InvalidArgument, "Invalid learning rate: -0.001", () => new Adam([p], lr: -1e-3));
        Fails(ErrorKind.InvalidArgument, "Invalid epsilon value: -1e-08", () => new Adam([p], eps: -1e-8));
        Fails(ErrorKind.InvalidArgument, "Invalid beta parameter at index 0: 1", () => new Adam([p], beta1: 1));
        Fails(ErrorKind.InvalidArgument, "Invalid beta parameter at index 0: -0.1", () => new Adam([p], beta1: -0.1));
        Fails(ErrorKind.InvalidArgument, "Invalid beta parameter at index 1: nan", () => new AdamW([p], beta2: double.NaN));
        Fails(ErrorKind.InvalidArgument, "Invalid weight_decay value: -1", () => new AdamW([p], weightDecay: -1));
        Fails(ErrorKind.InvalidArgument, "Invalid alpha value: -0.5", () => new RMSprop([p], alpha: -0.5));
        Fails(ErrorKind.InvalidArgument, "Invalid momentum value: -0.5", () => new RMSprop([p], momentum: -0.5));
        Fails(ErrorKind.InvalidArgument, "Invalid epsilon value: nan", () => new RMSprop([p], eps: double.NaN));
        using var g = Tensor.FromArray([1.0, 1.0]);
        using var m = Tensor.Zeros([2], DType.Float64);
        using var v = Tensor.Zeros([2], DType.Float64);
        Fails(ErrorKind.InvalidArgument, "Invalid beta parameter at index 1: 1.5", () => Updates.Adam(p, g, m, v, 1, 1e-3, beta2: 1.5));
        Fails(ErrorKind.InvalidArgument, "Invalid alpha value: -1", () => Updates.RmsProp(p, g, m, null, null, 1e-2, alpha: -1));
    }

    // ---- losses and dropout -----------------------------------------------------------------------

    [Fact]
    public void BinaryCrossEntropyNeedsProbabilities()
    {
        using var t = Tensor.FromArray([1.0, 0.0]);
        foreach (var bad in new[] { 1.5, -0.5, double.NaN })
        {
            using var x = Tensor.FromArray([0.5, bad]);
            Fails(ErrorKind.InvalidArgument, "all elements of input should be between 0 and 1", () => F.BinaryCrossEntropy(x, t));
        }
        using var ok = Tensor.FromArray([1.0, 0.0]);
        using var loss = F.BinaryCrossEntropy(ok, t);
        Assert.Equal(0.0, loss.Item());
    }

    [Fact]
    public void ClassWeightsMustCoverTheClasses()
    {
        using var x = Tensor.Zeros([2, 3]);
        using var target = Tensor.FromArray([0L, 2L]);
        using var w4 = Tensor.Ones([4]);
        using var w2 = Tensor.Ones([2]);
        Fails(ErrorKind.InvalidArgument, "weight tensor should be defined either for all 3 classes or no classes but got weight tensor of shape: [4]",
            () => F.CrossEntropy(x, target, w4));
        Fails(ErrorKind.InvalidArgument, "weight tensor should be defined either for all 3 classes or no classes but got weight tensor of shape: [2]",
            () => F.NllLoss(x, target, w2));
        using var t3 = Tensor.FromArray([0L, 1L, 1L]);
        Fails(ErrorKind.Shape, "Expected input batch_size (2) to match target batch_size (3).", () => F.NllLoss(x, t3));
        Fails(ErrorKind.Shape, "Expected input batch_size (2) to match target batch_size (3).", () => F.CrossEntropy(x, t3));
    }

    [Fact]
    public void DropoutProbabilityMustBeInZeroOne()
    {
        using var x = Tensor.Ones([4]);
        Fails(ErrorKind.InvalidArgument, "dropout probability has to be between 0 and 1, but got nan", () => F.Dropout(x, double.NaN));
        Fails(ErrorKind.InvalidArgument, "dropout probability has to be between 0 and 1, but got 1.5", () => F.Dropout(x, 1.5));
        Fails(ErrorKind.InvalidArgument, "dropout probability has to be between 0 and 1, but got -0.1", () => new Dropout(-0.1));
        Fails(ErrorKind.InvalidArgument, "dropout probability has to be between 0 and 1, but got nan", () => new Dropout(double.NaN));
        using var y = F.Dropout(x, 1.0);
        Assert.Equal(new[] { 0.0, 0, 0, 0 }, y.ToDoubleArray());
    }

    // ---- factories ----------------------------------------------------------------------------------

    [Fact]
    public void FullIntoInt64RefusesNanAndOverflow()
    {
        foreach (var bad in new[] { double.NaN, double.PositiveInfinity, 1e30, 9223372036854775808.0, -1e19 })
            Fails(ErrorKind.InvalidArgument, "value cannot be converted to type int64_t without overflow", () => Tensor.Full([2], bad, DType.Int64));
        using var low = Tensor.Full([1], -9223372036854775808.0, DType.Int64);
        Assert.Equal(long.MinValue, low.ToLongArrayForTest()[0]);
        using var z = Tensor.Zeros([2], DType.Int64);
        Fails(ErrorKind.InvalidArgument, "value cannot be converted to type int64_t without overflow", () => z.Fill_(double.NaN));
        using var f = Tensor.Full([1], double.NaN, DType.Float32);   // floats hold NaN
        Assert.True(double.IsNaN(f.Item()));
    }

    [Fact]
    public void ArangeRefusesNanStepsAndBool()
    {
        Fails(ErrorKind.InvalidArgument, "step must be nonzero", () => Tensor.Arange(0, 5, double.NaN));
        Fails(ErrorKind.InvalidArgument, "step must be nonzero", () => Tensor.Arange(0, 5, 0));
        Fails(ErrorKind.InvalidArgument, "unsupported range: 0 -> nan", () => Tensor.Arange(0, double.NaN, 1));
        Fails(ErrorKind.InvalidArgument, "unsupported range: -inf -> 1", () => Tensor.Arange(double.NegativeInfinity, 1, 1));
        Fails(ErrorKind.Dtype, "\"arange_cpu\" not implemented for 'Bool'", () => Tensor.Arange(0, 5, 1, DType.Bool));
        using var empty = Tensor.Arange(0, 5, double.PositiveInfinity, DType.Float64);
        Assert.Equal(0, empty.Numel);
    }

    [Fact]
    public void RandintHandlesTheWholeInt64Range()
    {
        Fails(ErrorKind.InvalidArgument, "random_ expects 'from' to be less than 'to', but got from=5 >= to=5", () => Tensor.Randint(5, 5, [2]));
        Fails(ErrorKind.InvalidArgument, "random_ expects 'from' to be less than 'to', but got from=6 >= to=5", () => Tensor.Randint(6, 5, [2]));
        // high - low overflows int64: drawn over the whole range (both halves appear in 200 draws).
        using var all = Tensor.Randint(long.MinValue, long.MaxValue, [200]);
        var v = all.ToLongArrayForTest();
        Assert.Contains(v, x => x < 0);
        Assert.Contains(v, x => x > 0);
        Assert.DoesNotContain(long.MaxValue, v);
        // Bounds a double cannot tell apart: the three values are all drawn, exactly.
        long lo = 1L << 62;
        using var near = Tensor.Randint(lo, lo + 3, [300]);
        Assert.Equal(new[] { lo, lo + 1, lo + 2 }, near.ToLongArrayForTest().Distinct().Order().ToArray());
        using var bottom = Tensor.Randint(long.MinValue, long.MinValue + 2, [100]);
        Assert.Equal(new[] { long.MinValue, long.MinValue + 1 }, bottom.ToLongArrayForTest().Distinct().Order().ToArray());
    }

    // ---- autograd -----------------------------------------------------------------------------------

    [Fact]
    public void AssigningATensorAsItsOwnGradIsRefused()
    {
        var x = Tensor.FromArray([1.0, 2.0]).RequiresGrad_();
        Fails(ErrorKind.Autograd, "can't assign Variable as its own grad", () => x.Grad = x);
        using var y = Tensor.FromArray([1.0, 2.0]);
        Fails(ErrorKind.Autograd, "can't assign Variable as its own grad", () => y.Grad = y);
        Assert.Null(x.Grad);
        using var d = x.Detach();
        x.Grad = d;   // another tensor over the same memory is fine (as PyTorch)
        Assert.Equal(new[] { 1.0, 2.0 }, x.Grad!.ToDoubleArray());
    }

    [Fact]
    public void GradcheckRefusesAMeaninglessStep()
    {
        var x = Tensor.FromArray([1.0, 2.0]).RequiresGrad_();
        foreach (var eps in new[] { 0.0, -1e-6, double.NaN, double.PositiveInfinity })
            Fails(ErrorKind.InvalidArgument, $"gradcheck: eps must be positive and finite, got {NativeGradException.Num(eps)}",
                () => GradCheck.Check(xs => xs[0].Exp(), [x], eps: eps));
        Fails(ErrorKind.InvalidArgument, "gradcheck: atol and rtol must be non-negative, got atol=nan, rtol=0.001",
            () => GradCheck.CheckSecondOrder(xs => xs[0].Exp(), [x], atol: double.NaN));
        Assert.Null(GradCheck.Check(xs => xs[0].Exp(), [x]));
    }

    // ---- legal edge cases ---------------------------------------------------------------------------

    /// <summary>A 0-dim tensor takes dim 0 and -1 in reductions (as PyTorch), with gradients.</summary>
    [Fact]
    public void ZeroDimTensorsReduceOverDimZero()
    {
        var x = Tensor.Scalar(3, DType.Float64).RequiresGrad_();
        foreach (var dim in new[] { 0, -1 })
        {
            using var s = x.Sum(dim);
            Assert.Equal(3.0, s.Item());
            Assert.Equal(0, s.Dim);
            using var k = x.Sum(dim, keepdim: true);
            Assert.Equal(0, k.Dim);
            using var m = x.Mean(dim);
            Assert.Equal(3.0, m.Item());
        }
        using (var v = x.Var([0])) Assert.True(double.IsNaN(v.Item()));   // N - 1 = 0, as PyTorch
        var ex = Assert.Throws<NativeGradException>(() => x.Sum(1));
        Assert.Equal("Dimension out of range (expected to be in range of [-1, 0], but got 1)", ex.Message);
        Fails(ErrorKind.InvalidArgument, "dim 0 appears multiple times in the list of dims", () => x.Sum([0, -1]));
        using (var s = x.Sum(0) * 2.0) s.Backward();
        Assert.Equal(2.0, x.Grad!.Item());
        Assert.Null(GradCheck.Check(xs => xs[0].Sum([0], keepdim: true), [x]));
        Assert.Null(GradCheck.CheckSecondOrder(xs => (xs[0] * xs[0]).Mean([-1]), [x]));
    }

    /// <summary>Slice bounds anywhere in int64 are clamped as Python does; huge steps take one element.</summary>
    [Fact]
    public void SliceBoundsNearTheInt64LimitsAreClamped()
    {
        var a = Tensor.Arange(0, 10, 1, DType.Float64).RequiresGrad_();
        using (var s = a.Slice(0, long.MinValue + 1, long.MaxValue)) Assert.Equal(10, s.Numel);
        using (var s = a.Slice(0, 1L << 62)) Assert.Equal(0, s.Numel);
        using (var s = a.Slice(0, long.MinValue + 1, -(1L << 62))) Assert.Equal(0, s.Numel);
        using (var s = a.Slice(0, 3, long.MaxValue, long.MaxValue)) Assert.Equal(new[] { 3.0 }, s.ToDoubleArray());
        using (var s = a.Slice(0, -2, TensorIndex.None, long.MaxValue - 1)) Assert.Equal(new[] { 8.0 }, s.ToDoubleArray());
        using (var s = a.Slice(0, 1, long.MaxValue, 4)) Assert.Equal(new[] { 1.0, 5.0, 9.0 }, s.ToDoubleArray());
        using (var s = a.Slice(0, 2, long.MaxValue, long.MaxValue)) s.Sum().Backward();
        Assert.Equal(new[] { 0.0, 0, 1, 0, 0, 0, 0, 0, 0, 0 }, a.Grad!.ToDoubleArray());
    }
}

internal static class LongArrays
{
    /// <summary>An int64 tensor's values exactly (ToDoubleArray rounds above 2^53).</summary>
    public static unsafe long[] ToLongArrayForTest(this Tensor t)
    {
        Assert.Equal(DType.Int64, t.DType);
        var r = new long[t.Numel];
        fixed (long* p = r) t.CopyTo(p, r.Length * 8L);
        return r;
    }
}
