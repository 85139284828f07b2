"""Common losses and gradient clipping in one training step each."""
import torch
import torch.nn as nn

logits = torch.tensor([[2.0, -1.0, 0.5], [0.1, 0.2, 3.0], [-1.0, 2.5, 0.0]], requires_grad=True)
labels = torch.tensor([0, 2, 1])
for name, loss in [("ce", nn.CrossEntropyLoss()(logits, labels)),
                   ("ce smooth", nn.CrossEntropyLoss(label_smoothing=0.1)(logits, labels)),
                   ("ce ignore", nn.CrossEntropyLoss(ignore_index=2)(logits, labels)),
                   ("nll sum", nn.NLLLoss(reduction="sum")(logits.log_softmax(dim=1), labels))]:
    g, = torch.autograd.grad(loss, logits)
    print(name, "%.6f" % loss.item(), g[0])

p = torch.tensor([0.9, 0.2, 0.6], requires_grad=True)
t = torch.tensor([1.0, 0.0, 1.0])
print("bce %.6f" % nn.BCELoss()(p, t).item())
z = torch.tensor([2.0, -1.5, 0.3], requires_grad=True)
print("bce logits %.6f" % nn.BCEWithLogitsLoss()(z, t).item())
print("bce logits pos_weight %.6f" % nn.BCEWithLogitsLoss(pos_weight=torch.tensor([2.0, 1.0, 0.5]))(z, t).item())
print("mse none", nn.MSELoss(reduction="none")(z, t))
print("l1 %.6f" % nn.L1Loss()(z, t).item())

model = nn.Linear(3, 3)
with torch.no_grad():
    model.weight.copy_(torch.arange(9, dtype=torch.float32).reshape(3, 3))
    model.bias.fill_(1.0)
loss = model(torch.tensor([[1.0, 2.0, 3.0]])).pow(2).sum()
loss.backward()
total = nn.utils.clip_grad_norm_(model.parameters(), max_norm=1.0)
print("norm before clipping %.4f" % total.item())
print("norm after %.4f" % torch.cat([p.grad.reshape(-1) for p in model.parameters()]).norm().item())
nn.utils.clip_grad_value_(model.parameters(), 0.05)
print(model.bias.grad)
