using NativeGrad.Kernels;

namespace NativeGrad.Fusion;

/// <summary>
/// Lazy elementwise fusion (docs/ARCHITECTURE.md, "Fusion"). A large float elementwise op whose
/// operands are contiguous (or one value) returns a tensor whose storage is <em>pending</em>: an
/// expression over materialised sources, extended by the next elementwise op instead of computed.
/// A pending storage is computed (tile by tile, by <see cref="Program"/>) the moment anything reads
/// or writes its memory (<see cref="Tensor.Ptr"/> is the one way in), and a source's pending readers
/// are computed before anything touches the source: so every value is what eager execution gives,
/// bit for bit. A sum of a pending tensor is itself pending (reduced tile by tile, the summed tensor never
/// written), and the gradients a backward leaves pending are computed together in one pass at the end of
/// the run, with the pending sums over the same sources (the loss).
/// </summary>
internal static class Fuser
{
    /// <summary>The environment switch: "0" turns fusion off for the process.</summary>
    public const string EnvVar = "NATIVEGRAD_FUSION";

    /// <summary>Elements from which an op is recorded: below it the operands fit the caches and
    /// recording costs more than the memory passes it saves.</summary>
    public const long DefaultMinElements = 1 << 16;

    /// <summary>Overrides <see cref="DefaultMinElements"/> (a positive integer): 1 records every float op,
    /// which the suites use to run everything through the fused path.</summary>
    public const string MinEnvVar = "NATIVEGRAD_FUSION_MIN";

    // Caps of one expression (tree nodes, source storages): a longer chain computes its operands first.
    internal const int MaxSize = 40, MaxSources = 8;
    // Pending regions one storage may have reading it before they are computed.
    internal const int MaxReaders = 32;

    private static readonly bool s_enabled = Environment.GetEnvironmentVariable(EnvVar) != "0";
    private static readonly long s_minElements =
        long.TryParse(Environment.GetEnvironmentVariable(MinEnvVar), System.Globalization.NumberStyles.None,
            System.Globalization.CultureInfo.InvariantCulture, out long m) && m > 0 ? m : DefaultMinElements;

    // Per-thread override (tests compare fused and eager, and fuse small tensors to reach tile edges);
    // while no thread overrides, no op pays a thread-local read.
    private static int s_overrides;
    [ThreadStatic] private static int t_mode;        // 1 on, -1 off, 0 the process setting
    [ThreadStatic] private static long t_minElements;

    // Guards Storage.Pending / Storage.Readers (held for list edits only, never while computing).
    private static int s_book;
    // One computation at a time: held while a program runs, so a region is computed once and its
    // sources stay alive (nothing finishes or drops a region it does not hold).
    private static readonly object s_compute = new();

    // What this thread computed (tests check that a path really fused).
    [ThreadStatic] internal static int t_regionsComputed, t_passes, t_sums, t_instructions;

    /// <summary>True when fusion is on for the process (the environment switch).</summary>
    public static bool Enabled => s_enabled;

    /// <summary>True when an op of <paramref name="n"/> elements of <paramref name="type"/> is recorded.</summary>
    private static bool Wants(long n, DType type)
    {
        bool on = s_enabled;
        long min = s_minElements;
        if (s_overrides != 0 && t_mode != 0) { on = t_mode > 0; min = t_minElements; }
        return on && n >= min && (type == DType.Float32 || type == DType.Float64) && Simd.UseVector256 && !AnomalyMode.IsEnabled;
    }

    /// <summary>Turns fusion on (recording from <paramref name="minElements"/> elements) or off on this
    /// thread until the guard is disposed (tests).</summary>
    internal static Guard Override(bool on, long minElements = 1)
    {
        var g = new Guard(t_mode, t_minElements);
        Interlocked.Increment(ref s_overrides);
        t_mode = on ? 1 : -1;
        t_minElements = Math.Max(1, minElements);
        return g;
    }

