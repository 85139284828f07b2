using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace NativeGrad.Kernels;

// Packing of the GEMM operands into the micro-kernel's panel layout. Every operand layout the
// backward pass makes has a fast path: row-major, transposed (a transposing copy in 8 x 8
// float or 4 x 4 double blocks), and expanded (a stride of 0: one row or one value repeated).
internal static unsafe partial class Gemm
{
    /// <summary>Packs A[0:mc, 0:kc] into MR-row panels, p-major inside a panel; rows past mc are zero.</summary>
    private static void PackA<T>(T* a, int lda0, int lda1, int mc, int kc, T* dst) where T : unmanaged, INumberBase<T>
    {
        for (int ir = 0; ir < mc; ir += MR, dst += MR * kc)
        {
            int rows = Math.Min(MR, mc - ir);
            T* src = a + (long)ir * lda0;
            if (rows == MR)
            {
                if (lda1 == 1 && typeof(T) == typeof(float) && Avx.IsSupported)
                {
                    PackARowsF32((float*)src, lda0, kc, (float*)dst);
                    continue;
                }
                if (lda1 == 1 && typeof(T) == typeof(double) && Avx.IsSupported)
                {
                    PackARowsF64((double*)src, lda0, kc, (double*)dst);
                    continue;
                }
                if (lda0 == 1)
                {
                    // Transposed A: the panel's 6 values for one p are contiguous.
                    for (int p = 0; p < kc; p++) Copy6(src + (long)p * lda1, dst + p * MR);
                    continue;
                }
                if (lda1 == 0)
                {
                    // Expanded along k: every p repeats one column.
                    T* d = dst;
                    for (int i = 0; i < MR; i++) d[i] = src[(long)i * lda0];
                    for (int p = 1; p < kc; p++) Copy6(d, d + p * MR);
                    continue;
                }
                if (lda0 == 0)
                {
                    for (int p = 0; p < kc; p++)
                    {
                        T v = src[(long)p * lda1];
                        T* d = dst + p * MR;
                        d[0] = v; d[1] = v; d[2] = v; d[3] = v; d[4] = v; d[5] = v;
                    }
                    continue;
                }
                if (lda1 == 1)
                {
                    T* r0 = src, r1 = src + lda0, r2 = src + 2L * lda0, r3 = src + 3L * lda0, r4 = src + 4L * lda0, r5 = src + 5L * lda0;
                    T* d = dst;
                    for (int p = 0; p < kc; p++, d += MR)
                    {
                        d[0] = r0[p]; d[1] = r1[p]; d[2] = r2[p]; d[3] = r3[p]; d[4] = r4[p]; d[5] = r5[p];
                    }
                    continue;
                }
            }
            T* o = dst;
            for (int p = 0; p < kc; p++, o += MR)
            {
                T* col = src + (long)p * lda1;
                int i = 0;
                for (; i < rows; i++) o[i] = col[(long)i * lda0];
                for (; i < MR; i++) o[i] = T.Zero;
            }
        }
    }

    /// <summary>Six contiguous elements (an A panel row), in two moves.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Copy6<T>(T* src, T* dst) where T : unmanaged
    {
        if (typeof(T) == typeof(float))
        {
            Vector128.Store(Vector128.Load((float*)src), (float*)dst);
            *(long*)((float*)dst + 4) = *(long*)((float*)src + 4);
        }
        else if (typeof(T) == typeof(double))
        {
            Vector256.Store(Vector256.Load((double*)src), (double*)dst);
            Vector128.Store(Vector128.Load((double*)src + 4), (double*)dst + 4);
        }
        else
            for (int i = 0; i < 6; i++) dst[i] = src[i];
    }

