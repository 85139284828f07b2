namespace NativeGrad.Native;

/// <summary>
/// The status and message an exception becomes at the C boundary. NativeGrad's own errors carry both.
/// Everything else is a bug to report (an argument that should have been validated first: the fault suite
/// fails on any NG_ERR_INTERNAL), but its message must still say what went wrong: the text here names the
/// failure in words, then .NET's message and the throwing method for the bug report. (The library keeps
/// .NET's message texts, UseSystemResourceKeys=false: with resource keys a message was only a key, such as
/// "Arg_OverflowException".)
/// </summary>
internal static class ErrorText
{
    public static (NgStatus Status, string Message) Describe(Exception e) => e switch
    {
        NativeGradException ng => ((NgStatus)(int)ng.Kind, ng.Message),
        OutOfMemoryException or InsufficientMemoryException =>
            (NgStatus.ErrOutOfMemory, "out of memory: an allocation failed (the tensor or the request is too large for this machine)"),
        _ => (NgStatus.ErrInternal, Internal(e)),
    };

    private static string Internal(Exception e)
    {
        string what = e switch
        {
            OverflowException => "an arithmetic overflow (a size, count or index too large for its type)",
            DivideByZeroException => "a division by zero",
            IndexOutOfRangeException => "an index outside an internal array",
            ArgumentOutOfRangeException => "an argument outside its valid range",
            ArgumentNullException => "a missing (null) internal argument",
            ArgumentException => "an invalid internal argument",
            InvalidCastException => "an invalid type conversion",
            NullReferenceException or AccessViolationException => "a null or invalid reference",
            InsufficientExecutionStackException or StackOverflowException => "a recursion too deep for the stack",
            KeyNotFoundException => "a missing internal entry",
            InvalidOperationException => "an operation invalid in the current state",
            NotSupportedException or NotImplementedException => "an unsupported operation",
            IOException or UnauthorizedAccessException => "an I/O failure",
            _ => "an unexpected failure",
        };
        string where = FirstFrame(e);
        return $"internal error: {what} ({e.GetType().Name}{(string.IsNullOrEmpty(e.Message) ? "" : ": " + e.Message)}" +
               $"{(where.Length > 0 ? " in " + where : "")}); please report it with the call that caused it";
    }

    /// <summary>The method that threw, from the stack trace when the runtime keeps one ("" otherwise).</summary>
    private static string FirstFrame(Exception e)
    {
        try
        {
            string? st = e.StackTrace;
            if (string.IsNullOrEmpty(st)) return "";
            string line = st.Split('\n', 2)[0].Trim();
            if (line.StartsWith("at ", StringComparison.Ordinal)) line = line[3..];
            int paren = line.IndexOf('(');
            return paren > 0 ? line[..paren] : line;
        }
        catch (Exception) { return ""; }
    }
}
