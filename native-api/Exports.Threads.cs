using System.Runtime.InteropServices;

namespace NativeGrad.Native;

// The worker pool's size (torch.set_num_threads / get_num_threads).
[ExportGroup("Library", Order = 0)]
public static unsafe partial class Exports
{
    /// <summary>Resizes the worker pool to n threads, the caller included (n >= 1; torch.set_num_threads). Results do not depend on it.</summary>
    [Export("ng_set_num_threads")]
    internal static void SetNumThreads(int n)
    {
        Threads.Count = n;
    }

    /// <summary>Writes the worker pool's size (initially $NATIVEGRAD_NUM_THREADS if it is a positive integer, else the core count).</summary>
    [Export("ng_get_num_threads")]
    internal static void GetNumThreads(int* outCount)
    {
        Abi.Out(outCount); *outCount = Threads.Count;
    }
}
