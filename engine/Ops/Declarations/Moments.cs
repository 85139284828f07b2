using F = NativeGrad.Ops.Functions;

namespace NativeGrad.Ops;

// var_mean / std_mean (issue 10): the two moments over dims in one node with two outputs, and
// logaddexp. Forwards in Functions.Moments.cs.
internal static partial class Derivatives
{
    /// <summary>The variance (divided by N - correction) and the mean over dims (all when empty), as [var, mean].</summary>
    [Op("var_mean(Tensor self, int[] dim, float correction, bool keepdim) -> Tensor[]", Expose = Expose.CSharpMethod | Expose.C)]
    internal static Tensor? VarMean(Tensor?[] grads, Tensor self, int[] dim, double correction, bool keepdim)
        => F.MomentsBackward(grads, self, dim, correction, keepdim, std: false);

    /// <summary>The standard deviation (from the variance divided by N - correction) and the mean over dims, as [std, mean].</summary>
    [Op("std_mean(Tensor self, int[] dim, float correction, bool keepdim) -> Tensor[]", Expose = Expose.CSharpMethod | Expose.C)]
    internal static Tensor? StdMean(Tensor?[] grads, Tensor self, int[] dim, double correction, bool keepdim)
        => F.MomentsBackward(grads, self, dim, correction, keepdim, std: true);

    /// <summary>log(e^self + e^other) elementwise with broadcasting, computed without overflow.</summary>
    [Op("logaddexp(Tensor self, Tensor other) -> Tensor")]
    internal static Tensor?[] Logaddexp(Tensor grad, Tensor self, Tensor other, Needs needs)
        => [needs[0] ? F.Div(grad, F.AddScalar(F.Exp(F.Sub(other, self)), 1)) : null,
            needs[1] ? F.Div(grad, F.AddScalar(F.Exp(F.Sub(self, other)), 1)) : null];
}
