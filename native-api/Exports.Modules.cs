using System.Runtime.InteropServices;
using System.Text;
using NativeGrad.NN;
using NativeGrad.Optim;

namespace NativeGrad.Native;

// nn modules and optimizers as opaque objects, so C programs build and train models.
public static unsafe partial class Exports
{
    private static NgStatus NewModule(Module m, ModuleHandle* outModule)
    {
        *outModule = new ModuleHandle(Abi.NewObject(m));
        return NgStatus.Ok;
    }

    /// <summary>nn.Linear(in_features, out_features, bias) with PyTorch's initialisation (dtype NG_FLOAT32 or NG_FLOAT64).</summary>
    [UnmanagedCallersOnly(EntryPoint = "ng_linear_new")]
    public static NgStatus LinearNew(long inFeatures, long outFeatures, int bias, int dtype, ModuleHandle* outModule)
    {
        try
        {
            Abi.Out(outModule);
            var s = Shape.Checked([inFeatures, outFeatures]);
            return NewModule(new Linear(s[0], s[1], bias != 0, Abi.Type(dtype)), outModule);
        }
        catch (Exception e) { return Abi.Fail(e); }
    }

    /// <summary>nn.ReLU().</summary>
    [UnmanagedCallersOnly(EntryPoint = "ng_relu_new")]
    public static NgStatus ReluNew(ModuleHandle* outModule)
    {
        try { Abi.Out(outModule); return NewModule(new ReLU(), outModule); }
        catch (Exception e) { return Abi.Fail(e); }
    }

    /// <summary>nn.Tanh().</summary>
    [UnmanagedCallersOnly(EntryPoint = "ng_tanh_new")]
    public static NgStatus TanhNew(ModuleHandle* outModule)
    {
        try { Abi.Out(outModule); return NewModule(new Tanh(), outModule); }
        catch (Exception e) { return Abi.Fail(e); }
    }

    /// <summary>nn.Sigmoid().</summary>
    [UnmanagedCallersOnly(EntryPoint = "ng_sigmoid_new")]
    public static NgStatus SigmoidNew(ModuleHandle* outModule)
    {
        try { Abi.Out(outModule); return NewModule(new Sigmoid(), outModule); }
        catch (Exception e) { return Abi.Fail(e); }
    }

    /// <summary>nn.Flatten(start_dim, end_dim).</summary>
    [UnmanagedCallersOnly(EntryPoint = "ng_flatten_new")]
    public static NgStatus FlattenNew(int startDim, int endDim, ModuleHandle* outModule)
    {
        try { Abi.Out(outModule); return NewModule(new Flatten(startDim, endDim), outModule); }
        catch (Exception e) { return Abi.Fail(e); }
    }

    /// <summary>nn.Embedding(num_embeddings, embedding_dim).</summary>
    [UnmanagedCallersOnly(EntryPoint = "ng_embedding_new")]
    public static NgStatus EmbeddingNew(long numEmbeddings, long embeddingDim, int dtype, ModuleHandle* outModule)
    {
        try
        {
            Abi.Out(outModule);
            var s = Shape.Checked([numEmbeddings, embeddingDim]);
            return NewModule(new Embedding(s[0], s[1], Abi.Type(dtype)), outModule);
        }
        catch (Exception e) { return Abi.Fail(e); }
    }

    /// <summary>nn.LayerNorm over the trailing dims of the given shape.</summary>
    [UnmanagedCallersOnly(EntryPoint = "ng_layer_norm_new")]
    public static NgStatus LayerNormNew(long* normalizedShape, int ndim, double eps, int elementwiseAffine, int dtype, ModuleHandle* outModule)
    {
        try { Abi.Out(outModule); return NewModule(new LayerNorm(Abi.Shape(normalizedShape, ndim), eps, elementwiseAffine != 0, Abi.Type(dtype)), outModule); }
        catch (Exception e) { return Abi.Fail(e); }
    }

    /// <summary>nn.Dropout(p).</summary>
    [UnmanagedCallersOnly(EntryPoint = "ng_dropout_new")]
    public static NgStatus DropoutNew(double p, ModuleHandle* outModule)
    {
        try { Abi.Out(outModule); return NewModule(new Dropout(p), outModule); }
        catch (Exception e) { return Abi.Fail(e); }
    }

