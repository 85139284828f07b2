namespace NativeGrad.Tests;

/// <summary>Live tensor bytes once the finalizers of earlier tests' leaked tensors have run, so a
/// memory test measures only what it does itself.</summary>
internal static class MemoryProbe
{
    public static long Settled()
    {
        for (int i = 0; i < 2; i++)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
        }
        return Allocator.LiveBytes;
    }
}
