using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace NativeGrad;

/// <summary>
/// The 32-bit Mersenne Twister (MT19937, Matsumoto and Nishimura) with the bookkeeping PyTorch's CPU
/// generator keeps (<c>left</c>, <c>next</c>, the seed), so a saved state has torch's layout. Seeding
/// is the standard <c>init_genrand</c> of the low 32 bits of the seed; the outputs are those of
/// <c>std::mt19937</c>. Not thread-safe: <see cref="Generator"/> locks around it.
/// </summary>
internal sealed class Mt19937
{
    public const int N = 624, M = 397;
    private const uint MatrixA = 0x9908b0df, Upper = 0x80000000, Lower = 0x7fffffff;

    /// <summary>The state words (the next outputs are state[Next ..], tempered).</summary>
    public readonly uint[] State = new uint[N];
    /// <summary>One more than the words left before the next twist (torch's <c>left_</c>; 1 = twist on the next draw).</summary>
    public int Left;
    /// <summary>Index of the next state word to temper and return.</summary>
    public int Next;
    /// <summary>The seed the state was made from (reported by initial_seed).</summary>
    public ulong Seed;
    /// <summary>Always true once seeded (kept for the saved state's layout).</summary>
    public bool Seeded;

    public Mt19937(ulong seed) => Init(seed);

    public void Init(ulong seed)
    {
        Seed = seed;
        Seeded = true;
        var s = State;
        s[0] = (uint)seed;
        for (uint j = 1; j < N; j++) s[j] = 1812433253u * (s[j - 1] ^ (s[j - 1] >> 30)) + j;
        Left = 1;
        Next = 0;
    }

    /// <summary>One 32-bit output.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public uint NextUInt32()
    {
        if (--Left == 0) Twist();
        return Temper(State[Next++]);
    }

    /// <summary>Two outputs as one 64-bit value, the first in the high half (torch's random64()).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ulong NextUInt64()
    {
        ulong hi = NextUInt32();
        return (hi << 32) | NextUInt32();
    }

    /// <summary>The next dst.Length outputs, in order: the same words and final state as that many
    /// <see cref="NextUInt32"/> calls, tempered 8 at a time.</summary>
    public void Fill(Span<uint> dst)
    {
        int i = 0;
        while (i < dst.Length)
        {
            if (Left == 1)
            {
                Twist();
                Left = N + 1;   // the draw that twists leaves Left at N (see NextUInt32)
            }
            int take = Math.Min(dst.Length - i, Left - 1);
            TemperInto(State.AsSpan(Next, take), dst.Slice(i, take));
            Next += take;
            Left -= take;
            i += take;
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static uint Temper(uint y)
    {
        y ^= y >> 11;
        y ^= (y << 7) & 0x9d2c5680u;
        y ^= (y << 15) & 0xefc60000u;
        return y ^ (y >> 18);
    }

    private static void TemperInto(ReadOnlySpan<uint> src, Span<uint> dst)
    {
        int i = 0;
        if (Vector256.IsHardwareAccelerated)
        {
            var b = Vector256.Create(0x9d2c5680u);
            var c = Vector256.Create(0xefc60000u);
            for (; i <= src.Length - 8; i += 8)
            {
                var y = Vector256.Create(src.Slice(i, 8));
                y ^= Vector256.ShiftRightLogical(y, 11);
                y ^= Vector256.ShiftLeft(y, 7) & b;
                y ^= Vector256.ShiftLeft(y, 15) & c;
                y ^= Vector256.ShiftRightLogical(y, 18);
                y.CopyTo(dst.Slice(i, 8));
            }
        }
        for (; i < src.Length; i++) dst[i] = Temper(src[i]);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static uint Mix(uint u, uint v) => (((u & Upper) | (v & Lower)) >> 1) ^ ((v & 1) != 0 ? MatrixA : 0);

    /// <summary>Regenerates all N words. Word i reads words i+1 (old) and i+M (old for i &lt; N-M, already
    /// new after), so 8 consecutive words can be made at once: their sources are never among them.</summary>
    private void Twist()
    {
        var s = State;
        int i = 0;
        if (Vector256.IsHardwareAccelerated)
        {
            var upper = Vector256.Create(Upper);
            var lower = Vector256.Create(Lower);
            var one = Vector256<uint>.One;
            var a = Vector256.Create(MatrixA);
            for (; i + 8 <= N - M; i += 8) Twist8(s, i, i + M, upper, lower, one, a);
            for (; i < N - M; i++) s[i] = s[i + M] ^ Mix(s[i], s[i + 1]);
            for (; i + 8 <= N - 1; i += 8) Twist8(s, i, i + M - N, upper, lower, one, a);
        }
        for (; i < N - M; i++) s[i] = s[i + M] ^ Mix(s[i], s[i + 1]);
        for (; i < N - 1; i++) s[i] = s[i + M - N] ^ Mix(s[i], s[i + 1]);
        s[N - 1] = s[M - 1] ^ Mix(s[N - 1], s[0]);
        Left = N;
        Next = 0;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Twist8(uint[] s, int i, int src, Vector256<uint> upper, Vector256<uint> lower, Vector256<uint> one, Vector256<uint> a)
    {
        var u = Vector256.Create(s.AsSpan(i, 8));
        var v = Vector256.Create(s.AsSpan(i + 1, 8));
        var far = Vector256.Create(s.AsSpan(src, 8));
        var mixed = Vector256.ShiftRightLogical((u & upper) | (v & lower), 1) ^ ((Vector256<uint>.Zero - (v & one)) & a);
        (far ^ mixed).CopyTo(s.AsSpan(i, 8));
    }
}
