using System.Runtime.InteropServices;

namespace NativeGrad.Distributed;

/// <summary>
/// Open MPI, loaded at run time (<c>NativeLibrary</c>), so the library works without MPI installed.
/// Open MPI's predefined handles (MPI_COMM_WORLD, MPI_FLOAT, MPI_SUM, ...) are the addresses of
/// exported globals (<c>ompi_mpi_comm_world</c>, ...: mpi.h's OMPI_PREDEFINED_GLOBAL), and
/// MPI_Comm / MPI_Datatype / MPI_Op / MPI_Request are pointers. Other MPI implementations (MPICH,
/// Intel MPI) have another ABI and are refused by name. <c>NATIVEGRAD_MPI_LIB</c> names the library
/// to load (e.g. a cluster's own Open MPI).
/// </summary>
internal static unsafe class Mpi
{
    public const int Success = 0;
    public const int ThreadSerialized = 2;     // MPI_THREAD_SERIALIZED (mpi.h's enum)
    public const int MaxErrorString = 256;     // MPI_MAX_ERROR_STRING
    public static readonly nint InPlace = 1;   // MPI_IN_PLACE is ((void *) 1)

    /// <summary>MPI_Status as Open MPI lays it out (mpi.h: struct ompi_status_public_t, 24 bytes).</summary>
    [StructLayout(LayoutKind.Sequential)]
    public struct Status
    {
        public int Source, Tag, Error, Cancelled;
        public nuint UCount;
    }

    public const string MissingMessage = "MPI library not found: install Open MPI (Debian: openmpi-bin libopenmpi-dev)";

    // int MPI_xxx(...) entry points.
    public static delegate* unmanaged<int*, int> Initialized, Finalized;
    public static delegate* unmanaged<int*, byte***, int, int*, int> InitThread;
    public static delegate* unmanaged<int> Finalize;
    public static delegate* unmanaged<nint, nint*, int> CommDup;
    public static delegate* unmanaged<nint*, int> CommFree;
    public static delegate* unmanaged<nint, int*, int> CommRank, CommSize;
    public static delegate* unmanaged<nint, nint, int> CommSetErrhandler;
    public static delegate* unmanaged<void*, void*, int, nint, nint, nint, nint*, int> Iallreduce;
    public static delegate* unmanaged<void*, int, nint, int, nint, nint*, int> Ibcast;
    public static delegate* unmanaged<nint, nint*, int> Ibarrier;
    public static delegate* unmanaged<nint*, int*, Status*, int> Test;
    public static delegate* unmanaged<int, byte*, int*, int> ErrorString;
    public static delegate* unmanaged<byte*, int*, int> GetLibraryVersion;

    // Predefined handles (addresses of Open MPI's globals).
    public static nint CommWorld, Float, Double, Int64, OpSum, OpMax, OpMin, OpProd, ErrorsReturn;

    private static readonly object s_lock = new();
    private static bool s_loaded;
    private static string? s_error;

    /// <summary>The library that was loaded (for messages).</summary>
    public static string? LibraryName { get; private set; }

    /// <summary>True if an MPI library can be loaded (loads it on first call).</summary>
    public static bool IsAvailable
    {
        get
        {
            try { Load(); return true; }
            catch (NativeGradException) { return false; }
        }
    }

    /// <summary>Loads the library and resolves every entry point once; throws the load error every time it failed.</summary>
    public static void Load()
    {
        lock (s_lock)
        {
            if (s_loaded) return;
            if (s_error != null) throw new NativeGradException(ErrorKind.Distributed, s_error);
            try
            {
                LoadCore();
                s_loaded = true;
            }
            catch (NativeGradException e)
            {
                s_error = e.Message;
                throw;
            }
        }
    }

