using System.Numerics;
using System.Runtime.Intrinsics;

namespace NativeGrad.Kernels;

/// <summary>
/// C[m,n] = A[m,k] * B[k,n] for strided A and B. Row-major B uses the axpy form (rows of C
/// accumulate scaled rows of B); column-major B (a transposed view, as in G*B^T) uses the
/// dot form, so the backward pass never materialises transposes. Large products split rows
/// across threads.
/// </summary>
internal static unsafe class Gemm
{
    public static void Run<T>(T* a, int lda0, int lda1, T* b, int ldb0, int ldb1, T* c, int m, int k, int n)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        long work = (long)m * n * k;
        int threads = work >= (1 << 18) && m >= 8 ? Environment.ProcessorCount : 1;
        if (threads <= 1) { Rows(a, lda0, lda1, b, ldb0, ldb1, c, 0, m, k, n); return; }
        nint ap = (nint)a, bp = (nint)b, cp = (nint)c;
        int chunk = (m + threads - 1) / threads;
        Parallel.For(0, threads, t =>
        {
            int r0 = t * chunk, r1 = Math.Min(m, r0 + chunk);
            if (r0 < r1) Rows((T*)ap, lda0, lda1, (T*)bp, ldb0, ldb1, (T*)cp, r0, r1, k, n);
        });
    }

    private static void Rows<T>(T* a, int lda0, int lda1, T* b, int ldb0, int ldb1, T* c, int r0, int r1, int k, int n)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        if (ldb1 == 1 || n == 1)
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
        else if (ldb0 == 1 && lda1 == 1)
        {
            for (int i = r0; i < r1; i++)
                for (int j = 0; j < n; j++)
                    c[(long)i * n + j] = Dot(a + (long)i * lda0, b + (long)j * ldb1, k);
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
    private static Vector256<T> Fma<T>(Vector256<T> a, Vector256<T> b, Vector256<T> c) where T : unmanaged
    {
        if (typeof(T) == typeof(float))
            return Vector256.FusedMultiplyAdd(a.AsSingle(), b.AsSingle(), c.AsSingle()).As<float, T>();
        return Vector256.FusedMultiplyAdd(a.AsDouble(), b.AsDouble(), c.AsDouble()).As<double, T>();
    }
}
