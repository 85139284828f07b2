using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace NativeGrad.Kernels;

// Operator structs: one per elementwise op. Vector float32 exp/log are our own (VectorMath.cs);
// float64 ones are .NET's Vector256 (AOCL-derived); all are checked against float64 in tests.

internal struct AddOp<T> : IBinaryOp<T> where T : unmanaged, INumberBase<T>
{
    public static T Invoke(T a, T b) => a + b;
    public static Vector256<T> Invoke(Vector256<T> a, Vector256<T> b) => a + b;
}

internal struct SubOp<T> : IBinaryOp<T> where T : unmanaged, INumberBase<T>
{
    public static T Invoke(T a, T b) => a - b;
    public static Vector256<T> Invoke(Vector256<T> a, Vector256<T> b) => a - b;
}

internal struct MulOp<T> : IBinaryOp<T> where T : unmanaged, INumberBase<T>
{
    public static T Invoke(T a, T b) => a * b;
    public static Vector256<T> Invoke(Vector256<T> a, Vector256<T> b) => a * b;
}

internal struct DivOp<T> : IBinaryOp<T> where T : unmanaged, INumberBase<T>
{
    public static T Invoke(T a, T b) => a / b;
    public static Vector256<T> Invoke(Vector256<T> a, Vector256<T> b) => a / b;
}

/// <summary>a / b where b != 0, else 0: the masked division norm's derivative needs.</summary>
internal struct DivNoNanOp<T> : IBinaryOp<T> where T : unmanaged, IFloatingPointIeee754<T>
{
    public static T Invoke(T a, T b) => b == T.Zero ? T.Zero : a / b;
    public static Vector256<T> Invoke(Vector256<T> a, Vector256<T> b)
        => Vector256.ConditionalSelect(Vector256.Equals(b, Vector256<T>.Zero), Vector256<T>.Zero, a / b);
}

/// <summary>General power; the vector form falls back to lanes of the scalar one.</summary>
internal struct PowOp<T> : IBinaryOp<T> where T : unmanaged, IFloatingPointIeee754<T>
{
    public static T Invoke(T a, T b) => T.Pow(a, b);
    public static Vector256<T> Invoke(Vector256<T> a, Vector256<T> b)
    {
        Unsafe.SkipInit(out Vector256<T> r);
        for (int i = 0; i < Vector256<T>.Count; i++) r = r.WithElement(i, T.Pow(a.GetElement(i), b.GetElement(i)));
        return r;
    }
}

internal struct NegOp<T> : IUnaryOp<T> where T : unmanaged, INumberBase<T>
{
    public static T Invoke(T x) => -x;
    public static Vector256<T> Invoke(Vector256<T> x) => -x;
}

internal struct SquareOp<T> : IUnaryOp<T> where T : unmanaged, INumberBase<T>
{
    public static T Invoke(T x) => x * x;
    public static Vector256<T> Invoke(Vector256<T> x) => x * x;
}

internal struct CubeOp<T> : IUnaryOp<T> where T : unmanaged, INumberBase<T>
{
    public static T Invoke(T x) => x * x * x;
    public static Vector256<T> Invoke(Vector256<T> x) => x * x * x;
}

internal struct ReciprocalOp<T> : IUnaryOp<T> where T : unmanaged, IFloatingPointIeee754<T>
{
    public static T Invoke(T x) => T.One / x;
    public static Vector256<T> Invoke(Vector256<T> x) => Vector256<T>.One / x;
}

internal struct SqrtOp<T> : IUnaryOp<T> where T : unmanaged, IFloatingPointIeee754<T>
{
    public static T Invoke(T x) => T.Sqrt(x);
    public static Vector256<T> Invoke(Vector256<T> x) => Vector256.Sqrt(x);
}

internal struct ExpOp<T> : IUnaryOp<T> where T : unmanaged, IFloatingPointIeee754<T>
{
    public static T Invoke(T x) => T.Exp(x);
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<T> Invoke(Vector256<T> x)
    {
        if (typeof(T) == typeof(float))
            return (VectorMath.IsSupported ? VectorMath.Exp(x.AsSingle()) : Vector256.Exp(x.AsSingle())).As<float, T>();
        return Vector256.Exp(x.AsDouble()).As<double, T>();
    }
}

