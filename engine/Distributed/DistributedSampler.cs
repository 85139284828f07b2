using System.Collections;

namespace NativeGrad.Distributed;

/// <summary>
/// The share of a dataset's indices that one rank reads (torch.utils.data.DistributedSampler): every rank
/// computes the same order (shuffled by <c>seed + epoch</c>, or 0..n-1), pads it by repeating its start
/// (or, with drop_last, truncates it) to a multiple of the number of replicas, and takes every
/// num_replicas-th index from its rank. Call <see cref="SetEpoch"/> before each epoch for a new order.
/// The shuffled order is NativeGrad's own (a seeded Fisher-Yates), not the one PyTorch's generator makes.
/// </summary>
public sealed class DistributedSampler : IEnumerable<long>
{
    /// <summary>The dataset's length.</summary>
    public long DatasetLength { get; }
    /// <summary>Number of ranks sharing the dataset.</summary>
    public int NumReplicas { get; }
    /// <summary>This rank.</summary>
    public int Rank { get; }
    /// <summary>Shuffle (by seed + epoch) or keep the order.</summary>
    public bool Shuffle { get; }
    /// <summary>Seed of the shuffle, the same on every rank.</summary>
    public long Seed { get; }
    /// <summary>Drop the tail so that every rank gets the same number without padding.</summary>
    public bool DropLast { get; }
    /// <summary>The epoch (set by <see cref="SetEpoch"/>).</summary>
    public long Epoch { get; private set; }

    /// <summary>Indices per rank (PyTorch's num_samples).</summary>
    public long NumSamples { get; }
    /// <summary>NumSamples * NumReplicas.</summary>
    public long TotalSize => NumSamples * NumReplicas;

    /// <summary>A sampler for this rank; numReplicas and rank default to the default group's world size and rank.</summary>
    public DistributedSampler(long datasetLength, int? numReplicas = null, int? rank = null, bool shuffle = true, long seed = 0, bool dropLast = false)
    {
        if (datasetLength < 0) throw NativeGradException.Arg($"DistributedSampler: negative dataset length {datasetLength}");
        int replicas = numReplicas ?? Dist.GetWorldSize();
        int r = rank ?? Dist.GetRank();
        if (replicas <= 0) throw NativeGradException.Arg($"DistributedSampler: num_replicas must be positive (got {replicas})");
        if (r < 0 || r >= replicas)
            throw NativeGradException.Arg($"Invalid rank {r}, rank should be in the interval [0, {replicas - 1}]");
        DatasetLength = datasetLength;
        NumReplicas = replicas;
        Rank = r;
        Shuffle = shuffle;
        Seed = seed;
        DropLast = dropLast;
        NumSamples = SamplesPerReplica(datasetLength, replicas, dropLast);
    }

    /// <summary>PyTorch's num_samples: ceil((n - R) / R) with drop_last when R does not divide n, else ceil(n / R).</summary>
    public static long SamplesPerReplica(long n, int numReplicas, bool dropLast)
    {
        if (dropLast && n % numReplicas != 0)
        {
            long a = n - numReplicas;
            return a <= 0 ? 0 : (a + numReplicas - 1) / numReplicas;
        }
        return (n + numReplicas - 1) / numReplicas;
    }

    /// <summary>Sets the epoch, which changes the shuffled order (the same on every rank).</summary>
    public void SetEpoch(long epoch) => Epoch = epoch;

    /// <summary>This rank's indices for the current epoch.</summary>
    public long[] Indices() => Indices(DatasetLength, NumReplicas, Rank, Shuffle, Seed, Epoch, DropLast);

    /// <summary>The indices rank <paramref name="rank"/> of <paramref name="numReplicas"/> reads (see the class summary).</summary>
    public static long[] Indices(long n, int numReplicas, int rank, bool shuffle, long seed, long epoch, bool dropLast)
    {
        if (n < 0 || numReplicas <= 0 || rank < 0 || rank >= numReplicas)
            throw NativeGradException.Arg($"DistributedSampler: invalid arguments (n={n}, num_replicas={numReplicas}, rank={rank})");
        long perRank = SamplesPerReplica(n, numReplicas, dropLast);
        var order = new long[n];
        for (long i = 0; i < n; i++) order[i] = i;
        if (shuffle) Permute(order, unchecked(seed + epoch));
        // Position k of the padded (or truncated) order is order[k % n].
        var mine = new long[perRank];
        for (long j = 0; j < perRank; j++) mine[j] = order[(rank + j * numReplicas) % n];
        return mine;
    }

    // Fisher-Yates with a SplitMix64 stream: the same permutation for the same seed on every rank and platform.
    private static void Permute(long[] a, long seed)
    {
        ulong state = unchecked((ulong)seed);
        ulong Next()
        {
            unchecked
            {
                ulong z = state += 0x9E3779B97F4A7C15UL;
                z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
                z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
                return z ^ (z >> 31);
            }
        }
        for (long i = a.LongLength - 1; i > 0; i--)
        {
            // Unbiased draw in [0, i] by rejection.
            ulong bound = (ulong)i + 1, limit = ulong.MaxValue - ulong.MaxValue % bound, r;
            do r = Next(); while (r >= limit);
            long j = (long)(r % bound);
            (a[i], a[j]) = (a[j], a[i]);
        }
    }

    /// <inheritdoc/>
    public IEnumerator<long> GetEnumerator() => ((IEnumerable<long>)Indices()).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
