using System.Runtime.InteropServices;

namespace NativeGrad.Native;

// Random generators and random tensors. Every generator argument may be NULL: the default generator
// (the one ng_manual_seed seeds). With the same seed and calls, values are PyTorch 1.13's on CPU.
public static unsafe partial class Exports
{
    private static Generator? Gen(GeneratorHandle g) => g.Value == 0 ? null : Abi.Obj<Generator>(g.Value, "generator");

    private static Generator GenOrDefault(GeneratorHandle g) => Gen(g) ?? Generator.Default;

    /// <summary>Creates a generator seeded with 67280421310721 (torch.Generator()); release it with ng_generator_free.</summary>
    [UnmanagedCallersOnly(EntryPoint = "ng_generator_new")]
    public static NgStatus GeneratorNew(GeneratorHandle* outGenerator)
    {
        try { Abi.Out(outGenerator); *outGenerator = new GeneratorHandle(Abi.NewObject(new Generator())); return NgStatus.Ok; }
        catch (Exception e) { return Abi.Fail(e); }
    }

    /// <summary>Releases a generator handle (NULL is ignored).</summary>
    [UnmanagedCallersOnly(EntryPoint = "ng_generator_free")]
    public static NgStatus GeneratorFree(GeneratorHandle generator)
    {
        try
        {
            if (generator.Value != 0) Abi.Obj<Generator>(generator.Value, "generator");   // a generator, not another object
            Abi.FreeObject(generator.Value, "generator");
            return NgStatus.Ok;
        }
        catch (Exception e) { return Abi.Fail(e); }
    }

    /// <summary>Seeds a generator (NULL: the default one); the seed is read as an unsigned 64-bit value, so -1 is 2^64 - 1 as in torch.</summary>
    [UnmanagedCallersOnly(EntryPoint = "ng_generator_manual_seed")]
    public static NgStatus GeneratorManualSeed(GeneratorHandle generator, long seed)
    {
        try { GenOrDefault(generator).ManualSeed(seed); return NgStatus.Ok; }
        catch (Exception e) { return Abi.Fail(e); }
    }

    /// <summary>Reseeds a generator from a nondeterministic source and writes the new seed (as unsigned 64 bits).</summary>
    [UnmanagedCallersOnly(EntryPoint = "ng_generator_seed")]
    public static NgStatus GeneratorSeed(GeneratorHandle generator, long* outSeed)
    {
        try { Abi.Out(outSeed); var g = GenOrDefault(generator); *outSeed = unchecked((long)g.Seed()); return NgStatus.Ok; }
        catch (Exception e) { return Abi.Fail(e); }
    }

    /// <summary>Writes the seed of a generator's current stream (torch's initial_seed(), as unsigned 64 bits).</summary>
    [UnmanagedCallersOnly(EntryPoint = "ng_generator_initial_seed")]
    public static NgStatus GeneratorInitialSeed(GeneratorHandle generator, long* outSeed)
    {
        try { Abi.Out(outSeed); var v = GenOrDefault(generator).InitialSeed; *outSeed = unchecked((long)v); return NgStatus.Ok; }
        catch (Exception e) { return Abi.Fail(e); }
    }

    /// <summary>Copies a generator's state into outState, in torch's layout (nbytes must be 5056; torch.get_rng_state()).</summary>
    [UnmanagedCallersOnly(EntryPoint = "ng_generator_get_state")]
    public static NgStatus GeneratorGetState(GeneratorHandle generator, void* outState, long nbytes)
    {
        try
        {
            Abi.Out(outState);
            if (nbytes != Generator.StateSize)
                throw new NativeGradException(ErrorKind.InvalidArgument, $"buffer of {nbytes} bytes does not match the generator state ({Generator.StateSize} bytes)");
            var s = GenOrDefault(generator).GetState();
            s.CopyTo(new Span<byte>(outState, s.Length));
            return NgStatus.Ok;
        }
        catch (Exception e) { return Abi.Fail(e); }
    }

    /// <summary>Restores a generator's state from nbytes bytes (5056, or torch's legacy 5048; torch.set_rng_state()).</summary>
    [UnmanagedCallersOnly(EntryPoint = "ng_generator_set_state")]
    public static NgStatus GeneratorSetState(GeneratorHandle generator, void* state, long nbytes)
    {
        try
        {
            if (state == null) throw new NativeGradException(ErrorKind.NullPointer, "state is NULL");
            if (nbytes < 0 || nbytes > int.MaxValue) throw new NativeGradException(ErrorKind.InvalidArgument, $"invalid state size {nbytes}");
            GenOrDefault(generator).SetState(new ReadOnlySpan<byte>(state, (int)nbytes));
            return NgStatus.Ok;
        }
        catch (Exception e) { return Abi.Fail(e); }
    }

