"""``torch.autograd.functional``: ``vjp``, ``jvp``, ``jacobian``, ``hessian``, ``vhp``, ``hvp`` over
``autograd.grad``, with PyTorch's argument handling, output structures (a Tensor for a Tensor, a
tuple for a tuple; Jacobians and Hessians nested as outputs x inputs), ``create_graph`` and
``strict`` semantics and error messages.

Forward-mode products (``jvp``, ``hvp``) use the double-backward trick, as PyTorch does: the
backward is linear in its output gradient, so differentiating the vector-Jacobian product with
respect to a dummy output gradient gives the Jacobian-vector product.

``vectorize=True`` computes the whole Jacobian in one backward pass over a batch of seeds (the rows
of an identity), ``autograd.grad(..., is_grads_batched=True)``: the engine carries a leading batch
dim through every node, as PyTorch's vmap does. ``vectorize=False`` runs one backward per output
element, as PyTorch does.
"""

from .._tensor import Tensor
from .grad_mode import enable_grad, set_grad_enabled, is_grad_enabled

__all__ = ["vjp", "jvp", "jacobian", "hessian", "vhp", "hvp"]


def _torch():
    import nativegrad
    return nativegrad


# ---------------------------------------------------------------- argument handling

def _tensors(x, what, fn):
    """(was it a tuple, x as a tuple of Tensors) with PyTorch's TypeError for anything else."""
    was_tuple = isinstance(x, tuple)
    items = x if was_tuple else (x,)
    for i, el in enumerate(items):
        if not isinstance(el, Tensor):
            where = ("value at index %d" % i) if was_tuple else ("given %s" % what)
            raise TypeError("The %s given to %s must be either a Tensor or a tuple of Tensors but the %s has type %s."
                            % (what, fn, where, type(el)))
    return was_tuple, items


def _fresh(inputs, create_graph, need_graph):
    """New tensor objects for the inputs (so that tensors the function captures are told apart from
    its arguments): a differentiable alias when the caller wants gradients to flow back to them,
    otherwise a detached leaf that requires grad iff ``need_graph``."""
    res = []
    for t in inputs:
        if create_graph and t.requires_grad:
            res.append(t.view_as(t))
        else:
            res.append(t.detach().requires_grad_(need_graph))
    return tuple(res)


def _strip(ts, create_graph):
    """Results without history unless ``create_graph`` (nested tuples allowed)."""
    if isinstance(ts[0], Tensor):
        return ts if create_graph else tuple(t.detach() for t in ts)
    return tuple(_strip(t, create_graph) for t in ts)


def _unpack(res, flags):
    """Undoes the tupling of one (a bool) or two (outer, inner) levels for non-tuple arguments."""
    if isinstance(flags, tuple):
        outer, inner = flags
        if not inner:
            res = tuple(r[0] for r in res)
        return res if outer else res[0]
    return res if flags else res[0]


def _check_v(v, ref, ref_is_tuple):
    if len(v) != len(ref):
        if ref_is_tuple:
            raise RuntimeError("v is a tuple of invalid length: should be %d but got %d." % (len(ref), len(v)))
        raise RuntimeError("The given v should contain a single Tensor.")
    for i, (a, b) in enumerate(zip(v, ref)):
        if a.size() != b.size():
            raise RuntimeError("%sv has invalid size: should be %s but got %s."
                               % ("Entry %d in " % i if ref_is_tuple else "", b.size(), a.size()))


_NOT_DIFFERENTIABLE = {
    "outputs": ("Output {} of the user-provided function does not require gradients. The outputs must be "
                "computed in a differentiable manner from the input when running in strict mode."),
    "grad_inputs": ("The gradient with respect to input {} is independent of the inputs of the user-provided "
                    "function. This is not allowed in strict mode."),
    "jacobian": ("While computing the hessian, found that the jacobian of the user-provided function with "
                 "respect to input {} is independent of the input. This is not allowed in strict mode. You "
                 "should ensure that your function is twice differentiable and that the jacobian depends on the "
                 "inputs (this would be violated by a linear function for example)."),
    "hessian": ("The hessian of the user-provided function with respect to input {} is independent of the "
                "input. This is not allowed in strict mode. You should ensure that your function is thrice "
                "differentiable and that the hessian depends on the inputs."),
}


def _strict_check(ts, kind, strict):
    """In strict mode every entry must exist and take part in autograd."""
    if not strict:
        return
    for i, t in enumerate(ts):
        if t is None:
            raise RuntimeError("The output of the user-provided function is independent of input %d. "
                               "This is not allowed in strict mode." % i)
        if not t.requires_grad:
            raise RuntimeError(_NOT_DIFFERENTIABLE[kind].format(i))


