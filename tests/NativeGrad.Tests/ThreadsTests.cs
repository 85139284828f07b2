using NativeGrad.Kernels;
using Xunit;

namespace NativeGrad.Tests;

/// <summary>Threads.Count (torch.set_num_threads) resizes the worker pool, and results do not depend on
/// the size. Runs alone: the pool is process-wide.</summary>
[Collection("memory")]
public class ThreadsTests
{
    private static (double[] Mm, double[] Exp, double[] Grad) Work()
    {
        var a = Tensor.Arange(0, 300 * 280, 1, DType.Float32).Reshape([300, 280]) * 1e-4;
        var b = Tensor.Arange(0, 280 * 260, 1, DType.Float32).Reshape([280, 260]).Sin();
        var w = a.Detach().RequiresGrad_();
        var mm = w.Mm(b);
        mm.Sum().Backward();
        var big = (Tensor.Arange(0, 600_000, 1, DType.Float32) * 1e-5).Exp();
        return (mm.ToDoubleArray(), big.ToDoubleArray(), w.Grad!.ToDoubleArray());
    }

    [Fact]
    public void ResizingThePoolKeepsResultsEqual()
    {
        int before = Threads.Count;
        try
        {
            Threads.Count = 1;
            Assert.Equal(1, Threads.Count);
            var one = Work();
            Assert.Equal(0, WorkerPool.HelperCount);
            Threads.Count = 3;
            Assert.Equal(3, Threads.Count);
            var three = Work();
            Assert.Equal(2, WorkerPool.HelperCount);    // started by the parallel kernels above
            Assert.Equal(one.Mm, three.Mm);
            Assert.Equal(one.Exp, three.Exp);
            Assert.Equal(one.Grad, three.Grad);
            Threads.Count = 2;
            Assert.Equal(1, WorkerPool.HelperCount);    // the third thread was told to exit
            Assert.Equal(one.Mm, Work().Mm);
        }
        finally { Threads.Count = before; }
    }

    [Fact]
    public void InvalidSizesAreRefused()
    {
        int before = Threads.Count;
        var e = Assert.Throws<NativeGradException>(() => Threads.Count = 0);
        Assert.Equal("set_num_threads expects a positive integer", e.Message);
        Assert.Equal(ErrorKind.InvalidArgument, e.Kind);
        Assert.Throws<NativeGradException>(() => Threads.Count = -3);
        Assert.Equal(before, Threads.Count);
        Assert.Equal("NATIVEGRAD_NUM_THREADS", Threads.EnvironmentVariable);
    }
}
