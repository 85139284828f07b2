using System.Runtime.CompilerServices;

namespace NativeGrad.Native;

/// <summary>What a C handle refers to; encoded in every handle value, so a handle of one kind passed where
/// another is expected is refused with a message naming both.</summary>
internal enum HandleKind
{
    Tensor = 1,
    Node = 2,
    Module = 3,
    Optimizer = 4,
    Hook = 5,
    Generator = 6,
}

/// <summary>
/// The per-process keyed encoding of handle values. A handle's plain form packs
/// <c>[check:12][kind:4][generation:20][slot:28]</c>; the value C sees is that word run through a keyed
/// bijection of 64-bit words (xor with a key, multiplications by random odd constants, xor-shifts), so
/// every bit of a value depends on every field and on the key. Decoding a value that the library did
/// not make (garbage, an address, a neighbour of a real handle, a handle from another process) yields
/// random fields: the 12 check bits and the 4 kind bits match a table with probability 2^-16, and then the
/// slot must be in use and the 20-bit generation equal. NULL (0) never decodes to a valid check.
/// </summary>
internal static class HandleCodec
{
    internal const int SlotBits = 28, GenBits = 20;
    internal const ulong SlotMask = (1UL << SlotBits) - 1, GenMask = (1UL << GenBits) - 1;
    internal const ulong Check = 0xA5C;   // the 12 top bits of every valid plain word

    /// <summary>The top 16 bits (check and kind) of a valid plain word of this kind.</summary>
    internal static ulong Top(HandleKind kind) => (Check << 4) | (ulong)kind;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static ulong Plain(HandleKind kind, uint slot, uint gen) =>
        (Top(kind) << 48) | (((ulong)gen & GenMask) << SlotBits) | slot;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static ulong Encode(ulong plain, ulong k0, ulong m1, ulong m2)
    {
        ulong x = (plain ^ k0) * m1;
        x ^= x >> 32;
        x *= m2;
        return x ^ (x >> 32);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static ulong Decode(ulong value, ulong k0, ulong inv1, ulong inv2)
    {
        ulong x = (value ^ (value >> 32)) * inv2;   // x ^ (x >> 32) is its own inverse
        x ^= x >> 32;
        return (x * inv1) ^ k0;
    }

    /// <summary>The kind a value claims when its check bits are right, else null (not a handle).</summary>
    internal static HandleKind? KindOf(ulong value)
    {
        ulong p = Decode(value, HandleKey.K0, HandleKey.Inv1, HandleKey.Inv2);
        if (p >> 52 != Check) return null;
        int k = (int)(p >> 48) & 0xF;
        return k is >= (int)HandleKind.Tensor and <= (int)HandleKind.Generator ? (HandleKind)k : null;
    }

    internal static string Name(HandleKind kind) => kind switch
    {
        HandleKind.Tensor => "tensor",
        HandleKind.Node => "node",
        HandleKind.Module => "module",
        HandleKind.Optimizer => "optimizer",
        HandleKind.Generator => "generator",
        _ => "hook",
    };

    internal static string Article(HandleKind kind) => kind == HandleKind.Optimizer ? "an" : "a";
}

/// <summary>The per-process key of <see cref="HandleCodec"/>, one for all tables (so any table can name the
/// kind of a value meant for another). Tables copy it, so lookups never touch this class.</summary>
internal static class HandleKey
{
    internal static readonly ulong K0, M1, M2, Inv1, Inv2;

    static HandleKey()
    {
        var rng = new System.Random();   // seeded from the OS's entropy
        do
        {
            K0 = (ulong)rng.NextInt64() ^ ((ulong)rng.Next() << 63);
            M1 = (ulong)rng.NextInt64() | 1;
            M2 = (ulong)rng.NextInt64() | 1;
            Inv1 = Inverse(M1);
            Inv2 = Inverse(M2);
        } while (HandleCodec.Decode(0, K0, Inv1, Inv2) >> 52 == HandleCodec.Check);   // NULL must never look valid
    }

