using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;

namespace NativeGrad.IO;

/// <summary>One tensor entry of a safetensors header, validated against the file's buffer.</summary>
internal readonly record struct SafetensorsEntry(string Name, DType DType, int[] Shape, long Begin, long End);

/// <summary>
/// The JSON header of a safetensors file: parsing with <see cref="Utf8JsonReader"/> (no
/// reflection, so it works trimmed and NativeAOT-compiled) and writing with
/// <see cref="Utf8JsonWriter"/>. The parser checks every rule of the format and names the
/// offending tensor and value in its error; the caller never sees a half-valid header.
/// </summary>
internal static class SafetensorsHeader
{
    private const int MaxDims = 64;
    private const string MetadataKey = "__metadata__";

    private static NativeGradException Bad(string m) => new(ErrorKind.InvalidArgument, "safetensors: " + m);

    public static string DTypeName(DType d) => d switch
    {
        DType.Float32 => "F32",
        DType.Float64 => "F64",
        DType.Int64 => "I64",
        DType.Bool => "BOOL",
    };

    private static DType? ParseDType(string s) => s switch
    {
        "F32" => DType.Float32,
        "F64" => DType.Float64,
        "I64" => DType.Int64,
        "BOOL" => DType.Bool,
        _ => null,
    };

    // Other dtypes of the format: named in the error so a user knows the file is valid but unsupported.
    private static readonly HashSet<string> s_otherDTypes = new(StringComparer.Ordinal)
    {
        "F16", "BF16", "F8_E4M3", "F8_E5M2", "F8_E8M0", "F6_E2M3", "F6_E3M2", "F4", "I8", "U8", "I16", "U16",
        "I32", "U32", "U64", "C64",
    };

    /// <summary>Parses and validates a header against a data buffer of <paramref name="bufferBytes"/> bytes.</summary>
    public static (List<SafetensorsEntry> Entries, Dictionary<string, string> Metadata) Parse(ReadOnlySpan<byte> json, long bufferBytes)
    {
        if (!Utf8.IsValid(json)) throw Bad("the header is not valid UTF-8");
        var entries = new List<SafetensorsEntry>();
        var metadata = new Dictionary<string, string>(StringComparer.Ordinal);
        var names = new HashSet<string>(StringComparer.Ordinal);
        bool sawMetadata = false;
        // Depth: root object, tensor object, shape array = 3; anything deeper is not a safetensors header.
        var reader = new Utf8JsonReader(json, new JsonReaderOptions { MaxDepth = 4 });
        try
        {
            if (!reader.Read()) throw Bad("the header is empty");
            if (reader.TokenType != JsonTokenType.StartObject)
                throw Bad($"the header must be a JSON object, not {Describe(reader.TokenType)}");
            while (true)
            {
                Next(ref reader);
                if (reader.TokenType == JsonTokenType.EndObject) break;
                string name = reader.GetString()!;
                if (!names.Add(name)) throw Bad($"the header names '{name}' twice");
                Next(ref reader);
                if (name == MetadataKey)
                {
                    sawMetadata = true;
                    ReadMetadata(ref reader, metadata);
                }
                else entries.Add(ReadEntry(ref reader, name, bufferBytes));
            }
            // Only whitespace (the format pads with spaces) may follow the root object.
            if (reader.Read()) throw Bad("the header has data after its JSON object");
        }
        catch (JsonException e) { throw Bad($"the header is not valid JSON (at byte {reader.BytesConsumed}): {JsonMessage(e)}"); }
        catch (InvalidOperationException e) { throw Bad($"the header is not valid JSON (at byte {reader.BytesConsumed}): {e.Message}"); }
        _ = sawMetadata;
        CheckLayout(entries, bufferBytes);
        return (entries, metadata);
    }

    private static string JsonMessage(JsonException e)
    {
        // With UseSystemResourceKeys (the native library) the framework text is a resource key; keep it short.
        string m = e.Message;
        return m.Length > 200 ? m[..200] : m;
    }

    private static void Next(ref Utf8JsonReader r)
    {
        if (!r.Read()) throw Bad("the header JSON ends too early");
    }

    private static string Describe(JsonTokenType t) => t switch
    {
        JsonTokenType.StartObject => "an object",
        JsonTokenType.StartArray => "an array",
        JsonTokenType.String => "a string",
        JsonTokenType.Number => "a number",
        JsonTokenType.True or JsonTokenType.False => "a boolean",
        JsonTokenType.Null => "null",
        _ => t.ToString(),
    };

    private static void ReadMetadata(ref Utf8JsonReader r, Dictionary<string, string> metadata)
    {
        if (r.TokenType != JsonTokenType.StartObject)
            throw Bad($"'{MetadataKey}' must be an object of strings, not {Describe(r.TokenType)}");
        while (true)
        {
            Next(ref r);
            if (r.TokenType == JsonTokenType.EndObject) return;
            string key = r.GetString()!;
            Next(ref r);
            if (r.TokenType != JsonTokenType.String)
                throw Bad($"'{MetadataKey}' must map strings to strings, but '{key}' is {Describe(r.TokenType)}");
            if (!metadata.TryAdd(key, r.GetString()!)) throw Bad($"'{MetadataKey}' names '{key}' twice");
        }
    }

