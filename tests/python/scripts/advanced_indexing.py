"""Boolean masks and index tensors: selecting, assigning and their gradients."""
import torch

x = torch.tensor([[1.0, -2.0, 3.0], [-4.0, 5.0, -6.0]], requires_grad=True)
pos = x[x > 0]
print(pos)
pos.sum().backward()
print(x.grad)

# a hand-written ReLU backward: zero the gradient where the input was negative
grad_output = torch.ones(2, 3)
grad_input = grad_output.clone()
grad_input[x.detach() < 0] = 0
print(grad_input)

rows = torch.tensor([1, 0, 1])
print(x[rows])
print(x[[0, 1], [2, 0]])
features = torch.arange(12.0).reshape(4, 3)
batch_indices = torch.tensor([3, 1])
print(features[batch_indices])

c = torch.zeros(4)
b = torch.tensor([1.0, 2.0, 3.0, 4.0])
c[[1, 2]] = b[[1, 1]]
print(c)
