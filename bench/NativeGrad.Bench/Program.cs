using System.Diagnostics;
using BenchmarkDotNet.Running;
using NativeGrad.Kernels;

namespace NativeGrad.Bench;

/// <summary>
/// Entry point. <c>gemm</c> prints GFLOP/s of the GEMM kernel alone (a quick Stopwatch
/// sweep, used while tuning); <c>shapes [-t threads] m,k,n,LA,LB ...</c> the same for given
/// shapes and layouts (N row-major, T transposed), by wall and by process CPU time (the steadier
/// figure on a shared machine); anything else goes to BenchmarkDotNet's switcher
/// (e.g. <c>--filter '*' --job short</c>).
/// </summary>
public static class Program
{
    public static int Main(string[] args)
    {
        if (args.Length > 0 && args[0] == "gemm") { GemmSweep(args.Skip(1).Select(int.Parse).ToArray()); return 0; }
        if (args.Length > 0 && args[0] == "ew") { EwSweep(); return 0; }
        if (args.Length > 0 && args[0] == "shapes") { Shapes(args.Skip(1).ToArray()); return 0; }
        if (args.Length > 0 && args[0] == "math") { MathSweep.Run(); return 0; }
        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
        return 0;
    }

    private static unsafe void EwSweep()
    {
        const int n = 1 << 18;
        using var a = Tensor.Randn([n]);
        using var b = Tensor.Randn([n]);
        using var y = Tensor.Empty([n], DType.Float32);
        for (int r = 0; r < 3; r++)
        {
            var sw = Stopwatch.StartNew();
            for (int i = 0; i < 100; i++) Elementwise.Binary<MulOp<float>, float>(a.DataPtr<float>(), b.DataPtr<float>(), y.DataPtr<float>(), n);
            double t1 = sw.Elapsed.TotalSeconds;
            for (int i = 0; i < 100; i++) Elementwise.Unary<ExpOp<float>, float>(a.DataPtr<float>(), y.DataPtr<float>(), n);
            double t2 = sw.Elapsed.TotalSeconds;
            Console.WriteLine($"mul {t1 * 1e4:F1} us  exp {(t2 - t1) * 1e4:F1} us  (n={n})");
        }
    }

    private static unsafe void Shapes(string[] specs)
    {
        for (int i = 0; i < specs.Length; i++)
        {
            if (specs[i] == "-t") { Threads.Count = int.Parse(specs[++i]); continue; }
            bool f64 = specs[i].StartsWith("d:");
            var p = specs[i].Replace("d:", "").Split(',');
            int m = int.Parse(p[0]), k = int.Parse(p[1]), n = int.Parse(p[2]);
            bool ta = p.Length > 3 && p[3] == "T", tb = p.Length > 4 && p[4] == "T";
            var dt = f64 ? DType.Float64 : DType.Float32;
            using var a = Tensor.Randn(ta ? [k, m] : [m, k], dt);
            using var b = Tensor.Randn(tb ? [n, k] : [k, n], dt);
            using var c = Tensor.Empty([m, n], dt);
            int sa0 = ta ? 1 : k, sa1 = ta ? m : 1, sb0 = tb ? 1 : n, sb1 = tb ? k : 1;
            void Once()
            {
                if (!f64) Gemm.Run(a.DataPtr<float>(), sa0, sa1, b.DataPtr<float>(), sb0, sb1, c.DataPtr<float>(), m, k, n);
                else Gemm.Run(a.DataPtr<double>(), sa0, sa1, b.DataPtr<double>(), sb0, sb1, c.DataPtr<double>(), m, k, n);
            }
            for (int w = 0; w < 3; w++) Once();
            double flops = 2.0 * m * n * k, best = double.MaxValue, bestCpu = double.MaxValue;
            int reps = Math.Max(5, (int)(2e10 / flops));
            var proc = Process.GetCurrentProcess();
            for (int r = 0; r < reps; r++)
            {
                proc.Refresh();
                var c0 = proc.TotalProcessorTime;
                var sw = Stopwatch.StartNew();
                Once();
                double dt1 = sw.Elapsed.TotalSeconds;
                proc.Refresh();
                best = Math.Min(best, dt1);
                bestCpu = Math.Min(bestCpu, (proc.TotalProcessorTime - c0).TotalSeconds);
            }
            Console.WriteLine($"{specs[i],-22} {best * 1e3,9:F3} ms {flops / best / 1e9,7:F1} GFLOP/s   cpu {flops / bestCpu / 1e9,7:F1} GFLOP/cpu-s");
        }
    }

    private static unsafe void GemmSweep(int[] sizes)
    {
        if (sizes.Length == 0) sizes = [64, 256, 512, 1024];
        foreach (var dt in new[] { DType.Float32, DType.Float64 })
            foreach (int n in sizes)
            {
                using var a = Tensor.Randn([n, n], dt);
                using var b = Tensor.Randn([n, n], dt);
                using var c = Tensor.Empty([n, n], dt);
            foreach (var (form, sa0, sa1, sb0, sb1) in new[] { ("A*B", n, 1, n, 1), ("A^T*B", 1, n, n, 1), ("A*B^T", n, 1, 1, n), ("A*ones", n, 1, 0, 0), ("ones*B^T", 0, 0, 1, n) })
            {
                void Once()
                {
                    if (dt == DType.Float32) Gemm.Run(a.DataPtr<float>(), sa0, sa1, b.DataPtr<float>(), sb0, sb1, c.DataPtr<float>(), n, n, n);
                    else Gemm.Run(a.DataPtr<double>(), sa0, sa1, b.DataPtr<double>(), sb0, sb1, c.DataPtr<double>(), n, n, n);
                }
                Once();
                int reps = Math.Max(3, (int)(2e9 / (2.0 * n * n * n)));
                double best = double.MaxValue;
                for (int r = 0; r < reps; r++)
                {
                    var sw = Stopwatch.StartNew();
                    Once();
                    best = Math.Min(best, sw.Elapsed.TotalSeconds);
                }
                Console.WriteLine($"gemm {dt} {form,-8} n={n}: {best * 1e3:F3} ms  {2.0 * n * n * n / best / 1e9:F1} GFLOP/s");
            }
            }
    }
}