    /// <summary>Restores the previous setting of this thread.</summary>
    internal readonly struct Guard(int mode, long min) : IDisposable
    {
        public void Dispose()
        {
            t_mode = mode;
            t_minElements = min;
            Interlocked.Decrement(ref s_overrides);
        }
    }

    private static readonly BinaryKernel s_mul = BinaryKernel<MulOp<float>, MulOp<double>>.Instance;

    // ---- recording ----------------------------------------------------------------------------------

    /// <summary>op(x) as a pending tensor, or null where the eager op must run (MapUnary's contiguous case).</summary>
    internal static Tensor? Unary(Tensor x, DType type, UnaryKernel k)
    {
        if (!Wants(x.Numel, type) || x._dtype != type || !x.IsContiguous) return null;
        return Capture(x._shape, type, x, null, ExprKind.Unary, k, null, 0);
    }

    /// <summary>op(a, b) as a pending tensor, or null (MapBinary's cases: both contiguous of the result's
    /// shape, or one of them a single value).</summary>
    internal static unsafe Tensor? Binary(Tensor a, Tensor b, int[] shape, DType type, BinaryKernel k)
    {
        if (!Wants(Shape.Numel(shape), type) || a._dtype != type || b._dtype != type) return null;
        bool sameA = Shape.Equal(a._shape, shape), sameB = Shape.Equal(b._shape, shape);
        if (sameA && sameB && a.IsContiguous && b.IsContiguous) return Capture(shape, type, a, b, ExprKind.Binary, null, k, 0);
        if (sameA && a.IsContiguous && Ops.Functions.IsOneValue(b)) return Capture(shape, type, a, null, ExprKind.ScalarB, null, k, ValueOf(b));
        if (sameB && b.IsContiguous && Ops.Functions.IsOneValue(a)) return Capture(shape, type, b, null, ExprKind.ScalarA, null, k, ValueOf(a));
        return null;
    }

    /// <summary>op(a, s) (op(s, a) when <paramref name="scalarFirst"/>) as a pending tensor, or null (MapScalar's contiguous case).</summary>
    internal static Tensor? Scalar(Tensor a, double s, bool scalarFirst, DType type, BinaryKernel k)
    {
        if (!Wants(a.Numel, type) || a._dtype != type || !a.IsContiguous) return null;
        double v = type == DType.Float32 ? (float)s : s;   // the eager kernel's operand
        return Capture(a._shape, type, a, null, scalarFirst ? ExprKind.ScalarA : ExprKind.ScalarB, null, k, v);
    }

    private static unsafe double ValueOf(Tensor t) => t._dtype == DType.Float32 ? *t.DataPtr<float>() : *t.DataPtr<double>();

    private static Tensor? Capture(int[] shape, DType type, Tensor a, Tensor? b, ExprKind kind, UnaryKernel? u, BinaryKernel? k, double s)
    {
        // Memory a user can write behind our back (NumPy, C, data_ptr) is read when the op runs, as eagerly.
        if (a._storage.Exposed || (b?._storage.Exposed ?? false)) return null;
        Settle(a);
        if (b != null) Settle(b);
        if (1 + SizeOf(a) + SizeOf(b) > MaxSize || SourcesOf(a) + SourcesOf(b) > MaxSources)
        {
            Force(a);
            if (b != null) Force(b);
        }
        var y = Tensor.EmptyDeferred(shape, type);
        var sources = new List<Storage>(4);
        bool crowded = false;
        using (GradAccumulation.Held.Enter(ref s_book))
        {
            var ea = Resolve(a, sources);
            var eb = b is null ? null : Resolve(b, sources);
            var e = kind switch
            {
                ExprKind.Unary => Expr.Of(u!, ea),
                ExprKind.Binary => Expr.Of(k!, ea, eb!),
                // x * 1 is x in every IEEE case but a signalling NaN (which stays signalling): the gradients of sum and
                // mean multiply by an expanded one, and the region need not compute it.
                _ when s == 1 && ReferenceEquals(k, s_mul) => ea,
                _ => Expr.Of(k!, ea, s, kind == ExprKind.ScalarA),
            };
            var r = new Region(e, y.Numel, type, sources.ToArray(), y._storage);
            e.Owner ??= r;
            Attach(r);
            foreach (var src in r.Sources) crowded |= src.Readers!.Count > MaxReaders;
        }
        // Pending results a C# caller leaked (never disposed) stay listed on their sources until computed:
        // past a bound, the readers of a source are computed, so the lists and what they hold stay small.
        if (crowded) foreach (var src in y._storage.Pending?.Sources ?? []) if (src.Readers is { Count: > MaxReaders }) Touch(src);
        return y;
    }

