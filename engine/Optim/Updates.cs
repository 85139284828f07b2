using System.Numerics;
using System.Runtime.Intrinsics;
using NativeGrad.Kernels;

namespace NativeGrad.Optim;

/// <summary>
/// Fused, in-place parameter updates (one pass over each tensor, no graph recorded), following
/// PyTorch 1.13's single-tensor formulas operation by operation so trajectories match. Every
/// binding's optimizer classes call these.
/// </summary>
public static unsafe class Updates
{
    private static void Check(Tensor p, Tensor g, string what)
    {
        p.CheckAlive(); g.CheckAlive();
        if (!p.DType.IsFloating()) throw NativeGradException.DType($"{what}: parameter must be floating point, got {p.DType.TorchName()}");
        if (!Shape.Equal(p._shape, g._shape))
            throw NativeGradException.Shape($"{what}: gradient of shape {Shape.Str(g._shape)} does not match parameter of shape {Shape.Str(p._shape)}");
        if (p.DType != g.DType) throw NativeGradException.DType($"{what}: gradient dtype {g.DType.TorchName()} does not match parameter dtype {p.DType.TorchName()}");
        if (!p.IsContiguous || !g.IsContiguous) throw NativeGradException.Arg($"{what}: parameter and gradient must be contiguous");
    }

    private static void CheckState(Tensor p, Tensor? s, string what, string name)
    {
        if (s is null) return;
        s.CheckAlive();
        if (!Shape.Equal(p._shape, s._shape) || p.DType != s.DType || !s.IsContiguous)
            throw NativeGradException.Arg($"{what}: state '{name}' must be a contiguous {p.DType.TorchName()} tensor of shape {Shape.Str(p._shape)}");
    }

    /// <summary>
    /// PyTorch 1.13's zero_grad for each parameter: drops its gradient (<paramref name="setToNone"/>)
    /// or zeroes it in place, first detaching a gradient that carries a graph (create_graph).
    /// One call for a whole parameter list, so bindings pay one crossing, not several per parameter.
    /// </summary>
    public static void ZeroGrad(IEnumerable<Tensor> parameters, bool setToNone = false)
    {
        foreach (var p in parameters)
        {
            p.CheckAlive();
            var g = p._grad;
            if (g is null) continue;
            if (setToNone) { p.Grad = null; continue; }
            if (g._gradFn != null || g._requiresGrad)
            {
                using var d = g.Detach();
                p.Grad = d;
                g = d;
            }
            g.Zero_();
        }
    }

    /// <summary>
    /// One SGD step over a parameter list (PyTorch's SGD.step for one group): parameters without a
    /// gradient are skipped and get <paramref name="hadGrad"/>[i] = false. With momentum, a missing
    /// buffer (null in <paramref name="buffers"/>) is created and initialised from the gradient on this
    /// step; the caller owns the created tensors.
    /// </summary>
    public static void SgdStep(IReadOnlyList<Tensor> parameters, Tensor?[]? buffers, bool[] hadGrad, double lr, double momentum = 0,
        double dampening = 0, double weightDecay = 0, bool nesterov = false, bool maximize = false)
    {
        HyperParameters.Sgd(lr, momentum, dampening, weightDecay, nesterov);
        if (momentum != 0 && (buffers is null || buffers.Length < parameters.Count))
            throw NativeGradException.Arg("sgd: momentum != 0 needs a momentum buffer slot per parameter");
        if (hadGrad.Length < parameters.Count) throw NativeGradException.Arg("sgd: hadGrad is shorter than the parameter list");
        for (int i = 0; i < parameters.Count; i++)
        {
            var p = parameters[i];
            p.CheckAlive();
            var g = p._grad;
            hadGrad[i] = g != null;
            if (g is null) continue;
            Tensor? buf = buffers?[i];
            bool first = false;
            if (momentum != 0 && buf is null)
            {
                buf = buffers![i] = Tensor.Zeros(p._shape, p._dtype);
                TensorScope.Untrack(buf);
                first = true;
            }
            Sgd(p, g, momentum != 0 ? buf : null, first, lr, momentum, dampening, weightDecay, nesterov, maximize);
        }
    }

