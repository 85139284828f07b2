using F = NativeGrad.Ops.Functions;

namespace NativeGrad.Ops;

// Joining, gathering and selecting ops, and the products.
internal static partial class Derivatives
{
    /// <summary>Joins tensors along an existing dim.</summary>
    [Op("cat(Tensor[] tensors, int dim) -> Tensor", Expose = Expose.None, Batch = BatchRule.Aware)]
    internal static Tensor?[] Cat(Tensor grad, int[][] tensorsShape, int dim, Needs needs) => F.CatBackward(grad, tensorsShape, dim, needs);

    /// <summary>Joins equal-shaped tensors along a new dim.</summary>
    [Op("stack(Tensor[] tensors, int dim) -> Tensor", Expose = Expose.None, Batch = BatchRule.Aware)]
    internal static Tensor?[] Stack(Tensor grad, int[][] tensorsShape, int dim, Needs needs)
    {
        var r = new Tensor?[tensorsShape.Length];
        for (int i = 0; i < r.Length; i++)
            r[i] = needs[i] ? F.Reshape(F.Narrow(grad, Batching.Dim(dim), i, 1), Batching.Shape(tensorsShape[i])) : null;
        return r;
    }

    /// <summary>Elementwise maximum; ties split the gradient.</summary>
    [Op("maximum(Tensor self, Tensor other) -> Tensor", Expose = Expose.None, Batch = BatchRule.Broadcast)]
    internal static Tensor?[] Maximum(Tensor grad, Tensor self, Tensor other, Needs needs) => F.ExtremeBackward(grad, self, other, needs, max: true);

    /// <summary>Elementwise minimum; ties split the gradient.</summary>
    [Op("minimum(Tensor self, Tensor other) -> Tensor", Expose = Expose.None, Batch = BatchRule.Broadcast)]
    internal static Tensor?[] Minimum(Tensor grad, Tensor self, Tensor other, Needs needs) => F.ExtremeBackward(grad, self, other, needs, max: false);

    /// <summary>self where condition, else other.</summary>
    [Op("where.self(BoolTensor condition, Tensor self, Tensor other) -> Tensor", Expose = Expose.None, Batch = BatchRule.Broadcast)]
    internal static Tensor?[] Where(Tensor grad, Tensor condition, Needs needs)
    {
        using var zero = Tensor.Zeros([], grad._dtype);
        return [needs[0] ? F.Where(condition, grad, zero) : null, needs[1] ? F.Where(condition, zero, grad) : null];
    }

    /// <summary>Values along dim at the positions in index.</summary>
    [Op("gather(Tensor self, int dim, IntTensor index) -> Tensor", Expose = Expose.None)]
    internal static Tensor Gather(Tensor grad, int[] selfShape, int dim, Tensor index)
        => F.ScatterAdd(Tensor.Zeros(selfShape, grad._dtype), dim, index, grad);

    /// <summary>A copy of self with src added at the positions in index along dim.</summary>
    [Op("scatter_add(Tensor self, int dim, IntTensor index, Tensor src) -> Tensor", Expose = Expose.None)]
    internal static Tensor?[] ScatterAdd(Tensor grad, int dim, Tensor index, Needs needs)
        => [needs[0] ? grad : null, needs[1] ? F.Gather(grad, dim, index) : null];

    /// <summary>The slices of self along dim at the positions in index.</summary>
    [Op("index_select(Tensor self, int dim, IntTensor index) -> Tensor", Expose = Expose.None, Batch = BatchRule.Aware)]
    internal static Tensor IndexSelect(Tensor grad, int[] selfShape, int dim, Tensor index)
        => F.IndexAdd(Tensor.Zeros(Batching.Shape(selfShape), grad._dtype), Batching.Dim(dim), index, grad);

    /// <summary>A copy of self with source's slices added at the positions in index along dim.</summary>
    [Op("index_add(Tensor self, int dim, IntTensor index, Tensor source) -> Tensor", Expose = Expose.None, Batch = BatchRule.Aware)]
    internal static Tensor?[] IndexAdd(Tensor grad, int dim, Tensor index, Needs needs)
        => [needs[0] ? grad : null, needs[1] ? F.IndexSelect(grad, Batching.Dim(dim), index) : null];

    /// <summary>Matrix product.</summary>
    // Batched: each sample's g @ mat2^T and mat1^T @ g, all samples in one product (Batching.Matmul*).
    [Op("mm(Tensor self, Tensor mat2) -> Tensor", Expose = Expose.None, Batch = BatchRule.Aware)]
    internal static Tensor?[] Mm(Tensor grad, SavedTensor self, SavedTensor mat2, Needs needs, OpNode node)
        => Batching.On ? [needs[0] ? Batching.MatmulRight(grad, F.T(mat2.Unpack(node))) : null,
                          needs[1] ? Batching.MatmulLeft(F.T(self.Unpack(node)), grad) : null]
            : [needs[0] ? F.MmGradMat1(grad, mat2.Unpack(node), F.SavedColumnMajor(self, node)) : null,
               needs[1] ? F.MmGradMat2(grad, self.Unpack(node), F.SavedColumnMajor(mat2, node)) : null];

