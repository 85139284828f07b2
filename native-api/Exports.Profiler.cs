using System.Runtime.InteropServices;

namespace NativeGrad.Native;

// The op profiler (torch.autograd.profiler.profile): a switch, the table of per-op times, named ranges.
[ExportGroup("Profiler", Order = 8)]
public static unsafe partial class Exports
{
    /// <summary>Turns the profiler on or off (process-wide). While on, every op called through this ABI
    /// ("aten::mul"), every backward node ("autograd::engine::evaluate_function: MulBackward0") and every
    /// range (ng_profiler_range_push) adds its calls, total and self time to the table.</summary>
    [Export("ng_profiler_set_enabled")]
    internal static void ProfilerSetEnabled(int enabled) => Profiler.Enabled = enabled != 0;

    /// <summary>Writes 1 if the profiler is on.</summary>
    [Export("ng_profiler_is_enabled")]
    internal static void ProfilerIsEnabled(int* outEnabled)
    {
        Abi.Out(outEnabled); *outEnabled = Profiler.Enabled ? 1 : 0;
    }

    /// <summary>Empties the profiler's table.</summary>
    [Export("ng_profiler_reset")]
    internal static void ProfilerReset() => Profiler.Reset();

    /// <summary>Writes the number of rows of the profiler's table.</summary>
    [Export("ng_profiler_count")]
    internal static void ProfilerCount(int* outCount)
    {
        Abi.Out(outCount); *outCount = Profiler.Snapshot().Length;
    }

    /// <summary>Writes row index of the profiler's table (rows in order of first appearance): its name (free with
    /// ng_string_free), number of calls, total and self time in nanoseconds.</summary>
    [Export("ng_profiler_entry")]
    internal static void ProfilerEntry(int index, byte** outName, long* outCount, long* outTotalNs, long* outSelfNs)
    {
        Abi.Out(outName); Abi.Out(outCount); Abi.Out(outTotalNs); Abi.Out(outSelfNs);
        var rows = Profiler.Snapshot();
        if (index < 0 || index >= rows.Length)
            throw NativeGradException.Index($"profiler row {index} is out of range (the table has {rows.Length} rows)");
        var e = rows[index];
        *outCount = e.Count; *outTotalNs = e.TotalNs; *outSelfNs = e.SelfNs;
        *outName = Abi.AllocString(e.Name);
    }

    /// <summary>Opens a named range on this thread (record_function): the code until ng_profiler_range_pop
    /// gets a row under name.</summary>
    [Export("ng_profiler_range_push")]
    internal static void ProfilerRangePush(byte* name)
    {
        if (name == null) throw new NativeGradException(ErrorKind.NullPointer, "name is NULL");
        Profiler.Push(Marshal.PtrToStringUTF8((nint)name)!);
    }

    /// <summary>Closes this thread's innermost range (an error if none is open).</summary>
    [Export("ng_profiler_range_pop")]
    internal static void ProfilerRangePop() => Profiler.Pop();
}
