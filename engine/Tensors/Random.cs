namespace NativeGrad;

/// <summary>NativeGrad's own generator: xoshiro256** seeded by SplitMix64, Box-Muller normals.</summary>
internal static class Random
{
    private static ulong s0, s1, s2, s3;
    private static double s_spare;
    private static bool s_hasSpare;
    private static readonly object s_lock = new();

    static Random() => Seed(67280421310721UL);

    public static void Seed(ulong seed)
    {
        lock (s_lock)
        {
            ulong x = seed;
            s0 = SplitMix(ref x); s1 = SplitMix(ref x); s2 = SplitMix(ref x); s3 = SplitMix(ref x);
            s_hasSpare = false;
        }
    }

    private static ulong SplitMix(ref ulong x)
    {
        ulong z = x += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    private static ulong Next()
    {
        ulong result = ulong.RotateLeft(s1 * 5, 7) * 9;
        ulong t = s1 << 17;
        s2 ^= s0; s3 ^= s1; s1 ^= s2; s0 ^= s3; s2 ^= t;
        s3 = ulong.RotateLeft(s3, 45);
        return result;
    }

    /// <summary>Uniform in [0, 1) with 53 random bits.</summary>
    public static double Uniform()
    {
        lock (s_lock) return (Next() >> 11) * (1.0 / (1UL << 53));
    }

    /// <summary>An integer uniform in [0, range) (range &gt; 0), without the bias of a modulo: Lemire's
    /// multiply-shift with rejection.</summary>
    public static ulong Below(ulong range)
    {
        lock (s_lock)
        {
            ulong threshold = (0 - range) % range;
            while (true)
            {
                ulong hi = Math.BigMul(Next(), range, out ulong lo);
                if (lo >= threshold) return hi;
            }
        }
    }

    public static double Normal()
    {
        lock (s_lock)
        {
            if (s_hasSpare) { s_hasSpare = false; return s_spare; }
            double u1, u2;
            do u1 = (Next() >> 11) * (1.0 / (1UL << 53)); while (u1 <= double.Epsilon);
            u2 = (Next() >> 11) * (1.0 / (1UL << 53));
            double r = Math.Sqrt(-2 * Math.Log(u1));
            s_spare = r * Math.Sin(2 * Math.PI * u2);
            s_hasSpare = true;
            return r * Math.Cos(2 * Math.PI * u2);
        }
    }
}
