# compare: rtol=1e-4 atol=1e-6
# Total-variation denoising of a synthetic 320x320 grayscale image (102,400 pixels, float32): the
# image is built from elementwise math on a broadcast grid, normalised, corrupted by a deterministic
# "noise" pattern, then restored two ways: hand-written gradient descent with in-place updates under
# no_grad, and Adam on a sigmoid-parameterised image with a Charbonnier (sqrt) TV term.
import math

import torch

H, W = 320, 320
ys = torch.linspace(-1.0, 1.0, H).view(H, 1)
xs = torch.linspace(-1.0, 1.0, W).view(1, W)
r2 = xs * xs + ys * ys
disc = torch.where(r2 < 0.35, torch.ones_like(r2), torch.zeros_like(r2))
ramp = 0.5 + 0.5 * torch.tanh(6.0 * (xs - 0.3 * ys))
clean = (0.6 * disc + 0.3 * ramp + 0.1 * torch.exp(-8.0 * r2)).clamp(0.0, 1.0)
print("clean", tuple(clean.shape), clean.dtype, f"mean {clean.mean().item():.6f}  std {clean.std().item():.6f}")

pattern = torch.sin(97.0 * xs + 13.0 * ys) * torch.cos(71.0 * ys - 29.0 * xs * ys)
noise = 0.15 * pattern + 0.05 * torch.sign(torch.sin(211.0 * xs * ys + 3.0))
noisy = (clean + noise).clamp(0.0, 1.0)


def psnr(img):
    mse = ((img - clean) ** 2).mean()
    return (10.0 * torch.log10(1.0 / mse)).item()


print(f"noisy  psnr {psnr(noisy):.4f} dB  min {noisy.min().item():.4f}  max {noisy.max().item():.4f}")

# per-image normalisation, then back: the kind of preprocessing every pipeline does
mu, sigma = noisy.mean(), noisy.std()
normed = (noisy - mu) / (sigma + 1e-6)
print(f"normalised mean {normed.mean().item():.6f}  std {normed.std().item():.6f}  "
      f"|x|>2: {(normed.abs() > 2).sum().item()}")
restored = normed * sigma + mu
print(f"round trip max err {(restored - noisy).abs().max().item():.3e}")


def tv_aniso(u):
    dx = u[:, 1:] - u[:, :-1]
    dy = u[1:, :] - u[:-1, :]
    return dx.abs().sum() + dy.abs().sum()


def tv_charbonnier(u, eps=0.05):
    dx = u[:-1, 1:] - u[:-1, :-1]
    dy = u[1:, :-1] - u[:-1, :-1]
    return torch.sqrt(dx * dx + dy * dy + eps * eps).sum()


print(f"tv clean {tv_aniso(clean).item():.3f}  tv noisy {tv_aniso(noisy).item():.3f}")

# 1) hand-written gradient descent on the pixels
u = noisy.clone().requires_grad_(True)
lam, lr = 0.04, 0.1
for step in range(40):
    fidelity = 0.5 * ((u - noisy) ** 2).sum()
    loss = fidelity + lam * tv_charbonnier(u)
    loss.backward()
    with torch.no_grad():
        gnorm = u.grad.pow(2).sum().sqrt()
        u -= lr * u.grad
        u.clamp_(0.0, 1.0)
    u.grad.zero_()
    if step % 8 == 0 or step == 39:
        print(f"gd   step {step:2d}  loss {loss.item():.4f}  fidelity {fidelity.item():.4f}  "
              f"|grad| {gnorm.item():.4f}  psnr {psnr(u.detach()):.4f}")

print("gd corner pixels", [round(v, 4) for v in u.detach()[0, :4].tolist()])
print("gd centre pixels", [round(v, 4) for v in u.detach()[H // 2, W // 2 - 2:W // 2 + 2].tolist()])

# 2) Adam on logits: the image is sigmoid(p), so it stays in (0, 1) without clamping
p = torch.log(noisy.clamp(0.02, 0.98) / (1 - noisy.clamp(0.02, 0.98))).requires_grad_(True)
opt = torch.optim.Adam([p], lr=0.05)
for step in range(30):
    opt.zero_grad()
    img = torch.sigmoid(p)
    resid = img - noisy
    huber = torch.where(resid.abs() < 0.1, 0.5 * resid * resid, 0.1 * (resid.abs() - 0.05))
    loss = huber.mean() + 2e-5 * tv_charbonnier(img) + 1e-4 * (p * p).mean()
    loss.backward()
    opt.step()
    if step % 6 == 0 or step == 29:
        print(f"adam step {step:2d}  loss {loss.item():.6f}  psnr {psnr(img.detach()):.4f}  "
              f"|p.grad| {p.grad.norm().item():.6e}")

with torch.no_grad():
    final = torch.sigmoid(p)
    edges = torch.sqrt((final[1:, 1:] - final[:-1, 1:]) ** 2 + (final[1:, 1:] - final[1:, :-1]) ** 2)
    print(f"final psnr {psnr(final):.4f}  edge energy {edges.sum().item():.3f}  "
          f"strong edges {(edges > 0.1).sum().item()}")
    hist = [((final >= k / 5) & (final < (k + 1) / 5)).sum().item() for k in range(5)]
    print("histogram", hist)
    print("row 160 every 40th", [round(v, 4) for v in final[160, ::40].tolist()])
    print("gamma-corrected mean", f"{final.pow(1 / 2.2).mean().item():.6f}",
          "log-contrast", f"{torch.log1p(final * 10).std().item():.6f}")
    # 8-bit export: totals accumulated in float64 (dtype=) must equal summing a float64 copy
    img8 = final * 255.0
    total64 = img8.sum(dtype=torch.float64)
    print(f"8-bit total {total64.item():.3f}  {total64.dtype}  "
          f"vs float64 copy: {(total64 - img8.double().sum()).item():.3f}  "
          f"mean(dtype=float64) {img8.mean(dtype=torch.float64).item():.7f}")
print("sqrt(2) check", f"{math.sqrt(2):.6f}")
