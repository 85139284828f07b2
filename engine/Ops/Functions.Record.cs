namespace NativeGrad.Ops;

/// <summary>
/// The ops: each computes its forward with a kernel and, when grad mode is on and an input
/// requires grad, records its node through the generated Record* helper of its declaration.
/// </summary>
internal static partial class Functions
{
    /// <summary>True if an op on these inputs must record a node.</summary>
    private static bool NeedsRecord(Tensor a) => a.RequiresGrad && GradMode.IsEnabled;

    private static bool NeedsRecord(Tensor a, Tensor b) => (a.RequiresGrad || b.RequiresGrad) && GradMode.IsEnabled;

    private static bool AnyRequiresGrad(Tensor[] tensors)
    {
        foreach (var t in tensors) if (t.RequiresGrad) return true;
        return false;
    }

    private static Edge EdgeOf(Tensor? t)
    {
        if (t is null) return default;
        if (t._gradFn is { } fn) return new Edge(fn, t._outputNr);
        if (t._requiresGrad) return new Edge(t.GradAccumulator(), 0);
        return default;
    }

    /// <summary>Makes <paramref name="node"/> the grad_fn of <paramref name="result"/> (before saving outputs).</summary>
    private static void Link(OpNode node, Tensor result, int outputNr = 0)
    {
        node.IncRef();
        result._gradFn = node;
        result._outputNr = outputNr;
    }
}
