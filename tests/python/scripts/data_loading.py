"""Datasets and DataLoaders feeding a training loop."""
import torch
from torch.utils.data import DataLoader, Dataset, TensorDataset


class Squares(Dataset):
    """x -> (x, x^2) for x in a fixed grid, with a label telling whether x is positive."""

    def __init__(self, n):
        self.x = torch.arange(n, dtype=torch.float32) / n * 4 - 2

    def __len__(self):
        return len(self.x)

    def __getitem__(self, i):
        x = self.x[i]
        return {"input": torch.stack([x, x * x]), "label": int(x > 0), "name": "sample%d" % i}


ds = Squares(10)
print(len(ds), ds[3])
loader = DataLoader(ds, batch_size=4)
for batch in loader:
    print(batch["input"].shape, batch["label"], batch["name"])

features = torch.arange(40, dtype=torch.float32).reshape(20, 2) / 20
targets = (features[:, 0] * 2 - features[:, 1] * 0.5 + 0.1).reshape(-1, 1)
train = TensorDataset(features, targets)
loader = DataLoader(train, batch_size=6, shuffle=False, drop_last=True)
print("batches per epoch", len(loader))

model = torch.nn.Linear(2, 1)
with torch.no_grad():
    model.weight.zero_()
    model.bias.zero_()
opt = torch.optim.SGD(model.parameters(), lr=0.5)
for epoch in range(30):
    total = 0.0
    for xb, yb in loader:
        opt.zero_grad()
        loss = torch.nn.functional.mse_loss(model(xb), yb)
        loss.backward()
        opt.step()
        total += loss.item() * len(xb)
    if epoch % 10 == 0:
        print("epoch %d mean loss %.6f" % (epoch, total / (len(loader) * 6)))
print(model.weight.data, model.bias.data)

# tuples of numbers collate into tensors
pairs = [(i, float(i) / 2) for i in range(5)]
for a, b in DataLoader(pairs, batch_size=2):
    print(a, b)
