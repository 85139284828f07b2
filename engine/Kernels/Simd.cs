using System.Runtime.Intrinsics;

namespace NativeGrad.Kernels;

/// <summary>SIMD capability of the running code, and the switch tests use to force the scalar path.</summary>
internal static class Simd
{
    /// <summary>Width in bits of the vectors the kernels use: 256 when AVX2 is available, else 128.</summary>
    public static int WidthBits => Vector256.IsHardwareAccelerated ? 256 : 128;

    /// <summary>Tests set this (per thread) to run kernels on their scalar reference path.</summary>
    public static bool ForceScalar
    {
        get => s_forcedThreads != 0 && t_forceScalar;
        set => InferenceMode.Set(ref t_forceScalar, ref s_forcedThreads, value);
    }

    [ThreadStatic] private static bool t_forceScalar;
    // Threads forcing the scalar path: while none does, no kernel pays a thread-local read.
    private static int s_forcedThreads;

    internal static bool UseVector256 => Vector256.IsHardwareAccelerated && !ForceScalar;

    /// <summary>a * b + c in one rounding (float or double lanes), the vector twin of T.FusedMultiplyAdd.</summary>
    internal static Vector256<T> Fma<T>(Vector256<T> a, Vector256<T> b, Vector256<T> c) where T : unmanaged
    {
        if (typeof(T) == typeof(float))
            return Vector256.FusedMultiplyAdd(a.AsSingle(), b.AsSingle(), c.AsSingle()).As<float, T>();
        return Vector256.FusedMultiplyAdd(a.AsDouble(), b.AsDouble(), c.AsDouble()).As<double, T>();
    }
}

/// <summary>An elementwise unary operator with a scalar and a Vector256 form (TensorPrimitives' pattern).</summary>
internal interface IUnaryOp<T> where T : unmanaged
{
    /// <summary>The scalar reference.</summary>
    static abstract T Invoke(T x);
    /// <summary>The vector form; must equal the scalar form lane by lane (within rounding).</summary>
    static abstract Vector256<T> Invoke(Vector256<T> x);
}

/// <summary>An elementwise binary operator with a scalar and a Vector256 form.</summary>
internal interface IBinaryOp<T> where T : unmanaged
{
    /// <summary>The scalar reference.</summary>
    static abstract T Invoke(T a, T b);
    /// <summary>The vector form.</summary>
    static abstract Vector256<T> Invoke(Vector256<T> a, Vector256<T> b);
}
