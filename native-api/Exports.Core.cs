using System.Runtime.InteropServices;

namespace NativeGrad.Native;

// Library-level exports: version, capabilities, errors, strings.
// Convention (read by bindings/gen): a `/// <summary>` doc comment, then
// [UnmanagedCallersOnly(EntryPoint = "ng_...")], then a `public static` method on one line.
// Pointer parameters whose name starts with "out" are outputs; all other pointers are const inputs.
public static unsafe partial class Exports
{
    /// <summary>Version of this C ABI; bumped on every incompatible change.</summary>
    [UnmanagedCallersOnly(EntryPoint = "ng_abi_version")]
    public static uint AbiVersion() => Abi.Version;

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
