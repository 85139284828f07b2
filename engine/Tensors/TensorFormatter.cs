using System;
using System.Collections.Generic;
using System.Globalization;
using System.Numerics;
using System.Text;

namespace NativeGrad;

/// <summary>
/// Renders a tensor the way PyTorch 1.13's <c>repr(tensor)</c> does with the default print
/// options (precision 4, threshold 1000, edge items 3, line width 80, automatic scientific mode).
/// Pure: it sees only the element values, the shape, the dtype and the trailing "key=value" items.
/// </summary>
internal static class TensorFormatter
{
    private const int Precision = 4;
    private const int Threshold = 1000;
    private const int EdgeItems = 3;
    private const int LineWidth = 80;
    private const string Prefix = "tensor(";

    /// <summary>
    /// Full repr, e.g. <c>tensor([0.2000, 0.2000], dtype=torch.float64)</c>.
    /// </summary>
    /// <param name="values">Elements in row-major order (bool as 0/1, int64 as integral doubles,
    /// float32 as the exact double of the float32 value).</param>
    /// <param name="shape">The shape; empty for a 0-dim scalar.</param>
    /// <param name="dtype">The element type.</param>
    /// <param name="suffixes">Items appended after the dtype, e.g. "grad_fn=&lt;MulBackward0&gt;".</param>
    public static string Format(ReadOnlySpan<double> values, ReadOnlySpan<int> shape, DType dtype, IReadOnlyList<string> suffixes)
    {
        if (Numel(shape) != values.Length)
            throw new ArgumentException($"Shape holds {Numel(shape)} elements but {values.Length} values were given.", nameof(values));
        var copy = values.ToArray();
        return Format(i => copy[i], shape, dtype, suffixes);
    }

    /// <summary>
    /// Full repr of the elements <paramref name="element"/> returns for each row-major index. Only the
    /// printed elements are read (when summarising, the edge items of each dim), so printing a huge
    /// (e.g. expanded) tensor never materialises it.
    /// </summary>
    /// <param name="int64Bits">The int64 elements are given as their bit patterns
    /// (<see cref="BitConverter.Int64BitsToDouble"/>), so that every int64 prints exactly.</param>
    public static string Format(Func<long, double> element, ReadOnlySpan<int> shape, DType dtype, IReadOnlyList<string> suffixes,
        bool int64Bits = false)
    {
        long numel = Numel(shape);

        var items = new List<string>();
        string body;
        if (numel == 0)
        {
            // Nothing to infer the dtype or shape from, so PyTorch spells out the shape (unless
            // it is the plain 1-D "[]") and every dtype other than the default float32.
            if (shape.Length != 1) items.Add("size=" + ShapeTuple(shape));
            if (dtype != DType.Float32) items.Add("dtype=" + dtype.TorchName());
            body = "[]";
        }
        else
        {
            // float32, int64 and bool are the dtypes PyTorch infers from a literal; only float64 is named.
            if (dtype == DType.Float64) items.Add("dtype=" + dtype.TorchName());
            body = FormatData(element, shape, dtype, numel, int64Bits);
        }
        if (suffixes != null) items.AddRange(suffixes);
        return AppendSuffixes(Prefix + body, items);
    }

    private static long Numel(ReadOnlySpan<int> shape)
    {
        long numel = 1;
        foreach (int d in shape)
        {
            if (d < 0) throw new ArgumentException("Negative dimension in shape.", nameof(shape));
            numel = d == 0 || numel == 0 ? 0 : numel > long.MaxValue / d ? long.MaxValue : numel * d;
        }
        return numel;
    }

    /// <summary>Python's str(tuple): "(2, 0, 3)", with the trailing comma of a 1-tuple.</summary>
    private static string ShapeTuple(ReadOnlySpan<int> shape)
    {
        var sb = new StringBuilder("(");
        for (int i = 0; i < shape.Length; i++)
        {
            if (i > 0) sb.Append(", ");
            sb.Append(shape[i].ToString(CultureInfo.InvariantCulture));
        }
        if (shape.Length == 1) sb.Append(',');
        return sb.Append(')').ToString();
    }

