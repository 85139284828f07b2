"""Recurrent layers RNN, LSTM, GRU and their cells (PyTorch's names, init, checks and messages).

The recurrence runs in the library (``ng_rnn_forward`` / ``ng_rnn_cell``: NativeGrad.NN.Recurrent,
composed from differentiable table ops as PyTorch's CPU path composes it), one call per forward;
these classes hold the parameters and do PyTorch's argument checks."""

import math
import numbers
import warnings
from ctypes import c_void_p

from .._native import lib as _L, raise_status as _raise
from .._tensor import Tensor, _wrap
from . import init
from .module import Module
from .parameter import Parameter

__all__ = ["RNNBase", "RNN", "LSTM", "GRU", "RNNCellBase", "RNNCell", "LSTMCell", "GRUCell"]

_VP = c_void_p


def _empty(*shape, dtype=None):
    from .. import zeros
    return zeros(*shape, dtype=dtype)


def _h(t):
    return None if t is None else t._h


class RNNBase(Module):
    """Base of RNN, LSTM and GRU: parameters ``weight_ih_l{k}[_reverse]``, ``weight_hh_l{k}``,
    ``bias_ih_l{k}``, ``bias_hh_l{k}``, uniform in ±1/sqrt(hidden_size)."""

    def __init__(self, mode, input_size, hidden_size, num_layers=1, bias=True, batch_first=False,
                 dropout=0., bidirectional=False, proj_size=0, device=None, dtype=None):
        super().__init__()
        from .._dtype import check_device
        check_device(device)
        self.mode = mode
        self.input_size = input_size
        self.hidden_size = hidden_size
        self.num_layers = num_layers
        self.bias = bias
        self.batch_first = batch_first
        self.dropout = float(dropout)
        self.bidirectional = bidirectional
        self.proj_size = proj_size
        num_directions = 2 if bidirectional else 1

        if not isinstance(dropout, numbers.Number) or not 0 <= dropout <= 1 or isinstance(dropout, bool):
            raise ValueError("dropout should be a number in range [0, 1] representing the probability of an "
                             "element being zeroed")
        if dropout > 0 and num_layers == 1:
            warnings.warn("dropout option adds dropout after all but last recurrent layer, so non-zero dropout "
                          "expects num_layers greater than 1, but got dropout={} and num_layers={}"
                          .format(dropout, num_layers))
        if not isinstance(hidden_size, int) or isinstance(hidden_size, bool):
            raise TypeError("hidden_size should be of type int, got: %s" % type(hidden_size).__name__)
        if hidden_size <= 0:
            raise ValueError("hidden_size must be greater than zero")
        if num_layers <= 0:
            raise ValueError("num_layers must be greater than zero")
        if proj_size < 0:
            raise ValueError("proj_size should be a positive integer or zero to disable projections")
        if proj_size >= hidden_size:
            raise ValueError("proj_size has to be smaller than hidden_size")
        if proj_size != 0:
            raise NotImplementedError("nativegrad: LSTM with proj_size > 0 (projections) is not supported")

        if mode == "LSTM":
            gate_size = 4 * hidden_size
        elif mode == "GRU":
            gate_size = 3 * hidden_size
        elif mode in ("RNN_TANH", "RNN_RELU"):
            gate_size = hidden_size
        else:
            raise ValueError("Unrecognized RNN mode: " + mode)

        self._flat_weights_names = []
        self._all_weights = []
        for layer in range(num_layers):
            for direction in range(num_directions):
                layer_input_size = input_size if layer == 0 else hidden_size * num_directions
                w_ih = Parameter(_empty(gate_size, layer_input_size, dtype=dtype))
                w_hh = Parameter(_empty(gate_size, hidden_size, dtype=dtype))
                b_ih = Parameter(_empty(gate_size, dtype=dtype))
                b_hh = Parameter(_empty(gate_size, dtype=dtype))
                layer_params = (w_ih, w_hh, b_ih, b_hh) if bias else (w_ih, w_hh)
                suffix = "_reverse" if direction == 1 else ""
                param_names = ["weight_ih_l{}{}", "weight_hh_l{}{}"]
                if bias:
                    param_names += ["bias_ih_l{}{}", "bias_hh_l{}{}"]
                param_names = [x.format(layer, suffix) for x in param_names]
                for name, param in zip(param_names, layer_params):
                    setattr(self, name, param)
                self._flat_weights_names.extend(param_names)
                self._all_weights.append(param_names)
        self.reset_parameters()

    @property
    def _flat_weights(self):
        return [getattr(self, wn) if hasattr(self, wn) else None for wn in self._flat_weights_names]

    @property
    def all_weights(self):
        """The weights per layer and direction, in PyTorch's order."""
        return [[getattr(self, weight) for weight in weights] for weights in self._all_weights]

    def flatten_parameters(self):
        """No-op (cuDNN's weight layout does not apply on the CPU)."""

    def reset_parameters(self):
        """Re-initialises every weight uniformly in +-1/sqrt(hidden_size), as PyTorch."""
        stdv = 1.0 / math.sqrt(self.hidden_size) if self.hidden_size > 0 else 0
        for weight in self.parameters():
            init.uniform_(weight, -stdv, stdv)

    def check_input(self, input, batch_sizes):
        """Raises PyTorch's error when the input's rank, dtype or feature size is wrong."""
        w0 = self._flat_weights[0]
        if input.dtype != w0.dtype:
            raise ValueError("input must have the type {}, got type {}".format(w0.dtype, input.dtype))
        if input.dim() != 3:
            raise RuntimeError("input must have {} dimensions, got {}".format(3, input.dim()))
        if self.input_size != input.size(-1):
            raise RuntimeError("input.size(-1) must be equal to input_size. Expected {}, got {}"
                               .format(self.input_size, input.size(-1)))

    def get_expected_hidden_size(self, input, batch_sizes):
        """The shape the hidden state must have for this input."""
        mini_batch = input.size(0) if self.batch_first else input.size(1)
        num_directions = 2 if self.bidirectional else 1
        return (self.num_layers * num_directions, mini_batch, self.hidden_size)

    def check_hidden_size(self, hx, expected_hidden_size, msg="Expected hidden size {}, got {}"):
        """Raises PyTorch's error when hx does not have the expected size."""
        if tuple(hx.size()) != expected_hidden_size:
            raise RuntimeError(msg.format(expected_hidden_size, list(hx.size())))

    def check_forward_args(self, input, hidden, batch_sizes):
        """Checks the input and hidden state shapes as PyTorch does (raising its errors)."""
        self.check_input(input, batch_sizes)
        self.check_hidden_size(hidden, self.get_expected_hidden_size(input, batch_sizes))

    def _run(self, input, hx, cx):
        """The library's recurrence over a 3-D input: (output, h_n, c_n or None)."""
        weights = self._flat_weights
        arr = (_VP * len(weights))(*[w._h for w in weights])
        out, hn, cn = _VP(), _VP(), _VP()
        st = _L.ng_rnn_forward(self.mode.encode(), input._h, _h(hx), _h(cx), arr, len(weights), self.num_layers,
                               1 if self.bias else 0, 1 if self.batch_first else 0, self.dropout,
                               1 if self.training else 0, 1 if self.bidirectional else 0, out, hn, cn)
        if st:
            _raise(st)
        return _wrap(out.value), _wrap(hn.value), (None if cn.value is None else _wrap(cn.value))

    def _prepare(self, input):
        """Unbatched input gets a batch dim; returns (input, is_batched, batch_dim)."""
        if not isinstance(input, Tensor):
            raise TypeError("%s.forward: input must be a Tensor, not %s" % (type(self).__name__, type(input).__name__))
        is_batched = input.dim() == 3
        batch_dim = 0 if self.batch_first else 1
        if not is_batched:
            input = input.unsqueeze(batch_dim)
        return input, is_batched, batch_dim

    def extra_repr(self):
        """The constructor arguments, as PyTorch prints them."""
        s = "{input_size}, {hidden_size}"
        if self.proj_size != 0:
            s += ", proj_size={proj_size}"
        if self.num_layers != 1:
            s += ", num_layers={num_layers}"
        if self.bias is not True:
            s += ", bias={bias}"
        if self.batch_first is not False:
            s += ", batch_first={batch_first}"
        if self.dropout != 0:
            s += ", dropout={dropout}"
        if self.bidirectional is not False:
            s += ", bidirectional={bidirectional}"
        return s.format(**self.__dict__)


