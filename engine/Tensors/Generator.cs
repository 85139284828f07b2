using System.Buffers.Binary;

namespace NativeGrad;

/// <summary>
/// A random number generator with PyTorch's CPU algorithm (torch.Generator): a Mersenne Twister
/// (<see cref="Mt19937"/>) plus the cached second value of the last scalar Box-Muller pair. After the
/// same seed, the same sequence of random calls gives bit-identical values to PyTorch 1.13 on CPU.
/// <see cref="Default"/> is the one every random call uses unless given another; it is seeded
/// nondeterministically at start, as torch's. Thread-safe: draws lock the generator.
/// </summary>
public sealed class Generator
{
    /// <summary>The seed of a new generator (torch's <c>default_rng_seed_val</c>).</summary>
    public const ulong DefaultSeed = 67280421310721UL;

    /// <summary>Bytes of a saved state (<see cref="GetState"/>): torch's CPUGeneratorImplState.</summary>
    public const int StateSize = 5056;

    /// <summary>Bytes of the legacy state (torch's THGeneratorState) that <see cref="SetState"/> also accepts.</summary>
    public const int LegacyStateSize = 5048;

    /// <summary>The process-wide generator (torch.default_generator).</summary>
    public static Generator Default { get; } = new(NondeterministicSeed());

    internal readonly object Lock = new();
    internal readonly Mt19937 Engine;
    // The second normal of the last scalar Box-Muller pair, returned by the next scalar normal draw.
    internal double? NextDoubleNormal;
    // Kept only so a saved state round-trips: no CPU kernel of torch 1.13 uses the float cache.
    internal float? NextFloatNormal;

    /// <summary>A generator seeded with <paramref name="seed"/> (torch.Generator().manual_seed(seed)).</summary>
    public Generator(ulong seed = DefaultSeed) => Engine = new Mt19937(seed);

    /// <summary>Reseeds (torch's manual_seed) and returns this generator. A negative seed counts as
    /// its two's complement (torch: manual_seed(-1) == manual_seed(2**64 - 1)).</summary>
    public Generator ManualSeed(ulong seed)
    {
        lock (Lock)
        {
            Engine.Init(seed);
            NextDoubleNormal = null;
            NextFloatNormal = null;
        }
        return this;
    }

    /// <inheritdoc cref="ManualSeed(ulong)"/>
    public Generator ManualSeed(long seed) => ManualSeed(unchecked((ulong)seed));

    /// <summary>The seed of the current stream (torch's initial_seed()).</summary>
    public ulong InitialSeed
    {
        get { lock (Lock) return Engine.Seed; }
    }

    /// <summary>Reseeds from a nondeterministic source and returns the new seed (torch's seed()).</summary>
    public ulong Seed()
    {
        ulong s = NondeterministicSeed();
        ManualSeed(s);
        return s;
    }

    private static ulong NondeterministicSeed()
    {
        Span<byte> b = stackalloc byte[8];
        System.Random.Shared.NextBytes(b);   // System.Random.Shared is seeded from the OS
        return BinaryPrimitives.ReadUInt64LittleEndian(b);
    }

    /// <summary>The state in torch's byte layout (<see cref="StateSize"/> bytes: seed, left, seeded, next,
    /// 624 state words widened to 64 bits, the cached normals), so that states saved by either library
    /// can be restored by the other.</summary>
    public byte[] GetState()
    {
        var b = new byte[StateSize];
        lock (Lock)
        {
            var e = Engine;
            BinaryPrimitives.WriteUInt64LittleEndian(b.AsSpan(0), e.Seed);
            BinaryPrimitives.WriteInt32LittleEndian(b.AsSpan(8), e.Left);
            BinaryPrimitives.WriteInt32LittleEndian(b.AsSpan(12), e.Seeded ? 1 : 0);
            BinaryPrimitives.WriteUInt64LittleEndian(b.AsSpan(16), (ulong)e.Next);
            for (int i = 0; i < Mt19937.N; i++) BinaryPrimitives.WriteUInt64LittleEndian(b.AsSpan(24 + 8 * i), e.State[i]);
            // normal_x (5016) and normal_rho (5032) stay 0: torch no longer uses them
            if (NextDoubleNormal is { } d)
            {
                BinaryPrimitives.WriteDoubleLittleEndian(b.AsSpan(5024), d);
                BinaryPrimitives.WriteInt32LittleEndian(b.AsSpan(5040), 1);
            }
            if (NextFloatNormal is { } f)
            {
                BinaryPrimitives.WriteSingleLittleEndian(b.AsSpan(5048), f);
                b[5052] = 1;
            }
        }
        return b;
    }