def _grad_of(outputs, inputs, grad_outputs=None, create_graph=False, retain_graph=None, is_grads_batched=False):
    """autograd.grad over the outputs that take part in autograd (None entries allowed); None for
    inputs nothing depends on."""
    if grad_outputs is None:
        grad_outputs = (None,) * len(outputs)
    used = [(o, g) for o, g in zip(outputs, grad_outputs) if o is not None and o.requires_grad]
    if not used:
        return (None,) * len(inputs)
    return _torch().autograd.grad(tuple(o for o, _ in used), inputs, tuple(g for _, g in used),
                                  retain_graph=retain_graph, create_graph=create_graph, allow_unused=True,
                                  is_grads_batched=is_grads_batched)


_MISSING = {
    "back": "The output of the user-provided function is independent of input {}. This is not allowed in strict mode.",
    "back_trick": ("The gradient with respect to the input is independent of entry {} in the grad_outputs when "
                   "using the double backward trick to compute forward mode gradients. This is not allowed in "
                   "strict mode."),
    "double_back": "The jacobian of the user-provided function is independent of input {}. This is not allowed in strict mode.",
    "double_back_trick": ("The hessian of the user-provided function is independent of entry {} in the "
                          "grad_jacobian. This is not allowed in strict mode as it prevents from using the double "
                          "backward trick to replace forward mode AD."),
}


def _zeros_for_missing(grads, refs, strict, create_graph, stage):
    """Zeros (shaped like ``refs``) where a gradient is None, unless strict mode forbids it."""
    torch = _torch()
    res = []
    for i, g in enumerate(grads):
        if g is None:
            if strict:
                raise RuntimeError(_MISSING[stage].format(i))
            g = torch.zeros_like(refs[i])
        elif strict and create_graph and not g.requires_grad:
            what = "hessian" if "double" in stage else "jacobian"
            raise RuntimeError("The %s of the user-provided function is independent of input %d. This is not "
                               "allowed in strict mode when create_graph=True." % (what, i))
        res.append(g)
    return tuple(res)


def _prepare_v(v, ref, ref_is_tuple, create_graph, fn, what_if_none):
    if v is None:
        if len(ref) != 1 or ref[0].nelement() != 1:
            raise RuntimeError(what_if_none)
        return None
    _, v = _tensors(v, "v", fn)
    v = _fresh(v, create_graph, need_graph=False)
    _check_v(v, ref, ref_is_tuple)
    return v


_V_NONE_INPUT = ("The vector v can only be None if the input to the user-provided function is a single Tensor "
                 "with a single element.")


def _scalar_function_output(func, inputs, strict, fn):
    outputs = func(*inputs)
    out_tuple, outputs = _tensors(outputs, "outputs of the user-provided function", fn)
    _strict_check(outputs, "outputs", strict)
    if out_tuple or not isinstance(outputs[0], Tensor):
        raise RuntimeError("The function given to %s should return a single Tensor" % fn)
    if outputs[0].nelement() != 1:
        raise RuntimeError("The Tensor returned by the function given to %s should contain a single element" % fn)
    return out_tuple, outputs


# ---------------------------------------------------------------- public functions

def vjp(func, inputs, v=None, create_graph=False, strict=False):
    """``(func(inputs), v^T J)``: the vector-Jacobian product at ``inputs`` (``v`` may be omitted
    when the output has a single element). Results have no history unless ``create_graph``;
    ``strict`` raises where PyTorch's strict mode does instead of returning zeros."""
    with enable_grad():
        in_tuple, inputs = _tensors(inputs, "inputs", "vjp")
        inputs = _fresh(inputs, create_graph, need_graph=True)
        outputs = func(*inputs)
        out_tuple, outputs = _tensors(outputs, "outputs of the user-provided function", "vjp")
        _strict_check(outputs, "outputs", strict)
        v = _prepare_v(v, outputs, out_tuple, create_graph, "vjp",
                       "The vector v can only be None if the user-provided function returns a single Tensor "
                       "with a single element.")
    with set_grad_enabled(True if create_graph else is_grad_enabled()):
        grads = _grad_of(outputs, inputs, v, create_graph=create_graph)
        result = _zeros_for_missing(grads, inputs, strict, create_graph, "back")
    return (_unpack(_strip(outputs, create_graph), out_tuple), _unpack(_strip(result, create_graph), in_tuple))


