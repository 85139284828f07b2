using System.Runtime.CompilerServices;

namespace NativeGrad;

/// <summary>
/// An n-dimensional array in unmanaged memory with PyTorch's autograd semantics.
/// Lifetime: the creator holds one reference, released by <see cref="Dispose"/> (or by the
/// enclosing <see cref="TensorScope"/>); the engine takes its own references where it keeps a
/// tensor (saved tensors, .grad). Memory of a leaked tensor is reclaimed by the GC's finalizer.
/// </summary>
public sealed unsafe partial class Tensor : IDisposable
{
    internal Storage _storage;
    internal long _offset;          // in elements
    internal int[] _shape;
    internal int[] _strides;        // in elements
    internal DType _dtype;
    // Bumped by in-place writes; shared by views and detach(), not by .data (as PyTorch).
    // Made on first need (a view, an in-place write): most tensors never get one.
    internal VersionCounter? _version;
    // For views made by view ops (select, slice, view, ...): the tensor they view, as PyTorch's _base.
    internal Tensor? _base;
    // A view made, while recording, by an op returning several views (unbind, split), or a view of
    // one: PyTorch refuses to modify it in place.
    internal bool _multiOutputView;
    private int _refs = 1;
    private int _creatorReleased;
    // Guards .grad and the hook list against concurrent backward runs (GradAccumulation.Lock).
    internal int _gradLock;
    private static long s_nextId;
    private long _id;

    // Autograd metadata (PyTorch's AutogradMeta).
    internal bool _requiresGrad;     // only meaningful for leaves
    internal Node? _gradFn;          // null for leaves
    internal int _outputNr;
    internal Tensor? _grad;
    internal bool _retainsGrad;
    internal AccumulateGrad? _accumulator;   // cached per leaf; holds this tensor weakly
    internal List<TensorHook>? _hooks;

    /// <summary>A process-unique identity for this tensor object (stable across handles).</summary>
    public long Id
    {
        get
        {
            // Assigned on first request: most tensors are never asked.
            if (_id == 0) Interlocked.CompareExchange(ref _id, Interlocked.Increment(ref s_nextId), 0);
            return _id;
        }
    }

    internal Tensor(Storage storage, long offset, int[] shape, int[] strides, DType dtype, bool track = true)
    {
        _storage = storage;
        _offset = offset;
        _shape = shape;
        _strides = strides;
        _dtype = dtype;
        _isInference = InferenceMode.IsEnabled;
        if (track) TensorScope.Track(this);
    }

    /// <summary>A new contiguous tensor with uninitialised memory.</summary>
    internal static Tensor Empty(int[] shape, DType dtype)
    {
        long n = NativeGrad.Shape.CheckedNumel(shape);   // every allocation's shape is checked here
        return new Tensor(Storage.Rent(n * dtype.ItemSize()), 0, shape, NativeGrad.Shape.ContiguousStrides(shape), dtype);
    }

    /// <summary>A new contiguous tensor whose block is taken when its pending contents are computed (lazy fusion).</summary>
    internal static Tensor EmptyDeferred(int[] shape, DType dtype)
    {
        long n = NativeGrad.Shape.CheckedNumel(shape);
        return new Tensor(Storage.RentDeferred(n * dtype.ItemSize()), 0, shape, NativeGrad.Shape.ContiguousStrides(shape), dtype);
    }

    /// <summary>A new tensor object viewing this one's storage (no autograd link).</summary>
    internal Tensor Alias(int[] shape, int[] strides, long offset, bool track = true)
    {
        CheckAlive();
        _storage.AddRef();
        // a view shares the version counter, and is an inference tensor exactly when what it views is one
        return new Tensor(_storage, offset, shape, strides, _dtype, track) { _version = VersionRef, _isInference = _isInference };
    }

    // ---- lifetime ---------------------------------------------------------------------

    /// <summary>True until the last reference to this tensor is released.</summary>
    public bool IsAlive => Volatile.Read(ref _refs) > 0;

    /// <summary>True when nothing but its single holder can see this tensor's memory: one reference
    /// to the tensor, one tensor on the storage, covering it from the start, no graph.</summary>
    internal bool IsExclusive => Volatile.Read(ref _refs) == 1 && _storage.IsUnique && _offset == 0 && IsContiguous
        && _gradFn == null && !_requiresGrad;

