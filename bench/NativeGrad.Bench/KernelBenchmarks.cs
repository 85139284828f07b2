using BenchmarkDotNet.Attributes;
using NativeGrad.Kernels;

namespace NativeGrad.Bench;

/// <summary>The packed GEMM on square row-major operands and on the transposed forms backward uses.</summary>
[MemoryDiagnoser]
public unsafe class GemmBenchmarks : IDisposable
{
    [Params(64, 256, 1024)] public int N;
    [Params(DType.Float32, DType.Float64)] public DType DT;
    private Tensor _a = null!, _b = null!, _c = null!;

    [GlobalSetup]
    public void Setup()
    {
        _a = Tensor.Randn([N, N], DT); _b = Tensor.Randn([N, N], DT); _c = Tensor.Empty([N, N], DT);
    }

    [GlobalCleanup] public void Dispose() { _a.Dispose(); _b.Dispose(); _c.Dispose(); }

    private void Run(int sa0, int sa1, int sb0, int sb1)
    {
        if (DT == DType.Float32) Gemm.Run(_a.DataPtr<float>(), sa0, sa1, _b.DataPtr<float>(), sb0, sb1, _c.DataPtr<float>(), N, N, N);
        else Gemm.Run(_a.DataPtr<double>(), sa0, sa1, _b.DataPtr<double>(), sb0, sb1, _c.DataPtr<double>(), N, N, N);
    }

    /// <summary>A*B.</summary>
    [Benchmark(Baseline = true)] public void AB() => Run(N, 1, N, 1);
    /// <summary>A^T*B (the weight gradient form).</summary>
    [Benchmark] public void AtB() => Run(1, N, N, 1);
    /// <summary>A*B^T (the input gradient form).</summary>
    [Benchmark] public void ABt() => Run(N, 1, 1, N);
}

/// <summary>Elementwise and reduction kernels at 1K, 1M and 16M float32 elements.</summary>
public unsafe class ElementwiseBenchmarks : IDisposable
{
    [Params(1 << 10, 1 << 20, 1 << 24)] public int Len;
    private Tensor _x = null!, _y = null!, _z = null!;

    [GlobalSetup]
    public void Setup() { _x = Tensor.Randn([Len]); _y = Tensor.Randn([Len]); _z = Tensor.Empty([Len], DType.Float32); }

    [GlobalCleanup] public void Dispose() { _x.Dispose(); _y.Dispose(); _z.Dispose(); }

    [Benchmark] public void Mul() => Elementwise.Binary<MulOp<float>, float>(_x.DataPtr<float>(), _y.DataPtr<float>(), _z.DataPtr<float>(), Len);
    [Benchmark] public void Exp() => Elementwise.Unary<ExpOp<float>, float>(_x.DataPtr<float>(), _z.DataPtr<float>(), Len);
    [Benchmark] public double Sum() => Reduce.Sum(_x.DataPtr<float>(), Len);
}

/// <summary>Whole autograd graphs through the managed API: the per-op overhead on tiny tensors.</summary>
[MemoryDiagnoser]
public class GraphBenchmarks
{
    /// <summary>The seed graph log(x**3), forward and backward, on a scalar.</summary>
    [Benchmark]
    public double SeedScalar()
    {
        using var x = Tensor.Scalar(1.5, DType.Float64).RequiresGrad_();
        using var p = x.Pow(3);
        using var y = p.Log();
        y.Backward();
        return x.Grad!.Item();
    }
}
