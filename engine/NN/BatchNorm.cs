using NativeGrad.Ops;

namespace NativeGrad.NN;

/// <summary>
/// Batch normalization over every dim but the channel dim 1 (PyTorch's BatchNorm1d/2d/3d), composed
/// from tensor ops: in training the batch statistics normalize the input (biased variance) and the
/// running statistics are updated with the unbiased variance and <see cref="Momentum"/> (a cumulative
/// average when it is null); in eval mode the running statistics are used. Values and gradients are
/// PyTorch's within rounding; the graph is the composition's (PyTorch records one NativeBatchNormBackward0).
/// </summary>
public class BatchNorm : Module
{
    private readonly int[] _ranks;

    /// <summary>Channels (dim 1 of the input).</summary>
    public int NumFeatures { get; }
    /// <summary>Added to the variance.</summary>
    public double Eps { get; }
    /// <summary>Weight of a new batch in the running statistics; null for a cumulative average.</summary>
    public double? Momentum { get; }
    /// <summary>Scale (ones), or null without affine.</summary>
    public Tensor? Weight { get; }
    /// <summary>Shift (zeros), or null without affine.</summary>
    public Tensor? Bias { get; }
    /// <summary>Running mean (buffer), or null when statistics are not tracked.</summary>
    public Tensor? RunningMean { get; }
    /// <summary>Running variance (buffer), or null when statistics are not tracked.</summary>
    public Tensor? RunningVar { get; }
    /// <summary>Batches seen in training (int64 buffer), or null when statistics are not tracked.</summary>
    public Tensor? NumBatchesTracked { get; }

    /// <summary>A batch norm of <paramref name="numFeatures"/> channels for inputs of the given ranks.</summary>
    protected BatchNorm(int[] ranks, int numFeatures, double eps, double? momentum, bool affine, bool trackRunningStats, DType dtype)
    {
        (_ranks, NumFeatures, Eps, Momentum) = (ranks, numFeatures, eps, momentum);
        if (affine)
        {
            Weight = RegisterParameter("weight", Tensor.Ones([numFeatures], dtype));
            Bias = RegisterParameter("bias", Tensor.Zeros([numFeatures], dtype));
        }
        if (trackRunningStats)
        {
            RunningMean = RegisterBuffer("running_mean", Tensor.Zeros([numFeatures], dtype));
            RunningVar = RegisterBuffer("running_var", Tensor.Ones([numFeatures], dtype));
            NumBatchesTracked = RegisterBuffer("num_batches_tracked", Tensor.Zeros([], DType.Int64));
        }
    }

    /// <inheritdoc/>
    public override Tensor Forward(Tensor input)
    {
        if (!_ranks.Contains(input.Dim))
            throw NativeGradException.Arg($"expected {string.Join(" or ", _ranks.Select(r => $"{r}D"))} input (got {input.Dim}D input)");
        var dims = new[] { 0 }.Concat(Enumerable.Range(2, input.Dim - 2)).ToArray();
        var shape = new long[input.Dim];
        Array.Fill(shape, 1L);
        shape[1] = -1;
        Tensor mean, var;
        if (Training || RunningMean is null)
        {
            long n = dims.Aggregate(1L, (acc, d) => acc * input.Size(d));
            if (n <= 1)
                throw NativeGradException.Arg($"Expected more than 1 value per channel when training, got input size {Shape.Str(input.ShapeSpan)}");
            mean = input.Mean(dims, keepdim: true);
            var = input.Var(dims, correction: 0, keepdim: true);
            if (Training && RunningMean is not null)
            {
                using var _ = GradMode.Set(false);
                NumBatchesTracked!.Add_(1);
                double m = Momentum ?? 1.0 / NumBatchesTracked.Item();
                RunningMean.Mul_(1 - m).Add_(mean.Reshape(-1) * m);
                RunningVar!.Mul_(1 - m).Add_(var.Reshape(-1) * (m * n / (n - 1)));
            }
        }
        else
        {
            mean = RunningMean.Reshape(shape);
            var = RunningVar!.Reshape(shape);
        }
        var y = (input - mean) * (var + Eps).Rsqrt();
        if (Weight is not null) y = y * Weight.Reshape(shape);
        if (Bias is not null) y = y + Bias.Reshape(shape);
        return y;
    }

    /// <inheritdoc/>
    protected override string ExtraRepr =>
        $"{NumFeatures}, eps={Repr.Number(Eps)}, momentum={(Momentum is { } m ? Repr.Float(m) : "None")}, affine={(Weight is null ? "False" : "True")}, " +
        $"track_running_stats={(RunningMean is null ? "False" : "True")}";
}

/// <summary>Batch normalization of [N, C] or [N, C, L] inputs.</summary>
public sealed class BatchNorm1d(int numFeatures, double eps = 1e-5, double? momentum = 0.1, bool affine = true, bool trackRunningStats = true, DType dtype = DType.Float32)
    : BatchNorm([2, 3], numFeatures, eps, momentum, affine, trackRunningStats, dtype);

/// <summary>Batch normalization of [N, C, H, W] inputs.</summary>
public sealed class BatchNorm2d(int numFeatures, double eps = 1e-5, double? momentum = 0.1, bool affine = true, bool trackRunningStats = true, DType dtype = DType.Float32)
    : BatchNorm([4], numFeatures, eps, momentum, affine, trackRunningStats, dtype);
