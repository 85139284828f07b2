using NativeGrad.Distributed;
using Xunit;

namespace NativeGrad.Tests;

// The distributed tests share the process-wide default group: one collection, run one class at a time.
[CollectionDefinition("Distributed", DisableParallelization = true)]
public class DistributedCollection;

/// <summary>Pieces of NativeGrad.Distributed that need no MPI: bucket assignment, the sampler, argument errors.
/// (Training over several ranks is tested under mpirun by tests/python/test_distributed.py.)</summary>
[Collection("Distributed")]
public class DistributedTests
{
    private static List<int[]> Assign(long[] limits, params (DType, long)[] tensors) => Buckets.Assign(tensors, limits);

    [Fact]
    public void BucketsCloseWhenTheyReachTheirLimitAndTheFirstLimitIsUsedOnce()
    {
        // 4-byte float tensors of 100 bytes; limits 150 (first bucket), then 250.
        var t = Enumerable.Repeat((DType.Float32, 100L), 7).ToArray();
        var b = Assign([150, 250], t);
        Assert.Equal(new[] { new[] { 0, 1 }, new[] { 2, 3, 4 }, new[] { 5, 6 } }, b);
    }

    [Fact]
    public void BucketsHoldOneDtypeAndComeInTheOrderTheyBecomeReady()
    {
        var b = Assign([1000], (DType.Float32, 400), (DType.Float64, 800), (DType.Float32, 400), (DType.Float64, 400), (DType.Float32, 400));
        // float32 reaches 1000 bytes at tensor 4 (1200), float64 at tensor 3 (1200): the float64 bucket is ready first.
        Assert.Equal(new[] { new[] { 1, 3 }, new[] { 0, 2, 4 } }, b);
    }

    [Fact]
    public void ALargeTensorGetsABucketOfItsOwnAndEmptyInputGivesNoBuckets()
    {
        Assert.Equal(new[] { new[] { 0 }, new[] { 1 } }, Assign([10], (DType.Float32, 1 << 20), (DType.Float32, 4)));
        Assert.Empty(Assign([10]));
        Assert.Equal(new[] { new[] { 0, 1 } }, Assign([10], (DType.Float32, 0), (DType.Float32, 0)));
    }

    [Fact]
    public void DdpLimitsAreOneMebibyteThenTheCap()
    {
        Assert.Equal(new long[] { 1 << 20, 25L << 20 }, Buckets.Limits(25));
        Assert.Equal(new long[] { 512 << 10, 512 << 10 }, Buckets.Limits(0.5));
        Assert.Throws<NativeGradException>(() => Buckets.Limits(0));
        Assert.Throws<NativeGradException>(() => Buckets.Limits(double.NaN));
        Assert.Throws<NativeGradException>(() => Buckets.Assign([(DType.Float32, 4)], []));
    }

    // PyTorch 1.13's DistributedSampler(shuffle=False) on range(n): list(sampler) per rank.
    [Theory]
    [InlineData(10, 3, false, new long[] { 0, 3, 6, 9 }, new long[] { 1, 4, 7, 0 }, new long[] { 2, 5, 8, 1 })]
    [InlineData(10, 3, true, new long[] { 0, 3, 6 }, new long[] { 1, 4, 7 }, new long[] { 2, 5, 8 })]
    [InlineData(2, 3, false, new long[] { 0 }, new long[] { 1 }, new long[] { 0 })]
    [InlineData(2, 3, true, new long[0], new long[0], new long[0])]
    [InlineData(9, 3, true, new long[] { 0, 3, 6 }, new long[] { 1, 4, 7 }, new long[] { 2, 5, 8 })]
    public void SamplerMatchesPyTorchWithoutShuffle(long n, int replicas, bool dropLast, long[] r0, long[] r1, long[] r2)
    {
        var expected = new[] { r0, r1, r2 };
        for (int r = 0; r < replicas; r++)
        {
            var s = new DistributedSampler(n, replicas, r, shuffle: false, dropLast: dropLast);
            Assert.Equal(expected[r], s.ToArray());
            Assert.Equal(expected[r].Length, s.NumSamples);
        }
    }

