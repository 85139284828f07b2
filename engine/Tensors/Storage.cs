using System.Runtime.InteropServices;

namespace NativeGrad;

/// <summary>
/// A reference-counted block of 64-byte-aligned unmanaged memory that tensors and their
/// views share (the version counter lives with the tensors: see Tensor._version).
/// Storages of the allocator's blocks are recycled whole (object and block, see
/// <see cref="Allocator"/>): a finalizable object costs the GC on every allocation, so hot
/// loops must not make new ones. The finalizer is only a safety net for leaked tensors.
/// </summary>
internal sealed unsafe class Storage
{
    public void* Data;
    public long Bytes;
    private int _refs = 1;
    // The allocator's size class of Data, or -1 for memory owned by someone else.
    internal readonly int SizeClass;

    // Memory owned by someone else (Tensor.FromBlob): released by calling this instead of freeing it.
    private readonly Action? _external;

    // Lazy fusion (engine/Fusion): the pending computation of this storage's contents, and the pending
    // computations reading it. Both null for almost every storage: Tensor.Ptr checks them once.
    internal Fusion.Region? Pending;
    internal List<Fusion.Region>? Readers;
    /// <summary>A raw pointer went to the user (or the memory is someone else's): never read lazily.</summary>
    internal bool Exposed;

    /// <summary>A storage of at least <paramref name="bytes"/> bytes (from the allocator's cache when it can).</summary>
    public static Storage Rent(long bytes) => Allocator.Rent(bytes);

    /// <summary>A storage for a pending result of lazy fusion: a cached one when there is one (its block was
    /// written before), else one whose block is taken only when <see cref="Materialise"/> is called (most
    /// pending results are dropped unread, and a block never written must not go into the cache to
    /// page-fault under the next tensor that gets it).</summary>
    public static Storage RentDeferred(long bytes) => Allocator.RentDeferred(bytes);

    /// <summary>Gives a deferred storage its block (a no-op when it has one).</summary>
    internal void Materialise()
    {
        if (Data == null) Data = Allocator.TakeBlock(SizeClass);
    }

    internal Storage(void* data, long bytes, int sizeClass)
    {
        Data = data;
        Bytes = bytes;
        SizeClass = sizeClass;
    }

    /// <summary>A storage over external memory; <paramref name="release"/> runs once when the last view goes.</summary>
    public Storage(void* data, long bytes, Action? release)
    {
        Bytes = bytes;
        Data = data;
        _external = release;
        SizeClass = -1;
        Exposed = true;
    }

    /// <summary>Makes a recycled storage live again for a new tensor.</summary>
    internal void Revive(long bytes)
    {
        Bytes = bytes;
        Exposed = false;
        Volatile.Write(ref _refs, 1);
    }

    public bool Alive => Volatile.Read(ref _refs) > 0;

    /// <summary>True when exactly one tensor uses this storage.</summary>
    public bool IsUnique => Volatile.Read(ref _refs) == 1;

    public void AddRef()
    {
        if (Interlocked.Increment(ref _refs) <= 1)
            throw new NativeGradException(ErrorKind.ReleasedHandle, "tensor storage has been released");
    }

    /// <summary>Takes a reference unless the storage is already going (for the fuser, which finds storages
    /// through its lists); the caller releases it.</summary>
    internal bool TryAddRef()
    {
        int r = Volatile.Read(ref _refs);
        while (r > 0)
        {
            int seen = Interlocked.CompareExchange(ref _refs, r + 1, r);
            if (seen == r) return true;
            r = seen;
        }
        return false;
    }

    public void Release()
    {
        if (Interlocked.Decrement(ref _refs) != 0) return;
        if (Pending != null) Fusion.Fuser.Drop(this);
        if (SizeClass < 0)
        {
            GC.SuppressFinalize(this);
            _external?.Invoke();
        }
        else Allocator.Return(this);
    }

    ~Storage()
    {
        // External memory of a leaked tensor is left to its owner: its release callback may not run on this thread.
        if (Volatile.Read(ref _refs) > 0 && SizeClass >= 0 && Data != null) Allocator.FreeLeaked(this);
    }
}

/// <summary>
/// Size-class caching allocator. Freed storages of a size class are kept whole (the object
/// with its block) on a bounded per-class list, so hot shapes in training loops reach neither
/// the system allocator nor the GC. Classes are four per power of two (a block is at most 25%
/// larger than its request; powers of two alone wasted up to half of it: a 784x256 float
/// weight took 1 MiB for 0.77). Each list has its own spin lock: the critical sections are
/// a few instructions, and a Monitor would cost a thread-id lookup on every call.
/// </summary>
internal static unsafe class Allocator
{
    private const int Alignment = 64;
    private const int MaxCachedPerClass = 64;
    private const long MaxCachedBlock = 64L << 20;
    private const long MaxBytes = Shape.MaxElements * 8;   // the largest tensor of the widest dtype
    private static readonly Pool[] s_pools = CreatePools();
    private static long s_liveBytes;

    /// <summary>Bytes currently handed out to live storages (for leak tests and memory reports).</summary>
    public static long LiveBytes => Interlocked.Read(ref s_liveBytes);

    private sealed class Pool
    {
        public readonly Storage?[] Items = new Storage?[MaxCachedPerClass];
        public int Count;
        private int _lock;

