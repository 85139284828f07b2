using Xunit;

namespace NativeGrad.Tests;

/// <summary>The allocator's size classes: every request fits its class's block, the block is a
/// multiple of 64 bytes and at most a quarter larger than the request (above 256 bytes), and the class
/// below would not have fitted it (so a request takes the smallest block that serves it).</summary>
public class AllocatorClassTests
{
    [Fact]
    public void ClassesFitTightly()
    {
        var sizes = new List<long>();
        for (long b = 1; b <= 70_000; b++) sizes.Add(b);
        for (int e = 17; e < 35; e++)
            foreach (long d in new long[] { -1, 0, 1, 3 })
            {
                long p = 1L << e;
                sizes.Add(p + d);
                sizes.Add(p + p / 4 + d);
                sizes.Add(p + p / 2 + d);
                sizes.Add(p + 3 * p / 4 + d);
                sizes.Add(802_816 + d);   // a 784x256 float weight
            }
        foreach (long b in sizes)
        {
            int c = Allocator.ClassOf(b);
            long size = Allocator.SizeOf(c);
            Assert.True(size >= b, $"{b} bytes got a {size}-byte block");
            Assert.Equal(0, size % 64);
            if (c > 0) Assert.True(Allocator.SizeOf(c - 1) < b, $"{b} bytes could have used class {c - 1}");
            if (b > 256) Assert.True(size <= b + b / 4 + 64, $"{b} bytes got a {size}-byte block");
        }
        Assert.Equal(917_504, Allocator.SizeOf(Allocator.ClassOf(784 * 256 * 4)));
        Assert.Equal(64, Allocator.SizeOf(Allocator.ClassOf(0)));
    }

    [Fact]
    public void ClassesIncrease()
    {
        for (int c = 1; c < 120; c++) Assert.True(Allocator.SizeOf(c) > Allocator.SizeOf(c - 1));
    }
}
