"""``nativegrad.optim``: SGD, Adam, AdamW, RMSprop, Adagrad and learning-rate schedulers."""

from .optimizer import Optimizer
from .algorithms import SGD, Adam, AdamW, RMSprop
from .adagrad import Adagrad
from . import lr_scheduler

__all__ = ["Optimizer", "SGD", "Adam", "AdamW", "RMSprop", "Adagrad", "lr_scheduler"]
