using System.Runtime.InteropServices;

namespace NativeGrad.Native;

// Library-level exports. The convention of every export (read by bindings/gen as a syntax tree):
// a `/// <summary>` doc comment and `[Export("ng_...")]` on a static void method that throws on
// error; bindings/gen writes its [UnmanagedCallersOnly] shim (Generated/Exports.g.cs), the one
// try/catch boundary. Only calls that cannot fail (these five) are [UnmanagedCallersOnly] by hand.
// Pointer parameters whose name starts with "out" are outputs; all other pointers are const inputs;
// a <param> doc text "May be NULL" marks a pointer or handle that may be NULL.
/// <summary>Library-level calls: versions, capabilities, the thread's last error, strings the library allocated.</summary>
[ExportGroup("Library", Order = 0)]
public static unsafe partial class Exports
{
    /// <summary>Version of this C ABI; bumped on every incompatible change.</summary>
    [UnmanagedCallersOnly(EntryPoint = "ng_abi_version")]
    public static uint AbiVersion() => Abi.Version;

    /// <summary>The library's release version "MAJOR.MINOR.PATCH" (static UTF-8, owned by the library, never freed);
    /// the header's NG_VERSION_MAJOR/MINOR/PATCH give the version it was generated for.</summary>
    [UnmanagedCallersOnly(EntryPoint = "ng_version")]
    public static byte* ReleaseVersion() => VersionUtf8;

    // The engine assembly's version (engine/Version.props, the one source), without the
    // "+commit" suffix the SDK appends, as a NUL-terminated UTF-8 block allocated once for the process.
    private static readonly byte* VersionUtf8 = Utf8Z(
        (typeof(NativeGrad.Tensor).Assembly
            .GetCustomAttributes(typeof(System.Reflection.AssemblyInformationalVersionAttribute), false)
            .OfType<System.Reflection.AssemblyInformationalVersionAttribute>().FirstOrDefault()?.InformationalVersion ?? "0.0.0")
        .Split('+')[0]);

    private static byte* Utf8Z(string s)
    {
        int n = System.Text.Encoding.UTF8.GetByteCount(s);
        byte* p = (byte*)NativeMemory.Alloc((nuint)n + 1);
        System.Text.Encoding.UTF8.GetBytes(s, new Span<byte>(p, n));
        p[n] = 0;
        return p;
    }

    /// <summary>Width in bits of the SIMD vectors the library's kernels use (256 with AVX2, else 128).</summary>
    [UnmanagedCallersOnly(EntryPoint = "ng_vector_width_bits")]
    public static int VectorWidthBits() => NativeGrad.Kernels.Simd.WidthBits;

    /// <summary>The calling thread's last error message (UTF-8, owned by the library; "" if none).</summary>
    [UnmanagedCallersOnly(EntryPoint = "ng_last_error")]
    public static byte* LastError() => Abi.LastError();

    /// <summary>Frees a string returned by the library through a char** output. NULL is ignored.</summary>
    /// <param name="s">May be NULL (ignored).</param>
    [UnmanagedCallersOnly(EntryPoint = "ng_string_free")]
    public static void StringFree(byte* s) => Abi.FreeString(s);
}
