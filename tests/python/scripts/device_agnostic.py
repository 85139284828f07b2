"""Device-agnostic training code as many scripts write it (runs on the CPU here)."""
import torch
import torch.nn as nn

torch.backends.cudnn.benchmark = True
torch.backends.cudnn.deterministic = True
if torch.cuda.is_available():
    device = torch.device("cuda")
elif torch.backends.mps.is_available():
    device = torch.device("mps")
else:
    device = torch.device("cpu")
print("Using device:", device, "| CUDA devices:", torch.cuda.device_count())
torch.set_num_threads(2)
print("threads:", torch.get_num_threads())

model = nn.Sequential(nn.Linear(3, 5), nn.Sigmoid(), nn.Linear(5, 1)).to(device)
with torch.no_grad():
    for i, p in enumerate(model.parameters()):
        p.copy_(torch.sin(torch.arange(p.numel(), dtype=torch.float32) * 0.3 + i).reshape(p.shape))
x = (torch.arange(15, dtype=torch.float32).reshape(5, 3) / 10).to(device)
y = x.sum(dim=1, keepdim=True).cpu().to(device)
print(x.device, next(model.parameters()).device, x.is_cuda)

opt = torch.optim.Adam(model.parameters(), lr=0.05)
for epoch in range(30):
    opt.zero_grad()
    loss = nn.functional.mse_loss(model(x), y)
    loss.backward()
    opt.step()
print("loss %.6f" % loss.item())
print(model(x).detach().cpu().numpy().round(4).tolist())

model = model.to(torch.float64)
print(next(model.parameters()).dtype, model(x.double()).dtype)
print(x.to("cpu", torch.float64).dtype, x.to(torch.zeros(1, dtype=torch.int64)).dtype)
try:
    x.cuda()
except (AssertionError, RuntimeError) as e:
    print(type(e).__name__, e)
