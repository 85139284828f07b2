using System.Runtime.InteropServices;
using System.Text.Unicode;
using NativeGrad.IO;

namespace NativeGrad.Native;

// Serialization: safetensors files of named tensors plus a string metadata map (as JSON).
/// <summary>safetensors files of named tensors plus a string metadata map.</summary>
[ExportGroup("Serialization", Order = 6)]
public static unsafe partial class Exports
{
    /// <summary>Writes n named tensors (and an optional JSON object of string metadata, NULL for none) to a safetensors file at the UTF-8 path; the file is replaced atomically.</summary>
    /// <param name="metadataJson">May be NULL (no metadata).</param>
    [Export("ng_save")]
    internal static void Save(byte* path, byte** names, TensorHandle* tensors, int n, byte* metadataJson)
    {
        string p = Utf8Arg(path, "path");
        if (n < 0) throw new NativeGradException(ErrorKind.InvalidArgument, $"n must be >= 0 (got {n})");
        if (n > 0 && (names == null || tensors == null)) throw new NativeGradException(ErrorKind.NullPointer, "names or tensors is NULL");
        var list = new List<KeyValuePair<string, Tensor>>(n);
        for (int i = 0; i < n; i++) list.Add(new(Utf8Arg(names[i], $"names[{i}]"), Abi.T(tensors[i])));
        Dictionary<string, string>? meta = null;
        if (metadataJson != null)
            meta = SafetensorsHeader.ParseStringMap(MemoryMarshal.CreateReadOnlySpanFromNullTerminated(metadataJson), "metadata_json");
        Safetensors.Save(p, list, meta);
    }

    /// <summary>Reads and validates the header of a safetensors file and writes how many tensors it holds (the capacity ng_load needs).</summary>
    [Export("ng_load_count")]
    internal static void LoadCount(byte* path, int* outCount)
    {
        Abi.Out(outCount); int c = Safetensors.Count(Utf8Arg(path, "path")); *outCount = c;
    }

    /// <summary>Loads a safetensors file: writes count names (free each with ng_string_free) and new tensor handles in header order, the count, and (unless out_metadata_json is NULL) the metadata as a JSON object string; fails if the file holds more than capacity tensors.</summary>
    /// <param name="outMetadataJson">May be NULL (the metadata is not returned).</param>
    [Export("ng_load")]
    internal static void Load(byte* path, byte** outNames, TensorHandle* outTensors, int capacity, int* outCount, byte** outMetadataJson)
    {
        Abi.Out(outCount);
        string p = Utf8Arg(path, "path");
        if (capacity < 0) throw new NativeGradException(ErrorKind.InvalidArgument, $"capacity must be >= 0 (got {capacity})");
        using var data = Safetensors.Load(p);
        int count = data.Tensors.Count;
        if (count > capacity)
            throw new NativeGradException(ErrorKind.InvalidArgument,
                $"safetensors: '{p}' holds {count} tensors but capacity is {capacity} (ask ng_load_count first)");
        if (count > 0 && (outNames == null || outTensors == null))
            throw new NativeGradException(ErrorKind.NullPointer, "out_names or out_tensors is NULL");
        string? meta = outMetadataJson == null ? null : SafetensorsHeader.StringMapToJson(data.Metadata);
        // Nothing can fail from here on: hand every tensor's creator reference to a new handle.
        for (int i = 0; i < count; i++)
        {
            var (name, t) = data.Tensors[i];
            outNames[i] = Abi.AllocString(name);
            outTensors[i] = Abi.Share(t);
        }
        *outCount = count;
        if (meta != null) *outMetadataJson = Abi.AllocString(meta);
    }

    /// <summary>A NUL-terminated UTF-8 argument as a string; NULL and invalid UTF-8 are errors naming the argument.</summary>
    private static string Utf8Arg(byte* s, string what)
    {
        if (s == null) throw new NativeGradException(ErrorKind.NullPointer, $"{what} is NULL");
        var span = MemoryMarshal.CreateReadOnlySpanFromNullTerminated(s);
        if (!Utf8.IsValid(span)) throw new NativeGradException(ErrorKind.InvalidArgument, $"{what} is not valid UTF-8");
        return System.Text.Encoding.UTF8.GetString(span);
    }
}
