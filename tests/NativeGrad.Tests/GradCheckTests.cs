using NativeGrad.Ops;
using Xunit;

namespace NativeGrad.Tests;

/// <summary>Every differentiable op of the op table against central differences, first and second order.</summary>
public class GradCheckTests
{
    /// <summary>A named function of float64 inputs; Positive asks for inputs in (0.5, 2) (log, sqrt, pow).</summary>
    public sealed record Case(string Name, Func<Tensor[], Tensor> F, int[][] Shapes, bool Positive = false, double Eps = 1e-6, double Atol = 1e-5)
    {
        public override string ToString() => Name;
    }

    public static readonly Case[] Cases =
    [
        new("add", x => x[0] + x[1], [[2, 3], [2, 3]]),
        new("add broadcast", x => x[0] + x[1], [[2, 3], [3]]),
        new("add broadcast both", x => x[0] + x[1], [[2, 1], [1, 3]]),
        new("sub broadcast", x => x[0] - x[1], [[3], [2, 3]]),
        new("mul", x => x[0] * x[1], [[2, 3], [2, 3]]),
        new("mul broadcast scalar tensor", x => x[0] * x[1], [[], [4]]),
        new("div", x => x[0] / x[1], [[2, 3], [3]], Positive: true),
        new("neg", x => -x[0], [[5]]),
        new("add scalar", x => x[0] + 2.5, [[4]]),
        new("sub scalar", x => x[0] - 2.5, [[4]]),
        new("rsub scalar", x => 2.5 - x[0], [[4]]),
        new("mul scalar", x => x[0] * 3.0, [[4]]),
        new("div scalar", x => x[0] / 3.0, [[4]]),
        new("rdiv scalar", x => 3.0 / x[0], [[4]], Positive: true),
        new("pow 3", x => x[0].Pow(3), [[4]]),
        new("pow 2", x => x[0].Pow(2), [[4]]),
        new("pow 0.5", x => x[0].Pow(0.5), [[4]], Positive: true),
        new("pow -1", x => x[0].Pow(-1), [[4]], Positive: true),
        new("pow 2.7", x => x[0].Pow(2.7), [[4]], Positive: true),
        new("pow tensor", x => x[0].Pow(x[1]), [[3], [3]], Positive: true),
        new("pow tensor broadcast", x => x[0].Pow(x[1]), [[2, 3], []], Positive: true),
        new("rpow scalar", x => Tensor.Pow(2.0, x[0]), [[3]]),
        new("reciprocal", x => x[0].Reciprocal(), [[3]], Positive: true),
        new("exp", x => x[0].Exp(), [[2, 3]]),
        new("log", x => x[0].Log(), [[2, 3]], Positive: true),
        new("sqrt", x => x[0].Sqrt(), [[2, 3]], Positive: true),
        new("sum", x => x[0].Sum(), [[2, 3]]),
        new("sum dim", x => x[0].Sum(1), [[2, 3]]),
        new("sum dims keepdim", x => x[0].Sum([0, 2], keepdim: true), [[2, 3, 2]]),
        new("sum negative dim", x => x[0].Sum(-1), [[2, 3]]),
        new("mean", x => x[0].Mean(), [[2, 3]]),
        new("mean dim", x => x[0].Mean(0), [[2, 3]]),
        new("mean dim keepdim", x => x[0].Mean(1, keepdim: true), [[2, 3]]),
        new("norm", x => x[0].Norm(), [[2, 3]]),
        new("norm dim", x => x[0].Norm(2, [0]), [[2, 3]]),
        new("norm dim keepdim", x => x[0].Norm(2, [1], keepdim: true), [[2, 3]]),
        new("norm p=1", x => x[0].Norm(1), [[2, 3]]),
        new("norm p=3 dim", x => x[0].Norm(3, [1]), [[2, 3]]),
        new("norm p=1.5 keepdim", x => x[0].Norm(1.5, [0], keepdim: true), [[2, 3]]),
        new("norm p=inf dim", x => x[0].Norm(double.PositiveInfinity, [1]), [[2, 3]]),
        new("abs", x => x[0].Abs(), [[2, 3]]),
        new("mm", x => x[0].Mm(x[1]), [[2, 3], [3, 4]]),
        new("bmm", x => Functions.Bmm(x[0], x[1]), [[2, 2, 3], [2, 3, 2]]),
        new("matmul batched broadcast", x => x[0].Matmul(x[1]), [[2, 1, 2, 3], [3, 3, 2]]),
        new("matmul batched by matrix", x => x[0].Matmul(x[1]), [[2, 2, 3], [3, 2]]),
        new("matmul batched by vector", x => x[0].Matmul(x[1]), [[2, 2, 3], [3]]),
        new("transpose", x => x[0].Transpose(0, 2), [[2, 3, 2]]),
        new("copy grad", x => Functions.CopyGrad(x[0]) * 2.0, [[3]]),
        new("mm transposed operands", x => x[0].T().Mm(x[1].T()), [[3, 2], [4, 3]]),
        new("matmul vec-mat", x => x[0].Matmul(x[1]), [[3], [3, 2]]),
        new("matmul mat-vec", x => x[0].Matmul(x[1]), [[2, 3], [3]]),
        new("dot", x => x[0].Dot(x[1]), [[4], [4]]),
        new("t", x => x[0].T() * x[1], [[2, 3], [3, 2]]),
        new("reshape", x => x[0].Reshape(3, -1), [[2, 3]]),
        new("reshape of transposed (copy)", x => x[0].T().Reshape(-1), [[2, 3]]),
        new("view", x => x[0].View(6), [[2, 3]]),
        new("expand", x => x[0].Expand(2, 3) * x[1], [[3], [2, 3]]),
        new("unsqueeze squeeze", x => x[0].Unsqueeze(0).Squeeze(0).Unsqueeze(1), [[3]]),
        new("clone", x => x[0].Clone() * 2.0, [[3]]),
        // float32 rounding needs a coarse step and tolerance.
        new("to float32 and back", x => x[0].To(DType.Float32).To(DType.Float64), [[3]], Eps: 1e-2, Atol: 1e-3),
        new("strided exp of transposed", x => x[0].T().Exp(), [[2, 3]]),
        new("strided mul of transposed", x => x[0].T() * x[1], [[3, 2], [2, 3]]),
        new("seed: log(x**3)", x => x[0].Pow(3).Log(), [[]], Positive: true),
        new("seed: norm of mean grad", x => (x[0] * x[0]).Mean(), [[5]]),
        // nn:
        new("addmm", x => Functions.Addmm(x[0], x[1], x[2]), [[3], [2, 4], [4, 3]]),
        new("linear 3-D input", x => Functions.Linear(x[0], x[1], x[2]), [[2, 2, 4], [3, 4], [3]]),
        new("linear (column-major mat2 in addmm)", x => Functions.Linear(x[0], x[1], x[2]), [[2, 4], [3, 4], [3]]),
        new("addmm column-major mat1", x => Functions.Addmm(x[0], x[1].T(), x[2]), [[3], [4, 2], [4, 3]]),
        new("mse loss mean", x => Functions.MseLoss(x[0], x[1]), [[2, 3], [2, 3]]),
        new("mse loss none", x => Functions.MseLoss(x[0], x[1], Reduction.None), [[4], [4]]),
        new("l1 loss sum", x => Functions.L1Loss(x[0], x[1], Reduction.Sum), [[4], [4]]),
        new("bce with logits mean", x => Functions.BceWithLogits(x[0], x[1]), [[2, 3], [2, 3]]),
        new("bce with logits sum", x => Functions.BceWithLogits(x[0], x[1], Reduction.Sum), [[3], [3]]),
        new("cross entropy", x => Functions.CrossEntropy(x[0], Tensor.FromArray([2L, 0L])), [[2, 3]]),
        new("cross entropy label smoothing", x => Functions.CrossEntropy(x[0], Tensor.FromArray([1L, 2L]), labelSmoothing: 0.2), [[2, 3]]),
        new("layer norm", x => Functions.LayerNorm(x[0], 1, x[1], x[2]), [[2, 4], [4], [4]]),
        // ops:
        new("sin", x => x[0].Sin(), [[2, 3]]),
        new("cos", x => x[0].Cos(), [[2, 3]]),
        new("tanh", x => x[0].Tanh(), [[2, 3]]),
        new("sigmoid", x => x[0].Sigmoid(), [[2, 3]]),
        new("relu", x => x[0].Relu() * x[0], [[2, 3]]),
        new("clamp both", x => x[0].Clamp(-0.5, 0.5) * x[0], [[3, 4]]),
        new("clamp min only", x => x[0].Clamp(min: 0.1) * x[0], [[3, 4]]),
        new("clamp max only", x => x[0].Clamp(max: 0.1) * x[0], [[3, 4]]),
        new("tanh_backward", x => Functions.TanhBackward(x[0], x[1]), [[2, 3], [2, 3]]),
        new("sigmoid_backward", x => Functions.SigmoidBackward(x[0], x[1]), [[2, 3], [2, 3]]),
        new("threshold_backward", x => Functions.ThresholdBackward(x[0], x[1]) * x[1], [[2, 3], [2, 3]]),
        new("softmax last dim", x => x[0].Softmax(-1), [[2, 4]]),
        new("softmax dim 0", x => x[0].Softmax(0), [[3, 2, 2]]),
        new("log_softmax last dim", x => x[0].LogSoftmax(1), [[2, 4]]),
        new("log_softmax middle dim", x => x[0].LogSoftmax(1), [[2, 3, 2]]),
        new("softmax_backward", x => Functions.SoftmaxBackwardData(x[0], x[1], 1), [[2, 3], [2, 3]]),
        new("log_softmax_backward", x => Functions.LogSoftmaxBackwardData(x[0], x[1], 0), [[2, 3], [2, 3]]),
        new("logsumexp", x => x[0].Logsumexp(1), [[2, 3]]),
        new("logsumexp dims keepdim", x => x[0].Logsumexp([0, 2], keepdim: true), [[2, 3, 2]]),
        new("max all", x => x[0].Max() * x[0], [[2, 3]]),
        new("min all", x => x[0].Min(), [[2, 3]]),
        new("max dim", x => x[0].Max(1).Values, [[2, 3]]),
        new("min dim keepdim", x => x[0].Min(0, keepdim: true).Values * x[0], [[2, 3]]),
        new("var dim", x => x[0].Var([1]), [[2, 4]]),
        new("var all biased", x => x[0].Var(unbiased: false), [[2, 3]]),
        new("std dim keepdim", x => x[0].Std([0], keepdim: true), [[3, 2]]),
        new("std all", x => x[0].Std(), [[5]]),
        new("maximum broadcast", x => x[0].Maximum(x[1]), [[2, 3], [3]]),
        new("minimum", x => x[0].Minimum(x[1]) * x[0], [[2, 3], [2, 3]]),
        new("where", x => Tensor.Where(Functions.CompareScalar(CompareOp.Gt, Tensor.FromArray([1.0, -1, 2, -2, 0.5, -0.5], 2, 3), 0), x[0], x[1]) * x[0], [[2, 3], [3]]),
        new("gather", x => x[0].Gather(1, Tensor.FromArray([0L, 2, 2, 1, 0, 0], 2, 3)) * 1.5, [[2, 4]]),
        new("cat dim 1", x => Tensor.Cat([x[0], x[1], x[0]], 1) * 2.0, [[2, 3], [2, 1]]),
        new("cat dim 0 squared", x => Tensor.Cat([x[0], x[1]]) * Tensor.Cat([x[1], x[0]]), [[2], [2]]),
        new("stack dim 1", x => Tensor.Stack([x[0], x[1]], 1) * 1.5, [[2, 3], [2, 3]]),
        new("narrow", x => x[0].Narrow(1, 1, 2) * x[0].Narrow(1, 0, 2), [[2, 3]]),
        new("index_select repeated", x => x[0].IndexSelect(0, Tensor.FromArray([2L, 0, 2])) * 2.0, [[3, 2]]),
        new("index_add", x => x[0].IndexAdd(1, Tensor.FromArray([1L, 1]), x[1]) * x[0], [[2, 3], [2, 2]]),
        new("scatter_add", x => x[0].ScatterAdd(0, Tensor.FromArray([1L, 0, 1, 1, 0, 2], 2, 3), x[1]) * x[0], [[3, 3], [2, 3]]),
        // views: permute, select, slice, basic indexing, their scatter backwards, and strided inputs to other ops.
        new("permute", x => x[0].Permute(2, 0, 1), [[2, 3, 4]]),
        new("permute negative dims", x => x[0].Permute(-1, 0, 1) * x[1], [[2, 3, 4], [4, 2, 3]]),
        new("select", x => x[0].Select(1, -1), [[3, 4]]),
        new("index int", x => x[0][1], [[3, 4]]),
        new("slice", x => x[0].Slice(1, 1, 3), [[3, 4]]),
        new("slice step", x => x[0].Slice(0, TensorIndex.None, TensorIndex.None, 2), [[5, 3]]),
        new("index ellipsis int", x => x[0][TensorIndex.Ellipsis, TensorIndex.Int(0)], [[2, 3, 4]]),
        new("index int slice int", x => x[0][TensorIndex.Int(1), TensorIndex.Slice(), TensorIndex.Int(-1)], [[3, 4, 2]]),
        new("index newaxis slice ellipsis", x => x[0][TensorIndex.NewAxis, TensorIndex.Slice(1), TensorIndex.Ellipsis, TensorIndex.NewAxis], [[3, 2]]),
        new("index empty (alias)", x => x[0].Index() * 2.0, [[3]]),
        new("select backward", x => Functions.SelectBackward(x[0], [3, 4], 0, 1), [[4]]),
        new("slice backward", x => Functions.SliceBackward(x[0], [5, 3], 0, 1, 5, 2), [[2, 3]]),
        new("strided: mul of stepped slice", x => x[0].Slice(1, 0, TensorIndex.None, 2) * x[1], [[2, 5], [2, 3]]),
        new("strided: exp of expanded", x => x[0].Expand(2, 3).Exp(), [[3]]),
        new("strided: log of sliced", x => x[0][TensorIndex.Slice(), TensorIndex.Slice(1, 3)].Log(), [[3, 4]], Positive: true),
        new("strided: mm of permuted", x => x[0].Permute(1, 0).Mm(x[1][TensorIndex.Slice(0, TensorIndex.None, 2)]), [[3, 2], [5, 4]]),
        new("strided: sum dim of sliced", x => x[0].Slice(0, 1).Sum(1), [[4, 3]]),
        new("strided: matmul of permuted batch", x => x[0].Permute(2, 0, 1).Matmul(x[1]), [[2, 3, 2], [3, 2]]),
        new("strided: norm of selected column", x => x[0].Select(1, 0).Norm(), [[4, 2]]),
        new("strided: pow tensor of transposed and sliced", x => x[0].T().Pow(x[1].Slice(0, 1)), [[2, 3], [4, 2]], Positive: true),
        new("strided: div by expanded", x => x[0] / x[1].Unsqueeze(1).Expand(3, 2), [[3, 2], [3]], Positive: true),
        // in-place ops on a non-leaf (y = x0 * 1), recorded by rebasing y's history.
        new("add_", x => (x[0] * 1.0).Add_(x[1]), [[2, 3], [3]]),
        new("sub_ scalar", x => (x[0] * 1.0).Sub_(0.5), [[3]]),
        new("mul_", x => (x[0] * 1.0).Mul_(x[1]), [[2, 3], [2, 3]]),
        new("div_", x => (x[0] * 1.0).Div_(x[1]), [[3], [3]], Positive: true),
        new("pow_ tensor", x => (x[0] * 1.0).Pow_(x[1]), [[3], [3]], Positive: true),
        new("pow_ scalar then neg_ then exp_", x => (x[0] * 1.0).Pow_(3).Neg_().Exp_(), [[3]], Positive: true),
        new("zero_", x => (x[0] * 1.0).Zero_() + x[0] * x[1], [[3], [3]]),
        new("fill_", x => (x[0] * 1.0).Fill_(2.5) * x[1], [[3], [3]]),
        new("copy_ broadcast", x => (x[0] * 2.0).Copy_(x[1]) * x[0], [[2, 3], [3]]),
        new("mul_ on a view (CopySlices)", x => { var y = x[0] * 1.0; y[TensorIndex.Slice(), TensorIndex.Slice(1)].Mul_(x[1]); return y * x[0]; }, [[2, 3], [2, 2]]),
        new("exp_ on a view, then the view", x => { var y = x[0] * 1.0; var v = y[1]; v.Exp_(); return v * y.Sum(); }, [[2, 3]]),
        new("as_strided", x => Functions.AsStrided(x[0], [2, 2, 2, 3, 1, 1]), [[2, 3]]),
        new("as_strided of transposed", x => Functions.AsStrided(x[0].T(), [2, 2, 2, 3, 1, 1]), [[3, 2]]),
        new("as_strided_scatter", x => Functions.AsStridedScatter(x[0], [2, 3], [2, 2, 2, 3, 1, 1]), [[2, 2]]),
        new("xlogy", x => Functions.Xlogy(x[0], x[1]), [[2, 3], [3]], Positive: true),
        new("addcmul broadcast", x => Functions.Addcmul(x[0], x[1], x[2], 0.5), [[2, 3], [3], [2, 1]]),
        new("addcdiv broadcast", x => Functions.Addcdiv(x[0], x[1], x[2], -2), [[2, 3], [2, 1], [3]], Positive: true),
        new("lerp", x => Functions.Lerp(x[0], x[1], 0.3) * x[1], [[2, 3], [3]]),
        new("lerp weight above one half", x => Functions.Lerp(x[0], x[1], 0.8), [[2, 3], [2, 3]]),
        new("clamp_min", x => x[0].ClampMin(-0.1) * x[0], [[2, 3]]),
        new("clamp_max", x => x[0].ClampMax(0.2) * x[0], [[2, 3]]),
        new("amax over dims 0 and 2", x => x[0].Amax([0, 2]) * 1, [[2, 3, 2]]),
        new("amin keepdim", x => x[0].Amin([1], true) * x[0], [[2, 3]]),
        new("amax of all", x => x[0].Amax([]), [[2, 3]]),
        new("atan2", x => Functions.Atan2(x[0], x[1]), [[2, 3], [2, 3]]),
        new("atan2 broadcast", x => Functions.Atan2(x[0], x[1]) * x[1], [[2, 3], [3]]),
        new("tril", x => x[0].Tril() * x[0], [[3, 4]]),
        new("tril diagonal -1 batched", x => x[0].Tril(-1), [[2, 3, 3]]),
        new("triu diagonal 1", x => x[0].Triu(1) * x[0], [[4, 3]]),
        new("leaky_relu", x => x[0].LeakyRelu(0.2) * x[0], [[2, 3]]),
        new("elu", x => x[0].Elu(1.5), [[2, 3]]),
        new("softplus", x => x[0].Softplus(2, 1), [[2, 3]]),
        new("floor times x", x => x[0].Floor() + x[0] * x[0], [[2, 3]]),
        new("sign times x", x => x[0].Sign() * x[0] * x[0], [[2, 3]]),
        new("smooth_l1_loss", x => Functions.SmoothL1Loss(x[0], x[1]), [[2, 3], [2, 3]]),
        new("smooth_l1_loss beta 0.3 sum", x => Functions.SmoothL1Loss(x[0], x[1] * 0.1, Reduction.Sum, 0.3), [[2, 3], [2, 3]]),
        new("huber_loss", x => Functions.HuberLoss(x[0], x[1], Reduction.Mean, 0.8), [[2, 3], [2, 3]]),
        new("constant_pad_nd", x => x[0].ConstantPadNd([1, 2, 0, 1], 0.5), [[2, 3]]),
        new("constant_pad_nd crop", x => x[0].ConstantPadNd([-1, 1]), [[2, 3]]),
        new("embedding", x => Functions.Embedding(x[0], Tensor.FromArray([2.0, 0, 2, 1]).To(DType.Int64).Reshape(2, 2)) * x[1], [[3, 2], [2, 2, 2]]),
        // issue 10: reordering, scans and products (zeros included), selection, and the multi-output views.
        new("repeat", x => x[0].Repeat([2, 1, 3]), [[2, 3]]),
        new("repeat 0-dim", x => x[0].Repeat([3]) * x[0], [[]]),
        new("tile", x => x[0].Tile(2) * 1.5, [[2, 3]]),
        new("roll dims", x => x[0].Roll([1, -2], [0, 1]), [[3, 4]]),
        new("roll flattened", x => x[0].Roll([2]) * x[0], [[2, 3]]),
        new("flip", x => x[0].Flip([0, 2]), [[2, 3, 2]]),
        new("flip last dim", x => x[0].Flip([-1]) * x[0], [[2, 3]]),
        new("masked_fill", x => x[0].MaskedFill(Mask(1, 0, 1, 0, 0, 1), 0.5) * x[0], [[2, 3]]),
        new("masked_fill broadcast self", x => x[0].MaskedFill(Mask(1, 0, 0, 0, 1, 0), 1.5), [[3]]),
        new("masked_fill tensor value", x => x[0].MaskedFill(Mask(0, 1, 1, 0, 0, 1), x[1]) * x[0], [[2, 3], []]),
        new("masked_fill_", x => (x[0] * 1.0).MaskedFill_(Mask(1, 1, 0, 0, 0, 1), 2.0) * x[0], [[2, 3]]),
        new("masked_fill_ tensor value", x => (x[0] * 1.0).MaskedFill_(Mask(1, 0, 0, 0, 0, 1), x[1]) * x[1], [[2, 3], []]),
        new("cumsum", x => x[0].CumSum(1) * x[0], [[2, 3]]),
        new("cumsum dim 0 of 3-D", x => x[0].CumSum(0), [[3, 2, 2]]),
        new("cumprod", x => x[0].CumProd(0), [[3, 2]]),
        new("cumprod with zeros", x => (x[0] * Zeros(1, 0, 1, 1, 1, 1, 0, 0)).CumProd(1), [[2, 4]]),
        new("prod", x => x[0].Prod(), [[2, 3]]),
        new("prod with one zero", x => (x[0] * Zeros(1, 1, 0, 1, 1, 1)).Prod(), [[2, 3]]),
        new("prod with two zeros", x => (x[0] * Zeros(1, 0, 1, 1, 0, 1)).Prod(), [[2, 3]]),
        new("prod dim", x => x[0].Prod(1), [[2, 3]]),
        new("prod dim keepdim with zeros", x => (x[0] * Zeros(1, 0, 1, 0, 1, 1, 0, 0, 1)).Prod(0, keepdim: true), [[3, 3]]),
        new("sort", x => x[0].Sort(1).Values * 1.5, [[2, 4]]),
        new("sort descending dim 0", x => x[0].Sort(0, descending: true).Values * x[0], [[3, 2]]),
        new("topk", x => x[0].TopK(2, 1).Values, [[2, 4]]),
        new("topk smallest dim 0", x => x[0].TopK(2, 0, largest: false).Values * x[1], [[4, 3], [2, 3]]),
        new("unbind", x => { var u = x[0].Unbind(1); return u[0] * u[2] + u[1]; }, [[2, 3]]),
        new("unbind one output used", x => x[0].Unbind(0)[1] * 2.0, [[3, 2]]),
        new("split", x => { var s = x[0].Split(2, 1); return Tensor.Cat([s[1], s[0]], 1) * x[0]; }, [[2, 3]]),
        new("split_with_sizes", x => { var s = x[0].SplitWithSizes([1, 3], 0); return s[1] * s[1]; }, [[4, 2]]),
        new("chunk", x => { var c = x[0].Chunk(2, 0); return c[0] * c[1]; }, [[4, 3]]),
        // issue 10: advanced indexing (IndexBackward0; its gradient index_put with accumulate) and index_put (IndexPutBackward0).
        new("index duplicates", x => x[0][Idx(0, 2, 0, -1)] * x[1], [[3, 2], [4, 2]]),
        new("index pair broadcast", x => x[0][Idx(1, 0).Reshape(2, 1), Idx(2, 2, 0)], [[2, 3]]),
        new("index mask", x => x[0][Mask(1, 0, 1, 1, 0, 0)] * x[0][Mask(0, 1, 0, 0, 1, 1)], [[2, 3]]),
        new("index mixed slice int", x => x[0][TensorIndex.Slice(), Idx(3, 1, 3), TensorIndex.Slice(1)], [[2, 4, 3]]),
        new("index separated by slice", x => x[0][Idx(1, 0), TensorIndex.Slice(), Idx(0, 0)] * 1.5, [[2, 3, 2]]),
        new("index_put", x => (x[0] * 1.0).IndexPut([Idx(1, 0), Idx(2, 2)], x[1] * x[1]) * x[0], [[2, 3], [2]]),
        new("index_put broadcast value", x => (x[0] * x[0]).IndexPut([null, Idx(0, 2)], x[1]) * 1.5, [[2, 3], [2, 1]]),
        new("index_put accumulate duplicates", x => x[0].IndexPut([Idx(1, 1, 0)], x[1], accumulate: true) * x[0], [[3, 2], [3, 2]]),
        new("index_put_ mask (setitem)", x => { var y = x[0] * 1.0; y[Mask(1, 0, 0, 0, 1, 1)] = x[1] * 2.0; return y * x[0]; }, [[2, 3], []]),
        new("index_put_ on a view (CopySlices)", x => { var y = x[0] * 1.0; y[1].IndexPut_([Idx(0, 2)], x[1]); return y * y; }, [[2, 3], [2]]),
        // issue 10 (more ops): diagonals, moments, logaddexp, masked_select, scatter, Mish/SELU/Hardtanh/logit.
        new("diagonal", x => x[0].Diagonal() * x[0].Diagonal(1), [[3, 4]]),
        new("diagonal offset -1 dims 2, 0", x => x[0].Diagonal(-1, 2, 0) * 1.5, [[3, 2, 4]]),
        new("diag of a vector", x => x[0].Diag(1) * x[0].Diag(1), [[3]]),
        new("diag of a matrix", x => x[0].Diag(-1) * x[1], [[3, 4], [2]]),
        new("trace", x => x[0].Trace() * x[0].Trace(), [[3, 4]]),
        new("var_mean dim", x => { var r = x[0].VarMean([1], 1, false); return r[0] * r[1]; }, [[2, 3]]),
        new("var_mean all, mean only", x => x[0].VarMean([], 1, false)[1] * 2.0, [[2, 3]]),
        new("std_mean keepdim", x => { var r = x[0].StdMean([0], 0, true); return r[0] + r[1] * r[1]; }, [[3, 2]]),
        new("logaddexp broadcast", x => x[0].Logaddexp(x[1]), [[2, 3], [3]]),
        new("masked_select broadcast", x => x[0].MaskedSelect(Mask(1, 0, 1, 0, 1, 1)) * x[1], [[3], [4]]),
        new("scatter", x => x[0].Scatter(0, Idx(0, 1, 0, 1, 0, 1).Reshape(2, 3), x[1]) * x[0], [[2, 3], [2, 3]]),
        new("scatter value", x => x[0].ScatterValue(1, Idx(2, 0).Reshape(2, 1), 2.5) * x[0], [[2, 3]]),
        new("scatter_", x => (x[0] * 1.0).Scatter_(0, Idx(1, 0, 1).Reshape(1, 3), x[1]) * x[0], [[2, 3], [1, 3]]),
        new("mish", x => x[0].Mish(), [[2, 3]]),
        new("selu", x => x[0].Selu() * x[0], [[2, 3]]),
        new("hardtanh", x => x[0].Hardtanh(-0.5, 0.7) * x[0], [[2, 3]]),
        new("logit of sigmoid", x => x[0].Sigmoid().Logit() * x[0], [[2, 3]]),
        new("logit eps", x => (x[0] * 0.5).Sigmoid().Logit(0.05), [[2, 3]]),
        // ops12: fmod/remainder (tensor and number divisors), hypot, nan_to_num, nansum, the activations and clamp with tensor bounds.
        new("fmod", x => x[0].Fmod(x[1]) * x[1], [[2, 3], [2, 3]], Positive: true),
        new("fmod broadcast negative", x => (x[0] * -3.0).Fmod(x[1]), [[2, 3], [3]], Positive: true),
        new("fmod scalar", x => x[0].Fmod(0.7) * x[0], [[2, 3]]),
        new("fmod_", x => (x[0] * 2.0).Fmod_(x[1]) * x[0], [[2, 3], [3]], Positive: true),
        new("remainder broadcast", x => (x[0] * -3.0).Remainder(x[1]) * x[0], [[2, 3], [3]], Positive: true),
        new("remainder scalar", x => x[0].Remainder(-0.7) * x[0], [[2, 3]]),
        new("remainder_ scalar", x => (x[0] * 1.0).Remainder_(0.45), [[2, 3]]),
        new("hypot broadcast", x => x[0].Hypot(x[1]), [[2, 3], [3]]),
        new("hypot_", x => (x[0] * 1.0).Hypot_(x[1]) * x[1], [[2, 3], [2, 3]]),
        new("nan_to_num", x => (x[0] + Special(0, double.NaN, 0, double.PositiveInfinity, double.NegativeInfinity, 0)).NanToNum(0.5, 2, -2) * x[0], [[2, 3]]),
        new("nan_to_num_", x => (x[0] * x[0]).NanToNum_(), [[2, 3]]),
        new("nansum", x => (x[0] + Special(0, double.NaN, 0, 0, double.NaN, 0)).Nansum([]) * x[0], [[2, 3]]),
        new("nansum dim keepdim", x => (x[0] * x[0] + Special(double.NaN, 0, 0, 0, 0, double.NaN)).Nansum([1], keepdim: true), [[2, 3]]),
        new("log_sigmoid", x => (x[0] * 4.0).LogSigmoid(), [[2, 3]]),
        new("hardsigmoid", x => (x[0] * 3.0).Hardsigmoid() * x[0], [[2, 3]]),
        new("hardsigmoid_", x => (x[0] * 3.0).Hardsigmoid_(), [[2, 3]]),
        new("hardswish", x => (x[0] * 3.0).Hardswish(), [[2, 3]]),
        new("hardswish_", x => (x[0] * 3.0).Hardswish_() * x[0], [[2, 3]]),
        new("celu", x => x[0].Celu(0.6), [[2, 3]]),
        new("celu_", x => (x[0] * 1.0).Celu_(1.5) * x[0], [[2, 3]]),
        new("clamp tensors broadcast", x => x[0].Clamp(x[1], x[2]), [[2, 3], [3], [2, 1]]),
        new("clamp tensor min", x => x[0].Clamp(x[1], null) * x[1], [[2, 3], [2, 3]]),
        new("clamp tensor max", x => x[0].Clamp(null, x[1]), [[2, 3], []]),
        new("clamp_ tensors", x => (x[0] * 1.0).Clamp_(x[1], x[1] + 0.5) * x[0], [[2, 3], [3]]),
        // Every declared unary op of UnaryOpTests (one row there is its whole test).
        .. UnaryOpTests.Cases.Select(u => new Case(u.Name, x => u.Op(u.GradDomain is { } d ? d(x[0]) : x[0]), [[2, 3]], Positive: u.Lo > 0)),
    ];

