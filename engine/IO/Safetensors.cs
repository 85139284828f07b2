using System.Buffers.Binary;
using Microsoft.Win32.SafeHandles;

namespace NativeGrad.IO;

/// <summary>The contents of a safetensors file: tensors in header order and the string metadata.</summary>
public sealed class SafetensorsData : IDisposable
{
    internal SafetensorsData(List<KeyValuePair<string, Tensor>> tensors, Dictionary<string, string> metadata)
    {
        Tensors = tensors;
        Metadata = metadata;
    }

    /// <summary>(name, tensor) pairs in the order the header lists them.</summary>
    public IReadOnlyList<KeyValuePair<string, Tensor>> Tensors { get; }

    /// <summary>The header's <c>__metadata__</c> map (empty when the file has none).</summary>
    public IReadOnlyDictionary<string, string> Metadata { get; }

    /// <summary>The tensor named <paramref name="name"/>.</summary>
    public Tensor this[string name] => Tensors.FirstOrDefault(p => p.Key == name).Value
        ?? throw new NativeGradException(ErrorKind.InvalidArgument, $"safetensors: no tensor named '{name}'");

    /// <summary>Releases the creator reference of every loaded tensor.</summary>
    public void Dispose()
    {
        foreach (var p in Tensors) p.Value.Dispose();
    }
}

/// <summary>
/// Reads and writes the safetensors format: an 8-byte little-endian header length N, N bytes of
/// UTF-8 JSON (<c>{"name": {"dtype", "shape", "data_offsets"}, "__metadata__": {...}}</c>,
/// padded with spaces to a multiple of 8), then the tensors' bytes, little-endian and row-major,
/// tiling the buffer without gaps or overlaps. The loader trusts nothing in the file: it
/// validates the whole header against the file size before it allocates any tensor, so a
/// hostile file can neither make it read outside the file nor allocate more than the file holds.
/// </summary>
public static class Safetensors
{
    /// <summary>Largest accepted header (100 MB, as the reference implementation).</summary>
    public const long MaxHeaderBytes = 100_000_000;

    private static NativeGradException Bad(string m) => new(ErrorKind.InvalidArgument, "safetensors: " + m);

    // ---- save --------------------------------------------------------------------------------

    /// <summary>
    /// Writes <paramref name="tensors"/> (any strides; stored contiguous) and optional string
    /// metadata to <paramref name="path"/>. The file is written to a temporary file in the same
    /// directory and renamed over the target, so a failed save leaves an existing file intact.
    /// Names must be unique and may not be <c>__metadata__</c>.
    /// </summary>
    public static void Save(string path, IReadOnlyList<KeyValuePair<string, Tensor>> tensors, IReadOnlyDictionary<string, string>? metadata = null)
    {
        if (path is null) throw new NativeGradException(ErrorKind.NullPointer, "safetensors: path is null");
        WriteAtomically(path, tensors, Plan(tensors, metadata));
    }

    /// <summary>The bytes of a safetensors file holding <paramref name="tensors"/> (see <see cref="Save"/>).</summary>
    public static byte[] Serialize(IReadOnlyList<KeyValuePair<string, Tensor>> tensors, IReadOnlyDictionary<string, string>? metadata = null)
    {
        var layout = Plan(tensors, metadata);
        var ms = new MemoryStream();
        Write(ms, tensors, layout);
        return ms.ToArray();
    }

    private readonly record struct Layout(SafetensorsEntry[] Entries, int[] Order, byte[] Header);

