"""``nativegrad.optim``: SGD, Adam, AdamW, RMSprop and learning-rate schedulers."""

from .optimizer import Optimizer
from .algorithms import SGD, Adam, AdamW, RMSprop
from . import lr_scheduler

__all__ = ["Optimizer", "SGD", "Adam", "AdamW", "RMSprop", "lr_scheduler"]
