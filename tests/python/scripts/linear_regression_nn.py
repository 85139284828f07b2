"""Linear regression with nn.Linear, MSELoss and SGD."""
import torch
import torch.nn as nn
import torch.optim as optim

x = torch.arange(0.0, 3.0, 0.1).reshape(-1, 1)
y = 1.5 * x + 0.3 + 0.02 * torch.cos(11.0 * x)

model = nn.Linear(1, 1)
with torch.no_grad():
    model.weight.fill_(0.25)
    model.bias.fill_(-0.1)
print(model)
print(list(model.parameters()))

criterion = nn.MSELoss()
optimizer = optim.SGD(model.parameters(), lr=0.05, momentum=0.9)

for epoch in range(120):
    optimizer.zero_grad()
    loss = criterion(model(x), y)
    loss.backward()
    optimizer.step()
    if (epoch + 1) % 20 == 0:
        print("Epoch [{}/120], Loss: {:.6f}".format(epoch + 1, loss.item()))

w, b = model.weight.item(), model.bias.item()
print("learned: w = %.4f, b = %.4f" % (w, b))
model.eval()
with torch.no_grad():
    print(model(torch.tensor([[4.0], [5.0]])))
print(model.state_dict())
