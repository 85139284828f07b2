using System.Numerics;

namespace NativeGrad.Kernels;

// The multi-threaded packed GEMM. One operand is packed once for all threads (its panels
// split over them) and shared; the other dimension of C is split into tasks, each packing
// its own blocks of the other operand. The shared operand is packed whole (up to a budget)
// so a product costs two sync points (pack, compute), not two per KC block.
internal static unsafe partial class Gemm
{
    /// <summary>Bytes of shared packed operand per pass: well inside L3, and large enough
    /// that the products of the benchmarks and of typical layers need one pass.</summary>
    private const long SharedBytes = 8L << 20;

    /// <summary>Splits units of work into about two tasks per thread (a core slowed by other
    /// load claims fewer); returns the task count and the units per task.</summary>
    private static (int tasks, int per) Split(int units, int threads)
    {
        int tasks = Math.Max(1, Math.Min(2 * threads, units));
        int per = (units + tasks - 1) / tasks;
        return ((units + per - 1) / per, per);
    }

    /// <summary>Tall or square C: B packed once and shared, the rows of C split.</summary>
    private static void SharedB<T>(T* a, int lda0, int lda1, T* b, int ldb0, int ldb1, T* c, int m, int k, int n, int threads, T* bias)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        int nr = NR<T>(), ncMax = typeof(T) == typeof(float) ? NCFloat : NCDouble;
        int ncPadMax = Math.Min(ncMax, RoundUp(n, nr));
        int ks = Math.Max(KC, (int)Math.Min(RoundUp(k, KC), SharedBytes / sizeof(T) / ncPadMax / KC * KC));
        nint shared = (nint)Buffers.Get(2, sizeof(T) * (long)Math.Min(ks, RoundUp(k, KC)) * ncPadMax);
        var (tasks, per) = Split((m + MR - 1) / MR, threads);
        nint ap = (nint)a, bp = (nint)b, cp = (nint)c, biasp = (nint)bias;
        for (int jc = 0; jc < n; jc += ncMax)
        {
            int nc = Math.Min(ncMax, n - jc), ncPad = RoundUp(nc, nr);
            var (packTasks, pper) = Split(ncPad / nr, threads);
            for (int ks0 = 0; ks0 < k; ks0 += ks)
            {
                int ks1 = Math.Min(k, ks0 + ks), jc0 = jc;
                WorkerPool.Run(packTasks, t =>
                {
                    int j0 = t * pper * nr, j1 = Math.Min(nc, j0 + pper * nr);
                    if (j0 >= j1) return;
                    for (int pc = ks0; pc < ks1; pc += KC)
                    {
                        int kc = Math.Min(KC, ks1 - pc);
                        PackB((T*)bp + (long)pc * ldb0 + (long)(jc0 + j0) * ldb1, ldb0, ldb1, kc, j1 - j0,
                            (T*)shared + (long)(pc - ks0) * ncPad + (long)j0 * kc);
                    }
                });
                WorkerPool.Run(tasks, t =>
                {
                    int lo = t * per * MR, hi = Math.Min(m, lo + per * MR);
                    if (lo >= hi) return;
                    T* apk = (T*)Buffers.Get(0, sizeof(T) * (long)MC * KC);
                    int mcStep = McStep(hi - lo);
                    for (int pc = ks0; pc < ks1; pc += KC)
                    {
                        int kc = Math.Min(KC, ks1 - pc);
                        T* bpk = (T*)shared + (long)(pc - ks0) * ncPad;
                        for (int ic = lo; ic < hi; ic += mcStep)
                        {
                            int mc = Math.Min(mcStep, hi - ic);
                            PackA((T*)ap + (long)ic * lda0 + (long)pc * lda1, lda0, lda1, mc, kc, apk);
                            Macro(apk, bpk, (T*)cp + (long)ic * n + jc0, n, mc, nc, kc, pc > 0, Last((T*)biasp, jc0, pc + kc, k));
                        }
                    }
                });
            }
        }
    }

    /// <summary>Wide C: A packed once and shared, the columns of C split (each task packs
    /// its own columns of B).</summary>
    private static void SharedA<T>(T* a, int lda0, int lda1, T* b, int ldb0, int ldb1, T* c, int m, int k, int n, int threads, T* bias)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        int nr = NR<T>(), ncMax = typeof(T) == typeof(float) ? NCFloat : NCDouble;
        int msMax = Math.Min(RoundUp(m, MR), 2046); // a multiple of MR: chunks pad to whole panels
        int ks = Math.Max(KC, (int)Math.Min(RoundUp(k, KC), SharedBytes / sizeof(T) / msMax / KC * KC));
        nint shared = (nint)Buffers.Get(2, sizeof(T) * (long)Math.Min(ks, RoundUp(k, KC)) * msMax);
        var (tasks, per) = Split((n + nr - 1) / nr, threads);
        nint ap = (nint)a, bp = (nint)b, cp = (nint)c, biasp = (nint)bias;
        for (int is0 = 0; is0 < m; is0 += msMax)
        {
            int ms = Math.Min(msMax, m - is0), msPad = RoundUp(ms, MR), mcStep = McStep(ms);
            var (packTasks, pper) = Split(msPad / MR, threads);
            for (int ks0 = 0; ks0 < k; ks0 += ks)
            {
                int ks1 = Math.Min(k, ks0 + ks), i0 = is0;
                WorkerPool.Run(packTasks, t =>
                {
                    int r0 = t * pper * MR, r1 = Math.Min(ms, r0 + pper * MR);
                    if (r0 >= r1) return;
                    for (int pc = ks0; pc < ks1; pc += KC)
                    {
                        int kc = Math.Min(KC, ks1 - pc);
                        PackA((T*)ap + (long)(i0 + r0) * lda0 + (long)pc * lda1, lda0, lda1, r1 - r0, kc,
                            (T*)shared + (long)(pc - ks0) * msPad + (long)r0 * kc);
                    }
                });
                WorkerPool.Run(tasks, t =>
                {
                    int lo = t * per * nr, hi = Math.Min(n, lo + per * nr);
                    if (lo >= hi) return;
                    T* bpk = (T*)Buffers.Get(1, sizeof(T) * (long)KC * Math.Min(ncMax, RoundUp(hi - lo, nr)));
                    for (int jc = lo; jc < hi; jc += ncMax)
                    {
                        int nc = Math.Min(ncMax, hi - jc);
                        for (int pc = ks0; pc < ks1; pc += KC)
                        {
                            int kc = Math.Min(KC, ks1 - pc);
                            PackB((T*)bp + (long)pc * ldb0 + (long)jc * ldb1, ldb0, ldb1, kc, nc, bpk);
                            T* apk = (T*)shared + (long)(pc - ks0) * msPad;
                            for (int ic = 0; ic < ms; ic += mcStep)
                                Macro(apk + (long)ic * kc, bpk, (T*)cp + (long)(i0 + ic) * n + jc, n, Math.Min(mcStep, ms - ic), nc, kc, pc > 0,
                                    Last((T*)biasp, jc, pc + kc, k));
                        }
                    }
                });
            }
        }
    }
}
