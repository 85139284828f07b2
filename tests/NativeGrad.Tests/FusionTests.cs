using NativeGrad.Fusion;
using Xunit;

namespace NativeGrad.Tests;

/// <summary>
/// Lazy elementwise fusion (engine/Fusion) against eager execution: each scenario runs with fusion off
/// and on (recording from one element, so small shapes reach tile edges) and must give the same bits,
/// and the fused run must really have fused (the fuser's per-thread counters).
/// </summary>
public class FusionTests
{
    private static Tensor Rand(int n, DType t, int seed, bool grad = false)
    {
        var r = new System.Random(seed);
        var x = Tensor.FromArray(Enumerable.Range(0, n).Select(_ => r.NextDouble() * 4 - 2).ToArray(), n).To(t);
        if (grad) x.RequiresGrad_();
        return x;
    }

    private static long[] Bits(Tensor t) => t.ToDoubleArray().Select(BitConverter.DoubleToInt64Bits).ToArray();

    /// <summary>Runs the scenario eagerly and fused; every returned tensor must match bit for bit. Returns
    /// the fuser's counters of the fused run (regions computed, passes, fused sums).</summary>
    private static (int Regions, int Passes, int Sums) SameBits(Func<Tensor[]> scenario)
    {
        long[][] Run(bool on)
        {
            using var _ = Fuser.Override(on);
            var outs = scenario();
            try { return outs.Select(Bits).ToArray(); }
            finally { foreach (var o in outs) o.Dispose(); }
        }
        var eager = Run(false);
        int r0 = Fuser.t_regionsComputed, p0 = Fuser.t_passes, s0 = Fuser.t_sums;
        var fused = Run(true);
        var counts = (Fuser.t_regionsComputed - r0, Fuser.t_passes - p0, Fuser.t_sums - s0);
        Assert.Equal(eager.Length, fused.Length);
        for (int i = 0; i < eager.Length; i++)
        {
            Assert.Equal(eager[i].Length, fused[i].Length);
            for (int k = 0; k < eager[i].Length; k++)
                if (eager[i][k] != fused[i][k])
                    Assert.Fail($"output {i}, element {k} of {eager[i].Length}: eager {BitConverter.Int64BitsToDouble(eager[i][k]):R}, fused {BitConverter.Int64BitsToDouble(fused[i][k]):R}");
        }
        return counts;
    }

    public static TheoryData<int, DType> Sizes()
    {
        var d = new TheoryData<int, DType>();
        // Tile edges: tiles are 2048 elements; the last tile takes up to 7 more.
        foreach (int n in new[] { 1, 7, 8, 9, 2047, 2048, 2049, 2055, 2056, 4099, 1 << 16, 100003 })
            foreach (var t in new[] { DType.Float32, DType.Float64 }) d.Add(n, t);
        return d;
    }

    [Theory]
    [MemberData(nameof(Sizes))]
    public void ExpChainForwardAndBackward(int n, DType type)
    {
        var c = SameBits(() =>
        {
            var a = Rand(n, type, 1, true);
            var b = Rand(n, type, 2, true);
            using var ab = a * b;
            using var ea = a.Exp();
            using var t = ab + ea;
            using var s = t.Sum();
            s.Backward();
            return [s.Detach(), a.Grad!, b.Grad!];
        });
        // One pass: both gradients and the pending loss they share their sources with.
        if (n >= 8) { Assert.Equal(1, c.Sums); Assert.Equal(1, c.Passes); Assert.Equal(3, c.Regions); }
    }

    [Theory]
    [MemberData(nameof(Sizes))]
    public void TanhChainForwardAndBackward(int n, DType type)
    {
        var c = SameBits(() =>
        {
            var a = Rand(n, type, 3, true);
            var b = Rand(n, type, 4, true);
            using var s = ((a * b + a.Sin()).Tanh()).Sum();
            s.Backward();
            return [s.Detach(), a.Grad!, b.Grad!];
        });
        if (n >= 8) Assert.Equal(1, c.Sums);
    }

