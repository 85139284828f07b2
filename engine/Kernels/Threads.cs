namespace NativeGrad;

/// <summary>
/// The size of the library's worker pool (PyTorch's torch.set_num_threads / get_num_threads): how many
/// threads, the caller included, one large kernel (GEMM, long elementwise runs, fills) may use.
/// The initial size is the environment variable NATIVEGRAD_NUM_THREADS when it holds a positive
/// integer, else the number of cores. Results do not depend on it (kernels split work so that every
/// element is computed the same way on any number of threads).
/// </summary>
public static class Threads
{
    /// <summary>Name of the environment variable read once when the library starts.</summary>
    public const string EnvironmentVariable = Kernels.WorkerPool.EnvVar;

    /// <summary>The pool size; setting it resizes the pool (a positive integer, else an InvalidArgument error).</summary>
    public static int Count
    {
        get => Kernels.WorkerPool.Threads;
        set => Kernels.WorkerPool.SetThreads(value);
    }
}
