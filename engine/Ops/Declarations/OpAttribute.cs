namespace NativeGrad.Ops;

/// <summary>
/// Declares one op (PyTorch's native_functions.yaml and derivatives.yaml in one place). It sits on
/// a static method of <see cref="Derivatives"/> whose parameters name what the derivative reads and
/// whose body is the derivative; <c>bindings/gen</c> reads these declarations and writes the typed
/// node class, the recording helper, the pointwise forward and in-place variant, the C# Tensor
/// method, the C export, the header, the Python wrapper and the docs (see docs/ARCHITECTURE.md).
/// </summary>
/// <remarks>
/// Schema: <c>name[.overload](Type arg[=default], ...) -&gt; Result</c>. Types: <c>Tensor</c>,
/// <c>Tensor?</c>, <c>Tensor[]</c> (differentiable inputs: the node's edges), <c>IntTensor</c> and
/// <c>BoolTensor</c> (non-differentiable tensor arguments), <c>Scalar</c> (a wrapped number: a
/// (None, 0) edge, counted as saved when the derivative reads it), <c>float</c>, <c>float?</c>,
/// <c>int</c>, <c>int?</c>, <c>long</c>, <c>int[]</c>, <c>int[]?</c>, <c>long[]</c>, <c>bool</c>,
/// <c>ScalarType</c>, <c>Reduction</c>. Results: <c>Tensor</c> or <c>(Tensor a, Tensor b)</c>.
/// <para>Derivative parameters: <c>grad</c> (the output's gradient); an input's name (that input,
/// saved); <c>result</c> or another result's name (that output, saved); <c>xShape</c> /
/// <c>xType</c> (input x's shape / dtype, not saved); <c>resultShape</c>; <c>Needs needs</c>
/// (which inputs need a gradient); <c>OpNode node</c>; any other name is the schema argument of
/// that name, stored in the node. A parameter typed <c>SavedTensor</c> receives the saved slot
/// itself (unpacked only if the formula asks). What the node saves is exactly what the derivative
/// reads. A method with no parameters returning null declares a non-differentiable op.</para>
/// </remarks>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
internal sealed class OpAttribute(string schema) : Attribute
{
    /// <summary>The op's schema.</summary>
    public string Schema { get; } = schema;

    /// <summary>The grad_fn name (default: the PascalCase name + "Backward0").</summary>
    public string? Node { get; init; }

    /// <summary>For unary pointwise ops whose forward the generator writes: the operator struct
    /// (open generic, e.g. <c>typeof(ExpOp&lt;&gt;)</c>); the result is floating (int inputs give float32).</summary>
    public Type? Kernel { get; init; }

    /// <summary>Also generate the in-place variant <c>name_</c> (recorded as PyTorch records in-place ops).</summary>
    public bool InPlace { get; init; }

    /// <summary>Where the op is visible beyond the engine.</summary>
    public Expose Expose { get; init; } = Expose.All;

    /// <summary>The C entry point when it is not <c>ng_</c> + name (+ _overload).</summary>
    public string? C { get; init; }

    /// <summary>The C# name of the forward in <see cref="Functions"/> (default: the method's name).</summary>
    public string? Forward { get; init; }

    /// <summary>How the derivative takes a batch of gradients (autograd.grad's is_grads_batched; see
    /// <see cref="BatchRule"/>). Default: <see cref="BatchRule.Broadcast"/> for Kernel ops (pointwise),
    /// else <see cref="BatchRule.PerSlice"/>, which is always correct.</summary>
    public BatchRule Batch { get; init; }
}

/// <summary>How a node's derivative runs on a batched gradient: one with a leading batch dim B, the
/// shape [B, *output shape] (autograd.grad(..., is_grads_batched=True): one backward over B seeds).</summary>
internal enum BatchRule
{
    /// <summary>The engine runs the derivative once per batch slice and stacks the results (still one graph walk).</summary>
    PerSlice = 0,
    /// <summary>The derivative is made of broadcasting elementwise ops: the batched gradient, with size-1 dims
    /// inserted after the batch dim up to the inputs' rank, goes through it unchanged.</summary>
    Broadcast = 1,
    /// <summary>The derivative handles the leading batch dim itself (through <see cref="Batching"/>'s shapes and dims).</summary>
    Aware = 2,
}

/// <summary>The generated surfaces of an op.</summary>
[Flags]
internal enum Expose
{
    /// <summary>Engine-internal (backward ops): no public surface.</summary>
    None = 0,
    /// <summary>A C# <see cref="Tensor"/> method and a Python Tensor method.</summary>
    Method = 1,
    /// <summary>A Python module function (torch.name).</summary>
    Function = 2,
    /// <summary>A C export (and its line in the header and _abi.py).</summary>
    C = 4,
    /// <summary>A C# <see cref="Tensor"/> method only (PyTorch has no Tensor method of that name: torch.nn.functional has it).</summary>
    CSharpMethod = 8,
    /// <summary>Everything.</summary>
    All = Method | Function | C,
}

/// <summary>Which inputs of a node need a gradient (PyTorch's needs_input_grad), for derivative formulas.</summary>
internal readonly struct Needs(OpNode node)
{
    /// <summary>True when input i's edge leads somewhere.</summary>
    public bool this[int i] => node.InputNeedsGrad(i);
}
