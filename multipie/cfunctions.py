"""Virtines as a Python language extension: C functions that run in their own tiny VM.

::

    from multipie import virtine

    fib = virtine.compile(C_SOURCE, "fib")          # -> callable
    fib(20)                                          # 6765, in a fresh VM state

    @virtine.c('''
        VIRTINE long checksum(const unsigned char *buf, long n) { ... }
    ''', timeout=0.5)
    def checksum(buf: bytes) -> int: ...             # the typed signature maps the arguments

Sources are compiled once (``python -m ziglang cc``) and cached by the hash
of source and options under ``<cache dir>/virtine`` (``$MULTIPIE_CACHE_DIR``,
default ``~/.cache/multipie``). Each call takes a clean machine state
(snapshot restored after every call); a fault, timeout or forbidden hypercall
raises the usual :mod:`multipie.errors` and the next call works again.
"""

from __future__ import annotations

import hashlib
import inspect
import os
import tempfile
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar, get_type_hints

from multipie.domains.base import Service
from multipie.domains.virtine.service import VirtineDomain, VirtineService
from multipie.errors import ArgumentError, DomainError, UsageError
from multipie.host import default_cache_dir
from multipie.runtime import Runtime

__all__ = ["VirtineFunction", "c", "compile", "image_bytes"]

_BUFFERS = (bytes, bytearray, memoryview)
_INTS = ("i32", "i64", "u32", "u64")
_runtime: Runtime | None = None
_runtime_lock = threading.Lock()
F = TypeVar("F", bound=Callable[..., Any])


def _default_runtime() -> Runtime:
    global _runtime
    with _runtime_lock:
        if _runtime is None:
            _runtime = Runtime(cache_dir=None)
        return _runtime


def image_bytes(
    source: str, *, memory: int | None = None, name: str = "virtine", flags: list[str] | None = None
) -> bytes:
    """The virtine image for C ``source``: from the cache, or compiled and cached.

    Raises:
        InvalidModule: the source does not compile or has no ``VIRTINE`` function.
    """
    from multipie.domains.virtine import build

    key = hashlib.sha256(f"v1|{memory}|{build.CFLAGS}|{flags}|{source}".encode()).hexdigest()
    cache = default_cache_dir() / "virtine"
    path = cache / f"{key}.virtine"
    try:
        return path.read_bytes()
    except OSError:
        pass
    image = build.build_image(Path(f"{name}.c"), source_text=source, memory=memory, flags=flags).to_bytes()
    try:
        cache.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=cache, prefix=".tmp-")
        with os.fdopen(fd, "wb") as f:
            f.write(image)
        os.replace(tmp, path)
    except OSError:  # a read-only cache only costs a recompile
        pass
    return image


class VirtineFunction:
    """A callable running one entry point of a virtine image; see the module docstring.

    Attributes:
        service: the loaded :class:`~multipie.domains.virtine.service.VirtineService`.
        name: the entry point.
        nargs: how many arguments the callable takes.
    """

    def __init__(
        self,
        service: VirtineService,
        name: str,
        *,
        timeout: float | None = None,
        plan: list[tuple[str, int]] | None = None,
        result: Callable[[Any], Any] | None = None,
        nargs: int | None = None,
    ) -> None:
        self.service = service
        self.name = name
        self.entry = service.entry(name)
        self.timeout = timeout
        self._plan = plan
        self._result = result
        self.nargs = nargs if nargs is not None else len(self.entry.params)
        self._local = threading.local()

    def _domain(self) -> VirtineDomain:
        d: VirtineDomain | None = getattr(self._local, "domain", None)
        if d is None or not d.is_open:
            d = self.service.spawn(timeout=self.timeout)
            self._local.domain = d
        return d

    def __call__(self, *args: Any) -> Any:
        if self._plan is not None:
            if len(args) != self.nargs:
                raise ArgumentError.arity(self.service.name, self.name, self._py_kinds(), len(args))
            args = tuple(args[i] if what == "arg" else self._length(args, i) for what, i in self._plan)
        d = self._domain()
        try:
            value = d.export(self.name)(*args)
        except DomainError:
            self._local.domain = None  # torn down; the next call spawns a fresh one
            raise
        return self._result(value) if self._result is not None else value

    def _py_kinds(self) -> list[str]:
        """The Python-visible parameters' C kinds (a buffer's implicit length is not one)."""
        assert self._plan is not None
        return [k for (what, _), k in zip(self._plan, self.entry.params) if what == "arg"]

    def _length(self, args: tuple[Any, ...], i: int) -> int:
        """The implicit length argument of buffer argument ``i``."""
        a = args[i]
        if not isinstance(a, _BUFFERS):
            problem = f"expected bytes, bytearray or memoryview, got {type(a).__name__}"
            raise ArgumentError.bad_value(self.service.name, self.name, i, self._py_kinds()[i], a, problem)
        return a.nbytes if isinstance(a, memoryview) else len(a)

    def close(self) -> None:
        """Close this thread's domain (its machine returns to the pool)."""
        d = getattr(self._local, "domain", None)
        if d is not None:
            d.close()
            self._local.domain = None

    def __repr__(self) -> str:
        return f"<virtine {self.entry.describe()}>"


