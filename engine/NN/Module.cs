using System.Text;

namespace NativeGrad.NN;

/// <summary>
/// Base class of C# layers and models (PyTorch's nn.Module): parameters, buffers and submodules
/// are registered by name in order; traversal, train/eval, zero_grad, state dicts and forward
/// hooks behave as in PyTorch.
/// </summary>
public abstract class Module
{
    private readonly List<KeyValuePair<string, Tensor?>> _parameters = new();
    private readonly List<KeyValuePair<string, Tensor?>> _buffers = new();
    private readonly List<KeyValuePair<string, Module>> _modules = new();
    private readonly List<Func<Module, Tensor, Tensor, Tensor?>> _forwardHooks = new();

    /// <summary>True in training mode (the default), false after <see cref="Eval"/>.</summary>
    public bool Training { get; private set; } = true;

    /// <summary>The computation of this module.</summary>
    public abstract Tensor Forward(Tensor input);

    /// <summary>Runs <see cref="Forward"/> and the forward hooks (PyTorch's __call__).</summary>
    public Tensor Call(Tensor input)
    {
        var output = Forward(input);
        foreach (var hook in _forwardHooks.ToArray())
            if (hook(this, input, output) is { } replaced) output = replaced;
        return output;
    }

    /// <summary>Registers <c>hook(module, input, output)</c>; a non-null return replaces the output.
    /// Dispose the returned handle to remove it.</summary>
    public IDisposable RegisterForwardHook(Func<Module, Tensor, Tensor, Tensor?> hook)
    {
        _forwardHooks.Add(hook);
        return new Removal(() => _forwardHooks.Remove(hook));
    }

    private sealed class Removal(Action remove) : IDisposable
    {
        public void Dispose() => remove();
    }

    /// <summary>Registers a parameter (made a leaf that requires grad) under <paramref name="name"/>.</summary>
    protected Tensor RegisterParameter(string name, Tensor parameter)
    {
        CheckName(name);
        if (!parameter.IsLeaf) throw NativeGradException.Arg($"cannot register parameter '{name}': it is not a leaf tensor");
        parameter.RequiresGrad_(true);
        TensorScope.Untrack(parameter);   // the module owns its parameters
        _parameters.Add(new(name, parameter));
        return parameter;
    }

    /// <summary>Registers a buffer (state that is saved but not trained).</summary>
    protected Tensor RegisterBuffer(string name, Tensor buffer)
    {
        CheckName(name);
        TensorScope.Untrack(buffer);
        _buffers.Add(new(name, buffer));
        return buffer;
    }

    /// <summary>Registers a child module.</summary>
    protected T RegisterModule<T>(string name, T module) where T : Module
    {
        CheckName(name);
        _modules.Add(new(name, module));
        return module;
    }

    /// <summary>Registers <paramref name="module"/> under <paramref name="name"/>, replacing (in place) a child of that name.</summary>
    private protected void SetModule(string name, Module module)
    {
        int i = _modules.FindIndex(m => m.Key == name);
        if (i >= 0) _modules[i] = new(name, module);
        else RegisterModule(name, module);
    }

    /// <summary>Removes the child named <paramref name="name"/>; false if there is none.</summary>
    private protected bool RemoveModule(string name) => _modules.RemoveAll(m => m.Key == name) > 0;

    /// <summary>Removes every child.</summary>
    private protected void ClearModules() => _modules.Clear();

    /// <summary>Registers <paramref name="parameter"/> under <paramref name="name"/>, replacing (in place) one of that name.</summary>
    private protected void SetParameter(string name, Tensor parameter)
    {
        int i = _parameters.FindIndex(p => p.Key == name);
        if (i < 0) { RegisterParameter(name, parameter); return; }
        if (!parameter.IsLeaf) throw NativeGradException.Arg($"cannot register parameter '{name}': it is not a leaf tensor");
        parameter.RequiresGrad_(true);
        TensorScope.Untrack(parameter);
        _parameters[i] = new(name, parameter);
    }

