using NativeGrad.NN;
using NativeGrad.Ops;
using NativeGrad.Optim;
using Xunit;

namespace NativeGrad.Tests;

/// <summary>The C# nn modules: registration, names, state dicts, save/load, freezing, training.</summary>
public class ModuleTests
{
    private sealed class Net : Module
    {
        public readonly Linear Fc1, Fc2;
        public Net()
        {
            Fc1 = RegisterModule("fc1", new Linear(4, 3));
            Fc2 = RegisterModule("fc2", new Linear(3, 1));
        }
        public override Tensor Forward(Tensor x) => Fc2.Call(F.Relu(Fc1.Call(x)));
    }

    [Fact]
    public void NamesReprAndTraversalMatchPyTorch()
    {
        var mlp = new Sequential(new Linear(10, 100), new ReLU(true), new Linear(100, 1));
        Assert.Equal(new[] { "0.weight", "0.bias", "2.weight", "2.bias" }, mlp.NamedParameters().Select(p => p.Key));
        Assert.Equal("Sequential(\n  (0): Linear(in_features=10, out_features=100, bias=True)\n  (1): ReLU(inplace=True)\n  (2): Linear(in_features=100, out_features=1, bias=True)\n)", mlp.ToString());
        Assert.Equal(4, mlp.Modules().Count());
        Assert.All(mlp.Parameters(), p => Assert.True(p.RequiresGrad && p.IsLeaf));
        var bound = 1 / Math.Sqrt(10);
        Assert.All(mlp.GetParameter("0.weight")!.ToDoubleArray(), v => Assert.InRange(v, -bound, bound));
    }

    [Fact]
    public void SaveAndLoadRoundTripThroughSafetensors()
    {
        var a = new Net();
        var b = new Net();
        var path = Path.Combine(Path.GetTempPath(), $"ng-module-{Guid.NewGuid():N}.safetensors");
        try
        {
            a.Save(path);
            var (missing, unexpected) = b.Load(path);
            Assert.Empty(missing); Assert.Empty(unexpected);
            foreach (var ((ka, pa), (kb, pb)) in a.NamedParameters().Zip(b.NamedParameters()))
            {
                Assert.Equal(ka, kb);
                Assert.Equal(pa.ToDoubleArray(), pb.ToDoubleArray());
            }
        }
        finally { File.Delete(path); }
    }

    [Fact]
    public void LoadStateDictNamesMissingUnexpectedAndMismatchedKeys()
    {
        var n = new Net();
        var e = Assert.Throws<NativeGradException>(() => n.LoadStateDict([new("fc1.weight", Tensor.Zeros([2, 2])), new("extra", Tensor.Zeros([1]))]));
        Assert.Contains("Missing key(s) in state_dict: \"fc1.bias\"", e.Message);
        Assert.Contains("Unexpected key(s) in state_dict: \"extra\"", e.Message);
        Assert.Contains("size mismatch for fc1.weight: copying a param with shape torch.Size([2, 2])", e.Message);
    }

    [Fact]
    public void FrozenLayerStaysBitIdenticalWhileTheRestTrains()
    {
        Tensor.ManualSeed(7);
        var n = new Net();
        var x = Tensor.Randn([8, 4]);
        var y = Tensor.Randn([8, 1]);
        n.Fc1.RequiresGrad_(false);
        var before = n.Fc1.Weight.ToDoubleArray();
        var fc2Before = n.Fc2.Weight.ToDoubleArray();
        var opt = new Adam(n.Parameters(), lr: 0.05);
        for (int i = 0; i < 20; i++)
        {
            using var scope = new TensorScope();
            opt.ZeroGrad();
            F.MseLoss(n.Call(x), y).Backward();
            opt.Step();
        }
        Assert.Equal(before, n.Fc1.Weight.ToDoubleArray());
        Assert.NotEqual(fc2Before, n.Fc2.Weight.ToDoubleArray());
    }

    [Fact]
    public void DropoutHonoursTrainAndEval()
    {
        var d = new Dropout(0.5);
        var x = Tensor.Ones([2000]);
        var train = d.Call(x).ToDoubleArray();
        Assert.All(train, v => Assert.True(v == 0 || v == 2));
        Assert.InRange(train.Count(v => v == 0), 800, 1200);
        d.Eval();
        Assert.Equal(x.ToDoubleArray(), d.Call(x).ToDoubleArray());
    }

    [Fact]
    public void CrossEntropyMatchesTheDefinition()
    {
        var logits = Tensor.FromArray([1.0, 2.0, 0.5, -1.0, 0.0, 3.0], 2, 3);
        var target = Tensor.FromArray([1L, 2L]);
        var loss = F.CrossEntropy(logits, target).Item();
        double l0 = -(2.0 - Math.Log(Math.Exp(1) + Math.Exp(2) + Math.Exp(0.5)));
        double l1 = -(3.0 - Math.Log(Math.Exp(-1) + Math.Exp(0) + Math.Exp(3)));
        Assert.Equal((l0 + l1) / 2, loss, 12);
        var ignored = F.CrossEntropy(logits, Tensor.FromArray([1L, -100L])).Item();
        Assert.Equal(l0, ignored, 12);
    }

    [Fact]
    public void LinearRejectsWrongInputShapeNamingLayerAndShapes()
    {
        var e = Assert.Throws<NativeGradException>(() => new Linear(4, 3).Call(Tensor.Ones([2, 5])));
        Assert.Contains("Linear(in_features=4, out_features=3)", e.Message);
        Assert.Contains("[2, 5]", e.Message);
    }

    /// <summary>The weight gradient of a linear layer arrives contiguous (made in the weight's layout, as
    /// PyTorch's mm_mat2_backward) and equals G^T X.</summary>
    [Fact]
    public void LinearWeightGradientIsContiguous()
    {
        var x = Tensor.FromArray([1.0, 2.0, 3.0, 4.0, 5.0, 6.0], 2, 3);
        var w = Tensor.FromArray([0.5, -1.0, 2.0, 1.5, 0.25, -0.75], 2, 3).RequiresGrad_();
        var gOut = Tensor.FromArray([1.0, -2.0, 0.5, 3.0], 2, 2);
        bool? arrivedContiguous = null;
        w.RegisterHook(g => { arrivedContiguous = g.IsContiguous; return null; });
        Functions.Linear(x, w, null).Backward(gOut);
        Assert.True(arrivedContiguous);
        // dW[o, i] = sum_b G[b, o] X[b, i]
        double[] gv = [1.0, -2.0, 0.5, 3.0], xv = [1, 2, 3, 4, 5, 6];
        var expect = new double[6];
        for (int o = 0; o < 2; o++) for (int i = 0; i < 3; i++) for (int b = 0; b < 2; b++) expect[o * 3 + i] += gv[b * 2 + o] * xv[b * 3 + i];
        Assert.Equal(expect, w.Grad!.ToDoubleArray());
    }
}
