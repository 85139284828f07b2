using Xunit;

namespace NativeGrad.Tests;

/// <summary>
/// Sizes past the engine's limits (int sizes, at most <see cref="Shape.MaxElements"/> elements per tensor or
/// view) are refused with a message before anything is allocated, never wrapped around (issue 11).
/// </summary>
// LiveBytes is process-wide: the printing test measures it with no other test allocating.
[Collection("memory")]
public class ShapeLimitTests
{
    [Fact]
    public void Reshape_ProductThatWrapsAround_IsRefused()
    {
        using var a = Tensor.Ones([4]);
        // 4611686018427387905 * 4 = 2^64 + 4: in 64-bit arithmetic the product "matched" 4 and gave [1, 4]
        var e = Assert.Throws<NativeGradException>(() => a.View(4611686018427387905, 4));
        Assert.Equal(ErrorKind.InvalidArgument, e.Kind);
        Assert.Contains("size 4611686018427387905 at dimension 0", e.Message);
        Assert.Throws<NativeGradException>(() => a.Reshape(4611686018427387905, 4));
        Assert.Throws<NativeGradException>(() => a.Reshape(-1, 4611686018427387905));
        Assert.Throws<NativeGradException>(() => a.Reshape(4294967296, 4294967296, 4294967296));
    }

    [Fact]
    public void Reshape_EmptyTensorWithStridesPastTheLimit_IsRefused()
    {
        using var a = Tensor.Zeros([0]);
        var e = Assert.Throws<NativeGradException>(() => a.View(int.MaxValue, int.MaxValue, 0));
        Assert.Contains("limit of 2147483647 elements", e.Message);
        using var ok = a.View(0, int.MaxValue);   // within the limit: fine, as in PyTorch
        Assert.Equal([0, int.MaxValue], ok.Shape);
    }

    [Fact]
    public void CheckedNumel_OverflowingShapes()
    {
        Assert.Equal(6, Shape.CheckedNumel([2, 3]));
        Assert.Equal(0, Shape.CheckedNumel([0, 5]));
        Assert.Throws<NativeGradException>(() => Shape.CheckedNumel([65536, 65536]));
        Assert.Throws<NativeGradException>(() => Shape.CheckedNumel([int.MaxValue, int.MaxValue, int.MaxValue, int.MaxValue]));
        Assert.Throws<NativeGradException>(() => Shape.CheckedNumel([-1]));
        var e = Assert.Throws<NativeGradException>(() => Shape.Checked([1L << 20, 1L << 20]));
        Assert.Contains("would have 1099511627776 elements", e.Message);
        Assert.Throws<NativeGradException>(() => Shape.Checked([long.MaxValue]));
    }

    [Fact]
    public void Expand_PastTheLimit_IsRefused()
    {
        using var one = Tensor.Ones([1, 1]);
        Assert.Throws<NativeGradException>(() => one.Expand(65536, 65536));
        using var ok = one.Expand(46340, 46340);
        Assert.Equal(46340L * 46340, ok.Numel);
    }

    [Fact]
    public void Cat_SizeSumThatWrapsAround_IsRefusedBeforeAllocating()
    {
        using var one = Tensor.Ones([1]);
        using var big = one.Expand(int.MaxValue);
        using var four = Tensor.Ones([4]);
        long live = Allocator.LiveBytes;
        // 2 * (2^31 - 1) + 4 = 2^32 + 2, which was 2 in int arithmetic
        var e = Assert.Throws<NativeGradException>(() => Tensor.Cat([big, big, four]));
        Assert.Contains("would be 4294967298", e.Message);
        Assert.Throws<NativeGradException>(() => Tensor.Cat([big, four]));
        Assert.Equal(live, Allocator.LiveBytes);
    }

    [Fact]
    public void Broadcast_ResultPastTheLimit_IsRefused()
    {
        using var one = Tensor.Ones([1, 1]);
        using var col = one.Expand(65536, 1);
        using var row = one.Expand(1, 65536);
        var e = Assert.Throws<NativeGradException>(() => col + row);
        Assert.Contains("[65536, 65536] would have 4294967296 elements", e.Message);
    }

    [Fact]
    public void Narrow_StartPlusLengthOverflowingInt_IsRefused()
    {
        using var a = Tensor.Ones([4]);
        var e = Assert.Throws<NativeGradException>(() => a.Narrow(0, 3, int.MaxValue));
        Assert.Equal(ErrorKind.Index, e.Kind);
        Assert.Throws<NativeGradException>(() => a.Narrow(0, int.MaxValue, int.MaxValue));
    }

    [Fact]
    public void Print_HugeExpandedTensor_ReadsOnlyThePrintedElements()
    {
        using var row = Tensor.Arange(0, 3, 1, DType.Float32);
        using var huge = row.Expand(715827882, 3);   // 2^31 - 2 elements over 12 bytes
        long live = Allocator.LiveBytes;
        Assert.Equal(
            "tensor([[0., 1., 2.],\n        [0., 1., 2.],\n        [0., 1., 2.],\n        ...,\n" +
            "        [0., 1., 2.],\n        [0., 1., 2.],\n        [0., 1., 2.]])",
            huge.ToString());
        Assert.Equal(live, Allocator.LiveBytes);
    }

    [Fact]
    public void Print_StridedView_ReadsThroughTheStrides()
    {
        using var a = Tensor.Arange(0, 6, 1, DType.Float32).Reshape(2, 3);
        using var t = a.T();
        Assert.Equal("tensor([[0., 3.],\n        [1., 4.],\n        [2., 5.]])", t.ToString());
        using var n = a.Narrow(1, 1, 2);
        Assert.Equal("tensor([[1., 2.],\n        [4., 5.]])", n.ToString());
    }
}
