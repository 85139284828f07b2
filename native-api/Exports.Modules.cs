using System.Runtime.InteropServices;
using System.Text;
using NativeGrad.NN;
using NativeGrad.Optim;

namespace NativeGrad.Native;

// nn modules and optimizers as opaque objects, so C programs build and train models.
[ExportGroup("nn", Order = 4)]
public static unsafe partial class Exports
{
    private static void NewModule(Module m, ModuleHandle* outModule)
    {
        *outModule = Abi.NewModule(m);
    }

    /// <summary>nn.Linear(in_features, out_features, bias) with PyTorch's initialisation (dtype NG_FLOAT32 or NG_FLOAT64).</summary>
    [Export("ng_linear_new")]
    internal static void LinearNew(long inFeatures, long outFeatures, int bias, int dtype, ModuleHandle* outModule)
    {
        Abi.Out(outModule);
        var s = Shape.Checked([inFeatures, outFeatures]);
        NewModule(new Linear(s[0], s[1], bias != 0, Abi.Type(dtype)), outModule);
    }

    /// <summary>nn.ReLU().</summary>
    [Export("ng_relu_new")]
    internal static void ReluNew(ModuleHandle* outModule)
    {
        Abi.Out(outModule); NewModule(new ReLU(), outModule);
    }

    /// <summary>nn.Tanh().</summary>
    [Export("ng_tanh_new")]
    internal static void TanhNew(ModuleHandle* outModule)
    {
        Abi.Out(outModule); NewModule(new Tanh(), outModule);
    }

    /// <summary>nn.Sigmoid().</summary>
    [Export("ng_sigmoid_new")]
    internal static void SigmoidNew(ModuleHandle* outModule)
    {
        Abi.Out(outModule); NewModule(new Sigmoid(), outModule);
    }

    /// <summary>nn.Flatten(start_dim, end_dim).</summary>
    [Export("ng_flatten_new")]
    internal static void FlattenNew(int startDim, int endDim, ModuleHandle* outModule)
    {
        Abi.Out(outModule); NewModule(new Flatten(startDim, endDim), outModule);
    }

    /// <summary>nn.Embedding(num_embeddings, embedding_dim).</summary>
    [Export("ng_embedding_new")]
    internal static void EmbeddingNew(long numEmbeddings, long embeddingDim, int dtype, ModuleHandle* outModule)
    {
        Abi.Out(outModule);
        var s = Shape.Checked([numEmbeddings, embeddingDim]);
        NewModule(new Embedding(s[0], s[1], Abi.Type(dtype)), outModule);
    }

    /// <summary>nn.LayerNorm over the trailing dims of the given shape.</summary>
    [Export("ng_layer_norm_new")]
    internal static void LayerNormNew(long* normalizedShape, int ndim, double eps, int elementwiseAffine, int dtype, ModuleHandle* outModule)
    {
        Abi.Out(outModule); NewModule(new LayerNorm(Abi.Shape(normalizedShape, ndim), eps, elementwiseAffine != 0, Abi.Type(dtype)), outModule);
    }

    /// <summary>nn.Dropout(p).</summary>
    [Export("ng_dropout_new")]
    internal static void DropoutNew(double p, ModuleHandle* outModule)
    {
        Abi.Out(outModule); NewModule(new Dropout(p), outModule);
    }

    /// <summary>nn.Sequential over n modules (children named "0", "1", ...; the handles stay valid and usable).</summary>
    [Export("ng_sequential_new")]
    internal static void SequentialNew(ModuleHandle* modules, int n, ModuleHandle* outModule)
    {
        Abi.Out(outModule);
        if (n < 0 || (n > 0 && modules == null)) throw new NativeGradException(ErrorKind.InvalidArgument, "modules must be an array of n >= 0 handles");
        var ms = new Module[n];
        for (int i = 0; i < n; i++) ms[i] = Abi.M(modules[i]);
        var seq = new Sequential(ms);
        Lifetimes.Contains(seq, ms);   // the children live while the container does
        NewModule(seq, outModule);
    }

    /// <summary>Runs the module on input (its forward plus hooks).</summary>
    [Export("ng_module_forward")]
    internal static void ModuleForward(ModuleHandle m, TensorHandle input, TensorHandle* outResult)
    {
        Abi.Out(outResult);
        var mod = Abi.M(m);
        var x = Abi.T(input);
        var y = mod.Call(x);
        *outResult = ReferenceEquals(x, y) ? Abi.Share(y) : Abi.New(y);
    }

    /// <summary>Writes the number of parameters (named_parameters()).</summary>
    [Export("ng_module_num_parameters")]
    internal static void ModuleNumParameters(ModuleHandle m, int* outCount)
    {
        Abi.Out(outCount); int c = Abi.M(m).NamedParameters().Count(); *outCount = c;
    }