    /// <summary>Checks the arguments and places every tensor in the buffer.</summary>
    private static Layout Plan(IReadOnlyList<KeyValuePair<string, Tensor>> tensors, IReadOnlyDictionary<string, string>? metadata)
    {
        RequireLittleEndian();
        if (tensors is null) throw new NativeGradException(ErrorKind.NullPointer, "safetensors: tensors is null");
        var names = new HashSet<string>(StringComparer.Ordinal);
        var entries = new SafetensorsEntry[tensors.Count];
        for (int i = 0; i < tensors.Count; i++)
        {
            var (name, t) = tensors[i];
            if (name is null) throw new NativeGradException(ErrorKind.NullPointer, $"safetensors: name {i} is null");
            if (name == "__metadata__") throw Bad("'__metadata__' is reserved and cannot name a tensor");
            if (!names.Add(name)) throw Bad($"tensor name '{name}' is used twice");
            if (t is null) throw new NativeGradException(ErrorKind.NullPointer, $"safetensors: tensor '{name}' is null");
            t.CheckAlive();
            entries[i] = new SafetensorsEntry(name, t.DType, t.Shape, 0, t.Numel * t.DType.ItemSize());
        }
        if (metadata != null)
            foreach (var (k, v) in metadata)
                if (k is null || v is null) throw new NativeGradException(ErrorKind.NullPointer, "safetensors: metadata keys and values must not be null");

        // Lay the buffer out as the reference writer does (largest alignment first, then by name)
        // so every tensor starts aligned to its element size; the header keeps the caller's order.
        var order = Enumerable.Range(0, entries.Length).ToArray();
        Array.Sort(order, (a, b) =>
        {
            int c = entries[b].DType.ItemSize().CompareTo(entries[a].DType.ItemSize());
            return c != 0 ? c : string.CompareOrdinal(entries[a].Name, entries[b].Name);
        });
        long pos = 0;
        foreach (int i in order)
        {
            long n = entries[i].End;
            entries[i] = entries[i] with { Begin = pos, End = pos + n };
            pos += n;
        }
        return new Layout(entries, order, SafetensorsHeader.Write(entries, metadata));
    }

    private static unsafe void Write(Stream s, IReadOnlyList<KeyValuePair<string, Tensor>> tensors, Layout layout)
    {
        Span<byte> len = stackalloc byte[8];
        BinaryPrimitives.WriteUInt64LittleEndian(len, (ulong)layout.Header.Length);
        s.Write(len);
        s.Write(layout.Header);
        foreach (int i in layout.Order)
        {
            var t = tensors[i].Value;
            long n = layout.Entries[i].End - layout.Entries[i].Begin;
            if (n == 0) continue;
            var c = t.ContiguousOrSelf();
            try
            {
                byte* p = (byte*)c.Ptr;
                for (long done = 0; done < n;)
                {
                    int chunk = (int)Math.Min(n - done, 1 << 30);
                    s.Write(new ReadOnlySpan<byte>(p + done, chunk));
                    done += chunk;
                }
            }
            finally { if (!ReferenceEquals(c, t)) c.Dispose(); }
        }
    }

    private static void WriteAtomically(string path, IReadOnlyList<KeyValuePair<string, Tensor>> tensors, Layout layout)
    {
        string full;
        try { full = Path.GetFullPath(path); }
        catch (Exception e) when (e is ArgumentException or NotSupportedException or PathTooLongException)
        { throw new NativeGradException(ErrorKind.InvalidArgument, $"safetensors: invalid path '{path}'"); }
        string dir = Path.GetDirectoryName(full) ?? ".";
        string tmp = Path.Combine(dir, $".{Path.GetFileName(full)}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp");
        bool moved = false;
        try
        {
            using (var fs = new FileStream(tmp, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16))
            {
                Write(fs, tensors, layout);
                fs.Flush(flushToDisk: true);
            }
            File.Move(tmp, full, overwrite: true);
            moved = true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw IoError("cannot write", path, e);
        }
        finally
        {
            if (!moved) try { File.Delete(tmp); } catch (Exception) { /* best effort: the original error matters more */ }
        }
    }

    // ---- load --------------------------------------------------------------------------------

    /// <summary>Loads every tensor and the metadata of a safetensors file (see the class remarks for the checks).</summary>
    public static SafetensorsData Load(string path)
    {
        if (path is null) throw new NativeGradException(ErrorKind.NullPointer, "safetensors: path is null");
        using var f = OpenRead(path);
        return Load(new FileSource(f, path));
    }

    /// <summary>Loads a safetensors file held in memory.</summary>
    public static SafetensorsData Load(ReadOnlyMemory<byte> file) => Load(new MemorySource(file));

    /// <summary>Reads and validates only the header of a file; returns the number of tensors.</summary>
    public static int Count(string path)
    {
        if (path is null) throw new NativeGradException(ErrorKind.NullPointer, "safetensors: path is null");
        using var f = OpenRead(path);
        return ReadHeader(new FileSource(f, path)).Entries.Count;
    }

