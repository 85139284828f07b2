"""The nn.Module API: containers, naming, state dicts, freezing, train/eval, repr."""
import torch
import torch.nn as nn


class Block(nn.Module):
    def __init__(self, width):
        super().__init__()
        self.lin = nn.Linear(width, width)
        self.norm = nn.LayerNorm(width)
        self.drop = nn.Dropout(0.25)

    def forward(self, x):
        return self.drop(torch.relu(self.norm(self.lin(x)))) + x


class Model(nn.Module):
    def __init__(self):
        super().__init__()
        self.blocks = nn.ModuleList([Block(4) for _ in range(2)])
        self.heads = nn.ModuleDict({"a": nn.Linear(4, 2), "b": nn.Linear(4, 1)})
        self.scales = nn.ParameterList([nn.Parameter(torch.ones(2)), nn.Parameter(torch.full((1,), 2.0))])
        self.extra = nn.ParameterDict({"bias": nn.Parameter(torch.zeros(3))})
        self.register_buffer("steps", torch.zeros((), dtype=torch.long))
        self.identity = nn.Identity()
        self.softmax = nn.Softmax(dim=-1)

    def forward(self, x):
        x = self.identity(x)
        for blk in self.blocks:
            x = blk(x)
        self.steps += 1
        return self.softmax(self.heads["a"](x) * self.scales[0]), self.heads["b"](x) * self.scales[1]


m = Model()
with torch.no_grad():
    for i, p in enumerate(m.parameters()):
        p.copy_(torch.sin(torch.arange(p.numel(), dtype=torch.float32) * 1.3 + i).reshape(p.shape))
print(m)
print([n for n, _ in m.named_parameters()])
print(list(m.state_dict().keys()))
print(sum(p.numel() for p in m.parameters() if p.requires_grad))
print([type(c).__name__ for c in m.children()])
print(len(list(m.modules())))

x = torch.arange(8, dtype=torch.float32).reshape(2, 4) / 4
m.eval()
a, b = m(x)
print(a, b)
print(m.training, m.blocks[0].drop.training, m.steps)

for p in m.blocks.parameters():
    p.requires_grad_(False)
print(sum(p.numel() for p in m.parameters() if p.requires_grad))
a, b = m(x)
(a.pow(2).sum() + b.sum()).backward()
print(m.heads["b"].weight.grad)
print(m.blocks[0].lin.weight.grad)
print(m.scales[1].grad)

m.train()
print(m.training, m.blocks[1].drop.training)
m.zero_grad(set_to_none=True)
print(m.heads["b"].weight.grad)
print(nn.LogSoftmax(dim=1)(x))