internal struct LogOp<T> : IUnaryOp<T> where T : unmanaged, IFloatingPointIeee754<T>
{
    public static T Invoke(T x) => T.Log(x);
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<T> Invoke(Vector256<T> x)
    {
        if (typeof(T) == typeof(float))
            return (VectorMath.IsSupported ? VectorMath.Log(x.AsSingle()) : Vector256.Log(x.AsSingle())).As<float, T>();
        return Vector256.Log(x.AsDouble()).As<double, T>();
    }
}

internal struct AbsOp<T> : IUnaryOp<T> where T : unmanaged, IFloatingPointIeee754<T>
{
    public static T Invoke(T x) => T.Abs(x);
    public static Vector256<T> Invoke(Vector256<T> x) => Vector256.Abs(x);
}

/// <summary>-1, 0 or 1: (x &gt; 0) - (x &lt; 0), so -0 and NaN give +0 (as PyTorch's CPU sign and sgn).</summary>
internal struct SignOp<T> : IUnaryOp<T> where T : unmanaged, IFloatingPointIeee754<T>
{
    public static T Invoke(T x) => x > T.Zero ? T.One : x < T.Zero ? -T.One : T.Zero;
    public static Vector256<T> Invoke(Vector256<T> x)
        => (Vector256.GreaterThan(x, Vector256<T>.Zero) & Vector256<T>.One) - (Vector256.LessThan(x, Vector256<T>.Zero) & Vector256<T>.One);
}

/// <summary>e^x - 1, accurate near 0 (Kahan's form (u - 1) x / log u with u = e^x).</summary>
internal struct Expm1Op<T> : IUnaryOp<T> where T : unmanaged, IFloatingPointIeee754<T>
{
    public static T Invoke(T x)
    {
        T u = T.Exp(x);
        if (u == T.One) return x;
        T um1 = u - T.One;
        if (um1 == -T.One || T.IsInfinity(u)) return um1;
        return um1 * x / T.Log(u);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<T> Invoke(Vector256<T> x)
    {
        var u = ExpOp<T>.Invoke(x);
        var um1 = u - Vector256<T>.One;
        var r = um1 * x / LogOp<T>.Invoke(u);
        r = Vector256.ConditionalSelect(Vector256.Equals(u, Vector256<T>.One), x, r);
        // u = 0 (x very negative) gives -1; u = inf gives inf.
        return Vector256.ConditionalSelect(Vector256.Equals(um1, -Vector256<T>.One) | Vector256.Equals(u, Vector256.Create(T.PositiveInfinity)), um1, r);
    }
}

/// <summary>log(1 + x), accurate near 0 (Kahan's form log(u) x / (u - 1) with u = 1 + x).</summary>
internal struct Log1pOp<T> : IUnaryOp<T> where T : unmanaged, IFloatingPointIeee754<T>
{
    public static T Invoke(T x)
    {
        T u = T.One + x;
        if (u == T.One) return x;
        if (T.IsInfinity(u)) return T.Log(u);
        return T.Log(u) * x / (u - T.One);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<T> Invoke(Vector256<T> x)
    {
        var u = Vector256<T>.One + x;
        var lu = LogOp<T>.Invoke(u);
        var r = lu * x / (u - Vector256<T>.One);
        r = Vector256.ConditionalSelect(Vector256.Equals(u, Vector256<T>.One), x, r);
        return Vector256.ConditionalSelect(Vector256.Equals(u, Vector256.Create(T.PositiveInfinity)), lu, r);
    }
}

/// <summary>x log y, 0 where x is 0 (unless y is NaN), as torch.xlogy.</summary>
internal struct XlogyOp<T> : IBinaryOp<T> where T : unmanaged, IFloatingPointIeee754<T>
{
    public static T Invoke(T x, T y) => T.IsNaN(y) ? y : x == T.Zero ? T.Zero : x * T.Log(y);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<T> Invoke(Vector256<T> x, Vector256<T> y)
    {
        var r = Vector256.ConditionalSelect(Vector256.Equals(x, Vector256<T>.Zero), Vector256<T>.Zero, x * LogOp<T>.Invoke(y));
        return Vector256.ConditionalSelect(Vector256.Equals(y, y), r, y);
    }
}
