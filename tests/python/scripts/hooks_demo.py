"""Tensor hooks and module hooks: inspecting and changing gradients and activations."""
import torch
import torch.nn as nn

x = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
y = x * 2
seen = []
h = y.register_hook(lambda g: seen.append(g.clone()))
y.register_hook(lambda g: g * 10)          # replaces the gradient flowing on
z = (y ** 2).sum()
z.backward()
print("seen", seen[0])
print("x.grad", x.grad)
h.remove()

# a hook on a leaf runs before accumulation
x.grad = None
x.register_hook(lambda g: g.clamp(max=5.0))
(x * x * 3).sum().backward()
print("clamped", x.grad)

# gradient clipping by value with hooks on every parameter
model = nn.Linear(3, 2)
with torch.no_grad():
    model.weight.copy_(torch.tensor([[0.5, -1.0, 2.0], [1.5, 0.25, -0.75]]))
    model.bias.copy_(torch.tensor([0.1, -0.2]))
handles = [p.register_hook(lambda g: g.clamp(-0.5, 0.5)) for p in model.parameters()]
out = model(torch.tensor([[1.0, 2.0, 3.0], [-1.0, 0.5, 2.0]])).pow(2).sum()
out.backward()
print(model.weight.grad)
print(model.bias.grad)
for hd in handles:
    hd.remove()

# forward hooks record activations; a pre-hook rescales the input
acts = {}
net = nn.Sequential(nn.Linear(3, 4), nn.ReLU(), nn.Linear(4, 1))
with torch.no_grad():
    for i, p in enumerate(net.parameters()):
        p.copy_(torch.sin(torch.arange(p.numel(), dtype=torch.float32) + i).reshape(p.shape))
net[1].register_forward_hook(lambda m, inp, out: acts.__setitem__("relu", out.detach()))
pre = net[0].register_forward_pre_hook(lambda m, inp: (inp[0] * 0.5,))
out = net(torch.tensor([[1.0, -1.0, 2.0]]))
print("out", out)
print("relu activations", acts["relu"])
pre.remove()
print("without pre-hook", net(torch.tensor([[1.0, -1.0, 2.0]])))

# retain_grad on an intermediate
a = torch.tensor([2.0, -3.0], requires_grad=True)
b = a.exp()
b.retain_grad()
c = (b * a).sum()
c.backward()
print(b.grad, a.grad)
