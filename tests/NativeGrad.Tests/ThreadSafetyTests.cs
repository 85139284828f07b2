using NativeGrad.NN;
using Xunit;

namespace NativeGrad.Tests;

/// <summary>
/// Backward runs on several threads at once (docs/THREADS.md): accumulation into a shared leaf is
/// serialised per leaf, so the sums are exact (the values are small integers, whose float sums are
/// exact in any order); a graph shared between threads follows PyTorch's rules.
/// </summary>
public class ThreadSafetyTests
{
    private const int Threads = 8;

    /// <summary>Starts <see cref="Threads"/> threads together (a barrier) and rethrows the first failure.</summary>
    private static void RunThreads(Action<int> body)
    {
        using var start = new Barrier(Threads);
        var errors = new Exception?[Threads];
        var threads = new Thread[Threads];
        for (int t = 0; t < Threads; t++)
        {
            int id = t;
            threads[t] = new Thread(() =>
            {
                try { start.SignalAndWait(); body(id); }
                catch (Exception e) { errors[id] = e; }
            });
            threads[t].Start();
        }
        foreach (var th in threads) th.Join();
        foreach (var e in errors) if (e != null) throw new AggregateException(e);
    }

    /// <summary>8 threads x 500 graphs of their own, all reaching one leaf: not one update lost.</summary>
    [Fact]
    public void SharedLeafAccumulatesExactly()
    {
        const int reps = 500, n = 4096;
        var w = Tensor.Ones([n]).RequiresGrad_();
        RunThreads(id =>
        {
            for (int r = 0; r < reps; r++)
            {
                using var scope = new TensorScope();
                (w * (double)(id + 1)).Sum().Backward();   // d/dw = id + 1
            }
        });
        float expect = reps * (Threads * (Threads + 1) / 2);   // 500 * 36
        Assert.All(w.Grad!.ToFloatArray(), v => Assert.Equal(expect, v));
    }

    /// <summary>Several leaves per graph, shared between threads in different orders, with create_graph off and on.</summary>
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void SeveralSharedLeavesAccumulateExactly(bool createGraph)
    {
        const int reps = 200;
        var a = Tensor.FromArray([1.0, 2.0]).RequiresGrad_();
        var b = Tensor.FromArray([3.0, 4.0]).RequiresGrad_();
        RunThreads(id =>
        {
            for (int r = 0; r < reps; r++)
            {
                using var scope = new TensorScope();
                var loss = id % 2 == 0 ? (a * b).Sum() : (b * a + a).Sum();   // d/da = b (+1), d/db = a
                loss.Backward(createGraph: createGraph);
            }
        });
        // Half the threads add b, the other half b + 1, to a's grad; all add a to b's grad.
        double n = reps * Threads;
        Assert.Equal(new[] { n * 3 + n / 2, n * 4 + n / 2 }, a.Grad!.ToDoubleArray());
        Assert.Equal(new[] { n * 1, n * 2 }, b.Grad!.ToDoubleArray());
    }

    /// <summary>A module shared by 8 threads (Linear(64, 32)-ReLU-Linear(32, 1), weights of ones): exact gradient sums.</summary>
    [Fact]
    public void SharedModuleAccumulatesExactly()
    {
        const int reps = 100;
        var l1 = new Linear(64, 32, dtype: DType.Float64);
        var l2 = new Linear(32, 1, dtype: DType.Float64);
        var model = new Sequential(l1, new ReLU(), l2);
        using (Autograd.NoGrad())
        {
            l1.Weight.Fill_(1); l1.Bias!.Fill_(0);
            l2.Weight.Fill_(1); l2.Bias!.Fill_(0);
        }
        RunThreads(id =>
        {
            for (int r = 0; r < reps; r++)
            {
                using var scope = new TensorScope();
                var x = Tensor.Ones([1, 64], DType.Float64);
                x.Fill_(1);
                using (Autograd.NoGrad()) x.Select(1, 0).Fill_(id);   // x = [id, 1, ..., 1]
                model.Call(x).Sum().Backward();
            }
        });
        // h = W1 x + b1 = (id + 63) in every unit (all positive): dL/dW1[i, j] = x_j, dL/db1 = 1,
        // dL/dW2[0, i] = h_i, dL/db2 = 1, summed over every run.
        double n = reps * Threads, sumId = reps * (Threads * (Threads - 1) / 2);
        var gw1 = l1.Weight.Grad!.ToDoubleArray();
        for (int i = 0; i < 32; i++)
            for (int j = 0; j < 64; j++) Assert.Equal(j == 0 ? sumId : n, gw1[i * 64 + j]);
        Assert.All(l1.Bias!.Grad!.ToDoubleArray(), v => Assert.Equal(n, v));
        Assert.All(l2.Weight.Grad!.ToDoubleArray(), v => Assert.Equal(sumId + 63 * n, v));
        Assert.Equal(new[] { n }, l2.Bias!.Grad!.ToDoubleArray());
    }