    /// <summary>
    /// Appends ", item" for each item, breaking onto a new line indented under the data when the
    /// item would overflow the line width. The line-length bookkeeping deliberately reproduces
    /// PyTorch's (which over-counts by two), so the break points agree.
    /// </summary>
    private static string AppendSuffixes(string text, List<string> items)
    {
        var sb = new StringBuilder(text);
        int lastLineLength = text.Length - text.LastIndexOf('\n') + 1;
        foreach (string item in items)
        {
            if (lastLineLength + item.Length + 2 > LineWidth)
            {
                sb.Append(",\n").Append(' ', Prefix.Length).Append(item);
                lastLineLength = Prefix.Length + item.Length;
            }
            else
            {
                sb.Append(", ").Append(item);
                lastLineLength += item.Length + 2;
            }
        }
        return sb.Append(')').ToString();
    }

    /// <summary>The bracketed data of a non-empty tensor.</summary>
    private static string FormatData(Func<long, double> values, ReadOnlySpan<int> shape, DType dtype, long numel, bool int64Bits)
    {
        var layout = new Layout(shape.ToArray(), summarize: numel > Threshold);

        // The column width is chosen from the elements that will actually be printed.
        var shown = new List<double>();
        layout.Visit(values, 0, 0, shown);
        var formatter = new ElementFormatter(shown, dtype, int64Bits && dtype == DType.Int64);

        if (shape.Length == 0) return formatter.Format(values(0));
        var sb = new StringBuilder();
        layout.Render(values, 0, 0, Prefix.Length, formatter, sb);
        return sb.ToString();
    }

    /// <summary>Walks the nested dimensions, eliding the middle of long ones when summarizing.</summary>
    private sealed class Layout
    {
        private readonly int[] _shape;
        private readonly long[] _strides;   // row-major, in elements
        private readonly bool _summarize;

        public Layout(int[] shape, bool summarize)
        {
            _shape = shape;
            _summarize = summarize;
            _strides = new long[shape.Length];
            long stride = 1;
            for (int d = shape.Length - 1; d >= 0; d--)
            {
                _strides[d] = stride;
                stride *= shape[d];
            }
        }

        /// <summary>Whether a dimension of this size prints only its first and last edge items.</summary>
        private bool Elides(int size) => _summarize && size > 2 * EdgeItems;

        /// <summary>The indices along a dimension that are printed, in order.</summary>
        private IEnumerable<int> ShownIndices(int size)
        {
            if (!Elides(size))
            {
                for (int i = 0; i < size; i++) yield return i;
                yield break;
            }
            for (int i = 0; i < EdgeItems; i++) yield return i;
            for (int i = size - EdgeItems; i < size; i++) yield return i;
        }

        /// <summary>Collects, in order, every element that will be printed.</summary>
        public void Visit(Func<long, double> values, int dim, long offset, List<double> shown)
        {
            if (dim == _shape.Length)
            {
                shown.Add(values(offset));
                return;
            }
            foreach (int i in ShownIndices(_shape[dim]))
                Visit(values, dim + 1, offset + i * _strides[dim], shown);
        }