    /// <summary>nn.Sequential over n modules (children named "0", "1", ...; the handles stay valid and usable).</summary>
    [UnmanagedCallersOnly(EntryPoint = "ng_sequential_new")]
    public static NgStatus SequentialNew(ModuleHandle* modules, int n, ModuleHandle* outModule)
    {
        try
        {
            Abi.Out(outModule);
            if (n < 0 || (n > 0 && modules == null)) throw new NativeGradException(ErrorKind.InvalidArgument, "modules must be an array of n >= 0 handles");
            var ms = new Module[n];
            for (int i = 0; i < n; i++) ms[i] = Abi.Obj<Module>(modules[i].Value, "module");
            return NewModule(new Sequential(ms), outModule);
        }
        catch (Exception e) { return Abi.Fail(e); }
    }

    /// <summary>Runs the module on input (its forward plus hooks).</summary>
    [UnmanagedCallersOnly(EntryPoint = "ng_module_forward")]
    public static NgStatus ModuleForward(ModuleHandle m, TensorHandle input, TensorHandle* outResult)
    {
        try
        {
            Abi.Out(outResult);
            var mod = Abi.Obj<Module>(m.Value, "module");
            var x = Abi.T(input);
            var y = mod.Call(x);
            *outResult = ReferenceEquals(x, y) ? Abi.Share(y) : Abi.New(y);
            return NgStatus.Ok;
        }
        catch (Exception e) { return Abi.Fail(e); }
    }

    /// <summary>Writes the number of parameters (named_parameters()).</summary>
    [UnmanagedCallersOnly(EntryPoint = "ng_module_num_parameters")]
    public static NgStatus ModuleNumParameters(ModuleHandle m, int* outCount)
    {
        try { Abi.Out(outCount); int c = Abi.Obj<Module>(m.Value, "module").NamedParameters().Count(); *outCount = c; return NgStatus.Ok; }
        catch (Exception e) { return Abi.Fail(e); }
    }

    /// <summary>Writes the i-th named parameter: its qualified name (free with ng_string_free; out_name may be NULL) and a new handle.</summary>
    [UnmanagedCallersOnly(EntryPoint = "ng_module_parameter")]
    public static NgStatus ModuleParameter(ModuleHandle m, int index, byte** outName, TensorHandle* outParam)
    {
        try
        {
            Abi.Out(outParam);
            var all = Abi.Obj<Module>(m.Value, "module").NamedParameters().ToList();
            if (index < 0 || index >= all.Count) throw new NativeGradException(ErrorKind.Index, $"parameter index {index} out of range for {all.Count} parameters");
            var (name, p) = all[index];
            var h = Abi.Share(p);
            if (outName != null) *outName = Abi.AllocString(name);
            *outParam = h;
            return NgStatus.Ok;
        }
        catch (Exception e) { return Abi.Fail(e); }
    }

    /// <summary>Writes a new handle to the parameter with this qualified name (e.g. "0.weight"); an unknown name is an error.</summary>
    [UnmanagedCallersOnly(EntryPoint = "ng_module_get_parameter")]
    public static NgStatus ModuleGetParameter(ModuleHandle m, byte* name, TensorHandle* outParam)
    {
        try
        {
            Abi.Out(outParam);
            if (name == null) throw new NativeGradException(ErrorKind.NullPointer, "name is NULL");
            string n = Marshal.PtrToStringUTF8((nint)name)!;
            var p = Abi.Obj<Module>(m.Value, "module").GetParameter(n)
                ?? throw new NativeGradException(ErrorKind.InvalidArgument, $"module has no parameter named '{n}'");
            *outParam = Abi.Share(p);
            return NgStatus.Ok;
        }
        catch (Exception e) { return Abi.Fail(e); }
    }

    /// <summary>Zeroes (or, with set_to_none, drops) the gradients of all parameters.</summary>
    [UnmanagedCallersOnly(EntryPoint = "ng_module_zero_grad")]
    public static NgStatus ModuleZeroGrad(ModuleHandle m, int setToNone)
    {
        try { Abi.Obj<Module>(m.Value, "module").ZeroGrad(setToNone != 0); return NgStatus.Ok; }
        catch (Exception e) { return Abi.Fail(e); }
    }

    /// <summary>train(mode): 1 training, 0 evaluation.</summary>
    [UnmanagedCallersOnly(EntryPoint = "ng_module_train")]
    public static NgStatus ModuleTrain(ModuleHandle m, int mode)
    {
        try { Abi.Obj<Module>(m.Value, "module").Train(mode != 0); return NgStatus.Ok; }
        catch (Exception e) { return Abi.Fail(e); }
    }