    internal void CheckAlive()
    {
        if (Volatile.Read(ref _refs) <= 0)
            throw new NativeGradException(ErrorKind.ReleasedHandle, "use of a released tensor");
    }

    internal Tensor AddRef()
    {
        if (Interlocked.Increment(ref _refs) <= 1)
        {
            Interlocked.Decrement(ref _refs);
            throw new NativeGradException(ErrorKind.ReleasedHandle, "use of a released tensor");
        }
        return this;
    }

    /// <summary>Takes a reference unless the tensor is already dead (for holders that see it weakly:
    /// an AccumulateGrad, a node's retained outputs); the caller releases it.</summary>
    internal bool TryAddRef()
    {
        int r = Volatile.Read(ref _refs);
        while (r > 0)
        {
            int seen = Interlocked.CompareExchange(ref _refs, r + 1, r);
            if (seen == r) return true;
            r = seen;
        }
        return false;
    }

    internal void Release()
    {
        int r = Interlocked.Decrement(ref _refs);
        if (r != 0) return;
        _storage.Release();
        var g = _grad; _grad = null; g?.Release();
        var fn = _gradFn; _gradFn = null; fn?.DecRef();
        if (_accumulator is { } acc) acc.LeafDied();
        var hooks = _hooks;
        _hooks = null;
        if (hooks != null) foreach (var h in hooks) h.Removed();
    }

    /// <summary>Hands an engine-held reference to a caller as its creator reference.</summary>
    internal void ResetCreator() => Interlocked.Exchange(ref _creatorReleased, 0);

    /// <summary>Marks the creator reference as handed to an owner that releases it itself (a C handle), so a
    /// <see cref="TensorScope"/> that tracked the tensor does not release it too.</summary>
    internal void TakeCreator() => Interlocked.Exchange(ref _creatorReleased, 1);

    /// <summary>Releases the creator's reference (idempotent). The tensor's memory is freed
    /// once the engine no longer needs it either.</summary>
    public void Dispose()
    {
        if (Interlocked.Exchange(ref _creatorReleased, 1) == 0) Release();
    }

    // ---- basic facts --------------------------------------------------------------------

    /// <summary>The element type.</summary>
    public DType DType => _dtype;

    /// <summary>The sizes of each dimension (a copy).</summary>
    public int[] Shape => (int[])_shape.Clone();

    /// <summary>Strides of each dimension, in elements (a copy).</summary>
    public int[] Strides => (int[])_strides.Clone();

    internal ReadOnlySpan<int> ShapeSpan => _shape;

    /// <summary>Number of dimensions.</summary>
    public int Dim => _shape.Length;

    /// <summary>Number of elements.</summary>
    public long Numel => NativeGrad.Shape.Numel(_shape);

    /// <summary>Size of dimension <paramref name="dim"/> (negative counts from the end).</summary>
    public int Size(int dim) => _shape[NativeGrad.Shape.WrapDim(dim, _shape.Length)];

    /// <summary>Offset of the first element in the storage, in elements.</summary>
    public long StorageOffset => _offset;

    internal void* Ptr
    {
        get
        {
            CheckAlive();
            var s = _storage;
            // Lazy fusion: pending contents are computed, and pending readers of this memory are
            // computed before anyone (maybe a writer) touches it.
            if (s.Pending != null || s.Readers != null) Fusion.Fuser.Touch(s);
            return (byte*)s.Data + _offset * _dtype.ItemSize();
        }
    }

    /// <summary>True if the elements are laid out row-major without gaps.</summary>
    public bool IsContiguous
    {
        get
        {
            long expected = 1;
            for (int i = _shape.Length - 1; i >= 0; i--)
            {
                if (_shape[i] == 1) continue;
                if (_strides[i] != expected) return false;
                expected *= _shape[i];
            }
            return true;
        }
    }

    /// <summary>Bumps the version counter after an in-place write.</summary>
    internal void BumpVersion() => Interlocked.Increment(ref VersionRef.Value);

    /// <summary>The version counter, made if this tensor has none yet (views must share one).</summary>
    internal VersionCounter VersionRef
    {
        get
        {
            if (_version is { } v) return v;
            Interlocked.CompareExchange(ref _version, new VersionCounter(), null);
            return _version;
        }
    }

