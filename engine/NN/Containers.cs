using System.Collections;
using NativeGrad.Ops;

namespace NativeGrad.NN;

/// <summary>Returns its input (a placeholder layer).</summary>
public sealed class Identity : Module
{
    /// <inheritdoc/>
    public override Tensor Forward(Tensor input) => input;
}

/// <summary>Softmax over <see cref="Dim"/> (SoftmaxBackward0).</summary>
public class Softmax(int? dim = null) : Module
{
    /// <summary>The dim normalised over; null means PyTorch's legacy implicit choice (0 for 0-, 1- and 3-D input, else 1).</summary>
    public int? Dim { get; } = dim;

    /// <summary>PyTorch's _get_softmax_dim for a module built without dim.</summary>
    protected int ResolveDim(Tensor input) => Dim ?? (input.Dim is 0 or 1 or 3 ? 0 : 1);

    /// <inheritdoc/>
    public override Tensor Forward(Tensor input) => Functions.Softmax(input, ResolveDim(input));

    /// <inheritdoc/>
    protected override string ExtraRepr => $"dim={(Dim is { } d ? d.ToString() : "None")}";
}

/// <summary>Log-softmax over <see cref="Softmax.Dim"/> (LogSoftmaxBackward0).</summary>
public sealed class LogSoftmax(int? dim = null) : Softmax(dim)
{
    /// <inheritdoc/>
    public override Tensor Forward(Tensor input) => Functions.LogSoftmax(input, ResolveDim(input));
}

/// <summary>Holds modules in a list, registered as children "0", "1", ... (PyTorch's nn.ModuleList).
/// It has no forward of its own.</summary>
public sealed class ModuleList : Module, IEnumerable<Module>
{
    /// <summary>A list of the given modules.</summary>
    public ModuleList(params Module[] modules)
    {
        foreach (var m in modules) Append(m);
    }

    /// <summary>Number of modules.</summary>
    public int Count => ChildList.Count;

    /// <summary>The i-th module (negative counts from the end); setting replaces it.</summary>
    public Module this[int i]
    {
        get => ChildList[Wrap(i)].Value;
        set => SetModule(Wrap(i).ToString(), value);
    }

    private int Wrap(int i)
    {
        int n = Count;
        if (i < -n || i >= n) throw new NativeGradException(ErrorKind.Index, $"index {i} is out of range");
        return i < 0 ? i + n : i;
    }

    /// <summary>Adds a module at the end.</summary>
    public ModuleList Append(Module m)
    {
        SetModule(Count.ToString(), m);
        return this;
    }

    /// <summary>Adds modules at the end.</summary>
    public ModuleList Extend(IEnumerable<Module> modules)
    {
        foreach (var m in modules.ToList()) Append(m);
        return this;
    }

    /// <summary>Inserts a module before position <paramref name="index"/> (renumbering the rest).</summary>
    public void Insert(int index, Module module)
    {
        var items = ChildList.Select(c => c.Value).ToList();
        int n = items.Count;
        index = Math.Clamp(index < 0 ? index + n : index, 0, n);
        items.Insert(index, module);
        Reset(items);
    }

    /// <summary>Removes and returns the module at <paramref name="index"/> (renumbering the rest).</summary>
    public Module Pop(int index = -1)
    {
        var items = ChildList.Select(c => c.Value).ToList();
        int i = Wrap(index);
        var m = items[i];
        items.RemoveAt(i);
        Reset(items);
        return m;
    }

    private void Reset(List<Module> items)
    {
        ClearModules();
        for (int i = 0; i < items.Count; i++) SetModule(i.ToString(), items[i]);
    }

    /// <summary>A ModuleList has no forward (PyTorch raises NotImplementedError).</summary>
    public override Tensor Forward(Tensor input)
        => throw new NativeGradException(ErrorKind.InvalidArgument, "Module [ModuleList] is missing the required \"forward\" function");

    /// <inheritdoc/>
    public IEnumerator<Module> GetEnumerator() => ChildList.Select(c => c.Value).ToList().GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}

/// <summary>Holds modules by name, in insertion order (PyTorch's nn.ModuleDict). It has no forward of its own.</summary>
public sealed class ModuleDict : Module, IEnumerable<KeyValuePair<string, Module>>
{
    /// <summary>A dict of the given (name, module) pairs, in order.</summary>
    public ModuleDict(IEnumerable<KeyValuePair<string, Module>>? modules = null)
    {
        if (modules != null) foreach (var (k, m) in modules) this[k] = m;
    }

    /// <summary>Number of modules.</summary>
    public int Count => ChildList.Count;

    /// <summary>The module named <paramref name="key"/>; setting adds or replaces (keeping its position).</summary>
    public Module this[string key]
    {
        get => ChildList.FirstOrDefault(c => c.Key == key).Value
            ?? throw new NativeGradException(ErrorKind.Index, $"ModuleDict has no key '{key}'");
        set => SetModule(key, value);
    }

    /// <summary>True when a module is registered under <paramref name="key"/>.</summary>
    public bool ContainsKey(string key) => ChildList.Any(c => c.Key == key);

    /// <summary>Names in order.</summary>
    public IEnumerable<string> Keys => ChildList.Select(c => c.Key).ToList();

