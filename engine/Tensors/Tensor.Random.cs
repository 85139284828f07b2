using NativeGrad.Ops;

namespace NativeGrad;

// Random tensors and in-place random fills, with PyTorch's values for the same generator state
// (see Generator and Sampling). A null generator means Generator.Default.
public sealed partial class Tensor
{
    /// <summary>A random permutation of 0..n-1 (torch.randperm), int64 unless <paramref name="dtype"/> says otherwise.</summary>
    public static Tensor Randperm(long n, DType dtype = DType.Int64, Generator? generator = null)
        => Sampling.Randperm(n, dtype, generator);

    /// <summary>Normal samples of the given shape (torch.normal(mean, std, size)).</summary>
    public static Tensor Normal(double mean, double std, int[] shape, DType dtype = DType.Float32, Generator? generator = null)
    {
        if (!dtype.IsFloating()) throw NativeGradException.DType($"\"normal_kernel_cpu\" not implemented for '{Sampling.ScalarName(dtype)}'");
        var t = Empty(NativeGrad.Shape.Checked(shape), dtype);
        try { Sampling.Normal_(t, mean, std, generator); }
        catch { t.Dispose(); throw; }
        return t;
    }

    /// <summary>torch.normal(mean, std) with a tensor of means and a tensor of standard deviations (broadcast
    /// together; the result has mean's dtype): standard normals, times std, plus mean. Its gradient is zero
    /// (grad_fn NormalBackward3).</summary>
    public static Tensor Normal(Tensor mean, Tensor std, Generator? generator = null)
    {
        mean.CheckAlive(); std.CheckAlive();
        CheckStdTensor(std);
        var shape = NativeGrad.Shape.Broadcast(mean._shape, std._shape);
        return ZeroGradSample("NormalBackward3", [mean, std], () =>
        {
            var y = Normal(0, 1, shape, mean._dtype, generator);
            Functions.Mul_(y, std);
            Functions.Add_(y, mean);
            return y;
        });
    }

    /// <summary>torch.normal(mean, std) with a tensor of means: normals scaled by std, plus mean (NormalBackward1).</summary>
    public static Tensor Normal(Tensor mean, double std, Generator? generator = null)
    {
        mean.CheckAlive();
        if (!(std >= 0)) throw NativeGradException.Arg($"normal expects std >= 0.0, but found std {Sampling.Cpp(std)}");
        return ZeroGradSample("NormalBackward1", [mean], () =>
        {
            var y = Normal(0, std, mean._shape, mean._dtype, generator);
            Functions.Add_(y, mean);
            return y;
        });
    }

    /// <summary>torch.normal(mean, std) with a tensor of standard deviations: standard normals times std, plus
    /// mean (NormalBackward2; the result has std's dtype).</summary>
    public static Tensor Normal(double mean, Tensor std, Generator? generator = null)
    {
        std.CheckAlive();
        CheckStdTensor(std);
        return ZeroGradSample("NormalBackward2", [std], () =>
        {
            var y = Normal(0, 1, std._shape, std._dtype, generator);
            Functions.Mul_(y, std);
            using var m = Full([], mean, std._dtype);
            Functions.Add_(y, m);
            return y;
        });
    }

    private static void CheckStdTensor(Tensor std)
    {
        // torch checks std.min() >= 0, so a NaN fails too
        foreach (double v in std.ToDoubleArray())
            if (!(v >= 0)) throw NativeGradException.Arg("normal expects all elements of std >= 0.0");
    }

    /// <summary>Runs a sampler whose result does not depend differentiably on its tensor arguments: when one
    /// requires grad, the result gets a node of PyTorch's name whose gradients are zeros.</summary>
    private static Tensor ZeroGradSample(string gradFn, Tensor[] inputs, Func<Tensor> sample)
    {
        if (!GradMode.IsEnabled || !inputs.Any(t => t.RequiresGrad))
        {
            using (Autograd.NoGrad()) return sample();
        }
        var shapes = inputs.Select(t => t._shape).ToArray();
        var types = inputs.Select(t => t._dtype).ToArray();
        return CustomNode.Apply(gradFn, inputs, (_, _) => [sample()],
            (_, _) => shapes.Select((s, i) => (Tensor?)Zeros(s, types[i])).ToArray(), null)[0];
    }