class _SingleStateRNN(RNNBase):
    """RNN and GRU: one hidden state."""

    def forward(self, input, hx=None):
        """Runs the layers over the sequence: returns (output, h_n)."""
        input, is_batched, batch_dim = self._prepare(input)
        if hx is not None:
            if not is_batched:
                if hx.dim() != 2:
                    raise RuntimeError("For unbatched 2-D input, hx should also be 2-D but got %d-D tensor" % hx.dim())
                hx = hx.unsqueeze(1)
            elif hx.dim() != 3:
                raise RuntimeError("For batched 3-D input, hx should also be 3-D but got %d-D tensor" % hx.dim())
            self.check_forward_args(input, hx, None)
        else:
            self.check_input(input, None)
        output, hidden, _ = self._run(input, hx, None)
        if not is_batched:
            output = output.squeeze(batch_dim)
            hidden = hidden.squeeze(1)
        return output, hidden


class RNN(_SingleStateRNN):
    """Elman RNN: h_t = tanh (or relu) of W_ih x_t + b_ih + W_hh h_(t-1) + b_hh.
    ``forward(input, h0=None)`` returns ``(output, h_n)``."""

    def __init__(self, *args, **kwargs):
        if "proj_size" in kwargs:
            raise ValueError("proj_size argument is only supported for LSTM, not RNN or GRU")
        if len(args) > 3:
            self.nonlinearity = args[3]
            args = args[:3] + args[4:]
        else:
            self.nonlinearity = kwargs.pop("nonlinearity", "tanh")
        if self.nonlinearity == "tanh":
            mode = "RNN_TANH"
        elif self.nonlinearity == "relu":
            mode = "RNN_RELU"
        else:
            raise ValueError("Unknown nonlinearity '{}'".format(self.nonlinearity))
        super().__init__(mode, *args, **kwargs)


