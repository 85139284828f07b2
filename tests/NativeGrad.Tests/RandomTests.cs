using NativeGrad.NN;
using Xunit;

namespace NativeGrad.Tests;

/// <summary>The generator's own invariants. Values against PyTorch are checked by tests/python/test_random.py
/// (torch runs in that process); here: the standard MT19937 outputs, bulk draws equal to one-at-a-time
/// draws, the vector Box-Muller equal to its scalar lanes, states, threads, ranges and messages.
/// Several tests seed the process-wide default generator and compare two draws: they run alone (a test
/// of another class drawing in between made them differ).</summary>
[Collection("default generator")]
public unsafe class RandomTests
{
    [Fact]
    public void Mt19937GivesTheStandardSequence()
    {
        // C++11 requires the 10000th output of a default-constructed std::mt19937 (seed 5489) to be 4123659995.
        var e = new Mt19937(5489);
        Assert.Equal(3499211612u, e.NextUInt32());
        for (int i = 2; i < 10000; i++) e.NextUInt32();
        Assert.Equal(4123659995u, e.NextUInt32());
        // init_genrand uses the low 32 bits of the seed; the seed itself is kept whole
        var big = new Mt19937((1UL << 40) + 5489);
        Assert.Equal(3499211612u, big.NextUInt32());
        Assert.Equal((1UL << 40) + 5489, big.Seed);
    }

    [Fact]
    public void BulkDrawsEqualSingleDraws()
    {
        var rnd = new System.Random(1);
        var a = new Mt19937(7);
        var b = new Mt19937(7);
        for (int round = 0; round < 200; round++)
        {
            int n = rnd.Next(0, round % 10 == 0 ? 3000 : 700);
            var buf = new uint[n];
            a.Fill(buf);
            for (int i = 0; i < n; i++) Assert.Equal(b.NextUInt32(), buf[i]);
            Assert.Equal(b.Left, a.Left);
            Assert.Equal(b.Next, a.Next);
            Assert.Equal(b.State, a.State);
        }
    }

    [Fact]
    public void VectorBoxMullerEqualsItsScalarLanes()
    {
        if (!System.Runtime.Intrinsics.X86.Fma.IsSupported) return;   // the vector path is then not taken
        var rnd = new System.Random(3);
        float* v = stackalloc float[16];
        float* s = stackalloc float[16];
        for (int round = 0; round < 20000; round++)
        {
            for (int i = 0; i < 16; i++)
            {
                // uniforms on the 24-bit grid, with the ends and tiny values well represented
                uint w = round % 4 == 0 ? (uint)rnd.Next(0, 64) : round % 4 == 1 ? (uint)(0xFFFFFF - rnd.Next(0, 64)) : (uint)rnd.Next(0, 1 << 24);
                v[i] = s[i] = w * (1.0f / (1 << 24));
            }
            float mean = round % 3 == 0 ? 0f : (float)rnd.NextDouble() - 0.5f, std = round % 3 == 0 ? 1f : (float)rnd.NextDouble() * 3;
            BoxMuller.Block16(v, mean, std);
            BoxMuller.Block16Scalar(s, mean, std);
            for (int i = 0; i < 16; i++) Assert.Equal(BitConverter.SingleToInt32Bits(s[i]), BitConverter.SingleToInt32Bits(v[i]));
        }
    }

    [Fact]
    public void AvxMathfunLogAndSinCosAreAccurate()
    {
        // the Cephes polynomials torch uses: a few float ulps from the true values on Box-Muller's ranges
        for (int i = 1; i <= 1 << 24; i += 4097)
        {
            float u = i * (1.0f / (1 << 24));
            Assert.InRange(BoxMuller.Log(u) - Math.Log(u), -2e-7 * Math.Max(1, Math.Abs(Math.Log(u))), 2e-7 * Math.Max(1, Math.Abs(Math.Log(u))));
            float theta = (float)(2 * Math.PI) * u;
            BoxMuller.SinCos(theta, out float sn, out float cs);
            Assert.InRange(sn - Math.Sin(theta), -3e-7, 3e-7);
            Assert.InRange(cs - Math.Cos(theta), -3e-7, 3e-7);
        }
        Assert.True(float.IsNaN(BoxMuller.Log(0f)) && float.IsNaN(BoxMuller.Log(-1f)));
    }