    /// <summary>An empty tensor shaped like this one, keeping its layout when it is dense (torch's empty_like
    /// with preserve_format), so that random *_like fill memory in the order torch does.</summary>
    private Tensor EmptyLikeLayout(DType dtype)
    {
        CheckAlive();
        var t = Empty((int[])_shape.Clone(), dtype);
        if (IsContiguous) return t;
        var (shape, strides, _) = Sampling.MemoryOrder(this);
        long expected = 1;
        for (int i = shape.Length - 1; i >= 0; i--)
        {
            if (shape[i] == 1) continue;
            if (strides[i] != expected) return t;   // not dense: torch falls back to contiguous too
            expected *= shape[i];
        }
        t._strides = (int[])_strides.Clone();      // a permutation of a contiguous block of numel elements
        return t;
    }

    /// <summary>Uniform [0, 1) samples shaped like this tensor (torch.rand_like).</summary>
    public Tensor RandLike(DType? dtype = null, Generator? generator = null)
        => LikeFill(dtype ?? _dtype, "check_uniform_bounds", t => Sampling.Uniform_(t, 0, 1, generator));

    /// <summary>Standard-normal samples shaped like this tensor (torch.randn_like).</summary>
    public Tensor RandnLike(DType? dtype = null, Generator? generator = null)
        => LikeFill(dtype ?? _dtype, "normal_kernel_cpu", t => Sampling.Normal_(t, 0, 1, generator));

    /// <summary>Integers in [low, high) shaped like this tensor (torch.randint_like).</summary>
    public Tensor RandintLike(long low, long high, DType? dtype = null, Generator? generator = null)
        => LikeFill(dtype ?? _dtype, null, t => Sampling.Random_(t, low, high, generator));

    private Tensor LikeFill(DType dtype, string? floatingKernel, Action<Tensor> fill)
    {
        if (floatingKernel != null && !dtype.IsFloating())
            throw NativeGradException.DType($"\"{floatingKernel}\" not implemented for '{Sampling.ScalarName(dtype)}'");
        var t = EmptyLikeLayout(dtype);
        try { fill(t); }
        catch { t.Dispose(); throw; }
        return t;
    }

    /// <summary>torch.bernoulli(self): 1 with probability self[i], else 0, in this tensor's dtype
    /// (BernoulliBackward0, zero gradient).</summary>
    public Tensor Bernoulli(Generator? generator = null)
    {
        CheckAlive();
        var p = this;
        return ZeroGradSample("BernoulliBackward0", [p], () =>
        {
            var y = Empty((int[])p._shape.Clone(), p._dtype);
            try { Sampling.Bernoulli_(y, p, generator); }
            catch { y.Dispose(); throw; }
            return y;
        });
    }

    /// <summary>torch.bernoulli(self, p): 1 with probability p, shaped like this tensor and of its dtype.</summary>
    public Tensor Bernoulli(double p, Generator? generator = null)
    {
        var y = EmptyLikeLayout(_dtype);
        try { Sampling.Bernoulli_(y, p, generator); }
        catch { y.Dispose(); throw; }
        return y;
    }

    /// <summary>torch.multinomial(self, numSamples, replacement): for each row of probabilities (1-D or 2-D, need
    /// not sum to one), numSamples category indices (int64).</summary>
    public Tensor Multinomial(long numSamples, bool replacement = false, Generator? generator = null)
        => Sampling.Multinomial(this, numSamples, replacement, generator);

    // ---- in-place fills ------------------------------------------------------------------------------

    /// <summary>Fills with uniform samples in [from, to) (Tensor.uniform_).</summary>
    public Tensor Uniform_(double from = 0, double to = 1, Generator? generator = null)
        => RandomFill(() => Sampling.Uniform_(this, from, to, generator));

