"""Saving and loading, as the recipe describes it: what state_dict() holds and in which order, the
optimizer's state_dict after a few Adam steps, strict and non-strict loading, torch.save/torch.load
of tensors, containers and a full checkpoint, resuming training exactly where it stopped, and
saving the entire model object."""
import os
import tempfile

import torch
import torch.nn as nn
import torch.nn.functional as F


class TheModelClass(nn.Module):
    def __init__(self):
        super().__init__()
        self.fc1 = nn.Linear(6, 10)
        self.norm = nn.BatchNorm1d(10)
        self.fc2 = nn.Linear(10, 8)
        self.head = nn.Sequential(nn.ReLU(), nn.Linear(8, 3))
        self.register_buffer("class_weights", torch.tensor([1.0, 2.0, 0.5]))
        self.register_buffer("scratch", torch.zeros(2), persistent=False)

    def forward(self, x):
        return self.head(F.relu(self.fc2(torch.tanh(self.norm(self.fc1(x))))))


def init_(model, phase=0.0):
    with torch.no_grad():
        for j, p in enumerate(model.parameters()):
            p.copy_(0.4 * torch.sin(torch.arange(p.numel(), dtype=torch.float32) * 0.77 + j + phase).reshape(p.shape))


model = TheModelClass()
init_(model)
optimizer = torch.optim.Adam(model.parameters(), lr=0.01, betas=(0.9, 0.98), weight_decay=1e-4)
print("Model's state_dict:")
for name, value in model.state_dict().items():
    print(name, "\t", tuple(value.size()), value.dtype)
print(list(dict(model.named_buffers()).keys()))

x = torch.stack([torch.cos(torch.arange(24, dtype=torch.float32) * (k + 1) * 0.31) for k in range(6)], dim=1)
y = torch.tensor([k % 3 for k in range(24)])


def train_step(model, optimizer):
    model.train()
    optimizer.zero_grad()
    loss = F.cross_entropy(model(x), y, weight=model.class_weights)
    loss.backward()
    optimizer.step()
    return loss.item()


for step in range(3):
    print("step", step, "%.6f" % train_step(model, optimizer))

sd = optimizer.state_dict()
print("Optimizer's state_dict:", list(sd.keys()))
print(sorted(sd["param_groups"][0].keys()))
print(sd["param_groups"][0]["params"], sd["param_groups"][0]["lr"], sd["param_groups"][0]["betas"])
print(sorted(sd["state"].keys()), sorted(sd["state"][0].keys()))
print(sd["state"][0]["step"], sd["state"][1]["exp_avg"][:3], sd["state"][5]["exp_avg_sq"].shape)
print(model.norm.running_mean[:4], model.norm.num_batches_tracked)

with tempfile.TemporaryDirectory() as tmp:
    # plain tensors and containers of tensors
    path = os.path.join(tmp, "tensors.pt")
    t = torch.arange(6, dtype=torch.float64).reshape(2, 3)
    w = torch.tensor([0.5, -1.5], requires_grad=True)
    torch.save({"t": t, "list": [torch.tensor([1, 2]), torch.tensor(True)], "n": 7, "s": "text", "w": w}, path)
    back = torch.load(path)
    print(sorted(back.keys()), back["t"], back["t"].dtype, back["list"], back["n"], back["s"])
    print(back["w"], back["w"].requires_grad, back["w"].is_leaf)
    torch.save(torch.tensor([0.5, -0.25]), path)
    print(torch.load(path))

    # a general checkpoint
    ckpt_path = os.path.join(tmp, "checkpoint.tar")
    torch.save({"epoch": 3, "model_state_dict": model.state_dict(),
                "optimizer_state_dict": optimizer.state_dict(), "loss": 0.25}, ckpt_path)
    continued = [train_step(model, optimizer) for _ in range(3)]

    model2 = TheModelClass()
    init_(model2, phase=1.0)
    optimizer2 = torch.optim.Adam(model2.parameters(), lr=0.5)
    checkpoint = torch.load(ckpt_path)
    print(checkpoint["epoch"], checkpoint["loss"], len(checkpoint["model_state_dict"]))
    print(model2.load_state_dict(checkpoint["model_state_dict"]))
    optimizer2.load_state_dict(checkpoint["optimizer_state_dict"])
    print(optimizer2.param_groups[0]["lr"], optimizer2.param_groups[0]["weight_decay"])
    resumed = [train_step(model2, optimizer2) for _ in range(3)]
    print(["%.6f" % v for v in continued])
    print(["%.6f" % v for v in resumed])
    print("identical:", continued == resumed, torch.equal(model.fc1.weight, model2.fc1.weight))

    # only the weights, then inference in eval mode
    wpath = os.path.join(tmp, "weights.pth")
    torch.save(model.state_dict(), wpath)
    model3 = TheModelClass()
    model3.load_state_dict(torch.load(wpath))
    model3.eval()
    model.eval()
    with torch.no_grad():
        print(torch.equal(model3(x[:4]), model(x[:4])), model3(x[:2]))

# strict and non-strict loading
sd = model.state_dict()
partial = {k: v for k, v in sd.items() if not k.startswith("head")}
partial["extra.weight"] = torch.zeros(1)
try:
    model3.load_state_dict(partial)
except RuntimeError as e:
    print("RuntimeError:", str(e).splitlines()[0])
    print(len(str(e).splitlines()))
result = model3.load_state_dict(partial, strict=False)
print(result)
print(result.missing_keys, result.unexpected_keys)
shapes = dict(sd)
shapes["fc2.bias"] = torch.zeros(5)
try:
    model3.load_state_dict(shapes)
except RuntimeError as e:
    print("RuntimeError:", str(e).splitlines()[0])
    print(str(e).splitlines()[1].strip())

# warm-starting a different model from some of the layers
class Bigger(nn.Module):
    def __init__(self):
        super().__init__()
        self.fc1 = nn.Linear(6, 10)
        self.fc3 = nn.Linear(10, 1)


big = Bigger()
print(big.load_state_dict(model.state_dict(), strict=False))
print(torch.equal(big.fc1.bias, model.fc1.bias))

# saving the entire model object (pickled with its class) and loading it back
with tempfile.TemporaryDirectory() as tmp:
    path = os.path.join(tmp, "model.pt")
    torch.save(model, path)
    whole = torch.load(path)
    whole.eval()
    print(type(whole).__name__, torch.equal(whole.fc1.weight, model.fc1.weight))