    private static void LoadCore()
    {
        string? explicitPath = Environment.GetEnvironmentVariable("NATIVEGRAD_MPI_LIB");
        string[] names = string.IsNullOrEmpty(explicitPath) ? ["libmpi.so.40", "libmpi.so", "libmpi.so.12"] : [explicitPath];
        nint lib = 0;
        foreach (var n in names)
            if (NativeLibrary.TryLoad(n, out lib)) { LibraryName = n; break; }
        if (lib == 0)
            throw new NativeGradException(ErrorKind.Distributed, string.IsNullOrEmpty(explicitPath)
                ? $"{MissingMessage}; tried {string.Join(", ", names)}"
                : $"{MissingMessage}; NATIVEGRAD_MPI_LIB={explicitPath} could not be loaded");

        nint Sym(string name) => NativeLibrary.TryGetExport(lib, name, out var p) ? p
            : throw new NativeGradException(ErrorKind.Distributed, $"{LibraryName} does not export {name}: an MPI-3 library is required");
        // Open MPI's predefined handles: an MPI without them (MPICH's are integers) has another ABI.
        if (!NativeLibrary.TryGetExport(lib, "ompi_mpi_comm_world", out CommWorld))
            throw new NativeGradException(ErrorKind.Distributed,
                $"{LibraryName} is not Open MPI (no ompi_mpi_comm_world): NativeGrad supports Open MPI only (Debian: openmpi-bin libopenmpi-dev)");

        Initialized = (delegate* unmanaged<int*, int>)Sym("MPI_Initialized");
        Finalized = (delegate* unmanaged<int*, int>)Sym("MPI_Finalized");
        InitThread = (delegate* unmanaged<int*, byte***, int, int*, int>)Sym("MPI_Init_thread");
        Finalize = (delegate* unmanaged<int>)Sym("MPI_Finalize");
        CommDup = (delegate* unmanaged<nint, nint*, int>)Sym("MPI_Comm_dup");
        CommFree = (delegate* unmanaged<nint*, int>)Sym("MPI_Comm_free");
        CommRank = (delegate* unmanaged<nint, int*, int>)Sym("MPI_Comm_rank");
        CommSize = (delegate* unmanaged<nint, int*, int>)Sym("MPI_Comm_size");
        CommSetErrhandler = (delegate* unmanaged<nint, nint, int>)Sym("MPI_Comm_set_errhandler");
        Iallreduce = (delegate* unmanaged<void*, void*, int, nint, nint, nint, nint*, int>)Sym("MPI_Iallreduce");
        Ibcast = (delegate* unmanaged<void*, int, nint, int, nint, nint*, int>)Sym("MPI_Ibcast");
        Ibarrier = (delegate* unmanaged<nint, nint*, int>)Sym("MPI_Ibarrier");
        Test = (delegate* unmanaged<nint*, int*, Status*, int>)Sym("MPI_Test");
        ErrorString = (delegate* unmanaged<int, byte*, int*, int>)Sym("MPI_Error_string");
        GetLibraryVersion = (delegate* unmanaged<byte*, int*, int>)Sym("MPI_Get_library_version");

        Float = Sym("ompi_mpi_float");
        Double = Sym("ompi_mpi_double");
        Int64 = Sym("ompi_mpi_int64_t");
        OpSum = Sym("ompi_mpi_op_sum");
        OpMax = Sym("ompi_mpi_op_max");
        OpMin = Sym("ompi_mpi_op_min");
        OpProd = Sym("ompi_mpi_op_prod");
        ErrorsReturn = Sym("ompi_mpi_errors_return");
    }

    /// <summary>
    /// Before MPI_Init: asks Open MPI's non-blocking collectives (libnbc) for the ring all-reduce, unless
    /// the user chose an algorithm (OMPI_MCA_coll_libnbc_iallreduce_algorithm, also set by
    /// <c>mpirun --mca</c>). For an in-place all-reduce libnbc otherwise takes a binomial reduce then
    /// broadcast, 2-3x slower on megabyte buffers (16 MB on 2 ranks here: 36 ms against 13 ms). The ring
    /// gives every rank the same bits (each chunk is reduced once, then copied). The variable goes into
    /// the C environment (setenv), where Open MPI reads it; .NET's own copy is not it.
    /// </summary>
    public static void PreferRingAllReduce()
    {
        if (!NativeLibrary.TryLoad("libc.so.6", out var libc)
            || !NativeLibrary.TryGetExport(libc, "getenv", out var getenv)
            || !NativeLibrary.TryGetExport(libc, "setenv", out var setenv))
            return;
        fixed (byte* n = "OMPI_MCA_coll_libnbc_iallreduce_algorithm\0"u8, v = "1\0"u8)
        {
            if (((delegate* unmanaged<byte*, byte*>)getenv)(n) != null) return;
            ((delegate* unmanaged<byte*, byte*, int, int>)setenv)(n, v, 0);
        }
    }

    private static delegate* unmanaged<uint, int> s_usleep;

    /// <summary>Sleeps about <paramref name="microseconds"/> (libc usleep; .NET sleeps whole milliseconds).</summary>
    public static void Pause(uint microseconds)
    {
        if (s_usleep == null && NativeLibrary.TryLoad("libc.so.6", out var libc) && NativeLibrary.TryGetExport(libc, "usleep", out var f))
            s_usleep = (delegate* unmanaged<uint, int>)f;
        if (s_usleep != null) s_usleep(microseconds);
        else Thread.Sleep(1);
    }

    /// <summary>MPI_Error_string of a return code.</summary>
    public static string Describe(int code)
    {
        byte* buf = stackalloc byte[MaxErrorString + 1];
        int len = 0;
        if (ErrorString(code, buf, &len) != Success || len <= 0) return $"MPI error {code}";
        return $"{Marshal.PtrToStringUTF8((nint)buf, Math.Min(len, MaxErrorString))} (MPI error {code})";
    }

    /// <summary>MPI_Get_library_version's first line (e.g. "Open MPI v4.1.4, ...").</summary>
    public static string Version()
    {
        byte* buf = stackalloc byte[8192];
        int len = 0;
        if (GetLibraryVersion(buf, &len) != Success || len <= 0) return "unknown MPI";
        var s = Marshal.PtrToStringUTF8((nint)buf, Math.Min(len, 8191));
        int nl = s.IndexOfAny(['\n', '\0']);
        return (nl >= 0 ? s[..nl] : s).Trim();
    }

    /// <summary>The MPI datatype of a tensor dtype (float32, float64, int64).</summary>
    public static nint TypeOf(DType t, string op) => t switch
    {
        DType.Float32 => Float,
        DType.Float64 => Double,
        DType.Int64 => Int64,
        _ => throw NativeGradException.DType($"{op}: unsupported dtype {t.TorchName()} (float32, float64 and int64 are supported)"),
    };
}
