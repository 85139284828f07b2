using NativeGrad.Kernels;

namespace NativeGrad.Ops;

// Smooth L1 and Huber losses, constant padding, embedding and one_hot.
internal static unsafe partial class Functions
{
    /// <summary>Smooth L1 (SmoothL1LossBackward0), with beta &gt;= 0; beta 0 is the L1 loss.</summary>
    public static Tensor SmoothL1Loss(Tensor self, Tensor target, Reduction reduction = Reduction.Mean, double beta = 1.0)
    {
        var r = CheckLoss(self, target, "smooth_l1_loss", reduction);
        if (!(beta >= 0)) throw NativeGradException.Arg("smooth_l1_loss does not support negative values for beta.");
        var y = RobustLossRaw(self, target, r, beta, huber: false);
        RecordSmoothL1Loss(y, self, target, r, beta);
        return y;
    }

    /// <summary>Huber loss (HuberLossBackward0), with delta &gt; 0.</summary>
    public static Tensor HuberLoss(Tensor self, Tensor target, Reduction reduction = Reduction.Mean, double delta = 1.0)
    {
        var r = CheckLoss(self, target, "huber_loss", reduction);
        if (!(delta > 0)) throw NativeGradException.Arg("huber_loss does not support non-positive values for delta.");
        var y = RobustLossRaw(self, target, r, delta, huber: true);
        RecordHuberLoss(y, self, target, r, delta);
        return y;
    }

    /// <summary>The elementwise loss (quadratic inside |d| &lt; beta, linear outside), reduced, outside autograd.</summary>
    private static Tensor RobustLossRaw(Tensor x, Tensor t, Reduction r, double beta, bool huber)
    {
        using var _ = GradMode.Set(false);
        using var scope = new TensorScope();
        var d = Sub(x, t);
        var ad = Abs(d);
        Tensor e;
        if (!huber && beta == 0) e = ad;
        else
        {
            var inside = CompareScalar(CompareOp.Lt, ad, beta);
            var quad = MulScalar(Mul(d, d), huber ? 0.5 : 0.5 / beta);
            var lin = huber ? MulScalar(SubScalar(ad, 0.5 * beta), beta) : SubScalar(ad, 0.5 * beta);
            e = Where(inside, quad, lin);
        }
        return scope.Keep(ReduceRaw(CastRaw(e, e._dtype), r));
    }

    /// <summary>The gradient of smooth L1 / Huber: where(|d| &lt; beta, d / beta, sign d) (Huber: d, delta sign d),
    /// scaled for the mean; made of differentiable ops.</summary>
    internal static Tensor?[] RobustLossBackward(Tensor grad, Tensor x, Tensor t, Reduction r, double beta, bool huber, Needs needs)
    {
        var d = Sub(x, t);
        var sign = Sign(d);
        Tensor slope;
        if (!huber && beta == 0) slope = sign;
        else
        {
            var inside = CompareScalar(CompareOp.Lt, Abs(d), beta);
            slope = Where(inside, huber ? d : DivScalar(d, beta), huber ? MulScalar(sign, beta) : sign);
        }
        var g = Mul(grad, slope);
        if (r == Reduction.Mean) g = DivScalar(g, Math.Max(1, Shape.Numel(x._shape)));
        return [needs[0] ? g : null, needs[1] ? Neg(g) : null];
    }

