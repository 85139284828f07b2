using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;
using NativeGrad.Kernels;

namespace NativeGrad.Fusion;

/// <summary>
/// One or more regions of the same size and dtype compiled to a list of tile instructions, run
/// tile by tile: each node's values for a tile live in an L1/L2-sized slot, so intermediates never
/// reach memory. Outputs are copied from their slot to their storage (with streaming stores when
/// large); a reduced region (a pending sum) is summed per 1024-element block as the eager sum does, and
/// its total written to its 0-dim storage.
/// </summary>
internal sealed unsafe class Program
{
    /// <summary>Elements per tile: a multiple of the sum's blocks (1024) and of a cache line.</summary>
    internal const int Tile = 2048;
    // A slot holds one tile; the last tile takes up to 7 more elements so that it never has fewer
    // than a vector's 8 (a shorter tile would take the scalar path where the eager op took the vector one).
    private const int Stride = Tile + 8;
    private const int SumBlock = 1024;

    private struct Instr
    {
        public ExprKind Kind;
        public UnaryKernel? U;
        public BinaryKernel? K;
        public double S;
        public int Dst, A, B;   // operands: >= 0 a slot, < 0 the source ~index
    }

    private readonly Instr[] _code;

    /// <summary>Tile instructions per tile (tests count the work of a pass).</summary>
    public int Instructions => _code.Length;
    private readonly nint[] _sources;
    private readonly (int Slot, nint Dst)[] _outputs;
    private readonly (int Slot, nint Dst)[] _sums;
    private readonly int _slots;
    private readonly long _n;
    private readonly DType _type;

    private Program(Instr[] code, nint[] sources, (int, nint)[] outputs, (int, nint)[] sums, int slots, long n, DType type)
    {
        _code = code; _sources = sources; _outputs = outputs; _sums = sums; _slots = slots; _n = n; _type = type;
    }

    /// <summary>Compiles regions of one size and dtype into one pass: each region's root is written to its
    /// storage, or, for a reduced region, summed into its 0-dim storage. Shared subexpressions (the nodes a
    /// gradient shares with the forward it differentiates) are computed once per tile.</summary>
    public static Program Compile(IReadOnlyList<Region> regions)
    {
        long n = regions[0].N;
        DType type = regions[0].Type;
        var roots = new List<Expr>(regions.Count);
        foreach (var r in regions) roots.Add(r.Root);
        // Post-order over the DAG (depth is bounded by the size cap): each node once, sources deduplicated.
        var at = new Dictionary<Expr, int>(ReferenceEqualityComparer.Instance);
        var sourceAt = new Dictionary<(Storage, long), int>();
        var sources = new List<nint>();
        var order = new List<Expr>();
        int size = type.ItemSize();
        var written = new HashSet<Region>(regions, ReferenceEqualityComparer.Instance);
        void Visit(Expr e)
        {
            if (at.ContainsKey(e)) return;
            if (e.Owner is { } owner && !written.Contains(owner)) owner.Recomputed++;
            if (e.Kind == ExprKind.Load)
            {
                if (!sourceAt.TryGetValue((e.Source!, e.Offset), out int s))
                {
                    sourceAt[(e.Source!, e.Offset)] = s = sources.Count;
                    sources.Add((nint)((byte*)e.Source!.Data + e.Offset * size));
                }
                at[e] = ~s;
                return;
            }
            if (e.A != null) Visit(e.A);
            if (e.B != null) Visit(e.B);
            at[e] = order.Count;
            order.Add(e);
        }
        foreach (var r in roots) Visit(r);   // a root may be a load (x * 1 is x): its output copies the source

        // Last use of each computed node; roots live to the end of the tile.
        var last = new int[order.Count];
        for (int i = 0; i < order.Count; i++)
        {
            if (order[i].A is { Kind: not ExprKind.Load } a) last[at[a]] = i;
            if (order[i].B is { Kind: not ExprKind.Load } b) last[at[b]] = i;
        }
        foreach (var r in roots) if (at[r] >= 0) last[at[r]] = int.MaxValue;

        // Slots by linear scan: an operand's slot is free once its last reader runs (the drivers are
        // safe in place, so the result may take it).
        var slotOf = new int[order.Count];
        var free = new Stack<int>();
        int slots = 0;
        var code = new Instr[order.Count];
        for (int i = 0; i < order.Count; i++)
        {
            var e = order[i];
            int a = e.A is null ? 0 : Ref(e.A), b = e.B is null ? 0 : Ref(e.B);
            if (e.A is { Kind: not ExprKind.Load } ea && last[at[ea]] == i) free.Push(slotOf[at[ea]]);
            if (e.B is { Kind: not ExprKind.Load } eb && last[at[eb]] == i && !ReferenceEquals(e.A, e.B)) free.Push(slotOf[at[eb]]);
            int dst = free.Count > 0 ? free.Pop() : slots++;
            slotOf[i] = dst;
            code[i] = new Instr { Kind = e.Kind, U = e.Unary, K = e.Binary, S = e.Scalar, Dst = dst, A = a, B = b };
        }
        int Ref(Expr e) => at[e] is var k && k < 0 ? k : slotOf[k];

        var outputs = new List<(int, nint)>();
        var sums = new List<(int, nint)>();
        foreach (var r in regions) (r.Reduced ? sums : outputs).Add((Ref(r.Root), (nint)r.Target.Data));
        return new Program(code, sources.ToArray(), outputs.ToArray(), sums.ToArray(), Math.Max(slots, 1), n, type);
    }

