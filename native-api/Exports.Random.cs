using System.Runtime.InteropServices;

namespace NativeGrad.Native;

// Random generators and random tensors. Every generator argument may be NULL: the default generator
// (the one ng_manual_seed seeds). With the same seed and calls, values are PyTorch 1.13's on CPU.
[ExportGroup("Random numbers", Order = 1)]
public static unsafe partial class Exports
{
    private static Generator? Gen(GeneratorHandle g) => Abi.G(g);

    private static Generator GenOrDefault(GeneratorHandle g) => Gen(g) ?? Generator.Default;

    /// <summary>Creates a generator seeded with 67280421310721 (torch.Generator()); release it with ng_generator_free.</summary>
    [Export("ng_generator_new")]
    internal static void GeneratorNew(GeneratorHandle* outGenerator)
    {
        Abi.Out(outGenerator); *outGenerator = Abi.NewGenerator(new Generator());
    }

    /// <summary>Releases a generator handle (NULL is ignored).</summary>
    /// <param name="generator">May be NULL (the default generator).</param>
    [Export("ng_generator_free")]
    internal static void GeneratorFree(GeneratorHandle generator)
    {
        Abi.FreeGenerator(generator);
    }

    /// <summary>Seeds a generator (NULL: the default one); the seed is read as an unsigned 64-bit value, so -1 is 2^64 - 1 as in torch.</summary>
    /// <param name="generator">May be NULL (the default generator).</param>
    [Export("ng_generator_manual_seed")]
    internal static void GeneratorManualSeed(GeneratorHandle generator, long seed)
    {
        GenOrDefault(generator).ManualSeed(seed);
    }

    /// <summary>Reseeds a generator from a nondeterministic source and writes the new seed (as unsigned 64 bits).</summary>
    /// <param name="generator">May be NULL (the default generator).</param>
    [Export("ng_generator_seed")]
    internal static void GeneratorSeed(GeneratorHandle generator, long* outSeed)
    {
        Abi.Out(outSeed); var g = GenOrDefault(generator); *outSeed = unchecked((long)g.Seed());
    }

    /// <summary>Writes the seed of a generator's current stream (torch's initial_seed(), as unsigned 64 bits).</summary>
    /// <param name="generator">May be NULL (the default generator).</param>
    [Export("ng_generator_initial_seed")]
    internal static void GeneratorInitialSeed(GeneratorHandle generator, long* outSeed)
    {
        Abi.Out(outSeed); var v = GenOrDefault(generator).InitialSeed; *outSeed = unchecked((long)v);
    }

    /// <summary>Copies a generator's state into outState, in torch's layout (nbytes must be 5056; torch.get_rng_state()).</summary>
    /// <param name="generator">May be NULL (the default generator).</param>
    [Export("ng_generator_get_state")]
    internal static void GeneratorGetState(GeneratorHandle generator, void* outState, long nbytes)
    {
        Abi.Out(outState);
        if (nbytes != Generator.StateSize)
            throw new NativeGradException(ErrorKind.InvalidArgument, $"buffer of {nbytes} bytes does not match the generator state ({Generator.StateSize} bytes)");
        var s = GenOrDefault(generator).GetState();
        s.CopyTo(new Span<byte>(outState, s.Length));
    }

    /// <summary>Restores a generator's state from nbytes bytes (5056, or torch's legacy 5048; torch.set_rng_state()).</summary>
    /// <param name="generator">May be NULL (the default generator).</param>
    [Export("ng_generator_set_state")]
    internal static void GeneratorSetState(GeneratorHandle generator, void* state, long nbytes)
    {
        if (state == null) throw new NativeGradException(ErrorKind.NullPointer, "state is NULL");
        if (nbytes < 0 || nbytes > int.MaxValue) throw new NativeGradException(ErrorKind.InvalidArgument, $"invalid state size {nbytes}");
        GenOrDefault(generator).SetState(new ReadOnlySpan<byte>(state, (int)nbytes));
    }

    /// <summary>Fills t with uniform samples in [from, to) (Tensor.uniform_).</summary>
    /// <param name="generator">May be NULL (the default generator).</param>
    [Export("ng_uniform_")]
    internal static void Uniform_(TensorHandle t, double from, double to, GeneratorHandle generator)
    {
        Abi.T(t).Uniform_(from, to, Gen(generator));
    }

