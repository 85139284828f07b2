"""``nn.Module``: registration of parameters, buffers and submodules by attribute, traversal,
train/eval, zero_grad, state dicts and forward hooks, with PyTorch's behaviour and messages."""

from collections import OrderedDict, namedtuple
import itertools

from .._tensor import Tensor
from ..autograd.grad_mode import no_grad
from .parameter import Parameter

__all__ = ["Module"]


class _IncompatibleKeys(namedtuple("IncompatibleKeys", ["missing_keys", "unexpected_keys"])):
    def __repr__(self):
        if not self.missing_keys and not self.unexpected_keys:
            return "<All keys matched successfully>"
        return super().__repr__()

    __str__ = __repr__


class RemovableHandle(object):
    """Returned by ``register_forward_hook``; ``remove()`` unregisters the hook."""

    _next_id = itertools.count()

    def __init__(self, hooks):
        self._hooks = hooks
        self.id = next(RemovableHandle._next_id)

    def remove(self):
        self._hooks.pop(self.id, None)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.remove()


_hook_function = []


def _backward_hook_function():
    """The identity autograd.Function put on a module's inputs and outputs when it has full backward
    hooks (its grad_fn is a ``BackwardHookFunctionBackward`` node, as in PyTorch): its backward hands
    the incoming gradients to the callback passed as first argument and returns what that gives back."""
    if not _hook_function:
        from ..autograd.function import Function

        class BackwardHookFunction(Function):
            @staticmethod
            def forward(ctx, callback, *args):
                ctx.mark_non_differentiable(*[a for a in args if not a.requires_grad])
                ctx.callback = callback
                return args

            @staticmethod
            def backward(ctx, *grads):
                return (None,) + tuple(ctx.callback(grads))

        _hook_function.append(BackwardHookFunction)
    return _hook_function[0]


def _pack_with_none(indices, values, size):
    res = [None] * size
    for idx, val in zip(indices, values):
        res[idx] = val
    return tuple(res)


def _unpack_none(indices, values):
    return tuple(values[idx] for idx in indices)


class _BackwardHook(object):
    """The full backward hooks of one module call: the module's tensor inputs and outputs go through
    an identity Function; the outputs' node records the gradients w.r.t. the outputs, the inputs'
    node calls the user hooks with the gradients w.r.t. the inputs (and those w.r.t. the outputs)
    and passes on what they return. When no input needs a gradient, the hooks are called from the
    outputs' node with ``grad_input`` all None."""

    def __init__(self, module, user_hooks):
        self.module = module
        self.user_hooks = user_hooks
        self.grad_outputs = None
        self.n_inputs = -1
        self.input_tensors_index = None
        self.n_outputs = -1
        self.output_tensors_index = None

    def _apply_on_tensors(self, callback, args):
        from .._tensor import Tensor
        from ..autograd.grad_mode import is_grad_enabled
        tensors_idx = [i for i, a in enumerate(args) if isinstance(a, Tensor)]
        tensors = [args[i] for i in tensors_idx]
        if not (any(t.requires_grad for t in tensors) and is_grad_enabled()):
            return args, None
        new_tensors = _backward_hook_function().apply(callback, *tensors)
        arg_list = list(args)
        for idx, val in zip(tensors_idx, new_tensors):
            arg_list[idx] = val
        return tuple(arg_list), tensors_idx

    def _input_grads(self, grads):
        if self.grad_outputs is None:
            # the gradient reached the inputs without going through the outputs (e.g. double backward)
            return grads
        res = _pack_with_none(self.input_tensors_index, grads, self.n_inputs)
        for hook in self.user_hooks:
            out = hook(self.module, res, self.grad_outputs)
            if out is None:
                continue
            if len(out) != len(res):
                raise RuntimeError("Backward hook returned an invalid number of grad_input, got {}, but expected {}"
                                   .format(len(out), len(res)))
            res = out
        self.grad_outputs = None
        return _unpack_none(self.input_tensors_index, res)

    def _output_grads(self, grads):
        self.grad_outputs = _pack_with_none(self.output_tensors_index, grads, self.n_outputs)
        if self.input_tensors_index is None:
            grad_inputs = _pack_with_none([], [], self.n_inputs)
            for hook in self.user_hooks:
                res = hook(self.module, grad_inputs, self.grad_outputs)
                if res is not None and not (isinstance(res, tuple) and all(el is None for el in res)):
                    raise RuntimeError("Backward hook for Modules where no input requires gradient should always "
                                       "return None or None for all gradients.")
            self.grad_outputs = None
        return grads

    def setup_input_hook(self, args):
        res, idx = self._apply_on_tensors(self._input_grads, args)
        self.n_inputs = len(args)
        self.input_tensors_index = idx
        return res

    def setup_output_hook(self, args):
        is_tuple = isinstance(args, tuple)
        if not is_tuple:
            args = (args,)
        res, idx = self._apply_on_tensors(self._output_grads, args)
        self.n_outputs = len(args)
        self.output_tensors_index = idx
        return res if is_tuple else res[0]