    private static SafetensorsEntry ReadEntry(ref Utf8JsonReader r, string name, long bufferBytes)
    {
        if (r.TokenType != JsonTokenType.StartObject)
            throw Bad($"tensor '{name}' must be an object with dtype, shape and data_offsets, not {Describe(r.TokenType)}");
        string? dtypeName = null;
        List<ulong>? shape = null, offsets = null;
        while (true)
        {
            Next(ref r);
            if (r.TokenType == JsonTokenType.EndObject) break;
            string field = r.GetString()!;
            Next(ref r);
            switch (field)
            {
                case "dtype":
                    if (dtypeName != null) throw Bad($"tensor '{name}' has two 'dtype' fields");
                    if (r.TokenType != JsonTokenType.String) throw Bad($"tensor '{name}': dtype must be a string, not {Describe(r.TokenType)}");
                    dtypeName = r.GetString()!;
                    break;
                case "shape":
                    if (shape != null) throw Bad($"tensor '{name}' has two 'shape' fields");
                    shape = ReadUInts(ref r, name, "shape", MaxDims);
                    break;
                case "data_offsets":
                    if (offsets != null) throw Bad($"tensor '{name}' has two 'data_offsets' fields");
                    offsets = ReadUInts(ref r, name, "data_offsets", 2);
                    break;
                default:
                    throw Bad($"tensor '{name}' has an unknown field '{field}' (expected dtype, shape, data_offsets)");
            }
        }
        if (dtypeName == null) throw Bad($"tensor '{name}' has no 'dtype'");
        if (shape == null) throw Bad($"tensor '{name}' has no 'shape'");
        if (offsets == null) throw Bad($"tensor '{name}' has no 'data_offsets'");
        var dtype = ParseDType(dtypeName) ?? throw Bad(s_otherDTypes.Contains(dtypeName)
            ? $"tensor '{name}' has dtype {dtypeName}, which NativeGrad does not support (F32, F64, I64, BOOL)"
            : $"tensor '{name}' has an unknown dtype '{dtypeName}'");
        if (offsets.Count != 2) throw Bad($"tensor '{name}': data_offsets must be two integers [begin, end], got {offsets.Count}");
        string shapeStr = "[" + string.Join(", ", shape) + "]";
        var dims = new int[shape.Count];
        ulong numel = 1;
        for (int i = 0; i < shape.Count; i++)
        {
            if (shape[i] > int.MaxValue)
                throw Bad($"tensor '{name}': dimension {shape[i]} of shape {shapeStr} exceeds NativeGrad's limit of {int.MaxValue}");
            dims[i] = (int)shape[i];
            if (!TryMul(numel, shape[i], out numel)) throw Bad($"tensor '{name}': shape {shapeStr} has too many elements (overflow)");
        }
        ulong begin = offsets[0], end = offsets[1];
        string offs = $"[{begin}, {end}]";
        if (begin > end) throw Bad($"tensor '{name}' data_offsets {offs} begin after they end");
        if (end > (ulong)bufferBytes) throw Bad($"tensor '{name}' data_offsets {offs} exceed the buffer of {bufferBytes} bytes");
        if (!TryMul(numel, (ulong)dtype.ItemSize(), out ulong need) || need != end - begin)
            throw Bad($"tensor '{name}' has {end - begin} bytes in data_offsets {offs}, but shape {shapeStr} of {dtypeName} needs " +
                      (need == ulong.MaxValue ? "more than 2^64" : need.ToString()) + " bytes");
        return new SafetensorsEntry(name, dtype, dims, (long)begin, (long)end);
    }

    private static bool TryMul(ulong a, ulong b, out ulong r)
    {
        UInt128 p = (UInt128)a * b;
        if (p > ulong.MaxValue) { r = ulong.MaxValue; return false; }
        r = (ulong)p;
        return true;
    }

    private static List<ulong> ReadUInts(ref Utf8JsonReader r, string name, string field, int max)
    {
        if (r.TokenType != JsonTokenType.StartArray)
            throw Bad($"tensor '{name}': {field} must be an array of integers, not {Describe(r.TokenType)}");
        var list = new List<ulong>();
        while (true)
        {
            Next(ref r);
            if (r.TokenType == JsonTokenType.EndArray) return list;
            if (r.TokenType != JsonTokenType.Number)
                throw Bad($"tensor '{name}': {field} must contain integers, not {Describe(r.TokenType)}");
            if (!r.TryGetUInt64(out ulong v))
            {
                string raw = Encoding.UTF8.GetString(r.ValueSpan);
                throw Bad(raw.StartsWith('-') && raw.IndexOfAny(['.', 'e', 'E']) < 0
                    ? $"tensor '{name}': {field} has a negative entry {raw}"
                    : $"tensor '{name}': {field} entry {raw} is not a non-negative 64-bit integer");
            }
            if (list.Count == max)
                throw Bad(max == 2 ? $"tensor '{name}': data_offsets must be two integers [begin, end]"
                                   : $"tensor '{name}': shape has more than {max} dimensions");
            list.Add(v);
        }
    }