    /// <summary>The multiplicative inverse of an odd number modulo 2^64 (Newton's iteration).</summary>
    private static ulong Inverse(ulong m)
    {
        ulong x = m;   // correct to 3 bits; each step doubles the correct bits
        for (int i = 0; i < 5; i++) x *= 2 - m * x;
        return x;
    }
}

/// <summary>
/// Maps the opaque C handles of one kind to their managed objects. A handle names a slot and the
/// slot's generation (see <see cref="HandleCodec"/>), so a released handle, a handle of another kind and
/// garbage are all detected, never dereferenced. Lookups take no lock and allocate nothing: slots live in
/// fixed-size chunks that never move, and a reader re-checks the generation after reading the object, so
/// it returns an object only if the handle was live at some instant of the call. Add and Remove take a
/// short spin lock. A freed slot waits in a FIFO queue behind <see cref="MinFree"/> others before it is
/// reused, so a stale handle meets the same generation again only after about 2^20 x 1024 frees.
/// </summary>
internal sealed class HandleTable
{
    private const int ChunkBits = 12, ChunkSize = 1 << ChunkBits;
    private const int MinFree = 1024;
    private const int MaxSlots = 1 << HandleCodec.SlotBits;

    // Objects are kept in a struct array: a ref to an element of an object[] needs a covariance check.
    private struct Entry
    {
        public object? Object;
    }

    private sealed class Chunk
    {
        public readonly Entry[] Objects = new Entry[ChunkSize];
        public readonly uint[] Generations = new uint[ChunkSize];
    }

    private readonly HandleKind _kind;
    private readonly ulong _top, _k0, _m1, _m2, _inv1, _inv2;   // copies: no static-base access on lookups
    private Chunk?[] _chunks = new Chunk?[16];
    private int _used;
    private int[] _free = new int[2 * MinFree];   // a ring: _freeHead is the oldest freed slot
    private int _freeHead, _freeCount;
    // A spin lock, not a Monitor: the critical sections are a few instructions, and Monitor.Enter
    // looks up the thread id (a TLS access in a shared library) on every call.
    private int _lock;

    public HandleTable(HandleKind kind)
    {
        _kind = kind;
        _top = HandleCodec.Top(kind);
        (_k0, _m1, _m2, _inv1, _inv2) = (HandleKey.K0, HandleKey.M1, HandleKey.M2, HandleKey.Inv1, HandleKey.Inv2);
    }

    /// <summary>The kind of handle this table hands out.</summary>
    public HandleKind Kind => _kind;

    private void Enter()
    {
        if (Interlocked.CompareExchange(ref _lock, 1, 0) == 0) return;
        var spin = new SpinWait();
        while (Interlocked.CompareExchange(ref _lock, 1, 0) != 0) spin.SpinOnce(sleep1Threshold: -1);
    }

    private void Exit() => Volatile.Write(ref _lock, 0);

    /// <summary>A new handle to <paramref name="o"/>.</summary>
    public nint Add(object o)
    {
        Enter();
        try
        {
            int slot;
            if (_freeCount > MinFree || (_used == MaxSlots && _freeCount > 0))
            {
                slot = _free[_freeHead];
                _freeHead = (_freeHead + 1) & (_free.Length - 1);
                _freeCount--;
            }
            else if (_used < MaxSlots)
            {
                slot = _used;
                int ci = slot >> ChunkBits;
                if (ci == _chunks.Length)
                {
                    var bigger = new Chunk?[_chunks.Length * 2];
                    Array.Copy(_chunks, bigger, _chunks.Length);
                    Volatile.Write(ref _chunks, bigger);   // chunks themselves never move
                }
                _chunks[ci] ??= new Chunk();
                _used++;
            }
            else
                throw new NativeGradException(ErrorKind.OutOfMemory,
                    $"too many live {HandleCodec.Name(_kind)} handles (the limit is {MaxSlots}): free some");
            var c = _chunks[slot >> ChunkBits]!;
            int i = slot & (ChunkSize - 1);
            while (true)
            {
                ulong v = HandleCodec.Encode(HandleCodec.Plain(_kind, (uint)slot, c.Generations[i]), _k0, _m1, _m2);
                if (v != 0)
                {
                    Volatile.Write(ref c.Objects[i].Object, o);
                    return (nint)v;
                }
                c.Generations[i]++;   // the one generation whose value would be NULL: skip it
            }
        }
        finally { Exit(); }
    }

