"""A single pre-norm self-attention block with a causal mask and a GELU feed-forward."""
import math

import torch
import torch.nn as nn
import torch.nn.functional as F


class Block(nn.Module):
    def __init__(self, d=8, heads=2):
        super().__init__()
        self.h, self.dk = heads, d // heads
        self.ln1, self.ln2 = nn.LayerNorm(d), nn.LayerNorm(d)
        self.qkv = nn.Linear(d, 3 * d)
        self.proj = nn.Linear(d, d)
        self.ff = nn.Sequential(nn.Linear(d, 4 * d), nn.GELU(), nn.Linear(4 * d, d))

    def forward(self, x):
        B, T, D = x.shape
        q, k, v = self.qkv(self.ln1(x)).split(D, dim=2)
        q = q.view(B, T, self.h, self.dk).transpose(1, 2)
        k = k.view(B, T, self.h, self.dk).transpose(1, 2)
        v = v.view(B, T, self.h, self.dk).transpose(1, 2)
        att = q @ k.transpose(-2, -1) / math.sqrt(self.dk)
        mask = torch.arange(T).unsqueeze(0) > torch.arange(T).unsqueeze(1)   # above the diagonal
        att = att.masked_fill(mask, float("-inf")).softmax(dim=-1)
        y = (att @ v).transpose(1, 2).reshape(B, T, D)
        x = x + self.proj(y)
        return x + self.ff(self.ln2(x))


block = Block()
with torch.no_grad():
    for i, p in enumerate(block.parameters()):
        p.copy_(0.2 * torch.sin(torch.arange(p.numel(), dtype=torch.float32) * 0.31 + i).reshape(p.shape))
x = torch.sin(torch.arange(2 * 5 * 8, dtype=torch.float32) * 0.1).reshape(2, 5, 8)
out = block(x)
print(out.shape)
print(out[0, :2])
loss = out.pow(2).mean()
loss.backward()
print("loss %.6f" % loss.item())
print(block.qkv.weight.grad.abs().sum().item() > 0, "%.6f" % block.ff[0].bias.grad.norm().item())
