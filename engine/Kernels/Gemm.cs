using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;
using X86Fma = System.Runtime.Intrinsics.X86.Fma;

namespace NativeGrad.Kernels;

/// <summary>
/// C[m,n] = A[m,k] * B[k,n] for strided A and B, C contiguous (ldc = n).
/// The vector path is a packed, cache-blocked GEMM (the Goto/BLIS scheme): B is packed in
/// KC x NR panels that stay in L1, A in MR x KC panels of an MC x KC block that stays in L2,
/// and a 6 x (2 vectors) register tile accumulates with FMAs (12 accumulators: enough to
/// cover the FMA latency on two pipes). Packing reads any strides, so the transposed
/// operands of the backward pass (A^T*G, G*B^T, and expanded gradients with stride 0) are
/// never materialised; an operand expanded along a dimension of C (stride 0) gives one row or
/// column of C, computed once and copied. Large products run on <see cref="WorkerPool"/>
/// (Gemm.Parallel.cs): tall or square ones share the packed B and split rows, wide ones share
/// the packed A and split columns. Skinny products (matrix-vector, dot) and the scalar path
/// (<see cref="Simd.ForceScalar"/>) use the direct reference kernel. An optional row bias
/// (addmm's, Linear's) is added in the write-back of the last k block, after the sum, so C is
/// bitwise what a separate add would give, without a second pass over C.
/// </summary>
internal static unsafe partial class Gemm
{
    private const int MR = 6, KC = 256, MC = 120;
    /// <summary>Columns per B block: keeps the packed block (KC x NC) well inside L3.</summary>
    private const int NCFloat = 4096, NCDouble = 2048;
    /// <summary>Multiply-adds below which a product stays on the calling thread.</summary>
    private const long ParallelWork = 1L << 20;