    /// <summary>The tensors must tile the buffer exactly: no overlaps, no holes, no trailing bytes.</summary>
    private static void CheckLayout(List<SafetensorsEntry> entries, long bufferBytes)
    {
        var sorted = entries.ToArray();
        Array.Sort(sorted, (a, b) => a.Begin != b.Begin ? a.Begin.CompareTo(b.Begin) : a.End.CompareTo(b.End));
        long pos = 0;
        string? prev = null;
        foreach (var e in sorted)
        {
            if (e.Begin < pos)
                throw Bad($"tensor '{e.Name}' data_offsets [{e.Begin}, {e.End}] overlap tensor '{prev}', which ends at {pos}");
            if (e.Begin > pos)
                throw Bad($"the buffer has a hole: bytes [{pos}, {e.Begin}) before tensor '{e.Name}' belong to no tensor");
            pos = e.End;
            prev = e.Name;
        }
        if (pos != bufferBytes)
            throw Bad($"the buffer has {bufferBytes} bytes but the tensors cover only {pos} (bytes after the last tensor)");
    }

    /// <summary>Parses a JSON object of strings (the C ABI's metadata argument).</summary>
    public static Dictionary<string, string> ParseStringMap(ReadOnlySpan<byte> json, string what)
    {
        if (!Utf8.IsValid(json)) throw NativeGradException.Arg($"{what} is not valid UTF-8");
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        var reader = new Utf8JsonReader(json, new JsonReaderOptions { MaxDepth = 2 });
        try
        {
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
                throw NativeGradException.Arg($"{what} must be a JSON object of strings");
            while (true)
            {
                if (!reader.Read()) throw NativeGradException.Arg($"{what} ends too early");
                if (reader.TokenType == JsonTokenType.EndObject) break;
                string key = reader.GetString()!;
                if (!reader.Read() || reader.TokenType != JsonTokenType.String)
                    throw NativeGradException.Arg($"{what} must map strings to strings, but '{key}' is not a string");
                if (!map.TryAdd(key, reader.GetString()!)) throw NativeGradException.Arg($"{what} names '{key}' twice");
            }
            if (reader.Read()) throw NativeGradException.Arg($"{what} has data after its JSON object");
        }
        catch (JsonException e) { throw NativeGradException.Arg($"{what} is not valid JSON: {JsonMessage(e)}"); }
        catch (InvalidOperationException e) { throw NativeGradException.Arg($"{what} is not valid JSON: {e.Message}"); }
        return map;
    }

    private static readonly JsonWriterOptions s_writerOptions = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Indented = false,
    };

    /// <summary>A JSON object of strings (the C ABI's metadata output).</summary>
    public static string StringMapToJson(IEnumerable<KeyValuePair<string, string>> map)
    {
        var buf = new ArrayBufferWriter<byte>();
        using (var w = new Utf8JsonWriter(buf, s_writerOptions))
        {
            w.WriteStartObject();
            foreach (var (k, v) in map) w.WriteString(k, v);
            w.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buf.WrittenSpan);
    }

    /// <summary>The header bytes, padded with spaces to a multiple of 8 so the buffer starts aligned.</summary>
    public static byte[] Write(IReadOnlyList<SafetensorsEntry> entries, IReadOnlyDictionary<string, string>? metadata)
    {
        var buf = new ArrayBufferWriter<byte>();
        using (var w = new Utf8JsonWriter(buf, s_writerOptions))
        {
            w.WriteStartObject();
            if (metadata is { Count: > 0 })
            {
                w.WriteStartObject(MetadataKey);
                foreach (var (k, v) in metadata) w.WriteString(k, v);
                w.WriteEndObject();
            }
            foreach (var e in entries)
            {
                w.WriteStartObject(e.Name);
                w.WriteString("dtype", DTypeName(e.DType));
                w.WriteStartArray("shape");
                foreach (int d in e.Shape) w.WriteNumberValue(d);
                w.WriteEndArray();
                w.WriteStartArray("data_offsets");
                w.WriteNumberValue(e.Begin);
                w.WriteNumberValue(e.End);
                w.WriteEndArray();
                w.WriteEndObject();
            }
            w.WriteEndObject();
        }
        int n = buf.WrittenCount, padded = (n + 7) & ~7;
        var result = new byte[padded];
        buf.WrittenSpan.CopyTo(result);
        result.AsSpan(n).Fill((byte)' ');
        return result;
    }
}
