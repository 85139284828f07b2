"""A tour of the nn.Module API as the docs present it: traversal order of named_parameters /
named_modules / children, parameter counts, apply() with nn.init functions, buffers (persistent or
not), zero_grad, freezing with requires_grad_(False), the containers, Sequential indexing and
slicing, printing a model, and dtype conversion."""
import math
from collections import OrderedDict

import torch
import torch.nn as nn


class Encoder(nn.Module):
    def __init__(self, d_in, d_hidden):
        super().__init__()
        self.proj = nn.Linear(d_in, d_hidden)
        self.act = nn.GELU()
        self.norm = nn.LayerNorm(d_hidden)
        self.register_buffer("running_count", torch.zeros(()))
        self.register_buffer("cache", torch.ones(d_hidden), persistent=False)

    def forward(self, x):
        self.running_count += 1
        return self.norm(self.act(self.proj(x)))


class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.encoder = Encoder(3, 5)
        self.layers = nn.ModuleList([nn.Linear(5, 5, bias=False) for _ in range(2)])
        self.heads = nn.ModuleDict({"cls": nn.Linear(5, 2), "reg": nn.Linear(5, 1)})
        self.gates = nn.ParameterList([nn.Parameter(torch.full((5,), 0.5)) for _ in range(2)])
        self.temperature = nn.Parameter(torch.tensor(1.0))
        self.classifier = nn.Sequential(OrderedDict([("hidden", nn.Linear(2, 4)), ("relu", nn.ReLU()),
                                                     ("out", nn.Linear(4, 2))]))

    def forward(self, x):
        h = self.encoder(x)
        for layer, gate in zip(self.layers, self.gates):
            h = h + torch.tanh(layer(h)) * gate
        return self.classifier(self.heads["cls"](h)) / self.temperature, self.heads["reg"](h)


net = Net()
print(net)
print([name for name, _ in net.named_parameters()])
print([(name, type(m).__name__) for name, m in net.named_modules()])
print([name for name, _ in net.named_children()], len(list(net.modules())), len(list(net.children())))
print([name for name, _ in net.named_buffers()], list(net.state_dict().keys())[:3])
print(sum(p.numel() for p in net.parameters()), [p.numel() for p in net.encoder.parameters()])
print([n for n, _ in net.encoder.named_parameters(prefix="enc")], len(list(net.parameters(recurse=False))))


def init_weights(m):
    if isinstance(m, nn.Linear):
        nn.init.xavier_uniform_(m.weight)
        if m.bias is not None:
            nn.init.constant_(m.bias, 0.01)


torch.manual_seed(0)
visited = []
net.apply(lambda m: visited.append(type(m).__name__))
print(visited)
net.apply(init_weights)
w = net.layers[0].weight
bound = math.sqrt(6.0 / (w.shape[0] + w.shape[1]))
print(bool((w.abs() <= bound).all()), round(bound, 6), net.heads["cls"].bias)
nn.init.ones_(net.encoder.norm.weight)
nn.init.zeros_(net.encoder.norm.bias)
nn.init.eye_(net.layers[1].weight)
print(net.layers[1].weight)
print(nn.init.calculate_gain("relu"), nn.init.calculate_gain("tanh"), nn.init.calculate_gain("leaky_relu", 0.2))

# deterministic weights from here on
with torch.no_grad():
    for j, p in enumerate(net.parameters()):
        p.copy_(0.6 * torch.cos(torch.arange(p.numel(), dtype=torch.float32) * 0.45 + j * 0.3).reshape(p.shape))
x = torch.linspace(-1, 1, 12).reshape(4, 3)
logits, reg = net(x)
print(logits, reg.squeeze(1), net.encoder.running_count)

# zero_grad: set_to_none=False keeps zero tensors, True drops them
(logits.sum() + reg.sum()).backward()
print(net.temperature.grad)
net.zero_grad(set_to_none=False)
print(net.temperature.grad, net.gates[0].grad)
net.zero_grad(set_to_none=True)
print(net.temperature.grad, net.gates[0].grad)

# freezing the encoder: only the other parameters move
net.encoder.requires_grad_(False)
print([n for n, p in net.named_parameters() if not p.requires_grad])
before = {n: p.detach().clone() for n, p in net.named_parameters()}
opt = torch.optim.SGD([p for p in net.parameters() if p.requires_grad], lr=0.1, momentum=0.9)
for _ in range(3):
    opt.zero_grad()
    logits, reg = net(x)
    (nn.functional.cross_entropy(logits, torch.tensor([0, 1, 1, 0])) + reg.pow(2).mean()).backward()
    opt.step()
print({n: not torch.equal(before[n], p) for n, p in net.named_parameters()})
print(net.encoder.proj.weight.grad, len(opt.param_groups[0]["params"]))

# containers
ml = nn.ModuleList([nn.ReLU()])
ml.append(nn.Tanh())
ml.extend([nn.Sigmoid(), nn.Identity()])
ml.insert(1, nn.ELU())
print(ml, len(ml), type(ml[-1]).__name__, [type(m).__name__ for m in ml[1:3]])
md = nn.ModuleDict()
md["b"] = nn.Linear(1, 1)
md.update({"a": nn.ReLU()})
print(list(md.keys()), "a" in md, len(md), [type(v).__name__ for v in md.values()])
pl = nn.ParameterList([nn.Parameter(torch.zeros(2)), nn.Parameter(torch.ones(3))])
pl.append(nn.Parameter(torch.tensor(5.0)))
print(len(pl), [tuple(p.shape) for p in pl], sum(p.numel() for p in pl))
pd = nn.ParameterDict({"scale": nn.Parameter(torch.ones(2))})
print(list(pd.keys()), pd["scale"])
seq = nn.Sequential(nn.Linear(3, 4), nn.ReLU(), nn.Linear(4, 4), nn.Tanh(), nn.Linear(4, 1))
print(len(seq), seq[0], seq[-1], type(seq[1:3]).__name__)
print(seq[1:3])
print(seq[::2])
seq.append(nn.Sigmoid())
print(len(seq), [name for name, _ in seq.named_children()])

# dtype conversion keeps the same modules and converts parameters and buffers
enc = Encoder(3, 5)
print(enc.proj.weight.dtype, enc.double() is enc, enc.proj.weight.dtype, enc.running_count.dtype, enc.cache.dtype)
print(enc(x.double()).dtype)
enc.float()
print(enc.proj.weight.dtype, enc.to(torch.float64).norm.weight.dtype, enc.to("cpu") is enc)
print(enc.state_dict()["running_count"])

# the errors for common mistakes
try:
    enc.register_buffer("running_count", torch.zeros(1)) or enc.register_buffer("proj", torch.zeros(1))
except KeyError as e:
    print("KeyError:", e)
try:
    seq(torch.ones(2, 5))
except RuntimeError as e:
    print("RuntimeError:", e)

# item assignment and deletion on Sequential
seq[1] = nn.LeakyReLU(0.1)
del seq[-1]
print(seq)
