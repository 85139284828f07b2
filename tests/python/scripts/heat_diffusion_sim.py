# A 2-D heat/reaction-diffusion simulation on a 300x300 grid (float64 and float32), written the way
# simulation code usually is: explicit Euler steps that update interior slices in place, boundary
# conditions by slice assignment, copy_ between buffers, where/clamp_ for sources and limits,
# snapshots with clone() and .numpy(); then a differentiable version that backpropagates the final
# energy through 20 steps to the initial condition and to a per-cell diffusivity field.
import numpy as np
import torch

n = 300
lin = torch.linspace(0.0, 1.0, n, dtype=torch.float64)
X, Y = lin.view(n, 1), lin.view(1, n)
u = torch.exp(-60.0 * ((X - 0.35) ** 2 + (Y - 0.6) ** 2)) + 0.5 * torch.exp(-90.0 * ((X - 0.7) ** 2 + (Y - 0.3) ** 2))
u = u.contiguous()
kappa = 0.2 + 0.1 * torch.sin(6.0 * X) * torch.cos(4.0 * Y)     # (n, n) diffusivity
heater = torch.where((X - 0.5) ** 2 + (Y - 0.5) ** 2 < 0.01, 1.0, 0.0)
print(f"initial heat {u.sum().item():.8f}  peak {u.max().item():.8f}  heater cells {int(heater.sum().item())}")

dt = 0.2
nxt = torch.empty_like(u)
snapshots = []
for step in range(60):
    lap = u[:-2, 1:-1] + u[2:, 1:-1] + u[1:-1, :-2] + u[1:-1, 2:] - 4.0 * u[1:-1, 1:-1]
    nxt.copy_(u)
    nxt[1:-1, 1:-1] += dt * kappa[1:-1, 1:-1] * lap
    nxt += 0.01 * heater * torch.exp(-u)                 # a source that saturates
    nxt[0, :] = 0.0                                       # cold walls
    nxt[-1, :] = 0.0
    nxt[:, 0] = nxt[:, 1]                                 # insulated sides
    nxt[:, -1] = nxt[:, -2]
    nxt.clamp_(max=1.5)
    u, nxt = nxt, u
    if step % 15 == 14:
        snapshots.append(u.clone())
        arr = u.numpy()
        print(f"step {step + 1:2d}  heat {u.sum().item():.8f}  peak {u.max().item():.8f}  "
              f"centre {arr[n // 2, n // 2]:.8f}  edge {arr[1, n // 2]:.3e}")

diff = snapshots[-1] - snapshots[0]
print(f"change between first and last snapshot: L1 {diff.abs().sum().item():.6f}  "
      f"max rise {diff.max().item():.8f}  max fall {diff.min().item():.8f}")
hot = (u > 0.25).sum().item()
print(f"cells above 0.25: {hot}  argmax row {u.argmax().item() // n}")

# a float32 reaction-diffusion (Gray-Scott style) with in-place updates of two fields
A = torch.ones(n, n)
B = torch.zeros(n, n)
B[130:170, 130:170] = 0.25 + 0.05 * torch.cos(torch.arange(40.0) * 0.3).view(1, 40)
A[130:170, 130:170] -= 0.5 * B[130:170, 130:170]
feed, kill = 0.037, 0.06
for step in range(40):
    lapA = A.roll(1, 0) + A.roll(-1, 0) + A.roll(1, 1) + A.roll(-1, 1) - 4 * A
    lapB = B.roll(1, 0) + B.roll(-1, 0) + B.roll(1, 1) + B.roll(-1, 1) - 4 * B
    abb = A * B * B
    A += 0.2 * lapA - abb + feed * (1 - A)
    B += 0.1 * lapB + abb - (feed + kill) * B
    if step % 10 == 9:
        print(f"gray-scott {step + 1:2d}  sum A {A.sum().item():.4f}  sum B {B.sum().item():.5f}  "
              f"B[150,150] {B[150, 150].item():.6f}  A[150,131] {A[150, 131].item():.6f}")

# differentiable version: d(final energy)/d(initial state) and d/d(kappa), float64
u0 = snapshots[0].clone().requires_grad_(True)
k = kappa.clone().requires_grad_(True)
v = u0
for step in range(20):
    inner = v[1:-1, 1:-1] + dt * k[1:-1, 1:-1] * (
        v[:-2, 1:-1] + v[2:, 1:-1] + v[1:-1, :-2] + v[1:-1, 2:] - 4.0 * v[1:-1, 1:-1])
    v = torch.nn.functional.pad(inner, (1, 1, 1, 1))
    v = v + 0.01 * heater * torch.exp(-v)
energy = (v * v).sum() + 0.1 * torch.tanh(v).sum()
v.retain_grad()
energy.backward()
print(f"energy {energy.item():.8f}")
print(f"|dE/du0| {u0.grad.norm().item():.8f}  dE/du0 centre {u0.grad[n // 2, n // 2].item():.8f}  "
      f"border {u0.grad[0, :].abs().sum().item():.3e}")
print(f"|dE/dkappa| {k.grad.norm().item():.8f}  sum {k.grad.sum().item():.8f}  "
      f"dE/dv max {v.grad.max().item():.8f}")
