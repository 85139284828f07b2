// NativeGrad from C#: the seed graph, autograd.grad with create_graph, and a small
// gradient-descent fit of y = 2x + 1, all with PyTorch's semantics.
using NativeGrad;

var x = Tensor.Scalar(5).RequiresGrad_();
var y = x.Pow(3);
var z = y.Log();
z.Backward();
Console.WriteLine($"y = {y}");
Console.WriteLine($"z = {z}");
Console.WriteLine($"dz/dx = {x.Grad}  (3/x = 0.6)");

// Hessian-vector product of mean(a*a) through the norm of its gradient (seed 000).
var a = Tensor.Arange(0, 5, 1, DType.Float64).RequiresGrad_();
var g = Autograd.Grad([(a * a).Mean()], [a], createGraph: true)[0]!;
g.Norm(2, [0]).Backward();
Console.WriteLine($"a.grad = {a.Grad}");

// Fit w, b of y = w*x + b to y = 2x + 1 by gradient descent.
var xs = Tensor.FromArray([0f, 1f, 2f, 3f, 4f]);
var ys = xs * 2.0 + 1.0;
var w = Tensor.Scalar(0).RequiresGrad_();
var b = Tensor.Scalar(0).RequiresGrad_();
for (int step = 0; step <= 200; step++)
{
    using var scope = new TensorScope();   // frees this step's temporaries
    var loss = (w * xs + b - ys).Pow(2).Mean();
    loss.Backward();
    using (Autograd.NoGrad())
    {
        w.SetData(w - w.Grad! * 0.05);
        b.SetData(b - b.Grad! * 0.05);
    }
    w.Grad!.Zero_();
    b.Grad!.Zero_();
    if (step % 50 == 0) Console.WriteLine($"step {step,3}: loss {loss.Item():F6}");
}
Console.WriteLine($"w = {w.Item():F4}, b = {b.Item():F4}");

// Train the seed MLP (Linear(10,100) - ReLU - Linear(100,1)) with nn and optim.
Tensor.ManualSeed(0);
var mlp = new NativeGrad.NN.Sequential(new NativeGrad.NN.Linear(10, 100), new NativeGrad.NN.ReLU(true), new NativeGrad.NN.Linear(100, 1));
Console.WriteLine(mlp);
foreach (var (name, p) in mlp.NamedParameters()) Console.WriteLine($"{name,-10} [{string.Join(", ", p.Shape)}]");
var inputs = Tensor.Randn([64, 10]);
var targets = inputs.Sum(1, keepdim: true) * 0.5;
var sgd = new NativeGrad.Optim.SGD(mlp.Parameters(), lr: 0.05, momentum: 0.9);
for (int step = 0; step <= 200; step++)
{
    using var scope = new TensorScope();
    sgd.ZeroGrad();
    var loss = NativeGrad.NN.F.MseLoss(mlp.Call(inputs), targets);
    loss.Backward();
    sgd.Step();
    if (step % 50 == 0) Console.WriteLine($"mlp step {step,3}: loss {loss.Item():F6}");
}
