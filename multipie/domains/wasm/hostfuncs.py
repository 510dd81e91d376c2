"""Host functions: Python callables granted to guests as capabilities (the runtime's "OS interface").

Who owns what:

- a :class:`HostFunction` is the callable plus its Wasm signature, made once by
  :meth:`multipie.Runtime.host_function` (which wraps it in a
  :class:`~multipie.capabilities.Capability`);
- each grant of it to a holder is a :class:`HostBinding`: one Wasm function in the
  holder's Store and one "live" byte the capability layer clears on revoke.

The fast path is :mod:`multipie._hostcall` (``native/hostcall.c``): the function is
made with ``wasmtime_func_new_unchecked`` and its C callback enters Python with
vectorcall, ~10x cheaper than wasmtime-py's ``Func(store, type, callable)``,
which boxes every value. Without the extension, a pure-Python fallback over
``wasmtime.Func`` behaves identically (same checks, same errors, same revocation).

Errors never get lost: whatever the callable raises (or a result of the wrong
type) is parked for the calling thread, the guest traps, and the calling domain
raises it as :class:`~multipie.errors.HostError` (``__cause__`` = the original),
or as :class:`~multipie.errors.CapabilityRevoked` for a revoked grant. The parked
error is collected by the runtime's trap hook (:func:`take_parked`), and
wasmtime-py's own ``LAST_EXCEPTION`` is cleared at the same time so it never
leaks into a later, unrelated call.
"""

from __future__ import annotations

import ctypes
import inspect
import threading
import typing
from collections.abc import Callable, Sequence
from typing import Annotated, Any

import wasmtime

from multipie.domains.wasm import _capi
from multipie.errors import CapabilityRevoked, DomainError, HostError, MultipieError, UsageError

__all__ = [
    "F32",
    "F64",
    "HostBinding",
    "HostFunction",
    "I32",
    "I64",
    "NATIVE",
    "TRAP_MESSAGE",
    "native_trampoline",
    "signature_from_hints",
    "take_parked",
]

#: Type-hint aliases naming a Wasm value type: ``def f(x: I64) -> F32``. Plain ``int`` is i32, ``float`` f64.
I32 = Annotated[int, "i32"]
I64 = Annotated[int, "i64"]
F32 = Annotated[float, "f32"]
F64 = Annotated[float, "f64"]

_KINDS = {"i32": "i", "i64": "I", "f32": "f", "f64": "F"}
_VALTYPES = {
    "i32": wasmtime.ValType.i32(),
    "i64": wasmtime.ValType.i64(),
    "f32": wasmtime.ValType.f32(),
    "f64": wasmtime.ValType.f64(),
}
_INT_RANGE = {"i32": (-(1 << 31), (1 << 32) - 1), "i64": (-(1 << 63), (1 << 64) - 1)}
_PY_TRAP = "python exception"  # what wasmtime-py's trampoline names a raised exception

try:
    from multipie import _hostcall as _native  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - the extension is built by `make venv`
    _native = None

#: True when the C trampoline (:mod:`multipie._hostcall`) is in use.
NATIVE = _native is not None
TRAP_MESSAGE = "multipie host function failed"

if _native is not None:
    # SAFETY: the address is wasmtime_trap_new from the same loaded _libwasmtime.so
    # whose functions the trampoline is registered with; its signature is
    # (const char*, size_t) -> wasm_trap_t*.
    _native.setup(_capi.symbol_address("wasmtime_trap_new"))

_parked = threading.local()


def native_trampoline() -> tuple[int, int] | None:
    """(callback, finalizer) addresses of the native trampoline, or ``None`` without the extension."""
    if _native is None:
        return None
    return int(_native.CALLBACK), int(_native.FINALIZER)


def take_parked(exc: BaseException) -> BaseException | None:
    """The error a host function parked for this thread, if ``exc`` is the trap it caused.

    Called by the runtime's trap hook with the domain's translated fault.
    """
    err = getattr(_parked, "error", None)
    if err is None:
        return None
    text = str(exc)
    if TRAP_MESSAGE not in text and _PY_TRAP not in text and not isinstance(exc.__cause__, _Parked):
        return None
    _parked.error = None
    _capi.clear_host_exception()  # the fallback path's copy; never let it surface later
    return err  # type: ignore[no-any-return]


