"""Docstrings of the ops that exist both as ``torch.NAME(x, ...)`` and ``x.NAME(...)``, and of the
``Tensor`` members whose definitions are made by factories or carry none: one text per name,
attached at import to each public function of the namespace and each ``Tensor`` method or property
of that name that has no docstring of its own (a docstring in the source always wins).
tests/python/test_packaging.py fails on any public object left without one, and on entries here
that name nothing."""

DOCS = {
    # ------------------------------------------------------------ elementwise math
    "abs": "Elementwise absolute value ``|x|``.",
    "exp": "Elementwise exponential ``e ** x``.",
    "log": "Elementwise natural logarithm (``nan`` below 0, ``-inf`` at 0).",
    "sqrt": "Elementwise square root (``nan`` below 0).",
    "sin": "Elementwise sine (radians).",
    "cos": "Elementwise cosine (radians).",
    "tanh": "Elementwise hyperbolic tangent.",
    "sigmoid": "Elementwise logistic sigmoid ``1 / (1 + exp(-x))``.",
    "relu": "Elementwise ``max(x, 0)``.",
    "neg": "Elementwise negation ``-x``.",
    "negative": "Elementwise negation ``-x`` (alias of ``neg``).",
    "reciprocal": "Elementwise ``1 / x``.",
    "pow": "``self ** exponent``, elementwise, with broadcasting; the exponent may be a tensor or a number.",
    "add": "``self + other`` with broadcasting and type promotion; ``alpha`` (torch.add) scales ``other`` first.",
    "sub": "``self - other`` with broadcasting and type promotion; ``alpha`` (torch.sub) scales ``other`` first.",
    "mul": "``self * other`` with broadcasting and type promotion.",
    "div": "``self / other`` (true division: integer inputs give a floating result), with broadcasting.",
    "maximum": "Elementwise maximum of two tensors, with broadcasting (``nan`` propagates).",
    "minimum": "Elementwise minimum of two tensors, with broadcasting (``nan`` propagates).",
    # ------------------------------------------------------------ comparisons
    "eq": "Elementwise ``self == other`` as a bool tensor (broadcasts; ``other`` may be a number).",
    "ne": "Elementwise ``self != other`` as a bool tensor (broadcasts; ``other`` may be a number).",
    "lt": "Elementwise ``self < other`` as a bool tensor (broadcasts; ``other`` may be a number).",
    "le": "Elementwise ``self <= other`` as a bool tensor (broadcasts; ``other`` may be a number).",
    "gt": "Elementwise ``self > other`` as a bool tensor (broadcasts; ``other`` may be a number).",
    "ge": "Elementwise ``self >= other`` as a bool tensor (broadcasts; ``other`` may be a number).",
    # ------------------------------------------------------------ reductions
    "sum": "Sum of all elements, or over ``dim`` (an int or a tuple); ``keepdim`` keeps the reduced dims "
           "with size 1; ``dtype`` converts the input first. Integer and bool inputs sum to int64.",
    "mean": "Mean of all elements, or over ``dim`` (an int or a tuple); ``keepdim`` keeps the reduced dims "
            "with size 1; ``dtype`` converts the input first. Needs a floating dtype.",
    "norm": "Vector p-norm (``p='fro'`` is 2) of all elements, or over ``dim``; ``p`` may be a number, "
            "``inf`` or ``-inf``; ``keepdim`` keeps the reduced dims with size 1.",
    "softmax": "``exp(x) / sum(exp(x))`` along ``dim``, computed stably; ``dtype`` converts the input first.",
    "log_softmax": "``log(softmax(x))`` along ``dim``, computed stably; ``dtype`` converts the input first.",
    "gather": "Values of ``self`` picked along ``dim`` by the int64 ``index`` tensor: "
              "``out[i][j] = self[index[i][j]][j]`` for ``dim=0``; ``out`` has the shape of ``index``.",
    "scatter_add": "A copy of ``self`` with the values of ``source`` added at the positions ``index`` gives "
                   "along ``dim`` (repeated indices accumulate).",
    "index_select": "The slices of ``self`` along ``dim`` at the positions of the 1-D int64 ``index``, in order.",
    "index_add": "A copy of ``self`` with slice ``i`` of ``source`` (times ``alpha``) added to slice "
                 "``index[i]`` along ``dim``.",
    # ------------------------------------------------------------ linear algebra
    "mm": "Matrix product of two 2-D tensors, ``(n, k) @ (k, m) -> (n, m)``.",
    "matmul": "Matrix product with NumPy's rules: dot for 1-D x 1-D, matrix-vector, matrix-matrix, and "
              "batched products that broadcast the batch dims (``self @ other``).",
    "dot": "Inner product of two 1-D tensors of the same length (a 0-dim tensor).",
    # ------------------------------------------------------------ views and shapes
    "transpose": "A view with dims ``dim0`` and ``dim1`` swapped.",
    "permute": "A view with the dims reordered as ``dims`` (a permutation of ``range(ndim)``).",
    "t": "Transpose of a tensor with at most 2 dims (a view).",
    "unsqueeze": "A view with a size-1 dim inserted at ``dim`` (negative counts from the end).",
    "squeeze": "A view without the size-1 dims, or without ``dim`` if it has size 1.",
    "reshape": "A tensor of the given shape with the same elements: a view when the strides allow it, "
               "else a copy; one dim may be -1.",
    "view": "A view of the given shape sharing this tensor's storage; one dim may be -1. Fails when the "
            "strides cannot express it (use ``reshape``).",
    "view_as": "``self.view(other.shape)``.",
    "reshape_as": "``self.reshape(other.shape)``.",
    "expand": "A view with size-1 dims repeated (stride 0) to the given sizes; -1 keeps a dim; new "
              "leading dims may be added. No memory is copied.",
    "expand_as": "``self.expand(other.shape)``.",
    "contiguous": "This tensor if its elements are already in row-major order, else a contiguous copy.",
    "clone": "A copy with its own storage; the copy stays in the graph (gradients flow back to ``self``).",
    "detach": "A tensor sharing this one's storage but cut from the graph (``requires_grad=False``).",
    # ------------------------------------------------------------ elements, dtypes, conversions
    "numel": "Number of elements.",
    "nelement": "Number of elements (alias of ``numel``).",
    "dim": "Number of dimensions.",
    "ndimension": "Number of dimensions (alias of ``dim``).",
    "element_size": "Size of one element in bytes.",
    "is_floating_point": "True for float32 and float64 tensors.",
    "is_tensor": "True if ``obj`` is a ``Tensor``.",
    "item": "The value of a one-element tensor as a Python number (float, int or bool).",
    "tolist": "The elements as (nested) Python lists of numbers; a 0-dim tensor gives a number.",
    "numpy": "A NumPy array sharing this tensor's memory (needs NumPy). A tensor that requires grad "
             "refuses (as PyTorch) unless ``force=True``, which detaches a copy.",
    "float": "This tensor as float32 (itself if it already is).",
    "double": "This tensor as float64 (itself if it already is).",
    "long": "This tensor as int64 (itself if it already is).",
    "bool": "This tensor as bool (itself if it already is).",
    "to": "This tensor converted to a dtype: ``to(dtype)``, ``to(device, dtype)``, ``to(other)`` or "
          "keywords; the device must be the CPU. Returns ``self`` when nothing changes.",
    "type": "With no argument, the type name (``'torch.FloatTensor'``); with a dtype or type name, "
            "this tensor converted to it.",
    "type_as": "This tensor converted to the dtype of ``other``.",
    "cpu": "This tensor (NativeGrad tensors always live in CPU memory).",
    "new_tensor": "A new leaf tensor from ``data`` with this tensor's dtype unless ``dtype`` is given.",
    "new_full": "A tensor of ``size`` filled with ``fill_value``, with this tensor's dtype unless ``dtype`` is given.",
    "new_zeros": "A tensor of zeros of the given size, with this tensor's dtype unless ``dtype`` is given.",
    "new_ones": "A tensor of ones of the given size, with this tensor's dtype unless ``dtype`` is given.",
    "size": "The shape as a ``Size``, or the size of one ``dim``.",
    "fill_": "Fills this tensor with ``value`` in place and returns it.",
    "zero_": "Fills this tensor with zeros in place and returns it.",
    # ------------------------------------------------------------ autograd
    "backward": "Computes the gradient of this tensor with respect to the graph leaves and accumulates it "
                "into their ``.grad``. ``gradient`` is required unless this tensor has one element; "
                "``retain_graph`` keeps the saved tensors for another backward (default: "
                "``create_graph``); ``create_graph`` records the backward pass for higher-order "
                "gradients; ``inputs`` restricts accumulation to those tensors.",
    "requires_grad_": "Sets ``requires_grad`` in place (leaf tensors only when turning it off) and returns ``self``.",
    "retain_grad": "Makes this non-leaf tensor keep its ``.grad`` after backward (a no-op on leaves).",
    # ------------------------------------------------------------ Tensor properties
    "T": "The transpose with all dims reversed (a view).",
    "data": "A tensor sharing the storage, detached from the graph; assigning replaces the contents "
            "without recording history.",
    "device": "The device: always ``device(type='cpu')``.",
    "dtype": "The element type (``nativegrad.float32``, ``float64``, ``int64`` or ``bool``).",
    "grad": "The accumulated gradient (None until a backward reaches this tensor; leaves, and "
            "non-leaves after ``retain_grad()``); may be assigned or set to None.",
    "grad_fn": "The graph node that made this tensor (None for leaves and tensors made without grad).",
    "is_leaf": "True for tensors made by the user (not by a recorded op), and for all tensors that do "
               "not require grad.",
    "ndim": "Number of dimensions.",
    "requires_grad": "Whether ops on this tensor are recorded for autograd; may be set on leaves.",
    "retains_grad": "True if ``retain_grad()`` was called on this non-leaf tensor.",
    "shape": "The shape, a ``Size`` (a tuple of ints).",
}


def attach(namespace, tensor_cls):
    """Gives each public function of ``namespace`` and each member of ``tensor_cls`` named in
    ``DOCS`` its text, unless it has a docstring of its own."""
    for name, text in DOCS.items():
        for target in (getattr(namespace, name, None), tensor_cls.__dict__.get(name)):
            if target is None or isinstance(target, type) or (getattr(target, "__doc__", None) or "").strip():
                continue
            try:
                target.__doc__ = text
            except (AttributeError, TypeError):  # an object whose docstring is read-only keeps none
                pass
