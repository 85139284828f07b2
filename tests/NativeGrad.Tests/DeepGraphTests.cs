using System.Diagnostics;
using Xunit;

namespace NativeGrad.Tests;

/// <summary>
/// Graphs far deeper than a thread's stack (issue 11): building, back-propagating, searching
/// (autograd.grad) and freeing them must all be iterative. These run alone (the "memory"
/// collection): they hold millions of nodes and check that every byte comes back.
/// </summary>
[Collection("memory")]
public class DeepGraphTests
{
    /// <summary>x + 1 + 1 + ... (10,000,000 nodes, scalar float64: the values stay exact), then backward and free.</summary>
    [Fact]
    public void TenMillionNodeChainBuildsBackpropagatesAndFrees()
    {
        const int n = 10_000_000;
        long before = MemoryProbe.Settled();
        var x = Tensor.Scalar(0.5, DType.Float64).RequiresGrad_();
        var y = x;
        for (int i = 0; i < n; i++)
        {
            var next = y + 1.0;
            if (!ReferenceEquals(y, x)) y.Dispose();   // the graph keeps what it needs
            y = next;
        }
        Assert.Equal(0.5 + n, y.Item());
        y.Backward();
        Assert.Equal(1.0, x.Grad!.Item());
        y.Dispose();                                   // drops the last reference to the whole chain
        x.Dispose();
        Assert.Equal(before, MemoryProbe.Settled());
    }

    /// <summary>200,000 nodes that save tensors (sin saves its input, tanh its output), so freeing one
    /// releases saved tensors whose own nodes die inside that release; dropped without a backward.</summary>
    [Fact]
    public void TwoHundredThousandSavingNodesAreFreedWithoutBackward()
    {
        long before = MemoryProbe.Settled();
        var x = Tensor.Scalar(0.3, DType.Float64).RequiresGrad_();
        var y = Chain(x, 200_000, out _);
        Assert.True(Allocator.LiveBytes > before);
        y.Dispose();
        x.Dispose();
        Assert.Equal(before, MemoryProbe.Settled());
    }

    /// <summary>The same chain back-propagated (with retain_graph, then without) and through
    /// autograd.grad, against the derivative carried forward alongside.</summary>
    [Fact]
    public void TwoHundredThousandSavingNodesBackpropagate()
    {
        long before = MemoryProbe.Settled();
        var x = Tensor.Scalar(0.3, DType.Float64).RequiresGrad_();
        var y = Chain(x, 200_000, out double expected);
        using (var g = Autograd.Grad([y], [x], retainGraph: true)[0]!)
            Assert.Equal(expected, g.Item(), 1e-9 * Math.Abs(expected));
        y.Backward();
        Assert.Equal(expected, x.Grad!.Item(), 1e-9 * Math.Abs(expected));
        var e = Assert.Throws<NativeGradException>(() => y.Backward());
        Assert.StartsWith("Trying to backward through the graph a second time", e.Message);
        y.Dispose();
        x.Dispose();
        Assert.Equal(before, MemoryProbe.Settled());
    }

    /// <summary>A 100,000-deep chain of custom functions, each saving its input; freeing the chain runs every
    /// node's release callback (the C ABI frees user state there) from the iterative loop.</summary>
    [Fact]
    public void HundredThousandCustomFunctionsChainAndFree()
    {
        const int n = 100_000;
        long before = MemoryProbe.Settled();
        int destroyed = 0;
        var x = Tensor.Scalar(1, DType.Float64).RequiresGrad_();
        var y = x;
        for (int i = 0; i < n; i++)
        {
            var next = CustomNode.Apply("Same", [y],
                (ctx, xs) => { ctx.SaveForBackward(xs[0]); return [xs[0] * 1.0]; },
                (ctx, gs) => [gs[0]! * ctx.SavedTensors[0]],
                () => destroyed++)[0];
            if (!ReferenceEquals(y, x)) y.Dispose();
            y = next;
        }
        y.Backward(retainGraph: true);
        Assert.Equal(1.0, x.Grad!.Item());
        Assert.Equal(0, destroyed);
        y.Dispose();
        Assert.Equal(n, destroyed);
        x.Dispose();
        Assert.Equal(before, MemoryProbe.Settled());
    }

    /// <summary>autograd.grad on a 100,000-node chain: the search for the nodes to run follows each edge
    /// once (a fixed-point rescan was quadratic: 2.3 s at 8,000 nodes), so it visits exactly n edges.</summary>
    [Fact]
    public void GradSearchOnAHundredThousandNodeChainIsLinear()
    {
        const int n = 100_000;
        var x = Tensor.Scalar(2, DType.Float64).RequiresGrad_();
        var y = x;
        for (int i = 0; i < n; i++)
        {
            var next = y + 1.0;
            if (!ReferenceEquals(y, x)) y.Dispose();
            y = next;
        }
        var sw = Stopwatch.StartNew();
        using (var g = Autograd.Grad([y], [x], retainGraph: true)[0]!) Assert.Equal(1.0, g.Item());
        // n edges lead somewhere: n - 1 between the Add nodes and one into x's AccumulateGrad.
        Assert.Equal(n, Engine.LastSearchVisits);
        // Generous: only a quadratic search (about 5 min here) comes near it.
        Assert.True(sw.Elapsed < TimeSpan.FromSeconds(60), $"autograd.grad took {sw.Elapsed}");
        // backward(inputs=) uses the same search.
        y.Backward(inputs: [x]);
        Assert.Equal(n, Engine.LastSearchVisits);
        Assert.Equal(1.0, x.Grad!.Item());
        y.Dispose();
        x.Dispose();
    }

    /// <summary>Shared subgraphs are searched once: y = y * y doubles the edges, not the visits per node.</summary>
    [Fact]
    public void GradSearchVisitsASharedNodeOnce()
    {
        const int n = 1000;
        var x = Tensor.Scalar(1, DType.Float64).RequiresGrad_();
        var y = x;
        for (int i = 0; i < n; i++)
        {
            var next = y * y;
            if (!ReferenceEquals(y, x)) y.Dispose();
            y = next;
        }
        using (var g = Autograd.Grad([y], [x])[0]!) Assert.Equal(Math.Pow(2, n) * 1.0, g.Item());
        Assert.Equal(2 * n, Engine.LastSearchVisits);
        y.Dispose();
        x.Dispose();
    }

    // y = tanh(sin(... x)), alternating; expected: dy/dx carried forward.
    private static Tensor Chain(Tensor x, int n, out double derivative)
    {
        var y = x;
        double v = x.Item(), d = 1;
        for (int i = 0; i < n; i++)
        {
            Tensor next;
            if (i % 2 == 0) { next = y.Sin(); d *= Math.Cos(v); v = Math.Sin(v); }
            else { next = y.Tanh(); v = Math.Tanh(v); d *= 1 - v * v; }
            if (!ReferenceEquals(y, x)) y.Dispose();
            y = next;
        }
        derivative = d;
        return y;
    }
}