    /// <summary>SGD with momentum, dampening, Nesterov, weight decay. <paramref name="buf"/> is the momentum
    /// buffer (required when momentum != 0); on the first step it is initialised to the gradient.</summary>
    public static void Sgd(Tensor p, Tensor g, Tensor? buf, bool firstStep, double lr, double momentum = 0, double dampening = 0,
        double weightDecay = 0, bool nesterov = false, bool maximize = false)
    {
        Check(p, g, "sgd");
        HyperParameters.Sgd(lr, momentum, dampening, weightDecay, nesterov);
        if (momentum != 0 && buf is null) throw NativeGradException.Arg("sgd: momentum != 0 needs a momentum buffer");
        CheckState(p, buf, "sgd", "momentum_buffer");
        long n = p.Numel;
        if (p.DType == DType.Float32) SgdSplit(p.DataPtr<float>(), g.DataPtr<float>(), buf is null ? null : buf.DataPtr<float>(), n, firstStep, lr, momentum, dampening, weightDecay, nesterov, maximize);
        else SgdSplit(p.DataPtr<double>(), g.DataPtr<double>(), buf is null ? null : buf.DataPtr<double>(), n, firstStep, lr, momentum, dampening, weightDecay, nesterov, maximize);
        p.BumpVersion();
        buf?.BumpVersion();
    }

    /// <summary>Elements per task from which an update is split over the worker pool: an update
    /// streams three or more arrays, and after a backward pass the pool's threads are still awake.</summary>
    private const int UpdateGrain = 1 << 15;

