using System.Globalization;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;
using NativeGrad.Kernels;
namespace NativeGrad;

// randperm and multinomial: the draws of torch.randperm and torch.multinomial.
internal static unsafe partial class Sampling
{
    // ---- randperm ----------------------------------------------------------------------------------

    /// <summary>A random permutation of 0..n-1 (torch 1.13's randperm_cpu: for i in 0..n-2, swap item i
    /// with item i + draw % (n - i), one 32-bit draw each).</summary>
    public static Tensor Randperm(long n, DType dtype, Generator? g)
    {
        if (n < 0) throw NativeGradException.Arg($"Trying to create tensor with negative dimension {n}: [{n}]");
        if (dtype == DType.Bool) throw NotImplemented("randperm", dtype);
        if (dtype == DType.Float32 && n > (1L << 24) + 1) throw NativeGradException.Arg("n cannot be greater than 2^24+1 for Float type.");
        var shape = Shape.Checked([n]);
        var t = Tensor.Empty(shape, dtype);
        long* idx = dtype == DType.Int64 ? (long*)t.Ptr : (long*)NativeMemory.Alloc((nuint)Math.Max(1, n) * 8);
        try
        {
            for (long i = 0; i < n; i++) idx[i] = i;
            // one 32-bit draw per swap: i with i + draw % (n - i) (32-bit arithmetic when n - i fits: same values)
            Chunked(Gen(g), Math.Max(0, n - 1), 1, (w, at, m) =>
            {
                for (int k = 0; k < m; k++)
                {
                    long i = at + k, left = n - i;
                    long z = left <= uint.MaxValue ? w[k] % (uint)left : (long)(w[k] % (ulong)left);
                    (idx[i], idx[z + i]) = (idx[z + i], idx[i]);
                }
            });
            if (dtype != DType.Int64)
            {
                void* p = t.Ptr;
                for (long i = 0; i < n; i++) Store(p, i, dtype, idx[i]);
            }
        }
        catch { t.Dispose(); throw; }
        finally { if (dtype != DType.Int64) NativeMemory.Free(idx); }
        return t;
    }

    // ---- multinomial -------------------------------------------------------------------------------

    /// <summary>torch.multinomial (1.13's CPU algorithm): without replacement, the indices of the largest p / q with q ~ Exp(1) (the Gumbel trick: one exponential_ draw per
    /// probability); with replacement, a binary search of one 53-bit uniform per sample in each row's
    /// normalised cumulative sums.</summary>
    public static Tensor Multinomial(Tensor probs, long numSamples, bool replacement, Generator? g)
    {
        probs.CheckAlive();
        if (probs.Dim < 1 || probs.Dim > 2) throw NativeGradException.Arg("prob_dist must be 1 or 2 dim");
        if (!probs._dtype.IsFloating()) throw NativeGradException.Arg($"multinomial only supports floating-point dtypes for input, got: {ScalarName(probs._dtype)}");
        if (numSamples <= 0) throw NativeGradException.Arg("cannot sample n_sample <= 0 samples");
        int cats = probs._shape[^1];
        if (!replacement && numSamples > cats) throw NativeGradException.Arg("cannot sample n_sample > prob_dist.size(-1) samples without replacement");
        if (cats > 1 << 24) throw NativeGradException.Arg("number of categories cannot exceed 2^24");
        int rows = probs.Dim == 2 ? probs._shape[0] : 1;
        int[] shape = probs.Dim == 1 ? Shape.Checked([numSamples]) : Shape.Checked([rows, numSamples]);
        var result = Tensor.Empty(shape, DType.Int64);
        if (result.Numel == 0) return result;
        var p = new double[(long)rows * cats];
        using (var view = probs.Alias(probs.Dim == 1 ? [1, cats] : probs._shape, probs.Dim == 1 ? [0, probs._strides[0]] : probs._strides, probs._offset, track: false))
            fixed (double* q = p) Kernels.Fill.CopyToContiguous(view, q, DType.Float64);
        long* r = (long*)result.Ptr;
        bool f32 = probs._dtype == DType.Float32;
        var gen = Gen(g);
        try
        {
            // torch 2.x also takes this path for one sample with replacement; 1.13 (the reference) does not
            if (!replacement) GumbelTopK(probs, p, rows, cats, (int)numSamples, f32, gen, r);
            else WithReplacement(p, rows, cats, numSamples, f32, gen, r);
        }
        catch { result.Dispose(); throw; }
        return result;
    }