    /// <summary>Removes the parameter named <paramref name="name"/>; false if there is none.</summary>
    private protected bool RemoveParameter(string name) => _parameters.RemoveAll(p => p.Key == name) > 0;

    /// <summary>The child modules in order, by name.</summary>
    private protected IReadOnlyList<KeyValuePair<string, Module>> ChildList => _modules;

    /// <summary>This module's own parameters in order, by name (null entries included).</summary>
    private protected IReadOnlyList<KeyValuePair<string, Tensor?>> OwnParameters => _parameters;

    private void CheckName(string name)
    {
        if (string.IsNullOrEmpty(name) || name.Contains('.'))
            throw NativeGradException.Arg($"invalid name '{name}': names must be non-empty and contain no '.'");
        if (_parameters.Any(p => p.Key == name) || _buffers.Any(p => p.Key == name) || _modules.Any(p => p.Key == name))
            throw NativeGradException.Arg($"attribute '{name}' already exists");
    }

    /// <summary>Parameters of this module and (with <paramref name="recurse"/>) its submodules, each once.</summary>
    public IEnumerable<Tensor> Parameters(bool recurse = true) => NamedParameters(recurse: recurse).Select(p => p.Value);

    /// <summary>(qualified name, parameter) pairs, names like "layers.0.weight".</summary>
    public IEnumerable<KeyValuePair<string, Tensor>> NamedParameters(string prefix = "", bool recurse = true)
        => Members(m => m._parameters, prefix, recurse);

    /// <summary>(qualified name, buffer) pairs.</summary>
    public IEnumerable<KeyValuePair<string, Tensor>> NamedBuffers(string prefix = "", bool recurse = true)
        => Members(m => m._buffers, prefix, recurse);

    private IEnumerable<KeyValuePair<string, Tensor>> Members(Func<Module, List<KeyValuePair<string, Tensor?>>> get, string prefix, bool recurse)
    {
        var seen = new HashSet<Tensor>(ReferenceEqualityComparer.Instance);
        var modules = recurse ? NamedModules(prefix) : [new(prefix, this)];
        foreach (var (mp, m) in modules)
            foreach (var (name, t) in get(m))
                if (t != null && seen.Add(t))
                    yield return new((mp.Length > 0 ? mp + "." : "") + name, t);
    }

    /// <summary>The direct submodules.</summary>
    public IEnumerable<Module> Children() => _modules.Select(m => m.Value);

    /// <summary>This module and all submodules, depth first, each once.</summary>
    public IEnumerable<Module> Modules() => NamedModules().Select(m => m.Value);

    /// <summary>(qualified name, module) pairs, this module first with name <paramref name="prefix"/>.</summary>
    public IEnumerable<KeyValuePair<string, Module>> NamedModules(string prefix = "")
    {
        var seen = new HashSet<Module>(ReferenceEqualityComparer.Instance);
        var stack = new Stack<KeyValuePair<string, Module>>();
        stack.Push(new(prefix, this));
        while (stack.Count > 0)
        {
            var (name, m) = stack.Pop();
            if (!seen.Add(m)) continue;
            yield return new(name, m);
            for (int i = m._modules.Count - 1; i >= 0; i--)
                stack.Push(new((name.Length > 0 ? name + "." : "") + m._modules[i].Key, m._modules[i].Value));
        }
    }

    /// <summary>The parameter with this qualified name, or null.</summary>
    public Tensor? GetParameter(string qualifiedName)
        => NamedParameters().FirstOrDefault(p => p.Key == qualifiedName).Value;

    /// <summary>Sets training mode on this module and all submodules.</summary>
    public Module Train(bool mode = true)
    {
        foreach (var m in Modules()) m.Training = mode;
        return this;
    }

    /// <summary>Evaluation mode (Dropout becomes the identity).</summary>
    public Module Eval() => Train(false);

