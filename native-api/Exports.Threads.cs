using System.Runtime.InteropServices;

namespace NativeGrad.Native;

// The worker pool's size (torch.set_num_threads / get_num_threads).
public static unsafe partial class Exports
{
    /// <summary>Resizes the worker pool to n threads, the caller included (n >= 1; torch.set_num_threads). Results do not depend on it.</summary>
    [UnmanagedCallersOnly(EntryPoint = "ng_set_num_threads")]
    public static NgStatus SetNumThreads(int n)
    {
        try { Threads.Count = n; return NgStatus.Ok; }
        catch (Exception e) { return Abi.Fail(e); }
    }

    /// <summary>Writes the worker pool's size (initially $NATIVEGRAD_NUM_THREADS if it is a positive integer, else the core count).</summary>
    [UnmanagedCallersOnly(EntryPoint = "ng_get_num_threads")]
    public static NgStatus GetNumThreads(int* outCount)
    {
        try { Abi.Out(outCount); *outCount = Threads.Count; return NgStatus.Ok; }
        catch (Exception e) { return Abi.Fail(e); }
    }
}
