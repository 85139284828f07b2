"""torch.profiler over the library's op profiler (CPU only): ``profile`` with ``key_averages().table()``,
``record_function`` and ``ProfilerActivity``; see ``autograd.profiler`` for what is timed."""

import enum

from .autograd.profiler import record_function, profile as _autograd_profile

__all__ = ["profile", "record_function", "ProfilerActivity"]


class ProfilerActivity(enum.Enum):
    """The devices a profile covers: only CPU exists here."""
    CPU = 0
    CUDA = 1


class profile(_autograd_profile):
    """torch.profiler.profile: a context manager timing every op and backward node while open
    (``activities`` may only hold ``ProfilerActivity.CPU``; schedules are not supported)."""

    def __init__(self, *, activities=None, schedule=None, on_trace_ready=None, record_shapes=False,
                 profile_memory=False, with_stack=False, with_flops=False, with_modules=False,
                 experimental_config=None, use_cuda=None):
        acts = set(activities) if activities is not None else {ProfilerActivity.CPU}
        if ProfilerActivity.CUDA in acts or use_cuda:
            raise AssertionError("Torch not compiled with CUDA enabled")
        if schedule is not None or on_trace_ready is not None:
            raise NotImplementedError("nativegrad.profiler.profile: schedule and on_trace_ready are not supported")
        super().__init__(record_shapes=record_shapes, profile_memory=profile_memory, with_stack=with_stack)

    def start(self):
        """Opens the profile (as entering the context)."""
        self.__enter__()

    def stop(self):
        """Closes the profile (as leaving the context)."""
        self.__exit__(None, None, None)

    def step(self):
        """Marks a step (no schedule here: nothing to do)."""
