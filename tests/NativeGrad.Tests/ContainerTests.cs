using NativeGrad.NN;
using Xunit;

namespace NativeGrad.Tests;

/// <summary>nn containers and simple modules: PyTorch's names, state dict keys and reprs.</summary>
public class ContainerTests
{
    [Fact]
    public void ModuleListNamesChildrenByPositionAndHasNoForward()
    {
        var l = new ModuleList(new Linear(2, 2), new ReLU());
        l.Append(new Tanh());
        Assert.Equal(3, l.Count);
        Assert.Equal(["0.weight", "0.bias"], l.NamedParameters().Select(p => p.Key));
        Assert.Equal("ModuleList(\n  (0): Linear(in_features=2, out_features=2, bias=True)\n  (1): ReLU()\n  (2): Tanh()\n)", l.ToString());
        Assert.IsType<Tanh>(l[-1]);
        l.Insert(0, new Identity());
        Assert.Equal(["1.weight", "1.bias"], l.NamedParameters().Select(p => p.Key));
        Assert.IsType<Identity>(l.Pop(0));
        Assert.IsType<Linear>(l[0]);
        var e = Assert.Throws<NativeGradException>(() => l.Forward(Tensor.Zeros([1])));
        Assert.Equal("Module [ModuleList] is missing the required \"forward\" function", e.Message);
        Assert.Throws<NativeGradException>(() => l[3]);
    }

    [Fact]
    public void ModuleDictKeepsInsertionOrderAndReplacesInPlace()
    {
        var d = new ModuleDict([new("x", new Linear(1, 2)), new("act", new Tanh())]);
        Assert.Equal("ModuleDict(\n  (x): Linear(in_features=1, out_features=2, bias=True)\n  (act): Tanh()\n)", d.ToString());
        d["x"] = new Identity();
        Assert.Equal(["x", "act"], d.Keys);
        Assert.Empty(d.Parameters());
        Assert.IsType<Tanh>(d.Pop("act"));
        Assert.False(d.ContainsKey("act"));
    }

    [Fact]
    public void ParameterContainersRegisterLeavesThatRequireGrad()
    {
        var pl = new ParameterList(Tensor.Zeros([2, 3]), Tensor.Zeros([3], DType.Float64), Tensor.Scalar(0));
        Assert.Equal(["0", "1", "2"], pl.StateDict().Select(p => p.Key));
        Assert.All(pl, p => Assert.True(p.RequiresGrad));
        Assert.Equal("ParameterList(\n    (0): Parameter containing: [torch.float32 of size 2x3]\n    (1): Parameter containing: [torch.float64 of size 3]\n    (2): Parameter containing: [torch.float32 of size ]\n)", pl.ToString());
        Assert.Equal("ParameterList(  (0): Parameter containing: [torch.float32 of size 2])", new ParameterList(Tensor.Zeros([2])).ToString());
        var pd = new ParameterDict([new("b", Tensor.Zeros([2, 3])), new("a", Tensor.Zeros([3]))]);
        Assert.Equal(["b", "a"], pd.Keys);
        Assert.Equal("ParameterDict(\n    (b): Parameter containing: [torch.FloatTensor of size 2x3]\n    (a): Parameter containing: [torch.FloatTensor of size 3]\n)", pd.ToString());
        pd["b"] = Tensor.Ones([1]);
        Assert.Equal([1.0], pd["b"].ToDoubleArray());
        Assert.Equal(["b", "a"], pd.NamedParameters().Select(p => p.Key));
    }

    [Fact]
    public void IdentitySoftmaxAndLogSoftmax()
    {
        var x = Tensor.FromArray([1.0, 2.0, 3.0, 4.0], 2, 2);
        Assert.Same(x, new Identity().Forward(x));
        Assert.Equal("Identity()", new Identity().ToString());
        var s = new Softmax(1).Forward(x).ToDoubleArray();
        Assert.Equal(1.0, s[0] + s[1], 12);
        var ls = new LogSoftmax(0).Forward(x).ToDoubleArray();
        Assert.Equal(Math.Log(Math.Exp(1) / (Math.Exp(1) + Math.Exp(3))), ls[0], 12);
        Assert.Equal("Softmax(dim=1)", new Softmax(1).ToString());
        Assert.Equal("LogSoftmax(dim=None)", new LogSoftmax().ToString());
        var implicitDim = new Softmax().Forward(x).ToDoubleArray();   // 2-D input: dim 1
        Assert.Equal(s, implicitDim);
    }
}
