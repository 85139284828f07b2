using System.Globalization;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;
using NativeGrad.Kernels;

namespace NativeGrad;

/// <summary>
/// PyTorch's CPU sampling kernels (ATen's DistributionTemplates and DistributionsHelper, release 1.13),
/// re-implemented so that the same generator state gives the same bits:
/// <list type="bullet">
/// <item>uniform float32 takes the low 24 bits of one 32-bit draw, float64 the low 53 bits of a 64-bit
/// draw (two 32-bit draws, the first high); the result is fma(u, to - from, from);</item>
/// <item>normal_ on a contiguous tensor of 16+ elements draws all uniforms first, then runs the block
/// Box-Muller of <see cref="BoxMuller"/> on each 16, and redraws 16 for a ragged tail; otherwise each
/// element is a scalar Box-Muller draw whose second value is cached on the generator;</item>
/// <item>random_, bernoulli_, exponential_, cauchy_, log_normal_, geometric_ and randperm consume draws
/// as their torch kernels do.</item>
/// </list>
/// Elements are visited in the order torch's TensorIterator visits an output: memory order (dims by
/// decreasing stride), which is row-major for contiguous tensors.
/// </summary>
internal static unsafe partial class Sampling
{
    private static Generator Gen(Generator? g) => g ?? Generator.Default;

    private unsafe delegate void Producer(void* dst, long n);

    // ---- uniform_ ----------------------------------------------------------------------------------

    /// <summary>t.uniform_(from, to).</summary>
    public static void Uniform_(Tensor t, double from, double to, Generator? g)
    {
        var dtype = t._dtype;
        if (!dtype.IsFloating()) throw NotImplemented("check_uniform_bounds", dtype);
        double max = dtype == DType.Float32 ? float.MaxValue : double.MaxValue;
        if (!(from >= -max && from <= max)) throw NativeGradException.Arg($"from is out of bounds for {ShortName(dtype)}");
        if (!(to >= -max && to <= max)) throw NativeGradException.Arg($"to is out of bounds for {ShortName(dtype)}");
        if (!(from <= to)) throw NativeGradException.Arg($"uniform_ expects to return a [from, to) range, but found from={Cpp(from)} > to={Cpp(to)}");
        if (!(to - from <= max))
            throw NativeGradException.Arg($"uniform_ expects to-from <= std::numeric_limits<{ScalarName(dtype)}>::max(), but found to={Cpp(to)} and from={Cpp(from)} which result in to-from to exceed the limit");
        var gen = Gen(g);
        if (dtype == DType.Float32)
        {
            float f = (float)from, range = (float)to - f;
            Fill(t, (dst, n) =>
            {
                lock (gen.Lock) DrawWords(gen, (uint*)dst, n);
                ToFloat24((uint*)dst, (float*)dst, n, range, f);
            });
        }
        else
        {
            double range = to - from;
            Fill(t, (dst, n) =>
            {
                lock (gen.Lock) DrawWords(gen, (uint*)dst, 2 * n);
                ToDouble53((uint*)dst, (double*)dst, n, range, from);
            });
        }
    }

    /// <summary>The next n 32-bit draws into w (caller holds the lock).</summary>
    private static void DrawWords(Generator g, uint* w, long n)
    {
        for (long done = 0; done < n;)
        {
            int m = (int)Math.Min(n - done, 1 << 28);
            g.Engine.Fill(new Span<uint>(w + done, m));
            done += m;
        }
    }

    /// <summary>y[i] = fma((w[i] &amp; 0xFFFFFF) * 2^-24, range, from) in float32 (in place when y == w).</summary>
    private static void ToFloat24(uint* w, float* y, long n, float range, float from)
    {
        if (n < 2 << 16) ToFloat24Serial(w, y, n, range, from);   // small: no closure, no pool
        else ForChunks(n, 1 << 16, (lo, hi) => ToFloat24Serial(w + lo, y + lo, hi - lo, range, from));
    }

