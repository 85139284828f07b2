using NativeGrad.Distributed;
using NativeGrad.NN;
using Xunit;

namespace NativeGrad.Tests;

/// <summary>Initialises a single-process MPI group (world_size 1, no mpirun) for the class, destroys it after.
/// Needs Open MPI (Debian: openmpi-bin libopenmpi-dev), which CI installs.</summary>
public sealed class SingletonGroup : IDisposable
{
    public SingletonGroup() => Dist.InitProcessGroup("mpi", TimeSpan.FromSeconds(60), worldSize: 1);

    public void Dispose() => Dist.DestroyProcessGroup();
}

/// <summary>The real MPI code paths with one process: collectives are identities, DDP's reducer runs its hooks,
/// buckets, all-reduces and copies back, so gradients must equal local training's bitwise.</summary>
[Collection("Distributed")]
public class DistributedSingletonTests(SingletonGroup group) : IClassFixture<SingletonGroup>
{
    private readonly SingletonGroup _group = group;

    [Fact]
    public void GroupOfOne()
    {
        Assert.NotNull(_group);
        Assert.True(Dist.IsInitialized);
        Assert.Equal(0, Dist.GetRank());
        Assert.Equal(1, Dist.GetWorldSize());
        Assert.Equal("mpi", Dist.GetBackend());
        Assert.True(Dist.IsMpiAvailable);
        var e = Assert.Throws<NativeGradException>(() => Dist.InitProcessGroup("mpi", worldSize: 1));
        Assert.Equal("trying to initialize the default process group twice!", e.Message);
        Assert.Null(Dist.Barrier());
        Assert.True(Dist.Barrier(asyncOp: true)!.Wait());
    }

    [Theory]
    [InlineData(ReduceOp.Sum)]
    [InlineData(ReduceOp.Avg)]
    [InlineData(ReduceOp.Max)]
    [InlineData(ReduceOp.Min)]
    [InlineData(ReduceOp.Product)]
    public void AllReduceOfOneRankKeepsTheValuesAndBumpsTheVersion(ReduceOp op)
    {
        foreach (var t in new[] { Tensor.FromArray(new float[] { 1.5f, -2, 3 }, 3), Tensor.FromArray(new double[] { 1.25, 0, -7 }, 3),
                     Tensor.FromArray(new long[] { 5, -6, 1L << 40 }, 3) })
        {
            if (op == ReduceOp.Avg && t.DType == DType.Int64)
            {
                var e = Assert.Throws<NativeGradException>(() => Dist.AllReduce(t, op));
                Assert.StartsWith("all_reduce: ReduceOp.AVG needs a floating-point tensor", e.Message);
                continue;
            }
            var before = t.ToDoubleArray();
            int v = t.Version;
            Dist.AllReduce(t, op);
            Assert.Equal(before, t.ToDoubleArray());
            Assert.Equal(v + 1, t.Version);
        }
    }

    [Fact]
    public void AsyncAllReduceAndBroadcastReturnWork()
    {
        var t = Tensor.FromArray(new double[] { 1, 2, 3, 4 }, 2, 2);
        var w = Dist.AllReduce(t, ReduceOp.Sum, asyncOp: true)!;
        Assert.Equal("all_reduce", w.Op);
        Assert.True(w.Wait());
        Assert.True(w.IsCompleted());
        Assert.Null(Dist.Broadcast(t, 0));
        Assert.True(Dist.Broadcast(t, 0, asyncOp: true)!.Wait(TimeSpan.FromSeconds(10)));
        Assert.Equal(new double[] { 1, 2, 3, 4 }, t.ToDoubleArray());
        var empty = Tensor.Zeros([0]);
        Dist.AllReduce(empty);
        Assert.Equal(0, empty.Numel);
    }

    [Fact]
    public void BadTensorsAreErrors()
    {
        var t = Tensor.FromArray(new float[] { 1, 2, 3, 4, 5, 6 }, 2, 3);
        var e = Assert.Throws<NativeGradException>(() => Dist.AllReduce(t.T()));
        Assert.Equal("Tensors must be contiguous", e.Message);
        e = Assert.Throws<NativeGradException>(() => Dist.AllReduce(Tensor.Ones([2]).Gt(Tensor.Zeros([2]))));
        Assert.Equal("all_reduce: unsupported dtype torch.bool (float32, float64 and int64 are supported)", e.Message);
        e = Assert.Throws<NativeGradException>(() => Dist.Broadcast(t, 1));
        Assert.Equal("broadcast: invalid src rank 1 (world size 1)", e.Message);
        Assert.True(Dist.IsInitialized);   // argument errors do not fail the group
        Dist.Barrier();
    }

    private static Sequential Mlp(int seed)
    {
        Tensor.ManualSeed(seed);
        return new Sequential(new Linear(10, 100), new ReLU(true), new Linear(100, 1));
    }

    private static (Tensor X, Tensor Y) Batch()
    {
        Tensor.ManualSeed(99);
        return (Tensor.Randn([16, 10]), Tensor.Randn([16, 1]));
    }

