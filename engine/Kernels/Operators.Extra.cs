using System.Numerics;
using System.Runtime.Intrinsics;

namespace NativeGrad.Kernels;

// Inverse hyperbolic functions, exp2, frac and sinc. As in Operators.Trig.cs, functions .NET has no
// vector form of apply the scalar one lane by lane.

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
