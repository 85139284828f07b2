namespace NativeGrad.Ops;

/// <summary>An elementwise comparison (PyTorch's eq, ne, lt, le, gt, ge): a bool result, never differentiable.</summary>
public enum CompareOp
{
    /// <summary>a == b.</summary>
    Eq = 0,
    /// <summary>a != b (true where either is NaN).</summary>
    Ne = 1,
    /// <summary>a &lt; b.</summary>
    Lt = 2,
    /// <summary>a &lt;= b.</summary>
    Le = 3,
    /// <summary>a &gt; b.</summary>
    Gt = 4,
    /// <summary>a &gt;= b.</summary>
    Ge = 5,
}