    /// <summary>Fills t with normal samples (Tensor.normal_).</summary>
    /// <param name="generator">May be NULL (the default generator).</param>
    [Export("ng_normal_")]
    internal static void Normal_(TensorHandle t, double mean, double std, GeneratorHandle generator)
    {
        Abi.T(t).Normal_(mean, std, Gen(generator));
    }

    /// <summary>Fills t with integers in [0, 2^mantissa] (floats), [0, 2^63 - 1] (int64) or {0, 1} (bool) (Tensor.random_()).</summary>
    /// <param name="generator">May be NULL (the default generator).</param>
    [Export("ng_random_")]
    internal static void Random_(TensorHandle t, GeneratorHandle generator)
    {
        Abi.T(t).Random_(Gen(generator));
    }

    /// <summary>Fills t with integers in [from, *to) (Tensor.random_(from, to)); to NULL means up to the dtype's
    /// largest integer, inclusive (from = INT64_MIN then covers all 64-bit values).</summary>
    /// <param name="to">May be NULL (up to the dtype's largest integer).</param>
    /// <param name="generator">May be NULL (the default generator).</param>
    [Export("ng_random_from_to_")]
    internal static void RandomFromTo_(TensorHandle t, long from, long* to, GeneratorHandle generator)
    {
        Abi.T(t).Random_(from, to == null ? null : *to, Gen(generator));
    }

    /// <summary>Fills t with 1 (probability p) or 0 (Tensor.bernoulli_(p)).</summary>
    /// <param name="generator">May be NULL (the default generator).</param>
    [Export("ng_bernoulli_")]
    internal static void Bernoulli_(TensorHandle t, double p, GeneratorHandle generator)
    {
        Abi.T(t).Bernoulli_(p, Gen(generator));
    }

    /// <summary>Fills t with 1 (probability p[i], p broadcast to t's shape) or 0 (Tensor.bernoulli_(p_tensor)).</summary>
    /// <param name="generator">May be NULL (the default generator).</param>
    [Export("ng_bernoulli_tensor_")]
    internal static void BernoulliTensor_(TensorHandle t, TensorHandle p, GeneratorHandle generator)
    {
        Abi.T(t).Bernoulli_(Abi.T(p), Gen(generator));
    }

    /// <summary>torch.bernoulli(p): 1 with probability p[i], else 0, of p's shape and dtype.</summary>
    /// <param name="generator">May be NULL (the default generator).</param>
    [Export("ng_bernoulli")]
    internal static void Bernoulli(TensorHandle p, GeneratorHandle generator, TensorHandle* outTensor)
    {
        Abi.Out(outTensor); var r = Abi.T(p).Bernoulli(Gen(generator)); *outTensor = Abi.New(r);
    }

    /// <summary>torch.bernoulli(input, p): 1 with probability p, else 0, of input's shape, dtype and layout.</summary>
    /// <param name="generator">May be NULL (the default generator).</param>
    [Export("ng_bernoulli_p")]
    internal static void BernoulliP(TensorHandle input, double p, GeneratorHandle generator, TensorHandle* outTensor)
    {
        Abi.Out(outTensor); var r = Abi.T(input).Bernoulli(p, Gen(generator)); *outTensor = Abi.New(r);
    }

    /// <summary>Fills t with exponential samples of rate lambd (Tensor.exponential_).</summary>
    /// <param name="generator">May be NULL (the default generator).</param>
    [Export("ng_exponential_")]
    internal static void Exponential_(TensorHandle t, double lambd, GeneratorHandle generator)
    {
        Abi.T(t).Exponential_(lambd, Gen(generator));
    }

    /// <summary>Fills t with Cauchy samples (Tensor.cauchy_).</summary>
    /// <param name="generator">May be NULL (the default generator).</param>
    [Export("ng_cauchy_")]
    internal static void Cauchy_(TensorHandle t, double median, double sigma, GeneratorHandle generator)
    {
        Abi.T(t).Cauchy_(median, sigma, Gen(generator));
    }

    /// <summary>Fills t with log-normal samples (Tensor.log_normal_).</summary>
    /// <param name="generator">May be NULL (the default generator).</param>
    [Export("ng_log_normal_")]
    internal static void LogNormal_(TensorHandle t, double mean, double std, GeneratorHandle generator)
    {
        Abi.T(t).LogNormal_(mean, std, Gen(generator));
    }