    /// <summary>Restores a state from <see cref="GetState"/> (or torch's get_rng_state()); also accepts
    /// torch's legacy 5048-byte layout. Fails, leaving this generator unchanged, on a bad size or an
    /// invalid Mersenne Twister state.</summary>
    public void SetState(ReadOnlySpan<byte> state)
    {
        if (state.Length != StateSize && state.Length != LegacyStateSize)
            throw NativeGradException.Arg($"Expected either a CPUGeneratorImplStateLegacy of size {LegacyStateSize} or a CPUGeneratorImplState of size {StateSize} but found the input RNG state size to be {state.Length}");
        ulong seed = BinaryPrimitives.ReadUInt64LittleEndian(state);
        int left = BinaryPrimitives.ReadInt32LittleEndian(state[8..]);
        int seeded = BinaryPrimitives.ReadInt32LittleEndian(state[12..]);
        ulong next = BinaryPrimitives.ReadUInt64LittleEndian(state[16..]);
        // torch keeps next as 32 bits; it must leave the remaining words inside the state array
        uint next32 = (uint)next;
        if (seeded == 0 || left <= 0 || left > Mt19937.N || next32 > Mt19937.N || next32 + (uint)left - 1 > Mt19937.N)
            throw NativeGradException.Arg("Invalid mt19937 state");
        var words = new uint[Mt19937.N];
        for (int i = 0; i < Mt19937.N; i++) words[i] = (uint)BinaryPrimitives.ReadUInt64LittleEndian(state[(24 + 8 * i)..]);
        double? dn = null;
        float? fn = null;
        bool normalValid = BinaryPrimitives.ReadInt32LittleEndian(state[5040..]) != 0;
        if (state.Length == StateSize)
        {
            if (normalValid) dn = BinaryPrimitives.ReadDoubleLittleEndian(state[5024..]);
            if (state[5052] != 0) fn = BinaryPrimitives.ReadSingleLittleEndian(state[5048..]);
        }
        else if (normalValid)
        {
            // the legacy layout kept the pair's inputs: rho and the uniform x of the angle
            double x = BinaryPrimitives.ReadDoubleLittleEndian(state[5016..]);
            double rho = BinaryPrimitives.ReadDoubleLittleEndian(state[5032..]);
            dn = rho * Math.Sin(2.0 * Math.PI * x);
        }
        lock (Lock)
        {
            words.CopyTo(Engine.State, 0);
            Engine.Seed = seed;
            Engine.Left = left;
            Engine.Seeded = true;
            Engine.Next = (int)next32;
            NextDoubleNormal = dn;
            NextFloatNormal = fn;
        }
    }

    /// <summary>A generator with a copy of this one's state.</summary>
    public Generator Clone()
    {
        var g = new Generator();
        g.SetState(GetState());
        return g;
    }

    // ---- draws (callers hold Lock) --------------------------------------------------------------

    /// <summary>A double in [0, 1) from 53 bits of one 64-bit draw (torch's uniform_real_distribution&lt;double&gt;).</summary>
    internal double NextDouble53() => (Engine.NextUInt64() & ((1UL << 53) - 1)) * (1.0 / (1UL << 53));

    /// <summary>One standard normal by scalar Box-Muller on a 53-bit pair, caching the pair's second value
    /// (torch's normal_distribution&lt;double&gt;, used for tensors the vectorised fill does not take).</summary>
    internal double NextNormal()
    {
        if (NextDoubleNormal is { } cached)
        {
            NextDoubleNormal = null;
            return cached;
        }
        double u1 = NextDouble53();
        double u2 = NextDouble53();
        double r = Math.Sqrt(-2.0 * Math.Log(1.0 - u2));
        double theta = 2.0 * Math.PI * u1;
        NextDoubleNormal = r * Math.Sin(theta);
        return r * Math.Cos(theta);
    }
}