    /// <summary>C = A * B (+ bias[j] on every row when <paramref name="bias"/>, n contiguous values, is given).</summary>
    public static void Run<T>(T* a, int lda0, int lda1, T* b, int ldb0, int ldb1, T* c, int m, int k, int n, T* bias = null)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        if (m == 0 || n == 0) return;
        // An operand expanded along C's rows (A with row stride 0) or columns (B with column
        // stride 0), as the gradient of a sum or mean is, makes every row (column) of C the
        // same: compute one and copy it.
        if (lda0 == 0 && m > 1)
        {
            Run(a, 0, lda1, b, ldb0, ldb1, c, 1, k, n, bias);
            for (int i = 1; i < m; i++) new ReadOnlySpan<T>(c, n).CopyTo(new Span<T>(c + (long)i * n, n));
            return;
        }
        if (ldb1 == 0 && n > 1)
        {
            // The column lands contiguous in C's first m elements; spreading it from the last row
            // up never overwrites an entry not yet read (entry i sits at or before row i's start).
            Run(a, lda0, lda1, b, ldb0, 0, c, m, k, 1);
            for (int i = m - 1; i >= 0; i--)
            {
                var row = new Span<T>(c + (long)i * n, n);
                if (bias == null) row.Fill(c[i]);
                else { T v = c[i]; for (int j = 0; j < n; j++) row[j] = v + bias[j]; }
            }
            return;
        }
        if (!Simd.UseVector256 || m < 2 || n < Vector256<T>.Count || k < 2)
        {
            Reference(a, lda0, lda1, b, ldb0, ldb1, c, 0, m, k, n);
            if (bias != null) AddRows(c, bias, m, n);
            return;
        }
        Packed(a, lda0, lda1, b, ldb0, ldb1, c, m, k, n, bias);
    }

    /// <summary>The packed vector path for any shape (tests call it directly on edge shapes).</summary>
    public static void Packed<T>(T* a, int lda0, int lda1, T* b, int ldb0, int ldb1, T* c, int m, int k, int n, T* bias = null)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        if (m == 0 || n == 0) return;
        if (k == 0)
        {
            new Span<T>(c, checked(m * n)).Clear();
            if (bias != null) AddRows(c, bias, m, n);
            return;
        }
        long work = (long)m * n * k;
        int threads = work >= ParallelWork ? WorkerPool.Threads : 1;
        if (threads == 1)
        {
            Block(a, lda0, lda1, b, ldb0, ldb1, c, n, k, 0, m, 0, n, bias);
            return;
        }
        if (m >= n) SharedB(a, lda0, lda1, b, ldb0, ldb1, c, m, k, n, threads, bias);
        else SharedA(a, lda0, lda1, b, ldb0, ldb1, c, m, k, n, threads, bias);
    }

    /// <summary>c[i, j] += bias[j] for an m x n contiguous C (the paths without a fused write-back).</summary>
    private static void AddRows<T>(T* c, T* bias, int m, int n) where T : unmanaged, IFloatingPointIeee754<T>
    {
        for (int i = 0; i < m; i++)
        {
            T* ci = c + (long)i * n;
            for (int j = 0; j < n; j++) ci[j] += bias[j];
        }
    }

    private static int NR<T>() where T : unmanaged => 2 * Vector256<T>.Count;

    /// <summary>C[m0:m1, n0:n1] on the calling thread, with its own packing buffers.</summary>
    private static void Block<T>(T* a, int lda0, int lda1, T* b, int ldb0, int ldb1, T* c, int ldc, int k,
        int m0, int m1, int n0, int n1, T* bias) where T : unmanaged, IFloatingPointIeee754<T>
    {
        int nr = NR<T>(), ncMax = typeof(T) == typeof(float) ? NCFloat : NCDouble;
        int ncCap = Math.Min(ncMax, RoundUp(n1 - n0, nr));
        T* ap = (T*)Buffers.Get(0, sizeof(T) * (long)MC * KC);
        T* bpk = (T*)Buffers.Get(1, sizeof(T) * (long)KC * ncCap);
        int mcStep = McStep(m1 - m0);
        for (int jc = n0; jc < n1; jc += ncMax)
        {
            int nc = Math.Min(ncMax, n1 - jc);
            for (int pc = 0; pc < k; pc += KC)
            {
                int kc = Math.Min(KC, k - pc);
                PackB(b + (long)pc * ldb0 + (long)jc * ldb1, ldb0, ldb1, kc, nc, bpk);
                for (int ic = m0; ic < m1; ic += mcStep)
                {
                    int mc = Math.Min(mcStep, m1 - ic);
                    PackA(a + (long)ic * lda0 + (long)pc * lda1, lda0, lda1, mc, kc, ap);
                    Macro(ap, bpk, c + (long)ic * ldc + jc, ldc, mc, nc, kc, pc > 0, Last(bias, jc, pc + kc, k));
                }
            }
        }
    }

    /// <summary>The bias columns from <paramref name="col"/> on when the k block ending at
    /// <paramref name="end"/> is the last one (the bias goes in after the whole sum), else null.</summary>
    private static T* Last<T>(T* bias, int col, int end, int k) where T : unmanaged
        => bias != null && end >= k ? bias + col : null;

    /// <summary>C[0:mc, 0:nc] (=|+=) packed A block * packed B block, tile by tile, then + bias[0:nc] on each row when given.</summary>
    private static void Macro<T>(T* ap, T* bpk, T* c, int ldc, int mc, int nc, int kc, bool accumulate, T* bias)
        where T : unmanaged, INumberBase<T>
    {
        int nr = NR<T>();
        for (int jr = 0; jr < nc; jr += nr)
        {
            int nrr = Math.Min(nr, nc - jr);
            T* bpanel = bpk + (long)jr * kc, bj = bias == null ? null : bias + jr;
            for (int ir = 0; ir < mc; ir += MR)
                Micro(kc, ap + (long)ir * kc, bpanel, c + (long)ir * ldc + jr, ldc, Math.Min(MR, mc - ir), nrr, accumulate, bj);
        }
    }

    private static int RoundUp(int x, int to) => (x + to - 1) / to * to;

    /// <summary>Rows per A block for a range of rows: at most MC, the blocks as even as whole
    /// panels allow (a small last block would stream every B panel for only a tile or two).</summary>
    private static int McStep(int rows)
    {
        int blocks = (rows + MC - 1) / MC;
        return RoundUp((rows + blocks - 1) / blocks, MR);
    }

    /// <summary>
    /// The register tile: C[0:mr, 0:nr] (=|+=) Ap[6 x kc] * Bp[kc x NR] (+ bias[0:nr] on each
    /// row). Edge tiles (mr &lt; 6 or nr &lt; NR) compute the full padded tile into a stack tile
    /// and copy the valid part.
    /// </summary>
    private static void Micro<T>(int kc, T* ap, T* bp, T* c, int ldc, int mr, int nr, bool accumulate, T* bias)
        where T : unmanaged, INumberBase<T>
    {
        int w = 2 * Vector256<T>.Count;
        if (mr == MR && nr == w)
        {
            Tile(kc, ap, bp, c, ldc, accumulate, bias);
            return;
        }
        T* tile = stackalloc T[MR * w];
        Tile(kc, ap, bp, tile, w, false, null);
        for (int i = 0; i < mr; i++)
        {
            T* ci = c + (long)i * ldc, ti = tile + i * w;
            if (accumulate) for (int j = 0; j < nr; j++) ci[j] += ti[j];
            else for (int j = 0; j < nr; j++) ci[j] = ti[j];
            if (bias != null) for (int j = 0; j < nr; j++) ci[j] += bias[j];
        }
    }

    /// <summary>A full 6 x NR tile. The X86 forms spell out the intrinsics: NativeAOT compiles
    /// the generic Vector256&lt;T&gt; form to code about 3x slower than the JIT does.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Tile<T>(int kc, T* ap, T* bp, T* c, int ldc, bool accumulate, T* bias) where T : unmanaged, INumberBase<T>
    {
        if (System.Runtime.Intrinsics.X86.Fma.IsSupported)
        {
            if (typeof(T) == typeof(float)) { TileF32(kc, (float*)ap, (float*)bp, (float*)c, ldc, accumulate, (float*)bias); return; }
            if (typeof(T) == typeof(double)) { TileF64(kc, (double*)ap, (double*)bp, (double*)c, ldc, accumulate, (double*)bias); return; }
        }
        TileGeneric(kc, ap, bp, c, ldc, accumulate, bias);
    }

    private static void TileF32(int kc, float* ap, float* bp, float* c, int ldc, bool accumulate, float* bias)
    {
        Vector256<float> c00 = default, c01 = default, c10 = default, c11 = default, c20 = default, c21 = default;
        Vector256<float> c30 = default, c31 = default, c40 = default, c41 = default, c50 = default, c51 = default;
        // C is needed only after the k loop: start fetching its rows now (they are a row stride apart).
        float* cr = c;
        for (int r = 0; r < 6; r++, cr += ldc) { Sse.Prefetch0(cr); Sse.Prefetch0(cr + 15); }
        for (int p = 0; p < kc; p++)
        {
            var b0 = Avx.LoadVector256(bp);
            var b1 = Avx.LoadVector256(bp + 8);
            var a = Avx.BroadcastScalarToVector256(ap);
            c00 = X86Fma.MultiplyAdd(a, b0, c00); c01 = X86Fma.MultiplyAdd(a, b1, c01);
            a = Avx.BroadcastScalarToVector256(ap + 1);
            c10 = X86Fma.MultiplyAdd(a, b0, c10); c11 = X86Fma.MultiplyAdd(a, b1, c11);
            a = Avx.BroadcastScalarToVector256(ap + 2);
            c20 = X86Fma.MultiplyAdd(a, b0, c20); c21 = X86Fma.MultiplyAdd(a, b1, c21);
            a = Avx.BroadcastScalarToVector256(ap + 3);
            c30 = X86Fma.MultiplyAdd(a, b0, c30); c31 = X86Fma.MultiplyAdd(a, b1, c31);
            a = Avx.BroadcastScalarToVector256(ap + 4);
            c40 = X86Fma.MultiplyAdd(a, b0, c40); c41 = X86Fma.MultiplyAdd(a, b1, c41);
            a = Avx.BroadcastScalarToVector256(ap + 5);
            c50 = X86Fma.MultiplyAdd(a, b0, c50); c51 = X86Fma.MultiplyAdd(a, b1, c51);
            ap += MR; bp += 16;
        }
        Put(c, c00, c01, 8, accumulate, bias); Put(c + ldc, c10, c11, 8, accumulate, bias);
        Put(c + 2L * ldc, c20, c21, 8, accumulate, bias); Put(c + 3L * ldc, c30, c31, 8, accumulate, bias);
        Put(c + 4L * ldc, c40, c41, 8, accumulate, bias); Put(c + 5L * ldc, c50, c51, 8, accumulate, bias);
    }

    private static void TileF64(int kc, double* ap, double* bp, double* c, int ldc, bool accumulate, double* bias)
    {
        Vector256<double> c00 = default, c01 = default, c10 = default, c11 = default, c20 = default, c21 = default;
        Vector256<double> c30 = default, c31 = default, c40 = default, c41 = default, c50 = default, c51 = default;
        for (int p = 0; p < kc; p++)
        {
            var b0 = Avx.LoadVector256(bp);
            var b1 = Avx.LoadVector256(bp + 4);
            var a = Avx.BroadcastScalarToVector256(ap);
            c00 = X86Fma.MultiplyAdd(a, b0, c00); c01 = X86Fma.MultiplyAdd(a, b1, c01);
            a = Avx.BroadcastScalarToVector256(ap + 1);
            c10 = X86Fma.MultiplyAdd(a, b0, c10); c11 = X86Fma.MultiplyAdd(a, b1, c11);
            a = Avx.BroadcastScalarToVector256(ap + 2);
            c20 = X86Fma.MultiplyAdd(a, b0, c20); c21 = X86Fma.MultiplyAdd(a, b1, c21);
            a = Avx.BroadcastScalarToVector256(ap + 3);
            c30 = X86Fma.MultiplyAdd(a, b0, c30); c31 = X86Fma.MultiplyAdd(a, b1, c31);
            a = Avx.BroadcastScalarToVector256(ap + 4);
            c40 = X86Fma.MultiplyAdd(a, b0, c40); c41 = X86Fma.MultiplyAdd(a, b1, c41);
            a = Avx.BroadcastScalarToVector256(ap + 5);
            c50 = X86Fma.MultiplyAdd(a, b0, c50); c51 = X86Fma.MultiplyAdd(a, b1, c51);
            ap += MR; bp += 8;
        }
        Put(c, c00, c01, 4, accumulate, bias); Put(c + ldc, c10, c11, 4, accumulate, bias);
        Put(c + 2L * ldc, c20, c21, 4, accumulate, bias); Put(c + 3L * ldc, c30, c31, 4, accumulate, bias);
        Put(c + 4L * ldc, c40, c41, 4, accumulate, bias); Put(c + 5L * ldc, c50, c51, 4, accumulate, bias);
    }

    /// <summary>The same tile for hardware without FMA (the Vector256 operators fall back as they can).</summary>
    private static void TileGeneric<T>(int kc, T* ap, T* bp, T* c, int ldc, bool accumulate, T* bias) where T : unmanaged, INumberBase<T>
    {
        int vc = Vector256<T>.Count;
        Vector256<T> c00 = default, c01 = default, c10 = default, c11 = default, c20 = default, c21 = default;
        Vector256<T> c30 = default, c31 = default, c40 = default, c41 = default, c50 = default, c51 = default;
        for (int p = 0; p < kc; p++)
        {
            var b0 = Vector256.Load(bp);
            var b1 = Vector256.Load(bp + vc);
            var a0 = Vector256.Create(ap[0]);
            c00 = Fma(a0, b0, c00); c01 = Fma(a0, b1, c01);
            var a1 = Vector256.Create(ap[1]);
            c10 = Fma(a1, b0, c10); c11 = Fma(a1, b1, c11);
            var a2 = Vector256.Create(ap[2]);
            c20 = Fma(a2, b0, c20); c21 = Fma(a2, b1, c21);
            var a3 = Vector256.Create(ap[3]);
            c30 = Fma(a3, b0, c30); c31 = Fma(a3, b1, c31);
            var a4 = Vector256.Create(ap[4]);
            c40 = Fma(a4, b0, c40); c41 = Fma(a4, b1, c41);
            var a5 = Vector256.Create(ap[5]);
            c50 = Fma(a5, b0, c50); c51 = Fma(a5, b1, c51);
            ap += MR; bp += 2 * vc;
        }
        Put(c, c00, c01, vc, accumulate, bias); Put(c + ldc, c10, c11, vc, accumulate, bias);
        Put(c + 2L * ldc, c20, c21, vc, accumulate, bias); Put(c + 3L * ldc, c30, c31, vc, accumulate, bias);
        Put(c + 4L * ldc, c40, c41, vc, accumulate, bias); Put(c + 5L * ldc, c50, c51, vc, accumulate, bias);
    }

    /// <summary>Writes one tile row: the sum (+ C when accumulating) (+ the bias after it).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Put<T>(T* c, Vector256<T> lo, Vector256<T> hi, int vc, bool accumulate, T* bias) where T : unmanaged
    {
        if (accumulate)
        {
            lo += Vector256.Load(c);
            hi += Vector256.Load(c + vc);
        }
        if (bias != null)
        {
            lo += Vector256.Load(bias);
            hi += Vector256.Load(bias + vc);
        }
        lo.Store(c);
        hi.Store(c + vc);
    }

    /// <summary>
    /// The reference kernel (and the fast one for skinny products): row-major B uses the axpy
    /// form, column-major B (a transposed view, as in G*B^T) the dot form, else plain loops.
    /// </summary>
    internal static void Reference<T>(T* a, int lda0, int lda1, T* b, int ldb0, int ldb1, T* c, int r0, int r1, int k, int n)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        if (n == 1 && lda0 == 1)
        {
            // Matrix-vector with column-major A (a transposed view): axpy down A's columns.
            T* cr = c + r0;
            new Span<T>(cr, r1 - r0).Clear();
            for (int p = 0; p < k; p++) Axpy(b[(long)p * ldb0], a + (long)p * lda1 + r0, cr, r1 - r0);
        }
        else if ((ldb0 == 1 && ldb1 != 1) || n == 1)
        {
            // Column-major B (or a vector): dot products; a strided row of A, or a strided
            // vector, is gathered first.
            T* row = lda1 == 1 ? null : (T*)Buffers.Get(0, sizeof(T) * (long)k);
            T* bv = b;
            if (ldb0 != 1)
            {
                bv = (T*)Buffers.Get(1, sizeof(T) * (long)k);
                for (int p = 0; p < k; p++) bv[p] = b[(long)p * ldb0];
            }
            for (int i = r0; i < r1; i++)
            {
                T* ai = a + (long)i * lda0;
                if (row != null)
                {
                    for (int p = 0; p < k; p++) row[p] = ai[(long)p * lda1];
                    ai = row;
                }
                for (int j = 0; j < n; j++)
                    c[(long)i * n + j] = Dot(ai, bv + (long)j * ldb1, k);
            }
        }
        else if (ldb1 == 1)
        {
            for (int i = r0; i < r1; i++)
            {
                T* ci = c + (long)i * n;
                new Span<T>(ci, n).Clear();
                for (int p = 0; p < k; p++)
                {
                    T av = a[(long)i * lda0 + (long)p * lda1];
                    if (av == T.Zero) continue;
                    Axpy(av, b + (long)p * ldb0, ci, n);
                }
            }
        }
        else
        {
            for (int i = r0; i < r1; i++)
                for (int j = 0; j < n; j++)
                {
                    T s = T.Zero;
                    for (int p = 0; p < k; p++) s += a[(long)i * lda0 + (long)p * lda1] * b[(long)p * ldb0 + (long)j * ldb1];
                    c[(long)i * n + j] = s;
                }
        }
    }

    /// <summary>y += alpha * x over n contiguous elements.</summary>
    public static void Axpy<T>(T alpha, T* x, T* y, int n) where T : unmanaged, IFloatingPointIeee754<T>
    {
        int c = Vector256<T>.Count, i = 0;
        if (Simd.UseVector256)
        {
            var va = Vector256.Create(alpha);
            for (; i <= n - c; i += c)
                Fma(va, Vector256.Load(x + i), Vector256.Load(y + i)).Store(y + i);
        }
        for (; i < n; i++) y[i] = T.FusedMultiplyAdd(alpha, x[i], y[i]);
    }

    /// <summary>Dot product of n contiguous elements.</summary>
    public static T Dot<T>(T* x, T* y, int n) where T : unmanaged, IFloatingPointIeee754<T>
    {
        int c = Vector256<T>.Count, i = 0;
        T s = T.Zero;
        if (Simd.UseVector256 && n >= 2 * c)
        {
            Vector256<T> a0 = default, a1 = default;
            for (; i <= n - 2 * c; i += 2 * c)
            {
                a0 = Fma(Vector256.Load(x + i), Vector256.Load(y + i), a0);
                a1 = Fma(Vector256.Load(x + i + c), Vector256.Load(y + i + c), a1);
            }
            s = Vector256.Sum(a0 + a1);
        }
        for (; i < n; i++) s += x[i] * y[i];
        return s;
    }

    /// <summary>a * b + c in one rounding, for float or double lanes.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector256<T> Fma<T>(Vector256<T> a, Vector256<T> b, Vector256<T> c) where T : unmanaged
    {
        if (typeof(T) == typeof(float))
            return Vector256.FusedMultiplyAdd(a.AsSingle(), b.AsSingle(), c.AsSingle()).As<float, T>();
        return Vector256.FusedMultiplyAdd(a.AsDouble(), b.AsDouble(), c.AsDouble()).As<double, T>();
    }

    /// <summary>Per-thread packing buffers, slot 0 for A, 1 for B, 2 for an operand packed for
    /// all threads (64-byte aligned, grown on demand, kept for the thread's life).</summary>
    private static class Buffers
    {
        [ThreadStatic] private static Holder? t_a, t_b, t_shared;

        public static void* Get(int slot, long bytes)
        {
            var h = slot switch { 0 => t_a ??= new Holder(), 1 => t_b ??= new Holder(), _ => t_shared ??= new Holder() };
            if (h.Bytes < bytes)
            {
                h.Free();
                h.Ptr = NativeMemory.AlignedAlloc((nuint)bytes, 64);
                h.Bytes = bytes;
            }
            return h.Ptr;
        }

        /// <summary>Frees the block when the thread (and so its holder) goes away.</summary>
        private sealed class Holder
        {
            public void* Ptr;
            public long Bytes;
            public void Free()
            {
                if (Ptr != null) NativeMemory.AlignedFree(Ptr);
                Ptr = null;
                Bytes = 0;
            }
            ~Holder() => Free();
        }
    }
}