    internal bool _isInference;

    /// <summary>True for tensors made in inference mode (<see cref="InferenceMode"/>).</summary>
    public bool IsInference => _isInference;

    /// <summary>Fails (PyTorch's error) for an in-place write to an inference tensor outside inference mode;
    /// in-place ops call it before writing.</summary>
    internal void CheckInplace()
    {
        if (_isInference && !InferenceMode.IsEnabled) throw InferenceMode.InplaceError();
    }

    /// <summary>PyTorch's _version: in-place writes to this tensor or any view sharing its counter.</summary>
    public int Version => _version is { } v ? Volatile.Read(ref v.Value) : 0;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal T* DataPtr<T>() where T : unmanaged => (T*)Ptr;

    // ---- autograd properties --------------------------------------------------------------

    /// <summary>True for leaves marked to require grad and for every tensor with a grad_fn.</summary>
    public bool RequiresGrad
    {
        get => _gradFn != null || _requiresGrad;
        set => RequiresGrad_(value);
    }

    /// <summary>PyTorch's requires_grad_(): sets the flag on a leaf and returns this tensor.</summary>
    public Tensor RequiresGrad_(bool requiresGrad = true)
    {
        CheckAlive();
        if (_gradFn != null)
        {
            if (requiresGrad) return this;
            throw NativeGradException.Autograd(
                "you can only change requires_grad flags of leaf variables. If you want to use a computed variable " +
                "in a subgraph that doesn't require differentiation use var_no_grad = var.detach().");
        }
        if (requiresGrad && !_dtype.IsFloating())
            throw NativeGradException.Autograd("only Tensors of floating point dtype can require gradients");
        _requiresGrad = requiresGrad;
        return this;
    }

    /// <summary>True if this tensor was created by the user, by detach(), or by ops that recorded no graph.</summary>
    public bool IsLeaf => _gradFn == null;

    /// <summary>The node that created this tensor (PyTorch's grad_fn); null for leaves.</summary>
    public Node? GradFn => _gradFn;

    /// <summary>Which output of <see cref="GradFn"/> this tensor is.</summary>
    public int OutputNr => _outputNr;

    /// <summary>True after <see cref="RetainGrad"/> on a non-leaf.</summary>
    public bool RetainsGrad => _retainsGrad;

    /// <summary>The accumulated gradient (leaves that require grad, and tensors that retain grad); null if none.</summary>
    public Tensor? Grad
    {
        get => _grad;
        set
        {
            CheckAlive();
            if (value != null)
            {
                value.CheckAlive();
                if (ReferenceEquals(value, this)) throw NativeGradException.Autograd("can't assign Variable as its own grad");
                if (!NativeGrad.Shape.Equal(value._shape, _shape))
                    throw NativeGradException.Shape($"assigned grad has data of a different size (grad {NativeGrad.Shape.Str(value._shape)}, tensor {NativeGrad.Shape.Str(_shape)})");
                if (value._dtype != _dtype)
                    throw NativeGradException.DType($"assigned grad has data of a different type ({value._dtype.TorchName()} vs {_dtype.TorchName()})");
                value.AddRef();
            }
            Tensor? old;
            using (GradAccumulation.Lock(this))
            {
                old = _grad;
                _grad = value;
            }
            old?.Release();
        }
    }

    /// <summary>Makes a non-leaf keep its gradient in <see cref="Grad"/> during backward.</summary>
    public void RetainGrad()
    {
        CheckAlive();
        if (!RequiresGrad) throw NativeGradException.Autograd("can't retain_grad on Tensor that has requires_grad=False");
        if (IsLeaf || _retainsGrad) return;
        _retainsGrad = true;
        _gradFn!.RetainGradFor(this);
    }

    /// <summary>Registers a hook called with the gradient of this tensor when it is computed (before it is
    /// accumulated into a leaf's .grad); a non-null return replaces the gradient. <paramref name="onRemoved"/>
    /// runs once when the hook is removed or the tensor released.</summary>
    public RemovableHandle RegisterHook(Func<Tensor, Tensor?> hook, Action? onRemoved = null)
    {
        CheckAlive();
        if (!RequiresGrad) throw NativeGradException.Autograd("cannot register a hook on a tensor that doesn't require gradient");
        var h = new TensorHook(hook, onRemoved);
        TensorHook.Add(this, h);
        if (!IsLeaf) _gradFn!.RetainGradFor(this, hookOnly: true);
        return new RemovableHandle(this, h);
    }

