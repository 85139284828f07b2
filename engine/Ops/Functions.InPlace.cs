using NativeGrad.Kernels;

namespace NativeGrad.Ops;

// In-place ops (add_, mul_, exp_, zero_, copy_, ...), recorded as PyTorch records them: the result is
// computed by the out-of-place op on a snapshot of self that carries self's history, written into
// self's memory (bumping the version counter views share), and self's grad_fn is rebased onto the
// new node (y = x * 2; y.add_(1) gives AddBackward0 -> MulBackward0).
internal static unsafe partial class Functions
{
    public static Tensor Add_(Tensor self, Tensor other)
        => WritesDirectly(self, other, ResultType(self, other)) ? Direct<AddOp<float>, AddOp<double>, AddOp<long>>(self, other)
            : InPlace(self, other, false, s => Add(s, other));
    public static Tensor Sub_(Tensor self, Tensor other)
        => WritesDirectly(self, other, ResultType(self, other)) ? Direct<SubOp<float>, SubOp<double>, SubOp<long>>(self, other)
            : InPlace(self, other, false, s => Sub(s, other));
    public static Tensor Mul_(Tensor self, Tensor other)
        => WritesDirectly(self, other, ResultType(self, other)) ? Direct<MulOp<float>, MulOp<double>, MulOp<long>>(self, other)
            : InPlace(self, other, true, s => Mul(s, other));
    public static Tensor Div_(Tensor self, Tensor other)
        => WritesDirectly(self, other, FloatResult(ResultType(self, other))) ? Direct<DivOp<float>, DivOp<double>, NoLongOp>(self, other)
            : InPlace(self, other, true, s => Div(s, other));
    public static Tensor Pow_(Tensor self, Tensor other) => InPlace(self, other, true, s => Pow(s, other));
    public static Tensor AddScalar_(Tensor self, double v)
        => WritesDirectly(self, null, ScalarResult(self, v, false)) ? DirectScalar<AddOp<float>, AddOp<double>, AddOp<long>>(self, v)
            : InPlace(self, null, false, s => AddScalar(s, v));
    public static Tensor SubScalar_(Tensor self, double v)
        => WritesDirectly(self, null, ScalarResult(self, v, false)) ? DirectScalar<SubOp<float>, SubOp<double>, SubOp<long>>(self, v)
            : InPlace(self, null, false, s => SubScalar(s, v));
    public static Tensor MulScalar_(Tensor self, double v)
        => WritesDirectly(self, null, ScalarResult(self, v, false)) ? DirectScalar<MulOp<float>, MulOp<double>, MulOp<long>>(self, v)
            : InPlace(self, null, false, s => MulScalar(s, v));
    public static Tensor DivScalar_(Tensor self, double v)
        => WritesDirectly(self, null, ScalarResult(self, v, true)) ? DirectScalar<DivOp<float>, DivOp<double>, NoLongOp>(self, v)
            : InPlace(self, null, false, s => DivScalar(s, v));

    // Nothing to record: the elementwise drivers write the result straight into self (they load each
    // input vector before storing, so self as input and output is safe). One pass, no temporary and no
    // copy back. Anything else takes InPlace's path.
    private static bool WritesDirectly(Tensor self, Tensor? other, DType result)
    {
        self.CheckAlive();
        other?.CheckAlive();
        if (GradMode.IsEnabled && (self.RequiresGrad || other is { RequiresGrad: true } || self._base is { RequiresGrad: true })) return false;
        if (self._isInference && !InferenceMode.IsEnabled) return false;
        if (result != self._dtype || self._dtype == DType.Bool || !self.IsContiguous || self.Numel == 0) return false;
        if (other is null) return true;
        if (other.Dim > self.Dim) return false;
        for (int i = 1; i <= other.Dim; i++)
            if (other._shape[^i] != self._shape[^i] && other._shape[^i] != 1) return false;
        // Another view of self's memory would be read after being written; self itself is fine.
        return !ReferenceEquals(other._storage, self._storage)
            || (other._offset == self._offset && other.IsContiguous && Shape.Equal(other._shape, self._shape));
    }

    private static Tensor Direct<TF, TD, TL>(Tensor self, Tensor other)
        where TF : IBinaryOp<float> where TD : IBinaryOp<double> where TL : IBinaryOp<long>
    {
        var z = As(other, self._dtype, out bool copied);
        try
        {
            switch (self._dtype)
            {
                case DType.Float32: Binary<TF, float>(self, z, self); break;
                case DType.Float64: Binary<TD, double>(self, z, self); break;
                default: Binary<TL, long>(self, z, self); break;
            }
        }
        finally { if (copied) z.Dispose(); }
        self.BumpVersion();
        return self;
    }