    private static unsafe SafetensorsData Load(Source src)
    {
        RequireLittleEndian();
        var (entries, metadata, dataStart) = ReadHeader(src);
        var result = new List<KeyValuePair<string, Tensor>>(entries.Count);
        try
        {
            foreach (var e in entries)
            {
                // Sizes are bounded by the file (checked in the header), so this cannot be absurd.
                var t = Tensor.Empty(e.Shape, e.DType);
                result.Add(new(e.Name, t));
                src.Read(dataStart + e.Begin, (byte*)t.Ptr, e.End - e.Begin);
            }
        }
        catch
        {
            foreach (var p in result) p.Value.Dispose();
            throw;
        }
        return new SafetensorsData(result, metadata);
    }

    private static unsafe (List<SafetensorsEntry> Entries, Dictionary<string, string> Metadata, long DataStart) ReadHeader(Source src)
    {
        long len = src.Length;
        if (len < 8) throw Bad($"the file is too short ({len} bytes) to hold the 8-byte header length");
        ulong* n = stackalloc ulong[1];
        src.Read(0, (byte*)n, 8);
        ulong headerLen = BinaryPrimitives.ReadUInt64LittleEndian(new ReadOnlySpan<byte>(n, 8));
        if (headerLen > MaxHeaderBytes)
            throw Bad($"header length {headerLen} exceeds the limit of {MaxHeaderBytes} bytes");
        if (headerLen > (ulong)(len - 8))
            throw Bad($"header length {headerLen} exceeds the {len - 8} bytes that follow it in the file");
        if (headerLen == 0) throw Bad("the header is empty");
        var header = new byte[headerLen];
        fixed (byte* h = header) src.Read(8, h, (long)headerLen);
        long dataStart = 8 + (long)headerLen;
        var (entries, metadata) = SafetensorsHeader.Parse(header, len - dataStart);
        return (entries, metadata, dataStart);
    }

    private static SafeFileHandle OpenRead(string path)
    {
        try { return File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.Read); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        { throw IoError("cannot open", path, e); }
    }

    private static NativeGradException IoError(string what, string path, Exception e)
    {
        // The native library is built with UseSystemResourceKeys, so framework messages are not
        // human text there: name the common causes ourselves.
        string why = e switch
        {
            FileNotFoundException => "no such file",
            DirectoryNotFoundException => "no such directory",
            UnauthorizedAccessException => "permission denied",
            PathTooLongException => "path too long",
            ArgumentException or NotSupportedException => "invalid path",
            _ => e.Message,
        };
        return new NativeGradException(ErrorKind.Io, $"safetensors: {what} '{path}': {why}");
    }

    private static void RequireLittleEndian()
    {
        if (!BitConverter.IsLittleEndian)
            throw new NativeGradException(ErrorKind.InvalidArgument, "safetensors: big-endian machines are not supported");
    }

    // ---- byte sources --------------------------------------------------------------------------

    private abstract unsafe class Source
    {
        public abstract long Length { get; }
        protected abstract int ReadAt(long offset, Span<byte> dst);

        /// <summary>Reads exactly <paramref name="count"/> bytes or fails (the file may shrink while read).</summary>
        public void Read(long offset, byte* dst, long count)
        {
            while (count > 0)
            {
                int chunk = (int)Math.Min(count, 1 << 30);
                int got = ReadAt(offset, new Span<byte>(dst, chunk));
                if (got <= 0) throw Bad($"unexpected end of file at byte {offset}");
                offset += got; dst += got; count -= got;
            }
        }
    }

    private sealed class FileSource(SafeFileHandle handle, string path) : Source
    {
        private readonly long _length = RandomAccess.GetLength(handle);
        public override long Length => _length;
        protected override int ReadAt(long offset, Span<byte> dst)
        {
            try { return RandomAccess.Read(handle, dst, offset); }
            catch (IOException e) { throw IoError("cannot read", path, e); }
        }
    }

    private sealed class MemorySource(ReadOnlyMemory<byte> data) : Source
    {
        public override long Length => data.Length;
        protected override int ReadAt(long offset, Span<byte> dst)
        {
            if (offset >= data.Length) return 0;
            int n = (int)Math.Min(dst.Length, data.Length - offset);
            data.Span.Slice((int)offset, n).CopyTo(dst);
            return n;
        }
    }
}