    private static void ToFloat24Serial(uint* w, float* y, long n, float range, float from)
    {
        const float scale = 1.0f / (1 << 24);
        long i = 0;
        if (Fma.IsSupported && Avx2.IsSupported)
        {
            var mask = Vector256.Create(0xFFFFFFu);
            var vs = Vector256.Create(scale);
            var vr = Vector256.Create(range);
            var vf = Vector256.Create(from);
            for (; i <= n - 8; i += 8)
            {
                var x = Avx.Multiply(Avx.ConvertToVector256Single(Avx2.And(Avx.LoadVector256(w + i), mask).AsInt32()), vs);
                Avx.Store(y + i, Fma.MultiplyAdd(x, vr, vf));
            }
        }
        for (; i < n; i++) y[i] = MathF.FusedMultiplyAdd((w[i] & 0xFFFFFF) * scale, range, from);
    }

    /// <summary>y[i] = fma(u53(w[2i], w[2i+1]), range, from) (in place when y aliases w).</summary>
    private static void ToDouble53(uint* w, double* y, long n, double range, double from)
    {
        if (n < 2 << 16) ToDouble53Serial(w, y, 0, n, range, from);
        else ForChunks(n, 1 << 16, (lo, hi) => ToDouble53Serial(w, y, lo, hi, range, from));
    }

    private static void ToDouble53Serial(uint* w, double* y, long lo, long hi, double range, double from)
    {
        for (long i = lo; i < hi; i++)
            y[i] = Math.FusedMultiplyAdd(U53(w[2 * i], w[2 * i + 1]), range, from);
    }

    private static double U53(uint hi, uint lo) => ((((ulong)hi << 32) | lo) & ((1UL << 53) - 1)) * (1.0 / (1UL << 53));

    // ---- normal_ -----------------------------------------------------------------------------------

    /// <summary>t.normal_(mean, std).</summary>
    public static void Normal_(Tensor t, double mean, double std, Generator? g)
    {
        if (!(std >= 0)) throw NativeGradException.Arg($"normal expects std >= 0.0, but found std {Cpp(std)}");
        var dtype = t._dtype;
        if (!dtype.IsFloating()) throw NotImplemented("normal_kernel_cpu", dtype);
        var gen = Gen(g);
        long n = t.Numel;
        if (n >= 16 && t.IsContiguous)
        {
            if (dtype == DType.Float32) NormalFill((float*)t.Ptr, n, (float)mean, (float)std, gen);
            else NormalFill((double*)t.Ptr, n, mean, std, gen);
            return;
        }
        Fill(t, (dst, m) =>
        {
            lock (gen.Lock)
            {
                if (dtype == DType.Float32)
                    for (long i = 0; i < m; i++) ((float*)dst)[i] = (float)Math.FusedMultiplyAdd(gen.NextNormal(), std, mean);
                else
                    for (long i = 0; i < m; i++) ((double*)dst)[i] = Math.FusedMultiplyAdd(gen.NextNormal(), std, mean);
            }
        });
    }

    private static void NormalFill(float* p, long n, float mean, float std, Generator gen)
    {
        uint* tail = stackalloc uint[16];
        lock (gen.Lock)
        {
            DrawWords(gen, (uint*)p, n);
            if (n % 16 != 0) DrawWords(gen, tail, 16);
        }
        ToFloat24((uint*)p, p, n, 1f, 0f);
        ForChunks(n / 16, 1 << 10, (lo, hi) => { for (long b = lo; b < hi; b++) BoxMuller.Block16(p + 16 * b, mean, std); });
        if (n % 16 != 0)
        {
            float* last = p + n - 16;
            ToFloat24Serial(tail, last, 16, 1f, 0f);
            BoxMuller.Block16(last, mean, std);
        }
    }

    private static void NormalFill(double* p, long n, double mean, double std, Generator gen)
    {
        uint* tail = stackalloc uint[32];
        lock (gen.Lock)
        {
            DrawWords(gen, (uint*)p, 2 * n);
            if (n % 16 != 0) DrawWords(gen, tail, 32);
        }
        ToDouble53((uint*)p, p, n, 1, 0);
        ForChunks(n / 16, 1 << 9, (lo, hi) => { for (long b = lo; b < hi; b++) BoxMuller.Block16(p + 16 * b, mean, std); });
        if (n % 16 != 0)
        {
            double* last = p + n - 16;
            for (int i = 0; i < 16; i++) last[i] = U53(tail[2 * i], tail[2 * i + 1]);
            BoxMuller.Block16(last, mean, std);
        }
    }

