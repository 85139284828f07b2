namespace NativeGrad.Optim;

/// <summary>
/// PyTorch's checks of optimizer hyper-parameters, with the messages of torch/optim (1.13), in one
/// place: the optimizer classes (C#, and C's ng_*_new) and the fused updates (the per-step calls of C
/// and Python) run them. A NaN fails every check, as PyTorch's <c>not 0.0 &lt;= x</c> does.
/// </summary>
internal static class HyperParameters
{
    /// <summary>SGD's checks; returns <paramref name="lr"/>.</summary>
    public static double Sgd(double lr, double momentum, double dampening, double weightDecay, bool nesterov)
    {
        Lr(lr);
        NotNegative(momentum, "momentum value");
        NotNegative(weightDecay, "weight_decay value");
        if (nesterov && (momentum <= 0 || dampening != 0))
            throw NativeGradException.Arg("Nesterov momentum requires a momentum and zero dampening");
        return lr;
    }

    /// <summary>Adam's and AdamW's checks; returns <paramref name="lr"/>.</summary>
    public static double Adam(double lr, double beta1, double beta2, double eps, double weightDecay)
    {
        Lr(lr);
        NotNegative(eps, "epsilon value");
        if (!(beta1 >= 0 && beta1 < 1)) throw NativeGradException.Arg($"Invalid beta parameter at index 0: {NativeGradException.Num(beta1)}");
        if (!(beta2 >= 0 && beta2 < 1)) throw NativeGradException.Arg($"Invalid beta parameter at index 1: {NativeGradException.Num(beta2)}");
        NotNegative(weightDecay, "weight_decay value");
        return lr;
    }

    /// <summary>RMSprop's checks; returns <paramref name="lr"/>.</summary>
    public static double RmsProp(double lr, double alpha, double eps, double weightDecay, double momentum)
    {
        Lr(lr);
        NotNegative(eps, "epsilon value");
        NotNegative(momentum, "momentum value");
        NotNegative(weightDecay, "weight_decay value");
        NotNegative(alpha, "alpha value");
        return lr;
    }

    private static void Lr(double lr) => NotNegative(lr, "learning rate");

    private static void NotNegative(double v, string what)
    {
        if (!(v >= 0)) throw NativeGradException.Arg($"Invalid {what}: {NativeGradException.Num(v)}");
    }
}