        public void Enter()
        {
            if (Interlocked.CompareExchange(ref _lock, 1, 0) == 0) return;
            var spin = new SpinWait();
            while (Interlocked.CompareExchange(ref _lock, 1, 0) != 0) spin.SpinOnce(sleep1Threshold: -1);
        }

        public void Exit() => Volatile.Write(ref _lock, 0);
    }

    private static Pool[] CreatePools()
    {
        var a = new Pool[ClassOf(MaxCachedBlock) + 1];
        for (int i = 0; i < a.Length; i++) a[i] = new Pool();
        return a;
    }

    // Classes 0-3 are 64, 128, 192 and 256 bytes; above, 2^e + q*2^(e-2) for q = 1..4 (every block a
    // multiple of 64 bytes). A block serves any request of its class.
    internal static int ClassOf(long bytes)
    {
        long b = Math.Max(bytes, 1);
        if (b <= 256) return (int)((b + 63) >> 6) - 1;
        int e = 63 - System.Numerics.BitOperations.LeadingZeroCount((ulong)(b - 1));   // 2^e < b <= 2^(e+1)
        int q = (int)((b - (1L << e) + (1L << (e - 2)) - 1) >> (e - 2));               // 1..4
        return 4 * (e - 7) + q - 1;
    }

    /// <summary>The block size of class <paramref name="c"/>.</summary>
    internal static long SizeOf(int c)
    {
        if (c < 4) return 64L * (c + 1);
        int e = c / 4 + 7, q = c % 4 + 1;
        return (1L << e) + ((long)q << (e - 2));
    }

    /// <summary>A cached storage of class <paramref name="c"/>, or null.</summary>
    private static Storage? TryPop(int c)
    {
        if (SizeOf(c) > MaxCachedBlock) return null;
        var pool = s_pools[c];
        Storage? s = null;
        pool.Enter();
        if (pool.Count > 0)
        {
            s = pool.Items[--pool.Count];
            pool.Items[pool.Count] = null;
        }
        pool.Exit();
        return s;
    }

    public static Storage RentDeferred(long bytes)
    {
        if ((ulong)bytes > MaxBytes) ThrowTooLarge(bytes);
        int c = ClassOf(bytes);
        Interlocked.Add(ref s_liveBytes, SizeOf(c));
        // A cached storage has a block that was written before (no page faults): it serves at once.
        if (TryPop(c) is { } s)
        {
            s.Revive(bytes);
            return s;
        }
        return new Storage(null, bytes, c);
    }

    /// <summary>A block of size class <paramref name="c"/> for a deferred storage: a cached storage's block
    /// (the storage object is let go), or a new one.</summary>
    public static void* TakeBlock(int c)
    {
        long size = SizeOf(c);
        if (TryPop(c) is { } s)
        {
            GC.SuppressFinalize(s);
            void* d = s.Data;
            s.Data = null;
            return d;
        }
        void* p = NativeMemory.AlignedAlloc((nuint)size, Alignment);
        if (p == null) throw new NativeGradException(ErrorKind.OutOfMemory, $"failed to allocate {size} bytes");
        return p;
    }

    public static Storage Rent(long bytes)
    {
        // Shapes are checked before they get here; this keeps an overflowed size from becoming a tiny block.
        if ((ulong)bytes > MaxBytes) ThrowTooLarge(bytes);
        int c = ClassOf(bytes);
        long size = SizeOf(c);
        Interlocked.Add(ref s_liveBytes, size);
        if (TryPop(c) is { } s)
        {
            s.Revive(bytes);
            return s;
        }
        void* p = NativeMemory.AlignedAlloc((nuint)size, Alignment);
        if (p == null)
        {
            Interlocked.Add(ref s_liveBytes, -size);
            throw new NativeGradException(ErrorKind.OutOfMemory, $"failed to allocate {bytes} bytes");
        }
        return new Storage(p, bytes, c);
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private static void ThrowTooLarge(long bytes) =>
        throw new NativeGradException(ErrorKind.OutOfMemory, $"cannot allocate {bytes} bytes (the limit is {MaxBytes})");

    /// <summary>Takes back a storage whose last reference went: cached whole, or its block freed.</summary>
    public static void Return(Storage s)
    {
        long size = SizeOf(s.SizeClass);
        Interlocked.Add(ref s_liveBytes, -size);
        if (s.Data == null)
        {
            GC.SuppressFinalize(s);   // a deferred storage dropped before it had a block
            return;
        }
        if (size <= MaxCachedBlock)
        {
            var pool = s_pools[s.SizeClass];
            bool kept = false;
            pool.Enter();
            if (pool.Count < MaxCachedPerClass)
            {
                pool.Items[pool.Count++] = s;
                kept = true;
            }
            pool.Exit();
            if (kept) return;
        }
        GC.SuppressFinalize(s);
        NativeMemory.AlignedFree(s.Data);
        s.Data = null;
    }

    /// <summary>The finalizer's path: the storage object is garbage, so only its block is freed.</summary>
    public static void FreeLeaked(Storage s)
    {
        Interlocked.Add(ref s_liveBytes, -SizeOf(s.SizeClass));
        NativeMemory.AlignedFree(s.Data);
        s.Data = null;
    }
}
