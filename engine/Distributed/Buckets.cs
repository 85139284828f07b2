namespace NativeGrad.Distributed;

/// <summary>
/// How DistributedDataParallel groups gradients into buckets (PyTorch's
/// <c>compute_bucket_assignment_by_size</c>): tensors are taken in the order given (DDP gives them in
/// reverse registration order, roughly the order in which backward produces their gradients); each
/// dtype fills its own bucket, which is closed once it reaches its size limit. The limits are used in
/// turn per dtype, the last one repeating: DDP passes a small first limit (1 MB) so that the first
/// all-reduce starts early in the backward, then the bucket cap (25 MB by default). Buckets are
/// returned in the order their last tensor was added, i.e. the order in which they become ready.
/// </summary>
public static class Buckets
{
    /// <summary>PyTorch's first bucket size (dist._DEFAULT_FIRST_BUCKET_BYTES, 1 MiB).</summary>
    public const long DefaultFirstBucketBytes = 1L << 20;

    /// <summary>PyTorch's default bucket_cap_mb (25).</summary>
    public const double DefaultBucketCapMb = 25;

    /// <summary>
    /// Groups tensors, described by dtype and size in bytes and given in processing order, into buckets
    /// of at most one dtype. Returns the position (in <paramref name="tensors"/>) of each bucket's members.
    /// </summary>
    public static List<int[]> Assign(IReadOnlyList<(DType DType, long Bytes)> tensors, IReadOnlyList<long> sizeLimits)
    {
        if (sizeLimits.Count == 0) throw NativeGradException.Arg("bucket size limits must not be empty");
        foreach (var l in sizeLimits)
            if (l <= 0) throw NativeGradException.Arg($"bucket size limits must be positive (got {l})");
        var open = new Dictionary<DType, Accumulator>();
        // Closed buckets with the position of their last member (the order they become ready).
        var closed = new List<(int Last, int[] Members)>();
        for (int i = 0; i < tensors.Count; i++)
        {
            var (dtype, bytes) = tensors[i];
            if (bytes < 0) throw NativeGradException.Arg($"tensor {i} has a negative size");
            if (!open.TryGetValue(dtype, out var b)) open[dtype] = b = new Accumulator();
            b.Members.Add(i);
            b.Bytes += bytes;
            if (b.Bytes >= sizeLimits[b.Limit])
            {
                closed.Add((i, b.Members.ToArray()));
                b.Members.Clear();
                b.Bytes = 0;
                b.Limit = Math.Min(b.Limit + 1, sizeLimits.Count - 1);
            }
        }
        foreach (var (_, b) in open)
            if (b.Members.Count > 0) closed.Add((b.Members[^1], b.Members.ToArray()));
        closed.Sort((x, y) => x.Last.CompareTo(y.Last));
        return closed.Select(c => c.Members).ToList();
    }

    private sealed class Accumulator
    {
        public readonly List<int> Members = new();
        public long Bytes;
        public int Limit;   // index into the size limits
    }

    /// <summary>The size limits DDP uses for a bucket cap in MB: 1 MiB for the first bucket (or the cap if smaller), then the cap.</summary>
    public static long[] Limits(double bucketCapMb)
    {
        if (!(bucketCapMb > 0) || double.IsInfinity(bucketCapMb))
            throw NativeGradException.Arg($"bucket_cap_mb must be a positive number (got {bucketCapMb})");
        long cap = Math.Max(1, (long)(bucketCapMb * 1024 * 1024));
        return [Math.Min(DefaultFirstBucketBytes, cap), cap];
    }
}
