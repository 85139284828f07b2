using System.Numerics;
using System.Runtime.Intrinsics;

namespace NativeGrad.Kernels;

// Rounding of floating values (integral tensors are returned as copies by the callers, as PyTorch
// does). round is half to even, as torch.round; all keep NaN, infinities and the sign of zero.

internal struct FloorOp<T> : IUnaryOp<T> where T : unmanaged, IFloatingPointIeee754<T>
{
    public static T Invoke(T x) => T.Floor(x);
    public static Vector256<T> Invoke(Vector256<T> x)
        => typeof(T) == typeof(float) ? Vector256.Floor(x.AsSingle()).As<float, T>() : Vector256.Floor(x.AsDouble()).As<double, T>();
}

internal struct CeilOp<T> : IUnaryOp<T> where T : unmanaged, IFloatingPointIeee754<T>
{
    public static T Invoke(T x) => T.Ceiling(x);
    public static Vector256<T> Invoke(Vector256<T> x)
        => typeof(T) == typeof(float) ? Vector256.Ceiling(x.AsSingle()).As<float, T>() : Vector256.Ceiling(x.AsDouble()).As<double, T>();
}

internal struct RoundOp<T> : IUnaryOp<T> where T : unmanaged, IFloatingPointIeee754<T>
{
    public static T Invoke(T x) => T.Round(x, MidpointRounding.ToEven);
    public static Vector256<T> Invoke(Vector256<T> x)
        => typeof(T) == typeof(float) ? Vector256.Round(x.AsSingle()).As<float, T>() : Vector256.Round(x.AsDouble()).As<double, T>();
}

internal struct TruncOp<T> : IUnaryOp<T> where T : unmanaged, IFloatingPointIeee754<T>
{
    public static T Invoke(T x) => T.Truncate(x);
    public static Vector256<T> Invoke(Vector256<T> x)
        => typeof(T) == typeof(float) ? Vector256.Truncate(x.AsSingle()).As<float, T>() : Vector256.Truncate(x.AsDouble()).As<double, T>();
}