    [Fact]
    public void DdpGradientsEqualLocalGradientsBitwise()
    {
        var local = Mlp(1);
        var ddp = new DistributedDataParallel(Mlp(1));
        var (x, y) = Batch();
        F.MseLoss(local.Call(x), y).Backward();
        F.MseLoss(ddp.Call(x), y).Backward();
        var lp = local.NamedParameters().ToList();
        var dp = ddp.NamedParameters().ToList();
        Assert.Equal(lp.Select(p => "module." + p.Key), dp.Select(p => p.Key));
        for (int i = 0; i < lp.Count; i++)
            Assert.Equal(lp[i].Value.Grad!.ToDoubleArray(), dp[i].Value.Grad!.ToDoubleArray());
        // A second step accumulates, as local training does.
        F.MseLoss(local.Call(x), y).Backward();
        F.MseLoss(ddp.Call(x), y).Backward();
        for (int i = 0; i < lp.Count; i++)
            Assert.Equal(lp[i].Value.Grad!.ToDoubleArray(), dp[i].Value.Grad!.ToDoubleArray());
        Assert.StartsWith("DistributedDataParallel(\n  (module): Sequential(", ddp.ToString());
        ddp.Dispose();
    }

    [Fact]
    public void DdpBucketsFollowReverseRegistrationOrder()
    {
        // Parameters: 0 weight [100,10] 4000 B, 1 bias 400 B, 2 weight [1,100] 400 B, 3 bias 4 B; cap 0.0007 MB = 734 B
        // (also the first bucket's limit, being under 1 MB): 3, 2, 1 reach 804 B, then 0 alone.
        var ddp = new DistributedDataParallel(Mlp(2), bucketCapMb: 0.0007);
        Assert.Equal(new[] { new[] { 3, 2, 1 }, new[] { 0 } }, ddp.BucketIndices);
        var (x, y) = Batch();
        F.MseLoss(ddp.Call(x), y).Backward();
        Assert.All(ddp.Parameters(), p => Assert.NotNull(p.Grad));
        Assert.Single(new DistributedDataParallel(Mlp(2)).BucketIndices);   // 25 MB: one bucket
        ddp.Dispose();
    }

    [Fact]
    public void NoSyncAccumulatesAndTheNextSyncedBackwardReducesTheSum()
    {
        var local = Mlp(3);
        var ddp = new DistributedDataParallel(Mlp(3));
        var (x, y) = Batch();
        using (ddp.NoSync())
        {
            Assert.False(ddp.RequireBackwardGradSync);
            F.MseLoss(ddp.Call(x), y).Backward();
        }
        Assert.True(ddp.RequireBackwardGradSync);
        F.MseLoss(ddp.Call(x * 2.0), y).Backward();
        F.MseLoss(local.Call(x), y).Backward();
        F.MseLoss(local.Call(x * 2.0), y).Backward();
        var lp = local.Parameters().ToList();
        var dp = ddp.Parameters().ToList();
        for (int i = 0; i < lp.Count; i++)
            Assert.Equal(lp[i].Grad!.ToDoubleArray(), dp[i].Grad!.ToDoubleArray());
        ddp.Dispose();
    }

    private sealed class TwoHeads : Module
    {
        public readonly Linear A, B;
        public TwoHeads() { A = RegisterModule("a", new Linear(3, 1)); B = RegisterModule("b", new Linear(3, 1)); }
        public override Tensor Forward(Tensor input) => A.Call(input);   // b is never used
    }

    [Fact]
    public void AnUnusedParameterFailsTheBackwardNamingIt()
    {
        var ddp = new DistributedDataParallel(new TwoHeads());
        var e = Assert.Throws<NativeGradException>(() => ddp.Call(Tensor.Ones([2, 3])).Sum().Backward());
        Assert.Contains("did not receive a gradient", e.Message);
        Assert.EndsWith("Parameters without a gradient on rank 0: module.b.weight, module.b.bias", e.Message);
        ddp.Dispose();
        // Frozen parameters are not reduced at all.
        var m = new TwoHeads();
        m.B.RequiresGrad_(false);
        var ok = new DistributedDataParallel(m);
        ok.Call(Tensor.Ones([2, 3])).Sum().Backward();
        Assert.NotNull(m.A.Weight.Grad);
        ok.Dispose();
        Assert.Throws<NativeGradException>(() => new DistributedDataParallel(new TwoHeads(), findUnusedParameters: true));
    }

    [Fact]
    public void BackwardOutsideADdpForwardIsLocalAndCreateGraphIsRefused()
    {
        var inner = Mlp(4);
        var ddp = new DistributedDataParallel(inner);
        var (x, y) = Batch();
        // Forward through the inner module: the reducer is not armed, nothing is reduced or checked.
        F.MseLoss(inner.Call(x), y).Backward();
        Assert.All(inner.Parameters(), p => Assert.NotNull(p.Grad));
        var e = Assert.Throws<NativeGradException>(() => F.MseLoss(ddp.Call(x), y).Backward(createGraph: true));
        Assert.Equal("DistributedDataParallel does not support backward with create_graph=True (a gradient that requires grad)", e.Message);
        ddp.Dispose();
    }

    [Fact]
    public void SamplerDefaultsToTheGroup()
    {
        var s = new DistributedSampler(5, shuffle: false);
        Assert.Equal(1, s.NumReplicas);
        Assert.Equal(new long[] { 0, 1, 2, 3, 4 }, s.ToArray());
    }
}
