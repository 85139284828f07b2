using NativeGrad.Ops;

namespace NativeGrad;

// The in-place scatters (issue 10), which the declarations do not generate.
public sealed partial class Tensor
{
    /// <summary>Writes src's elements into this tensor at the positions index selects along dim (grad_fn ScatterBackward0).</summary>
    public Tensor Scatter_(int dim, Tensor index, Tensor src) => Functions.Scatter_(this, dim, index, src);

    /// <summary>Writes value into this tensor at the positions index selects along dim (grad_fn ScatterBackward1).</summary>
    public Tensor ScatterValue_(int dim, Tensor index, double value) => Functions.ScatterValue_(this, dim, index, value);
}