def jvp(func, inputs, v=None, create_graph=False, strict=False):
    """``(func(inputs), J v)``: the Jacobian-vector product at ``inputs``, computed with the
    double-backward trick (``v`` may be omitted for a single one-element input)."""
    torch = _torch()
    with enable_grad():
        in_tuple, inputs = _tensors(inputs, "inputs", "jvp")
        inputs = _fresh(inputs, create_graph, need_graph=True)
        v = _prepare_v(v, inputs, in_tuple, create_graph, "jvp", _V_NONE_INPUT)
        outputs = func(*inputs)
        out_tuple, outputs = _tensors(outputs, "outputs of the user-provided function", "jvp")
        _strict_check(outputs, "outputs", strict)
        # u -> J^T u is linear, so its derivative with respect to u (at any u; zeros here) applied to v is J v.
        dummies = tuple(torch.zeros_like(o, requires_grad=True) for o in outputs)
        vjps = _grad_of(outputs, inputs, dummies, create_graph=True)
        _strict_check(vjps, "grad_inputs", strict)
    with set_grad_enabled(True if create_graph else is_grad_enabled()):
        grads = _grad_of(vjps, dummies, v, create_graph=create_graph)
        result = _zeros_for_missing(grads, outputs, strict, create_graph, "back_trick")
    return (_unpack(_strip(outputs, create_graph), out_tuple), _unpack(_strip(result, create_graph), out_tuple))


def jacobian(func, inputs, create_graph=False, strict=False, vectorize=False, strategy="reverse-mode"):
    """The Jacobian of ``func`` at ``inputs``: a Tensor of shape ``output.shape + input.shape`` for one
    output and one input, else tuples indexed [output][input]. Reverse mode only."""
    if strategy not in ("forward-mode", "reverse-mode"):
        raise AssertionError('Expected strategy to be either "forward-mode" or "reverse-mode". Hint: If your '
                             'function has more outputs than inputs, "forward-mode" tends to be more performant. '
                             'Otherwise, prefer to use "reverse-mode".')
    if strategy == "forward-mode":
        if create_graph:
            raise NotImplementedError('torch.autograd.functional.jacobian: `create_graph=True` and '
                                      '`strategy="forward-mode"` are not supported together (yet). Please either '
                                      'set `create_graph=False` or `strategy="reverse-mode"`.')
        raise NotImplementedError('nativegrad: jacobian(strategy="forward-mode") needs forward-mode AD, which '
                                  'NativeGrad does not have; use strategy="reverse-mode"')
    torch = _torch()
    with enable_grad():
        in_tuple, inputs = _tensors(inputs, "inputs", "jacobian")
        inputs = _fresh(inputs, create_graph, need_graph=True)
        outputs = func(*inputs)
        out_tuple, outputs = _tensors(outputs, "outputs of the user-provided function", "jacobian")
        _strict_check(outputs, "outputs", strict)
        if vectorize and strict:
            raise RuntimeError("torch.autograd.functional.jacobian: `strict=True` and `vectorized=True` are not "
                               "supported together. Please either set `strict=False` or `vectorize=False`.")
        if vectorize:
            return _unpack(_jacobian_batched(outputs, inputs, create_graph), (out_tuple, in_tuple))
        # One backward per output element (a row of the Jacobian).
        jac = []
        for i, out in enumerate(outputs):
            flat = out.reshape(-1)
            rows = [[] for _ in inputs]
            for j in range(out.nelement()):
                grads = _grad_of((flat[j],), inputs, retain_graph=True, create_graph=create_graph)
                for k, (g, inp) in enumerate(zip(grads, inputs)):
                    if g is None:
                        if strict:
                            raise RuntimeError("Output %d of the user-provided function is independent of input "
                                               "%d. This is not allowed in strict mode." % (i, k))
                        g = torch.zeros_like(inp)
                    elif strict and create_graph and not g.requires_grad:
                        raise RuntimeError("The jacobian of the user-provided function is independent of input "
                                           "%d. This is not allowed in strict mode when create_graph=True." % i)
                    rows[k].append(g)
            jac.append(tuple(torch.stack(r, 0).view(out.size() + inp.size()) for r, inp in zip(rows, inputs)))
        jac = _strip(tuple(jac), create_graph)
    return _unpack(jac, (out_tuple, in_tuple))


