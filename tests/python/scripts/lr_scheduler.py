"""Learning-rate schedules driving a small regression."""
import torch

x = torch.arange(10, dtype=torch.float32).reshape(-1, 1) / 10
y = 2 * x + 1

for sched_name in ("step", "cosine"):
    model = torch.nn.Linear(1, 1)
    with torch.no_grad():
        model.weight.fill_(0.0)
        model.bias.fill_(0.0)
    opt = torch.optim.SGD(model.parameters(), lr=0.5)
    if sched_name == "step":
        sched = torch.optim.lr_scheduler.StepLR(opt, step_size=5, gamma=0.5)
    else:
        sched = torch.optim.lr_scheduler.CosineAnnealingLR(opt, T_max=20)
    for epoch in range(20):
        opt.zero_grad()
        loss = torch.nn.functional.mse_loss(model(x), y)
        loss.backward()
        opt.step()
        sched.step()
        if epoch % 4 == 0:
            print(sched_name, epoch, "lr=%.5f" % opt.param_groups[0]["lr"], "loss=%.6f" % loss.item())
    print(sched_name, "last lr", ["%.6f" % lr for lr in sched.get_last_lr()])
