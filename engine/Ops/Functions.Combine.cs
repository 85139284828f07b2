namespace NativeGrad.Ops;

// Forwards of the ops declared in Declarations/Combine.cs: compositions of existing kernels run
// outside autograd and recorded as one node each, with PyTorch's node names.
internal static unsafe partial class Functions
{
    public static Tensor Addcmul(Tensor self, Tensor tensor1, Tensor tensor2, double value = 1)
    {
        self.CheckAlive(); tensor1.CheckAlive(); tensor2.CheckAlive();
        Tensor y;
        using (GradMode.Set(false))
        {
            // PyTorch's order: self + (value * tensor1) * tensor2 (the same roundings)
            using var s = value == 1 ? null : MulScalar(tensor1, value);
            using var p = Mul(s ?? tensor1, tensor2);
            y = Add(self, p);
        }
        RecordAddcmul(y, self, tensor1, tensor2, value);
        return y;
    }

    public static Tensor Addcmul_(Tensor self, Tensor tensor1, Tensor tensor2, double value = 1)
        => InPlace(self, tensor1.RequiresGrad ? tensor1 : tensor2, false, s => Addcmul(s, tensor1, tensor2, value));

    public static Tensor Addcdiv(Tensor self, Tensor tensor1, Tensor tensor2, double value = 1)
    {
        self.CheckAlive(); tensor1.CheckAlive(); tensor2.CheckAlive();
        if (!tensor1._dtype.IsFloating() && !tensor2._dtype.IsFloating())
            throw NativeGradException.Arg("Integer division with addcdiv is no longer supported, and in a future release addcdiv will perform a true division of tensor1 and tensor2. " +
                "The historic addcdiv behavior can be implemented as (input + value * torch.trunc(tensor1 / tensor2)).to(input.dtype) for integer inputs and as " +
                "(input + value * tensor1 / tensor2) for float inputs. The future addcdiv behavior is just the latter implementation: (input + value * tensor1 / tensor2), for all dtypes.");
        Tensor y;
        using (GradMode.Set(false))
        {
            // PyTorch's order: self + (value * tensor1) / tensor2 (the same roundings)
            using var s = value == 1 ? null : MulScalar(tensor1, value);
            using var q = Div(s ?? tensor1, tensor2);
            y = Add(self, q);
        }
        RecordAddcdiv(y, self, tensor1, tensor2, value);
        return y;
    }

    public static Tensor Addcdiv_(Tensor self, Tensor tensor1, Tensor tensor2, double value = 1)
        => InPlace(self, tensor1.RequiresGrad ? tensor1 : tensor2, false, s => Addcdiv(s, tensor1, tensor2, value));

    /// <summary>self + weight (end - self), computed from the nearer end as PyTorch does (exact at weight 0 and 1).</summary>
    public static Tensor Lerp(Tensor self, Tensor end, double weight)
    {
        self.CheckAlive(); end.CheckAlive();
        if (!self._dtype.IsFloating()) throw NativeGradException.DType($"\"lerp_kernel_scalar\" not implemented for '{self._dtype.TorchName()}'");
        if (end._dtype != self._dtype)
            throw NativeGradException.DType($"expected dtype {self._dtype.TorchName().ToLowerInvariant()} for `end` but got dtype {end._dtype.TorchName().ToLowerInvariant()}");
        Tensor y;
        using (GradMode.Set(false))
        {
            using var diff = Sub(end, self);
            if (Math.Abs(weight) < 0.5)
            {
                using var step = MulScalar(diff, weight);
                y = Add(self, step);
            }
            else
            {
                using var step = MulScalar(diff, 1 - weight);
                y = Sub(end, step);
            }
        }
        RecordLerp(y, self, end, weight);
        return y;
    }

    public static Tensor Lerp_(Tensor self, Tensor end, double weight) => InPlace(self, end, false, s => Lerp(s, end, weight));

    public static Tensor ClampMin(Tensor a, double min)
    {
        a.CheckAlive();
        if (a._dtype == DType.Bool) throw NativeGradException.DType("\"clamp_min_scalar_cpu\" not implemented for 'Bool'");
        var y = ClampRaw(a, min, null);
        RecordClampMin(y, a, min);
        return y;
    }

    public static Tensor ClampMin_(Tensor self, double min) => InPlace(self, null, true, s => ClampMin(s, min));

    public static Tensor ClampMax(Tensor a, double max)
    {
        a.CheckAlive();
        if (a._dtype == DType.Bool) throw NativeGradException.DType("\"clamp_max_scalar_cpu\" not implemented for 'Bool'");
        var y = ClampRaw(a, null, max);
        RecordClampMax(y, a, max);
        return y;
    }

    public static Tensor ClampMax_(Tensor self, double max) => InPlace(self, null, true, s => ClampMax(s, max));

    public static Tensor Amax(Tensor a, int[] dim, bool keepdim = false) { var y = SharedExtreme(a, dim, keepdim, true); RecordAmax(y, a, dim, keepdim); return y; }

    public static Tensor Amin(Tensor a, int[] dim, bool keepdim = false) { var y = SharedExtreme(a, dim, keepdim, false); RecordAmin(y, a, dim, keepdim); return y; }

    /// <summary>The max (or min) over the given dims (all when empty), reducing one dim at a time.</summary>
    private static Tensor SharedExtreme(Tensor a, int[] dim, bool keepdim, bool max)
    {
        a.CheckAlive();
        string name = max ? "amax" : "amin";
        if (a._dtype == DType.Bool) throw NativeGradException.DType($"\"{name}_cpu\" not implemented for 'Bool'");
        var dims = ReduceDims(a, dim);
        if (dims.Distinct().Count() != dims.Length)
            throw NativeGradException.Arg($"dim {dims.GroupBy(d => d).First(g => g.Count() > 1).Key} appears multiple times in the list of dims");
        foreach (int d in dims)
            if (a._shape[d] == 0)
                throw NativeGradException.Index($"{name}(): Expected reduction dim {d} to have non-zero size.");
        using var _ = GradMode.Set(false);
        // Every dim at once: one pass over the elements.
        if (dims.Length == a.Dim && a.Dim > 0)
            return ExtremeAll(a, max, keepdim ? Enumerable.Repeat(1, a.Dim).ToArray() : []);
        Tensor cur = CastRaw(a, a._dtype);
        foreach (int d in dims)
        {
            var (v, idx) = ExtremeRaw(cur, d, true, max);
            idx.Dispose();
            cur.Dispose();
            cur = v;
        }
        if (keepdim || dims.Length == 0) return cur;
        var shape = Enumerable.Range(0, a.Dim).Where(d => !dims.Contains(d)).Select(d => a._shape[d]).ToArray();
        var y = CastRaw(cur.Reshape(shape.Select(s => (long)s).ToArray()), a._dtype);
        cur.Dispose();
        return y;
    }

    /// <summary>amax/amin's derivative: the kept-dim gradient shared evenly by the elements equal to the extreme.</summary>
    internal static Tensor SharedExtremeGrad(Tensor grad, Tensor self, Tensor result, int[] dim, bool keepdim)
    {
        var dims = ReduceDims(self, dim);
        var r = KeptDims(result, self._shape, dims, keepdim);
        var g = KeptDims(grad, self._shape, dims, keepdim);
        using var eq = Compare(CompareOp.Eq, self, r);
        var mask = CastRaw(eq, grad._dtype);
        using var count = SumRaw(mask, dims, true);
        return Mul(mask, Div(g, count));
    }
}