    [Fact]
    public void SamplerPadsBeyondTheDatasetLengthByRepeatingIt()
    {
        // n=2, 5 replicas: padding 3 > n, so the order 0 1 is repeated: 0 1 0 1 0.
        var all = Enumerable.Range(0, 5).Select(r => new DistributedSampler(2, 5, r, shuffle: false).Single()).ToArray();
        Assert.Equal(new long[] { 0, 1, 0, 1, 0 }, all);
    }

    [Fact]
    public void ShuffledSamplerIsAPermutationSharedByAllRanksAndChangesWithTheEpoch()
    {
        const int n = 103, replicas = 4;
        long[][] Epoch(long e) => Enumerable.Range(0, replicas).Select(r =>
        {
            var s = new DistributedSampler(n, replicas, r, shuffle: true, seed: 7);
            s.SetEpoch(e);
            return s.Indices();
        }).ToArray();
        var e0 = Epoch(0);
        // Interleaving the ranks gives back the padded permutation: all of 0..n-1, then the first indices again.
        var merged = Enumerable.Range(0, (int)e0[0].Length).SelectMany(j => e0.Select(r => r[j])).ToArray();
        Assert.Equal(104, merged.Length);
        Assert.Equal(Enumerable.Range(0, n).Select(i => (long)i), merged.Take(n).OrderBy(i => i));
        Assert.Equal(merged[0], merged[n]);
        Assert.NotEqual(Enumerable.Range(0, n).Select(i => (long)i), merged.Take(n));   // shuffled
        Assert.Equal(e0, Epoch(0));                                                   // deterministic
        Assert.NotEqual(e0[0], Epoch(1)[0]);                                          // per epoch
        var other = new DistributedSampler(n, replicas, 0, shuffle: true, seed: 8);
        Assert.NotEqual(e0[0], other.Indices());                                      // per seed
    }

    [Fact]
    public void SamplerArgumentErrors()
    {
        var e = Assert.Throws<NativeGradException>(() => new DistributedSampler(10, 2, 2));
        Assert.Equal("Invalid rank 2, rank should be in the interval [0, 1]", e.Message);
        Assert.Throws<NativeGradException>(() => new DistributedSampler(10, 0, 0));
        Assert.Throws<NativeGradException>(() => new DistributedSampler(-1, 2, 0));
        // Without num_replicas/rank it asks the default group, which does not exist here.
        e = Assert.Throws<NativeGradException>(() => new DistributedSampler(10));
        Assert.Equal(ErrorKind.Distributed, e.Kind);
    }

    [Fact]
    public void WithoutAGroupEveryCallNamesInitProcessGroup()
    {
        Assert.False(Dist.IsInitialized);
        foreach (var call in new Action[] { () => Dist.GetRank(), () => Dist.GetWorldSize(), () => Dist.Barrier(),
                     () => Dist.AllReduce(Tensor.Ones([2])), () => Dist.DestroyProcessGroup() })
        {
            var e = Assert.Throws<NativeGradException>(call);
            Assert.Equal("Default process group has not been initialized, please make sure to call init_process_group.", e.Message);
            Assert.Equal(ErrorKind.Distributed, e.Kind);
        }
    }

    [Fact]
    public void InitOutsideMpirunNeedsWorldSizeOneAndOtherArgumentsAreChecked()
    {
        Assert.False(Dist.IsStartedByMpirun, "the xunit suite is not meant to run under mpirun");
        var e = Assert.Throws<NativeGradException>(() => Dist.InitProcessGroup("mpi"));
        Assert.StartsWith("init_process_group: this process was not started by mpirun", e.Message);
        Assert.Contains("world_size=1", e.Message);
        Assert.Equal(ErrorKind.Distributed, e.Kind);
        e = Assert.Throws<NativeGradException>(() => Dist.InitProcessGroup("gloo"));
        Assert.Equal("init_process_group: NativeGrad supports the 'mpi' backend only (got 'gloo')", e.Message);
        Assert.Throws<NativeGradException>(() => Dist.InitProcessGroup("mpi", TimeSpan.Zero));
        Assert.Throws<NativeGradException>(() => Dist.InitProcessGroup("mpi", worldSize: 0));
        Assert.Throws<NativeGradException>(() => Dist.InitProcessGroup("mpi", worldSize: 2, rank: 2));
        Assert.False(Dist.IsInitialized);
    }
}
