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
    private readonly object _lock = new();

    public nint Add(object o)
    {
        lock (_lock)
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
        lock (_lock)
        {
            int slot = SlotOf(handle);
            return slot < 0 ? null : _objects[slot];
        }
    }

    /// <summary>Releases the handle and returns its object, or null if it was unknown or released.</summary>
    public object? Remove(nint handle)
    {
        lock (_lock)
        {
            int slot = SlotOf(handle);
            if (slot < 0) return null;
            var o = _objects[slot];
            _objects[slot] = null;
            _generations[slot]++;
            _free[_freeCount++] = slot;
            return o;
        }
    }
}