    // ---- random_ -----------------------------------------------------------------------------------

    /// <summary>t.random_(): integers in [0, 2^mantissa] for floats, [0, 2^63 - 1] for int64, {0, 1} for bool.</summary>
    public static void Random_(Tensor t, Generator? g)
    {
        var gen = Gen(g);
        var dtype = t._dtype;
        bool wide = dtype is DType.Float64 or DType.Int64;
        Fill(t, (dst, n) => Chunked(gen, n, wide ? 2 : 1, (w, at, m) =>
        {
            switch (dtype)
            {
                case DType.Float32: for (int k = 0; k < m; k++) ((float*)dst)[at + k] = w[k] % ((1u << 24) + 1); break;
                case DType.Float64: for (int k = 0; k < m; k++) ((double*)dst)[at + k] = W64(w, k) % ((1UL << 53) + 1); break;
                case DType.Int64: for (int k = 0; k < m; k++) ((long*)dst)[at + k] = (long)(W64(w, k) & long.MaxValue); break;
                default: for (int k = 0; k < m; k++) ((byte*)dst)[at + k] = (byte)(w[k] & 1); break;
            }
        }));
    }

    /// <summary>t.random_(from, to): integers in [from, to); to == null means up to the dtype's largest
    /// integer (inclusive), and from == long.MinValue with to == null the full 64-bit range.</summary>
    public static void Random_(Tensor t, long from, long? to, Generator? g)
    {
        var dtype = t._dtype;
        ulong range;
        if (to is long hi)
        {
            if (from >= hi) throw NativeGradException.Arg($"random_ expects 'from' to be less than 'to', but got from={from} >= to={hi}");
            if (dtype.IsFloating())
            {
                from = UpdateFrom(from, dtype);
                hi = UpdateTo(hi, dtype);
                if (from >= hi) throw NativeGradException.Arg($"random_ expects 'from' casted to dtype to be less than 'to' casted to dtype, but got from={from} >= to={hi}");
            }
            CheckInRange(from, hi - 1, dtype);
            range = (ulong)hi - (ulong)from;
        }
        else if (from != long.MinValue)
        {
            long toInc = dtype switch { DType.Float32 => 1L << 24, DType.Float64 => 1L << 53, DType.Int64 => long.MaxValue, _ => 1 };
            if (dtype.IsFloating())
            {
                from = UpdateFrom(from, dtype);
                if (from >= toInc) throw NativeGradException.Arg($"random_ expects 'from' casted to dtype to be less than or equal to 'to_inc' casted to dtype, but got from={from} > to_inc={toInc}");
            }
            CheckInRange(from, toInc, dtype);
            range = (ulong)toInc - (ulong)from + 1;
        }
        else
        {
            if (dtype == DType.Bool) throw NativeGradException.DType("\"random_full_64_bits_range_kernel_cpu\" not implemented for 'Bool'");
            range = 0;   // 2^64: every 64-bit draw as is
        }
        var gen = Gen(g);
        ulong @base = (ulong)from;
        // 64-bit draws only for wide ranges of the 64-bit-capable dtypes (torch's uniform_int_from_to_distribution)
        bool wide = range == 0 || (range >= 1UL << 32 && dtype != DType.Bool);
        // a 32-bit draw modulo a 32-bit range by Lemire's multiply-shift (exact for all 32-bit operands)
        ulong magic = wide ? 0 : ulong.MaxValue / range + 1;
        Fill(t, (dst, n) => Chunked(gen, n, wide ? 2 : 1, (w, at, m) =>
        {
            if (!wide && dtype == DType.Int64)
            {
                long* d = (long*)dst + at;
                for (int k = 0; k < m; k++) d[k] = (long)(Math.BigMul(magic * w[k], range, out _) + @base);
                return;
            }
            for (int k = 0; k < m; k++)
            {
                ulong v = range == 0 ? W64(w, k) : wide ? W64(w, k) % range + @base : Math.BigMul(magic * w[k], range, out _) + @base;
                Store(dst, at + k, dtype, (long)v);
            }
        }));
    }