    /// <summary>Six float64 values [2, 3] added to an input to put NaN or infinities into it (the sum's gradient stays finite).</summary>
    private static Tensor Special(params double[] v) => Tensor.FromArray(v, [2, 3]);

    /// <summary>An int64 index tensor of the given values.</summary>
    private static Tensor Idx(params long[] v) => Tensor.FromArray(v, v.Length);

    /// <summary>A bool mask of the given 0/1 values (shape [n], or [2, n/2] for six values).</summary>
    private static Tensor Mask(params double[] v)
        => Functions.CompareScalar(CompareOp.Ne, Tensor.FromArray(v, v.Length == 6 ? [2, 3] : [v.Length]), 0);

    /// <summary>A float64 multiplier of 0/1 values putting zeros into an op's input, shaped [2, n/2] ([3, 3] for nine).</summary>
    private static Tensor Zeros(params double[] v) => Tensor.FromArray(v, v.Length == 9 ? [3, 3] : [2, v.Length / 2]);

    public static TheoryData<Case> All() { var d = new TheoryData<Case>(); foreach (var c in Cases) d.Add(c); return d; }

    internal static Tensor[] Inputs(Case c, int seed)
    {
        Tensor.ManualSeed(seed);
        return c.Shapes.Select(s =>
        {
            var t = c.Positive ? Tensor.Rand(s, DType.Float64) * 1.5 + 0.5 : Tensor.Randn(s, DType.Float64);
            var leaf = t.Detach().RequiresGrad_();
            return leaf;
        }).ToArray();
    }