def _jacobian_batched(outputs, inputs, create_graph):
    """All rows of the Jacobian from one batched backward: the seeds are the rows of the identity over
    the outputs' elements (output i's block in its own grad_output), as PyTorch's vectorized jacobian."""
    torch = _torch()
    numels = [o.numel() for o in outputs]
    total = sum(numels)
    seeds, at = [], 0
    for o, n in zip(outputs, numels):
        parts = [torch.eye(n, dtype=o.dtype)]
        if at:
            parts.insert(0, torch.zeros(at, n, dtype=o.dtype))
        if total - at - n:
            parts.append(torch.zeros(total - at - n, n, dtype=o.dtype))
        seeds.append(torch.cat(parts) if len(parts) > 1 else parts[0])
        at += n
    flat = tuple(o.reshape(-1) for o in outputs)
    grads = _grad_of(flat, inputs, tuple(seeds), create_graph=create_graph, is_grads_batched=True)
    per_input = []
    for g, inp in zip(grads, inputs):
        if g is None:
            g = torch.zeros_like(inp).expand((total,) + tuple(inp.shape))
        per_input.append([block.view(o.shape + inp.shape) for block, o in zip(g.split(numels, dim=0), outputs)])
    jac = tuple(tuple(row) for row in zip(*per_input))
    return _strip(jac, create_graph)


def hessian(func, inputs, create_graph=False, strict=False, vectorize=False, outer_jacobian_strategy="reverse-mode"):
    """The Hessian of a scalar function: a Tensor of shape ``input.shape * 2`` for one input, else a
    tuple of tuples indexed [input i][input j]."""
    in_tuple, inputs = _tensors(inputs, "inputs", "hessian")
    if outer_jacobian_strategy not in ("forward-mode", "reverse-mode"):
        raise AssertionError('Expected strategy to be either "forward-mode" or "reverse-mode".')

    def scalar_func(*inp):
        out_tuple, out = _scalar_function_output(func, inp, strict, "hessian")
        return out[0].squeeze()

    def gradient(*inp):
        g = jacobian(scalar_func, inp, create_graph=True)
        _strict_check(g if isinstance(g, tuple) else (g,), "jacobian", strict)
        return g

    res = jacobian(gradient, inputs, create_graph=create_graph, strict=strict, vectorize=vectorize,
                   strategy=outer_jacobian_strategy)
    return _unpack(res, (in_tuple, in_tuple))


def vhp(func, inputs, v=None, create_graph=False, strict=False):
    """``(func(inputs), v^T H)`` for a scalar function (``v`` may be omitted for a single one-element input)."""
    with enable_grad():
        in_tuple, inputs = _tensors(inputs, "inputs", "vhp")
        inputs = _fresh(inputs, create_graph, need_graph=True)
        v = _prepare_v(v, inputs, in_tuple, create_graph, "vhp", _V_NONE_INPUT)
        out_tuple, outputs = _scalar_function_output(func, inputs, strict, "vhp")
        grads = _grad_of(outputs, inputs, create_graph=True)
        _strict_check(grads, "jacobian", strict)
    with set_grad_enabled(True if create_graph else is_grad_enabled()):
        second = _grad_of(grads, inputs, v, create_graph=create_graph)
        result = _zeros_for_missing(second, inputs, strict, create_graph, "double_back")
    return (_unpack(_strip(outputs, create_graph), out_tuple), _unpack(_strip(result, create_graph), in_tuple))


def hvp(func, inputs, v=None, create_graph=False, strict=False):
    """``(func(inputs), H v)`` for a scalar function, by the double-backward trick (equal to vhp for
    a symmetric Hessian)."""
    torch = _torch()
    with enable_grad():
        in_tuple, inputs = _tensors(inputs, "inputs", "hvp")
        inputs = _fresh(inputs, create_graph, need_graph=True)
        v = _prepare_v(v, inputs, in_tuple, create_graph, "hvp", _V_NONE_INPUT)
        out_tuple, outputs = _scalar_function_output(func, inputs, strict, "hvp")
        grads = _grad_of(outputs, inputs, create_graph=True)
        _strict_check(grads, "jacobian", strict)
        dummies = tuple(torch.zeros_like(t, requires_grad=True) for t in inputs)
        second = _grad_of(grads, inputs, dummies, create_graph=True)
        _strict_check(grads, "hessian", strict)
    with set_grad_enabled(True if create_graph else is_grad_enabled()):
        third = _grad_of(second, dummies, v, create_graph=create_graph)
        result = _zeros_for_missing(third, inputs, strict, create_graph, "double_back_trick")
    return (_unpack(_strip(outputs, create_graph), out_tuple), _unpack(_strip(result, create_graph), in_tuple))
