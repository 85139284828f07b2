namespace NativeGrad.Native;

/// <summary>
/// Maps opaque C handles to managed objects. A handle packs a slot index and the slot's
/// generation, so a released handle (or garbage) is detected instead of dereferenced.
/// Handle values are never 0 (NULL).
/// </summary>
internal sealed class HandleTable
{
    private object?[] _objects = new object?[1024];
    private uint[] _generations = new uint[1024];
    private int[] _free = new int[1024];
    private int _freeCount;
    private int _used;
    // A spin lock, not a Monitor: the critical sections are a few instructions, and Monitor.Enter
    // looks up the thread id (a TLS access in a shared library) on every call.
    private int _lock;

    private void Enter()
    {
        if (Interlocked.CompareExchange(ref _lock, 1, 0) == 0) return;
        var spin = new SpinWait();
        while (Interlocked.CompareExchange(ref _lock, 1, 0) != 0) spin.SpinOnce(sleep1Threshold: -1);
    }

    private void Exit() => Volatile.Write(ref _lock, 0);

    public nint Add(object o)
    {
        Enter();
        try
        {
            int slot;
            if (_freeCount > 0) slot = _free[--_freeCount];
            else
            {
                if (_used == _objects.Length)
                {
                    Array.Resize(ref _objects, _used * 2);
                    Array.Resize(ref _generations, _used * 2);
                    Array.Resize(ref _free, _used * 2);
                }
                slot = _used++;
            }
            _objects[slot] = o;
            return Pack(slot, _generations[slot]);
        }
        finally { Exit(); }
    }

    private static nint Pack(int slot, uint gen) => (nint)(((long)gen << 32) | (uint)(slot + 1));

    /// <summary>The live slot a handle names, or -1 (call under the lock).</summary>
    private int SlotOf(nint handle)
    {
        long h = handle;
        int slot = (int)(uint)h - 1;
        uint gen = (uint)(h >> 32);
        return slot < 0 || slot >= _used || _generations[slot] != gen ? -1 : slot;
    }

    /// <summary>Returns the object, or null if the handle is unknown or released.</summary>
    public object? Get(nint handle)
    {
        Enter();
        try
        {
            int slot = SlotOf(handle);
            return slot < 0 ? null : _objects[slot];
        }
        finally { Exit(); }
    }

    /// <summary>Releases the handle and returns its object, or null if it was unknown or released.</summary>
    public object? Remove(nint handle)
    {
        Enter();
        try
        {
            int slot = SlotOf(handle);
            if (slot < 0) return null;
            var o = _objects[slot];
            _objects[slot] = null;
            _generations[slot]++;
            _free[_freeCount++] = slot;
            return o;
        }
        finally { Exit(); }
    }
}