    /// <summary>The object of a live handle of this kind, or null (NULL, released, another kind, garbage:
    /// <see cref="Error"/> says which).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public object? Get(nint handle)
    {
        ulong p = HandleCodec.Decode((ulong)handle, _k0, _inv1, _inv2);
        if (p >> 48 != _top) return null;
        uint slot = (uint)(p & HandleCodec.SlotMask);
        uint gen = (uint)(p >> HandleCodec.SlotBits) & (uint)HandleCodec.GenMask;
        var chunks = Volatile.Read(ref _chunks);
        uint ci = slot >> ChunkBits;
        if (ci >= (uint)chunks.Length || chunks[ci] is not { } c) return null;
        int i = (int)(slot & (ChunkSize - 1));
        if ((Volatile.Read(ref c.Generations[i]) & HandleCodec.GenMask) != gen) return null;
        var o = Volatile.Read(ref c.Objects[i].Object);
        // Re-checked after the read: a Remove + Add of this slot in between bumped the generation.
        return (Volatile.Read(ref c.Generations[i]) & HandleCodec.GenMask) == gen ? o : null;
    }

    /// <summary>Releases a live handle of this kind and returns its object, or null (see <see cref="Error"/>).</summary>
    public object? Remove(nint handle)
    {
        ulong p = HandleCodec.Decode((ulong)handle, _k0, _inv1, _inv2);
        if (p >> 48 != _top) return null;
        uint slot = (uint)(p & HandleCodec.SlotMask);
        uint gen = (uint)(p >> HandleCodec.SlotBits) & (uint)HandleCodec.GenMask;
        Enter();
        try
        {
            if (slot >= (uint)_used) return null;
            var c = _chunks[slot >> ChunkBits]!;
            int i = (int)(slot & (ChunkSize - 1));
            if ((c.Generations[i] & HandleCodec.GenMask) != gen) return null;
            var o = c.Objects[i].Object;
            Volatile.Write(ref c.Generations[i], c.Generations[i] + 1);
            Volatile.Write(ref c.Objects[i].Object, null);
            if (_freeCount == _free.Length)
            {
                var bigger = new int[_free.Length * 2];
                for (int k = 0; k < _freeCount; k++) bigger[k] = _free[(_freeHead + k) & (_free.Length - 1)];
                _free = bigger;
                _freeHead = 0;
            }
            _free[(_freeHead + _freeCount) & (_free.Length - 1)] = (int)slot;
            _freeCount++;
            return o;
        }
        finally { Exit(); }
    }

    /// <summary>Why <see cref="Get"/> or <see cref="Remove"/> found no object for this value: NULL
    /// (NG_ERR_NULL_POINTER), a handle of another kind (NG_ERR_INVALID_ARGUMENT, naming both kinds), a released
    /// handle of this kind or a value that is no handle at all (NG_ERR_RELEASED_HANDLE).</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public NativeGradException Error(nint handle, string? context = null)
    {
        string name = HandleCodec.Name(_kind), at = context is null ? "" : context + ": ";
        if (handle == 0) return new(ErrorKind.NullPointer, $"{at}{name} handle is NULL");
        var kind = HandleCodec.KindOf((ulong)handle);
        if (kind is null)
            return new(ErrorKind.ReleasedHandle,
                $"{at}invalid {name} handle 0x{(ulong)handle:x}: not a handle made by this library (garbage or corrupted)");
        if (kind != _kind)
            return new(ErrorKind.InvalidArgument,
                $"{at}expected {HandleCodec.Article(_kind)} {name} handle, got {HandleCodec.Article(kind.Value)} {HandleCodec.Name(kind.Value)} handle");
        return new(ErrorKind.ReleasedHandle, $"{at}use of a released {name} handle");
    }
}