    /// <summary>The update over [0, n) in chunks of whole cache lines on the worker pool (each
    /// element's arithmetic is the same in any chunk, so results do not depend on the split).</summary>
    private static void SgdSplit<T>(T* p, T* g, T* buf, long n, bool first, double lr, double momentum, double dampening, double wd, bool nesterov, bool maximize)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        if (!Elementwise.Chunks((nint)n, UpdateGrain, out int tasks, out nint per))
        {
            Sgd(p, g, buf, n, first, lr, momentum, dampening, wd, nesterov, maximize);
            return;
        }
        nint pp = (nint)p, gp = (nint)g, bp = (nint)buf;
        WorkerPool.Run(tasks, t =>
        {
            nint lo = t * per;
            Sgd((T*)pp + lo, (T*)gp + lo, bp == 0 ? null : (T*)bp + lo, Math.Min(per, (nint)n - lo), first, lr, momentum, dampening, wd, nesterov, maximize);
        });
    }

    private static void Sgd<T>(T* p, T* g, T* buf, long n, bool first, double lr, double momentum, double dampening, double wd, bool nesterov, bool maximize)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        T tLr = T.CreateTruncating(-lr), tMom = T.CreateTruncating(momentum), tDamp = T.CreateTruncating(1 - dampening), tWd = T.CreateTruncating(wd);
        long i = 0;
        if (Simd.UseVector256)
        {
            // The same operations lane by lane (FMA where the scalar path fuses), so both paths agree bitwise.
            int c = Vector256<T>.Count;
            var vLr = Vector256.Create(tLr); var vMom = Vector256.Create(tMom); var vDamp = Vector256.Create(tDamp); var vWd = Vector256.Create(tWd);
            for (; i <= n - c; i += c)
            {
                var pv = Vector256.Load(p + i);
                var d = Vector256.Load(g + i);
                if (maximize) d = -d;
                if (wd != 0) d = Simd.Fma(vWd, pv, d);
                if (momentum != 0)
                {
                    var b = first ? d : Simd.Fma(vDamp, d, Vector256.Load(buf + i) * vMom);
                    b.Store(buf + i);
                    d = nesterov ? Simd.Fma(vMom, b, d) : b;
                }
                Simd.Fma(vLr, d, pv).Store(p + i);
            }
        }
        for (; i < n; i++)
        {
            T d = maximize ? -g[i] : g[i];
            if (wd != 0) d = T.FusedMultiplyAdd(tWd, p[i], d);
            if (momentum != 0)
            {
                T b = first ? d : T.FusedMultiplyAdd(tDamp, d, buf[i] * tMom);
                buf[i] = b;
                d = nesterov ? T.FusedMultiplyAdd(tMom, b, d) : b;
            }
            p[i] = T.FusedMultiplyAdd(tLr, d, p[i]);
        }
    }

    /// <summary>Adam (decoupled = false) or AdamW (decoupled = true); <paramref name="step"/> counts from 1.
    /// <paramref name="maxExpAvgSq"/> enables AMSGrad.</summary>
    public static void Adam(Tensor p, Tensor g, Tensor expAvg, Tensor expAvgSq, long step, double lr, double beta1 = 0.9, double beta2 = 0.999,
        double eps = 1e-8, double weightDecay = 0, bool decoupled = false, bool maximize = false, Tensor? maxExpAvgSq = null)
    {
        Check(p, g, decoupled ? "adamw" : "adam");
        HyperParameters.Adam(lr, beta1, beta2, eps, weightDecay);
        CheckState(p, expAvg, "adam", "exp_avg");
        CheckState(p, expAvgSq, "adam", "exp_avg_sq");
        CheckState(p, maxExpAvgSq, "adam", "max_exp_avg_sq");
        if (step < 1) throw NativeGradException.Arg($"adam: step must be >= 1, got {step}");
        long n = p.Numel;
        if (p.DType == DType.Float32)
            AdamSplit(p.DataPtr<float>(), g.DataPtr<float>(), expAvg.DataPtr<float>(), expAvgSq.DataPtr<float>(), maxExpAvgSq is null ? null : maxExpAvgSq.DataPtr<float>(), n, step, lr, beta1, beta2, eps, weightDecay, decoupled, maximize);
        else
            AdamSplit(p.DataPtr<double>(), g.DataPtr<double>(), expAvg.DataPtr<double>(), expAvgSq.DataPtr<double>(), maxExpAvgSq is null ? null : maxExpAvgSq.DataPtr<double>(), n, step, lr, beta1, beta2, eps, weightDecay, decoupled, maximize);
        p.BumpVersion(); expAvg.BumpVersion(); expAvgSq.BumpVersion();
    }

    /// <summary>Adam over [0, n), split like <see cref="SgdSplit{T}"/>.</summary>
    private static void AdamSplit<T>(T* p, T* g, T* m, T* v, T* vmax, long n, long step, double lr, double b1, double b2, double eps, double wd, bool decoupled, bool maximize)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        if (!Elementwise.Chunks((nint)n, UpdateGrain, out int tasks, out nint per))
        {
            Adam(p, g, m, v, vmax, n, step, lr, b1, b2, eps, wd, decoupled, maximize);
            return;
        }
        nint pp = (nint)p, gp = (nint)g, mp = (nint)m, vp = (nint)v, xp = (nint)vmax;
        WorkerPool.Run(tasks, t =>
        {
            nint lo = t * per;
            Adam((T*)pp + lo, (T*)gp + lo, (T*)mp + lo, (T*)vp + lo, xp == 0 ? null : (T*)xp + lo, Math.Min(per, (nint)n - lo), step, lr, b1, b2, eps, wd, decoupled, maximize);
        });
    }

    private static void Adam<T>(T* p, T* g, T* m, T* v, T* vmax, long n, long step, double lr, double b1, double b2, double eps, double wd, bool decoupled, bool maximize)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        double bc1 = 1 - Math.Pow(b1, step), bc2Sqrt = Math.Sqrt(1 - Math.Pow(b2, step));
        T tB1 = T.CreateTruncating(b1), tOneMinusB1 = T.CreateTruncating(1 - b1), tB2 = T.CreateTruncating(b2), tOneMinusB2 = T.CreateTruncating(1 - b2);
        T tStep = T.CreateTruncating(-(lr / bc1)), tBc2 = T.CreateTruncating(bc2Sqrt), tEps = T.CreateTruncating(eps);
        T tWd = T.CreateTruncating(wd), tDecay = T.CreateTruncating(1 - lr * wd);
        long i = 0;
        if (Simd.UseVector256)
        {
            int c = Vector256<T>.Count;
            var vB1 = Vector256.Create(tB1); var v1B1 = Vector256.Create(tOneMinusB1); var vB2 = Vector256.Create(tB2); var v1B2 = Vector256.Create(tOneMinusB2);
            var vStep = Vector256.Create(tStep); var vBc2 = Vector256.Create(tBc2); var vEps = Vector256.Create(tEps);
            var vWd = Vector256.Create(tWd); var vDecay = Vector256.Create(tDecay);
            for (; i <= n - c; i += c)
            {
                var gi = Vector256.Load(g + i);
                if (maximize) gi = -gi;
                var pv = Vector256.Load(p + i);
                if (decoupled) pv *= vDecay;
                else if (wd != 0) gi = Simd.Fma(vWd, pv, gi);
                var mv = Simd.Fma(v1B1, gi, Vector256.Load(m + i) * vB1);
                var vv = Simd.Fma(v1B2, gi * gi, Vector256.Load(v + i) * vB2);
                mv.Store(m + i);
                vv.Store(v + i);
                if (vmax != null) { vv = Vector256.Max(Vector256.Load(vmax + i), vv); vv.Store(vmax + i); }
                var denom = Vector256.Sqrt(vv) / vBc2 + vEps;
                Simd.Fma(vStep, mv / denom, pv).Store(p + i);
            }
        }
        for (; i < n; i++)
        {
            T gi = maximize ? -g[i] : g[i];
            if (decoupled) p[i] *= tDecay;
            else if (wd != 0) gi = T.FusedMultiplyAdd(tWd, p[i], gi);
            m[i] = T.FusedMultiplyAdd(tOneMinusB1, gi, m[i] * tB1);
            v[i] = T.FusedMultiplyAdd(tOneMinusB2, gi * gi, v[i] * tB2);
            T vv = v[i];
            if (vmax != null) { vmax[i] = T.Max(vmax[i], vv); vv = vmax[i]; }
            T denom = T.Sqrt(vv) / tBc2 + tEps;
            p[i] = T.FusedMultiplyAdd(tStep, m[i] / denom, p[i]);
        }
    }

    /// <summary>RMSprop with optional momentum (<paramref name="buf"/>) and centering (<paramref name="gradAvg"/>).</summary>
    public static void RmsProp(Tensor p, Tensor g, Tensor squareAvg, Tensor? buf, Tensor? gradAvg, double lr, double alpha = 0.99,
        double eps = 1e-8, double weightDecay = 0, double momentum = 0, bool maximize = false)
    {
        Check(p, g, "rmsprop");
        HyperParameters.RmsProp(lr, alpha, eps, weightDecay, momentum);
        CheckState(p, squareAvg, "rmsprop", "square_avg");
        CheckState(p, buf, "rmsprop", "momentum_buffer");
        CheckState(p, gradAvg, "rmsprop", "grad_avg");
        if (momentum > 0 && buf is null) throw NativeGradException.Arg("rmsprop: momentum > 0 needs a momentum buffer");
        long n = p.Numel;
        if (p.DType == DType.Float32)
            RmsProp(p.DataPtr<float>(), g.DataPtr<float>(), squareAvg.DataPtr<float>(), buf is null ? null : buf.DataPtr<float>(), gradAvg is null ? null : gradAvg.DataPtr<float>(), n, lr, alpha, eps, weightDecay, momentum, maximize);
        else
            RmsProp(p.DataPtr<double>(), g.DataPtr<double>(), squareAvg.DataPtr<double>(), buf is null ? null : buf.DataPtr<double>(), gradAvg is null ? null : gradAvg.DataPtr<double>(), n, lr, alpha, eps, weightDecay, momentum, maximize);
        p.BumpVersion(); squareAvg.BumpVersion();
    }

    private static void RmsProp<T>(T* p, T* g, T* sq, T* buf, T* gavg, long n, double lr, double alpha, double eps, double wd, double momentum, bool maximize)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        T tA = T.CreateTruncating(alpha), tOneMinusA = T.CreateTruncating(1 - alpha), tEps = T.CreateTruncating(eps);
        T tWd = T.CreateTruncating(wd), tLr = T.CreateTruncating(-lr), tMom = T.CreateTruncating(momentum);
        for (long i = 0; i < n; i++)
        {
            T gi = maximize ? -g[i] : g[i];
            if (wd != 0) gi = T.FusedMultiplyAdd(tWd, p[i], gi);
            sq[i] = T.FusedMultiplyAdd(tOneMinusA, gi * gi, sq[i] * tA);
            T avg;
            if (gavg != null)
            {
                gavg[i] = T.FusedMultiplyAdd(tOneMinusA, gi, gavg[i] * tA);
                avg = T.Sqrt(sq[i] - gavg[i] * gavg[i]) + tEps;
            }
            else avg = T.Sqrt(sq[i]) + tEps;
            if (momentum > 0)
            {
                buf[i] = buf[i] * tMom + gi / avg;
                p[i] = T.FusedMultiplyAdd(tLr, buf[i], p[i]);
            }
            else p[i] = T.FusedMultiplyAdd(tLr, gi / avg, p[i]);
        }
    }

    /// <summary>clip_grad_norm_: scales the gradients in place so their total norm is at most
    /// <paramref name="maxNorm"/>; returns the total norm before clipping (0-dim tensor).</summary>
    public static Tensor ClipGradNorm(IReadOnlyList<Tensor> grads, double maxNorm, double normType = 2, bool errorIfNonfinite = false)
    {
        if (grads.Count == 0) return Tensor.Scalar(0);
        var dtype = grads[0].DType;
        double total;
        using (GradMode.Set(false))
        {
            if (double.IsPositiveInfinity(normType))
            {
                total = 0;
                foreach (var g in grads) total = Math.Max(total, Ops.Functions.Norm(g, double.PositiveInfinity, null, false).Item());
            }
            else
            {
                double acc = 0;
                foreach (var g in grads)
                {
                    using var n = Ops.Functions.Norm(g, normType, null, false);
                    acc += Math.Pow(n.Item(), normType);
                }
                total = Math.Pow(acc, 1 / normType);
            }
            if (errorIfNonfinite && !double.IsFinite(total))
                throw NativeGradException.Autograd($"The total norm of order {normType} for gradients from `parameters` is non-finite, so it cannot be clipped. To disable this error and scale the gradients by the non-finite norm anyway, set `error_if_nonfinite=False`");
            double coef = Math.Min(maxNorm / (total + 1e-6), 1.0);
            foreach (var g in grads) ScaleInPlace(g, coef);
        }
        return Tensor.Scalar(total, dtype);
    }

    /// <summary>clip_grad_value_: clamps every gradient element into [-clip, clip] in place.</summary>
    public static void ClipGradValue(IReadOnlyList<Tensor> grads, double clip)
    {
        foreach (var g in grads)
        {
            g.CheckAlive();
            if (!g.IsContiguous) throw NativeGradException.Arg("clip_grad_value_: gradients must be contiguous");
            long n = g.Numel;
            // min(max(x, -c), c) as torch.clamp: a negative clip gives -|clip| everywhere (Math.Clamp would throw)
            if (g.DType == DType.Float32) { float* q = g.DataPtr<float>(); float c = (float)clip; for (long i = 0; i < n; i++) q[i] = Math.Min(Math.Max(q[i], -c), c); }
            else { double* q = g.DataPtr<double>(); for (long i = 0; i < n; i++) q[i] = Math.Min(Math.Max(q[i], -clip), clip); }
            g.BumpVersion();
        }
    }

    private static void ScaleInPlace(Tensor g, double s)
    {
        g.CheckAlive();
        if (!g.IsContiguous) throw NativeGradException.Arg("clip_grad_norm_: gradients must be contiguous");
        long n = g.Numel;
        if (g.DType == DType.Float32) { float* q = g.DataPtr<float>(); float c = (float)s; for (long i = 0; i < n; i++) q[i] *= c; }
        else { double* q = g.DataPtr<double>(); for (long i = 0; i < n; i++) q[i] *= s; }
        g.BumpVersion();
    }
}
