using NativeGrad.Kernels;

namespace NativeGrad.Fusion;

// The operator structs of the eager kernels, boxed once per op as objects a recorded expression can
// hold: NativeAOT has no JIT, so a fused region is interpreted tile by tile, each instruction one
// call of the same contiguous driver (Elementwise.*Core) the eager op runs. Same driver, same
// operator, same vector grouping (tiles start at multiples of the vector width): the same bits.

/// <summary>A unary elementwise kernel over one tile (y = op(x)).</summary>
internal abstract unsafe class UnaryKernel
{
    public abstract void Run(float* x, float* y, nint n);
    public abstract void Run(double* x, double* y, nint n);
}

/// <summary>The kernel of the operator structs <typeparamref name="TF"/> / <typeparamref name="TD"/>.</summary>
internal sealed unsafe class UnaryKernel<TF, TD> : UnaryKernel where TF : IUnaryOp<float> where TD : IUnaryOp<double>
{
    public static readonly UnaryKernel<TF, TD> Instance = new();

    public override void Run(float* x, float* y, nint n) => Elementwise.UnaryCore<TF, float>(x, y, n);
    public override void Run(double* x, double* y, nint n) => Elementwise.UnaryCore<TD, double>(x, y, n);
}

/// <summary>A binary elementwise kernel over one tile: both operands tiles, or one a scalar.</summary>
internal abstract unsafe class BinaryKernel
{
    public abstract void Run(float* a, float* b, float* y, nint n);
    public abstract void Run(double* a, double* b, double* y, nint n);
    public abstract void RunScalarB(float* a, float b, float* y, nint n);
    public abstract void RunScalarB(double* a, double b, double* y, nint n);
    public abstract void RunScalarA(float a, float* b, float* y, nint n);
    public abstract void RunScalarA(double a, double* b, double* y, nint n);
}

/// <summary>The kernel of the operator structs <typeparamref name="TF"/> / <typeparamref name="TD"/>.</summary>
internal sealed unsafe class BinaryKernel<TF, TD> : BinaryKernel where TF : IBinaryOp<float> where TD : IBinaryOp<double>
{
    public static readonly BinaryKernel<TF, TD> Instance = new();

    public override void Run(float* a, float* b, float* y, nint n) => Elementwise.BinaryCore<TF, float>(a, b, y, n);
    public override void Run(double* a, double* b, double* y, nint n) => Elementwise.BinaryCore<TD, double>(a, b, y, n);
    public override void RunScalarB(float* a, float b, float* y, nint n) => Elementwise.BinaryScalarBCore<TF, float>(a, b, y, n);
    public override void RunScalarB(double* a, double b, double* y, nint n) => Elementwise.BinaryScalarBCore<TD, double>(a, b, y, n);
    public override void RunScalarA(float a, float* b, float* y, nint n) => Elementwise.BinaryScalarACore<TF, float>(a, b, y, n);
    public override void RunScalarA(double a, double* b, double* y, nint n) => Elementwise.BinaryScalarACore<TD, double>(a, b, y, n);
}