    [Fact]
    public void StateRoundTripsAndRejectsGarbage()
    {
        var g = new Generator(11);
        using var _ = Tensor.Randn([3], generator: g);          // leaves a cached normal
        var s = g.GetState();
        Assert.Equal(Generator.StateSize, s.Length);
        var a = Tensor.Randn([5], generator: g).ToDoubleArray();
        g.SetState(s);
        Assert.Equal(a, Tensor.Randn([5], generator: g).ToDoubleArray());
        var h = new Generator();
        h.SetState(s);
        Assert.Equal(a, Tensor.Randn([5], generator: h).ToDoubleArray());
        Assert.Equal(11UL, h.InitialSeed);
        var c = g.Clone();
        Assert.Equal(Tensor.Rand([9], generator: g).ToDoubleArray(), Tensor.Rand([9], generator: c).ToDoubleArray());

        var before = g.GetState();
        var e = Assert.Throws<NativeGradException>(() => g.SetState(new byte[10]));
        Assert.Contains("found the input RNG state size to be 10", e.Message);
        Assert.Throws<NativeGradException>(() => g.SetState(new byte[Generator.StateSize]));   // seeded = 0
        var bad = (byte[])before.Clone();
        BitConverter.TryWriteBytes(bad.AsSpan(16), 700UL);                                   // next past the state
        Assert.Equal("Invalid mt19937 state", Assert.Throws<NativeGradException>(() => g.SetState(bad)).Message);
        Assert.Equal(before, g.GetState());
    }

    [Fact]
    public void ManualSeedResetsTheStreamAndTheCache()
    {
        var g = new Generator();
        Assert.Equal(Generator.DefaultSeed, g.InitialSeed);
        g.ManualSeed(-1);
        Assert.Equal(ulong.MaxValue, g.InitialSeed);
        g.ManualSeed(4);
        var first = Tensor.Randn([3], generator: g).ToDoubleArray();
        Tensor.Randn([1], generator: g).Dispose();
        g.ManualSeed(4);
        Assert.Equal(first, Tensor.Randn([3], generator: g).ToDoubleArray());
        ulong s = g.Seed();
        Assert.Equal(s, g.InitialSeed);
    }

    [Fact]
    public void DrawsFromManyThreadsAreSerialised()
    {
        var g = new Generator(5);
        const int threads = 4, calls = 300;
        var ts = Enumerable.Range(0, threads).Select(_ => new Thread(() =>
        {
            for (int i = 0; i < calls; i++) using (Tensor.Rand([7], generator: g)) { }
        })).ToList();
        ts.ForEach(t => t.Start());
        ts.ForEach(t => t.Join());
        var reference = new Generator(5);
        using (Tensor.Rand([threads * calls * 7], generator: reference)) { }
        Assert.Equal(reference.GetState(), g.GetState());
    }

    [Fact]
    public void UserGeneratorsLeaveTheDefaultAlone()
    {
        Tensor.ManualSeed(9);
        var expect = Tensor.Rand([4]).ToDoubleArray();
        Tensor.ManualSeed(9);
        using (Tensor.Rand([100], generator: new Generator(1))) { }
        using (Tensor.Randperm(50, generator: new Generator(2))) { }
        Assert.Equal(expect, Tensor.Rand([4]).ToDoubleArray());
    }

    [Fact]
    public void IntegersStayInTheirRanges()
    {
        var g = new Generator(3);
        foreach (var (lo, hi) in new (long, long)[] { (0, 1), (-5, 5), (0, 1L << 32), (-(1L << 40), 1L << 40), (long.MinValue, long.MaxValue) })
        {
            using var t = Tensor.Randint(lo, hi, [500], generator: g);
            var v = (long*)t.DataAddress;
            for (int i = 0; i < 500; i++) Assert.InRange(v[i], lo, hi - 1);
        }
        using var p = Tensor.Randperm(1000, generator: g);
        Assert.Equal(Enumerable.Range(0, 1000).Select(i => (double)i), p.ToDoubleArray().Order());
        using var f = Tensor.Zeros([300], DType.Float32).Random_(g);
        Assert.All(f.ToDoubleArray(), x => Assert.InRange(x, 0, 1 << 24));
    }

