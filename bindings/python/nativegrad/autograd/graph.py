"""``torch.autograd.graph``: ``Node``, the type of every ``grad_fn`` (``isinstance(y.grad_fn,
torch.autograd.graph.Node)``), with ``name()`` and ``next_functions``.

Not provided: ``saved_tensors_hooks`` / ``save_on_cpu`` / ``disable_saved_tensors_hooks`` (they need
pack/unpack hooks in the engine's saved tensors, which it does not have yet), ``Node.metadata`` and
node hooks (``register_hook`` / ``register_prehook`` on a grad_fn), ``increment_version`` and
``GradientEdge``."""

from .._tensor import Node

__all__ = ["Node"]