    private static void Store(void* dst, long i, DType dtype, long v)
    {
        switch (dtype)
        {
            case DType.Float32: ((float*)dst)[i] = v; break;
            case DType.Float64: ((double*)dst)[i] = v; break;
            case DType.Int64: ((long*)dst)[i] = v; break;
            default: ((byte*)dst)[i] = v != 0 ? (byte)1 : (byte)0; break;
        }
    }

    /// <summary>torch's update_from: the smallest integer at or above from that the float dtype represents.</summary>
    private static long UpdateFrom(long from, DType dtype)
    {
        long plus1 = ToFloatingAndBack(from + 1, dtype);
        if (plus1 < from)
        {
            long f = Math.Abs(from + 1);
            int n = 0;
            while ((f >>= 1) != 0) n++;
            from = plus1 + (1L << (n - Digits(dtype) + 1));
        }
        return from;
    }

    /// <summary>torch's update_to: the largest bound below to that the float dtype represents.</summary>
    private static long UpdateTo(long to, DType dtype)
    {
        long minus1 = ToFloatingAndBack(to - 1, dtype);
        if (minus1 >= to)
        {
            long f = Math.Abs(to - 1);
            int n = 0;
            while ((f >>= 1) != 0) n++;
            to = minus1 - (1L << (n - Digits(dtype) + 1));
        }
        return to;
    }

    private static long ToFloatingAndBack(long v, DType dtype)
    {
        double d = dtype == DType.Float32 ? (float)v : (double)v;
        return d >= 9.2233720368547758E18 ? long.MinValue : (long)d;   // C++'s out-of-range cast on x86
    }

    private static int Digits(DType dtype) => dtype == DType.Float32 ? 24 : 53;

    private static void CheckInRange(long from, long toInc, DType dtype)
    {
        (double min, double max) = dtype switch
        {
            DType.Float32 => (-(double)float.MaxValue, float.MaxValue),
            DType.Float64 => (-double.MaxValue, double.MaxValue),
            DType.Int64 => (long.MinValue, long.MaxValue),
            _ => (0, 1),
        };
        string name = ShortName(dtype);
        if (from < min || from > max) throw NativeGradException.Arg($"from is out of bounds for {name}");
        if (toInc < min || toInc > max) throw NativeGradException.Arg($"to - 1 is out of bounds for {name}");
    }

    // ---- bernoulli_, exponential_ and friends ------------------------------------------------------

    /// <summary>t.bernoulli_(p): 1 where a 53-bit uniform is below p, else 0 (any dtype).</summary>
    public static void Bernoulli_(Tensor t, double p, Generator? g)
    {
        if (!(p >= 0 && p <= 1)) throw NativeGradException.Arg($"bernoulli_ expects p to be in [0, 1], but got p={Cpp(p)}");
        var gen = Gen(g);
        var dtype = t._dtype;
        Fill(t, (dst, n) => Chunked(gen, n, 2, (w, at, m) =>
        {
            switch (dtype)
            {
                case DType.Float32: for (int k = 0; k < m; k++) ((float*)dst)[at + k] = U53(w, k) < p ? 1 : 0; break;
                case DType.Float64: for (int k = 0; k < m; k++) ((double*)dst)[at + k] = U53(w, k) < p ? 1 : 0; break;
                case DType.Int64: for (int k = 0; k < m; k++) ((long*)dst)[at + k] = U53(w, k) < p ? 1 : 0; break;
                default: for (int k = 0; k < m; k++) ((byte*)dst)[at + k] = U53(w, k) < p ? (byte)1 : (byte)0; break;
            }
        }));
    }

