"""Saving and loading model and optimizer state."""
import os

import torch
import torch.nn as nn


class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.body = nn.Sequential(nn.Linear(4, 8), nn.ReLU(), nn.Linear(8, 3))
        self.register_buffer("scale", torch.tensor([1.0, 2.0, 3.0]))

    def forward(self, x):
        return self.body(x) * self.scale


def fill(model):
    with torch.no_grad():
        for i, p in enumerate(model.parameters()):
            p.copy_(torch.cos(torch.arange(p.numel(), dtype=torch.float32) * 0.5 + i).reshape(p.shape) / 3)


net = Net()
fill(net)
print(list(net.state_dict().keys()))
x = torch.arange(8, dtype=torch.float32).reshape(2, 4) / 8

opt = torch.optim.Adam(net.parameters(), lr=0.01)
for _ in range(3):
    opt.zero_grad()
    net(x).pow(2).mean().backward()
    opt.step()

torch.save(net.state_dict(), "net.pt")
torch.save(opt.state_dict(), "opt.pt")
print(os.path.exists("net.pt"), os.path.exists("opt.pt"))

net2 = Net()
result = net2.load_state_dict(torch.load("net.pt"))
print(result)
print(net2(x) - net(x))

opt2 = torch.optim.Adam(net2.parameters(), lr=0.01)
opt2.load_state_dict(torch.load("opt.pt"))
print(opt2.state_dict()["param_groups"][0]["lr"], len(opt2.state_dict()["state"]))
for model, o in ((net, opt), (net2, opt2)):
    o.zero_grad()
    model(x).pow(2).mean().backward()
    o.step()
print("after one more step:", net(x)[0], net2(x)[0])

checkpoint = {"epoch": 3, "model": net.state_dict(), "note": "demo"}
torch.save(checkpoint, "ckpt.pt")
back = torch.load("ckpt.pt")
print(back["epoch"], back["note"], sorted(back["model"].keys()))

small = nn.Linear(4, 8)
try:
    small.load_state_dict(torch.load("net.pt"))
except RuntimeError as e:
    print(str(e).splitlines()[0])
print(small.load_state_dict({"weight": torch.zeros(8, 4), "bias": torch.ones(8)}))
print(torch.equal(net(x), net2(x)))
