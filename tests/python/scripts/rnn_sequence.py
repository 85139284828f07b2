"""Next-value prediction on a sine wave with a GRU, an LSTM and a plain RNN."""
import math

import torch
import torch.nn as nn


def fixed_init(module, scale=0.4):
    with torch.no_grad():
        for i, p in enumerate(module.parameters()):
            p.copy_(scale * torch.sin(torch.arange(p.numel(), dtype=p.dtype) * 0.37 + 0.5 * i).reshape(p.shape))


class Predictor(nn.Module):
    def __init__(self, cell="gru", hidden=6):
        super().__init__()
        rnn_cls = {"gru": nn.GRU, "lstm": nn.LSTM, "rnn": nn.RNN}[cell]
        self.rnn = rnn_cls(input_size=1, hidden_size=hidden, num_layers=2, batch_first=True)
        self.head = nn.Linear(hidden, 1)

    def forward(self, x):
        out, _ = self.rnn(x)
        return self.head(out[:, -1, :])


t = torch.arange(0, 40, dtype=torch.float32) * (2 * math.pi / 20)
wave = torch.sin(t)
window = 8
xs = torch.stack([wave[i:i + window] for i in range(30)]).unsqueeze(-1)   # (30, 8, 1)
ys = torch.stack([wave[i + window] for i in range(30)]).unsqueeze(-1)     # (30, 1)
print(xs.shape, ys.shape)

for cell in ("gru", "lstm", "rnn"):
    model = Predictor(cell)
    fixed_init(model)
    opt = torch.optim.Adam(model.parameters(), lr=0.01)
    for step in range(40):
        opt.zero_grad()
        loss = nn.functional.mse_loss(model(xs), ys)
        loss.backward()
        opt.step()
        if step % 10 == 0:
            print(cell, step, "%.5f" % loss.item())
    print(cell, "final %.5f" % loss.item())

lstm = nn.LSTM(2, 3)
fixed_init(lstm)
seq = torch.stack([torch.sin(torch.arange(5.0)), torch.cos(torch.arange(5.0))], dim=1).unsqueeze(1)
out, (h, c) = lstm(seq)
print(out.shape, h.shape, c.shape)
print(h)
print([name for name, _ in lstm.named_parameters()])