    [Fact]
    public void RandintIsDrawModuloRange()
    {
        // torch: (draw % range) + low, a 32-bit draw below 2^32, else a 64-bit one
        foreach (long range in new long[] { 1, 2, 3, 7, 1000, 65537, (1L << 31) + 11, uint.MaxValue, 1L << 32, (1L << 32) + 1, 1L << 62 })
        {
            var g = new Generator((ulong)range);
            using var t = Tensor.Randint(-3, -3 + range, [300], generator: g);
            var e = new Mt19937((ulong)range);
            var v = (long*)t.DataAddress;
            for (int i = 0; i < 300; i++)
            {
                ulong draw = range < 1L << 32 ? e.NextUInt32() : e.NextUInt64();
                Assert.Equal((long)(draw % (ulong)range) - 3, v[i]);
            }
        }
    }

    [Fact]
    public void FillsRespectAutogradRules()
    {
        var w = Tensor.Zeros([3]).RequiresGrad_();
        var e = Assert.Throws<NativeGradException>(() => w.Normal_());
        Assert.Equal("a leaf Variable that requires grad is being used in an in-place operation.", e.Message);
        int v = w.Version;
        using (Autograd.NoGrad()) w.Uniform_(-1, 1);
        Assert.Equal(v + 1, w.Version);
        Assert.All(w.ToDoubleArray(), x => Assert.InRange(x, -1, 1));
        using var y = w * 2;
        Assert.Throws<NativeGradException>(() => y.Bernoulli_(0.5));
    }

    [Fact]
    public void NormalWithTensorsHasZeroGradient()
    {
        var mean = Tensor.Zeros([4]).RequiresGrad_();
        var std = Tensor.Ones([4]).RequiresGrad_();
        using var y = Tensor.Normal(mean, std, new Generator(1));
        Assert.Equal("NormalBackward3", y.GradFn!.Name);
        y.Sum().Backward();
        Assert.Equal(new double[4], mean.Grad!.ToDoubleArray());
        Assert.Equal(new double[4], std.Grad!.ToDoubleArray());
        Assert.Equal("NormalBackward1", Tensor.Normal(mean, 2.0).GradFn!.Name);
        Assert.Equal("NormalBackward2", Tensor.Normal(1.0, std).GradFn!.Name);
        var e = Assert.Throws<NativeGradException>(() => Tensor.Normal(mean, -std));
        Assert.Equal("normal expects all elements of std >= 0.0", e.Message);
    }

    [Fact]
    public void LinearInitIsKaimingUniformThenBias()
    {
        Tensor.ManualSeed(0);
        var lin = new Linear(3, 2);
        Tensor.ManualSeed(0);
        using var w = Tensor.Zeros([2, 3]);
        Init.KaimingUniform_(w, a: Math.Sqrt(5));
        using var b = Tensor.Zeros([2]).Uniform_(-1 / Math.Sqrt(3), 1 / Math.Sqrt(3));
        Assert.Equal(w.ToDoubleArray(), lin.Weight.ToDoubleArray());
        Assert.Equal(b.ToDoubleArray(), lin.Bias!.ToDoubleArray());
        // torch 1.13 printed this for manual_seed(0); Linear(3, 2).weight[0][0].item()
        Assert.Equal(-0.004322517663240433, lin.Weight.ToDoubleArray()[0]);
    }

    [Fact]
    public void MultinomialBasics()
    {
        var g = new Generator(2);
        using var p = Tensor.FromArray(new float[] { 0.5f, 0f, 0.25f, 0.25f });
        using var with = p.Multinomial(2000, replacement: true, generator: g);
        Assert.DoesNotContain(1.0, with.ToDoubleArray());
        using var without = p.Multinomial(3, generator: g);
        Assert.Equal(3, without.ToDoubleArray().Distinct().Count());
        Assert.DoesNotContain(1.0, without.ToDoubleArray());
        Assert.Throws<NativeGradException>(() => p.Multinomial(5));
    }

    [Theory]
    [InlineData(1.5, "1.5")]
    [InlineData(-1, "-1")]
    [InlineData(3e38, "3e+38")]
    [InlineData(0.1, "0.1")]
    [InlineData(1e-5, "1e-05")]
    [InlineData(123456789, "1.23457e+08")]
    [InlineData(100000, "100000")]
    [InlineData(1000000, "1e+06")]
    [InlineData(0.0001, "0.0001")]
    [InlineData(-0.30000000000000004, "-0.3")]
    public void MessagesFormatNumbersAsCpp(double v, string expected) => Assert.Equal(expected, Sampling.Cpp(v));
}

/// <summary>Tests that seed the process-wide default generator and compare draws run outside the parallel collections.</summary>
[CollectionDefinition("default generator", DisableParallelization = true)]
public class DefaultGeneratorCollection;
