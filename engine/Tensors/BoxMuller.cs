using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace NativeGrad;

/// <summary>
/// The block Box-Muller transform of PyTorch's CPU normal_ for contiguous tensors of 16+ elements:
/// 16 uniforms u become 16 normals, pairing u[j] (radius) with u[j+8] (angle).
/// <para>float32 reproduces torch's AVX2 build bit for bit: its log and sincos are the Cephes-derived
/// polynomials of avx_mathfun (Pommier, Garberoglio), and GCC 12 fused the multiply-adds into the FMAs
/// written out below (found by compiling the same intrinsics with gcc -O2 -mavx2 -mfma and comparing
/// with torch on thousands of values). The scalar lane function is the same arithmetic, used where
/// FMA is missing and as the tests' reference. float64 uses the C library's log/sin/cos, as torch.</para>
/// </summary>
internal static unsafe class BoxMuller
{
    // Constants are written as C's float arrays get them: a double literal rounded to float.
    private static readonly float SqrtHalf = (float)0.707106781186547524;
    private static readonly float L0 = (float)7.0376836292E-2, L1 = (float)-1.1514610310E-1, L2 = (float)1.1676998740E-1,
        L3 = (float)-1.2420140846E-1, L4 = (float)1.4249322787E-1, L5 = (float)-1.6668057665E-1,
        L6 = (float)2.0000714765E-1, L7 = (float)-2.4999993993E-1, L8 = (float)3.3333331174E-1;
    private static readonly float Q1 = (float)-2.12194440e-4, Q2 = (float)0.693359375;
    private static readonly float Dp1 = (float)-0.78515625, Dp2 = (float)-2.4187564849853515625e-4, Dp3 = (float)-3.77489497744594108e-8;
    private static readonly float S0 = (float)-1.9515295891E-4, S1 = (float)8.3321608736E-3, S2 = (float)-1.6666654611E-1;
    private static readonly float C0 = (float)2.443315711809948E-005, C1 = (float)-1.388731625493765E-003, C2 = (float)4.166664568298827E-002;
    private static readonly float FourOverPi = (float)1.27323954473516;
    private static readonly float TwoPi = (float)(2.0 * Math.PI);
    private const float MinNormal = 1.17549435e-38f;   // bits 0x00800000

    /// <summary>Transforms the 16 floats at p in place (normals scaled by std, shifted by mean).</summary>
    public static void Block16(float* p, float mean, float std)
    {
        if (Fma.IsSupported && Avx2.IsSupported) Block16Vector(p, mean, std);
        else Block16Scalar(p, mean, std);
    }

    /// <summary>The per-lane arithmetic of <see cref="Block16(float*, float, float)"/>, one lane at a time.</summary>
    internal static void Block16Scalar(float* p, float mean, float std)
    {
        for (int j = 0; j < 8; j++)
        {
            float r = MathF.Sqrt(-2f * Log(1f - p[j]));
            SinCos(TwoPi * p[j + 8], out float s, out float c);
            p[j] = MathF.FusedMultiplyAdd(r * c, std, mean);
            p[j + 8] = MathF.FusedMultiplyAdd(r * s, std, mean);
        }
    }

    /// <summary>avx_mathfun's log256_ps for one lane: NaN for x &lt;= 0.</summary>
    internal static float Log(float x0)
    {
        bool invalid = x0 <= 0;
        float x = x0 > MinNormal ? x0 : MinNormal;   // maxps returns its second operand for NaN
        int bits = BitConverter.SingleToInt32Bits(x);
        float e = (float)((int)((uint)bits >> 23) - 0x7f) + 1f;
        x = BitConverter.Int32BitsToSingle((bits & ~0x7f800000) | 0x3f000000);   // mantissa in [0.5, 1)
        bool small = x < SqrtHalf;
        float tmp = small ? x : 0f;
        x -= 1f;
        e -= small ? 1f : 0f;
        x += tmp;
        float z = x * x;
        float y = MathF.FusedMultiplyAdd(L0, x, L1);
        y = MathF.FusedMultiplyAdd(y, x, L2);
        y = MathF.FusedMultiplyAdd(y, x, L3);
        y = MathF.FusedMultiplyAdd(y, x, L4);
        y = MathF.FusedMultiplyAdd(y, x, L5);
        y = MathF.FusedMultiplyAdd(y, x, L6);
        y = MathF.FusedMultiplyAdd(y, x, L7);
        y = MathF.FusedMultiplyAdd(y, x, L8);
        y *= x;
        y = MathF.FusedMultiplyAdd(y, z, e * Q1);
        y = MathF.FusedMultiplyAdd(-z, 0.5f, y);
        x += y;
        x = MathF.FusedMultiplyAdd(e, Q2, x);
        return invalid ? float.NaN : x;
    }

