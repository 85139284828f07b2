using Xunit;

namespace NativeGrad.Tests;

/// <summary>Post-accumulate-grad hooks and final callbacks (queue_callback): the two engine hooks data-parallel
/// training needs.</summary>
public class PostAccumulateHookTests
{
    private static Tensor Leaf(params double[] v) => Tensor.FromArray(v, [v.Length]).RequiresGrad_();

    [Fact]
    public void HookSeesTheAccumulatedGradAfterEachBackward()
    {
        var x = Leaf(1, 2, 3);
        var seen = new List<double[]>();
        x.RegisterPostAccumulateGradHook(t =>
        {
            Assert.Same(x, t);
            seen.Add(t.Grad!.ToDoubleArray());
        });
        (x * x).Sum().Backward();
        (x * 3.0).Sum().Backward();
        Assert.Equal(2, seen.Count);
        Assert.Equal(new[] { 2.0, 4, 6 }, seen[0]);
        Assert.Equal(new[] { 5.0, 7, 9 }, seen[1]);   // after the second accumulation
    }

    [Fact]
    public void HookRunsOncePerBackwardEvenWhenTheLeafIsUsedTwice()
    {
        var x = Leaf(1, 2);
        int calls = 0;
        x.RegisterPostAccumulateGradHook(_ => calls++);
        (x * 2.0 + x.Exp()).Sum().Backward();
        Assert.Equal(1, calls);
    }

    [Fact]
    public void RemovedHookNoLongerRunsAndItsRemovalActionRunsOnce()
    {
        var x = Leaf(1);
        int calls = 0, removed = 0;
        var h = x.RegisterPostAccumulateGradHook(_ => calls++, () => removed++);
        x.Sum().Backward();
        h.Remove();
        h.Remove();
        x.Sum().Backward();
        Assert.Equal(1, calls);
        Assert.Equal(1, removed);
    }

    [Fact]
    public void RemovalActionRunsWhenTheLeafIsReleased()
    {
        int removed = 0;
        var x = Leaf(1);
        x.RegisterPostAccumulateGradHook(_ => { }, () => removed++);
        x.Dispose();
        Assert.Equal(1, removed);
    }

    [Fact]
    public void NotForNonLeavesNorTensorsWithoutGrad()
    {
        var e = Assert.Throws<NativeGradException>(() => Tensor.Ones([2]).RegisterPostAccumulateGradHook(_ => { }));
        Assert.Equal("cannot register a hook on a tensor that doesn't require gradient", e.Message);
        var y = Leaf(1) * 2.0;
        e = Assert.Throws<NativeGradException>(() => y.RegisterPostAccumulateGradHook(_ => { }));
        Assert.Equal("post accumulate grad hooks cannot be registered on non-leaf tensors", e.Message);
    }

    [Fact]
    public void AutogradGradDoesNotRunTheHookButBackwardWithInputsDoes()
    {
        var x = Leaf(1, 2);
        int calls = 0;
        x.RegisterPostAccumulateGradHook(_ => calls++);
        Autograd.Grad((x * x).Sum(), x);
        Assert.Equal(0, calls);
        (x * x).Sum().Backward(inputs: [x]);
        Assert.Equal(1, calls);
        Assert.Equal(new[] { 2.0, 4 }, x.Grad!.ToDoubleArray());
    }

    [Fact]
    public void FinalCallbackRunsAfterEveryNodeAndBeforeBackwardReturns()
    {
        var a = Leaf(1);
        var b = Leaf(2);
        var log = new List<string>();
        // a's accumulator runs before b's (b is used later, so its node runs first: reverse creation order).
        a.RegisterPostAccumulateGradHook(_ =>
        {
            log.Add("a");
            Autograd.QueueCallback(() => log.Add($"final a.grad={a.Grad!.Item()} b.grad={b.Grad!.Item()}"));
        });
        b.RegisterPostAccumulateGradHook(_ => log.Add("b"));
        (a * 3.0 + b * 5.0).Sum().Backward();
        log.Add("returned");
        Assert.Equal(new[] { "b", "a", "final a.grad=3 b.grad=5", "returned" }, log);
    }

    [Fact]
    public void CallbacksQueuedByACallbackRunInTheSameBackward()
    {
        var x = Leaf(1);
        var log = new List<int>();
        x.RegisterPostAccumulateGradHook(_ => Autograd.QueueCallback(() =>
        {
            log.Add(1);
            Autograd.QueueCallback(() => log.Add(2));
        }));
        x.Sum().Backward();
        Assert.Equal(new[] { 1, 2 }, log);
        x.Sum().Backward();
        Assert.Equal(new[] { 1, 2, 1, 2 }, log);
    }

    [Fact]
    public void QueueCallbackOutsideBackwardFails()
    {
        var e = Assert.Throws<NativeGradException>(() => Autograd.QueueCallback(() => { }));
        Assert.Equal("Final callbacks can only be installed during backward pass.", e.Message);
    }

    [Fact]
    public void NestedBackwardRunsItsOwnCallbacksAndTheOuterOnesLater()
    {
        var x = Leaf(1);
        var inner = Leaf(2);
        var log = new List<string>();
        inner.RegisterPostAccumulateGradHook(_ => Autograd.QueueCallback(() => log.Add("inner final")));
        x.RegisterHook(g =>
        {
            Autograd.QueueCallback(() => log.Add("outer final"));
            using (Autograd.EnableGrad()) (inner * 2.0).Sum().Backward();
            log.Add("inner returned");
            return null;
        });
        x.Sum().Backward();
        Assert.Equal(new[] { "inner final", "inner returned", "outer final" }, log);
    }

    [Fact]
    public void CallbacksOfAFailedBackwardAreDropped()
    {
        var x = Leaf(1);
        var ran = false;
        x.RegisterHook(g =>
        {
            Autograd.QueueCallback(() => ran = true);
            throw new InvalidOperationException("boom");
        });
        Assert.Throws<InvalidOperationException>(() => x.Sum().Backward());
        Assert.False(ran);
        Assert.Throws<InvalidOperationException>(() => x.Sum().Backward());   // the queue holds nothing stale
        Assert.False(ran);
    }

    [Fact]
    public void AnExceptionInAFinalCallbackFailsTheBackward()
    {
        var x = Leaf(1);
        x.RegisterPostAccumulateGradHook(_ => Autograd.QueueCallback(() => throw NativeGradException.Autograd("late")));
        var e = Assert.Throws<NativeGradException>(() => x.Sum().Backward());
        Assert.Equal("late", e.Message);
        Assert.Equal(1.0, x.Grad!.Item());
    }
}
