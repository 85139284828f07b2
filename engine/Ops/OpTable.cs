using static NativeGrad.Ops.Functions;

namespace NativeGrad.Ops;

/// <summary>Every op of the engine. Adding an op = a value here + a row in <see cref="OpTable"/> + a kernel + a test.</summary>
public enum OpKind
{
    Add, Sub, Mul, Div, Neg,
    AddScalar, SubScalar, RSubScalar, MulScalar, DivScalar,
    PowScalar, PowTensor, RPowScalar, Reciprocal,
    Exp, Log, Sqrt, Abs,
    Sum, SumDim, Mean, MeanDim, Norm, DivNoNan,
    Mm, Mv, Dot, Bmm,
    View, ReshapeAlias, UnsafeView, Expand, T, Transpose, Squeeze, SqueezeInPlace, Unsqueeze,
    Clone, ToDtype, CopyGrad,
    // ops:
    Sin, Cos, Tanh, Sigmoid, Relu, Clamp, TanhBackward, SigmoidBackward, ThresholdBackward,
    Softmax, LogSoftmax, SoftmaxBackward, LogSoftmaxBackward, Logsumexp,
    MaxAll, MinAll, MaxDim, MinDim, Var, Std, Maximum, Minimum, Where, Gather, ScatterAdd,
    Cat, Stack, Narrow, NarrowBackward, IndexSelect, IndexAdd,
    // views:
    Permute, Select, Slice, SelectBackward, SliceBackward, Alias,
    // in-place ops (the rest reuse the out-of-place rows):
    Zero, Fill, CopyFrom, CopySlices, AsStrided, AsStridedScatter,
    Eq, Ne, Lt, Le, Gt, Ge,
    // nn:
    Addmm, MseLoss, BceWithLogits,
}

/// <summary>Which tensors an op saves for its backward.</summary>
[Flags]
internal enum Saves
{
    None = 0, In0 = 1, In1 = 2, Out = 4, In2 = 16,
    /// <summary>The op's scalar argument counts as a saved value (PyTorch saves the wrapped scalar), so
    /// a second backward through the freed node fails as it does in PyTorch.</summary>
    Scalar = 8,
}

/// <summary>A derivative formula: input gradients from the output gradient, built from differentiable ops.</summary>
internal delegate Tensor?[] Derivative(BackwardContext c);

/// <summary>One row of the op table: the grad_fn name, what is saved, and the derivative (null: not differentiable).</summary>
internal sealed record OpDef(OpKind Kind, string GradFnName, Saves Saves, Derivative? Backward)
{
    public bool IsDifferentiable => Backward != null;
}

/// <summary>
/// The single source of truth for derivatives (PyTorch's derivatives.yaml). The switch has no
/// default arm: a new OpKind does not compile until it has a row (CS8509 is an error).
/// Formulas use differentiable ops only, so create_graph gives higher orders for free.
/// </summary>
internal static class OpTable
{
    /// <summary>One gradient for two inputs that were the same tensor (the engine adds it into the shared edge twice).</summary>
    private static Tensor?[] Twice(Tensor g) => [g, g];

    private static readonly OpDef[] s_rows = Enum.GetValues<OpKind>().Select(Define).ToArray();

    public static OpDef Get(OpKind k) => s_rows[(int)k];

    public static IReadOnlyList<OpDef> All => s_rows;

