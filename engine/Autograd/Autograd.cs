namespace NativeGrad;


/// <summary>PyTorch's torch.autograd functions for C#.</summary>
public static partial class Autograd
{
    /// <summary>Gradients of <paramref name="outputs"/> w.r.t. <paramref name="inputs"/> (torch.autograd.grad);
    /// leaves' .grad are untouched; entries are null for unused inputs when <paramref name="allowUnused"/>.
    /// With <paramref name="isGradsBatched"/> each grad_output is a batch [B, *output shape] of seeds and one
    /// backward gives every input's B vector-Jacobian products, [B, *input shape].</summary>
    public static Tensor?[] Grad(Tensor[] outputs, Tensor[] inputs, Tensor?[]? gradOutputs = null, bool? retainGraph = null,
        bool createGraph = false, bool allowUnused = false, bool isGradsBatched = false)
        => Engine.Grad(outputs, inputs, gradOutputs, retainGraph, createGraph, allowUnused, isGradsBatched);

    /// <summary>Gradient of one output w.r.t. one input.</summary>
    public static Tensor Grad(Tensor output, Tensor input, bool createGraph = false)
        => Engine.Grad([output], [input], null, null, createGraph, false)[0]!;

    /// <summary>Disables graph recording on this thread until disposed: <c>using (Autograd.NoGrad()) { ... }</c>.</summary>
    public static GradMode.Guard NoGrad() => GradMode.Set(false);

    /// <summary>Enables graph recording on this thread until disposed.</summary>
    public static GradMode.Guard EnableGrad() => GradMode.Set(true);

    /// <summary>Sets grad mode on this thread until disposed.</summary>
    public static GradMode.Guard SetGradEnabled(bool enabled) => GradMode.Set(enabled);

    /// <summary>True when graph recording is enabled on this thread.</summary>
    public static bool IsGradEnabled => GradMode.IsEnabled;
}