    /// <summary>The leaf's gradient accumulator node (created on first use).</summary>
    internal AccumulateGrad GradAccumulator()
    {
        if (_accumulator is { } a) return a;
        // One accumulator per leaf even when threads ask at once: their graphs must meet in one node.
        var made = new AccumulateGrad(this);
        return Interlocked.CompareExchange(ref _accumulator, made, null) ?? made;
    }

    /// <summary>Computes the gradient of this tensor w.r.t. graph leaves (PyTorch's Tensor.backward).</summary>
    public void Backward(Tensor? gradient = null, bool? retainGraph = null, bool createGraph = false, Tensor[]? inputs = null)
        => Engine.Backward([this], gradient is null ? null : [gradient], retainGraph, createGraph, inputs);

    /// <summary>A new leaf sharing storage, cut from the graph.</summary>
    public Tensor Detach()
    {
        var t = Alias(_shape, _strides, _offset);
        return t;
    }

    /// <summary>PyTorch's `.data`: a tensor sharing storage that never requires grad, with its own
    /// version counter, so writes through it are invisible to autograd's saved-tensor checks.</summary>
    public Tensor Data
    {
        get
        {
            var t = Detach();
            t._version = new VersionCounter();
            return t;
        }
    }

    /// <summary>PyTorch's `t.data = src`: replaces this tensor's storage, shape and dtype, unrecorded.</summary>
    public void SetData(Tensor src)
    {
        CheckAlive();
        src.CheckAlive();
        if (src._dtype != _dtype && _requiresGrad && !src._dtype.IsFloating())
            throw NativeGradException.DType("data set to a tensor that requires gradients must be floating point");
        // The cached accumulator describes the old shape and dtype: later graphs get a new one (as PyTorch).
        if (src._dtype != _dtype || !NativeGrad.Shape.Equal(src._shape, _shape)) _accumulator = null;
        src._storage.AddRef();
        var old = _storage;
        _storage = src._storage;
        _offset = src._offset;
        _shape = (int[])src._shape.Clone();
        _strides = (int[])src._strides.Clone();
        _dtype = src._dtype;
        old.Release();
    }

    /// <summary>The PyTorch-style repr, e.g. "tensor([1., 2.], requires_grad=True)".</summary>
    public override string ToString()
    {
        CheckAlive();
        var suffixes = new List<string>(1);
        if (_gradFn != null) suffixes.Add($"grad_fn=<{_gradFn.Name}>");
        else if (_requiresGrad) suffixes.Add("requires_grad=True");
        // int64 elements travel as their bits (a double holds only 53 of them: 2^53 + 1 printed as 2^53)
        return _dtype == DType.Int64
            ? TensorFormatter.Format(i => BitConverter.Int64BitsToDouble(Int64At(i)), _shape, _dtype, suffixes, int64Bits: true)
            : TensorFormatter.Format(ElementAt, _shape, _dtype, suffixes);
    }

    /// <summary>The element at a row-major index, read through the strides (the printer reads only what it
    /// shows, so a huge expanded tensor is never materialised).</summary>
    private double ElementAt(long index)
    {
        long offset = 0;
        for (int d = _shape.Length - 1; d >= 0; d--)
        {
            offset += index % _shape[d] * _strides[d];
            index /= _shape[d];
        }
        return Kernels.Fill.Get(Ptr, offset, _dtype);
    }

    /// <summary>The int64 element at a row-major index, exactly.</summary>
    private unsafe long Int64At(long index)
    {
        long offset = 0;
        for (int d = _shape.Length - 1; d >= 0; d--)
        {
            offset += index % _shape[d] * _strides[d];
            index /= _shape[d];
        }
        return ((long*)Ptr)[offset];
    }
}

/// <summary>A tensor's version counter (PyTorch's VariableVersion), shared by its views.</summary>
internal sealed class VersionCounter
{
    public int Value;
}