def _kind_of(hint: Any, where: str) -> str:
    if typing.get_origin(hint) is Annotated:
        for meta in hint.__metadata__:
            if meta in _KINDS:
                return str(meta)
        hint = typing.get_args(hint)[0]
    if hint is int or hint is bool:
        return "i32"
    if hint is float:
        return "f64"
    raise UsageError(f"{where}: type {hint!r} has no Wasm value type (use int, float, I32, I64, F32, F64)")


def signature_from_hints(fn: Callable[..., Any]) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(params, results) Wasm kinds from ``fn``'s annotations.

    Raises:
        UsageError: a parameter or the return is unannotated or not a number type.
    """
    name = getattr(fn, "__name__", repr(fn))
    try:
        hints = typing.get_type_hints(fn, include_extras=True)
        sig = inspect.signature(fn)
    except (TypeError, ValueError, NameError) as exc:
        raise UsageError(f"host function {name}: cannot read its signature ({exc}); give params= and results=") from exc
    params: list[str] = []
    for p in sig.parameters.values():
        if p.kind not in (p.POSITIONAL_ONLY, p.POSITIONAL_OR_KEYWORD):
            raise UsageError(f"host function {name}: parameter {p.name!r} must be positional")
        if p.name not in hints:
            raise UsageError(f"host function {name}: parameter {p.name!r} has no type hint; give params=")
        params.append(_kind_of(hints[p.name], f"host function {name}, parameter {p.name!r}"))
    ret = hints.get("return", inspect.Signature.empty)
    if ret is inspect.Signature.empty:
        raise UsageError(f"host function {name}: no return annotation (use -> None for no result); give results=")
    if ret is None or ret is type(None):
        results: tuple[str, ...] = ()
    elif typing.get_origin(ret) is tuple:
        results = tuple(_kind_of(a, f"host function {name}, result") for a in typing.get_args(ret))
    else:
        results = (_kind_of(ret, f"host function {name}, result"),)
    return tuple(params), results


class HostFunction:
    """A Python callable with a Wasm signature, ready to be bound into Stores.

    Args:
        fn: the callable; gets ints/floats, returns ``None``, a value, or a tuple.
        params: Wasm kinds of the parameters (default: from type hints).
        results: Wasm kinds of the results (default: from the return hint).
        name: for messages (default: ``fn.__qualname__``).

    Raises:
        UsageError: ``fn`` is not callable, or a kind is unknown or missing.
    """

    def __init__(
        self,
        fn: Callable[..., Any],
        *,
        params: Sequence[str] | None = None,
        results: Sequence[str] | None = None,
        name: str | None = None,
    ) -> None:
        if not callable(fn):
            raise UsageError(f"host function must be callable, got {type(fn).__name__}")
        self.fn = fn
        self.name = name or getattr(fn, "__qualname__", None) or repr(fn)
        if params is None or results is None:
            hp, hr = signature_from_hints(fn)
            params = hp if params is None else params
            results = hr if results is None else results
        for k in (*params, *results):
            if k not in _KINDS:
                raise UsageError(f"host function {self.name}: unknown value kind {k!r} (i32, i64, f32, f64)")
        if len(params) > 16 or len(results) > 16:
            raise UsageError(f"host function {self.name}: at most 16 parameters and 16 results")
        self.params = tuple(params)
        self.results = tuple(results)
        self.functype = wasmtime.FuncType([_VALTYPES[k] for k in self.params], [_VALTYPES[k] for k in self.results])
        # The trampoline's conversion codes, made once (every grant of the function binds them).
        self.codes = (
            "".join(_KINDS[k] for k in self.params).encode(),
            "".join(_KINDS[k] for k in self.results).encode(),
        )

    @property
    def type_text(self) -> str:
        """``i32,i32->i32`` (the form import types are described in)."""
        return ",".join(self.params) + "->" + ",".join(self.results)

    def bind(self, store: wasmtime.Store, *, native: bool | None = None) -> HostBinding:
        """A new binding of this function in ``store`` (caller holds the Store's lock)."""
        return HostBinding(self, store, native=NATIVE if native is None else native)

    def __repr__(self) -> str:
        return f"<HostFunction {self.name}({', '.join(self.params)}) -> ({', '.join(self.results)})>"


class HostBinding:
    """One grant of a host function into one Store: the Wasm function and its live flag."""

    __slots__ = ("host", "flag", "func", "native", "holder", "__weakref__")

    def __init__(self, host: HostFunction, store: wasmtime.Store, *, native: bool) -> None:
        self.host = host
        self.flag = (ctypes.c_ubyte * 1)(1)
        self.native = native and _native is not None
        self.holder: str | None = None
        self.func: wasmtime.Func | None
        if self.native:
            self.func = self._native_func(store)
        else:
            self.func = wasmtime.Func(store, host.functype, self._fallback)

    @classmethod
    def deferred(cls, host: HostFunction) -> tuple[HostBinding, int]:
        """A native binding whose Wasm function the caller creates: (binding, env address).

        The env's ownership passes to whoever makes the function with
        :func:`native_trampoline`'s callback and finalizer (the Store then frees it);
        ``binding.func`` stays ``None``.

        Raises:
            UsageError: the native trampoline is not available.
        """
        if _native is None:
            raise UsageError("HostBinding.deferred needs the native trampoline (multipie._hostcall)")
        self = cls.__new__(cls)
        self.host = host
        self.flag = (ctypes.c_ubyte * 1)(1)
        self.native = True
        self.holder = None
        self.func = None
        # SAFETY: the env keeps a reference to self.flag (last argument), so its address stays valid.
        env = _native.new_env(host.fn, *host.codes, ctypes.addressof(self.flag), self.fail, self.flag)
        return self, env

    def _native_func(self, store: wasmtime.Store) -> wasmtime.Func:
        assert _native is not None
        h = self.host
        # SAFETY: the env keeps a reference to self.flag (last argument), so its address stays valid.
        env = _native.new_env(
            h.fn,
            *h.codes,
            ctypes.addressof(self.flag),
            self.fail,
            self.flag,
        )
        # SAFETY: store is open and locked by the caller; functype matches the kinds the
        # env converts; the env owns references to fn, fail and the flag buffer and is
        # freed by the finalizer when the Store drops the function.
        return _capi.host_func(store, h.functype, _native.CALLBACK, env, _native.FINALIZER)  # type: ignore[no-any-return]

    def _fallback(self, *args: Any) -> Any:
        if not self.flag[0]:
            self.fail(None)
            raise _Parked()
        h = self.host
        try:
            res = h.fn(*args)
            _check_results(h, res)
        except BaseException as exc:  # noqa: BLE001 - parked for the calling domain
            self.fail(exc)
            raise _Parked() from None
        return res

    def fail(self, exc: BaseException | None) -> None:
        """Park the error the calling domain will raise (``None``: the grant was revoked)."""
        who = self.holder or "a domain"
        name = self.host.name
        err: BaseException
        if exc is None:
            err = CapabilityRevoked(
                f"domain {who}: called host function {name!r} through a revoked capability", domain=who
            )
        elif isinstance(exc, DomainError):
            err = HostError(f"domain {who}: host function {name!r} failed: {exc}", domain=who)
            err.__cause__ = exc
        elif isinstance(exc, (MultipieError, KeyboardInterrupt)):  # Ctrl-C inside a host function stays Ctrl-C
            err = exc
        else:
            err = HostError(f"domain {who}: host function {name!r} raised {type(exc).__name__}: {exc}", domain=who)
            err.__cause__ = exc
        _parked.error = err

    def revoke(self) -> None:
        """Clear the live flag: the next call traps as CapabilityRevoked (a running call finishes)."""
        self.flag[0] = 0

    def dead(self) -> None:
        """The holder's Store is being dropped (nothing to release: the Store owns the function)."""


class _Parked(Exception):
    """Raised through wasmtime-py's trampoline after the real error was parked."""


def _check_results(h: HostFunction, res: Any) -> None:
    """The same result checks as hostcall.c, for the fallback path."""
    kinds = h.results
    if not kinds:
        if res is not None:
            raise TypeError(f"host function returned {type(res).__name__}, expected None")
        return
    if len(kinds) == 1:
        values: tuple[Any, ...] = (res,)
    else:
        if not isinstance(res, tuple) or len(res) != len(kinds):
            raise TypeError(f"host function must return a tuple of {len(kinds)} values")
        values = res
    for k, v in zip(kinds, values):
        if k in _INT_RANGE:
            if not isinstance(v, int):
                raise TypeError(f"host function returned {type(v).__name__}, expected int ({k})")
            lo, hi = _INT_RANGE[k]
            if not lo <= v <= hi:
                raise OverflowError(f"host function returned {v}, which does not fit {k}")
        elif not isinstance(v, (int, float)):
            raise TypeError(f"host function returned {type(v).__name__}, expected float ({k})")
