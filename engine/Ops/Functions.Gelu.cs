using NativeGrad.Kernels;

namespace NativeGrad.Ops;

// GELU and SiLU forwards and their fused backward kernels.
internal static partial class Functions
{
    private static void RequireFloatActivation(Tensor a, string kernel)
    {
        a.CheckAlive();
        if (!a._dtype.IsFloating()) throw NativeGradException.DType($"\"{kernel}\" not implemented for '{TypeName(a._dtype)}'");
    }

    private static void CheckApproximate(int approximate)
    {
        if (approximate is not (0 or 1))
            throw NativeGradException.Arg($"approximate argument must be either none or tanh (0 or 1), got {approximate}");
    }

    /// <summary>GELU (GeluBackward0): exact for approximate 0, the tanh form for 1.</summary>
    public static Tensor Gelu(Tensor self, int approximate = 0)
    {
        RequireFloatActivation(self, "GeluKernelImpl");
        CheckApproximate(approximate);
        var y = approximate == 0 ? MapUnary<GeluOp<float>, GeluOp<double>>(self, self._dtype)
                                 : MapUnary<GeluTanhOp<float>, GeluTanhOp<double>>(self, self._dtype);
        RecordGelu(y, self, approximate);
        return y;
    }

    /// <summary>grad times GELU's derivative at x, one fused pass (GeluBackwardBackward0).</summary>
    public static Tensor GeluBackward(Tensor grad, Tensor x, int approximate)
    {
        var r = approximate == 0 ? MapFloatBinary<GeluBackwardOp<float>, GeluBackwardOp<double>>(grad, x)
                                 : MapFloatBinary<GeluTanhBackwardOp<float>, GeluTanhBackwardOp<double>>(grad, x);
        RecordGeluBackward(r, grad, x, approximate);
        return r;
    }

    /// <summary>GELU's second derivative, from differentiable ops (for double backward through gelu_backward).</summary>
    internal static Tensor GeluSecondDerivative(Tensor x, int approximate)
    {
        if (approximate == 0)
        {
            // φ(x) (2 - x^2), φ the standard normal density.
            var pdf = MulScalar(Exp(MulScalar(Mul(x, x), -0.5)), 0.3989422804014327);
            return Mul(pdf, RSubScalar(Mul(x, x), 2));
        }
        // (1 - t^2) (du - x t du^2 + 3 k c x^2), t = tanh(u), u = k (x + c x^3), du = k (1 + 3 c x^2).
        const double k = 0.79788456080286536, c = 0.044715;
        var x2 = Mul(x, x);
        var t = Tanh(MulScalar(Add(x, MulScalar(Mul(x2, x), c)), k));
        var du = MulScalar(AddScalar(MulScalar(x2, 3 * c), 1), k);
        var inner = Add(Sub(du, Mul(Mul(x, t), Mul(du, du))), MulScalar(x2, 3 * k * c));
        return Mul(RSubScalar(Mul(t, t), 1), inner);
    }

    /// <summary>SiLU x σ(x) (SiluBackward0).</summary>
    public static Tensor Silu(Tensor self)
    {
        RequireFloatActivation(self, "silu_cpu");
        var y = MapUnary<SiluOp<float>, SiluOp<double>>(self, self._dtype);
        RecordSilu(y, self);
        return y;
    }

    /// <summary>grad σ(x) (1 + x (1 - σ(x))), one fused pass (SiluBackwardBackward0).</summary>
    public static Tensor SiluBackward(Tensor grad, Tensor x)
    {
        var r = MapFloatBinary<SiluBackwardOp<float>, SiluBackwardOp<double>>(grad, x);
        RecordSiluBackward(r, grad, x);
        return r;
    }

    /// <summary>In-place SiLU (recorded as PyTorch records in-place ops).</summary>
    public static Tensor Silu_(Tensor self) => InPlace(self, null, true, Silu);
}
