using System.Diagnostics;
using System.Runtime.Intrinsics;
using NativeGrad.Kernels;

namespace NativeGrad.Bench;

/// <summary>
/// <c>math</c>: nanoseconds per element, one thread, of the float32 transcendental kernels
/// (4096 elements, in L1) against .NET's Vector256 functions they replaced; A/B interleaved,
/// best of 12 rounds, so a loaded machine disturbs both sides alike.
/// </summary>
internal static unsafe class MathSweep
{
    private struct NetExp : IUnaryOp<float> { public static float Invoke(float x) => MathF.Exp(x); public static Vector256<float> Invoke(Vector256<float> x) => Vector256.Exp(x); }
    private struct NetLog : IUnaryOp<float> { public static float Invoke(float x) => MathF.Log(x); public static Vector256<float> Invoke(Vector256<float> x) => Vector256.Log(x); }
    private struct NetSin : IUnaryOp<float> { public static float Invoke(float x) => MathF.Sin(x); public static Vector256<float> Invoke(Vector256<float> x) => Vector256.Sin(x); }
    private struct NetCos : IUnaryOp<float> { public static float Invoke(float x) => MathF.Cos(x); public static Vector256<float> Invoke(Vector256<float> x) => Vector256.Cos(x); }
    private struct NetSigmoid : IUnaryOp<float>
    {
        public static float Invoke(float x) => 1 / (1 + MathF.Exp(-x));
        public static Vector256<float> Invoke(Vector256<float> x) => Vector256<float>.One / (Vector256<float>.One + Vector256.Exp(-x));
    }

    public static void Run()
    {
        const int n = 4096, reps = 4000;
        var x = new float[n]; var xl = new float[n]; var y = new float[n];
        var r = new System.Random(1);
        for (int i = 0; i < n; i++) { x[i] = (float)(6 * r.NextDouble() - 3); xl[i] = Math.Abs(x[i]) + 0.05f; }
        fixed (float* px = x, pl = xl, py = y)
        {
            float* a = px, l = pl, o = py;
            var rows = new (string, Action)[]
            {
                ("exp  .NET", () => Elementwise.Unary<NetExp, float>(a, o, n)), ("exp  ours", () => Elementwise.Unary<ExpOp<float>, float>(a, o, n)),
                ("log  .NET", () => Elementwise.Unary<NetLog, float>(l, o, n)), ("log  ours", () => Elementwise.Unary<LogOp<float>, float>(l, o, n)),
                ("sin  .NET", () => Elementwise.Unary<NetSin, float>(a, o, n)), ("sin  ours", () => Elementwise.Unary<SinOp<float>, float>(a, o, n)),
                ("cos  .NET", () => Elementwise.Unary<NetCos, float>(a, o, n)), ("cos  ours", () => Elementwise.Unary<CosOp<float>, float>(a, o, n)),
                ("sigmoid .NET exp", () => Elementwise.Unary<NetSigmoid, float>(a, o, n)), ("sigmoid ours", () => Elementwise.Unary<SigmoidOp<float>, float>(a, o, n)),
                ("tanh ours", () => Elementwise.Unary<TanhOp<float>, float>(a, o, n)),
                ("sin backward (fused)", () => Elementwise.Binary<SinBackwardOp<float>, float>(a, a, o, n)),
                ("mul (reference)", () => Elementwise.Binary<MulOp<float>, float>(a, a, o, n)),
            };
            var best = new double[rows.Length];
            Array.Fill(best, double.MaxValue);
            for (int round = 0; round < 12; round++)
                for (int j = 0; j < rows.Length; j++)
                {
                    var sw = Stopwatch.StartNew();
                    for (int i = 0; i < reps; i++) rows[j].Item2();
                    best[j] = Math.Min(best[j], sw.Elapsed.TotalSeconds * 1e9 / reps / n);
                }
            for (int j = 0; j < rows.Length; j++) Console.WriteLine($"{rows[j].Item1,-22} {best[j]:F3} ns/element");
        }
    }
}
