# compare: rtol=1e-4 atol=1e-6
# Regression on 100,000 samples: a float64 basis-function model fitted by hand-written gradient
# descent (in-place updates of scalar tensors under no_grad), the same fit by gradient accumulation
# over slices without zero_grad, a retain_graph double backward, and a float32 "wide layer" with a
# (256, 512) weight and a (1, 512) bias row trained with SGD momentum (nesterov) and weight decay.
import torch

N = 100_000
x = torch.linspace(0.0, 10.0, N, dtype=torch.float64)
y = 2.5 * torch.sin(x) + 0.3 * x - 1.0 + 0.05 * torch.cos(17.0 * x) + 0.02 * torch.sin(123.0 * x)
print(f"data {x.dtype} n={x.numel()}  y mean {y.mean().item():.8f}  y std {y.std().item():.8f}")

params = [torch.zeros((), dtype=torch.float64, requires_grad=True) for _ in range(4)]
a, b, c, d = params
feat_sin, feat_cos = torch.sin(x), torch.cos(x)
lr = 0.02
for epoch in range(60):
    pred = a * feat_sin + b * x / 10.0 + c + d * feat_cos
    loss = ((pred - y) ** 2).mean()
    loss.backward()
    with torch.no_grad():
        for p in params:
            p -= lr * p.grad
            p.grad.zero_()
    if epoch % 10 == 0 or epoch == 59:
        print(f"epoch {epoch:2d}  mse {loss.item():.10f}  a {a.item():.8f}  b {b.item():.8f}  "
              f"c {c.item():.8f}  d {d.item():.8f}")

# The same gradient from slices: four backward calls accumulate into .grad before one step
with torch.no_grad():
    for p in params:
        p.fill_(0.5)
full = ((a * feat_sin + b * x / 10.0 + c + d * feat_cos - y) ** 2).sum() / N
gfull = torch.autograd.grad(full, params)
chunk = N // 4
for k in range(4):
    xs, ys = x[k * chunk:(k + 1) * chunk], y[k * chunk:(k + 1) * chunk]
    part = ((a * torch.sin(xs) + b * xs / 10.0 + c + d * torch.cos(xs) - ys) ** 2).sum() / N
    part.backward()
    print(f"after chunk {k}  a.grad {a.grad.item():.10f}  c.grad {c.grad.item():.10f}")
print("accumulated matches full:", all((p.grad - g).abs().item() < 1e-12 for p, g in zip(params, gfull)))

# retain_graph: two backward calls through the same graph double the gradient
for p in params:
    p.grad = None
r = torch.exp(-((a * feat_sin - y) ** 2) * 0.1).mean()
r.backward(retain_graph=True)
once = a.grad.clone()
r.backward()
print(f"retain_graph  once {once.item():.10f}  twice {a.grad.item():.10f}  ratio {(a.grad / once).item():.6f}")

# A wide float32 layer: features (256 samples x 256 inputs) -> 512 outputs through a (1, 512) bias row
S, I, O = 256, 256, 512
t = torch.arange(S * I, dtype=torch.float32).view(S, I)
inputs = torch.sin(t * 0.013) * torch.cos(t * 0.0021)
true_w = torch.cos(torch.arange(I * O, dtype=torch.float32).view(I, O) * 0.0017) * 0.1
targets = torch.tanh(inputs @ true_w + 0.05)

W = torch.zeros(I, O, requires_grad=True)            # 131,072 parameters
bias = torch.zeros(1, O, requires_grad=True)
opt = torch.optim.SGD([W, bias], lr=0.2, momentum=0.9, nesterov=True, weight_decay=1e-4)
for epoch in range(25):
    opt.zero_grad()
    out = torch.tanh(inputs @ W + bias)
    err = out - targets
    loss = (err * err).mean() + 1e-3 * W.abs().mean()
    loss.backward()
    opt.step()
    if epoch % 5 == 0 or epoch == 24:
        print(f"wide epoch {epoch:2d}  loss {loss.item():.6f}  |W.grad| {W.grad.norm().item():.6f}  "
              f"bias[0,:3] {[round(v, 5) for v in bias[0, :3].tolist()]}")

with torch.no_grad():
    out = torch.tanh(inputs @ W + bias)
    print(f"final mse {((out - targets) ** 2).mean().item():.6f}  "
          f"|W - true_w| {(W - true_w).norm().item():.5f}  W[0,:3] {[round(v, 5) for v in W[0, :3].tolist()]}")
    state = opt.state[W]["momentum_buffer"]
    print(f"momentum buffer norm {state.norm().item():.6f}  shape {tuple(state.shape)}")