    [Theory]
    [MemberData(nameof(All))]
    public void FirstOrder(Case c)
    {
        var x = Inputs(c, 1);
        var failure = GradCheck.Check(c.F, x, c.Eps, c.Atol);
        Assert.True(failure is null, $"{c.Name}: {failure}");
    }

    [Theory]
    [MemberData(nameof(All))]
    public void SecondOrder(Case c)
    {
        var x = Inputs(c, 2);
        var failure = GradCheck.CheckSecondOrder(c.F, x, c.Eps, c.Atol);
        Assert.True(failure is null, $"{c.Name}: {failure}");
    }

    [Fact]
    public void GradCheckDetectsAWrongDerivative()
    {
        // The checker must be able to fail: here autograd sees only part of how the output depends on x.
        var x = Tensor.FromArray([0.3, 0.7]).RequiresGrad_();
        var failure = GradCheck.Check(xs => xs[0].Detach().Exp() * xs[0].Detach() + xs[0] * 0.0, [x]);
        Assert.NotNull(failure);
    }

    /// <summary>Non-leaf inputs are checked like leaves (issue 10), first and second order, and a wrong
    /// derivative with respect to one is still found.</summary>
    [Fact]
    public void GradCheckAcceptsNonLeafInputs()
    {
        var leaf = Tensor.FromArray([0.3, -0.7, 1.1]).RequiresGrad_();
        var y = leaf * 2.0;
        Assert.False(y.IsLeaf);
        Assert.Null(GradCheck.Check(xs => (xs[0] * xs[0]).Sin(), [y]));
        Assert.Null(GradCheck.CheckSecondOrder(xs => (xs[0] * xs[0]).Sin(), [y]));
        Assert.NotNull(GradCheck.Check(xs => xs[0].Detach().Exp() + xs[0] * 0.0, [y]));
        var e = Assert.Throws<NativeGradException>(() => GradCheck.Check(xs => xs[0], [Tensor.FromArray([1.0])]));
        Assert.Equal("gradcheck expects float64 inputs that require grad", e.Message);
    }