    /// <summary>constant_pad_nd (ConstantPadNdBackward0): pad = (left, right) pairs from the last dim backwards;
    /// negative amounts crop.</summary>
    public static Tensor ConstantPadNd(Tensor self, int[] pad, double value = 0)
    {
        self.CheckAlive();
        if (pad.Length % 2 != 0) throw NativeGradException.Arg("Length of pad must be even but instead it equals " + pad.Length);
        if (pad.Length / 2 > self.Dim)
            throw NativeGradException.Arg($"Length of pad should be no more than twice the number of dimensions of the input. Pad length is {pad.Length} while the input has {self.Dim} dimensions.");
        var outShape = (int[])self._shape.Clone();
        var srcStart = new int[self.Dim];
        var dstStart = new int[self.Dim];
        var len = (int[])self._shape.Clone();
        for (int i = 0; i < pad.Length / 2; i++)
        {
            int d = self.Dim - 1 - i, left = pad[2 * i], right = pad[2 * i + 1];
            long size = (long)self._shape[d] + left + right;
            if (size < 0)
                throw NativeGradException.Arg($"The input size {self._shape[d]}, plus negative padding {left} and {right} resulted in a negative output size, which is invalid. Check dimension {d} of your input.");
            outShape[d] = checked((int)size);
            srcStart[d] = Math.Max(0, -left);
            dstStart[d] = Math.Max(0, left);
            len[d] = Math.Max(0, self._shape[d] - Math.Max(0, -left) - Math.Max(0, -right));
        }
        var y = Tensor.Full(outShape, value, self._dtype);
        if (Shape.Numel(len) > 0)
        {
            long srcOff = self._offset, dstOff = 0;
            var ys = Shape.ContiguousStrides(outShape);
            for (int d = 0; d < self.Dim; d++) { srcOff += (long)srcStart[d] * self._strides[d]; dstOff += (long)dstStart[d] * ys[d]; }
            using var src = self.Alias(len, self._strides, srcOff, track: false);
            using var dst = y.Alias(len, ys, dstOff, track: false);
            CopyStrided(dst, src);
        }
        RecordConstantPadNd(y, self, pad, value);
        return y;
    }

    /// <summary>Rows of weight picked by int64 indices of any shape: [..., dim] (EmbeddingBackward0).</summary>
    public static Tensor Embedding(Tensor weight, Tensor indices, int paddingIdx = -1)
    {
        weight.CheckAlive(); indices.CheckAlive();
        if (weight.Dim != 2) throw NativeGradException.Shape($"embedding: weight must be 2-D, got {Shape.Str(weight._shape)}");
        if (indices._dtype != DType.Int64)
            throw NativeGradException.DType($"Expected tensor for argument #1 'indices' to have one of the following scalar types: Long, Int; but got torch.{DTypeName(indices._dtype)}Tensor instead (while checking arguments for embedding)");
        Tensor y;
        using (GradMode.Set(false))
        using (var flat = Reshape(indices, [checked((int)indices.Numel)]))
        using (var rows = IndexSelect(weight, 0, flat))
            y = Reshape(rows, [.. indices._shape, weight._shape[1]]);
        RecordEmbedding(y, weight, indices, paddingIdx);
        return y;
    }

    /// <summary>embedding's gradient: the rows of grad added into zeros of the weight's shape at their indices,
    /// none at padding_idx.</summary>
    internal static Tensor EmbeddingBackward(Tensor grad, int[] weightShape, Tensor indices, int paddingIdx)
    {
        var flat = Reshape(indices, [checked((int)indices.Numel)]);
        var g = Reshape(grad, [checked((int)indices.Numel), weightShape[1]]);
        if (paddingIdx >= 0)
        {
            using var zero = Tensor.Zeros([], g._dtype);
            g = Where(Unsqueeze(CompareScalar(CompareOp.Eq, flat, paddingIdx), 1), zero, g);
        }
        return IndexAdd(Tensor.Zeros(weightShape, grad._dtype), 0, flat, g);
    }

    /// <summary>One-hot int64 encoding of class indices: [..., numClasses] (numClasses -1: max + 1).</summary>
    public static Tensor OneHot(Tensor self, int numClasses = -1)
    {
        self.CheckAlive();
        if (self._dtype != DType.Int64) throw NativeGradException.Arg("one_hot is only applicable to index tensor.");
        var ic = ContiguousAs(self, DType.Int64);
        try
        {
            long* ip = ic.DataPtr<long>();
            long n = ic.Numel, max = -1;
            for (long i = 0; i < n; i++)
            {
                if (ip[i] < 0) throw NativeGradException.Arg("Class values must be non-negative.");
                max = Math.Max(max, ip[i]);
            }
            if (numClasses == -1)
            {
                if (n == 0) throw NativeGradException.Arg("Can not infer total number of classes from empty tensor.");
                numClasses = checked((int)(max + 1));
            }
            else if (numClasses < 1 && !(numClasses == 0 && n == 0)) throw NativeGradException.Arg($"num_classes should be positive, got {numClasses}");
            else if (max >= numClasses) throw NativeGradException.Arg("Class values must be smaller than num_classes.");
            var y = Tensor.Zeros([.. self._shape, numClasses], DType.Int64);
            long* yp = y.DataPtr<long>();
            for (long i = 0; i < n; i++) yp[i * numClasses + ip[i]] = 1;
            return y;
        }
        finally { if (!ReferenceEquals(ic, self)) ic.Dispose(); }
    }
}