    /// <summary>Writes the i-th named parameter: its qualified name (free with ng_string_free; out_name may be NULL) and a new handle.</summary>
    /// <param name="outName">May be NULL (the name is not returned).</param>
    [Export("ng_module_parameter")]
    internal static void ModuleParameter(ModuleHandle m, int index, byte** outName, TensorHandle* outParam)
    {
        Abi.Out(outParam);
        var all = Abi.M(m).NamedParameters().ToList();
        if (index < 0 || index >= all.Count) throw new NativeGradException(ErrorKind.Index, $"parameter index {index} out of range for {all.Count} parameters");
        var (name, p) = all[index];
        var h = Abi.Share(p);
        if (outName != null) *outName = Abi.AllocString(name);
        *outParam = h;
    }

    /// <summary>Writes a new handle to the parameter with this qualified name (e.g. "0.weight"); an unknown name is an error.</summary>
    [Export("ng_module_get_parameter")]
    internal static void ModuleGetParameter(ModuleHandle m, byte* name, TensorHandle* outParam)
    {
        Abi.Out(outParam);
        if (name == null) throw new NativeGradException(ErrorKind.NullPointer, "name is NULL");
        string n = Marshal.PtrToStringUTF8((nint)name)!;
        var p = Abi.M(m).GetParameter(n)
            ?? throw new NativeGradException(ErrorKind.InvalidArgument, $"module has no parameter named '{n}'");
        *outParam = Abi.Share(p);
    }

    /// <summary>Zeroes (or, with set_to_none, drops) the gradients of all parameters.</summary>
    [Export("ng_module_zero_grad")]
    internal static void ModuleZeroGrad(ModuleHandle m, int setToNone)
    {
        Abi.M(m).ZeroGrad(setToNone != 0);
    }

    /// <summary>train(mode): 1 training, 0 evaluation.</summary>
    [Export("ng_module_train")]
    internal static void ModuleTrain(ModuleHandle m, int mode)
    {
        Abi.M(m).Train(mode != 0);
    }

    /// <summary>Writes PyTorch's repr of the module (free with ng_string_free).</summary>
    [Export("ng_module_to_string")]
    internal static void ModuleToString(ModuleHandle m, byte** outString)
    {
        Abi.Out(outString); var s = Abi.M(m).ToString(); *outString = Abi.AllocString(s);
    }

    /// <summary>Releases a module handle (a Sequential keeps its children alive; a DistributedDataParallel module
    /// also removes its gradient hooks and frees its buckets). NULL is ignored.</summary>
    /// <param name="m">May be NULL (ignored).</param>
    [Export("ng_module_free")]
    internal static void ModuleFree(ModuleHandle m)
    {
        var disposable = m.Value != 0 ? Abi.M(m) as IDisposable : null;
        Abi.FreeModule(m);
        disposable?.Dispose();
    }

    private static void NewOptimizer(TensorHandle* parameters, int n, Func<Tensor[], Optimizer> make, OptimizerHandle* outOptimizer)
    {
        Abi.Out(outOptimizer);
        var ps = Abi.Tensors(parameters, n);
        *outOptimizer = Abi.NewOptimizer(make(ps), ps);
    }

}

[ExportGroup("Optimizers", Order = 5)]
public static unsafe partial class Exports
{
    /// <summary>optim.SGD over n parameters.</summary>
    [Export("ng_sgd_new")]
    internal static void SgdNew(TensorHandle* parameters, int n, double lr, double momentum, double dampening, double weightDecay, int nesterov,
        OptimizerHandle* outOptimizer)
    {
        NewOptimizer(parameters, n, ps => new SGD(ps, lr, momentum, dampening, weightDecay, nesterov != 0), outOptimizer);
    }

    /// <summary>optim.Adam (decoupled 0) or optim.AdamW (decoupled 1) over n parameters.</summary>
    [Export("ng_adam_new")]
    internal static void AdamNew(TensorHandle* parameters, int n, double lr, double beta1, double beta2, double eps, double weightDecay,
        int amsgrad, int decoupled, OptimizerHandle* outOptimizer)
    {
        NewOptimizer(parameters, n, ps => new Adam(ps, lr, beta1, beta2, eps, weightDecay, amsgrad != 0, decoupled != 0), outOptimizer);
    }

    /// <summary>Updates every parameter that has a gradient.</summary>
    [Export("ng_optimizer_step")]
    internal static void OptimizerStep(OptimizerHandle o)
    {
        Abi.O(o).Step();
    }

    /// <summary>Zeroes (or drops) the gradients of the optimizer's parameters.</summary>
    [Export("ng_optimizer_zero_grad")]
    internal static void OptimizerZeroGrad(OptimizerHandle o, int setToNone)
    {
        Abi.O(o).ZeroGrad(setToNone != 0);
    }

    /// <summary>Sets the learning rate of every parameter group.</summary>
    [Export("ng_optimizer_set_lr")]
    internal static void OptimizerSetLr(OptimizerHandle o, double lr)
    {
        foreach (var g in Abi.O(o).ParamGroups) g.Lr = lr;
    }

    /// <summary>Releases an optimizer handle. NULL is ignored.</summary>
    /// <param name="o">May be NULL (ignored).</param>
    [Export("ng_optimizer_free")]
    internal static void OptimizerFree(OptimizerHandle o)
    {
        Abi.FreeOptimizer(o);
    }
}