    [Fact]
    public void ScalarOperandsAndExpandedGradients()
    {
        SameBits(() =>
        {
            var a = Rand(5000, DType.Float32, 5, true);
            using var y = ((a * 2 + 1).Exp() - 3) / (1.5 - a.Sigmoid());
            using var s = y.Mean();
            s.Backward();
            return [y.Detach(), s.Detach(), a.Grad!];
        });
    }

    [Fact]
    public void PendingTensorIsPendingUntilRead()
    {
        using var _ = Fuser.Override(true);
        using var a = Rand(3000, DType.Float64, 6);
        var e = a.Exp();
        using var y = e * a;
        e.Dispose();   // y's expression holds what it needs of e
        Assert.NotNull(y._storage.Pending);
        Assert.NotNull(a._storage.Readers);
        double first = y.ToDoubleArray()[0];
        Assert.Null(y._storage.Pending);
        Assert.Null(a._storage.Readers);
        Assert.Equal(Math.Exp(a.ToDoubleArray()[0]) * a.ToDoubleArray()[0], first);
    }

    [Fact]
    public void WritingASourceComputesItsReadersFirst()
    {
        SameBits(() =>
        {
            var a = Rand(3000, DType.Float32, 7);
            var y = a.Exp();
            a.Add_(1);             // eager: y holds exp of the old a
            a.Mul_(a);
            return [y, a];
        });
    }

    [Fact]
    public void WritingAPendingTensorComputesItFirst()
    {
        SameBits(() =>
        {
            var a = Rand(3000, DType.Float32, 8);
            var y = a * a;
            y.Add_(1);
            var z = y.Sqrt();
            return [y, z];
        });
    }

    [Fact]
    public void ViewsOfPendingTensors()
    {
        var c = SameBits(() =>
        {
            var a = Rand(4096, DType.Float64, 9);
            using var y = a.Exp() + a;
            var part = y.Slice(0, 100, 3000);
            using var sq = y.View(64, 64);
            var rowSums = sq.Sum(1);
            var z = part.Cos();   // a view of a pending storage computes it first
            return [part, rowSums, z];
        });
        Assert.True(c.Regions >= 1);
    }

    [Fact]
    public void RetainGradHooksAndGradFnNames()
    {
        SameBits(() =>
        {
            var a = Rand(3000, DType.Float32, 10, true);
            var b = Rand(3000, DType.Float32, 11, true);
            using var t = a * b + a.Exp();
            Assert.Equal("AddBackward0", t.GradFn!.Name);
            t.RetainGrad();
            double[]? seen = null;   // tensors made in a hook are the backward's temporaries: keep values
            using var h = t.RegisterHook(g => { using var g2 = g * 2; seen = g2.ToDoubleArray(); return null; });
            using var s = (t * t).Sum();
            s.Backward();
            return [t.Grad!.Detach(), Tensor.FromArray(seen!, seen!.Length), a.Grad!, b.Grad!];
        });
    }

    [Fact]
    public void CreateGraphSecondOrder()
    {
        SameBits(() =>
        {
            var a = Rand(3000, DType.Float64, 12, true);
            using var y = (a * a.Exp()).Sum();
            var g = Autograd.Grad([y], [a], createGraph: true)[0]!;
            using var gg = (g * g).Sum();
            gg.Backward();
            return [g.Detach(), a.Grad!];
        });
    }

    [Fact]
    public void GradientsAccumulateOverBackwards()
    {
        SameBits(() =>
        {
            var a = Rand(3000, DType.Float32, 13, true);
            using var s = (a.Exp() * a).Sum();
            s.Backward(retainGraph: true);
            s.Backward();
            return [a.Grad!];
        });
    }

    [Fact]
    public void ConversionsAndNonElementwiseConsumers()
    {
        SameBits(() =>
        {
            var a = Rand(3000, DType.Float32, 14);
            using var y = a.Exp() - a;
            var d = y.To(DType.Float64);
            var m = y.Reshape(60, 50).Sum(0);
            var mx = y.Max();
            return [d, m, mx];
        });
    }

