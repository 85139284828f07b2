using System.Runtime.InteropServices;

namespace NativeGrad;

/// <summary>
/// A reference-counted block of 64-byte-aligned unmanaged memory that tensors and their
/// views share (the version counter lives with the tensors: see Tensor._version). The finalizer is only a safety net for leaked tensors.
/// </summary>
internal sealed unsafe class Storage
{
    public readonly void* Data;
    public readonly long Bytes;
    private int _refs = 1;

    // Memory owned by someone else (Tensor.FromBlob): released by calling this instead of freeing it.
    private readonly Action? _external;
    private readonly bool _isExternal;

    public Storage(long bytes)
    {
        Bytes = bytes;
        Data = Allocator.Alloc(bytes);
    }

    /// <summary>A storage over external memory; <paramref name="release"/> runs once when the last view goes.</summary>
    public Storage(void* data, long bytes, Action? release)
    {
        Bytes = bytes;
        Data = data;
        _external = release;
        _isExternal = true;
    }

    public bool Alive => Volatile.Read(ref _refs) > 0;

    /// <summary>True when exactly one tensor uses this storage.</summary>
    public bool IsUnique => Volatile.Read(ref _refs) == 1;

    public void AddRef()
    {
        if (Interlocked.Increment(ref _refs) <= 1)
            throw new NativeGradException(ErrorKind.Released, "tensor storage has been released");
    }

    public void Release()
    {
        int r = Interlocked.Decrement(ref _refs);
        if (r == 0)
        {
            GC.SuppressFinalize(this);
            if (_isExternal) _external?.Invoke();
            else Allocator.Free(Data, Bytes);
        }
    }

    ~Storage()
    {
        // External memory of a leaked tensor is left to its owner: its release callback may not run on this thread.
        if (Volatile.Read(ref _refs) > 0 && !_isExternal) Allocator.Free(Data, Bytes);
    }
}

/// <summary>
/// Size-class caching allocator: freed blocks of a size class are kept on a per-class free
/// list (bounded) so that hot shapes in training loops never reach the system allocator.
/// </summary>
internal static unsafe class Allocator
{
    private const int Alignment = 64;
    private const int MaxCachedPerClass = 64;
    private const long MaxCachedBlock = 64L << 20;
    private static readonly Stack<nint>[] s_free = CreateClasses();
    private static long s_liveBytes;

    /// <summary>Bytes currently handed out to live storages (for leak tests and memory reports).</summary>
    public static long LiveBytes => Interlocked.Read(ref s_liveBytes);

    private static Stack<nint>[] CreateClasses()
    {
        var a = new Stack<nint>[64];
        for (int i = 0; i < a.Length; i++) a[i] = new Stack<nint>();
        return a;
    }

    // Size classes are powers of two from 64 bytes up, so a block serves any request in its class.
    private static int ClassOf(long bytes)
    {
        long b = Math.Max(bytes, Alignment);
        return 64 - System.Numerics.BitOperations.LeadingZeroCount((ulong)(b - 1));
    }

    public static void* Alloc(long bytes)
    {
        int c = ClassOf(bytes);
        long size = 1L << c;
        Interlocked.Add(ref s_liveBytes, size);
        if (size <= MaxCachedBlock)
        {
            var stack = s_free[c];
            lock (stack)
                if (stack.Count > 0) return (void*)stack.Pop();
        }
        void* p = NativeMemory.AlignedAlloc((nuint)size, Alignment);
        if (p == null) throw new NativeGradException(ErrorKind.OutOfMemory, $"failed to allocate {bytes} bytes");
        return p;
    }

    public static void Free(void* p, long bytes)
    {
        int c = ClassOf(bytes);
        long size = 1L << c;
        Interlocked.Add(ref s_liveBytes, -size);
        if (size <= MaxCachedBlock)
        {
            var stack = s_free[c];
            lock (stack)
                if (stack.Count < MaxCachedPerClass) { stack.Push((nint)p); return; }
        }
        NativeMemory.AlignedFree(p);
    }
}
