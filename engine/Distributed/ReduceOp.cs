namespace NativeGrad.Distributed;

/// <summary>The reduction of an all-reduce (torch.distributed.ReduceOp; the values are PyTorch's).</summary>
[AbiEnum("NgReduceOp", "NG_REDUCE_")]
public enum ReduceOp
{
    /// <summary>Sum over ranks.</summary>
    Sum = 0,
    /// <summary>Mean over ranks: the sum divided by the world size (floating dtypes only).</summary>
    Avg = 1,
    /// <summary>Product over ranks.</summary>
    Product = 2,
    /// <summary>Minimum over ranks.</summary>
    Min = 3,
    /// <summary>Maximum over ranks.</summary>
    Max = 4,
}
