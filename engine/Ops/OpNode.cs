
namespace NativeGrad.Ops;

/// <summary>The backward node of an op-table op: the row, the saved tensors and the op's arguments.</summary>
internal sealed class OpNode : Node
{
    public readonly OpDef Def;
    public SavedTensor? In0, In1, In2, Out;
    private double _scalar;
    private bool _scalarFreed;
    public int[]? Dims;          // reduced dims (sorted, wrapped), for *Dim ops
    public bool KeepDim;
    // ops: a saved non-differentiable tensor (indices, a condition) and a second scalar argument.
    public SavedTensor? Aux;
    public double Scalar2;
    public int Dim0, Dim1;       // Transpose's dims; the dim of Select/Slice and of ops along one dim
    public long[]? IntArgs;      // views: select index, slice start/end/step
    // Each input's shape and dtype (one array: a node is made for every recorded op).
    public readonly (int[] Shape, DType Type)[] Inputs;

    /// <summary>True where input i needs a gradient (its edge leads somewhere).</summary>
    public bool InputNeedsGrad(int i) => _next[i].Node != null;

    /// <summary>inputs[i] is null where PyTorch has a scalar argument (its edge is (None, 0)).</summary>
    public OpNode(OpDef def, Edge[] next, Tensor result, ReadOnlySpan<Tensor?> inputs)
        : base(next, result._shape, result._dtype)
    {
        Def = def;
        Inputs = new (int[], DType)[inputs.Length];
        for (int i = 0; i < inputs.Length; i++)
        {
            Inputs[i] = (inputs[i]?._shape ?? Shape.Scalar, inputs[i]?._dtype ?? result._dtype);
        }
    }

    /// <summary>The op's scalar argument; for ops that count it as saved, gone after release.</summary>
    public double Scalar
    {
        get => _scalarFreed ? throw SavedTensor.FreedError() : _scalar;
        set => _scalar = value;
    }

    public override string Name => Def.GradFnName;

    internal override Tensor?[] Apply(Tensor?[] gradOutputs)
    {
        var g = gradOutputs[0] ?? Tensor.Zeros(OutShape(0), OutType(0));
        // The engine reduces broadcast gradients to each input's shape and dtype (Engine.ValidateOutputs).
        // A row may leave out trailing scalar arguments (edges to nowhere): the engine allows it.
        return Def.Backward!(new BackwardContext(this, g));
    }

    internal override bool HasSavedState => In0 != null || In1 != null || In2 != null || Out != null || Aux != null
        || (Def.Saves & Saves.Scalar) != 0;

    internal override void ReleaseVariables()
    {
        In0?.Release(); In1?.Release(); In2?.Release(); Out?.Release(); Aux?.Release();
        if ((Def.Saves & Saves.Scalar) != 0) _scalarFreed = true;
    }
}

/// <summary>What a derivative formula sees: the incoming gradient, saved tensors and op arguments.</summary>
internal readonly struct BackwardContext(OpNode node, Tensor grad)
{
    /// <summary>The gradient of the op's output.</summary>
    public Tensor G => grad;
    public Tensor In0 => node.In0!.Unpack(node);
    public Tensor In1 => node.In1!.Unpack(node);
    public Tensor In2 => node.In2!.Unpack(node);
    public Tensor Out => node.Out!.Unpack(node);
    public double Scalar => node.Scalar;
    /// <summary>The saved non-differentiable tensor (indices, condition) of ops that keep one.</summary>
    public Tensor Aux => node.Aux!.Unpack(node);
    public double Scalar2 => node.Scalar2;
    public int[] Dims => node.Dims!;
    public bool KeepDim => node.KeepDim;
    public int Dim0 => node.Dim0;
    public int Dim1 => node.Dim1;
    /// <summary>The dims argument of the op (the permutation of Permute).</summary>
    public int[] DimList => node.Dims!;
    /// <summary>Integer arguments of view ops (select index; slice start, end, step).</summary>
    public long[] IntArgs => node.IntArgs!;
    public bool Needs(int i) => node.InputNeedsGrad(i);

    /// <summary>True when inputs i and j were the same tensor (x * x): their saved values and gradients coincide.</summary>
    public bool SameInputs(int i, int j) => node._next[i] == node._next[j] && node._next[i].Node != null
        && ReferenceEquals(Saved(i)?.Peek, Saved(j)?.Peek) && Saved(i)?.Peek != null;

    private SavedTensor? Saved(int i) => i switch { 0 => node.In0, 1 => node.In1, 2 => node.In2, _ => null };
    public int[] InputShape(int i) => node.Inputs[i].Shape;
    public int InputCount => node.Inputs.Length;
    public DType InputType(int i) => node.Inputs[i].Type;
    public int[] OutputShape => node.OutShape(0);

    /// <summary>Re-inserts the reduced dims (size 1) into a tensor shaped like a keepdim=False result.</summary>
    public Tensor KeptDims(Tensor t)
    {
        if (node.KeepDim || node.Dims is null) return node.Dims is null && t.Dim != InputShape(0).Length
            ? Functions.Reshape(t, Ones(InputShape(0).Length)) : t;
        var shape = (int[])InputShape(0).Clone();
        foreach (int d in node.Dims) shape[d] = 1;
        return Functions.Reshape(t, shape);
    }

    private static int[] Ones(int n) => Enumerable.Repeat(1, n).ToArray();
}