    /// <summary>Fills t with uniform samples in [from, to) (Tensor.uniform_).</summary>
    [UnmanagedCallersOnly(EntryPoint = "ng_uniform_")]
    public static NgStatus Uniform_(TensorHandle t, double from, double to, GeneratorHandle generator)
    {
        try { Abi.T(t).Uniform_(from, to, Gen(generator)); return NgStatus.Ok; }
        catch (Exception e) { return Abi.Fail(e); }
    }

    /// <summary>Fills t with normal samples (Tensor.normal_).</summary>
    [UnmanagedCallersOnly(EntryPoint = "ng_normal_")]
    public static NgStatus Normal_(TensorHandle t, double mean, double std, GeneratorHandle generator)
    {
        try { Abi.T(t).Normal_(mean, std, Gen(generator)); return NgStatus.Ok; }
        catch (Exception e) { return Abi.Fail(e); }
    }

    /// <summary>Fills t with integers in [0, 2^mantissa] (floats), [0, 2^63 - 1] (int64) or {0, 1} (bool) (Tensor.random_()).</summary>
    [UnmanagedCallersOnly(EntryPoint = "ng_random_")]
    public static NgStatus Random_(TensorHandle t, GeneratorHandle generator)
    {
        try { Abi.T(t).Random_(Gen(generator)); return NgStatus.Ok; }
        catch (Exception e) { return Abi.Fail(e); }
    }

    /// <summary>Fills t with integers in [from, *to) (Tensor.random_(from, to)); to NULL means up to the dtype's
    /// largest integer, inclusive (from = INT64_MIN then covers all 64-bit values).</summary>
    [UnmanagedCallersOnly(EntryPoint = "ng_random_from_to_")]
    public static NgStatus RandomFromTo_(TensorHandle t, long from, long* to, GeneratorHandle generator)
    {
        try { Abi.T(t).Random_(from, to == null ? null : *to, Gen(generator)); return NgStatus.Ok; }
        catch (Exception e) { return Abi.Fail(e); }
    }

    /// <summary>Fills t with 1 (probability p) or 0 (Tensor.bernoulli_(p)).</summary>
    [UnmanagedCallersOnly(EntryPoint = "ng_bernoulli_")]
    public static NgStatus Bernoulli_(TensorHandle t, double p, GeneratorHandle generator)
    {
        try { Abi.T(t).Bernoulli_(p, Gen(generator)); return NgStatus.Ok; }
        catch (Exception e) { return Abi.Fail(e); }
    }

    /// <summary>Fills t with 1 (probability p[i], p broadcast to t's shape) or 0 (Tensor.bernoulli_(p_tensor)).</summary>
    [UnmanagedCallersOnly(EntryPoint = "ng_bernoulli_tensor_")]
    public static NgStatus BernoulliTensor_(TensorHandle t, TensorHandle p, GeneratorHandle generator)
    {
        try { Abi.T(t).Bernoulli_(Abi.T(p), Gen(generator)); return NgStatus.Ok; }
        catch (Exception e) { return Abi.Fail(e); }
    }

    /// <summary>torch.bernoulli(p): 1 with probability p[i], else 0, of p's shape and dtype.</summary>
    [UnmanagedCallersOnly(EntryPoint = "ng_bernoulli")]
    public static NgStatus Bernoulli(TensorHandle p, GeneratorHandle generator, TensorHandle* outTensor)
    {
        try { Abi.Out(outTensor); var r = Abi.T(p).Bernoulli(Gen(generator)); *outTensor = Abi.New(r); return NgStatus.Ok; }
        catch (Exception e) { return Abi.Fail(e); }
    }

    /// <summary>torch.bernoulli(input, p): 1 with probability p, else 0, of input's shape, dtype and layout.</summary>
    [UnmanagedCallersOnly(EntryPoint = "ng_bernoulli_p")]
    public static NgStatus BernoulliP(TensorHandle input, double p, GeneratorHandle generator, TensorHandle* outTensor)
    {
        try { Abi.Out(outTensor); var r = Abi.T(input).Bernoulli(p, Gen(generator)); *outTensor = Abi.New(r); return NgStatus.Ok; }
        catch (Exception e) { return Abi.Fail(e); }
    }

    /// <summary>Fills t with exponential samples of rate lambd (Tensor.exponential_).</summary>
    [UnmanagedCallersOnly(EntryPoint = "ng_exponential_")]
    public static NgStatus Exponential_(TensorHandle t, double lambd, GeneratorHandle generator)
    {
        try { Abi.T(t).Exponential_(lambd, Gen(generator)); return NgStatus.Ok; }
        catch (Exception e) { return Abi.Fail(e); }
    }

    /// <summary>Fills t with Cauchy samples (Tensor.cauchy_).</summary>
    [UnmanagedCallersOnly(EntryPoint = "ng_cauchy_")]
    public static NgStatus Cauchy_(TensorHandle t, double median, double sigma, GeneratorHandle generator)
    {
        try { Abi.T(t).Cauchy_(median, sigma, Gen(generator)); return NgStatus.Ok; }
        catch (Exception e) { return Abi.Fail(e); }
    }