def _typename(o):
    """The name PyTorch's messages give an object's type: ``torch.FloatTensor`` for a float32 tensor,
    ``int`` for a builtin, ``module.Class`` otherwise."""
    if isinstance(o, Tensor):
        return o.type()
    module = getattr(o, "__module__", None)
    prefix = module + "." if module not in (None, "builtins", "__builtin__") else ""
    if hasattr(o, "__qualname__"):
        return prefix + o.__qualname__
    if hasattr(o, "__name__"):
        return prefix + o.__name__
    return prefix + type(o).__name__


def _addindent(s, n):
    lines = s.split("\n")
    if len(lines) == 1:
        return s
    return lines[0] + "\n" + "\n".join(" " * n + line for line in lines[1:])


class Module(object):
    """Base class of all layers and models. Subclasses define ``__init__`` (calling
    ``super().__init__()``) and ``forward``; attributes that are Parameters, Modules or
    registered buffers are tracked automatically."""

    training = True

    def __init__(self):
        object.__setattr__(self, "training", True)
        object.__setattr__(self, "_parameters", OrderedDict())
        object.__setattr__(self, "_buffers", OrderedDict())
        object.__setattr__(self, "_non_persistent_buffers_set", set())
        object.__setattr__(self, "_modules", OrderedDict())
        object.__setattr__(self, "_backward_hooks", OrderedDict())
        object.__setattr__(self, "_is_full_backward_hook", None)
        object.__setattr__(self, "_forward_hooks", OrderedDict())
        object.__setattr__(self, "_forward_pre_hooks", OrderedDict())

    def forward(self, *input):
        """Computes the module's output; every subclass defines it. Call the module
        (``module(x)``) rather than ``forward``, so that hooks run."""
        raise NotImplementedError('Module [%s] is missing the required "forward" function' % type(self).__name__)

    # -- registration -------------------------------------------------------------
    def register_parameter(self, name, param):
        """Adds a parameter (or None) under ``name``."""
        if "_parameters" not in self.__dict__:
            raise AttributeError("cannot assign parameter before Module.__init__() call")
        if not isinstance(name, str):
            raise TypeError("parameter name should be a string. Got %s" % _typename(name))
        if "." in name:
            raise KeyError('parameter name can\'t contain "."')
        if name == "":
            raise KeyError('parameter name can\'t be empty string ""')
        if hasattr(self, name) and name not in self._parameters:
            raise KeyError("attribute '%s' already exists" % name)
        if param is not None and not isinstance(param, Parameter):
            raise TypeError("cannot assign '%s' object to parameter '%s' (torch.nn.Parameter or None required)"
                            % (_typename(param), name))
        self._parameters[name] = param

    def register_buffer(self, name, tensor, persistent=True):
        """Adds a buffer (state that is not a parameter, e.g. running statistics); a name that is
        already another attribute is refused (KeyError), as in PyTorch."""
        if "_buffers" not in self.__dict__:
            raise AttributeError("cannot assign buffer before Module.__init__() call")
        if not isinstance(name, str):
            raise TypeError("buffer name should be a string. Got %s" % _typename(name))
        if "." in name:
            raise KeyError('buffer name can\'t contain "."')
        if name == "":
            raise KeyError('buffer name can\'t be empty string ""')
        if hasattr(self, name) and name not in self._buffers:
            raise KeyError("attribute '%s' already exists" % name)
        if tensor is not None and not isinstance(tensor, Tensor):
            raise TypeError("cannot assign '%s' object to buffer '%s' (torch Tensor or None required)"
                            % (_typename(tensor), name))
        self._buffers[name] = tensor
        if persistent:
            self._non_persistent_buffers_set.discard(name)
        else:
            self._non_persistent_buffers_set.add(name)

    def add_module(self, name, module):
        """Adds a child module (or None) under ``name``."""
        if module is not None and not isinstance(module, Module):
            raise TypeError("%s is not a Module subclass" % _typename(module))
        if not isinstance(name, str):
            raise TypeError("module name should be a string. Got %s" % _typename(name))
        if hasattr(self, name) and name not in self._modules:
            raise KeyError("attribute '%s' already exists" % name)
        if "." in name:
            raise KeyError('module name can\'t contain ".", got: %s' % name)
        if name == "":
            raise KeyError('module name can\'t be empty string ""')
        self._modules[name] = module

    register_module = add_module

    def __setattr__(self, name, value):
        params = self.__dict__.get("_parameters")
        if isinstance(value, Parameter):
            if params is None:
                raise AttributeError("cannot assign parameters before Module.__init__() call")
            self.__dict__.pop(name, None)
            self._buffers.pop(name, None)
            self._modules.pop(name, None)
            self.register_parameter(name, value)
        elif params is not None and name in params:
            if value is not None:
                raise TypeError("cannot assign '%s' as parameter '%s' (torch.nn.Parameter or None expected)"
                                % (_typename(value), name))
            self.register_parameter(name, value)
        else:
            modules = self.__dict__.get("_modules")
            if isinstance(value, Module):
                if modules is None:
                    raise AttributeError("cannot assign module before Module.__init__() call")
                self.__dict__.pop(name, None)
                params.pop(name, None)
                self._buffers.pop(name, None)
                modules[name] = value
            elif modules is not None and name in modules:
                if value is not None:
                    raise TypeError("cannot assign '%s' as child module '%s' (torch.nn.Module or None expected)"
                                    % (_typename(value), name))
                modules[name] = value
            else:
                buffers = self.__dict__.get("_buffers")
                if buffers is not None and name in buffers:
                    if value is not None and not isinstance(value, Tensor):
                        raise TypeError("cannot assign '%s' as buffer '%s' (torch.Tensor or None expected)"
                                        % (_typename(value), name))
                    buffers[name] = value
                else:
                    object.__setattr__(self, name, value)

    def __getattr__(self, name):
        d = self.__dict__
        for store in ("_parameters", "_buffers", "_modules"):
            s = d.get(store)
            if s is not None and name in s:
                return s[name]
        raise AttributeError("'%s' object has no attribute '%s'" % (type(self).__name__, name))

    def __delattr__(self, name):
        for store in ("_parameters", "_buffers", "_modules"):
            s = self.__dict__.get(store)
            if s is not None and name in s:
                del s[name]
                return
        object.__delattr__(self, name)

    def __dir__(self):
        keys = list(object.__dir__(self)) + list(self._parameters) + list(self._modules) + list(self._buffers)
        return sorted(set(k for k in keys if not k[0].isdigit()))

    # -- calling ------------------------------------------------------------------
    def __call__(self, *args, **kwargs):
        if self._forward_pre_hooks:
            for hook in list(self._forward_pre_hooks.values()):
                r = hook(self, args)
                if r is not None:
                    args = r if isinstance(r, tuple) else (r,)
        d = self.__dict__
        bw_hook = None
        if d.get("_backward_hooks") and d.get("_is_full_backward_hook"):
            bw_hook = _BackwardHook(self, list(d["_backward_hooks"].values()))
            args = bw_hook.setup_input_hook(args)
        result = self.forward(*args, **kwargs)
        if self._forward_hooks:
            for hook in list(self._forward_hooks.values()):
                r = hook(self, args, result)
                if r is not None:
                    result = r
        if bw_hook is not None:
            result = bw_hook.setup_output_hook(result)
        return result

    def register_forward_hook(self, hook):
        """``hook(module, input, output)`` runs after forward; a non-None return replaces the output."""
        h = RemovableHandle(self._forward_hooks)
        self._forward_hooks[h.id] = hook
        return h

    def register_forward_pre_hook(self, hook):
        """``hook(module, input)`` runs before forward; a non-None return replaces the input."""
        h = RemovableHandle(self._forward_pre_hooks)
        self._forward_pre_hooks[h.id] = hook
        return h

    def register_full_backward_hook(self, hook):
        """``hook(module, grad_input, grad_output)`` runs when the gradients w.r.t. the module's inputs
        have been computed: ``grad_input`` and ``grad_output`` are tuples with one entry per positional
        input / output (None for a non-tensor or an input that needs no gradient); a non-None return (a
        tuple as long as ``grad_input``) replaces the gradients w.r.t. the inputs. Returns a handle
        whose ``remove()`` unregisters the hook."""
        if self.__dict__.get("_is_full_backward_hook") is False:
            raise RuntimeError("Cannot use both regular backward hooks and full backward hooks on a "
                               "single Module. Please use only one of them.")
        if "_backward_hooks" not in self.__dict__:
            object.__setattr__(self, "_backward_hooks", OrderedDict())
        object.__setattr__(self, "_is_full_backward_hook", True)
        h = RemovableHandle(self._backward_hooks)
        self._backward_hooks[h.id] = hook
        return h

    # -- access by qualified name -------------------------------------------------
    def get_submodule(self, target):
        """The submodule at the dotted path ``target`` (``""`` is this module); AttributeError
        names the first step that is missing or not a Module."""
        if target == "":
            return self
        mod = self
        for item in target.split("."):
            if not hasattr(mod, item):
                raise AttributeError(mod._get_name() + " has no attribute `" + item + "`")
            mod = getattr(mod, item)
            if not isinstance(mod, Module):
                raise AttributeError("`" + item + "` is not an nn.Module")
        return mod

    def get_parameter(self, target):
        """The parameter at the dotted path ``target`` (e.g. ``"net.0.weight"``)."""
        module_path, _, param_name = target.rpartition(".")
        mod = self.get_submodule(module_path)
        if not hasattr(mod, param_name):
            raise AttributeError(mod._get_name() + " has no attribute `" + param_name + "`")
        param = getattr(mod, param_name)
        if not isinstance(param, Parameter):
            raise AttributeError("`" + param_name + "` is not an nn.Parameter")
        return param

    def get_buffer(self, target):
        """The buffer at the dotted path ``target`` (e.g. ``"bn.running_mean"``)."""
        module_path, _, buffer_name = target.rpartition(".")
        mod = self.get_submodule(module_path)
        if not hasattr(mod, buffer_name):
            raise AttributeError(mod._get_name() + " has no attribute `" + buffer_name + "`")
        buffer = getattr(mod, buffer_name)
        if buffer_name not in mod._buffers:
            raise AttributeError("`" + buffer_name + "` is not a buffer")
        return buffer

    # -- traversal ----------------------------------------------------------------
    def _named_members(self, get_members, prefix="", recurse=True):
        seen = set()
        modules = self.named_modules(prefix=prefix) if recurse else [(prefix, self)]
        for module_prefix, module in modules:
            for k, v in get_members(module):
                if v is None or id(v) in seen:
                    continue
                seen.add(id(v))
                yield (module_prefix + ("." if module_prefix else "") + k, v)

    def parameters(self, recurse=True):
        """Yields the parameters of this module (and its submodules)."""
        for _, param in self.named_parameters(recurse=recurse):
            yield param

    def named_parameters(self, prefix="", recurse=True):
        """Yields (name, parameter) pairs, names like ``layers.0.weight``."""
        for item in self._named_members(lambda m: m._parameters.items(), prefix=prefix, recurse=recurse):
            yield item

    def buffers(self, recurse=True):
        """Yields the buffers (non-parameter state, such as running statistics), of submodules too
        unless ``recurse`` is False."""
        for _, b in self.named_buffers(recurse=recurse):
            yield b

    def named_buffers(self, prefix="", recurse=True):
        """Yields (name, buffer) pairs, names qualified like ``block.0.running_mean``."""
        for item in self._named_members(lambda m: m._buffers.items(), prefix=prefix, recurse=recurse):
            yield item

    def children(self):
        """Yields the direct submodules."""
        for _, m in self.named_children():
            yield m

    def named_children(self):
        """Yields (name, module) pairs of the direct submodules."""
        seen = set()
        for name, m in self._modules.items():
            if m is not None and id(m) not in seen:
                seen.add(id(m))
                yield name, m

    def modules(self):
        """Yields this module and every submodule, depth first, each once."""
        for _, m in self.named_modules():
            yield m

    def named_modules(self, memo=None, prefix="", remove_duplicate=True):
        """Yields (qualified name, module) for this module (name ``""``) and every submodule."""
        if memo is None:
            memo = set()
        if id(self) in memo and remove_duplicate:
            return
        if remove_duplicate:
            memo.add(id(self))
        yield prefix, self
        for name, m in self._modules.items():
            if m is None:
                continue
            sub = prefix + ("." if prefix else "") + name
            for item in m.named_modules(memo, sub, remove_duplicate):
                yield item

    def apply(self, fn):
        """Calls ``fn(module)`` on every submodule, then on this module (e.g. to initialise
        weights); returns ``self``."""
        for m in self.children():
            m.apply(fn)
        fn(self)
        return self

    # -- modes ----------------------------------------------------------------------
    def train(self, mode=True):
        """Sets training mode (``mode=True``) or evaluation mode here and in every submodule
        (Dropout acts only in training mode); returns ``self``."""
        if not isinstance(mode, bool):
            raise ValueError("training mode is expected to be boolean")
        self.training = mode
        for m in self.children():
            m.train(mode)
        return self

    def eval(self):
        """Sets evaluation mode (``train(False)``); returns ``self``."""
        return self.train(False)

    def requires_grad_(self, requires_grad=True):
        """Sets ``requires_grad`` on every parameter; returns ``self``."""
        for p in self.parameters():
            p.requires_grad_(requires_grad)
        return self

    def zero_grad(self, set_to_none=False):
        """Resets the gradients of all parameters (PyTorch 1.13 default: zero them in place)."""
        from . import _native_ops
        _native_ops.zero_grad(self.parameters(), set_to_none)

    def _apply_to_tensors(self, fn):
        with no_grad():
            for m in self.modules():
                for k, p in m._parameters.items():
                    if p is not None:
                        p.data = fn(p)
                        if p.grad is not None:
                            p.grad = fn(p.grad)
                for k, b in m._buffers.items():
                    if b is not None:
                        m._buffers[k] = fn(b)
        return self

    def to(self, *args, **kwargs):
        """``to(device)``, ``to(dtype)``, ``to(device, dtype)``, ``to(tensor)``: converts floating
        parameters and buffers to ``dtype`` in place (only the CPU exists: another device raises as a
        CPU-only PyTorch does); returns self."""
        from .._tensor import _parse_to
        from .._dtype import check_device, BY_CODE
        dev, code, _ = _parse_to(args, kwargs, "to")
        if code is not None and BY_CODE[code].is_floating_point is False:
            raise TypeError("nn.Module.to only accepts floating point or complex dtypes, but got desired dtype={}"
                            .format(BY_CODE[code]))
        check_device(dev)
        if code is None:
            return self
        dtype = BY_CODE[code]
        return self._apply_to_tensors(lambda t: t.to(dtype) if t.is_floating_point() else t)

    def float(self):
        """Converts the floating parameters and buffers to float32; returns ``self``."""
        from .. import float32
        return self._apply_to_tensors(lambda t: t.to(float32) if t.is_floating_point() else t)

    def double(self):
        """Converts the floating parameters and buffers to float64; returns ``self``."""
        from .. import float64
        return self._apply_to_tensors(lambda t: t.to(float64) if t.is_floating_point() else t)

    def cpu(self):
        """Returns ``self`` (parameters always live in CPU memory)."""
        return self

    def cuda(self, device=None):
        """Raises as a PyTorch built without CUDA does (AssertionError)."""
        raise AssertionError("Torch not compiled with CUDA enabled")

    # -- state dicts --------------------------------------------------------------
    def state_dict(self, destination=None, prefix="", keep_vars=False):
        """An OrderedDict of every parameter and persistent buffer, by qualified name."""
        if destination is None:
            destination = OrderedDict()
        for name, p in self._parameters.items():
            if p is not None:
                destination[prefix + name] = p if keep_vars else p.detach()
        for name, b in self._buffers.items():
            if b is not None and name not in self._non_persistent_buffers_set:
                destination[prefix + name] = b if keep_vars else b.detach()
        for name, m in self._modules.items():
            if m is not None:
                m.state_dict(destination=destination, prefix=prefix + name + ".", keep_vars=keep_vars)
        return destination

    def load_state_dict(self, state_dict, strict=True):
        """Copies parameters and buffers from ``state_dict``; with ``strict`` every key must match.
        Errors name the missing and unexpected keys and the shape mismatches."""
        if not hasattr(state_dict, "keys"):
            raise TypeError("Expected state_dict to be dict-like, got %s." % type(state_dict))
        missing, unexpected, errors = [], [], []
        own = self.state_dict(keep_vars=True)
        for key, target in own.items():
            if key not in state_dict:
                missing.append(key)
                continue
            value = state_dict[key]
            if not isinstance(value, Tensor):
                errors.append('While copying the parameter named "%s", expected torch.Tensor or Tensor-like '
                              "object from checkpoint but received %s" % (key, type(value)))
                continue
            if tuple(value.shape) != tuple(target.shape):
                errors.append("size mismatch for %s: copying a param with shape %s from checkpoint, "
                              "the shape in current model is %s." % (key, value.shape, target.shape))
                continue
            with no_grad():
                target.data = value.to(target.dtype).clone()
        for key in state_dict.keys():
            if key not in own:
                unexpected.append(key)
        if strict:
            if unexpected:
                errors.insert(0, "Unexpected key(s) in state_dict: %s. " % ", ".join('"%s"' % k for k in unexpected))
            if missing:
                errors.insert(0, "Missing key(s) in state_dict: %s. " % ", ".join('"%s"' % k for k in missing))
        if errors:
            raise RuntimeError("Error(s) in loading state_dict for %s:\n\t%s"
                               % (type(self).__name__, "\n\t".join(errors)))
        return _IncompatibleKeys(missing, unexpected)

    # -- printing -------------------------------------------------------------------
    def extra_repr(self):
        """The text inside the parentheses of this module's repr line (override to show settings)."""
        return ""

    def _get_name(self):
        return type(self).__name__

    def __repr__(self):
        lines = []
        extra = self.extra_repr()
        if extra:
            lines = extra.split("\n")
        children = []
        for key, module in self._modules.items():
            children.append("(" + key + "): " + _addindent(repr(module), 2))
        lines = lines + children
        main = self._get_name() + "("
        if lines:
            if len(extra.split("\n")) == 1 and not children:
                main += extra
            else:
                main += "\n  " + "\n  ".join(lines) + "\n"
        return main + ")"
