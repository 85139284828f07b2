using System.Runtime.CompilerServices;

namespace NativeGrad;

/// <summary>
/// Adding a gradient into a tensor's .grad, in one place: used by <see cref="AccumulateGrad"/> (leaves,
/// including backward(inputs=...) on a leaf) and by retained gradients (non-leaves, including
/// backward(inputs=...) on a non-leaf). Serialised per tensor, so backward runs on several threads that
/// reach the same leaf (a shared parameter or module) lose no update, as PyTorch documents.
/// </summary>
internal static class GradAccumulation
{
    // A tensor's .grad and hook list are guarded by its own lock word (Tensor._gradLock); a node's list
    // of retained outputs by one of a few striped words (it changes only when forward records). A lock
    // is held only for engine arithmetic and list copies, never while user code (hooks) runs, a tensor
    // is released, or another of these locks is taken: so none is re-entered and none can deadlock.
    // Spin locks: Monitor would read the thread's id (a call into the dynamic linker in a shared
    // library) on every backward.
    private const int Stripes = 16;
    private static readonly int[] s_nodeLocks = new int[Stripes * 16];   // one word per cache line

    /// <summary>Holds t's gradient lock until disposed: <c>using (GradAccumulation.Lock(t)) { ... }</c>.</summary>
    internal static Held Lock(Tensor t) => Held.Enter(ref t._gradLock);

    /// <summary>Holds the lock that guards node n's retained outputs until disposed.</summary>
    internal static Held Lock(Node n) => Held.Enter(ref s_nodeLocks[(RuntimeHelpers.GetHashCode(n) & (Stripes - 1)) * 16]);

    /// <summary>A held spin lock (a ref to its word); disposing releases it.</summary>
    internal ref struct Held
    {
        private readonly ref int _word;

        private Held(ref int word) => _word = ref word;

        public static Held Enter(ref int word)
        {
            if (Interlocked.CompareExchange(ref word, 1, 0) != 0)
            {
                // Held for an addition into a gradient at most: spin, then yield (SpinWait sleeps eventually).
                var spin = new SpinWait();
                do spin.SpinOnce();
                while (Volatile.Read(ref word) != 0 || Interlocked.CompareExchange(ref word, 1, 0) != 0);
            }
            return new Held(ref word);
        }

        public void Dispose() => Volatile.Write(ref _word, 0);
    }

    /// <summary>
    /// Adds <paramref name="g"/> (already validated: t's shape and dtype) into t.grad as PyTorch 1.13 does.
    /// A leaf (AccumulateGrad) keeps its first gradient itself when only the engine holds it, else a copy
    /// (CopyBackwards under create_graph), and adds later ones in place unless create_graph is set or the
    /// stored gradient has a graph. A non-leaf (retain_grad) stores a clone (CloneBackward0 under
    /// create_graph) and adds out of place. The caller holds a reference to <paramref name="t"/>.
    /// </summary>
    internal static void Accumulate(Tensor t, Tensor g, bool createGraph)
    {
        Tensor? dropped = null;
        using (Lock(t))
        {
            var cur = t._grad;
            if (cur is null) t._grad = First(t, g, createGraph);
            else if (t.IsLeaf && !createGraph && !cur.RequiresGrad)
            {
                using (GradMode.Set(false)) Ops.Functions.AddInPlace(cur, g);
            }
            else
            {
                using (GradMode.Set(createGraph)) t._grad = Owned(Ops.Functions.Add(cur, g));
                dropped = cur;
            }
        }
        dropped?.Release();
    }

    private static Tensor First(Tensor t, Tensor g, bool createGraph)
    {
        // Only the engine's buffer holds g: keep it instead of copying (as PyTorch).
        if (!createGraph && g.IsExclusive && g._dtype == t._dtype) return g.AddRef();
        if (t.IsLeaf && createGraph) return Owned(Ops.Functions.CopyGrad(g));
        using (GradMode.Set(createGraph && !t.IsLeaf)) return Owned(Ops.Functions.Clone(g));
    }

    /// <summary>A tensor just made by an op, its creator reference handed to .grad (an open scope leaves it).</summary>
    private static Tensor Owned(Tensor made)
    {
        made.TakeCreator();
        return made;
    }
}
