namespace NativeGrad;

/// <summary>
/// A tensor saved by a node for its backward (PyTorch's SavedVariable). An input is kept as the
/// tensor itself, so second-order gradients flow through its graph; the node's own output is
/// kept as a plain alias and re-linked to the node on unpack, avoiding a reference cycle.
/// The storage version at save time is checked on unpack to catch in-place modification.
/// </summary>
internal sealed class SavedTensor
{
    private Tensor? _tensor;
    private readonly bool _isOutput;
    private readonly int _outputNr;
    private readonly int _version;
    private readonly bool _outputRequiresGrad;

    public SavedTensor(Tensor t, bool isOutput)
    {
        if (t._isInference) throw InferenceMode.SaveError();
        _isOutput = isOutput;
        _version = t.Version;
        if (isOutput)
        {
            _tensor = t.Alias(t._shape, t._strides, t._offset, track: false);
            _outputNr = t._outputNr;
            _outputRequiresGrad = t.RequiresGrad;
        }
        else _tensor = t.AddRef();
    }

    public bool WasReleased => _tensor is null;

    /// <summary>The saved tensor object itself (no version check, no unpacking), to compare identities.</summary>
    internal Tensor? Peek => _isOutput ? null : _tensor;

    /// <summary>True if this is the node's own output (unpacked as a new tensor each time).</summary>
    public bool IsOutput => _isOutput;

    /// <summary>PyTorch's error for using a saved value after backward freed it.</summary>
    public static NativeGradException FreedError() => NativeGradException.Autograd(
        "Trying to backward through the graph a second time (or directly access saved tensors after they have " +
        "already been freed). Saved intermediate values of the graph are freed when you call .backward() or " +
        "autograd.grad(). Specify retain_graph=True if you need to backward through the graph a second time or " +
        "if you need to access saved tensors after calling backward.");

    /// <summary>The saved tensor; for an output, a new tensor linked to <paramref name="owner"/>.</summary>
    public Tensor Unpack(Node owner)
    {
        var t = _tensor ?? throw FreedError();
        if (t.Version != _version)
        {
            string kind = t.DType switch
            {
                DType.Float32 => "torch.FloatTensor", DType.Float64 => "torch.DoubleTensor",
                DType.Int64 => "torch.LongTensor", _ => "torch.BoolTensor",
            };
            // As PyTorch: an output names the node that saved it; an input names its own (current) grad_fn.
            string who = _isOutput ? $", which is output {_outputNr} of {owner.Name},"
                : t._gradFn is { } fn ? $", which is output {t._outputNr} of {fn.Name}," : "";
            throw NativeGradException.Autograd(
                $"one of the variables needed for gradient computation has been modified by an inplace operation: " +
                $"[{kind} {Shape.Str(t._shape)}]{who} is at version {t.Version}; expected version {_version} " +
                "instead. Hint: enable anomaly detection to find the operation that failed to compute its gradient, " +
                "with torch.autograd.set_detect_anomaly(True).");
        }
        if (!_isOutput) return t;
        var u = t.Alias(t._shape, t._strides, t._offset);
        if (_outputRequiresGrad)
        {
            owner.IncRef();
            u._gradFn = owner;
            u._outputNr = _outputNr;
        }
        return u;
    }

    public void Release()
    {
        var t = _tensor;
        _tensor = null;
        t?.Release();
    }
}