    private static void GumbelTopK(Tensor probs, double[] p, int rows, int cats, int k, bool f32, Generator gen, long* r)
    {
        foreach (double v in p)
            if (!(v >= 0 && v < double.PositiveInfinity))
                throw NativeGradException.Arg("probability tensor contains either `inf`, `nan` or element < 0");
        for (int i = 0; i < rows; i++)
        {
            bool allZero = true;
            for (int j = 0; j < cats && allZero; j++) allZero = p[(long)i * cats + j] == 0;
            if (allZero) throw NativeGradException.Arg("invalid multinomial distribution (sum of probabilities <= 0)");
        }
        // q = empty_like(probs).exponential_(1), in probs' layout, then p / q in probs' dtype
        double[] q = new double[p.Length];
        var e = Tensor.Empty(probs.Dim == 1 ? [cats] : [rows, cats], probs._dtype);
        try
        {
            if (!probs.IsContiguous)
            {
                var (ms, mst, _) = MemoryOrder(probs);
                if (IsDenseRowMajor(ms, mst)) e._strides = (int[])probs._strides.Clone();
            }
            Exponential_(e, 1, gen);
            fixed (double* qq = q) Kernels.Fill.CopyToContiguous(e, qq, DType.Float64);
        }
        finally { e.Dispose(); }
        for (long i = 0; i < q.Length; i++) q[i] = f32 ? (float)p[i] / (float)q[i] : p[i] / q[i];
        var idx = new int[cats];
        for (int i = 0; i < rows; i++)
        {
            var row = new ReadOnlySpan<double>(q, i * cats, cats);
            if (k == 1)
            {
                int best = 0;
                for (int j = 1; j < cats; j++)
                    if (row[j] > row[best] || (double.IsNaN(row[j]) && !double.IsNaN(row[best]))) best = j;
                r[i] = best;
                continue;
            }
            for (int j = 0; j < cats; j++) idx[j] = j;
            double[] rowCopy = row.ToArray();
            Array.Sort(idx, (a, b) => rowCopy[b].CompareTo(rowCopy[a]) is var c && c != 0 ? c : a.CompareTo(b));
            for (int j = 0; j < k; j++) r[(long)i * k + j] = idx[j];
        }
    }

    private static void WithReplacement(double[] p, int rows, int cats, long n, bool f32, Generator gen, long* r)
    {
        var cum = new double[cats];
        lock (gen.Lock)
            for (int i = 0; i < rows; i++)
            {
                double sum = 0;
                float sumF = 0;
                for (int j = 0; j < cats; j++)
                {
                    double v = p[(long)i * cats + j];
                    if (!(v >= 0)) throw NativeGradException.Arg("invalid multinomial distribution (encountering probability entry < 0)");
                    if (!double.IsFinite(v)) throw NativeGradException.Arg("invalid multinomial distribution (encountering probability entry = infinity or NaN)");
                    if (f32) { sumF += (float)v; cum[j] = sumF; }
                    else { sum += v; cum[j] = sum; }
                }
                if (f32) sum = sumF;
                if (!(sum > 0)) throw NativeGradException.Arg("invalid multinomial distribution (sum of probabilities <= 0)");
                for (int j = 0; j < cats; j++) cum[j] = f32 ? (float)cum[j] / (float)sum : cum[j] / sum;
                cum[cats - 1] = 1;
                for (long s = 0; s < n; s++)
                {
                    double u = gen.NextDouble53();
                    int lo = 0, hi = cats;
                    while (hi - lo > 0)
                    {
                        int mid = lo + (hi - lo) / 2;
                        if (cum[mid] < u) lo = mid + 1;
                        else hi = mid;
                    }
                    r[i * n + s] = lo;
                }
            }
    }
}
