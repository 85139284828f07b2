"""Causal multi-head self-attention written with einsum, as many blog posts write it: a tril mask,
masked_fill with -inf, softmax, einsum for the scores and the weighted values, then a gradient check
of the input against torch.autograd.grad and a few SGD steps on a copy task."""
# compare: rtol=1e-4 atol=1e-6
import math

import torch

torch.manual_seed(7)
B, T, H, D = 2, 5, 2, 4
C = H * D
Wq, Wk, Wv, Wo = (torch.randn(C, C) / math.sqrt(C) for _ in range(4))
for w in (Wq, Wk, Wv, Wo):
    w.requires_grad_(True)
x = torch.randn(B, T, C, requires_grad=True)
mask = torch.tril(torch.ones(T, T, dtype=torch.bool))


def attend(x):
    q = torch.einsum("btc,cd->btd", x, Wq).view(B, T, H, D)
    k = torch.einsum("btc,cd->btd", x, Wk).view(B, T, H, D)
    v = torch.einsum("btc,cd->btd", x, Wv).view(B, T, H, D)
    scores = torch.einsum("bqhd,bkhd->bhqk", q, k) / math.sqrt(D)
    scores = scores.masked_fill(~mask, float("-inf"))
    att = scores.softmax(dim=-1)
    out = torch.einsum("bhqk,bkhd->bqhd", att, v).reshape(B, T, C)
    return out @ Wo, att


y, att = attend(x)
print("attention row sums:", [round(v, 6) for v in att.sum(-1)[0, 0].tolist()])
print("first query attends only to itself:", bool((att[:, :, 0, 1:] == 0).all()))
print("output norm %.6f" % y.norm().item())
g, = torch.autograd.grad(y.pow(2).sum(), x, retain_graph=True)
print("input grad norm %.6f" % g.norm().item())
print("future tokens do not affect the past:", bool(torch.autograd.grad(y[:, 0].sum(), x)[0][:, 1:].abs().sum() == 0))

target = x.detach().roll(1, dims=1)
opt = torch.optim.SGD([Wq, Wk, Wv, Wo], lr=0.05)
for step in range(30):
    opt.zero_grad()
    loss = ((attend(x.detach())[0] - target) ** 2).mean()
    loss.backward()
    opt.step()
    if step % 10 == 9:
        print("step %d loss %.6f" % (step, loss.item()))
print("trace of Wo^T Wo: %.5f" % torch.einsum("ij,ij->", Wo, Wo).item())