    /// <summary>Matrix-vector product.</summary>
    // Batched: the outer products g_b vec^T by broadcasting, and self^T g_b for all samples as g @ self.
    [Op("mv(Tensor self, Tensor vec) -> Tensor", Expose = Expose.None, Batch = BatchRule.Aware)]
    internal static Tensor?[] Mv(Tensor grad, Tensor self, Tensor vec, Needs needs)
        => Batching.On ? [needs[0] ? F.Mul(F.Unsqueeze(grad, -1), vec) : null, needs[1] ? F.Mm(grad, self) : null]
            : [needs[0] ? F.Mm(F.Unsqueeze(grad, 1), F.Unsqueeze(vec, 0)) : null, needs[1] ? F.Mv(F.T(self), grad) : null];

    /// <summary>Batched matrix product.</summary>
    // Batched: matmul broadcasts the factors over the samples.
    [Op("bmm(Tensor self, Tensor mat2) -> Tensor", Batch = BatchRule.Aware)]
    internal static Tensor?[] Bmm(Tensor grad, Tensor self, Tensor mat2, Needs needs)
        => Batching.On ? [needs[0] ? F.Matmul(grad, F.Transpose(mat2, 1, 2)) : null, needs[1] ? F.Matmul(F.Transpose(self, 1, 2), grad) : null]
            : [needs[0] ? F.Bmm(grad, F.Transpose(mat2, 1, 2)) : null, needs[1] ? F.Bmm(F.Transpose(self, 1, 2), grad) : null];

    /// <summary>Dot product of two vectors.</summary>
    [Op("dot(Tensor self, Tensor tensor) -> Tensor", Expose = Expose.None, Batch = BatchRule.Broadcast)]
    internal static Tensor?[] Dot(Tensor grad, Tensor self, Tensor tensor, Needs needs)
        => [needs[0] ? F.Mul(grad, tensor) : null, needs[1] ? F.Mul(grad, self) : null];

    /// <summary>bias + mat1 @ mat2.</summary>
    [Op("addmm(Tensor self, Tensor mat1, Tensor mat2) -> Tensor", Expose = Expose.None, Batch = BatchRule.Aware)]
    internal static Tensor?[] Addmm(Tensor grad, SavedTensor mat1, SavedTensor mat2, Needs needs, OpNode node)
        => Batching.On ? [needs[0] ? grad : null,
                          needs[1] ? Batching.MatmulRight(grad, F.T(mat2.Unpack(node))) : null,
                          needs[2] ? Batching.MatmulLeft(F.T(mat1.Unpack(node)), grad) : null]
            : [needs[0] ? grad : null,
            needs[1] ? F.MmGradMat1(grad, mat2.Unpack(node), F.SavedColumnMajor(mat1, node)) : null,
            needs[2] ? F.MmGradMat2(grad, mat1.Unpack(node), F.SavedColumnMajor(mat2, node)) : null];

    /// <summary>Mean squared error.</summary>
    [Op("mse_loss(Tensor self, Tensor target, Reduction reduction) -> Tensor", Expose = Expose.None, Batch = BatchRule.Broadcast)]
    internal static Tensor?[] MseLoss(Tensor grad, Tensor self, Tensor target, Reduction reduction, Needs needs)
    {
        var d = F.MulScalar(F.Mul(grad, F.Sub(self, target)), reduction == Reduction.Mean ? 2.0 / Shape.Numel(self._shape) : 2.0);
        return [needs[0] ? d : null, needs[1] ? F.Neg(d) : null];
    }

    /// <summary>Binary cross-entropy on logits.</summary>
    [Op("binary_cross_entropy_with_logits(Tensor self, Tensor target, Reduction reduction) -> Tensor", Node = "BinaryCrossEntropyWithLogitsBackward0", Expose = Expose.None, Batch = BatchRule.Broadcast)]
    internal static Tensor?[] BceWithLogits(Tensor grad, Tensor self, Tensor target, Reduction reduction, Needs needs)
    {
        double scale = reduction == Reduction.Mean ? 1.0 / Shape.Numel(self._shape) : 1.0;
        return [needs[0] ? F.MulScalar(F.Mul(grad, F.Sub(F.Sigmoid(self), target)), scale) : null,
                needs[1] ? F.MulScalar(F.Mul(grad, F.Neg(self)), scale) : null];
    }
}