class GRU(_SingleStateRNN):
    """Gated recurrent unit; ``forward(input, h0=None)`` returns ``(output, h_n)``."""

    def __init__(self, *args, **kwargs):
        if "proj_size" in kwargs:
            raise ValueError("proj_size argument is only supported for LSTM, not RNN or GRU")
        super().__init__("GRU", *args, **kwargs)


class LSTM(RNNBase):
    """Long short-term memory; ``forward(input, (h0, c0)=None)`` returns ``(output, (h_n, c_n))``."""

    def __init__(self, *args, **kwargs):
        super().__init__("LSTM", *args, **kwargs)

    def get_expected_cell_size(self, input, batch_sizes):
        """The shape the cell state must have for this input."""
        return self.get_expected_hidden_size(input, batch_sizes)

    def check_forward_args(self, input, hidden, batch_sizes):
        """Checks the input and (h_0, c_0) shapes as PyTorch does."""
        self.check_input(input, batch_sizes)
        self.check_hidden_size(hidden[0], self.get_expected_hidden_size(input, batch_sizes),
                               "Expected hidden[0] size {}, got {}")
        self.check_hidden_size(hidden[1], self.get_expected_cell_size(input, batch_sizes),
                               "Expected hidden[1] size {}, got {}")

    def forward(self, input, hx=None):
        """Runs the layers over the sequence: returns (output, (h_n, c_n))."""
        input, is_batched, batch_dim = self._prepare(input)
        if hx is not None:
            if is_batched:
                if hx[0].dim() != 3 or hx[1].dim() != 3:
                    raise RuntimeError("For batched 3-D input, hx and cx should also be 3-D but got (%d-D, %d-D) tensors"
                                       % (hx[0].dim(), hx[1].dim()))
            else:
                if hx[0].dim() != 2 or hx[1].dim() != 2:
                    raise RuntimeError("For unbatched 2-D input, hx and cx should also be 2-D but got (%d-D, %d-D) tensors"
                                       % (hx[0].dim(), hx[1].dim()))
                hx = (hx[0].unsqueeze(1), hx[1].unsqueeze(1))
            self.check_forward_args(input, hx, None)
            h0, c0 = hx
        else:
            self.check_input(input, None)
            h0 = c0 = None
        output, hn, cn = self._run(input, h0, c0)
        if not is_batched:
            output = output.squeeze(batch_dim)
            hn, cn = hn.squeeze(1), cn.squeeze(1)
        return output, (hn, cn)