        /// <summary>
        /// Writes the sub-tensor starting at <paramref name="offset"/>; <paramref name="indent"/> is
        /// the column of its opening bracket.
        /// </summary>
        public void Render(Func<long, double> values, int dim, long offset, int indent, ElementFormatter formatter, StringBuilder sb)
        {
            int size = _shape[dim];
            bool elide = Elides(size);

            if (dim == _shape.Length - 1)
            {
                // Innermost row: fixed-width cells, wrapped so each line fits the line width.
                int cellWidth = formatter.Width + 2; // the cell plus ", "
                int perLine = Math.Max(1, (LineWidth - indent) / cellWidth);
                var cells = new List<string>();
                foreach (int i in ShownIndices(size))
                {
                    if (elide && i == size - EdgeItems) cells.Add(" ...");
                    cells.Add(formatter.Format(values(offset + i * _strides[dim])));
                }
                sb.Append('[');
                for (int c = 0; c < cells.Count; c++)
                {
                    if (c > 0)
                    {
                        if (c % perLine == 0) sb.Append(",\n").Append(' ', indent + 1);
                        else sb.Append(", ");
                    }
                    sb.Append(cells[c]);
                }
                sb.Append(']');
                return;
            }

            // Outer dimension: one sub-tensor per line, with a blank line per extra level of nesting
            // between them, aligned one column right of this bracket.
            int remainingDims = _shape.Length - dim;
            string separator = "," + new string('\n', remainingDims - 1) + new string(' ', indent + 1);
            sb.Append('[');
            bool first = true;
            foreach (int i in ShownIndices(size))
            {
                if (!first) sb.Append(separator);
                if (elide && i == size - EdgeItems) sb.Append("...").Append(separator);
                first = false;
                Render(values, dim + 1, offset + i * _strides[dim], indent + 1, formatter, sb);
            }
            sb.Append(']');
        }
    }

    /// <summary>
    /// Chooses one notation and one column width for all printed elements: integers and bools as
    /// is; floats in "int mode" ("3.") when all finite values are integral, in scientific notation
    /// when the magnitudes span too wide a range, and otherwise in fixed notation with 4 decimals.
    /// </summary>
    private sealed class ElementFormatter
    {
        private readonly DType _dtype;
        private readonly bool _floating;
        private readonly bool _int64Bits;
        private readonly bool _intMode = true;
        private readonly bool _sciMode;

        public int Width { get; } = 1;

        public ElementFormatter(List<double> shown, DType dtype, bool int64Bits)
        {
            _dtype = dtype;
            _int64Bits = int64Bits;
            _floating = dtype.IsFloating();
            if (!_floating)
            {
                foreach (double v in shown) Width = Math.Max(Width, FormatExact(v).Length);
                return;
            }

            // Zeros and non-finite values print the same in every mode, so only the rest decide.
            double minAbs = double.PositiveInfinity, maxAbs = 0;
            bool any = false;
            foreach (double v in shown)
            {
                if (!double.IsFinite(v) || v == 0) continue;
                any = true;
                double a = Math.Abs(v);
                minAbs = Math.Min(minAbs, a);
                maxAbs = Math.Max(maxAbs, a);
                if (v != Math.Ceiling(v)) _intMode = false;
            }
            if (!any) return;

            bool wideRange = maxAbs / minAbs > 1000.0 || maxAbs > 1.0e8;
            _sciMode = _intMode ? wideRange : wideRange || minAbs < 1.0e-4;

            // Width is measured on the nonzero finite values only; int mode leaves room for the ".".
            foreach (double v in shown)
            {
                if (!double.IsFinite(v) || v == 0) continue;
                int len = _sciMode ? DecimalText.Scientific(v, Precision).Length
                    : _intMode ? DecimalText.Fixed(v, 0).Length + 1
                    : DecimalText.Fixed(v, Precision).Length;
                Width = Math.Max(Width, len);
            }
        }

        /// <summary>One element, right-aligned to <see cref="Width"/> (never truncated).</summary>
        public string Format(double v)
        {
            string text;
            if (!_floating) text = FormatExact(v);
            else if (_sciMode) text = DecimalText.Scientific(v, Precision);
            else if (_intMode) text = double.IsFinite(v) ? DecimalText.Fixed(v, 0) + "." : DecimalText.Fixed(v, 0);
            else text = DecimalText.Fixed(v, Precision);
            return text.Length >= Width ? text : new string(' ', Width - text.Length) + text;
        }

