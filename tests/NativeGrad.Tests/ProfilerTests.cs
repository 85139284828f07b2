using NativeGrad.Ops;
using Xunit;

namespace NativeGrad.Tests;

/// <summary>The op profiler's table: backward nodes and user ranges get rows with counts and self &lt;= total;
/// nothing is recorded while off. The profiler is process-wide and other tests run in parallel, so node rows
/// are checked with "at least" and exact counts only for this test's own range names.</summary>
public class ProfilerTests
{
    private static Profiler.Entry? Row(string name) => Profiler.Snapshot().Where(e => e.Name == name).Cast<Profiler.Entry?>().FirstOrDefault();

    [Fact]
    public void NodesAndRangesGetRows()
    {
        lock (typeof(Profiler))
        {
            Profiler.Reset();
            Profiler.Enabled = true;
            try
            {
                Profiler.Push("ProfilerTests.outer");
                Profiler.Push("ProfilerTests.inner");
                var x = Tensor.FromArray([5.0]).RequiresGrad_();
                var z = Functions.Log(x * x);
                z.Sum().Backward();
                Profiler.Pop();
                Profiler.Pop();
            }
            finally { Profiler.Enabled = false; }
            var log = Row("autograd::engine::evaluate_function: LogBackward0");
            Assert.NotNull(log);
            Assert.True(log.Value.Count >= 1);
            var outer = Row("ProfilerTests.outer")!.Value;
            var inner = Row("ProfilerTests.inner")!.Value;
            Assert.Equal(1, outer.Count);
            Assert.Equal(1, inner.Count);
            Assert.True(inner.TotalNs > 0);
            // The outer range's self time excludes the inner range; its total includes it.
            Assert.True(outer.TotalNs >= inner.TotalNs);
            Assert.True(outer.SelfNs <= outer.TotalNs - inner.TotalNs);
            Assert.True(inner.SelfNs <= inner.TotalNs);

            Profiler.Push("ProfilerTests.off");     // a range closed while off is not recorded
            Profiler.Pop();
            Assert.Null(Row("ProfilerTests.off"));
            Profiler.Reset();
            Assert.Null(Row("ProfilerTests.outer"));
            Assert.Equal("record_function: no open range on this thread", Assert.Throws<NativeGradException>(Profiler.Pop).Message);
        }
    }
}
