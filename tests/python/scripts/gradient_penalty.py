"""A WGAN-GP style gradient penalty: gradients of a critic w.r.t. its input, penalised and backpropagated."""
import torch
import torch.nn as nn

critic = nn.Sequential(nn.Linear(3, 8), nn.Tanh(), nn.Linear(8, 1))
with torch.no_grad():
    for i, p in enumerate(critic.parameters()):
        p.copy_(0.3 * torch.cos(torch.arange(p.numel(), dtype=torch.float64) * 1.1 + i).reshape(p.shape).float())

real = torch.arange(12, dtype=torch.float32).reshape(4, 3) / 6.0 - 1.0
fake = torch.sin(torch.arange(12, dtype=torch.float32)).reshape(4, 3)
alpha = torch.tensor([[0.1], [0.4], [0.6], [0.9]])

interp = (alpha * real + (1 - alpha) * fake).requires_grad_(True)
scores = critic(interp)
grads = torch.autograd.grad(outputs=scores, inputs=interp, grad_outputs=torch.ones_like(scores),
                            create_graph=True, retain_graph=True)[0]
print("grad shape", grads.shape, grads.requires_grad, grads.grad_fn is not None)
norms = grads.norm(2, dim=1)
print("norms", norms)
penalty = ((norms - 1) ** 2).mean()
print("penalty %.6f" % penalty.item())

wasserstein = critic(fake).mean() - critic(real).mean()
loss = wasserstein + 10.0 * penalty
loss.backward()
for name, p in critic.named_parameters():
    print(name, tuple(p.grad.shape), "%.6f" % p.grad.abs().sum().item())

# the input gradient of the penalty itself (a second-order term)
print("interp grad norm %.6f" % interp.grad.norm().item())
