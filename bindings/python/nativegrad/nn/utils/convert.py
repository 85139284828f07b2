"""``parameters_to_vector`` / ``vector_to_parameters`` (meta-learning and RL code flattens parameters)."""

__all__ = ["parameters_to_vector", "vector_to_parameters"]


def parameters_to_vector(parameters):
    """One 1-D tensor of all the parameters, in order (``CatBackward0``)."""
    from ... import cat
    return cat([p.reshape(-1) for p in parameters])


def vector_to_parameters(vec, parameters):
    """Copies slices of the 1-D ``vec`` into the parameters' ``.data``, in order."""
    from ... import Tensor
    if not isinstance(vec, Tensor):
        raise TypeError("expected torch.Tensor, but got: {}".format(type(vec).__name__))
    i = 0
    for p in parameters:
        n = p.numel()
        p.data = vec[i:i + n].reshape(p.shape).clone()
        i += n