    /// <summary>Dropout's noise, as torch's CPU dropout makes it: empty(shape).bernoulli_(1 - p).div_(1 - p), so
    /// each element is 0 or 1 / (1 - p) computed in the dtype (float32: 1f / (float)(1 - p)).</summary>
    internal static Tensor DropoutNoise(int[] shape, DType dtype, double p)
    {
        var noise = Tensor.Empty(shape, dtype);
        try { Bernoulli_(noise, 1 - p, null); }
        catch { noise.Dispose(); throw; }
        long n = noise.Numel;
        if (dtype == DType.Float32)
        {
            float keep = 1f / (float)(1 - p);
            float* v = (float*)noise.Ptr;
            for (long i = 0; i < n; i++) v[i] = v[i] != 0 ? keep : 0f;
        }
        else
        {
            double keep = 1 / (1 - p);
            double* v = (double*)noise.Ptr;
            for (long i = 0; i < n; i++) v[i] = v[i] != 0 ? keep : 0;
        }
        return noise;
    }

    /// <summary>t.bernoulli_(p) with a tensor of probabilities broadcast to t's shape: float64 p against
    /// 53-bit uniforms, float32 p against 24-bit float uniforms (as torch).</summary>
    public static void Bernoulli_(Tensor t, Tensor p, Generator? g)
    {
        p.CheckAlive();
        if (!p._dtype.IsFloating()) throw NotImplemented("bernoulli_tensor_cpu_p_", p._dtype);
        var gen = Gen(g);
        var dtype = t._dtype;
        bool isDouble = p._dtype == DType.Float64;
        long n = t.Numel;
        if (n == 0) return;
        // p's values in t's visiting order
        var (shape, _, perm) = MemoryOrder(t);
        double[] probs = new double[n];
        using (Autograd.NoGrad())
        using (var expanded = Ops.Functions.Expand(p, t._shape))
        {
            var ps = new int[perm.Length];
            for (int i = 0; i < perm.Length; i++) ps[i] = expanded._strides[perm[i]];
            using var view = expanded.Alias(shape, ps, expanded._offset, track: false);
            fixed (double* q = probs) Kernels.Fill.CopyToContiguous(view, q, DType.Float64);
        }
        foreach (double v in probs)
            if (!(v >= 0 && v <= 1))
                throw NativeGradException.Arg("Expected p_in >= 0 && p_in <= 1 to be true, but got false.  (Could this error message be improved?  If so, please report an enhancement request to PyTorch.)");
        Fill(t, (dst, n) => Chunked(gen, n, isDouble ? 2 : 1, (w, at, m) =>
        {
            if (isDouble)
                for (int k = 0; k < m; k++) Store(dst, at + k, dtype, U53(w, k) < probs[at + k] ? 1 : 0);
            else
                for (int k = 0; k < m; k++) Store(dst, at + k, dtype, (w[k] & 0xFFFFFF) * (1.0f / (1 << 24)) < (float)probs[at + k] ? 1 : 0);
        }));
    }

    /// <summary>t.exponential_(lambd): -1/lambd * log(1 - u).</summary>
    public static void Exponential_(Tensor t, double lambd, Generator? g)
    {
        if (!(lambd >= 0)) throw NativeGradException.Arg($"exponential_ expects lambda >= 0.0, but found lambda={Cpp(lambd)}");
        if (!t._dtype.IsFloating()) throw NotImplemented("exponential_cpu", t._dtype);
        double scale = -1.0 / lambd;
        UniformDraws(t, Gen(g), u => scale * Math.Log(1.0 - u));
    }

    /// <summary>t.cauchy_(median, sigma): median + sigma * tan(pi * (u - 1/2)).</summary>
    public static void Cauchy_(Tensor t, double median, double sigma, Generator? g)
    {
        if (!t._dtype.IsFloating()) throw NotImplemented("cauchy_cpu", t._dtype);
        UniformDraws(t, Gen(g), u => Math.FusedMultiplyAdd(sigma, Math.Tan(Math.PI * (u - 0.5)), median));
    }

    /// <summary>t.log_normal_(mean, std): exp of a scalar normal draw (which shares the normal cache).</summary>
    public static void LogNormal_(Tensor t, double mean, double std, Generator? g)
    {
        if (!(std > 0.0)) throw NativeGradException.Arg($"log_normal_ expects std > 0.0, but found std={Cpp(std)}");
        if (!t._dtype.IsFloating()) throw NotImplemented("log_normal_cpu", t._dtype);
        FloatingDraws(t, Gen(g), gen => Math.Exp(Math.FusedMultiplyAdd(gen.NextNormal(), std, mean)));
    }

