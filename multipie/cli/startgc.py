"""The garbage collector paused while a ``run``/``call`` process starts, resumed before guest code runs.

Starting ``multipie run`` imports multiPIE and wasmtime and loads a service: tens of thousands of
objects, nearly all alive until the process ends. CPython's collector walks the young ones again
and again as they pile up, and the interpreter's exit runs full collections over all of them:
~15 ms of a cached run's ~88 ms of CPU here (docs/performance.md, session 10). :func:`pause` (the
entry point, when it reads the process's own command line) stops collection; :func:`resume` (the
verb, once its service is loaded, before the guest starts) moves every object then alive into the
permanent generation (``gc.freeze``: they are not walked again) and starts collecting again, so
the guest's run (a legacy program's exits are handled in Python) is collected as always. A caller
that turned the collector off itself is left alone. Only the objects of start-up are frozen:
cyclic garbage made before the guest started is kept until the process ends.
"""

import gc

__all__ = ["pause", "paused", "resume"]

_paused = False


def pause() -> None:
    """Stop the collector for start-up (nothing to do if it is already off)."""
    global _paused
    if gc.isenabled():
        gc.disable()
        _paused = True


def paused() -> bool:
    """Whether :func:`pause` stopped the collector and nothing resumed it yet."""
    return _paused


def resume() -> None:
    """Freeze what start-up made and collect again, if :func:`pause` stopped the collector; idempotent."""
    global _paused
    if _paused:
        _paused = False
        gc.freeze()
        gc.enable()
