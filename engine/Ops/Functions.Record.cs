
namespace NativeGrad.Ops;

/// <summary>
/// The ops: each computes its forward with a kernel and, when grad mode is on and an input
/// requires grad, records an <see cref="OpNode"/> for its op-table row.
/// </summary>
internal static partial class Functions
{
    /// <summary>True if an op on these inputs must record a node.</summary>
    private static bool NeedsRecord(Tensor a) => a.RequiresGrad && GradMode.IsEnabled;

    private static bool NeedsRecord(Tensor a, Tensor b) => (a.RequiresGrad || b.RequiresGrad) && GradMode.IsEnabled;

    private static Edge EdgeOf(Tensor? t)
    {
        if (t is null) return default;
        if (t._gradFn is { } fn) return new Edge(fn, t._outputNr);
        if (t._requiresGrad) return new Edge(t.GradAccumulator(), 0);
        return default;
    }

    /// <summary>Links <paramref name="result"/> to a new node for <paramref name="kind"/> and saves what the row asks for.</summary>
    private static OpNode Record(OpKind kind, Tensor result, params ReadOnlySpan<Tensor?> inputs)
    {
        var def = OpTable.Get(kind);
        var edges = new Edge[inputs.Length];
        for (int i = 0; i < inputs.Length; i++) edges[i] = EdgeOf(inputs[i]);
        var node = new OpNode(def, edges, result, inputs);
        node.IncRef();
        result._gradFn = node;
        result._outputNr = 0;
        if ((def.Saves & Saves.In0) != 0) node.In0 = new SavedTensor(inputs[0]!, isOutput: false);
        if ((def.Saves & Saves.In1) != 0) node.In1 = new SavedTensor(inputs[1]!, isOutput: false);
        if ((def.Saves & Saves.In2) != 0) node.In2 = new SavedTensor(inputs[2]!, isOutput: false);
        if ((def.Saves & Saves.Out) != 0) node.Out = new SavedTensor(result, isOutput: true);
        return node;
    }

    private static Tensor Recorded(OpKind kind, Tensor result, Tensor a)
    {
        if (NeedsRecord(a)) Record(kind, result, a);
        return result;
    }

    /// <summary>Records an op with a scalar argument; <paramref name="scalarEdge"/> places the
    /// (None, 0) edge PyTorch gives the wrapped scalar: -1 before the tensor, 1 after it, 0 none.</summary>
    private static Tensor Recorded(OpKind kind, Tensor result, Tensor a, double scalar, int scalarEdge = 0)
    {
        if (!NeedsRecord(a)) return result;
        var node = scalarEdge < 0 ? Record(kind, result, null, a) : scalarEdge > 0 ? Record(kind, result, a, null) : Record(kind, result, a);
        node.Scalar = scalar;
        return result;
    }

    private static Tensor Recorded(OpKind kind, Tensor result, Tensor a, Tensor b)
    {
        if (NeedsRecord(a, b)) Record(kind, result, a, b);
        return result;
    }
}
