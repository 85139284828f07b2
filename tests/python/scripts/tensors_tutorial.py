"""The "Tensors" tutorial: creating tensors, their attributes, indexing, joining, in-place operations,
the NumPy bridge, and arithmetic (operators, methods and out=)."""
import numpy as np
import torch

# initializing a tensor: from data, from NumPy, from another tensor
data = [[1, 2], [3, 4]]
x_data = torch.tensor(data)
print(x_data, x_data.dtype)
np_array = np.array(data)
x_np = torch.from_numpy(np_array)
print(x_np, x_np.dtype)
x_ones = torch.ones_like(x_data)
print(f"Ones Tensor: \n {x_ones} \n")
x_rand = torch.rand_like(x_data, dtype=torch.float)
print("Random Tensor shape:", x_rand.shape, x_rand.dtype, bool(((x_rand >= 0) & (x_rand < 1)).all()))
print(torch.zeros_like(x_data, dtype=torch.float64))
print(torch.full_like(x_data, 7), torch.empty_like(x_data).shape)

shape = (2, 3,)
print(torch.rand(shape).shape, torch.ones(shape), torch.zeros(shape))
print(torch.full((2, 2), 3.5), torch.full((3,), 2).dtype, torch.full((1,), True))
print(torch.eye(3), torch.eye(2, 4))
print(torch.arange(5), torch.arange(1, 2.5, 0.5), torch.arange(0, 1, 0.25).dtype)
print(torch.linspace(-1, 1, steps=5), torch.linspace(0, 1, 1), torch.logspace(0, 2, 3))
print(torch.tensor(3.0), torch.tensor([]), torch.tensor([[True, False]]))

# attributes
t = torch.arange(24, dtype=torch.float32).reshape(2, 3, 4)
print(f"Shape of tensor: {t.shape}")
print(f"Datatype of tensor: {t.dtype}")
print(f"Device tensor is stored on: {t.device}")
print(t.ndim, t.dim(), t.numel(), t.nelement(), t.element_size(), t.size(), t.size(1), t.size(-1))
print(t.stride(), t.is_contiguous(), t.requires_grad, t.is_leaf, t.grad)
tt = t.transpose(0, 2)
print(tt.shape, tt.stride(), tt.is_contiguous(), tt.contiguous().stride())
print(torch.zeros(3, dtype=torch.int64).element_size(), torch.zeros(3, dtype=torch.float64).element_size(),
      torch.zeros(3, dtype=torch.bool).element_size())
print(t[0].shape, t[:, 1].shape, t[..., -1], t[1, 2, 3], t[1, 2, 3].item(), type(t[1, 2, 3].item()).__name__)

# standard numpy-like indexing and slicing
tensor = torch.ones(4, 4)
print(f"First row: {tensor[0]}")
print(f"First column: {tensor[:, 0]}")
print(f"Last column: {tensor[..., -1]}")
tensor[:, 1] = 0
print(tensor)

# joining tensors
a = torch.arange(4.0).reshape(2, 2)
b = torch.arange(4.0, 8.0).reshape(2, 2)
print(torch.cat([a, b, a], dim=1))
print(torch.cat((a, b)).shape, torch.stack((a, b)).shape, torch.stack((a, b), dim=2).shape)
print(torch.hstack((a, b)), torch.vstack((a, b)).shape)
print(torch.dstack((a, b)).shape, torch.column_stack((torch.arange(3), torch.arange(3, 6))))
print(torch.hstack((torch.arange(2), torch.arange(3))), torch.vstack((torch.arange(3), torch.arange(3))))

# single-element tensors
agg = tensor.sum()
agg_item = agg.item()
print(agg, agg_item, type(agg_item))
print(torch.tensor([5]).item(), torch.tensor(True).item(), torch.tensor(2.5, dtype=torch.float64).item())

# in-place operations
print(f"{tensor} \n")
tensor.add_(5)
print(tensor)
v = torch.tensor([1.0, 4.0, 9.0])
print(v.sqrt_(), v.mul_(2).sub_(1), v.clamp_(max=3.0), v.zero_())

# bridge with NumPy: the tensor and the array share memory
t = torch.ones(5)
print(f"t: {t}")
n = t.numpy()
print(f"n: {n}")
t.add_(1)
print(f"t: {t}")
print(f"n: {n}")
n = np.ones(5)
t = torch.from_numpy(n)
np.add(n, 1, out=n)
print(f"t: {t}")
print(f"n: {n}")
a = np.arange(4.0)
shared = torch.as_tensor(a)
copied = torch.tensor(a)
shared.mul_(10)
print(a, copied, torch.as_tensor(a, dtype=torch.float32))

# arithmetic: three ways to matrix-multiply, three ways to multiply element-wise
y1 = tensor @ tensor.T
y2 = tensor.matmul(tensor.T)
y3 = torch.rand_like(y1)
torch.matmul(tensor, tensor.T, out=y3)
print(y1, torch.equal(y1, y2), torch.equal(y1, y3))
z1 = tensor * tensor
z2 = tensor.mul(tensor)
z3 = torch.rand_like(tensor)
torch.mul(tensor, tensor, out=z3)
print(torch.equal(z1, z2), torch.equal(z1, z3))
out = torch.empty(3)
r = torch.add(torch.tensor([1.0, 2.0, 3.0]), 10, out=out)
print(out, r is out)
print(torch.ones(2, 2).add(torch.ones(2), alpha=2), torch.sub(torch.ones(2), torch.ones(2), alpha=0.5))
print(torch.arange(-4, 6) % 3, torch.arange(-4, 6) // 3, torch.arange(6.0) % 2.5, 7 % torch.tensor([2, 3, 4]))
print(torch.remainder(torch.tensor([-3.0, 5.5]), 2), torch.fmod(torch.tensor([-3.0, 5.5]), 2),
      torch.floor_divide(torch.tensor([7, -7]), 2))