class RNNCellBase(Module):
    """Base of the cells: parameters ``weight_ih``, ``weight_hh``, ``bias_ih``, ``bias_hh``."""

    def __init__(self, input_size, hidden_size, bias, num_chunks, device=None, dtype=None):
        super().__init__()
        from .._dtype import check_device
        check_device(device)
        self.input_size = input_size
        self.hidden_size = hidden_size
        self.bias = bias
        self.weight_ih = Parameter(_empty(num_chunks * hidden_size, input_size, dtype=dtype))
        self.weight_hh = Parameter(_empty(num_chunks * hidden_size, hidden_size, dtype=dtype))
        if bias:
            self.bias_ih = Parameter(_empty(num_chunks * hidden_size, dtype=dtype))
            self.bias_hh = Parameter(_empty(num_chunks * hidden_size, dtype=dtype))
        else:
            self.register_parameter("bias_ih", None)
            self.register_parameter("bias_hh", None)
        self.reset_parameters()

    def extra_repr(self):
        """The constructor arguments, as PyTorch prints them."""
        s = "{input_size}, {hidden_size}"
        if "bias" in self.__dict__ and self.bias is not True:
            s += ", bias={bias}"
        if "nonlinearity" in self.__dict__ and self.nonlinearity != "tanh":
            s += ", nonlinearity={nonlinearity}"
        return s.format(**self.__dict__)

    def reset_parameters(self):
        """Re-initialises every weight uniformly in +-1/sqrt(hidden_size), as PyTorch."""
        stdv = 1.0 / math.sqrt(self.hidden_size) if self.hidden_size > 0 else 0
        for weight in self.parameters():
            init.uniform_(weight, -stdv, stdv)

    def _check(self, input, states):
        if input.size(1) != self.input_size:
            raise RuntimeError("input has inconsistent input_size: got {} expected {}".format(input.size(1), self.input_size))
        for i, s in enumerate(states):
            if input.size(0) != s.size(0):
                raise RuntimeError("Input batch size {} doesn't match hidden{} batch size {}".format(input.size(0), i, s.size(0)))
            if s.size(1) != self.hidden_size:
                raise RuntimeError("hidden{} has inconsistent hidden_size: got {}, expected {}".format(i, s.size(1), self.hidden_size))

    def _cell(self, mode, input, hx, cx):
        h, c = _VP(), _VP()
        st = _L.ng_rnn_cell(mode.encode(), input._h, hx._h, _h(cx), self.weight_ih._h, self.weight_hh._h,
                            _h(self.bias_ih), _h(self.bias_hh), h, c)
        if st:
            _raise(st)
        return _wrap(h.value), (None if c.value is None else _wrap(c.value))

    def _batched(self, input):
        if input.dim() not in (1, 2):
            raise AssertionError("%s: Expected input to be 1-D or 2-D but received %d-D tensor"
                                 % (type(self).__name__, input.dim()))
        is_batched = input.dim() == 2
        return (input if is_batched else input.unsqueeze(0)), is_batched

    def _zeros(self, input):
        from .. import zeros
        return zeros(input.size(0), self.hidden_size, dtype=input.dtype)


class RNNCell(RNNCellBase):
    """One Elman RNN step: ``forward(input, hx=None)`` returns h'."""

    def __init__(self, input_size, hidden_size, bias=True, nonlinearity="tanh", device=None, dtype=None):
        super().__init__(input_size, hidden_size, bias, num_chunks=1, device=device, dtype=dtype)
        self.nonlinearity = nonlinearity

    def forward(self, input, hx=None):
        """One step: returns h'."""
        input, is_batched = self._batched(input)
        hx = self._zeros(input) if hx is None else (hx if is_batched else hx.unsqueeze(0))
        if self.nonlinearity == "tanh":
            mode = "RNN_TANH"
        elif self.nonlinearity == "relu":
            mode = "RNN_RELU"
        else:
            raise RuntimeError("Unknown nonlinearity: {}".format(self.nonlinearity))
        self._check(input, (hx,))
        ret, _ = self._cell(mode, input, hx, None)
        return ret if is_batched else ret.squeeze(0)


class LSTMCell(RNNCellBase):
    """One LSTM step: ``forward(input, (h, c)=None)`` returns (h', c')."""

    def __init__(self, input_size, hidden_size, bias=True, device=None, dtype=None):
        super().__init__(input_size, hidden_size, bias, num_chunks=4, device=device, dtype=dtype)

    def forward(self, input, hx=None):
        """One step: returns (h', c')."""
        input, is_batched = self._batched(input)
        if hx is None:
            z = self._zeros(input)
            hx = (z, z)
        else:
            hx = (hx[0].unsqueeze(0), hx[1].unsqueeze(0)) if not is_batched else hx
        self._check(input, hx)
        h, c = self._cell("LSTM", input, hx[0], hx[1])
        return (h, c) if is_batched else (h.squeeze(0), c.squeeze(0))


class GRUCell(RNNCellBase):
    """One GRU step: ``forward(input, hx=None)`` returns h'."""

    def __init__(self, input_size, hidden_size, bias=True, device=None, dtype=None):
        super().__init__(input_size, hidden_size, bias, num_chunks=3, device=device, dtype=dtype)

    def forward(self, input, hx=None):
        """One step: returns h'."""
        input, is_batched = self._batched(input)
        hx = self._zeros(input) if hx is None else (hx if is_batched else hx.unsqueeze(0))
        self._check(input, (hx,))
        ret, _ = self._cell("GRU", input, hx, None)
        return ret if is_batched else ret.squeeze(0)
