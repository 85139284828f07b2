namespace NativeGrad;

/// <summary>
/// Checks analytical gradients against central finite differences (PyTorch's gradcheck and
/// gradgradcheck). Use float64 inputs that require grad.
/// </summary>
public static unsafe class GradCheck
{
    /// <summary>The largest absolute difference found and where, or null if all entries were within tolerance.</summary>
    public sealed record Failure(int Input, long InputIndex, long OutputIndex, double Analytical, double Numerical);

    /// <summary>Compares the Jacobian of f at inputs computed by autograd with central differences.
    /// Returns null on success, else the first mismatch.</summary>
    public static Failure? Check(Func<Tensor[], Tensor> f, Tensor[] inputs, double eps = 1e-6, double atol = 1e-5, double rtol = 1e-3)
    {
        CheckTolerances(eps, atol, rtol);
        // Non-leaf inputs are fine (as in PyTorch): f is differentiated with respect to them and
        // their memory is perturbed like a leaf's.
        foreach (var x in inputs)
            if (x.DType != DType.Float64 || !x.RequiresGrad)
                throw NativeGradException.Arg("gradcheck expects float64 inputs that require grad");
        using var scope = new TensorScope();
        var y = f(inputs);
        long m = y.Numel;
        var outShape = y.Shape;
        // Analytical Jacobian: one vector-Jacobian product per output element.
        var ana = new double[inputs.Length][,];
        for (int i = 0; i < inputs.Length; i++) ana[i] = new double[m, inputs[i].Numel];
        for (long j = 0; j < m && y.RequiresGrad; j++)
        {
            var v = Tensor.Zeros(outShape, y.DType);
            Kernels.Fill.Set(v.Ptr, j, v.DType, 1);
            var grads = Engine.Grad([y], inputs, [v], retainGraph: true, createGraph: false, allowUnused: true);
            for (int i = 0; i < inputs.Length; i++)
            {
                if (grads[i] is null) continue;
                var g = grads[i]!.ToDoubleArray();
                for (long k = 0; k < g.Length; k++) ana[i][j, k] = g[k];
                grads[i]!.Dispose();
            }
        }
        // Numerical Jacobian, perturbing the inputs' memory directly (grad mode stays on:
        // f may itself differentiate, as in the second-order check).
        {
            for (int i = 0; i < inputs.Length; i++)
            {
                var x = inputs[i];
                var offsets = ElementOffsets(x);
                for (long k = 0; k < offsets.Length; k++)
                {
                    // Each write goes through Ptr: pending results that read x are computed first.
                    double orig = *Cell(x, offsets[k]);
                    *Cell(x, offsets[k]) = orig + eps;
                    var plus = Eval(f, inputs);
                    *Cell(x, offsets[k]) = orig - eps;
                    var minus = Eval(f, inputs);
                    *Cell(x, offsets[k]) = orig;
                    for (long j = 0; j < m; j++)
                    {
                        double num = (plus[j] - minus[j]) / (2 * eps);
                        double a = ana[i][j, k];
                        if (Math.Abs(a - num) > atol + rtol * Math.Abs(num)) return new Failure(i, k, j, a, num);
                    }
                }
            }
        }
        return null;
    }

    /// <summary>Checks second derivatives (gradgradcheck): gradcheck of (x, v) -> autograd.grad(f(x), x, v, create_graph)
    /// with respect to both the inputs and the output gradient v.</summary>
    public static Failure? CheckSecondOrder(Func<Tensor[], Tensor> f, Tensor[] inputs, double eps = 1e-6, double atol = 1e-5, double rtol = 1e-3)
    {
        CheckTolerances(eps, atol, rtol);
        Tensor v;
        using (Autograd.NoGrad())
        using (var scope = new TensorScope())
        {
            var y = f(inputs);
            v = scope.Keep(Tensor.Randn(y.Shape, y.DType)).RequiresGrad_();
        }
        int n = inputs.Length;
        var all = inputs.Append(v).ToArray();
        try
        {
            for (int i = 0; i < n; i++)
            {
                int which = i;
                var failure = Check(xs =>
                {
                    var x = xs[..n];
                    var g = Engine.Grad([f(x)], x, [xs[n]], retainGraph: true, createGraph: true, allowUnused: true)[which];
                    // An input the output does not depend on has a zero gradient, constant in x and v.
                    return g ?? Tensor.Zeros(xs[which].Shape, DType.Float64);
                }, all, eps, atol, rtol);
                if (failure != null) return failure;
            }
            return null;
        }
        finally { v.Dispose(); }
    }

    // A zero, negative or NaN step makes the central difference meaningless (0/0, or every check passing).
    private static void CheckTolerances(double eps, double atol, double rtol)
    {
        if (!(eps > 0) || double.IsInfinity(eps))
            throw NativeGradException.Arg($"gradcheck: eps must be positive and finite, got {NativeGradException.Num(eps)}");
        if (!(atol >= 0) || !(rtol >= 0))
            throw NativeGradException.Arg($"gradcheck: atol and rtol must be non-negative, got atol={NativeGradException.Num(atol)}, rtol={NativeGradException.Num(rtol)}");
    }

    private static double[] Eval(Func<Tensor[], Tensor> f, Tensor[] inputs)
    {
        using var scope = new TensorScope();
        return f(inputs).ToDoubleArray();
    }

    // Storage offsets of a tensor's elements in row-major order (works for strided inputs).
    private static double* Cell(Tensor x, long offset) => (double*)x.Ptr - x._offset + offset;

    private static long[] ElementOffsets(Tensor x)
    {
        var r = new long[x.Numel];
        var idx = new int[x.Dim];
        for (long n = 0; n < r.Length; n++)
        {
            long off = x._offset;
            for (int d = 0; d < idx.Length; d++) off += (long)idx[d] * x._strides[d];
            r[n] = off;
            for (int d = idx.Length - 1; d >= 0; d--)
            {
                if (++idx[d] < x._shape[d]) break;
                idx[d] = 0;
            }
        }
        return r;
    }
}