        private string FormatExact(double v) => _dtype == DType.Bool
            ? (v != 0 ? "True" : "False")
            : (_int64Bits ? BitConverter.DoubleToInt64Bits(v) : (long)v).ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// Python's "{:.Nf}" and "{:.Ne}" for a double: the exact binary value rounded half-to-even,
    /// the sign kept on negative zero and on negatives that round to zero, "nan"/"inf"/"-inf" for
    /// non-finite values, and an exponent of at least two digits. Exact big-integer arithmetic
    /// avoids depending on the runtime's own rounding of ties.
    /// </summary>
    private static class DecimalText
    {
        public static string Fixed(double v, int digits)
        {
            if (!double.IsFinite(v)) return NonFinite(v);
            var (mantissa, exp2) = Decompose(v);
            BigInteger scaled = RoundRatio(mantissa * BigInteger.Pow(10, digits), exp2);
            string s = scaled.ToString(CultureInfo.InvariantCulture).PadLeft(digits + 1, '0');
            if (digits > 0) s = s[..^digits] + "." + s[^digits..];
            return (double.IsNegative(v) ? "-" : "") + s;
        }

        public static string Scientific(double v, int digits)
        {
            if (!double.IsFinite(v)) return NonFinite(v);
            string sign = double.IsNegative(v) ? "-" : "";
            int exp10 = 0;
            string mantissaDigits = new string('0', digits + 1);
            if (v != 0)
            {
                var (mantissa, exp2) = Decompose(v);
                BigInteger low = BigInteger.Pow(10, digits), high = low * 10;
                // Find exp10 with 10^exp10 <= |v| < 10^(exp10+1), starting from a floating estimate.
                exp10 = (int)Math.Floor(Math.Log10(Math.Abs(v)));
                BigInteger truncated;
                while (true)
                {
                    truncated = ScaleByPow10(mantissa, exp2, digits - exp10, round: false);
                    if (truncated >= high) exp10++;
                    else if (truncated < low) exp10--;
                    else break;
                }
                BigInteger rounded = ScaleByPow10(mantissa, exp2, digits - exp10, round: true);
                if (rounded == high)
                {
                    // Rounding carried into a new digit, e.g. 9.99996 -> 10.0000.
                    rounded = low;
                    exp10++;
                }
                mantissaDigits = rounded.ToString(CultureInfo.InvariantCulture);
            }
            string head = digits > 0 ? mantissaDigits[..1] + "." + mantissaDigits[1..] : mantissaDigits;
            string expText = Math.Abs(exp10).ToString("00", CultureInfo.InvariantCulture);
            return sign + head + "e" + (exp10 < 0 ? "-" : "+") + expText;
        }

        private static string NonFinite(double v) =>
            double.IsNaN(v) ? "nan" : v > 0 ? "inf" : "-inf";

        /// <summary>|v| = mantissa * 2^exp2 exactly.</summary>
        private static (BigInteger Mantissa, int Exp2) Decompose(double v)
        {
            long bits = BitConverter.DoubleToInt64Bits(v);
            int biased = (int)((bits >> 52) & 0x7FF);
            long fraction = bits & 0xFFFFFFFFFFFFFL;
            return biased == 0
                ? (fraction, -1074)                            // subnormal
                : (fraction | (1L << 52), biased - 1075);      // normal: implicit leading 1
        }

        /// <summary>mantissa * 2^exp2 * 10^pow10, truncated or rounded half-to-even to an integer.</summary>
        private static BigInteger ScaleByPow10(BigInteger mantissa, int exp2, int pow10, bool round)
        {
            BigInteger num = mantissa, den = BigInteger.One;
            if (pow10 >= 0) num *= BigInteger.Pow(10, pow10);
            else den = BigInteger.Pow(10, -pow10);
            if (exp2 >= 0) num <<= exp2;
            else den <<= -exp2;
            return round ? RoundHalfEven(num, den) : BigInteger.Divide(num, den);
        }

        /// <summary>num * 2^exp2 rounded half-to-even.</summary>
        private static BigInteger RoundRatio(BigInteger num, int exp2) =>
            exp2 >= 0 ? num << exp2 : RoundHalfEven(num, BigInteger.One << -exp2);

        private static BigInteger RoundHalfEven(BigInteger num, BigInteger den)
        {
            BigInteger q = BigInteger.DivRem(num, den, out BigInteger r);
            int cmp = (r * 2).CompareTo(den);
            if (cmp > 0 || (cmp == 0 && !q.IsEven)) q += 1;
            return q;
        }
    }
}