    /// <summary>t.geometric_(p): ceil(log(u) / log(1 - p)).</summary>
    public static void Geometric_(Tensor t, double p, Generator? g)
    {
        if (!(p > 0 && p < 1)) throw NativeGradException.Arg($"geometric_ expects p to be in (0, 1), but got p={Cpp(p)}");
        var gen = Gen(g);
        var dtype = t._dtype;
        if (dtype == DType.Bool) throw NotImplemented("geometric_cpu", dtype);
        double den = Math.Log(1.0 - p);
        Fill(t, (dst, n) => Chunked(gen, n, 2, (w, at, m) =>
        {
            for (int k = 0; k < m; k++)
            {
                double v = Math.Ceiling(Math.Log(U53(w, k)) / den);
                if (dtype == DType.Int64) ((long*)dst)[at + k] = double.IsFinite(v) ? (long)v : long.MinValue;
                else if (dtype == DType.Float32) ((float*)dst)[at + k] = (float)v;
                else ((double*)dst)[at + k] = v;
            }
        }));
    }

    /// <summary>One value per element from one 53-bit uniform (torch's double distributions), cast to t's dtype.</summary>
    private static void UniformDraws(Tensor t, Generator gen, Func<double, double> f)
    {
        bool f32 = t._dtype == DType.Float32;
        Fill(t, (dst, n) => Chunked(gen, n, 2, (w, at, m) =>
        {
            if (f32) for (int k = 0; k < m; k++) ((float*)dst)[at + k] = (float)f(U53(w, k));
            else for (int k = 0; k < m; k++) ((double*)dst)[at + k] = f(U53(w, k));
        }));
    }

    /// <summary>Scalar draws with normals (variable draws per element: the cached second normal).</summary>
    private static void FloatingDraws(Tensor t, Generator gen, Func<Generator, double> draw)
    {
        bool f32 = t._dtype == DType.Float32;
        Fill(t, (dst, n) =>
        {
            lock (gen.Lock)
                for (long i = 0; i < n; i++)
                {
                    double v = draw(gen);
                    if (f32) ((float*)dst)[i] = (float)v;
                    else ((double*)dst)[i] = v;
                }
        });
    }

    private unsafe delegate void ChunkBody(uint* words, long first, int count);

    /// <summary>Draws wordsPerElement words per element, a chunk at a time, and hands each chunk to body
    /// (element first .. first+count-1). The lock is held for the whole fill, as torch's kernels hold it.</summary>
    private static void Chunked(Generator gen, long n, int wordsPerElement, ChunkBody body)
    {
        const int Chunk = 2048;
        uint* w = stackalloc uint[2 * Chunk];
        lock (gen.Lock)
            for (long i = 0; i < n; i += Chunk)
            {
                int m = (int)Math.Min(Chunk, n - i);
                gen.Engine.Fill(new Span<uint>(w, m * wordsPerElement));
                body(w, i, m);
            }
    }

    /// <summary>The k-th 64-bit draw of a chunk (two words, the first high).</summary>
    private static ulong W64(uint* w, int k) => ((ulong)w[2 * k] << 32) | w[2 * k + 1];

    private static double U53(uint* w, int k) => U53(w[2 * k], w[2 * k + 1]);

    // ---- visiting order ----------------------------------------------------------------------------

    /// <summary>t's dims sorted by decreasing stride (stable), as torch's TensorIterator orders a
    /// nullary op's output; perm[i] is the original dim at position i.</summary>
    internal static (int[] Shape, int[] Strides, int[] Perm) MemoryOrder(Tensor t)
    {
        int nd = t.Dim;
        var perm = new int[nd];
        for (int i = 0; i < nd; i++) perm[i] = i;
        // insertion sort: stable, and dims of size 1 or stride 0 keep their place
        for (int i = 1; i < nd; i++)
            for (int j = i; j > 0; j--)
            {
                int a = perm[j - 1], b = perm[j];
                if (t._shape[a] == 1 || t._shape[b] == 1 || t._strides[a] == 0 || t._strides[b] == 0) break;
                if (t._strides[a] >= t._strides[b]) break;
                (perm[j - 1], perm[j]) = (b, a);
            }
        var shape = new int[nd];
        var strides = new int[nd];
        for (int i = 0; i < nd; i++) { shape[i] = t._shape[perm[i]]; strides[i] = t._strides[perm[i]]; }
        return (shape, strides, perm);
    }