    /// <summary>avx_mathfun's sincos256_ps for one lane.</summary>
    internal static void SinCos(float x0, out float sin, out float cos)
    {
        uint signSin = BitConverter.SingleToUInt32Bits(x0) & 0x80000000u;
        float x = MathF.Abs(x0);
        int j = (int)(x * FourOverPi);          // cvttps2dq: truncation
        j = (j + 1) & ~1;
        float y = j;
        uint swapSin = (uint)(j & 4) << 29;
        bool sinPoly = (j & 2) == 0;            // true: the sine polynomial gives sin
        x = MathF.FusedMultiplyAdd(y, Dp1, x);
        x = MathF.FusedMultiplyAdd(y, Dp2, x);
        x = MathF.FusedMultiplyAdd(y, Dp3, x);
        uint signCos = (uint)(~(j - 2) & 4) << 29;
        signSin ^= swapSin;
        float z = x * x;
        float pc = MathF.FusedMultiplyAdd(C0, z, C1);
        pc = MathF.FusedMultiplyAdd(pc, z, C2);
        pc *= z;
        pc = MathF.FusedMultiplyAdd(pc, z, -(z * 0.5f));
        pc += 1f;
        float ps = MathF.FusedMultiplyAdd(S0, z, S1);
        ps = MathF.FusedMultiplyAdd(ps, z, S2);
        ps *= z;
        ps = MathF.FusedMultiplyAdd(ps, x, x);
        float s = sinPoly ? ps + 0f : 0f + pc;
        float c = sinPoly ? pc + 0f : ps + 0f;
        sin = BitConverter.UInt32BitsToSingle(BitConverter.SingleToUInt32Bits(s) ^ signSin);
        cos = BitConverter.UInt32BitsToSingle(BitConverter.SingleToUInt32Bits(c) ^ signCos);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector256<float> V(float v) => Vector256.Create(v);

    private static void Block16Vector(float* p, float mean, float std)
    {
        var one = V(1f);
        var u1 = Avx.Subtract(one, Avx.LoadVector256(p));
        var u2 = Avx.LoadVector256(p + 8);
        var radius = Avx.Sqrt(Avx.Multiply(V(-2f), LogVector(u1)));
        SinCosVector(Avx.Multiply(V(TwoPi), u2), out var s, out var c);
        Avx.Store(p, Fma.MultiplyAdd(Avx.Multiply(radius, c), V(std), V(mean)));
        Avx.Store(p + 8, Fma.MultiplyAdd(Avx.Multiply(radius, s), V(std), V(mean)));
    }

    private static Vector256<float> LogVector(Vector256<float> x)
    {
        var one = V(1f);
        var invalid = Avx.CompareLessThanOrEqual(x, Vector256<float>.Zero);
        x = Avx.Max(x, V(MinNormal));
        var bits = x.AsInt32();
        var e = Avx.Add(Avx.ConvertToVector256Single(Avx2.Subtract(Avx2.ShiftRightLogical(bits, 23), Vector256.Create(0x7f))), one);
        x = Avx.Or(Avx.And(x, Vector256.Create(~0x7f800000).AsSingle()), V(0.5f));
        var small = Avx.CompareLessThan(x, V(SqrtHalf));
        var tmp = Avx.And(x, small);
        x = Avx.Subtract(x, one);
        e = Avx.Subtract(e, Avx.And(one, small));
        x = Avx.Add(x, tmp);
        var z = Avx.Multiply(x, x);
        var y = Fma.MultiplyAdd(V(L0), x, V(L1));
        y = Fma.MultiplyAdd(y, x, V(L2));
        y = Fma.MultiplyAdd(y, x, V(L3));
        y = Fma.MultiplyAdd(y, x, V(L4));
        y = Fma.MultiplyAdd(y, x, V(L5));
        y = Fma.MultiplyAdd(y, x, V(L6));
        y = Fma.MultiplyAdd(y, x, V(L7));
        y = Fma.MultiplyAdd(y, x, V(L8));
        y = Avx.Multiply(y, x);
        y = Fma.MultiplyAdd(y, z, Avx.Multiply(e, V(Q1)));
        y = Fma.MultiplyAddNegated(z, V(0.5f), y);
        x = Avx.Add(x, y);
        x = Fma.MultiplyAdd(e, V(Q2), x);
        return Avx.Or(x, invalid);
    }

    private static void SinCosVector(Vector256<float> x, out Vector256<float> sin, out Vector256<float> cos)
    {
        var signMask = Vector256.Create(unchecked((int)0x80000000)).AsSingle();
        var signSin = Avx.And(x, signMask);
        x = Avx.AndNot(signMask, x);
        var j = Avx.ConvertToVector256Int32WithTruncation(Avx.Multiply(x, V(FourOverPi)));
        j = Avx2.And(Avx2.Add(j, Vector256.Create(1)), Vector256.Create(~1));
        var y = Avx.ConvertToVector256Single(j);
        var swapSin = Avx2.ShiftLeftLogical(Avx2.And(j, Vector256.Create(4)), 29).AsSingle();
        var polyMask = Avx2.CompareEqual(Avx2.And(j, Vector256.Create(2)), Vector256<int>.Zero).AsSingle();
        x = Fma.MultiplyAdd(y, V(Dp1), x);
        x = Fma.MultiplyAdd(y, V(Dp2), x);
        x = Fma.MultiplyAdd(y, V(Dp3), x);
        var signCos = Avx2.ShiftLeftLogical(Avx2.AndNot(Avx2.Subtract(j, Vector256.Create(2)), Vector256.Create(4)), 29).AsSingle();
        signSin = Avx.Xor(signSin, swapSin);
        var z = Avx.Multiply(x, x);
        var pc = Fma.MultiplyAdd(V(C0), z, V(C1));
        pc = Fma.MultiplyAdd(pc, z, V(C2));
        pc = Avx.Multiply(pc, z);
        pc = Fma.MultiplySubtract(pc, z, Avx.Multiply(z, V(0.5f)));
        pc = Avx.Add(pc, V(1f));
        var ps = Fma.MultiplyAdd(V(S0), z, V(S1));
        ps = Fma.MultiplyAdd(ps, z, V(S2));
        ps = Avx.Multiply(ps, z);
        ps = Fma.MultiplyAdd(ps, x, x);
        var sinFromPs = Avx.And(polyMask, ps);
        var sinFromPc = Avx.AndNot(polyMask, pc);
        ps = Avx.Subtract(ps, sinFromPs);
        pc = Avx.Subtract(pc, sinFromPc);
        sin = Avx.Xor(Avx.Add(sinFromPc, sinFromPs), signSin);
        cos = Avx.Xor(Avx.Add(pc, ps), signCos);
    }

    /// <summary>The float64 block (torch's normal_fill_16): C-library log, cos and sin, one fused
    /// multiply-add for the scale and shift (as GCC compiled it).</summary>
    public static void Block16(double* p, double mean, double std)
    {
        for (int j = 0; j < 8; j++)
        {
            double u1 = 1 - p[j];
            double u2 = p[j + 8];
            double radius = Math.Sqrt(-2 * Math.Log(u1));
            double theta = 2.0 * Math.PI * u2;
            p[j] = Math.FusedMultiplyAdd(radius * Math.Cos(theta), std, mean);
            p[j + 8] = Math.FusedMultiplyAdd(radius * Math.Sin(theta), std, mean);
        }
    }
}
