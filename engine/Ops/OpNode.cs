namespace NativeGrad.Ops;

/// <summary>An op's identity for tests and tools: its kind, its grad_fn name, whether it has a derivative, and
/// how its derivative takes a batched gradient.</summary>
internal sealed record OpDef(OpKind Kind, string GradFnName, bool IsDifferentiable, BatchRule Batch = BatchRule.PerSlice);

/// <summary>The table of every declared op (the rows are generated from engine/Ops/Declarations).</summary>
internal static partial class OpTable
{
    public static OpDef Get(OpKind k) => s_rows[(int)k];

    public static IReadOnlyList<OpDef> All => s_rows;
}

/// <summary>
/// The backward node of a declared op. Each op has a generated subclass (Generated/Nodes.g.cs)
/// whose typed fields are exactly what its derivative reads (saved tensors and arguments).
/// </summary>
internal abstract class OpNode : Node
{
    public readonly OpDef Def;
    // Each input's shape and dtype (one array: a node is made for every recorded op).
    public readonly (int[] Shape, DType Type)[] Inputs;
    private bool _released;

    /// <summary>inputs[i] is null where PyTorch has a scalar argument (its edge is (None, 0)).</summary>
    protected OpNode(OpDef def, Edge[] next, Tensor result, ReadOnlySpan<Tensor?> inputs)
        : base(next, result._shape, result._dtype)
    {
        Def = def;
        Inputs = new (int[], DType)[inputs.Length];
        for (int i = 0; i < inputs.Length; i++)
            Inputs[i] = (inputs[i]?._shape ?? Shape.Scalar, inputs[i]?._dtype ?? result._dtype);
    }

    /// <summary>The node of an op returning a list of tensors: one output per tensor.</summary>
    protected OpNode(OpDef def, Edge[] next, Tensor[] results, ReadOnlySpan<Tensor?> inputs) : base(next)
    {
        Def = def;
        SetOutputs(results.Select(r => r._shape).ToArray(), results.Select(r => r._dtype).ToArray());
        Inputs = new (int[], DType)[inputs.Length];
        for (int i = 0; i < inputs.Length; i++)
            Inputs[i] = (inputs[i]?._shape ?? Shape.Scalar, inputs[i]?._dtype ?? DType.Float32);
    }

    /// <summary>True where input i needs a gradient (its edge leads somewhere).</summary>
    public bool InputNeedsGrad(int i) => _next[i].Node != null;

    /// <summary>True once backward freed the saved values (a scalar argument counts as saved for the ops that read it).</summary>
    protected bool Released => _released;

    public override string Name => Def.GradFnName;

    internal override BatchRule BatchRule => Def.Batch;

    /// <summary>The derivative: one gradient (or null) per input, from the output's gradient.</summary>
    protected virtual Tensor?[] Derive(Tensor grad) => throw new InvalidOperationException($"{Name} has several outputs");

    /// <summary>The derivative from every output's gradient (null where an output got none); a
    /// single-output node fills a missing gradient with zeros and calls <see cref="Derive"/>.</summary>
    protected virtual Tensor?[] DeriveAll(Tensor?[] grads) => Derive(grads[0] ?? Tensor.Zeros(OutShape(0), OutType(0)));

    /// <summary>The saved slot of input i, if the derivative reads that input.</summary>
    internal virtual SavedTensor? SavedInput(int i) => null;

    /// <summary>The saved output, if the derivative reads it (an in-place op re-points it at the written tensor).</summary>
    internal virtual SavedTensor? SavedResult { get => null; set { } }

    /// <summary>True when inputs i and j were the same tensor (x * x): their saved values and gradients coincide.</summary>
    public bool SameInputs(int i, int j) => _next[i] == _next[j] && _next[i].Node != null
        && SavedInput(i)?.Peek is { } a && ReferenceEquals(a, SavedInput(j)?.Peek);

    internal override Tensor?[] Apply(Tensor?[] gradOutputs)
    {
        // The engine reduces broadcast gradients to each input's shape and dtype (Engine.ValidateOutputs).
        return DeriveAll(gradOutputs);
    }

    internal override void ReleaseVariables() => _released = true;
}