    private static bool IsDenseRowMajor(int[] shape, int[] strides)
    {
        long expected = 1;
        for (int i = shape.Length - 1; i >= 0; i--)
        {
            if (shape[i] == 1) continue;
            if (strides[i] != expected) return false;
            expected *= shape[i];
        }
        return true;
    }

    /// <summary>Runs produce on t's memory when its visiting order is its memory layout, else on a buffer
    /// then scattered; either way produce writes n values of t's dtype in visiting order.</summary>
    private static void Fill(Tensor t, Producer produce)
    {
        long n = t.Numel;
        if (n == 0) return;
        if (t.IsContiguous)
        {
            produce(t.Ptr, n);
            return;
        }
        var (shape, strides, _) = MemoryOrder(t);
        if (IsDenseRowMajor(shape, strides))
        {
            produce(t.Ptr, n);
            return;
        }
        int item = t._dtype.ItemSize();
        void* tmp = NativeMemory.AlignedAlloc((nuint)(n * item), 64);
        try
        {
            produce(tmp, n);
            var it = new StridedIter(shape, strides, null);
            byte* d = (byte*)t.Ptr, s = (byte*)tmp;
            long k = 0;
            do
                for (int j = 0; j < it.InnerSize; j++, k++)
                    Buffer.MemoryCopy(s + k * item, d + (it.OffA + (long)j * it.InnerA) * item, item, item);
            while (it.Next());
        }
        finally { NativeMemory.AlignedFree(tmp); }
    }

    /// <summary>body(lo, hi) over [0, n) in pieces of at least grain, on the worker pool when long.</summary>
    private static void ForChunks(long n, int grain, Action<long, long> body)
    {
        if (Elementwise.Chunks((nint)n, grain, out int tasks, out nint per))
        {
            WorkerPool.Run(tasks, k => { long lo = k * (long)per; body(lo, Math.Min(n, lo + per)); });
            return;
        }
        if (n > 0) body(0, n);
    }

    // ---- messages ----------------------------------------------------------------------------------

    private static NativeGradException NotImplemented(string kernel, DType d)
        => NativeGradException.DType($"\"{kernel}\" not implemented for '{ScalarName(d)}'");

    /// <summary>torch's ScalarType name (Float, Double, Long, Bool).</summary>
    internal static string ScalarName(DType d) => d.ScalarName();

    private static string ShortName(DType d) => d switch
    {
        DType.Float32 => "float", DType.Float64 => "double", DType.Int64 => "long int", _ => "bool",
    };

    /// <summary>A double as C++'s ostream prints it (printf's %g: 6 significant digits), as in torch's messages.</summary>
    internal static string Cpp(double v)
    {
        if (double.IsNaN(v)) return "nan";
        if (double.IsInfinity(v)) return v > 0 ? "inf" : "-inf";
        if (v == 0) return double.IsNegative(v) ? "-0" : "0";
        string e = v.ToString("E5", CultureInfo.InvariantCulture);   // d.dddddE+xxx, rounded to 6 digits
        int exp = int.Parse(e[(e.IndexOf('E') + 1)..], CultureInfo.InvariantCulture);
        if (exp < -4 || exp >= 6)
        {
            string mant = e[..e.IndexOf('E')];
            if (mant.Contains('.')) mant = mant.TrimEnd('0').TrimEnd('.');
            return $"{mant}e{(exp < 0 ? '-' : '+')}{Math.Abs(exp):00}";
        }
        string f = v.ToString("F" + Math.Max(0, 5 - exp), CultureInfo.InvariantCulture);
        if (f.Contains('.')) f = f.TrimEnd('0').TrimEnd('.');
        return f;
    }
}