    /// <summary>Sets requires_grad on every parameter (freezing with false).</summary>
    public Module RequiresGrad_(bool requiresGrad = true)
    {
        foreach (var p in Parameters()) p.RequiresGrad_(requiresGrad);
        return this;
    }

    /// <summary>Zeroes the gradients in place (or drops them with <paramref name="setToNone"/>).</summary>
    public void ZeroGrad(bool setToNone = false) => Optim.Updates.ZeroGrad(Parameters(), setToNone);

    /// <summary>Every parameter and buffer by qualified name, in registration order (detached views).</summary>
    public List<KeyValuePair<string, Tensor>> StateDict()
        => NamedParameters().Concat(NamedBuffers()).Select(p => new KeyValuePair<string, Tensor>(p.Key, p.Value.Detach())).ToList();

    /// <summary>Copies values from a state dict; with <paramref name="strict"/> every key must match.
    /// The error names missing and unexpected keys and shape mismatches, as PyTorch.</summary>
    public (List<string> Missing, List<string> Unexpected) LoadStateDict(IEnumerable<KeyValuePair<string, Tensor>> stateDict, bool strict = true)
    {
        var given = new Dictionary<string, Tensor>();
        foreach (var (k, v) in stateDict) given[k] = v;
        var own = NamedParameters().Concat(NamedBuffers()).ToList();
        var missing = new List<string>();
        var errors = new List<string>();
        foreach (var (k, target) in own)
        {
            if (!given.TryGetValue(k, out var value)) { missing.Add(k); continue; }
            if (!Shape.Equal(value._shape, target._shape))
            {
                errors.Add($"size mismatch for {k}: copying a param with shape {Shape.TorchSize(value._shape)} from checkpoint, the shape in current model is {Shape.TorchSize(target._shape)}.");
                continue;
            }
            using (Autograd.NoGrad())
            {
                var copy = Ops.Functions.CastRaw(value, target.DType);
                target.SetData(copy);
                copy.Dispose();
            }
        }
        var ownKeys = own.Select(p => p.Key).ToHashSet();
        var unexpected = given.Keys.Where(k => !ownKeys.Contains(k)).ToList();
        if (strict)
        {
            if (unexpected.Count > 0) errors.Insert(0, $"Unexpected key(s) in state_dict: {string.Join(", ", unexpected.Select(k => $"\"{k}\""))}. ");
            if (missing.Count > 0) errors.Insert(0, $"Missing key(s) in state_dict: {string.Join(", ", missing.Select(k => $"\"{k}\""))}. ");
        }
        if (errors.Count > 0)
            throw NativeGradException.Arg($"Error(s) in loading state_dict for {GetType().Name}:\n\t{string.Join("\n\t", errors)}");
        return (missing, unexpected);
    }

    /// <summary>Saves <see cref="StateDict"/> to a safetensors file (atomically).</summary>
    public void Save(string path) => IO.Safetensors.Save(path, StateDict());

    /// <summary>Loads a safetensors file written by <see cref="Save"/> (or any safetensors writer) into this module.</summary>
    public (List<string> Missing, List<string> Unexpected) Load(string path, bool strict = true)
    {
        using var data = IO.Safetensors.Load(path);
        return LoadStateDict(data.Tensors, strict);
    }

    /// <summary>The part of the repr inside the parentheses (e.g. "in_features=10, out_features=5, bias=True").</summary>
    protected virtual string ExtraRepr => "";

    /// <summary>PyTorch's module repr.</summary>
    public override string ToString()
    {
        var lines = new List<string>();
        if (ExtraRepr.Length > 0) lines.AddRange(ExtraRepr.Split('\n'));
        foreach (var (name, m) in _modules)
            lines.Add($"({name}): " + m.ToString().Replace("\n", "\n  "));
        var sb = new StringBuilder(GetType().Name).Append('(');
        if (lines.Count == 1 && _modules.Count == 0) sb.Append(lines[0]);
        else if (lines.Count > 0) sb.Append("\n  ").Append(string.Join("\n  ", lines)).Append('\n');
        return sb.Append(')').ToString();
    }
}
