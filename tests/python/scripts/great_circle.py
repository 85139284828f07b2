"""Geodesy with autograd: the haversine great-circle distance between cities, the gradient of a
route length with respect to a waypoint, and gradient descent moving the waypoint onto the shortest
path (a classic exercise of asin/atan2-style trigonometry under autograd)."""
import math

import torch

R = 6371.0  # km


def to_radians(deg):
    return deg * (math.pi / 180.0)


def haversine(lat1, lon1, lat2, lon2):
    """Great-circle distance in km between points given in degrees."""
    p1, p2 = to_radians(lat1), to_radians(lat2)
    dphi = p2 - p1
    dlmb = to_radians(lon2 - lon1)
    a = torch.sin(dphi / 2) ** 2 + torch.cos(p1) * torch.cos(p2) * torch.sin(dlmb / 2) ** 2
    return 2 * R * torch.asin(torch.sqrt(a))


cities = {
    "Paris": (48.8566, 2.3522),
    "Berlin": (52.52, 13.405),
    "Madrid": (40.4168, -3.7038),
    "Rome": (41.9028, 12.4964),
}
lat = torch.tensor([c[0] for c in cities.values()], dtype=torch.float64)
lon = torch.tensor([c[1] for c in cities.values()], dtype=torch.float64)
names = list(cities)

d = haversine(lat[:, None], lon[:, None], lat[None, :], lon[None, :])
for i, a in enumerate(names):
    print(a.ljust(7), " ".join("%8.1f" % v for v in d[i].tolist()))

# Route Paris -> waypoint -> Rome; the waypoint starts off course.
wp = torch.tensor([45.0, 2.0], dtype=torch.float64, requires_grad=True)
opt = torch.optim.SGD([wp], lr=2e-4)
for step in range(301):
    opt.zero_grad()
    length = (haversine(lat[0], lon[0], wp[0], wp[1]) + haversine(wp[0], wp[1], lat[3], lon[3]))
    length.backward()
    if step % 100 == 0:
        print("step %3d length %.3f km  grad %s" % (step, length.item(), [round(g, 4) for g in wp.grad.tolist()]))
    opt.step()
direct = haversine(lat[0], lon[0], lat[3], lon[3]).item()
print("direct %.3f km, detour %.3f km" % (direct, length.item() - direct))

# Bearings and the inverse functions of the tangent and cosine on the same data.
y = torch.sin(to_radians(lon - lon[0])) * torch.cos(to_radians(lat))
x = torch.cos(to_radians(lat[0])) * torch.sin(to_radians(lat)) - torch.sin(to_radians(lat[0])) * torch.cos(
    to_radians(lat)) * torch.cos(to_radians(lon - lon[0]))
bearing = torch.atan(y[1:] / x[1:]) * (180 / math.pi)
print("bearing (atan, deg):", [round(b, 3) for b in bearing.tolist()])
central = torch.acos(torch.clamp(torch.cos(d[0] / R), -1, 1))
print("central angles:", [round(c, 6) for c in central.tolist()])
print("log10 distances:", [round(v, 5) for v in torch.log10(d[0, 1:]).tolist()])
print("cosh/sinh identity:", torch.allclose(torch.cosh(to_radians(lat)) ** 2 - torch.sinh(to_radians(lat)) ** 2, torch.ones(4, dtype=torch.float64)))
