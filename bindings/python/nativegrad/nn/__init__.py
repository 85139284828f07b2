"""``nativegrad.nn``: modules, layers, losses, functional, init and utils (PyTorch's torch.nn)."""

from .parameter import Parameter
from .module import Module
from .layers import (Identity, Linear, ReLU, Tanh, Sigmoid, Softmax, LogSoftmax, Sequential,
                     Dropout, Flatten, Unflatten, Softmin, Embedding, LayerNorm)
from .containers import ModuleList, ModuleDict, ParameterList, ParameterDict
from .rnn import RNNBase, RNN, LSTM, GRU, RNNCellBase, RNNCell, LSTMCell, GRUCell
from .activation import (GELU, SiLU, LeakyReLU, ELU, Softplus, Mish, SELU, Hardtanh, ReLU6, LogSigmoid, Softsign,
                         Hardsigmoid, Hardswish, CELU, Tanhshrink)
from .batchnorm import BatchNorm1d, BatchNorm2d, BatchNorm3d
from .loss import (MSELoss, L1Loss, BCELoss, BCEWithLogitsLoss, CrossEntropyLoss, NLLLoss, SmoothL1Loss, HuberLoss,
                   KLDivLoss)
from . import functional, init, parallel, utils

__all__ = ["Parameter", "Module", "Identity", "Linear", "ReLU", "Tanh", "Sigmoid", "Softmax", "LogSoftmax",
           "Sequential", "ModuleList", "ModuleDict", "ParameterList", "ParameterDict", "RNNBase", "RNN", "LSTM",
           "GRU", "RNNCellBase", "RNNCell", "LSTMCell", "GRUCell", "Dropout", "Flatten", "Unflatten", "Softmin", "Embedding", "LayerNorm", "MSELoss", "L1Loss",
           "BCELoss", "BCEWithLogitsLoss", "CrossEntropyLoss", "NLLLoss", "SmoothL1Loss", "HuberLoss", "KLDivLoss", "GELU", "SiLU", "LeakyReLU", "ELU", "Softplus", "Mish", "SELU", "Hardtanh", "ReLU6", "LogSigmoid", "Softsign", "Hardsigmoid", "Hardswish", "CELU", "Tanhshrink", "BatchNorm1d", "BatchNorm2d", "BatchNorm3d", "functional", "init", "parallel", "utils"]
