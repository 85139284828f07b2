"""Feature engineering for a toy signal classifier, the way a preprocessing tutorial writes it: phases
wrapped with remainder/fmod (and %), magnitudes with hypot, missing readings handled with nan_to_num
and nansum, per-feature clamping with tensor bounds, asinh/exp2 scaling, a sinc interpolation kernel,
then a small MobileNet-style MLP (Hardswish, a Hardsigmoid squeeze-excitation gate, CELU) trained with
a LogSigmoid binary log-likelihood."""
import math

import torch
import torch.nn as nn
import torch.nn.functional as F

# 1. A 2-D signal on a time grid: magnitude and wrapped phase.
t = torch.linspace(0, 4 * math.pi, 48, dtype=torch.float64)
x = torch.cos(t) * (1 + 0.1 * t)
y = torch.sin(1.5 * t) * 0.8
mag = torch.hypot(x, y)
phase = torch.atan2(y, x)
wrapped = torch.remainder(phase + 1.5 * math.pi, 2 * math.pi)
print("magnitude:", [round(v, 5) for v in mag[:6].tolist()])
print("phase in [0, 2pi):", [round(v, 5) for v in wrapped[:6].tolist()], bool(((wrapped >= 0) & (wrapped < 2 * math.pi)).all()))
print("fmod(-t, 2):     ", [round(v, 5) for v in torch.fmod(-t[:5], 2.0).tolist()])
print("remainder(-t, 2):", [round(v, 5) for v in torch.remainder(-t[:5], 2.0).tolist()])
print("-t % 2 == remainder:", torch.equal(-t % 2.0, torch.remainder(-t, 2.0)))

# Integer bucketing: Python-style modulo vs C-style fmod on int64.
idx = torch.arange(-7, 8)
print("idx % 4     :", (idx % 4).tolist())
print("fmod(idx, 4):", torch.fmod(idx, 4).tolist())
print("hour of day :", (torch.arange(0, 100, 13) % 24).tolist(), (torch.arange(0, 100, 13) % 24).dtype)

# 2. Missing and saturated readings.
readings = torch.stack([x, y, mag], dim=1)
bad = readings.clone()
bad[torch.arange(48) % 7 == 3, 1] = float("nan")
bad[torch.arange(48) % 11 == 5, 2] = float("inf")
print("nan / inf readings:", int(torch.isnan(bad).sum()), int(torch.isinf(bad).sum()))
present = (~torch.isnan(bad)).sum(0)
col_mean = torch.nansum(bad.nan_to_num(posinf=0.0, nan=float("nan")), dim=0) / present
print("nan-aware column means:", [round(v, 5) for v in col_mean.tolist()])
print("nansum of all readings (inf kept):", torch.nansum(bad).item())
clean = torch.nan_to_num(bad, nan=0.0, posinf=3.0)
print("cleaned max per column:", [round(v, 5) for v in clean.max(0).values.tolist()])
lo = col_mean - 1.5 * clean.std(0)
hi = col_mean + 1.5 * clean.std(0)
clipped = torch.clamp(clean, lo, hi)
print("clipped to mean +- 1.5 std:", [round(v, 5) for v in clipped.min(0).values.tolist()], [round(v, 5) for v in clipped.max(0).values.tolist()])
clean.clamp_(min=lo)
print("clamp_ (min only) changed", int((clean != torch.nan_to_num(bad, nan=0.0, posinf=3.0)).sum()), "values")

# 3. Scalings: asinh (a signed log), exp2 octave weights, frac of positions, softsign / tanhshrink squashes.
scaled = torch.asinh(clipped * 10) / 3
octaves = torch.exp2(-torch.arange(4, dtype=torch.float64))
print("asinh-scaled row 0:", [round(v, 5) for v in scaled[0].tolist()], "octave weights:", octaves.tolist())
pos = t / (2 * math.pi) * 3
print("frac of positions:", [round(v, 5) for v in torch.frac(pos[::9]).tolist()])
print("softsign / tanhshrink:", [round(v, 5) for v in F.softsign(x[:4]).tolist()], [round(v, 5) for v in F.tanhshrink(x[:4]).tolist()])
print("acosh / atanh round trip:", torch.allclose(torch.cosh(torch.acosh(mag + 1)), mag + 1),
      torch.allclose(torch.tanh(torch.atanh(torch.tanh(x))), torch.tanh(x)))

# 4. Sinc interpolation: 8 samples upsampled 4x.
n = torch.arange(8, dtype=torch.float64)
samples = torch.cos(n * 0.7)
fine = torch.linspace(0, 7, 29, dtype=torch.float64)
kernel = torch.sinc(fine[:, None] - n[None, :])
up = kernel @ samples
print("sinc kernel at the samples is the identity:", torch.allclose(kernel[::4], torch.eye(8, dtype=torch.float64)))
print("upsampled:", [round(v, 5) for v in up[1:8].tolist()])


# 5. A small MobileNet-style classifier on the features.
class SEBlock(nn.Module):
    def __init__(self, width):
        super().__init__()
        self.fc = nn.Linear(width, width)
        self.act = nn.Hardswish()
        self.gate = nn.Hardsigmoid()

    def forward(self, h):
        h = self.act(h)
        return h * self.gate(self.fc(h))


model = nn.Sequential(nn.Linear(6, 12), SEBlock(12), nn.CELU(alpha=0.5), nn.Linear(12, 1))
print(model)
with torch.no_grad():
    for i, p in enumerate(model.parameters()):
        p.copy_(0.4 * torch.sin(torch.arange(p.numel(), dtype=torch.float32) * 1.7 + i).reshape(p.shape))

features = torch.cat([scaled, F.softsign(clipped), torch.remainder(wrapped, math.pi)[:, None] / math.pi,
                      torch.sinc(x)[:, None], torch.exp2(-mag)[:, None]], dim=1)[:, :6].float()
labels = (x > 0).float()[:, None]
opt = torch.optim.SGD(model.parameters(), lr=0.1, momentum=0.5)
for step in range(81):
    opt.zero_grad()
    logits = model(features)
    loss = -(labels * F.logsigmoid(logits) + (1 - labels) * F.logsigmoid(-logits)).mean()
    loss.backward()
    if step % 20 == 0:
        acc = ((logits > 0).float() == labels).float().mean().item()
        print("step %2d  loss %.5f  acc %.3f  |grad| %.5f" % (step, loss.item(), acc, model[0].weight.grad.norm().item()))
    opt.step()
print("loss node:", loss.grad_fn.name(), "| logsigmoid node:", F.logsigmoid(logits).grad_fn.name())
print("gate node:", model[1].gate(model[1].fc(model[0](features))).grad_fn.name())
print("LogSigmoid is stable:", F.logsigmoid(torch.tensor([-1000.0, 0.0, 1000.0])).tolist())
