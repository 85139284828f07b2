""""What is torch.nn really?" on a two-class problem: logistic regression written by hand, then
refactored step by step into F.cross_entropy, nn.Module + nn.Parameter, nn.Linear, optim.SGD,
TensorDataset + DataLoader, and a validation loop under no_grad with train()/eval()."""
import math

import torch
import torch.nn.functional as F
from torch import nn, optim
from torch.utils.data import DataLoader, TensorDataset

# synthetic data: two interleaved clouds, labels from a fixed rule
n = 96
i = torch.arange(n, dtype=torch.float32)
x_all = torch.stack([torch.sin(i * 0.7) * 2 + 0.3 * torch.cos(i * 1.3), torch.cos(i * 0.45) * 1.5], dim=1)
y_all = ((x_all[:, 0] + 0.8 * x_all[:, 1] + 0.2 * torch.sin(i)) > 0).long()
x_train, y_train = x_all[:64], y_all[:64]
x_valid, y_valid = x_all[64:], y_all[64:]
print(x_train.shape, y_train.shape, y_train[:10], y_train.sum().item(), y_valid.sum().item())
bs, lr, epochs = 16, 0.5, 4

# 1. from scratch: plain tensors, our own log_softmax and negative log-likelihood
weights = torch.cos(torch.arange(4, dtype=torch.float32)).reshape(2, 2) / math.sqrt(2)
weights.requires_grad_()
bias = torch.zeros(2, requires_grad=True)


def log_softmax(x):
    return x - x.exp().sum(-1).log().unsqueeze(-1)


def model(xb):
    return log_softmax(xb @ weights + bias)


def nll(input, target):
    return -input[range(target.shape[0]), target].mean()


def accuracy(out, yb):
    preds = torch.argmax(out, dim=1)
    return (preds == yb).float().mean()


loss_func = nll
preds = model(x_train[:bs])
print(preds[0], preds.shape)
print(loss_func(preds, y_train[:bs]), accuracy(preds, y_train[:bs]))
for epoch in range(epochs):
    for k in range((n - 32 - 1) // bs + 1):
        xb, yb = x_train[k * bs:(k + 1) * bs], y_train[k * bs:(k + 1) * bs]
        loss = loss_func(model(xb), yb)
        loss.backward()
        with torch.no_grad():
            weights -= weights.grad * lr
            bias -= bias.grad * lr
            weights.grad.zero_()
            bias.grad.zero_()
    print("scratch epoch", epoch, loss_func(model(x_train), y_train).item(), accuracy(model(x_train), y_train).item())
manual = (weights.detach().clone(), bias.detach().clone())

# 2. F.cross_entropy replaces log_softmax + nll
loss_func = F.cross_entropy
print("same loss:", loss_func(x_train @ weights + bias, y_train).item(), nll(model(x_train), y_train).item())


# 3. nn.Module with nn.Parameter, then nn.Linear
class LogisticParams(nn.Module):
    def __init__(self):
        super().__init__()
        self.weights = nn.Parameter(torch.cos(torch.arange(4, dtype=torch.float32)).reshape(2, 2) / math.sqrt(2))
        self.bias = nn.Parameter(torch.zeros(2))

    def forward(self, xb):
        return xb @ self.weights + self.bias


class LogisticLinear(nn.Module):
    def __init__(self):
        super().__init__()
        self.lin = nn.Linear(2, 2)
        with torch.no_grad():
            self.lin.weight.copy_(torch.cos(torch.arange(4, dtype=torch.float32)).reshape(2, 2).t() / math.sqrt(2))
            self.lin.bias.zero_()

    def forward(self, xb):
        return self.lin(xb)


def fit_manual(model):
    for epoch in range(epochs):
        for k in range((n - 32 - 1) // bs + 1):
            xb, yb = x_train[k * bs:(k + 1) * bs], y_train[k * bs:(k + 1) * bs]
            loss = loss_func(model(xb), yb)
            loss.backward()
            with torch.no_grad():
                for p in model.parameters():
                    p -= p.grad * lr
                model.zero_grad()
    return loss_func(model(x_train), y_train).item()


m1 = LogisticParams()
print(m1, [name for name, _ in m1.named_parameters()])
print("module+parameter", fit_manual(m1), torch.allclose(m1.weights, manual[0]), torch.allclose(m1.bias, manual[1]))
m2 = LogisticLinear()
print(m2)
print("nn.Linear", fit_manual(m2), torch.allclose(m2.lin.weight.t(), manual[0]))


# 4. optim.SGD, TensorDataset, DataLoader, validation
def get_model():
    model = LogisticLinear()
    return model, optim.SGD(model.parameters(), lr=lr)


def loss_batch(model, loss_func, xb, yb, opt=None):
    loss = loss_func(model(xb), yb)
    if opt is not None:
        loss.backward()
        opt.step()
        opt.zero_grad()
    return loss.item(), len(xb)


train_ds = TensorDataset(x_train, y_train)
valid_ds = TensorDataset(x_valid, y_valid)
print(len(train_ds), train_ds[0], len(valid_ds))
train_dl = DataLoader(train_ds, batch_size=bs, shuffle=False)
valid_dl = DataLoader(valid_ds, batch_size=bs * 2)
model, opt = get_model()
print(opt)
for epoch in range(epochs):
    model.train()
    for xb, yb in train_dl:
        loss_batch(model, loss_func, xb, yb, opt)
    model.eval()
    with torch.no_grad():
        losses, nums = zip(*[loss_batch(model, loss_func, xb, yb) for xb, yb in valid_dl])
    val_loss = sum(l * k for l, k in zip(losses, nums)) / sum(nums)
    print(epoch, "valid loss %.6f" % val_loss, nums, model.training)
print(torch.allclose(model.lin.weight.t(), manual[0]), model.lin.weight, model.lin.bias)
print("valid accuracy", accuracy(model(x_valid), y_valid))

# 5. nn.Sequential with a Lambda-like module and a deeper model
class Lambda(nn.Module):
    def __init__(self, func):
        super().__init__()
        self.func = func

    def forward(self, x):
        return self.func(x)


deep = nn.Sequential(Lambda(lambda x: x.view(-1, 2)), nn.Linear(2, 8), nn.ReLU(), nn.Linear(8, 2))
with torch.no_grad():
    for j, p in enumerate(deep.parameters()):
        p.copy_(0.5 * torch.sin(torch.arange(p.numel(), dtype=torch.float32) * 0.9 + j).reshape(p.shape))
print(deep)
opt = optim.SGD(deep.parameters(), lr=0.2, momentum=0.9)
for epoch in range(15):
    deep.train()
    for xb, yb in train_dl:
        loss_batch(deep, loss_func, xb, yb, opt)
    deep.eval()
    with torch.no_grad():
        v = loss_func(deep(x_valid), y_valid)
    if epoch % 3 == 2:
        print("deep epoch %2d valid %.5f acc %.4f" % (epoch, v.item(), accuracy(deep(x_valid), y_valid).item()))
