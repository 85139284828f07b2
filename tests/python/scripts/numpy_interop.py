"""Moving data between NumPy and tensors."""
import numpy as np
import torch

a = np.arange(6, dtype=np.float32).reshape(2, 3)
t = torch.from_numpy(a)
print(t, t.dtype)
a[0, 0] = 100.0          # shared memory
print(t[0])
t.mul_(2)
print(a[0])

b = torch.tensor(np.array([1.5, 2.5]))    # copies, float64
print(b, b.dtype)
b[0] = -1
c = b.numpy()
print(c, type(c).__name__, c.dtype)

x = torch.ones(3, requires_grad=True)
try:
    x.numpy()
except RuntimeError as e:
    print("RuntimeError:", e)
print(x.detach().numpy())

print(torch.ones(2) * np.array([2.0, 3.0]))
print(np.asarray(torch.arange(4)))
print(torch.as_tensor([[1, 2], [3, 4]]).dtype, torch.tensor(np.int64(7)).dtype, torch.tensor(np.float32(2.5)))
print(float(torch.tensor(2.5)), int(torch.tensor(7)), torch.tensor([1.0, 2.0]).tolist())
print(torch.from_numpy(np.array([True, False])).dtype)
mean = np.mean(torch.arange(10, dtype=torch.float64).numpy())
print(mean)