    /// <summary>One graph shared by 8 threads with retain_graph (PyTorch: allowed): every run's gradient
    /// arrives, including a non-leaf's retained grad and a hook's count.</summary>
    [Fact]
    public void SharedGraphWithRetainGraphAccumulatesExactly()
    {
        const int reps = 200;
        var w = Tensor.FromArray([1.0, 2.0]).RequiresGrad_();
        var y = w * 2.0;
        y.RetainGrad();
        int hookCalls = 0;
        y.RegisterHook(g => { Interlocked.Increment(ref hookCalls); return null; });
        var z = (y * y).Sum();                          // saves y: the shared node's saved tensors are read concurrently
        RunThreads(_ =>
        {
            for (int r = 0; r < reps; r++) z.Backward(retainGraph: true);
        });
        double n = reps * Threads;
        Assert.Equal(new[] { n * 8, n * 16 }, w.Grad!.ToDoubleArray());   // dz/dw = 8 w
        Assert.Equal(new[] { n * 4, n * 8 }, y.Grad!.ToDoubleArray());     // dz/dy = 2 y
        Assert.Equal((int)n, hookCalls);
    }

    /// <summary>One graph shared by 8 threads without retain_graph: the saved tensors are freed once, by the
    /// last run applying the node; every other run fails with PyTorch's error, and nothing is read after
    /// it was freed (each run that succeeded added exactly its gradient).</summary>
    [Fact]
    public void SharedGraphWithoutRetainGraphFreesOnce()
    {
        for (int round = 0; round < 20; round++)
        {
            var w = Tensor.FromArray([1.0, 2.0, 3.0]).RequiresGrad_();
            var z = (w.Exp() * w).Sum();   // Exp saves its output, Mul both inputs
            int ok = 0, freed = 0;
            RunThreads(_ =>
            {
                try
                {
                    z.Backward();
                    Interlocked.Increment(ref ok);
                }
                catch (NativeGradException e) when (e.Message.StartsWith("Trying to backward through the graph a second time"))
                {
                    Interlocked.Increment(ref freed);
                }
            });
            Assert.Equal(Threads, ok + freed);
            Assert.True(ok >= 1);
            var expect = new[] { 1.0, 2.0, 3.0 }.Select(v => ok * Math.Exp(v) * (1 + v)).ToArray();
            var got = w.Grad!.ToDoubleArray();
            for (int i = 0; i < 3; i++) Assert.Equal(expect[i], got[i], 1e-12 * expect[i]);
            var e2 = Assert.Throws<NativeGradException>(() => z.Backward());
            Assert.StartsWith("Trying to backward through the graph a second time", e2.Message);
            z.Dispose();
            w.Dispose();
        }
    }

    /// <summary>Hooks added and removed on one thread while others back-propagate through the tensor.</summary>
    [Fact]
    public void HooksChangeWhileOtherThreadsBackpropagate()
    {
        var w = Tensor.FromArray([1.0, 2.0]).RequiresGrad_();
        var y = w * 1.0;
        var z = y.Sum();
        int calls = 0;
        RunThreads(id =>
        {
            for (int r = 0; r < 300; r++)
            {
                if (id == 0)
                {
                    using var h1 = y.RegisterHook(g => { Interlocked.Increment(ref calls); return null; });
                    using var h2 = w.RegisterHook(g => { Interlocked.Increment(ref calls); return null; });
                }
                else z.Backward(retainGraph: true);
            }
        });
        Assert.Equal(new[] { 7 * 300.0, 7 * 300.0 }, w.Grad!.ToDoubleArray());
    }

    /// <summary>Leaves made, used and released on many threads at once (their accumulators, version
    /// counters and the allocator are shared state): every thread's own gradient is right.</summary>
    [Fact]
    public void ThreadsMakeAndFreeTheirOwnGraphs()
    {
        RunThreads(id =>
        {
            for (int r = 0; r < 300; r++)
            {
                using var scope = new TensorScope();
                var x = Tensor.FromArray([id, r, 1.0]).RequiresGrad_();
                var y = x.Detach().RequiresGrad_();
                (x * y).Sum().Backward();
                Assert.Equal(new[] { (double)id, r, 1.0 }, x.Grad!.ToDoubleArray());
                Assert.Equal(new[] { (double)id, r, 1.0 }, y.Grad!.ToDoubleArray());
            }
        });
    }
}