    /// <summary>Six row-major float rows into one A panel: 8 x 8 transposes (two rows of zeros)
    /// and 8-wide stores 6 apart, each overwriting the previous one's 2 spare lanes; the last
    /// of each 8 stores only its 6 (threads pack neighbouring panels at once).</summary>
    private static void PackARowsF32(float* src, int lda0, int kc, float* dst)
    {
        float* r0 = src, r1 = src + lda0, r2 = src + 2L * lda0, r3 = src + 3L * lda0, r4 = src + 4L * lda0, r5 = src + 5L * lda0;
        var z = Vector256<float>.Zero;
        int p = 0;
        for (; p <= kc - 8; p += 8)
        {
            Transpose8(Avx.LoadVector256(r0 + p), Avx.LoadVector256(r1 + p), Avx.LoadVector256(r2 + p), Avx.LoadVector256(r3 + p),
                Avx.LoadVector256(r4 + p), Avx.LoadVector256(r5 + p), z, z,
                out var o0, out var o1, out var o2, out var o3, out var o4, out var o5, out var o6, out var o7);
            float* d = dst + p * MR;
            Avx.Store(d, o0); Avx.Store(d + 6, o1); Avx.Store(d + 12, o2); Avx.Store(d + 18, o3);
            Avx.Store(d + 24, o4); Avx.Store(d + 30, o5); Avx.Store(d + 36, o6);
            Sse.Store(d + 42, o7.GetLower());
            Sse2.StoreScalar((double*)(d + 46), o7.GetUpper().AsDouble());
        }
        for (float* d = dst + p * MR; p < kc; p++, d += MR)
        {
            d[0] = r0[p]; d[1] = r1[p]; d[2] = r2[p]; d[3] = r3[p]; d[4] = r4[p]; d[5] = r5[p];
        }
    }