    /// <summary>Writes PyTorch's repr of the module (free with ng_string_free).</summary>
    [UnmanagedCallersOnly(EntryPoint = "ng_module_to_string")]
    public static NgStatus ModuleToString(ModuleHandle m, byte** outString)
    {
        try { Abi.Out(outString); var s = Abi.Obj<Module>(m.Value, "module").ToString(); *outString = Abi.AllocString(s); return NgStatus.Ok; }
        catch (Exception e) { return Abi.Fail(e); }
    }

    /// <summary>Releases a module handle (a Sequential keeps its children alive; a DistributedDataParallel module
    /// also removes its gradient hooks and frees its buckets). NULL is ignored.</summary>
    [UnmanagedCallersOnly(EntryPoint = "ng_module_free")]
    public static NgStatus ModuleFree(ModuleHandle m)
    {
        try
        {
            IDisposable? disposable = null;
            try { if (m.Value != 0) disposable = Abi.Obj<Module>(m.Value, "module") as IDisposable; }
            catch (NativeGradException) { /* FreeObject reports the bad handle */ }
            Abi.FreeObject(m.Value, "module");
            disposable?.Dispose();
            return NgStatus.Ok;
        }
        catch (Exception e) { return Abi.Fail(e); }
    }

    private static NgStatus NewOptimizer(TensorHandle* parameters, int n, Func<Tensor[], Optimizer> make, OptimizerHandle* outOptimizer)
    {
        Abi.Out(outOptimizer);
        var ps = Abi.Tensors(parameters, n);
        *outOptimizer = new OptimizerHandle(Abi.NewObject(make(ps)));
        return NgStatus.Ok;
    }

    /// <summary>optim.SGD over n parameters.</summary>
    [UnmanagedCallersOnly(EntryPoint = "ng_sgd_new")]
    public static NgStatus SgdNew(TensorHandle* parameters, int n, double lr, double momentum, double dampening, double weightDecay, int nesterov,
        OptimizerHandle* outOptimizer)
    {
        try { return NewOptimizer(parameters, n, ps => new SGD(ps, lr, momentum, dampening, weightDecay, nesterov != 0), outOptimizer); }
        catch (Exception e) { return Abi.Fail(e); }
    }

    /// <summary>optim.Adam (decoupled 0) or optim.AdamW (decoupled 1) over n parameters.</summary>
    [UnmanagedCallersOnly(EntryPoint = "ng_adam_new")]
    public static NgStatus AdamNew(TensorHandle* parameters, int n, double lr, double beta1, double beta2, double eps, double weightDecay,
        int amsgrad, int decoupled, OptimizerHandle* outOptimizer)
    {
        try { return NewOptimizer(parameters, n, ps => new Adam(ps, lr, beta1, beta2, eps, weightDecay, amsgrad != 0, decoupled != 0), outOptimizer); }
        catch (Exception e) { return Abi.Fail(e); }
    }

    /// <summary>Updates every parameter that has a gradient.</summary>
    [UnmanagedCallersOnly(EntryPoint = "ng_optimizer_step")]
    public static NgStatus OptimizerStep(OptimizerHandle o)
    {
        try { Abi.Obj<Optimizer>(o.Value, "optimizer").Step(); return NgStatus.Ok; }
        catch (Exception e) { return Abi.Fail(e); }
    }

    /// <summary>Zeroes (or drops) the gradients of the optimizer's parameters.</summary>
    [UnmanagedCallersOnly(EntryPoint = "ng_optimizer_zero_grad")]
    public static NgStatus OptimizerZeroGrad(OptimizerHandle o, int setToNone)
    {
        try { Abi.Obj<Optimizer>(o.Value, "optimizer").ZeroGrad(setToNone != 0); return NgStatus.Ok; }
        catch (Exception e) { return Abi.Fail(e); }
    }

    /// <summary>Sets the learning rate of every parameter group.</summary>
    [UnmanagedCallersOnly(EntryPoint = "ng_optimizer_set_lr")]
    public static NgStatus OptimizerSetLr(OptimizerHandle o, double lr)
    {
        try { foreach (var g in Abi.Obj<Optimizer>(o.Value, "optimizer").ParamGroups) g.Lr = lr; return NgStatus.Ok; }
        catch (Exception e) { return Abi.Fail(e); }
    }

    /// <summary>Releases an optimizer handle. NULL is ignored.</summary>
    [UnmanagedCallersOnly(EntryPoint = "ng_optimizer_free")]
    public static NgStatus OptimizerFree(OptimizerHandle o)
    {
        try { Abi.FreeObject(o.Value, "optimizer"); return NgStatus.Ok; }
        catch (Exception e) { return Abi.Fail(e); }
    }
}
