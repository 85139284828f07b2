using System.Diagnostics;
using System.Runtime.CompilerServices;

namespace NativeGrad;

/// <summary>
/// The op profiler behind torch.autograd.profiler.profile: while <see cref="Enabled"/>, every op called
/// through the C ABI (timed in its generated export shim, named "aten::op" as PyTorch names it), every
/// backward node the engine applies ("autograd::engine::evaluate_function: MulBackward0") and every
/// user range (<see cref="Push"/>/<see cref="Pop"/>, record_function) adds its call count, total time
/// and self time (total minus the timed ranges nested in it on the same thread) to a table read with
/// <see cref="Snapshot"/>. When off, a timed call costs one static load and a branch.
/// </summary>
public static class Profiler
{
    // The switch lives in a class without static initialisers: reading it needs no class-initialisation check,
    // so a timed call costs a load and a branch while the profiler is off (callgrind: seed_loop.c).
    private static class Switch { internal static volatile bool On; }
    private static readonly object s_lock = new();
    private static readonly Dictionary<string, Entry> s_table = new(StringComparer.Ordinal);
    private static readonly List<string> s_order = [];
    // Time of the timed ranges that ended inside the innermost open range of this thread.
    [ThreadStatic] private static long t_child;
    [ThreadStatic] private static Stack<Range>? t_user;

    /// <summary>One row of the table: calls, total and self time in nanoseconds.</summary>
    public readonly record struct Entry(string Name, long Count, long TotalNs, long SelfNs);

    /// <summary>Turns timing on or off (process-wide); the table is kept until <see cref="Reset"/>.</summary>
    public static bool Enabled { get => Switch.On; set => Switch.On = value; }

    /// <summary>Empties the table.</summary>
    public static void Reset()
    {
        lock (s_lock) { s_table.Clear(); s_order.Clear(); }
    }

    /// <summary>The table's rows in order of first appearance.</summary>
    public static Entry[] Snapshot()
    {
        lock (s_lock) return [.. s_order.Select(n => s_table[n])];
    }

    /// <summary>Times the code until the returned range is disposed, under <paramref name="name"/> (a no-op
    /// range when the profiler is off).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Range Scope(string name) => Switch.On ? new Range(name) : default;

    /// <summary><see cref="Scope(string)"/> under prefix + name (concatenated only when the profiler is on).</summary>
    public static Range Scope(string prefix, string name) => Switch.On ? new Range(string.Concat(prefix, name)) : default;

    /// <summary>Opens a user range on this thread (record_function's enter); close it with <see cref="Pop"/>.</summary>
    public static void Push(string name) => (t_user ??= new()).Push(new Range(name));

    /// <summary>Closes this thread's innermost user range (recorded only if the profiler is on then).</summary>
    public static void Pop()
    {
        if (t_user is not { Count: > 0 }) throw NativeGradException.Arg("record_function: no open range on this thread");
        var r = t_user.Pop();
        if (Switch.On) r.Dispose();
        else r.Discard();
    }

    private static void Add(string name, long totalTicks, long selfTicks)
    {
        double ns = 1e9 / Stopwatch.Frequency;
        lock (s_lock)
        {
            if (!s_table.TryGetValue(name, out var e)) { e = new Entry(name, 0, 0, 0); s_order.Add(name); }
            s_table[name] = e with { Count = e.Count + 1, TotalNs = e.TotalNs + (long)(totalTicks * ns), SelfNs = e.SelfNs + (long)(selfTicks * ns) };
        }
    }

    /// <summary>A timed range; default (no name) when the profiler was off at its start.</summary>
    public readonly struct Range : IDisposable
    {
        private readonly string? _name;
        private readonly long _start, _outerChild;

        internal Range(string name)
        {
            _name = name;
            _outerChild = t_child;
            t_child = 0;
            _start = Stopwatch.GetTimestamp();
        }

        /// <summary>Ends the range and adds it to the table.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public void Dispose()
        {
            if (_name is not null) End();
        }

        [MethodImpl(MethodImplOptions.NoInlining)]
        private void End()
        {
            long total = Stopwatch.GetTimestamp() - _start;
            long self = total - t_child;
            t_child = _outerChild + total;
            Add(_name!, total, self); // End runs only for a started range (_name set)
        }

        internal void Discard() => t_child = _outerChild;
    }
}
