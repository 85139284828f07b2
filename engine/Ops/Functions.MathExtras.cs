namespace NativeGrad.Ops;

// sinc's derivative.
internal static partial class Functions
{
    /// <summary>d sinc / dx = (pi x cos(pi x) - sin(pi x)) / (pi x^2), 0 at x = 0.</summary>
    internal static Tensor SincSlope(Tensor x)
    {
        var px = MulScalar(x, Math.PI);
        var d = Div(Sub(Mul(Cos(px), px), Sin(px)), Mul(px, x));
        using var zero = Tensor.Scalar(0, d.DType);
        return Where(CompareScalar(CompareOp.Eq, x, 0), zero, d);
    }
}