    /// <summary>The 8 x 8 float transpose: output q holds lane q of inputs 0..7.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static void Transpose8(Vector256<float> r0, Vector256<float> r1, Vector256<float> r2, Vector256<float> r3,
        Vector256<float> r4, Vector256<float> r5, Vector256<float> r6, Vector256<float> r7,
        out Vector256<float> o0, out Vector256<float> o1, out Vector256<float> o2, out Vector256<float> o3,
        out Vector256<float> o4, out Vector256<float> o5, out Vector256<float> o6, out Vector256<float> o7)
    {
        var t0 = Avx.UnpackLow(r0, r1); var t1 = Avx.UnpackHigh(r0, r1);
        var t2 = Avx.UnpackLow(r2, r3); var t3 = Avx.UnpackHigh(r2, r3);
        var t4 = Avx.UnpackLow(r4, r5); var t5 = Avx.UnpackHigh(r4, r5);
        var t6 = Avx.UnpackLow(r6, r7); var t7 = Avx.UnpackHigh(r6, r7);
        var u0 = Avx.Shuffle(t0, t2, 0x44); var u1 = Avx.Shuffle(t0, t2, 0xEE);
        var u2 = Avx.Shuffle(t1, t3, 0x44); var u3 = Avx.Shuffle(t1, t3, 0xEE);
        var u4 = Avx.Shuffle(t4, t6, 0x44); var u5 = Avx.Shuffle(t4, t6, 0xEE);
        var u6 = Avx.Shuffle(t5, t7, 0x44); var u7 = Avx.Shuffle(t5, t7, 0xEE);
        o0 = Avx.Permute2x128(u0, u4, 0x20); o1 = Avx.Permute2x128(u1, u5, 0x20);
        o2 = Avx.Permute2x128(u2, u6, 0x20); o3 = Avx.Permute2x128(u3, u7, 0x20);
        o4 = Avx.Permute2x128(u0, u4, 0x31); o5 = Avx.Permute2x128(u1, u5, 0x31);
        o6 = Avx.Permute2x128(u2, u6, 0x31); o7 = Avx.Permute2x128(u3, u7, 0x31);
    }

    /// <summary>Packs B[0:kc, 0:nc] into NR-column panels, p-major inside a panel; columns past nc are zero.</summary>
    private static void PackB<T>(T* b, int ldb0, int ldb1, int kc, int nc, T* dst) where T : unmanaged, INumberBase<T>
    {
        int nr = NR<T>(), vc = Vector256<T>.Count;
        for (int jr = 0; jr < nc; jr += nr, dst += nr * kc)
        {
            int cols = Math.Min(nr, nc - jr);
            T* src = b + (long)jr * ldb1;
            if (cols == nr)
            {
                if (ldb1 == 1)
                {
                    T* d = dst;
                    for (int p = 0; p < kc; p++, d += nr)
                    {
                        T* row = src + (long)p * ldb0;
                        Vector256.Load(row).Store(d);
                        Vector256.Load(row + vc).Store(d + vc);
                    }
                    continue;
                }
                if (ldb0 == 1 && typeof(T) == typeof(float) && Avx.IsSupported)
                {
                    PackBColumnsF32((float*)src, ldb1, kc, (float*)dst);
                    continue;
                }
                if (ldb0 == 1 && typeof(T) == typeof(double) && Avx.IsSupported)
                {
                    PackBColumnsF64((double*)src, ldb1, kc, (double*)dst);
                    continue;
                }
                if (ldb1 == 0)
                {
                    // Expanded along n: row p is one value repeated.
                    T* d = dst;
                    for (int p = 0; p < kc; p++, d += nr)
                    {
                        var v = Vector256.Create(src[(long)p * ldb0]);
                        v.Store(d);
                        v.Store(d + vc);
                    }
                    continue;
                }
                if (ldb0 == 0)
                {
                    // Expanded along k: every p repeats one row.
                    for (int j = 0; j < nr; j++) dst[j] = src[(long)j * ldb1];
                    var lo = Vector256.Load(dst);
                    var hi = Vector256.Load(dst + vc);
                    for (int p = 1; p < kc; p++)
                    {
                        lo.Store(dst + p * nr);
                        hi.Store(dst + p * nr + vc);
                    }
                    continue;
                }
            }
            if (ldb0 == 1)
            {
                // Column-major B: read each column contiguously.
                for (int j = 0; j < nr; j++)
                {
                    T* col = src + (long)j * ldb1;
                    T* d = dst + j;
                    if (j < cols) for (int p = 0; p < kc; p++) d[p * nr] = col[p];
                    else for (int p = 0; p < kc; p++) d[p * nr] = T.Zero;
                }
                continue;
            }
            T* o = dst;
            for (int p = 0; p < kc; p++, o += nr)
            {
                T* row = src + (long)p * ldb0;
                int j = 0;
                for (; j < cols; j++) o[j] = row[(long)j * ldb1];
                for (; j < nr; j++) o[j] = T.Zero;
            }
        }
    }

    /// <summary>Sixteen contiguous float columns (a transposed B) into one B panel, 8 x 8 blocks at a time.</summary>
    private static void PackBColumnsF32(float* src, int ldb1, int kc, float* dst)
    {
        int p = 0;
        for (; p <= kc - 8; p += 8)
        {
            float* d = dst + p * 16;
            for (int h = 0; h < 16; h += 8, d += 8)
            {
                float* s = src + (long)h * ldb1 + p;
                Transpose8(Avx.LoadVector256(s), Avx.LoadVector256(s + ldb1), Avx.LoadVector256(s + 2L * ldb1), Avx.LoadVector256(s + 3L * ldb1),
                    Avx.LoadVector256(s + 4L * ldb1), Avx.LoadVector256(s + 5L * ldb1), Avx.LoadVector256(s + 6L * ldb1), Avx.LoadVector256(s + 7L * ldb1),
                    out var o0, out var o1, out var o2, out var o3, out var o4, out var o5, out var o6, out var o7);
                Avx.Store(d, o0); Avx.Store(d + 16, o1); Avx.Store(d + 32, o2); Avx.Store(d + 48, o3);
                Avx.Store(d + 64, o4); Avx.Store(d + 80, o5); Avx.Store(d + 96, o6); Avx.Store(d + 112, o7);
            }
        }
        for (; p < kc; p++)
            for (int j = 0; j < 16; j++) dst[p * 16 + j] = src[(long)j * ldb1 + p];
    }
    /// <summary>The 4 x 4 double transpose: output q holds lane q of inputs 0..3.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Transpose4(Vector256<double> r0, Vector256<double> r1, Vector256<double> r2, Vector256<double> r3,
        out Vector256<double> o0, out Vector256<double> o1, out Vector256<double> o2, out Vector256<double> o3)
    {
        var t0 = Avx.UnpackLow(r0, r1); var t1 = Avx.UnpackHigh(r0, r1);
        var t2 = Avx.UnpackLow(r2, r3); var t3 = Avx.UnpackHigh(r2, r3);
        o0 = Avx.Permute2x128(t0, t2, 0x20); o1 = Avx.Permute2x128(t1, t3, 0x20);
        o2 = Avx.Permute2x128(t0, t2, 0x31); o3 = Avx.Permute2x128(t1, t3, 0x31);
    }

    /// <summary>Six row-major double rows into one A panel: rows 0-3 by 4 x 4 transposes, rows 4-5
    /// as pairs (the float path's counterpart; the generic loop moves one scalar at a time).</summary>
    private static void PackARowsF64(double* src, int lda0, int kc, double* dst)
    {
        double* r0 = src, r1 = src + lda0, r2 = src + 2L * lda0, r3 = src + 3L * lda0, r4 = src + 4L * lda0, r5 = src + 5L * lda0;
        int p = 0;
        for (; p <= kc - 4; p += 4)
        {
            Transpose4(Avx.LoadVector256(r0 + p), Avx.LoadVector256(r1 + p), Avx.LoadVector256(r2 + p), Avx.LoadVector256(r3 + p),
                out var o0, out var o1, out var o2, out var o3);
            var lo = Avx.UnpackLow(Avx.LoadVector256(r4 + p), Avx.LoadVector256(r5 + p));   // (r4,r5)[p], (r4,r5)[p+2]
            var hi = Avx.UnpackHigh(Avx.LoadVector256(r4 + p), Avx.LoadVector256(r5 + p));  // (r4,r5)[p+1], (r4,r5)[p+3]
            double* d = dst + p * MR;
            Avx.Store(d, o0); Sse2.Store(d + 4, lo.GetLower());
            Avx.Store(d + 6, o1); Sse2.Store(d + 10, hi.GetLower());
            Avx.Store(d + 12, o2); Sse2.Store(d + 16, lo.GetUpper());
            Avx.Store(d + 18, o3); Sse2.Store(d + 22, hi.GetUpper());
        }
        for (double* d = dst + p * MR; p < kc; p++, d += MR)
        {
            d[0] = r0[p]; d[1] = r1[p]; d[2] = r2[p]; d[3] = r3[p]; d[4] = r4[p]; d[5] = r5[p];
        }
    }

    /// <summary>Eight contiguous double columns (a transposed B) into one B panel, 4 x 4 blocks at a time.</summary>
    private static void PackBColumnsF64(double* src, int ldb1, int kc, double* dst)
    {
        int p = 0;
        for (; p <= kc - 4; p += 4)
        {
            double* d = dst + p * 8;
            for (int h = 0; h < 8; h += 4, d += 4)
            {
                double* s = src + (long)h * ldb1 + p;
                Transpose4(Avx.LoadVector256(s), Avx.LoadVector256(s + ldb1), Avx.LoadVector256(s + 2L * ldb1), Avx.LoadVector256(s + 3L * ldb1),
                    out var o0, out var o1, out var o2, out var o3);
                Avx.Store(d, o0); Avx.Store(d + 8, o1); Avx.Store(d + 16, o2); Avx.Store(d + 24, o3);
            }
        }
        for (; p < kc; p++)
            for (int j = 0; j < 8; j++) dst[p * 8 + j] = src[(long)j * ldb1 + p];
    }
}
