"""Named result tuples of ops that return several tensors (``torch.return_types``)."""

__all__ = ["max", "min", "sort", "topk"]


class _ReturnType(tuple):
    """A (values, indices) pair that also has ``.values`` and ``.indices``, printed as PyTorch does."""

    __slots__ = ()
    _name = "?"

    def __new__(cls, values, indices):
        return tuple.__new__(cls, (values, indices))

    @property
    def values(self):
        """The extreme values (item 0)."""
        return self[0]

    @property
    def indices(self):
        """The int64 positions of the values along the reduced dim (item 1)."""
        return self[1]

    def __repr__(self):
        return "torch.return_types.%s(\nvalues=%r,\nindices=%r)" % (self._name, self[0], self[1])

    __str__ = __repr__

    def __reduce__(self):
        return (type(self), (self[0], self[1]))


class max(_ReturnType):
    """Result of ``Tensor.max(dim)``: ``(values, indices)``."""
    __slots__ = ()
    _name = "max"


class min(_ReturnType):
    """Result of ``Tensor.min(dim)``: ``(values, indices)``."""
    __slots__ = ()
    _name = "min"


class sort(_ReturnType):
    """Result of ``Tensor.sort``: ``(values, indices)``."""
    __slots__ = ()
    _name = "sort"


class topk(_ReturnType):
    """Result of ``Tensor.topk``: ``(values, indices)``."""
    __slots__ = ()
    _name = "topk"


def make(name, fields):
    """The named result tuple class of op ``name`` (the generated wrappers of ops returning
    ``(values, indices)`` call this)."""
    cls = globals().get(name)
    if isinstance(cls, type) and issubclass(cls, _ReturnType):
        return cls
    if tuple(fields) != ("values", "indices"):
        raise NotImplementedError("return_types: no result type for %s%r" % (name, tuple(fields)))
    cls = type(name, (_ReturnType,), {"__slots__": (), "_name": name})
    globals()[name] = cls
    return cls