    /// <summary>Makes r its target's pending contents and a reader of its sources, holding a reference to
    /// each (under the book lock).</summary>
    private static void Attach(Region r)
    {
        foreach (var src in r.Sources)
        {
            src.AddRef();
            (src.Readers ??= new List<Region>(2)).Add(r);
        }
        r.Target.Pending = r;
    }

    /// <summary>True when t reads its pending storage whole, in order: its expression stands for t.</summary>
    private static bool Embeddable(Tensor t, Region r) => t._offset == 0 && t.Numel == r.N && t._dtype == r.Type && t.IsContiguous;

    /// <summary>Computes t's storage if it is pending but t views it otherwise (a slice, a reshape of part), or if
    /// its values were already computed once without being written (see <see cref="Region.Recomputed"/>).</summary>
    private static void Settle(Tensor t)
    {
        if (t._storage.Pending is { } r && (!Embeddable(t, r) || r.Recomputed > 0)) Force(t);
    }

    private static unsafe void Force(Tensor t)
    {
        if (t._storage.Pending != null) _ = t.Ptr;
    }

    private static int SizeOf(Tensor? t) => t is null ? 0 : t._storage.Pending is { } r ? r.Root.Size : 1;

    private static int SourcesOf(Tensor? t) => t is null ? 0 : t._storage.Pending is { } r ? r.Sources.Length : 1;

    /// <summary>t's expression (under the book lock): its pending region's, else a load of its memory.</summary>
    private static Expr Resolve(Tensor t, List<Storage> sources)
    {
        var st = t._storage;
        if (st.Pending is { } r)
        {
            foreach (var s in r.Sources) if (!sources.Contains(s)) sources.Add(s);
            return r.Root;
        }
        if (!sources.Contains(st)) sources.Add(st);
        return Expr.Load(st, t._offset);
    }

    // ---- computing ----------------------------------------------------------------------------------

    /// <summary>Ptr's slow path: computes the storage if it is pending, then every pending region reading it
    /// (the caller may be about to write it).</summary>
    internal static void Touch(Storage s)
    {
        if (s.Pending is { } own) Compute([own]);
        if (s.Readers == null) return;
        List<Region> readers;
        using (GradAccumulation.Held.Enter(ref s_book)) readers = s.Readers is { } l ? new List<Region>(l) : [];
        if (readers.Count > 0) Compute(readers);
    }

    /// <summary>Computes the pending storages of these tensors, one pass for all those of a size and dtype
    /// (the gradients a backward leaves pending share their sources and subexpressions).</summary>
    internal static void ComputeAll(IEnumerable<Tensor?> tensors)
    {
        List<Region>? rs = null;
        foreach (var t in tensors)
            if (t?._storage.Pending is { } r && !(rs ??= []).Contains(r)) rs.Add(r);
        if (rs != null) Compute(rs);
    }

