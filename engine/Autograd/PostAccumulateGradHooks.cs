using System.Runtime.CompilerServices;

namespace NativeGrad;

// Post-accumulate-grad hooks (PyTorch 2.1's Tensor.register_post_accumulate_grad_hook): they run
// after a leaf's .grad has been updated by a backward, with the leaf as argument. Data-parallel
// training starts a bucket's all-reduce from them while the rest of the backward still runs.
// They live on the leaf's cached AccumulateGrad node, which lives exactly as long as the leaf.
public sealed partial class AccumulateGrad
{
    private List<PostAccumulateGradHook>? _postHooks;

    private sealed class PostAccumulateGradHook(Action<Tensor> fn, Action? onRemoved)
    {
        public readonly Action<Tensor> Fn = fn;
        private Action? _onRemoved = onRemoved;

        public void Removed() => Interlocked.Exchange(ref _onRemoved, null)?.Invoke();
    }

    internal RemovableHandle AddPostAccumulateHook(Action<Tensor> fn, Action? onRemoved)
    {
        var h = new PostAccumulateGradHook(fn, onRemoved);
        lock (this) (_postHooks ??= new()).Add(h);
        return new RemovableHandle(() =>
        {
            lock (this) _postHooks?.Remove(h);
            h.Removed();
        });
    }

    /// <summary>Runs the hooks in registration order (a snapshot: a hook may remove itself).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal void RunPostAccumulateHooks(Tensor leaf)
    {
        if (_postHooks != null) RunPostAccumulateHooksSlow(leaf);
    }

    private void RunPostAccumulateHooksSlow(Tensor leaf)
    {
        PostAccumulateGradHook[] hooks;
        lock (this) hooks = _postHooks?.ToArray() ?? [];
        foreach (var h in hooks) h.Fn(leaf);
    }

    /// <summary>The leaf is gone: runs every hook's removal action.</summary>
    private void DropPostAccumulateHooks()
    {
        List<PostAccumulateGradHook>? hooks;
        lock (this) { hooks = _postHooks; _postHooks = null; }
        if (hooks != null) foreach (var h in hooks) h.Removed();
    }
}

public sealed partial class Tensor
{
    /// <summary>
    /// Registers <paramref name="hook"/>(leaf), called after a backward has accumulated this leaf's
    /// gradient into <see cref="Grad"/> (PyTorch's register_post_accumulate_grad_hook). Only leaves that
    /// require grad; <paramref name="onRemoved"/> runs once when the hook is removed or the tensor released.
    /// </summary>
    public RemovableHandle RegisterPostAccumulateGradHook(Action<Tensor> hook, Action? onRemoved = null)
    {
        CheckAlive();
        ArgumentNullException.ThrowIfNull(hook);
        if (!RequiresGrad) throw NativeGradException.Autograd("cannot register a hook on a tensor that doesn't require gradient");
        if (!IsLeaf) throw NativeGradException.Autograd("post accumulate grad hooks cannot be registered on non-leaf tensors");
        return GradAccumulator().AddPostAccumulateHook(hook, onRemoved);
    }
}
