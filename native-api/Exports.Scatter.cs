using NativeGrad.Ops;

namespace NativeGrad.Native;

// The in-place scatters (issue 10), which the op declarations do not generate: the generator's
// in-place exports take self as their only tensor.
[ExportGroup("Tensor operations", Order = 2)]
public static unsafe partial class Exports
{
    /// <summary>self.scatter_(dim, index, src): src's elements written at the positions index selects along dim (ScatterBackward0).</summary>
    [Export("ng_scatter_src_")]
    internal static void ScatterSrcInPlace(TensorHandle self, long dim, TensorHandle index, TensorHandle src)
        => Functions.Scatter_(Abi.T(self), Abi.Int(dim), Abi.T(index), Abi.T(src));

    /// <summary>self.scatter_(dim, index, value): value written at the positions index selects along dim (ScatterBackward1).</summary>
    [Export("ng_scatter_value_")]
    internal static void ScatterValueInPlace(TensorHandle self, long dim, TensorHandle index, double value)
        => Functions.ScatterValue_(Abi.T(self), Abi.Int(dim), Abi.T(index), value);
}