    private static void Compute(List<Region> regions)
    {
        // Pending sums over the same sources come along: they cost no memory pass of their own (a loss
        // summed in the forward is taken in the pass that computes its gradients).
        using (GradAccumulation.Held.Enter(ref s_book))
        {
            var sources = new HashSet<Storage>(ReferenceEqualityComparer.Instance);
            foreach (var r in regions) sources.UnionWith(r.Sources);
            int count = regions.Count;
            for (int i = 0; i < count; i++)
                foreach (var src in regions[i].Sources)
                    if (src.Readers is { } readers)
                        foreach (var q in readers)
                            if (q.Reduced && q.N == regions[i].N && q.Type == regions[i].Type && !regions.Contains(q)
                                && Array.TrueForAll(q.Sources, sources.Contains))
                                regions.Add(q);
        }
        // Hold each target while computing into it; one whose last reference is going is dropped instead.
        var held = new List<Region>(regions.Count);
        using (GradAccumulation.Held.Enter(ref s_book))
            foreach (var r in regions)
                if (ReferenceEquals(r.Target.Pending, r) && r.Target.TryAddRef()) held.Add(r);
        try
        {
            lock (s_compute)
            {
                var todo = held.FindAll(r => ReferenceEquals(r.Target.Pending, r));
                foreach (var r in todo) r.Target.Materialise();
                foreach (var group in todo.GroupBy(r => (r.N, r.Type)))
                {
                    var g = group.ToList();
                    var program = Program.Compile(g);
                    program.Run();
                    t_passes++;
                    t_instructions += program.Instructions;
                    t_regionsComputed += g.Count;
                    foreach (var r in g) if (r.Reduced) t_sums++;
                }
                foreach (var r in todo) Finish(r);
            }
        }
        finally { foreach (var r in held) r.Target.Release(); }
    }

    /// <summary>The sum of all of t's elements as a pending 0-dim tensor of shape <paramref name="outShape"/>
    /// (its value is taken tile by tile when it is read, never writing t), or null when t is not a whole
    /// pending storage.</summary>
    internal static Tensor? Sum(Tensor t, int[] outShape)
    {
        // A thread forcing the scalar path sums its blocks with scalar code: the eager sum of the memory.
        if (t._storage.Pending is not { } r0 || !Embeddable(t, r0) || r0.Recomputed > 0 || !Simd.UseVector256) return null;
        var y = Tensor.EmptyDeferred(outShape, r0.Type);
        using (GradAccumulation.Held.Enter(ref s_book))
        {
            // Computed meanwhile (another thread touched it): sum its memory.
            if (t._storage.Pending is { } r && ReferenceEquals(r, r0))
            {
                var s = new Region(r.Root, r.N, r.Type, r.Sources, y._storage, reduced: true);
                Attach(s);
                return y;
            }
        }
        y.Dispose();
        return null;
    }

    /// <summary>A region is computed: its storage is plain memory from now on, and its sources are let go.</summary>
    private static void Finish(Region r)
    {
        using (GradAccumulation.Held.Enter(ref s_book))
        {
            r.Target.Pending = null;
            Unregister(r);
        }
        foreach (var s in r.Sources) s.Release();
    }

    /// <summary>The last reference to a pending storage went (Storage.Release): its region is dropped uncomputed.</summary>
    internal static void Drop(Storage s)
    {
        Region? r;
        using (GradAccumulation.Held.Enter(ref s_book))
        {
            r = s.Pending;
            s.Pending = null;
            if (r != null) Unregister(r);
        }
        if (r != null) foreach (var src in r.Sources) src.Release();
    }

    private static void Unregister(Region r)
    {
        foreach (var s in r.Sources)
        {
            var l = s.Readers!;
            l.Remove(r);
            if (l.Count == 0) s.Readers = null;
        }
    }

    /// <summary>The address of t's memory for a user (C's data_ptr, NumPy): computed now, and its storage is
    /// never read lazily again (the user may write it at any time).</summary>
    internal static unsafe nint Expose(Tensor t)
    {
        var p = (nint)t.Ptr;
        t._storage.Exposed = true;
        return p;
    }
}
