using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace NativeGrad.Kernels;

// Less common math functions (inverse trigonometric, hyperbolic, base-2/10 logarithms). .NET has no
// vector forms of these, so the vector path applies the scalar function to each lane: correctly
// rounded as the runtime's libm, not faster than scalar. The hot activations live in
// Operators.Activation.cs with true vector forms.

/// <summary>Applies a scalar operator lane by lane (for functions without a vector implementation).</summary>
internal static class Lanes
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static Vector256<T> Map<TOp, T>(Vector256<T> x) where TOp : IUnaryOp<T> where T : unmanaged
    {
        Span<T> lanes = stackalloc T[Vector256<T>.Count];
        x.CopyTo(lanes);
        for (int i = 0; i < lanes.Length; i++) lanes[i] = TOp.Invoke(lanes[i]);
        return Vector256.Create<T>(lanes);
    }
}

internal struct TanOp<T> : IUnaryOp<T> where T : unmanaged, IFloatingPointIeee754<T>
{
    public static T Invoke(T x) => T.Tan(x);
    public static Vector256<T> Invoke(Vector256<T> x) => Lanes.Map<TanOp<T>, T>(x);
}

internal struct AsinOp<T> : IUnaryOp<T> where T : unmanaged, IFloatingPointIeee754<T>
{
    public static T Invoke(T x) => T.Asin(x);
    public static Vector256<T> Invoke(Vector256<T> x) => Lanes.Map<AsinOp<T>, T>(x);
}

internal struct AcosOp<T> : IUnaryOp<T> where T : unmanaged, IFloatingPointIeee754<T>
{
    public static T Invoke(T x) => T.Acos(x);
    public static Vector256<T> Invoke(Vector256<T> x) => Lanes.Map<AcosOp<T>, T>(x);
}

internal struct AtanOp<T> : IUnaryOp<T> where T : unmanaged, IFloatingPointIeee754<T>
{
    public static T Invoke(T x) => T.Atan(x);
    public static Vector256<T> Invoke(Vector256<T> x) => Lanes.Map<AtanOp<T>, T>(x);
}

internal struct SinhOp<T> : IUnaryOp<T> where T : unmanaged, IFloatingPointIeee754<T>
{
    public static T Invoke(T x) => T.Sinh(x);
    public static Vector256<T> Invoke(Vector256<T> x) => Lanes.Map<SinhOp<T>, T>(x);
}

internal struct CoshOp<T> : IUnaryOp<T> where T : unmanaged, IFloatingPointIeee754<T>
{
    public static T Invoke(T x) => T.Cosh(x);
    public static Vector256<T> Invoke(Vector256<T> x) => Lanes.Map<CoshOp<T>, T>(x);
}

internal struct Log2Op<T> : IUnaryOp<T> where T : unmanaged, IFloatingPointIeee754<T>
{
    public static T Invoke(T x) => T.Log2(x);
    public static Vector256<T> Invoke(Vector256<T> x) => Lanes.Map<Log2Op<T>, T>(x);
}

internal struct Log10Op<T> : IUnaryOp<T> where T : unmanaged, IFloatingPointIeee754<T>
{
    public static T Invoke(T x) => T.Log10(x);
    public static Vector256<T> Invoke(Vector256<T> x) => Lanes.Map<Log10Op<T>, T>(x);
}

/// <summary>1 / sqrt(x), two correctly rounded steps (as PyTorch's CPU kernel).</summary>
internal struct RsqrtOp<T> : IUnaryOp<T> where T : unmanaged, IFloatingPointIeee754<T>
{
    public static T Invoke(T x) => T.One / T.Sqrt(x);
    public static Vector256<T> Invoke(Vector256<T> x) => Vector256<T>.One / Vector256.Sqrt(x);
}

/// <summary>atan2(y, x): the angle of the point (x, y), in (-pi, pi].</summary>
internal struct Atan2Op<T> : IBinaryOp<T> where T : unmanaged, IFloatingPointIeee754<T>
{
    public static T Invoke(T y, T x) => T.Atan2(y, x);
    public static Vector256<T> Invoke(Vector256<T> y, Vector256<T> x)
    {
        Span<T> a = stackalloc T[Vector256<T>.Count];
        Span<T> b = stackalloc T[Vector256<T>.Count];
        y.CopyTo(a);
        x.CopyTo(b);
        for (int i = 0; i < a.Length; i++) a[i] = T.Atan2(a[i], b[i]);
        return Vector256.Create<T>(a);
    }
}
