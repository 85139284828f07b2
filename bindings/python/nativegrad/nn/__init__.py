"""``nativegrad.nn``: modules, layers, losses, functional, init and utils (PyTorch's torch.nn)."""

from .parameter import Parameter
from .module import Module
from .layers import (Identity, Linear, ReLU, Tanh, Sigmoid, Softmax, LogSoftmax, Sequential, ModuleList,
                     Dropout, Flatten, Embedding, LayerNorm)
from .loss import MSELoss, L1Loss, BCELoss, BCEWithLogitsLoss, CrossEntropyLoss, NLLLoss
from . import functional, init, parallel, utils

__all__ = ["Parameter", "Module", "Identity", "Linear", "ReLU", "Tanh", "Sigmoid", "Softmax", "LogSoftmax",
           "Sequential", "ModuleList", "Dropout", "Flatten", "Embedding", "LayerNorm", "MSELoss", "L1Loss",
           "BCELoss", "BCEWithLogitsLoss", "CrossEntropyLoss", "NLLLoss", "functional", "init", "parallel", "utils"]
