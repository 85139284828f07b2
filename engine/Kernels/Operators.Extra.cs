using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace NativeGrad.Kernels;

// Inverse hyperbolic functions, exp2, frac, sinc, and the binary fmod, remainder and hypot. As in
// Operators.Trig.cs, functions .NET has no vector form of apply the scalar one lane by lane.

/// <summary>Applies a scalar binary operator lane by lane.</summary>
internal static class Lanes2
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static Vector256<T> Map<TOp, T>(Vector256<T> a, Vector256<T> b) where TOp : IBinaryOp<T> where T : unmanaged
    {
        Span<T> x = stackalloc T[Vector256<T>.Count];
        Span<T> y = stackalloc T[Vector256<T>.Count];
        a.CopyTo(x);
        b.CopyTo(y);
        for (int i = 0; i < x.Length; i++) x[i] = TOp.Invoke(x[i], y[i]);
        return Vector256.Create<T>(x);
    }
}

internal struct AsinhOp<T> : IUnaryOp<T> where T : unmanaged, IFloatingPointIeee754<T>
{
    public static T Invoke(T x) => T.Asinh(x);
    public static Vector256<T> Invoke(Vector256<T> x) => Lanes.Map<AsinhOp<T>, T>(x);
}

internal struct AcoshOp<T> : IUnaryOp<T> where T : unmanaged, IFloatingPointIeee754<T>
{
    public static T Invoke(T x) => T.Acosh(x);
    public static Vector256<T> Invoke(Vector256<T> x) => Lanes.Map<AcoshOp<T>, T>(x);
}

internal struct AtanhOp<T> : IUnaryOp<T> where T : unmanaged, IFloatingPointIeee754<T>
{
    public static T Invoke(T x) => T.Atanh(x);
    public static Vector256<T> Invoke(Vector256<T> x) => Lanes.Map<AtanhOp<T>, T>(x);
}

internal struct Exp2Op<T> : IUnaryOp<T> where T : unmanaged, IFloatingPointIeee754<T>
{
    public static T Invoke(T x) => T.Exp2(x);
    public static Vector256<T> Invoke(Vector256<T> x) => Lanes.Map<Exp2Op<T>, T>(x);
}

/// <summary>x - trunc(x): the fractional part with x's sign (NaN for infinities, +0 for integral x).</summary>
internal struct FracOp<T> : IUnaryOp<T> where T : unmanaged, IFloatingPointIeee754<T>
{
    public static T Invoke(T x) => x - T.Truncate(x);
    public static Vector256<T> Invoke(Vector256<T> x) => x - TruncOp<T>.Invoke(x);
}

/// <summary>sin(pi x) / (pi x) with the product rounded in T (as PyTorch's kernel), 1 at 0.</summary>
internal struct SincOp<T> : IUnaryOp<T> where T : unmanaged, IFloatingPointIeee754<T>
{
    public static T Invoke(T x)
    {
        if (x == T.Zero) return T.One;
        T p = T.Pi * x;
        return T.Sin(p) / p;
    }
    public static Vector256<T> Invoke(Vector256<T> x) => Lanes.Map<SincOp<T>, T>(x);
}

/// <summary>C's fmod: a - trunc(a / b) b, exact, with a's sign (integers: a % b; the callers refuse b = 0).</summary>
internal struct FmodOp<T> : IBinaryOp<T> where T : unmanaged, INumber<T>
{
    // long.MinValue % -1 traps in hardware: the remainder is 0 for every a.
    public static T Invoke(T a, T b) => typeof(T) == typeof(long) && b == -T.One ? T.Zero : a % b;
    public static Vector256<T> Invoke(Vector256<T> a, Vector256<T> b) => Lanes2.Map<FmodOp<T>, T>(a, b);
}

/// <summary>Python's modulo: fmod, moved by b when its sign differs from b's (the result has b's sign).</summary>
internal struct RemainderOp<T> : IBinaryOp<T> where T : unmanaged, INumber<T>
{
    public static T Invoke(T a, T b)
    {
        T m = FmodOp<T>.Invoke(a, b);
        return m != T.Zero && (b < T.Zero) != (m < T.Zero) ? m + b : m;
    }
    public static Vector256<T> Invoke(Vector256<T> a, Vector256<T> b) => Lanes2.Map<RemainderOp<T>, T>(a, b);
}

/// <summary>sqrt(a^2 + b^2) without overflow or underflow in between (inf if either is infinite).</summary>
internal struct HypotOp<T> : IBinaryOp<T> where T : unmanaged, IFloatingPointIeee754<T>
{
    public static T Invoke(T a, T b) => T.Hypot(a, b);
    public static Vector256<T> Invoke(Vector256<T> a, Vector256<T> b) => Lanes2.Map<HypotOp<T>, T>(a, b);
}