    /// <summary>Every op has a row; every differentiable op is exercised by a gradcheck case (found by walking the graphs).</summary>
    [Fact]
    public void EveryOpIsDifferentiableAndCheckedOrMarkedNonDifferentiable()
    {
        var covered = new HashSet<OpKind>();
        foreach (var c in Cases)
        {
            var x = Inputs(c, 3);
            var y = c.F(x);
            Walk(y.GradFn, covered, new HashSet<Node>());
            // Derivative formulas run further ops (e.g. DivNoNan in norm's backward): record those too.
            var g = Engine.Grad([y], x, [y.OnesLike()], createGraph: true, allowUnused: true);
            foreach (var gi in g) if (gi?.GradFn is { } fn) Walk(fn, covered, new HashSet<Node>());
        }
        var missing = new List<string>();
        foreach (var kind in Enum.GetValues<OpKind>())
        {
            var row = OpTable.Get(kind);
            Assert.Equal(kind, row.Kind);
            Assert.False(string.IsNullOrEmpty(row.GradFnName));
            if (row.IsDifferentiable && !covered.Contains(kind)) missing.Add(kind.ToString());
        }
        Assert.True(missing.Count == 0, "differentiable ops without a gradcheck case: " + string.Join(", ", missing));
    }

    private static void Walk(Node? n, HashSet<OpKind> seen, HashSet<Node> visited)
    {
        if (n is null || !visited.Add(n)) return;
        if (n is OpNode op) seen.Add(op.Def.Kind);
        foreach (var e in n.NextFunctions) Walk(e.Node, seen, visited);
    }
}