    private static Tensor DirectScalar<TF, TD, TL>(Tensor self, double v)
        where TF : IBinaryOp<float> where TD : IBinaryOp<double> where TL : IBinaryOp<long>
    {
        switch (self._dtype)
        {
            case DType.Float32: Scalar<TF, float>(self, (float)v, false, self); break;
            case DType.Float64: Scalar<TD, double>(self, v, false, self); break;
            default: Scalar<TL, long>(self, (long)v, false, self); break;
        }
        self.BumpVersion();
        return self;
    }
    public static Tensor PowScalar_(Tensor self, double v) => InPlace(self, null, true, s => PowScalar(s, v));
    public static Tensor Neg_(Tensor self) => InPlace(self, null, false, Neg);
    public static Tensor Relu_(Tensor self) => InPlace(self, null, false, Relu);
    public static Tensor Clamp_(Tensor self, double? min, double? max) => InPlace(self, null, true, s => Clamp(s, min, max));
    public static Tensor Zero_(Tensor self) => Fill_(self, 0, zero: true);
    public static Tensor Fill_(Tensor self, double v) => Fill_(self, v, zero: false);

    private static Tensor Fill_(Tensor self, double v, bool zero)
    {
        self.CheckAlive();
        Tensor.CheckFillValue(v, self._dtype);
        // Nothing to record (e.g. zeroing a .grad): write the value directly, one pass, no temporary.
        if (!GradMode.IsEnabled || !self.RequiresGrad)
        {
            FillInPlace(self, v);
            return self;
        }
        return InPlace(self, null, false, s => Filled(zero, s, v));
    }

    /// <summary>self.copy_(src): src broadcast to self's shape and converted to self's dtype (CopyBackwards).</summary>
    public static Tensor Copy_(Tensor self, Tensor src) => InPlace(self, src, false, s => CopyFrom(s, src), anyCast: true);

    private static Tensor Filled(bool zero, Tensor s, double v)
    {
        var y = Tensor.Full(s._shape, v, s._dtype);
        if (zero) RecordZero(y, s);
        else RecordFill(y, s, v);
        return y;
    }

    private static Tensor CopyFrom(Tensor s, Tensor src)
    {
        src.CheckAlive();
        var shape = Shape.Broadcast(src._shape, s._shape);
        if (!Shape.Equal(shape, s._shape))
            throw NativeGradException.Shape($"output with shape {Shape.Str(s._shape)} doesn't match the broadcast shape {Shape.Str(shape)}");
        using var view = src.Alias(s._shape, BroadcastStrides(src, s._shape), src._offset, track: false);
        var y = Tensor.Empty(s._shape, s._dtype);
        Kernels.Fill.CopyToContiguous(view, y.Ptr, s._dtype);
        RecordCopyFrom(y, s, src);
        return y;
    }

    private static Tensor InPlace(Tensor self, Tensor? other, bool savesSelf, Func<Tensor, Tensor> op, bool anyCast = false)
    {
        self.CheckAlive();
        other?.CheckAlive();
        self.CheckInplace();
        bool gradMode = GradMode.IsEnabled;
        if (gradMode && self.IsLeaf && self._requiresGrad)
            throw NativeGradException.Autograd("a leaf Variable that requires grad is being used in an in-place operation.");
        // A view taken before its base became a leaf that requires grad counts as requiring grad (PyTorch).
        if (gradMode && self._base is { IsLeaf: true, _requiresGrad: true })
            throw NativeGradException.Autograd("a view of a leaf Variable that requires grad is being used in an in-place operation.");
        bool record = gradMode && (self.RequiresGrad || other is { RequiresGrad: true });
        if (record && self._multiOutputView)
            throw NativeGradException.Autograd(
                $"Output {self._outputNr} of {self._gradFn?.Name} is a view and is being modified inplace. This view is the output of a function that returns multiple views. " +
                "Such functions do not allow the output views to be modified inplace. You should replace the inplace operation by an out-of-place one.");
        Tensor? viewBase = null;
        if (record && self._base is { } b)
        {
            if (b.IsLeaf && b._requiresGrad)
                throw NativeGradException.Autograd("a view of a leaf Variable that requires grad is being used in an in-place operation.");
            for (int i = 0; i < self.Dim; i++)
                if (self._strides[i] == 0 && self._shape[i] > 1)
                    throw NativeGradException.Autograd("unsupported operation: more than one element of the written-to tensor refers to a single memory location. Please clone() the tensor before performing the operation.");
            if (!b.IsContiguous)
                throw NativeGradException.Autograd(
                    "in-place operation on a view of a non-contiguous tensor that takes part in autograd is not supported by NativeGrad yet; " +
                    "use the out-of-place op, or clone() the view first");
            viewBase = b;
        }
        var input = record ? SnapshotWithHistory(self, copy: savesSelf) : self;
        Tensor? r = null;
        try
        {
            r = op(input);
            if (!Shape.Equal(r._shape, self._shape))
                throw NativeGradException.Shape($"output with shape {Shape.Str(self._shape)} doesn't match the broadcast shape {Shape.Str(r._shape)}");
            if (r._dtype != self._dtype)
            {
                if (!anyCast && !CanCast(r._dtype, self._dtype))
                    throw NativeGradException.DType($"result type {ScalarTypeName(r._dtype)} can't be cast to the desired output type {ScalarTypeName(self._dtype)}");
                var c = record ? To(r, self._dtype) : CastRaw(r, self._dtype);
                r.Dispose();
                r = c;
            }
            CopyInto(self, r);   // bumps the version
            if (viewBase is not null) RebaseView(self, viewBase, r);
            else if (record) Rebase(self, r);
            return self;
        }
        finally
        {
            r?.Dispose();
            if (!ReferenceEquals(input, self)) input.Dispose();
        }
    }