    [Fact]
    public void ForeignMemoryIsNeverReadLazily()
    {
        using var _ = Fuser.Override(true);
        var data = new double[3000];
        for (int i = 0; i < data.Length; i++) data[i] = i * 0.001;
        unsafe
        {
            fixed (double* p = data)
            {
                using var x = Tensor.FromBlob(p, DType.Float64, [data.Length]);
                using var y = x.Exp();
                Assert.Null(y._storage.Pending);   // the owner may write the memory at any time
                data[0] = 5;
                Assert.Equal(1.0, y.ToDoubleArray()[0]);
            }
        }
    }

    [Fact]
    public void UnreadPendingTensorsAreDroppedUncomputed()
    {
        using var _ = Fuser.Override(true);
        using var a = Rand(3000, DType.Float32, 15);
        int r0 = Fuser.t_regionsComputed;
        var y = a.Exp();
        Assert.NotNull(a._storage.Readers);
        y.Dispose();
        Assert.Null(a._storage.Readers);
        Assert.Equal(r0, Fuser.t_regionsComputed);
    }

    [Fact]
    public void LongChainsBeyondTheCap()
    {
        SameBits(() =>
        {
            var a = Rand(3000, DType.Float64, 16, true);
            var y = a;
            for (int i = 0; i < 100; i++)
            {
                var z = i % 3 == 0 ? (y * 0.99).Sin() : i % 3 == 1 ? y + a : y.Tanh();
                if (!ReferenceEquals(y, a)) y.Dispose();
                y = z;
            }
            using var s = y.Sum();
            s.Backward();
            return [y.Detach(), a.Grad!];
        });
    }

    [Fact]
    public void NoGradChainsAndInPlaceOnSources()
    {
        SameBits(() =>
        {
            var w = Rand(5000, DType.Float32, 17);
            var g = Rand(5000, DType.Float32, 18);
            // An optimizer-like update: the step reads pending values and writes a source.
            for (int i = 0; i < 3; i++)
            {
                using var step = g * 0.1 + w * 0.01;
                w.Sub_(step);
                using var g2 = g.Tanh();
                g.Copy_(g2);
            }
            return [w, g];
        });
    }

    [Fact]
    public void MultiplyingByOneCopiesTheSource()
    {
        var c = SameBits(() =>
        {
            var a = Rand(3000, DType.Float32, 19);
            var y = a * 1.0;          // pending, its expression the load of a
            using var z = y * 1.0;
            var s = z.Sum();
            return [y, s, z.Exp()];
        });
        Assert.True(c.Regions >= 2);
    }

    [Fact]
    public void ChainsObservedAtEveryStepAreNotRecomputedFromTheirSources()
    {
        int i0 = Fuser.t_instructions;
        SameBits(() =>
        {
            var x = Rand(5000, DType.Float64, 20);
            var sums = new List<Tensor>();
            for (int i = 0; i < 30; i++)
            {
                var y = x.Sin();
                x.Dispose();
                x = y;
                using var s = x.Sum();
                sums.Add(Tensor.FromArray(new[] { s.Item() }, 1));   // observed now, as a print would
            }
            sums.Add(x);
            return sums.ToArray();
        });
        // Eagerly 30 sines; each fused step computes one sine for its sum and one to write x for the
        // next step (recomputing from the source would take 1 + 2 + ... + 30).
        Assert.InRange(Fuser.t_instructions - i0, 30, 2 * 30 + 1);
    }

    [Fact]
    public void LeakedPendingResultsDoNotPileUpOnTheirSources()
    {
        using var _ = Fuser.Override(true);
        using var a = Rand(3000, DType.Float32, 21);
        var leaked = new List<Tensor>();
        for (int i = 0; i < 200; i++) leaked.Add(a * (i + 2.0));   // never disposed, as a careless caller's
        Assert.InRange(a._storage.Readers?.Count ?? 0, 0, Fuser.MaxReaders + 1);
        Assert.Equal((double)((float)a.ToDoubleArray()[7] * 201f), leaked[199].ToDoubleArray()[7]);
        foreach (var t in leaked) t.Dispose();
        Assert.Null(a._storage.Readers);
    }
}