    /// <summary>Fills t with geometric samples (Tensor.geometric_).</summary>
    /// <param name="generator">May be NULL (the default generator).</param>
    [Export("ng_geometric_")]
    internal static void Geometric_(TensorHandle t, double p, GeneratorHandle generator)
    {
        Abi.T(t).Geometric_(p, Gen(generator));
    }

    /// <summary>torch.randperm(n): a random permutation of 0..n-1 (dtype NG_INT64, NG_FLOAT32 or NG_FLOAT64).</summary>
    /// <param name="generator">May be NULL (the default generator).</param>
    [Export("ng_randperm")]
    internal static void Randperm(long n, int dtype, GeneratorHandle generator, TensorHandle* outTensor)
    {
        Abi.Out(outTensor); var t = Tensor.Randperm(n, Abi.Type(dtype), Gen(generator)); *outTensor = Abi.New(t);
    }

    /// <summary>torch.multinomial(probs, numSamples, replacement): int64 category indices per row of probs (1-D or 2-D).</summary>
    /// <param name="generator">May be NULL (the default generator).</param>
    [Export("ng_multinomial")]
    internal static void Multinomial(TensorHandle probs, long numSamples, int replacement, GeneratorHandle generator, TensorHandle* outTensor)
    {
        Abi.Out(outTensor); var r = Abi.T(probs).Multinomial(numSamples, replacement != 0, Gen(generator)); *outTensor = Abi.New(r);
    }

    /// <summary>torch.normal(mean, std) with tensor arguments: a NULL mean (std) tensor means the scalar
    /// meanValue (stdValue); at least one must be a tensor. Zero gradient (NormalBackward1/2/3).</summary>
    /// <param name="mean">May be NULL (the scalar is used).</param>
    /// <param name="std">May be NULL (the scalar is used).</param>
    /// <param name="generator">May be NULL (the default generator).</param>
    [Export("ng_normal")]
    internal static void Normal(TensorHandle mean, double meanValue, TensorHandle std, double stdValue, GeneratorHandle generator, TensorHandle* outTensor)
    {
        Abi.Out(outTensor);
        var m = Abi.TOrNull(mean);
        var s = Abi.TOrNull(std);
        var g = Gen(generator);
        Tensor r;
        if (m != null && s != null) r = Tensor.Normal(m, s, g);
        else if (m != null) r = Tensor.Normal(m, stdValue, g);
        else if (s != null) r = Tensor.Normal(meanValue, s, g);
        else throw new NativeGradException(ErrorKind.NullPointer, "ng_normal needs a mean or a std tensor (use ng_normal_ on a new tensor for two scalars)");
        *outTensor = Abi.New(r);
    }

    /// <summary>torch.rand_like(t) (dtype &lt; 0: t's dtype); keeps t's memory layout, as torch.</summary>
    /// <param name="generator">May be NULL (the default generator).</param>
    [Export("ng_rand_like")]
    internal static void RandLike(TensorHandle t, int dtype, GeneratorHandle generator, TensorHandle* outTensor)
    {
        Abi.Out(outTensor); var r = Abi.T(t).RandLike(dtype < 0 ? null : Abi.Type(dtype), Gen(generator)); *outTensor = Abi.New(r);
    }

    /// <summary>torch.randn_like(t) (dtype &lt; 0: t's dtype); keeps t's memory layout, as torch.</summary>
    /// <param name="generator">May be NULL (the default generator).</param>
    [Export("ng_randn_like")]
    internal static void RandnLike(TensorHandle t, int dtype, GeneratorHandle generator, TensorHandle* outTensor)
    {
        Abi.Out(outTensor); var r = Abi.T(t).RandnLike(dtype < 0 ? null : Abi.Type(dtype), Gen(generator)); *outTensor = Abi.New(r);
    }

    /// <summary>torch.randint_like(t, low, high) (dtype &lt; 0: t's dtype); keeps t's memory layout, as torch.</summary>
    /// <param name="generator">May be NULL (the default generator).</param>
    [Export("ng_randint_like")]
    internal static void RandintLike(TensorHandle t, long low, long high, int dtype, GeneratorHandle generator, TensorHandle* outTensor)
    {
        Abi.Out(outTensor); var r = Abi.T(t).RandintLike(low, high, dtype < 0 ? null : Abi.Type(dtype), Gen(generator)); *outTensor = Abi.New(r);
    }
}