    /// <summary>Removes and returns the module named <paramref name="key"/>.</summary>
    public Module Pop(string key)
    {
        var m = this[key];
        RemoveModule(key);
        return m;
    }

    /// <summary>A ModuleDict has no forward (PyTorch raises NotImplementedError).</summary>
    public override Tensor Forward(Tensor input)
        => throw new NativeGradException(ErrorKind.InvalidArgument, "Module [ModuleDict] is missing the required \"forward\" function");

    /// <inheritdoc/>
    public IEnumerator<KeyValuePair<string, Module>> GetEnumerator() => ChildList.ToList().GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}

/// <summary>Holds parameters in a list, named "0", "1", ... (PyTorch's nn.ParameterList). Tensors given
/// are registered as parameters (detached leaves that require grad).</summary>
public sealed class ParameterList : Module, IEnumerable<Tensor>
{
    /// <summary>A list of the given tensors as parameters.</summary>
    public ParameterList(params Tensor[] parameters)
    {
        foreach (var p in parameters) Append(p);
    }

    /// <summary>Number of parameters.</summary>
    public int Count => OwnParameters.Count;

    /// <summary>The i-th parameter (negative counts from the end); setting replaces it.</summary>
    public Tensor this[int i]
    {
        get => OwnParameters[Wrap(i)].Value!;
        set => SetParameter(Wrap(i).ToString(), value);
    }

    private int Wrap(int i)
    {
        int n = Count;
        if (i < -n || i >= n) throw new NativeGradException(ErrorKind.Index, $"index {i} is out of range");
        return i < 0 ? i + n : i;
    }

    /// <summary>Adds a parameter at the end.</summary>
    public ParameterList Append(Tensor p)
    {
        SetParameter(Count.ToString(), p);
        return this;
    }

    /// <summary>A ParameterList has no forward.</summary>
    public override Tensor Forward(Tensor input)
        => throw new NativeGradException(ErrorKind.InvalidArgument, "Module [ParameterList] is missing the required \"forward\" function");

    /// <inheritdoc/>
    protected override string ExtraRepr
        => string.Join("\n", OwnParameters.Select(p => $"  ({p.Key}): Parameter containing: [torch.{DTypeName(p.Value!)} of size {Size(p.Value!)}]"));

    internal static string DTypeName(Tensor t) => t.DType switch
    {
        DType.Float32 => "float32", DType.Float64 => "float64", DType.Int64 => "int64", _ => "bool",
    };

    internal static string Size(Tensor t) => string.Join("x", t.Shape);

    /// <inheritdoc/>
    public IEnumerator<Tensor> GetEnumerator() => OwnParameters.Select(p => p.Value!).ToList().GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}

/// <summary>Holds parameters by name, in insertion order (PyTorch's nn.ParameterDict).</summary>
public sealed class ParameterDict : Module, IEnumerable<KeyValuePair<string, Tensor>>
{
    /// <summary>A dict of the given (name, tensor) pairs, in order.</summary>
    public ParameterDict(IEnumerable<KeyValuePair<string, Tensor>>? parameters = null)
    {
        if (parameters != null) foreach (var (k, p) in parameters) this[k] = p;
    }

    /// <summary>Number of parameters.</summary>
    public int Count => OwnParameters.Count;

    /// <summary>The parameter named <paramref name="key"/>; setting adds or replaces it.</summary>
    public Tensor this[string key]
    {
        get => OwnParameters.FirstOrDefault(p => p.Key == key).Value
            ?? throw new NativeGradException(ErrorKind.Index, $"ParameterDict has no key '{key}'");
        set => SetParameter(key, value);
    }

    /// <summary>True when a parameter is registered under <paramref name="key"/>.</summary>
    public bool ContainsKey(string key) => OwnParameters.Any(p => p.Key == key);

    /// <summary>Names in order.</summary>
    public IEnumerable<string> Keys => OwnParameters.Select(p => p.Key).ToList();

    /// <summary>Removes and returns the parameter named <paramref name="key"/>.</summary>
    public Tensor Pop(string key)
    {
        var p = this[key];
        RemoveParameter(key);
        return p;
    }

    /// <summary>A ParameterDict has no forward.</summary>
    public override Tensor Forward(Tensor input)
        => throw new NativeGradException(ErrorKind.InvalidArgument, "Module [ParameterDict] is missing the required \"forward\" function");

    /// <inheritdoc/>
    protected override string ExtraRepr
        => string.Join("\n", OwnParameters.Select(p => $"  ({p.Key}): Parameter containing: [{LegacyName(p.Value!)} of size {ParameterList.Size(p.Value!)}]"));

    private static string LegacyName(Tensor t) => t.DType switch
    {
        DType.Float32 => "torch.FloatTensor", DType.Float64 => "torch.DoubleTensor", DType.Int64 => "torch.LongTensor", _ => "torch.BoolTensor",
    };

    /// <inheritdoc/>
    public IEnumerator<KeyValuePair<string, Tensor>> GetEnumerator()
        => OwnParameters.Select(p => new KeyValuePair<string, Tensor>(p.Key, p.Value!)).ToList().GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
