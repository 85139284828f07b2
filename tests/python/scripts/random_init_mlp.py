# compare: structure
"""A typical first script: seeded default initialisation and random data. Its numbers depend on the
random generator (NativeGrad's is not yet PyTorch's), so only the structure of the output is compared."""
import torch
import torch.nn as nn

torch.manual_seed(0)
model = nn.Sequential(nn.Linear(4, 16), nn.ReLU(), nn.Linear(16, 3))
x = torch.randn(32, 4)
y = torch.randint(0, 3, (32,))
print(model)
print(x.shape, y.shape, y.dtype)
opt = torch.optim.SGD(model.parameters(), lr=0.1)
loss_fn = nn.CrossEntropyLoss()
for epoch in range(5):
    opt.zero_grad()
    loss = loss_fn(model(x), y)
    loss.backward()
    opt.step()
    print(f"epoch {epoch} loss {loss.item():.4f}")
print(model[0].weight.shape, model[0].weight.grad.shape)
print(torch.rand(2, 2).shape, torch.randn(3).dtype)