    /// <summary>Tiles of the iteration: [k Tile, (k+1) Tile), the last one taking the rest (at least 8 elements
    /// unless the whole is shorter).</summary>
    private long TileCount => Math.Max(1, _n / Tile + (_n % Tile >= 8 ? 1 : 0));

    /// <summary>Runs the program over all tiles (on the worker pool when large). Sums are taken in the eager
    /// order (blocks of 1024 summed in the dtype, the blocks accumulated in double, then rounded to the dtype).</summary>
    public void Run()
    {
        long tiles = TileCount;
        long blocks = (_n + SumBlock - 1) / SumBlock;
        var partials = new double[_sums.Length][];
        for (int i = 0; i < partials.Length; i++) partials[i] = new double[blocks];
        // Regions are recorded on the vector path only; the calling thread may be forcing the scalar one.
        bool forced = Simd.ForceScalar;
        if (forced) Simd.ForceScalar = false;
        try
        {
            int tasks = (int)Math.Min(tiles, Math.Min(8L * WorkerPool.Threads, _n / (Elementwise.ParallelGrain / 4)));
            if (tasks <= 1 || WorkerPool.Threads == 1) RunTiles(0, tiles, partials);
            else
            {
                long per = (tiles + tasks - 1) / tasks;
                WorkerPool.Run(tasks, t => RunTiles(t * per, Math.Min(tiles, (t + 1) * per), partials));
            }
        }
        finally { if (forced) Simd.ForceScalar = true; }
        for (int i = 0; i < _sums.Length; i++)
        {
            double total = 0;
            foreach (double p in partials[i]) total += p;
            if (_type == DType.Float32) *(float*)_sums[i].Dst = (float)total;
            else *(double*)_sums[i].Dst = total;
        }
    }

    private void RunTiles(long k0, long k1, double[][] partials)
    {
        if (k0 >= k1) return;
        if (_type == DType.Float32) RunTiles<float>(k0, k1, partials);
        else RunTiles<double>(k0, k1, partials);
    }

    private void RunTiles<T>(long k0, long k1, double[][] partials) where T : unmanaged, System.Numerics.IFloatingPointIeee754<T>
    {
        T* buf = (T*)NativeMemory.AlignedAlloc((nuint)(_slots * Stride * sizeof(T)), 64);
        bool stream = Avx.IsSupported && _n * sizeof(T) >= Elementwise.StreamingThreshold;
        long tiles = TileCount;
        try
        {
            for (long k = k0; k < k1; k++)
            {
                long lo = k * Tile;
                int len = (int)(k == tiles - 1 ? _n - lo : Tile);
                Exec(buf, lo, len);
                foreach (var (at, dst) in _outputs) Copy(At(buf, at, lo), (T*)dst + lo, len, stream);
                for (int i = 0; i < _sums.Length; i++)
                {
                    T* x = At(buf, _sums[i].Slot, lo);
                    double[] p = partials[i];
                    for (int j = 0; j < len; j += SumBlock)
                        p[(lo + j) / SumBlock] = double.CreateTruncating(Reduce.SumBlock(x + j, Math.Min(SumBlock, len - j)));
                }
            }
            if (stream) Sse.StoreFence();
        }
        finally { NativeMemory.AlignedFree(buf); }
    }

    /// <summary>An operand's values for the tile at <paramref name="lo"/>: a slot (&gt;= 0) or a source (~index).</summary>
    private T* At<T>(T* buf, int at, long lo) where T : unmanaged => at >= 0 ? buf + at * Stride : (T*)_sources[~at] + lo;

    private void Exec<T>(T* buf, long lo, int n) where T : unmanaged
    {
        foreach (ref readonly var op in _code.AsSpan())
        {
            T* d = buf + op.Dst * Stride;
            T* a = At(buf, op.A, lo);
            T* b = At(buf, op.B, lo);
            if (typeof(T) == typeof(float))
            {
                float* fa = (float*)a, fb = (float*)b, fd = (float*)d;
                switch (op.Kind)
                {
                    case ExprKind.Unary: op.U!.Run(fa, fd, n); break;
                    case ExprKind.Binary: op.K!.Run(fa, fb, fd, n); break;
                    case ExprKind.ScalarB: op.K!.RunScalarB(fa, (float)op.S, fd, n); break;
                    default: op.K!.RunScalarA((float)op.S, fb, fd, n); break;
                }
            }
            else
            {
                double* da = (double*)a, db = (double*)b, dd = (double*)d;
                switch (op.Kind)
                {
                    case ExprKind.Unary: op.U!.Run(da, dd, n); break;
                    case ExprKind.Binary: op.K!.Run(da, db, dd, n); break;
                    case ExprKind.ScalarB: op.K!.RunScalarB(da, op.S, dd, n); break;
                    default: op.K!.RunScalarA(op.S, db, dd, n); break;
                }
            }
        }
    }

    /// <summary>A tile from its slot to the output; streaming stores (the output is not read back soon, and a
    /// plain store would first read the line) for whole aligned vectors when <paramref name="stream"/>.</summary>
    private static void Copy<T>(T* src, T* dst, int len, bool stream) where T : unmanaged
    {
        long bytes = (long)len * sizeof(T), i = 0;
        if (stream && ((nint)dst & 31) == 0)
            for (; i + 32 <= bytes; i += 32)
                Avx.StoreAlignedNonTemporal((byte*)dst + i, Vector256.Load((byte*)src + i));
        Buffer.MemoryCopy((byte*)src + i, (byte*)dst + i, bytes - i, bytes - i);
    }
}