def compile(  # noqa: A001 - mirrors the builtin on purpose: virtine.compile(source, name)
    source: str,
    name: str,
    *,
    memory: int | None = None,
    timeout: float | None = None,
    runtime: Runtime | None = None,
    flags: list[str] | None = None,
) -> VirtineFunction:
    """Compile C ``source`` and return a callable for its ``VIRTINE`` function ``name``.

    Args:
        source: C code (``virtine.h`` is always included, as by ``multipie build``).
        name: the entry point to call.
        memory: guest memory in bytes (default: derived from the image).
        timeout: seconds per call (``None``: unlimited).
        runtime: the runtime to load into (default: a shared one).
        flags: extra compiler flags (``-I``, ``-D``), part of the cache key.

    Raises:
        InvalidModule: compilation failed; NoSuchExport: no such entry point.
    """
    rt = runtime or _default_runtime()
    svc = rt.load(image_bytes(source, memory=memory, name=name, flags=flags), kind="virtine", name=name)
    assert isinstance(svc, VirtineService)
    return VirtineFunction(svc, name, timeout=timeout)


def _plan_for(fn: Callable[..., Any], params: tuple[str, ...]) -> tuple[list[tuple[str, int]], int]:
    sig = inspect.signature(fn)
    try:
        hints = get_type_hints(fn)
    except Exception:  # noqa: BLE001 - unresolvable annotations: fall back to the raw ones
        hints = {k: p.annotation for k, p in sig.parameters.items()}
    py = list(sig.parameters)
    implicit = len(params) - len(py)
    plan: list[tuple[str, int]] = []
    ci = 0
    for i, pname in enumerate(py):
        if ci >= len(params):
            raise UsageError(f"{fn.__name__}: Python signature has more parameters than the C function {params}")
        hint = hints.get(pname)
        is_buf = isinstance(hint, type) and issubclass(hint, _BUFFERS)
        if is_buf and params[ci] != "ptr":
            raise UsageError(f"{fn.__name__}: parameter {pname!r} is a buffer but C parameter {ci} is {params[ci]}")
        plan.append(("arg", i))
        ci += 1
        if is_buf and implicit > 0 and ci < len(params) and params[ci] in _INTS:
            plan.append(("len", i))
            ci += 1
            implicit -= 1
    if ci != len(params):
        raise UsageError(f"{fn.__name__}: Python signature {sig} does not cover the C parameters {params}")
    return plan, len(py)


def c(
    source: str,
    *,
    name: str | None = None,
    memory: int | None = None,
    timeout: float | None = None,
    runtime: Runtime | None = None,
    flags: list[str] | None = None,
) -> Callable[[Callable[..., Any]], VirtineFunction]:
    """Decorator: the decorated stub's typed signature maps Python arguments onto the C entry point.

    ``int``/``float`` go in registers; ``bytes``/``bytearray``/``memoryview`` become guest
    buffers, and a C integer parameter right after a buffer's pointer gets its length
    automatically. ``bytearray``/writable ``memoryview`` arguments see the guest's writes.

    Args:
        source: the C source; name: the entry point (default: the decorated function's name).
        memory, timeout, runtime, flags: as for :func:`compile`.
    """

    def wrap(stub: Callable[..., Any]) -> VirtineFunction:
        entry = name or stub.__name__
        fn = compile(source, entry, memory=memory, timeout=timeout, runtime=runtime, flags=flags)
        plan, nargs = _plan_for(stub, fn.entry.params)
        ret = get_type_hints(stub).get("return")
        conv: Callable[[Any], Any] | None = None
        if ret is bool:
            conv = bool
        elif ret is float:
            conv = float
        wrapped = VirtineFunction(fn.service, entry, timeout=timeout, plan=plan, result=conv, nargs=nargs)
        wrapped.__doc__ = stub.__doc__
        return wrapped

    return wrap


def _is_virtine_service(svc: Service) -> bool:
    return isinstance(svc, VirtineService)