    /// <summary>Fills t with log-normal samples (Tensor.log_normal_).</summary>
    [UnmanagedCallersOnly(EntryPoint = "ng_log_normal_")]
    public static NgStatus LogNormal_(TensorHandle t, double mean, double std, GeneratorHandle generator)
    {
        try { Abi.T(t).LogNormal_(mean, std, Gen(generator)); return NgStatus.Ok; }
        catch (Exception e) { return Abi.Fail(e); }
    }

    /// <summary>Fills t with geometric samples (Tensor.geometric_).</summary>
    [UnmanagedCallersOnly(EntryPoint = "ng_geometric_")]
    public static NgStatus Geometric_(TensorHandle t, double p, GeneratorHandle generator)
    {
        try { Abi.T(t).Geometric_(p, Gen(generator)); return NgStatus.Ok; }
        catch (Exception e) { return Abi.Fail(e); }
    }

    /// <summary>torch.randperm(n): a random permutation of 0..n-1 (dtype NG_INT64, NG_FLOAT32 or NG_FLOAT64).</summary>
    [UnmanagedCallersOnly(EntryPoint = "ng_randperm")]
    public static NgStatus Randperm(long n, int dtype, GeneratorHandle generator, TensorHandle* outTensor)
    {
        try { Abi.Out(outTensor); var t = Tensor.Randperm(n, Abi.Type(dtype), Gen(generator)); *outTensor = Abi.New(t); return NgStatus.Ok; }
        catch (Exception e) { return Abi.Fail(e); }
    }

    /// <summary>torch.multinomial(probs, numSamples, replacement): int64 category indices per row of probs (1-D or 2-D).</summary>
    [UnmanagedCallersOnly(EntryPoint = "ng_multinomial")]
    public static NgStatus Multinomial(TensorHandle probs, long numSamples, int replacement, GeneratorHandle generator, TensorHandle* outTensor)
    {
        try { Abi.Out(outTensor); var r = Abi.T(probs).Multinomial(numSamples, replacement != 0, Gen(generator)); *outTensor = Abi.New(r); return NgStatus.Ok; }
        catch (Exception e) { return Abi.Fail(e); }
    }

    /// <summary>torch.normal(mean, std) with tensor arguments: a NULL mean (std) tensor means the scalar
    /// meanValue (stdValue); at least one must be a tensor. Zero gradient (NormalBackward1/2/3).</summary>
    [UnmanagedCallersOnly(EntryPoint = "ng_normal")]
    public static NgStatus Normal(TensorHandle mean, double meanValue, TensorHandle std, double stdValue, GeneratorHandle generator, TensorHandle* outTensor)
    {
        try
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
            return NgStatus.Ok;
        }
        catch (Exception e) { return Abi.Fail(e); }
    }

    /// <summary>torch.rand_like(t) (dtype &lt; 0: t's dtype); keeps t's memory layout, as torch.</summary>
    [UnmanagedCallersOnly(EntryPoint = "ng_rand_like")]
    public static NgStatus RandLike(TensorHandle t, int dtype, GeneratorHandle generator, TensorHandle* outTensor)
    {
        try { Abi.Out(outTensor); var r = Abi.T(t).RandLike(dtype < 0 ? null : Abi.Type(dtype), Gen(generator)); *outTensor = Abi.New(r); return NgStatus.Ok; }
        catch (Exception e) { return Abi.Fail(e); }
    }

    /// <summary>torch.randn_like(t) (dtype &lt; 0: t's dtype); keeps t's memory layout, as torch.</summary>
    [UnmanagedCallersOnly(EntryPoint = "ng_randn_like")]
    public static NgStatus RandnLike(TensorHandle t, int dtype, GeneratorHandle generator, TensorHandle* outTensor)
    {
        try { Abi.Out(outTensor); var r = Abi.T(t).RandnLike(dtype < 0 ? null : Abi.Type(dtype), Gen(generator)); *outTensor = Abi.New(r); return NgStatus.Ok; }
        catch (Exception e) { return Abi.Fail(e); }
    }

    /// <summary>torch.randint_like(t, low, high) (dtype &lt; 0: t's dtype); keeps t's memory layout, as torch.</summary>
    [UnmanagedCallersOnly(EntryPoint = "ng_randint_like")]
    public static NgStatus RandintLike(TensorHandle t, long low, long high, int dtype, GeneratorHandle generator, TensorHandle* outTensor)
    {
        try { Abi.Out(outTensor); var r = Abi.T(t).RandintLike(low, high, dtype < 0 ? null : Abi.Type(dtype), Gen(generator)); *outTensor = Abi.New(r); return NgStatus.Ok; }
        catch (Exception e) { return Abi.Fail(e); }
    }
}
