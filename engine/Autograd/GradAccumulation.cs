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
    // Striped locks: a tensor's stripe guards its .grad and its hook list, a node's stripe its list of
    // retained outputs (no lock object per tensor). A stripe is held only for engine arithmetic, never
    // while user code (hooks) runs or while a tensor is released, so stripes cannot deadlock.
    private const int Stripes = 64;
    private static readonly object[] s_locks = CreateLocks();

    private static object[] CreateLocks()
    {
        var a = new object[Stripes];
        for (int i = 0; i < a.Length; i++) a[i] = new object();
        return a;
    }

    /// <summary>The lock that guards <paramref name="o"/>'s gradient state.</summary>
    internal static object LockFor(object o) => s_locks[RuntimeHelpers.GetHashCode(o) & (Stripes - 1)];

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
        lock (LockFor(t))
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
