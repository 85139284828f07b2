using System.Runtime.CompilerServices;
using NativeGrad.NN;
using NativeGrad.Optim;

namespace NativeGrad.Native;

/// <summary>
/// Deterministic lifetimes of the modules and optimizers C creates. The engine's objects leave their tensors to the
/// GC's finalizer, which a C program's loop never waits for (creating and freeing Linear(1000, 1000) 400 times
/// held 1.6 GB). Here a module counts its handles and the C-made containers (Sequential) holding it; when the
/// count reaches 0 its own parameters and buffers are released (a tensor shared through another handle or held
/// by an optimizer lives on, refcounted) and its children lose one holder. An optimizer holds a reference to each
/// of its parameters, and frees them and its state tensors when its handle is freed.
/// </summary>
internal static class Lifetimes
{
    private sealed class Holders
    {
        public int Count;
        public Module[] Children = [];
    }

    private static readonly ConditionalWeakTable<Module, Holders> s_modules = new();
    private static readonly ConditionalWeakTable<Optimizer, Tensor[]> s_optimizers = new();
    private static readonly object s_lock = new();

    /// <summary>One more holder of <paramref name="m"/> (a handle, or a container made from C).</summary>
    public static void Retain(Module m)
    {
        lock (s_lock) s_modules.GetOrCreateValue(m).Count++;
    }

    /// <summary>Records the children a C-made container holds (each retained once more).</summary>
    public static void Contains(Module parent, Module[] children)
    {
        lock (s_lock)
        {
            foreach (var c in children) s_modules.GetOrCreateValue(c).Count++;
            s_modules.GetOrCreateValue(parent).Children = children;
        }
    }

    /// <summary>One holder fewer; at none, the module's own tensors are released and its children lose a holder
    /// (iteratively: a deep chain of containers must not recurse).</summary>
    public static void Release(Module m)
    {
        var dead = new List<Module>();
        lock (s_lock)
        {
            var work = new Stack<Module>();
            work.Push(m);
            while (work.Count > 0)
            {
                var x = work.Pop();
                if (!s_modules.TryGetValue(x, out var h) || --h.Count > 0) continue;
                dead.Add(x);
                foreach (var c in h.Children) work.Push(c);
                h.Children = [];
            }
        }
        foreach (var x in dead)
        {
            foreach (var p in x.NamedParameters(recurse: false)) p.Value.Dispose();
            foreach (var b in x.NamedBuffers(recurse: false)) b.Value.Dispose();
        }
    }

    /// <summary>The optimizer takes a reference to each parameter (PyTorch's optimizer keeps them alive).</summary>
    public static Optimizer Hold(Optimizer o, Tensor[] parameters)
    {
        var held = new List<Tensor>(parameters.Length);
        try
        {
            foreach (var p in parameters) held.Add(p.AddRef());
        }
        catch
        {
            foreach (var p in held) p.Release();
            throw;
        }
        lock (s_lock) s_optimizers.AddOrUpdate(o, held.ToArray());
        return o;
    }

    /// <summary>Frees the optimizer's state tensors and its references to the parameters.</summary>
    public static void Release(Optimizer o)
    {
        Tensor[]? ps;
        lock (s_lock)
            if (s_optimizers.TryGetValue(o, out ps)) s_optimizers.Remove(o);
        o.ReleaseState();
        if (ps != null) foreach (var p in ps) p.Release();
    }
}
