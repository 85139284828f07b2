"""The "Autograd mechanics" notes: how requires_grad propagates, the grad_fn graph walked through
next_functions, retain_grad, tensor and module hooks, the grad modes, detach and in-place version
checks, and what .grad of a non-leaf gives."""
import warnings
from collections import OrderedDict

import torch
import torch.nn as nn

x = torch.randn(5, 5).abs() > -1          # a tensor that does not require grad
y = torch.ones(5, 5)
z = torch.ones(5, 5, requires_grad=True)
a = x.float() + y
b = a + z
print(a.requires_grad, b.requires_grad, a.is_leaf, b.is_leaf, z.is_leaf)

# freezing part of a model: only the new head gets gradients
model = nn.Sequential(OrderedDict([("body", nn.Linear(4, 6)), ("act", nn.Tanh()), ("fc", nn.Linear(6, 2))]))
with torch.no_grad():
    for j, p in enumerate(model.parameters()):
        p.copy_(torch.cos(torch.arange(p.numel(), dtype=torch.float32) * 0.6 + j).reshape(p.shape))
for param in model.parameters():
    param.requires_grad = False
model.fc = nn.Linear(6, 3)          # replace the head, as in the notes
with torch.no_grad():
    model.fc.weight.copy_(torch.sin(torch.arange(18, dtype=torch.float32)).reshape(3, 6))
    model.fc.bias.fill_(0.1)
inp = torch.linspace(-1, 1, 8).reshape(2, 4)
out = model(inp)
out.sum().backward()
print([(n, p.requires_grad, p.grad is not None) for n, p in model.named_parameters()])
print(model.fc.bias.grad, out.grad_fn)

# the graph: grad_fn and next_functions
w = torch.tensor([1.0, -2.0, 3.0], requires_grad=True)
v = torch.tensor([0.5, 0.5, 2.0], requires_grad=True)
loss = ((w * v).exp() + w.sin() / 2).sum()


def walk(fn, depth=0):
    if fn is None:
        return
    print("  " * depth + type(fn).__name__)
    for nxt, _ in fn.next_functions:
        walk(nxt, depth + 1)


walk(loss.grad_fn)
print(loss.grad_fn.name(), len(loss.grad_fn.next_functions))
acc = loss.grad_fn.next_functions[0][0].next_functions[0][0].next_functions[0][0]
print(type(acc).__name__)

# retain_grad and the warning for .grad of a non-leaf
h = w * 2
h.retain_grad()
k = w * 3
s = (h * k).sum()
s.backward()
print(h.grad, w.grad, h.is_leaf, h.retains_grad, k.retains_grad)
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    print(k.grad)
print(len(caught), caught[0].category.__name__ if caught else None)
print(str(caught[0].message)[:70] if caught else None)

# tensor hooks
w.grad = None
calls = []
hd = w.register_hook(lambda g: calls.append(("w", g.tolist())))
mid = w.exp()
mid.register_hook(lambda g: g * 0 + 1)          # replace the gradient flowing through exp
mid.sum().backward()
print(calls, w.grad)
hd.remove()

# module hooks
net = nn.Sequential(nn.Linear(3, 4), nn.ReLU(), nn.Linear(4, 1))
with torch.no_grad():
    for j, p in enumerate(net.parameters()):
        p.copy_(torch.sin(torch.arange(p.numel(), dtype=torch.float32) * 1.1 + j).reshape(p.shape))
log = []
handles = [m.register_forward_pre_hook(lambda m, i: log.append(("pre", type(m).__name__, tuple(i[0].shape))))
           for m in net]
handles.append(net[1].register_forward_hook(lambda m, i, o: o * 2))      # returning a value replaces the output
handles.append(net.register_forward_hook(lambda m, i, o: log.append(("out", tuple(o.shape)))))
res = net(torch.tensor([[1.0, 2.0, -1.0], [0.5, -0.5, 0.25]]))
print(res)
print(log)
for hdl in handles:
    hdl.remove()
print(net(torch.tensor([[1.0, 2.0, -1.0]])))

# grad modes
p = torch.tensor([2.0, 3.0], requires_grad=True)
with torch.no_grad():
    q = p * 2
    with torch.enable_grad():
        r = p * 2
print(q.requires_grad, r.requires_grad)
with torch.set_grad_enabled(False):
    print((p * 2).requires_grad, torch.is_grad_enabled())
print(torch.is_grad_enabled())


@torch.no_grad()
def evaluate(t):
    return t * 3


print(evaluate(p).requires_grad)
with torch.inference_mode():
    inf = p * 4
print(inf.requires_grad, inf)

# detach shares storage; in-place changes are caught by the version counter
e = p.exp()
d = e.detach()
d.zero_()
print(e, d, e._version)
try:
    e.sum().backward()
    print("backward ran", p.grad)
except RuntimeError as err:
    print(type(err).__name__, str(err).split(";")[0])
f = p.sigmoid()
g = f * 2
f.add_(1)
try:
    g.sum().backward()
except RuntimeError as err:
    print(type(err).__name__, str(err).split("; ")[0])
leaf = torch.zeros(2, requires_grad=True)
try:
    leaf.add_(1)
except RuntimeError as err:
    print(type(err).__name__, err)
try:
    leaf.numpy()
except RuntimeError as err:
    print(type(err).__name__, err)

# what a node saved for backward, and the leaf behind an AccumulateGrad node
sq = w.pow(2)
print(w.equal(sq.grad_fn._saved_self), w is sq.grad_fn._saved_self, sq.grad_fn._saved_exponent)
leaf_node = acc.next_functions[0][0]
print(type(leaf_node).__name__, leaf_node.variable is w, leaf_node.variable.shape)

# module backward hooks see the gradients w.r.t. the module's inputs and outputs
lin = nn.Linear(2, 2)
with torch.no_grad():
    lin.weight.copy_(torch.tensor([[1.0, -1.0], [0.5, 2.0]]))
    lin.bias.zero_()
grads = []
bh = lin.register_full_backward_hook(lambda m, gin, gout: grads.append((gin[0], gout[0])))
xin = torch.tensor([[1.0, 2.0]], requires_grad=True)
(lin(xin) ** 2).sum().backward()
print(grads)
print(xin.grad)
bh.remove()
