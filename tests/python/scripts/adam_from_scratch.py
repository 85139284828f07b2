"""An optimizer written by hand, as blog posts on Adam do: moment estimates with lerp_/addcmul_,
the update with addcdiv_, bias correction, compared step by step with torch.optim.Adam on the same
problem (a small least-squares fit), plus a gradient-norm clip via amax."""
import math

import torch

torch.manual_seed(0)
X = torch.linspace(-1, 1, 32).unsqueeze(1)
features = torch.cat([X ** 0, X, X ** 2, X ** 3], dim=1)
true_w = torch.tensor([[0.5], [-1.0], [2.0], [0.25]])
y = features @ true_w + 0.01 * torch.sin(7 * X)


class HandAdam:
    def __init__(self, params, lr=1e-2, betas=(0.9, 0.999), eps=1e-8):
        self.params = list(params)
        self.lr, self.betas, self.eps = lr, betas, eps
        self.m = [torch.zeros_like(p) for p in self.params]
        self.v = [torch.zeros_like(p) for p in self.params]
        self.t = 0

    @torch.no_grad()
    def step(self):
        self.t += 1
        b1, b2 = self.betas
        for p, m, v in zip(self.params, self.m, self.v):
            g = p.grad
            m.lerp_(g, 1 - b1)
            v.mul_(b2).addcmul_(g, g, value=1 - b2)
            bias1 = 1 - b1 ** self.t
            bias2 = 1 - b2 ** self.t
            denom = (v.sqrt() / math.sqrt(bias2)).add_(self.eps)
            p.addcdiv_(m, denom, value=-self.lr / bias1)

    def zero_grad(self):
        for p in self.params:
            p.grad = None


w_hand = torch.zeros(4, 1, requires_grad=True)
w_ref = torch.zeros(4, 1, requires_grad=True)
hand = HandAdam([w_hand], lr=0.05)
ref = torch.optim.Adam([w_ref], lr=0.05)
for step in range(1, 201):
    for w, opt in ((w_hand, hand), (w_ref, ref)):
        opt.zero_grad()
        loss = ((features @ w - y) ** 2).mean()
        loss.backward()
        # clip each gradient's largest entry to 1 (the amax-based clip some codebases use)
        with torch.no_grad():
            peak = w.grad.abs().amax()
            if peak > 1:
                w.grad.div_(peak)
        opt.step()
    if step % 50 == 0:
        lh = ((features @ w_hand - y) ** 2).mean().item()
        lr_ = ((features @ w_ref - y) ** 2).mean().item()
        print("step %3d  hand loss %.6f  torch.optim loss %.6f  max |dw| < 1e-5: %s"
              % (step, lh, lr_, (w_hand - w_ref).abs().amax().item() < 1e-5))

print("hand weights:", [round(v, 4) for v in w_hand.detach().flatten().tolist()])
print("allclose to torch.optim.Adam:", torch.allclose(w_hand, w_ref, atol=1e-5))
resid = (features @ w_hand - y).detach().flatten()
print("residual range: %.4f .. %.4f" % (resid.amin().item(), resid.amax().item()))
print("clamped residuals:", [round(v, 4) for v in resid.clamp_min(0)[:6].tolist()])