    /// <summary>After an in-place write to view v of base b (PyTorch's CopySlices): b's new history is
    /// "b's old value with v's region replaced by r", and v becomes an as_strided view of the new b.</summary>
    private static void RebaseView(Tensor v, Tensor b, Tensor r)
    {
        var geo = Geometry(v, b);
        using (var bOld = SnapshotWithHistory(b, copy: false))
        using (var nb = b.Alias(b._shape, b._strides, b._offset, track: false))
        {
            RecordCopySlices(nb, bOld, r, geo);
            Rebase(b, nb);
        }
        using var nv = AsStrided(b, geo);
        Rebase(v, nv);
    }

    /// <summary>v's shape, strides and offset relative to its contiguous base b: [ndim, shape.., strides.., offset].</summary>
    private static long[] Geometry(Tensor v, Tensor b)
    {
        int n = v.Dim;
        var g = new long[2 * n + 2];
        g[0] = n;
        for (int i = 0; i < n; i++) { g[1 + i] = v._shape[i]; g[1 + n + i] = v._strides[i]; }
        g[2 * n + 1] = v._offset - b._offset;
        return g;
    }

    private static (int[] Shape, int[] Strides, long Offset) Decode(long[] geo)
    {
        int n = (int)geo[0];
        var shape = new int[n]; var strides = new int[n];
        for (int i = 0; i < n; i++) { shape[i] = (int)geo[1 + i]; strides[i] = (int)geo[1 + n + i]; }
        return (shape, strides, geo[2 * n + 1]);
    }

    /// <summary>A view of (a contiguous copy of) a with the geometry <paramref name="geo"/> (AsStridedBackward0).</summary>
    internal static Tensor AsStrided(Tensor a, long[] geo)
    {
        a.CheckAlive();
        var c = a.IsContiguous ? a : Clone(a);
        try
        {
            var (shape, strides, off) = Decode(geo);
            var y = ViewOf(c, shape, strides, c._offset + off);
            RecordAsStrided(y, c, geo);
            return y;
        }
        finally { if (!ReferenceEquals(c, a)) c.Dispose(); }
    }

    /// <summary>g written into zeros of <paramref name="baseShape"/> at the region <paramref name="geo"/> (the gradient of AsStrided).</summary>
    internal static Tensor AsStridedScatter(Tensor g, int[] baseShape, long[] geo)
    {
        var z = Tensor.Zeros(baseShape, g._dtype);
        var (shape, strides, off) = Decode(geo);
        using (var part = z.Alias(shape, strides, off, track: false)) CopyStrided(part, g);
        RecordAsStridedScatter(z, g, baseShape, geo);
        return z;
    }

    /// <summary>A tensor standing for self's value before the write, with self's grad_fn: an alias when the
    /// op does not save self, else a copy (the write must not change what backward reads).</summary>
    private static Tensor SnapshotWithHistory(Tensor self, bool copy)
    {
        var t = copy ? CastRaw(self, self._dtype) : self.Alias(self._shape, self._strides, self._offset);
        if (self._gradFn is { } fn)
        {
            fn.IncRef();
            t._gradFn = fn;
            t._outputNr = self._outputNr;
        }
        return t;
    }

    /// <summary>Moves the node that made r onto self; an output the node saved is self from now on.</summary>
    private static void Rebase(Tensor self, Tensor r)
    {
        var node = r._gradFn;
        if (node is null) return;
        var old = self._gradFn;
        self._gradFn = node;
        self._outputNr = r._outputNr;
        r._gradFn = null;   // r's reference to the node now belongs to self
        if (old is not null)
        {
            old.ForgetRetained(self);
            old.DecRef();
        }
        if (self._retainsGrad || self._hooks is not null) node.RetainGradFor(self, hookOnly: !self._retainsGrad);
        if (node is OpNode { SavedResult: { } saved } op)
        {
            saved.Release();
            op.SavedResult = new SavedTensor(self, isOutput: true);
        }
    }

    /// <summary>PyTorch's canCast: no float to integral, no non-bool to bool.</summary>
    private static bool CanCast(DType from, DType to)
        => !(from.IsFloating() && !to.IsFloating()) && !(from != DType.Bool && to == DType.Bool);

    private static string ScalarTypeName(DType d) => d.ScalarName();
}
