using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace NativeGrad.Kernels;

/// <summary>An elementwise predicate (a bool-output operator): scalar form and a Vector256 lane mask.</summary>
internal interface IPredicate<T> where T : unmanaged
{
    /// <summary>The scalar reference.</summary>
    static abstract bool Invoke(T a, T b);
    /// <summary>All-ones lanes where the predicate holds; must equal the scalar form lane by lane.</summary>
    static abstract Vector256<T> Invoke(Vector256<T> a, Vector256<T> b);
}

internal struct EqPred<T> : IPredicate<T> where T : unmanaged, INumber<T>
{
    public static bool Invoke(T a, T b) => a == b;
    public static Vector256<T> Invoke(Vector256<T> a, Vector256<T> b) => Vector256.Equals(a, b);
}

/// <summary>a != b: true for NaN, as IEEE and PyTorch.</summary>
internal struct NePred<T> : IPredicate<T> where T : unmanaged, INumber<T>
{
    public static bool Invoke(T a, T b) => a != b;
    public static Vector256<T> Invoke(Vector256<T> a, Vector256<T> b) => ~Vector256.Equals(a, b);
}

internal struct LtPred<T> : IPredicate<T> where T : unmanaged, INumber<T>
{
    public static bool Invoke(T a, T b) => a < b;
    public static Vector256<T> Invoke(Vector256<T> a, Vector256<T> b) => Vector256.LessThan(a, b);
}

internal struct LePred<T> : IPredicate<T> where T : unmanaged, INumber<T>
{
    public static bool Invoke(T a, T b) => a <= b;
    public static Vector256<T> Invoke(Vector256<T> a, Vector256<T> b) => Vector256.LessThanOrEqual(a, b);
}

internal struct GtPred<T> : IPredicate<T> where T : unmanaged, INumber<T>
{
    public static bool Invoke(T a, T b) => a > b;
    public static Vector256<T> Invoke(Vector256<T> a, Vector256<T> b) => Vector256.GreaterThan(a, b);
}

internal struct GePred<T> : IPredicate<T> where T : unmanaged, INumber<T>
{
    public static bool Invoke(T a, T b) => a >= b;
    public static Vector256<T> Invoke(Vector256<T> a, Vector256<T> b) => Vector256.GreaterThanOrEqual(a, b);
}

/// <summary>The driver of predicates: operands of one dtype (any strides, broadcast by stride 0) into bytes 0/1.</summary>
internal static unsafe class Predicates
{
    public static void Strided<TOp, T>(T* a, int[] aStrides, T* b, int[] bStrides, int[] shape, byte* y)
        where TOp : IPredicate<T> where T : unmanaged
    {
        var it = new StridedIter(shape, aStrides, bStrides);
        if (it.Count == 0) return;
        int n = it.InnerSize, sa = it.InnerA, sb = it.InnerB;
        long yOff = 0;
        do
        {
            T* ap = a + it.OffA, bp = b + it.OffB;
            byte* yp = y + yOff;
            if (sa == 1 && sb == 1) Contiguous<TOp, T>(ap, bp, yp, n);
            else if (sa == 1 && sb == 0) ScalarB<TOp, T>(ap, *bp, yp, n);
            else for (int j = 0; j < n; j++) yp[j] = TOp.Invoke(ap[(long)j * sa], bp[(long)j * sb]) ? (byte)1 : (byte)0;
            yOff += n;
        } while (it.Next());
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Store<T>(Vector256<T> mask, byte* y) where T : unmanaged
    {
        uint bits = mask.ExtractMostSignificantBits();
        for (int j = 0; j < Vector256<T>.Count; j++) y[j] = (byte)((bits >> j) & 1);
    }

    private static void Contiguous<TOp, T>(T* a, T* b, byte* y, int n) where TOp : IPredicate<T> where T : unmanaged
    {
        int i = 0, w = Vector256<T>.Count;
        if (Simd.UseVector256)
            for (; i + w <= n; i += w) Store(TOp.Invoke(Vector256.Load(a + i), Vector256.Load(b + i)), y + i);
        for (; i < n; i++) y[i] = TOp.Invoke(a[i], b[i]) ? (byte)1 : (byte)0;
    }

    private static void ScalarB<TOp, T>(T* a, T s, byte* y, int n) where TOp : IPredicate<T> where T : unmanaged
    {
        int i = 0, w = Vector256<T>.Count;
        if (Simd.UseVector256)
        {
            var vs = Vector256.Create(s);
            for (; i + w <= n; i += w) Store(TOp.Invoke(Vector256.Load(a + i), vs), y + i);
        }
        for (; i < n; i++) y[i] = TOp.Invoke(a[i], s) ? (byte)1 : (byte)0;
    }
}