    /// <summary>Fills with normal samples (Tensor.normal_).</summary>
    public Tensor Normal_(double mean = 0, double std = 1, Generator? generator = null)
        => RandomFill(() => Sampling.Normal_(this, mean, std, generator));

    /// <summary>Fills with integers in [0, 2^mantissa] (floats), [0, 2^63 - 1] (int64) or {0, 1} (bool) (Tensor.random_()).</summary>
    public Tensor Random_(Generator? generator = null)
        => RandomFill(() => Sampling.Random_(this, generator));

    /// <summary>Fills with integers in [0, to) (Tensor.random_(to)).</summary>
    public Tensor Random_(long to, Generator? generator = null)
        => RandomFill(() => Sampling.Random_(this, 0, to, generator));

    /// <summary>Fills with integers in [from, to), or up to the dtype's largest integer when to is null
    /// (Tensor.random_(from, to)).</summary>
    public Tensor Random_(long from, long? to, Generator? generator = null)
        => RandomFill(() => Sampling.Random_(this, from, to, generator));

    /// <summary>Fills with 1 (probability p) or 0 (Tensor.bernoulli_(p)).</summary>
    public Tensor Bernoulli_(double p = 0.5, Generator? generator = null)
        => RandomFill(() => Sampling.Bernoulli_(this, p, generator));

    /// <summary>Fills with 1 (probability p[i], p broadcast to this shape) or 0 (Tensor.bernoulli_(p)).</summary>
    public Tensor Bernoulli_(Tensor p, Generator? generator = null)
        => RandomFill(() => Sampling.Bernoulli_(this, p, generator));

    /// <summary>Fills with exponential samples of rate lambd (Tensor.exponential_).</summary>
    public Tensor Exponential_(double lambd = 1, Generator? generator = null)
        => RandomFill(() => Sampling.Exponential_(this, lambd, generator));

    /// <summary>Fills with Cauchy samples (Tensor.cauchy_).</summary>
    public Tensor Cauchy_(double median = 0, double sigma = 1, Generator? generator = null)
        => RandomFill(() => Sampling.Cauchy_(this, median, sigma, generator));

    /// <summary>Fills with log-normal samples: exp of normals of the given mean and std (Tensor.log_normal_).</summary>
    public Tensor LogNormal_(double mean = 1, double std = 2, Generator? generator = null)
        => RandomFill(() => Sampling.LogNormal_(this, mean, std, generator));

    /// <summary>Fills with geometric samples: trials up to the first success of probability p (Tensor.geometric_).</summary>
    public Tensor Geometric_(double p, Generator? generator = null)
        => RandomFill(() => Sampling.Geometric_(this, p, generator));

    /// <summary>The checks of an in-place write, the fill, the version bump. A fill of a tensor that takes
    /// part in autograd fails: as PyTorch for leaves (and views of them); for other tensors PyTorch
    /// records a zero-gradient node (NormalBackward0, ...), which NativeGrad does not do yet.</summary>
    private Tensor RandomFill(Action fill)
    {
        CheckAlive();
        CheckInplace();
        if (GradMode.IsEnabled && RequiresGrad)
        {
            if (IsLeaf) throw NativeGradException.Autograd("a leaf Variable that requires grad is being used in an in-place operation.");
            if (_base is { } b && b.IsLeaf && b._requiresGrad)
                throw NativeGradException.Autograd("a view of a leaf Variable that requires grad is being used in an in-place operation.");
            throw NativeGradException.Autograd(
                "in-place random fill of a tensor that is part of a graph (it has a grad_fn) is not supported by NativeGrad yet; " +
                "detach() it, or fill a new tensor");
        }
        for (int i = 0; i < _shape.Length; i++)
            if (_strides[i] == 0 && _shape[i] > 1)
                throw NativeGradException.Arg("unsupported operation: more than one element of the written-to tensor refers to a single memory location. Please clone() the tensor before performing the operation.");
        fill();
        BumpVersion();
        return this;
    }
}
