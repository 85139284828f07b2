"""``torch.einsum`` over permute, reshape, diagonal, sum and bmm: each operand first loses its repeated
indices (diagonals) and the indices nobody else needs (sums); operands are then contracted pairwise,
left to right, as one batched matrix product [batch, left, contracted] @ [batch, contracted, right].
Values and gradients are PyTorch's; the graph is made of those ops (PyTorch's einsum records the same
kinds of nodes, in an order of its own)."""

import builtins
import string

from ._tensor import Tensor

__all__ = ["einsum"]

_LETTERS = string.ascii_letters


def _parse(equation, operands):
    eq = equation.replace(" ", "")
    if "->" in eq:
        lhs, rhs = eq.split("->")
    else:
        lhs, rhs = eq, None
    terms = lhs.split(",")
    if len(terms) != len(operands):
        raise ValueError("einsum(): more operands were provided than specified in the equation"
                         if len(operands) > len(terms) else
                         "einsum(): fewer operands were provided than specified in the equation")
    used = set(c for c in eq if c.isalpha())
    spare = [c for c in _LETTERS if c not in used]
    ell_dims = 0
    for t, x in zip(terms, operands):
        if "..." in t:
            ell_dims = builtins.max(ell_dims, x.dim() - (len(t) - 3))
    ell = "".join(spare[:ell_dims])
    out_terms = []
    for t, x in zip(terms, operands):
        if "..." in t:
            n = x.dim() - (len(t) - 3)
            t = t.replace("...", ell[ell_dims - n:] if n else "")
        for c in t:
            if not c.isalpha():
                raise ValueError("einsum(): invalid subscript given at index %d in the equation string, subscripts "
                                 "must be in [a-zA-Z]" % equation.index(c))
        if len(t) != x.dim():
            raise RuntimeError("einsum(): the number of subscripts in the equation (%d) does not match the number "
                               "of dimensions (%d) for operand %d%s" % (len(t), x.dim(), len(out_terms),
                                                                         "" if "..." in equation else " and no ellipsis was given"))
        out_terms.append(t)
    if rhs is None:
        counts = {}
        for t in out_terms:
            for c in t:
                counts[c] = counts.get(c, 0) + 1
        rhs = ell + "".join(sorted(c for c in counts if counts[c] == 1 and c not in ell))
    else:
        rhs = rhs.replace("...", ell)
    return out_terms, rhs


def _diagonals(x, t):
    """Removes repeated indices of one operand by taking diagonals (the index kept at the end)."""
    while True:
        rep = next((c for c in t if t.count(c) > 1), None)
        if rep is None:
            return x, t
        i = t.index(rep)
        j = t.index(rep, i + 1)
        x = x.diagonal(0, i, j)
        t = t[:i] + t[i + 1:j] + t[j + 1:] + rep


def _sum_out(x, t, keep):
    dims = [i for i, c in enumerate(t) if c not in keep]
    if dims:
        x = x.sum(dims)
        t = "".join(c for c in t if c in keep)
    return x, t


def _size(x, t, c):
    return x.shape[t.index(c)] if c in t else 1


def _contract(a, ta, b, tb, keep):
    batch = [c for c in ta if c in tb and c in keep]
    contracted = [c for c in ta if c in tb and c not in keep]
    left = [c for c in ta if c not in tb]
    right = [c for c in tb if c not in ta]
    sizes = {}
    for c in batch:
        sa, sb = _size(a, ta, c), _size(b, tb, c)
        if sa != sb and 1 not in (sa, sb):
            raise RuntimeError("einsum(): operands do not broadcast with remapped shapes (original->remapped): "
                               "dimension %s has sizes %d and %d" % (c, sa, sb))
        sizes[c] = builtins.max(sa, sb)
    for c in contracted:
        sa, sb = _size(a, ta, c), _size(b, tb, c)
        if sa != sb:
            raise RuntimeError("einsum(): subscript %s has size %d for operand 1 which does not broadcast with "
                               "previously seen size %d" % (c, sb, sa))
    pa = a.permute(*[ta.index(c) for c in batch + left + contracted]) if ta else a
    pb = b.permute(*[tb.index(c) for c in batch + contracted + right]) if tb else b
    bs = [sizes[c] for c in batch]
    ls = [a.shape[ta.index(c)] for c in left]
    cs = [a.shape[ta.index(c)] for c in contracted]
    rs = [b.shape[tb.index(c)] for c in right]
    pa = pa.expand(*(bs + ls + cs)) if bs else pa
    pb = pb.expand(*(bs + cs + rs)) if bs else pb
    nb, nl, nc, nr = _prod(bs), _prod(ls), _prod(cs), _prod(rs)
    y = pa.reshape(nb, nl, nc).bmm(pb.reshape(nb, nc, nr))
    return y.reshape(*(bs + ls + rs)), "".join(batch + left + right)


def _prod(xs):
    p = 1
    for v in xs:
        p *= v
    return p


def einsum(equation, *operands):
    """Sums of products over the indices of ``equation`` (``"ij,jk->ik"``, ``"bij,bjk->bik"``,
    ``"ii->i"``, ``"...ij,...jk"``), with PyTorch's implicit output when ``->`` is omitted."""
    if len(operands) == 1 and isinstance(operands[0], (list, tuple)):
        operands = tuple(operands[0])
    if not isinstance(equation, str):
        raise TypeError("einsum(): argument 'equation' (position 1) must be str, not %s" % type(equation).__name__)
    for i, x in enumerate(operands):
        if not isinstance(x, Tensor):
            raise TypeError("einsum(): argument 'operands' must be tuple of Tensors, but found element of type %s at "
                            "pos %d" % (type(x).__name__, i + 1))
    if not operands:
        raise RuntimeError("einsum(): must provide at least one operand")
    terms, out = _parse(equation, operands)
    if len(set(out)) != len(out):
        raise RuntimeError("einsum(): output subscript %s appears more than once in the output"
                           % next(c for c in out if out.count(c) > 1))
    for c in out:
        if not any(c in t for t in terms):
            raise RuntimeError("einsum(): output subscript %s does not appear in the equation for any input operand" % c)
    xs = []
    for x, t in zip(operands, terms):
        xs.append(list(_diagonals(x, t)))
    for i in range(len(xs)):
        others = set(out).union(*[set(t) for j, (_, t) in enumerate(xs) if j != i])
        xs[i] = list(_sum_out(xs[i][0], xs[i][1], others))
    acc, ta = xs[0]
    for k in range(1, len(xs)):
        b, tb = xs[k]
        keep = set(out).union(*[set(t) for _, t in xs[k + 1:]])
        acc, ta = _contract(acc, ta, b, tb, keep)
        acc, ta = _sum_out(acc, ta, keep)
    acc, ta = _sum_out(acc, ta, set(out))
    if ta != out:
        acc = acc.permute(*[ta.index(c) for c in out]) if out else acc
    return acc