    private static OpDef Define(OpKind k) => k switch
    {
        OpKind.Add => new(k, "AddBackward0", Saves.None, c => [c.G, c.G]),
        OpKind.Sub => new(k, "SubBackward0", Saves.None, c => [c.G, c.Needs(1) ? Neg(c.G) : null]),
        // x * x: both gradients are the same product, so it is computed once (one pass less each way).
        OpKind.Mul => new(k, "MulBackward0", Saves.In0 | Saves.In1,
            c => c.SameInputs(0, 1) && c.Needs(0) && c.Needs(1) ? Twice(Mul(c.G, c.In0))
                : [c.Needs(0) ? Mul(c.G, c.In1) : null, c.Needs(1) ? Mul(c.G, c.In0) : null]),
        OpKind.Div => new(k, "DivBackward0", Saves.In0 | Saves.In1,
            c => [c.Needs(0) ? Div(c.G, c.In1) : null,
                  c.Needs(1) ? Neg(Div(Mul(c.G, c.In0), Mul(c.In1, c.In1))) : null]),
        OpKind.Neg => new(k, "NegBackward0", Saves.None, c => [Neg(c.G)]),
        OpKind.AddScalar => new(k, "AddBackward0", Saves.None, c => [c.G]),
        OpKind.SubScalar => new(k, "SubBackward0", Saves.None, c => [c.G]),
        OpKind.RSubScalar => new(k, "RsubBackward1", Saves.None, c => [Neg(c.G)]),
        OpKind.MulScalar => new(k, "MulBackward0", Saves.Scalar, c => [MulScalar(c.G, c.Scalar)]),
        OpKind.DivScalar => new(k, "DivBackward0", Saves.Scalar, c => [DivScalar(c.G, c.Scalar)]),
        OpKind.PowScalar => new(k, "PowBackward0", Saves.In0,
            c => [c.Scalar == 0 ? c.In0.ZerosLike() : Mul(c.G, MulScalar(PowScalar(c.In0, c.Scalar - 1), c.Scalar))]),
        OpKind.PowTensor => new(k, "PowBackward1", Saves.In0 | Saves.In1 | Saves.Out,
            c => [c.Needs(0) ? Mul(c.G, Mul(c.In1, Pow(c.In0, SubScalar(c.In1, 1)))) : null,
                  c.Needs(1) ? Mul(c.G, Mul(c.Out, Log(c.In0))) : null]),
        OpKind.RPowScalar => new(k, "PowBackward1", Saves.Out, c => [null, Mul(c.G, MulScalar(c.Out, Math.Log(c.Scalar)))]),
        OpKind.Reciprocal => new(k, "ReciprocalBackward0", Saves.Out, c => [Neg(Mul(c.G, Mul(c.Out, c.Out)))]),
        OpKind.Exp => new(k, "ExpBackward0", Saves.Out, c => [Mul(c.G, c.Out)]),
        OpKind.Log => new(k, "LogBackward0", Saves.In0, c => [Div(c.G, c.In0)]),
        OpKind.Sqrt => new(k, "SqrtBackward0", Saves.Out, c => [Div(c.G, MulScalar(c.Out, 2))]),
        OpKind.Abs => new(k, "AbsBackward0", Saves.In0, c => [Mul(c.G, Sign(c.In0))]),
        OpKind.Sum => new(k, "SumBackward0", Saves.None, c => [Expand(c.G, c.InputShape(0))]),
        OpKind.SumDim => new(k, "SumBackward1", Saves.None, c => [Expand(c.KeptDims(c.G), c.InputShape(0))]),
        OpKind.Mean => new(k, "MeanBackward0", Saves.None,
            c => [DivScalar(Expand(c.G, c.InputShape(0)), Shape.Numel(c.InputShape(0)))]),
        OpKind.MeanDim => new(k, "MeanBackward1", Saves.None,
            c => [DivScalar(Expand(c.KeptDims(c.G), c.InputShape(0)), Shape.Numel(c.InputShape(0)) / Math.Max(1, Shape.Numel(c.OutputShape)))]),
        // d||x||_p/dx = sign(x) |x|^(p-1) / ||x||^(p-1), defined as 0 where the norm is 0 (as PyTorch).
        OpKind.Norm => new(k, "NormBackward1", Saves.In0 | Saves.Out, NormBackward),
        OpKind.DivNoNan => new(k, "DivNoNanBackward0", Saves.In0 | Saves.In1,
            c => [c.Needs(0) ? DivNoNan(c.G, c.In1) : null,
                  c.Needs(1) ? Neg(DivNoNan(Mul(c.G, c.In0), Mul(c.In1, c.In1))) : null]),
        OpKind.Mm => new(k, "MmBackward0", Saves.In0 | Saves.In1,
            c => [c.Needs(0) ? MmGradMat1(c.G, c.In1, SavedColumnMajor(() => c.In0)) : null,
                  c.Needs(1) ? MmGradMat2(c.G, c.In0, SavedColumnMajor(() => c.In1)) : null]),
        OpKind.Mv => new(k, "MvBackward0", Saves.In0 | Saves.In1,
            c => [c.Needs(0) ? Mm(Unsqueeze(c.G, 1), Unsqueeze(c.In1, 0)) : null, c.Needs(1) ? Mv(T(c.In0), c.G) : null]),
        OpKind.Bmm => new(k, "BmmBackward0", Saves.In0 | Saves.In1,
            c => [c.Needs(0) ? Bmm(c.G, Transpose(c.In1, 1, 2)) : null, c.Needs(1) ? Bmm(Transpose(c.In0, 1, 2), c.G) : null]),
        OpKind.Dot => new(k, "DotBackward0", Saves.In0 | Saves.In1,
            c => [c.Needs(0) ? Mul(c.G, c.In1) : null, c.Needs(1) ? Mul(c.G, c.In0) : null]),
        OpKind.View => new(k, "ViewBackward0", Saves.None, c => [Reshape(c.G, c.InputShape(0))]),
        OpKind.ReshapeAlias => new(k, "ReshapeAliasBackward0", Saves.None, c => [Reshape(c.G, c.InputShape(0))]),
        OpKind.UnsafeView => new(k, "UnsafeViewBackward0", Saves.None, c => [Reshape(c.G, c.InputShape(0))]),
        OpKind.Expand => new(k, "ExpandBackward0", Saves.None, c => [SumTo(c.G, c.InputShape(0))]),
        OpKind.T => new(k, "TBackward0", Saves.None, c => [T(c.G)]),
        OpKind.Transpose => new(k, "TransposeBackward0", Saves.None, c => [Transpose(c.G, c.Dim0, c.Dim1)]),
        OpKind.Squeeze => new(k, "SqueezeBackward1", Saves.None, c => [Reshape(c.G, c.InputShape(0))]),
        OpKind.SqueezeInPlace => new(k, "SqueezeBackward3", Saves.None, c => [Reshape(c.G, c.InputShape(0))]),
        OpKind.Unsqueeze => new(k, "UnsqueezeBackward0", Saves.None, c => [Reshape(c.G, c.InputShape(0))]),
        OpKind.Clone => new(k, "CloneBackward0", Saves.None, c => [c.G]),
        // The copy AccumulateGrad makes of a first gradient under create_graph.
        OpKind.CopyGrad => new(k, "CopyBackwards", Saves.None, c => [null, c.G]),
        OpKind.ToDtype => new(k, "ToCopyBackward0", Saves.None, c => [To(c.G, c.InputType(0))]),
        // ops:
        // math: g cos(x) and g (-sin(x)), fused into one pass unless create_graph records them.
        OpKind.Sin => new(k, "SinBackward0", Saves.In0, c => [SinGrad(c.G, c.In0)]),
        OpKind.Cos => new(k, "CosBackward0", Saves.In0, c => [CosGrad(c.G, c.In0)]),
        OpKind.Tanh => new(k, "TanhBackward0", Saves.Out, c => [TanhBackward(c.G, c.Out)]),
        OpKind.Sigmoid => new(k, "SigmoidBackward0", Saves.Out, c => [SigmoidBackward(c.G, c.Out)]),
        OpKind.Relu => new(k, "ReluBackward0", Saves.Out, c => [ThresholdBackward(c.G, c.Out)]),
        OpKind.Clamp => new(k, "ClampBackward1", Saves.In0, c => [ClampBackwardFormula(c)]),
        // d/dg tanh_backward(g, y) = 1 - y^2; d/dy = -2 g y.
        OpKind.TanhBackward => new(k, "TanhBackwardBackward0", Saves.In0 | Saves.In1,
            c => [c.Needs(0) ? TanhBackward(c.G, c.In1) : null, c.Needs(1) ? Mul(MulScalar(Mul(c.G, c.In0), -2), c.In1) : null]),
        // d/dg sigmoid_backward(g, y) = y (1 - y); d/dy = g (1 - 2y).
        OpKind.SigmoidBackward => new(k, "SigmoidBackwardBackward0", Saves.In0 | Saves.In1,
            c => [c.Needs(0) ? SigmoidBackward(c.G, c.In1) : null, c.Needs(1) ? Mul(Mul(c.G, c.In0), RSubScalar(MulScalar(c.In1, 2), 1)) : null]),
        // The mask is piecewise constant in x: no gradient flows to x.
        OpKind.ThresholdBackward => new(k, "ThresholdBackwardBackward0", Saves.In1, c => [ThresholdBackward(c.G, c.In1), null]),
        OpKind.Softmax => new(k, "SoftmaxBackward0", Saves.Out, c => [SoftmaxBackwardData(c.G, c.Out, c.Dim0)]),
        OpKind.LogSoftmax => new(k, "LogSoftmaxBackward0", Saves.Out, c => [LogSoftmaxBackwardData(c.G, c.Out, c.Dim0)]),
        OpKind.SoftmaxBackward => new(k, "SoftmaxBackwardDataBackward0", Saves.In0 | Saves.In1, SoftmaxBackwardBackward),
        OpKind.LogSoftmaxBackward => new(k, "LogSoftmaxBackwardDataBackward0", Saves.In0 | Saves.In1, LogSoftmaxBackwardBackward),
        OpKind.Logsumexp => new(k, "LogsumexpBackward0", Saves.In0 | Saves.Out,
            c => [Mul(c.KeptDims(c.G), Exp(Sub(c.In0, c.KeptDims(c.Out))))]),
        OpKind.MaxAll => new(k, "MaxBackward1", Saves.In0 | Saves.Out, EvenlyDistribute),
        OpKind.MinAll => new(k, "MinBackward1", Saves.In0 | Saves.Out, EvenlyDistribute),
        // The gradient goes to the selected element (the saved indices, with the reduced dim kept).
        OpKind.MaxDim => new(k, "MaxBackward0", Saves.None, c => [ScatterAdd(Tensor.Zeros(c.InputShape(0), c.G._dtype), c.Dim0, c.Aux, c.KeptDims(c.G))]),
        OpKind.MinDim => new(k, "MinBackward0", Saves.None, c => [ScatterAdd(Tensor.Zeros(c.InputShape(0), c.G._dtype), c.Dim0, c.Aux, c.KeptDims(c.G))]),
        OpKind.Var => new(k, "VarBackward0", Saves.In0, c => VarBackward(c, std: false)),
        OpKind.Std => new(k, "StdBackward0", Saves.In0 | Saves.Out, c => VarBackward(c, std: true)),
        OpKind.Maximum => new(k, "MaximumBackward0", Saves.In0 | Saves.In1, c => ExtremeBackward(c, max: true)),
        OpKind.Minimum => new(k, "MinimumBackward0", Saves.In0 | Saves.In1, c => ExtremeBackward(c, max: false)),
        OpKind.Where => new(k, "WhereBackward0", Saves.None, WhereBackward),
        OpKind.Gather => new(k, "GatherBackward0", Saves.None,
            c => [ScatterAdd(Tensor.Zeros(c.InputShape(0), c.G._dtype), c.Dim0, c.Aux, c.G)]),
        OpKind.ScatterAdd => new(k, "ScatterAddBackward0", Saves.None,
            c => [c.Needs(0) ? c.G : null, c.Needs(1) ? Gather(c.G, c.Dim0, c.Aux) : null]),
        OpKind.Cat => new(k, "CatBackward0", Saves.None, CatBackward),
        OpKind.Stack => new(k, "StackBackward0", Saves.None, StackBackward),
        OpKind.Narrow => new(k, "SliceBackward0", Saves.None, c => [NarrowBackward(c.G, c.InputShape(0), c.Dim0, c.Dim1)]),
        OpKind.NarrowBackward => new(k, "SliceBackwardBackward0", Saves.None, c => [Narrow(c.G, c.Dim0, c.Dim1, c.InputShape(0)[c.Dim0])]),
        OpKind.IndexSelect => new(k, "IndexSelectBackward0", Saves.None,
            c => [IndexAdd(Tensor.Zeros(c.InputShape(0), c.G._dtype), c.Dim0, c.Aux, c.G)]),
        OpKind.IndexAdd => new(k, "IndexAddBackward0", Saves.None,
            c => [c.Needs(0) ? c.G : null, c.Needs(1) ? IndexSelect(c.G, c.Dim0, c.Aux) : null]),
        // views: select/slice scatter their gradient into zeros of the input shape; the scatter
        // ops are rows too (their derivative is the forward view), so higher orders work.
        OpKind.Permute => new(k, "PermuteBackward0", Saves.None, c => [Permute(c.G, InversePermutation(c.DimList))]),
        OpKind.Select => new(k, "SelectBackward0", Saves.None,
            c => [SelectBackward(c.G, c.InputShape(0), c.Dim0, c.IntArgs[0])]),
        OpKind.Slice => new(k, "SliceBackward0", Saves.None,
            c => [SliceBackward(c.G, c.InputShape(0), c.Dim0, c.IntArgs[0], c.IntArgs[1], c.IntArgs[2])]),
        OpKind.SelectBackward => new(k, "SelectBackwardBackward0", Saves.None, c => [Select(c.G, c.Dim0, c.IntArgs[0])]),
        OpKind.SliceBackward => new(k, "SliceBackwardBackward0", Saves.None,
            c => [Slice(c.G, c.Dim0, c.IntArgs[0], c.IntArgs[1], c.IntArgs[2])]),
        OpKind.Alias => new(k, "AliasBackward0", Saves.None, c => [c.G]),
        // in-place ops: zero_/fill_ overwrite self (zero gradient); copy_ passes the gradient to src.
        OpKind.Zero => new(k, "ZeroBackward0", Saves.None, c => [Tensor.Zeros(c.InputShape(0), c.InputType(0))]),
        OpKind.Fill => new(k, "FillBackward2", Saves.None, c => [Tensor.Zeros(c.InputShape(0), c.InputType(0))]),
        OpKind.CopyFrom => new(k, "CopyBackwards", Saves.None,
            c => [c.Needs(0) ? Tensor.Zeros(c.InputShape(0), c.InputType(0)) : null, c.G]),
        // in-place on a view: the base's old value outside the region, the written value inside it.
        OpKind.CopySlices => new(k, "CopySlices", Saves.None,
            c => [c.Needs(0) ? Sub(c.G, AsStridedScatter(AsStrided(c.G, c.IntArgs), c.InputShape(0), c.IntArgs)) : null,
                  c.Needs(1) ? AsStrided(c.G, c.IntArgs) : null]),
        OpKind.AsStrided => new(k, "AsStridedBackward0", Saves.None, c => [AsStridedScatter(c.G, c.InputShape(0), c.IntArgs)]),
        OpKind.AsStridedScatter => new(k, "AsStridedScatterBackward0", Saves.None, c => [AsStrided(c.G, c.IntArgs)]),
        OpKind.Eq => new(k, "eq", Saves.None, null),
        OpKind.Ne => new(k, "ne", Saves.None, null),
        OpKind.Lt => new(k, "lt", Saves.None, null),
        OpKind.Le => new(k, "le", Saves.None, null),
        OpKind.Gt => new(k, "gt", Saves.None, null),
        OpKind.Ge => new(k, "ge", Saves.None, null),
        // nn:
        OpKind.Addmm => new(k, "AddmmBackward0", Saves.In1 | Saves.In2,
            c => [c.Needs(0) ? c.G : null, c.Needs(1) ? MmGradMat1(c.G, c.In2, SavedColumnMajor(() => c.In1)) : null,
                c.Needs(2) ? MmGradMat2(c.G, c.In1, SavedColumnMajor(() => c.In2)) : null]),
        // Loss rows keep their reduction in Scalar: 0 none, 1 mean, 2 sum.
        OpKind.MseLoss => new(k, "MseLossBackward0", Saves.In0 | Saves.In1, c =>
        {
            var d = MulScalar(Mul(c.G, Sub(c.In0, c.In1)), c.Scalar == 1 ? 2.0 / Shape.Numel(c.InputShape(0)) : 2.0);
            return [c.Needs(0) ? d : null, c.Needs(1) ? Neg(d) : null];
        }),
        OpKind.BceWithLogits => new(k, "BinaryCrossEntropyWithLogitsBackward0", Saves.In0 | Saves.In1, c =>
        {
            double scale = c.Scalar == 1 ? 1.0 / Shape.Numel(c.InputShape(0)) : 1.0;
            var gx = c.Needs(0) ? MulScalar(Mul(c.G, Sub(SigmoidOf(c.In0), c.In1)), scale) : null;
            var gy = c.Needs(1) ? MulScalar(Mul(c.G, Neg(c.In0)), scale) : null;
            return [gx, gy];
        }),
    };

    private static Tensor?[] NormBackward(BackwardContext c)
    {
        var x = c.In0;
        var g = c.KeptDims(c.G);
        var y = c.KeptDims(c.Out);
        double p = c.Scalar;
        if (p == 2) return [Mul(x, DivNoNan(g, y))];
        if (p == 1) return [Mul(Sign(x), g)];
        if (double.IsPositiveInfinity(p) || double.IsNegativeInfinity(p))
        {
            // The gradient flows evenly to the elements attaining the max (min) magnitude.
            using var mask = Functions.CastRaw(Functions.Compare(OpKind.Eq, Abs(x), y), x.DType);
            using var count = Functions.SumTo(mask, y.Shape);
            return [Mul(Mul(Sign(x), mask), DivNoNan(g, count))];
        }
        return [Mul(Mul(Sign(x), PowScalar(Abs(x), p - 1)), DivNoNan(g, PowScalar(y, p - 1)))];
    }
}
