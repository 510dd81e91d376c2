"""Host functions of a component linker with converters built once and ``list<u8>`` copied in bulk.

wasmtime-py's ``LinkerInstance.add_func`` rebuilds the function's type on every call
and converts a ``list<u8>`` one byte at a time (a Python call and a ctypes pointer per
byte: ~8 ms for a 4 KiB write), which makes streaming bodies through host resources
(``wasi:io/streams``) impossible. :func:`define_func` registers the same kind of host
function, but its trampoline builds the argument and result converters from the
function's type on the first call and keeps them, and moves ``list<u8>`` values, at
any depth inside lists, tuples, options and results, with one strided slice of the
C array (the elements are tagged unions: ``kind`` then the byte). Variants and results
are always ``Variant(tag, payload)`` both ways, options ``None`` or the value (wasmtime-py
drops the tag of a variant whose cases' Python types differ); every other value goes
through wasmtime-py's own converters.

A Python exception in a host function becomes the error the guest's call fails
with (a trap whose text is the exception's); :func:`take_failure` returns the
exception itself to the thread that called into the guest.
"""

from __future__ import annotations

import _thread  # `_thread`'s locks are `threading`'s (which a run does not import: ~0.65 ms)
import ctypes
from collections.abc import Callable
from typing import Any

from wasmtime import StoreContext, WasmtimeError

# SAFETY: wasmtime-py's ctypes bindings of the C API (its _ffi module), used
# only inside this package; the wheel version is pinned in pyproject.toml.
from wasmtime import _ffi as ffi
from wasmtime import component as wc
from wasmtime.component import Variant

from multipie.domains.wasm._capi.raw import SIGINT_MARK

__all__ = ["box_finder", "define_func", "free_boxes", "park_failure", "take_failure"]

_VAL = ffi.wasmtime_component_val_t
_VAL_P = ctypes.POINTER(_VAL)
_STRIDE = ctypes.sizeof(_VAL)
_KIND_AT = _VAL.kind.offset
_BYTE_AT = _VAL.of.offset
_U8 = ffi.WASMTIME_COMPONENT_U8.value
_LIST = ffi.WASMTIME_COMPONENT_LIST.value
_TUPLE = ffi.WASMTIME_COMPONENT_TUPLE.value
_OPTION = ffi.WASMTIME_COMPONENT_OPTION.value
_RESULT = ffi.WASMTIME_COMPONENT_RESULT.value
_BOOL = ffi.WASMTIME_COMPONENT_BOOL.value
_VARIANT = ffi.WASMTIME_COMPONENT_VARIANT.value
_RESOURCE = ffi.WASMTIME_COMPONENT_RESOURCE.value

Lift = Callable[[Any, Any], Any]  # (wasmtime_component_val_t taken over, context) -> Python value
Lower = Callable[[Any, Any, Any], None]  # (store context, value, pointer to val_t) -> None

_failure = _thread._local()
#: idx -> (host function, its converters once built: (lifters, lowerer) or None)
_funcs: dict[int, tuple[Callable[..., Any], tuple[list[Lift], Lower | None] | None]] = {}
_next = iter(range(1, 1 << 62))


def take_failure() -> BaseException | None:
    """The exception a host function of this thread raised last (cleared), or None."""
    exc: BaseException | None = getattr(_failure, "exc", None)
    _failure.exc = None
    return exc


def park_failure(exc: BaseException | None) -> None:
    """Keep ``exc`` for this thread's next :func:`take_failure` (the C trampoline's failures)."""
    _failure.exc = exc


def define_func(inst: wc.LinkerInstance, name: str, func: Callable[..., Any]) -> None:
    """Define ``name`` in ``inst`` as ``func(context, *args) -> result``.

    ``context`` is the call's raw store context (valid during the call only; host functions
    that keep their state elsewhere ignore it: making a ``StoreContext`` per call costs).

    Values are wasmtime-py's except: resources arrive as the host resource's rep (an
    ``int``; only host-defined resources can be passed) and an ``own`` result is given
    as ``(resource type id, rep)``; variants and results are always ``Variant``.
    """
    idx = next(_next)
    _funcs[idx] = (func, None)
    raw = name.encode()
    # SAFETY: the linker instance is alive (the caller holds it); the name buffer is copied by
    # Wasmtime; _TRAMPOLINE and _FINALIZE are module-level CFUNCTYPE objects that live as long
    # as the process, and idx is a plain integer key into _funcs, never dereferenced.
    err = ffi.wasmtime_component_linker_instance_add_func(
        inst.ptr(), ctypes.create_string_buffer(raw), len(raw), _TRAMPOLINE, idx, _FINALIZE
    )
    if err:
        raise WasmtimeError._from_ptr(err)


def _converters(ty_raw: Any) -> tuple[list[Lift], Lower | None]:
    # SAFETY: ty_raw is the function type Wasmtime passes to the trampoline; FuncType takes a
    # clone (wasmtime_component_func_type_clone) so the wrapper owns what it deletes.
    fty = wc.FuncType._from_ptr(ffi.wasmtime_component_func_type_clone(ty_raw))
    result = fty.result
    return [_lifter(t) for _, t in fty.params], None if result is None else _lowerer(result)


def _trampoline(env: int, context: Any, ty_raw: Any, args: Any, nargs: int, results: Any, nresults: int) -> int:
    try:
        func, conv = _funcs[env or 0]
        if conv is None:
            # Threads calling a new function at once may each build them: the same converters,
            # stored whole (one dict item assignment), never appended to a shared list.
            conv = _converters(ty_raw)
            _funcs[env or 0] = (func, conv)
        lifts, lower = conv
        # SAFETY: args points at nargs vals Wasmtime owns for the call; each lifter takes over
        # (and frees) what its val holds, as wasmtime-py's converters do.
        value = func(context, *[lift(args[i], context) for i, lift in zip(range(nargs), lifts)])
        if lower is not None and nresults:
            lower(context, value, results)  # SAFETY: results points at one val the call fills in
        return 0
    except BaseException as exc:  # noqa: BLE001 - every failure becomes the guest call's error
        _failure.exc = exc
        # Ctrl-C inside the host function: the SIGINT mark, which the caller raises as KeyboardInterrupt.
        text = SIGINT_MARK if isinstance(exc, KeyboardInterrupt) else str(exc) or type(exc).__name__
        # SAFETY: the error is handed over to Wasmtime, which frees it.
        return ctypes.cast(WasmtimeError(text)._consume(), ctypes.c_void_p).value or 0


def _finalize(env: int) -> None:
    funcs = _funcs
    if funcs is not None:  # None when a linker outlives this module's teardown at interpreter exit
        funcs.pop(env or 0, None)


# SAFETY: module-level callbacks (never freed); their signatures are the C API's
# wasmtime_component_func_callback_t and the finalizer's void (*)(void *).
_TRAMPOLINE = ffi.wasmtime_component_func_callback_t(_trampoline)
_FINALIZE = ctypes.CFUNCTYPE(None, ctypes.c_void_p)(_finalize)


# -- converters -----------------------------------------------------------------------------


def _is_bytes(ty: Any) -> bool:
    return isinstance(ty, wc.ListType) and isinstance(ty.element, wc.U8)


def _lifter(ty: Any) -> Lift:
    """C val → Python for ``ty``: bulk bytes for ``list<u8>``, recursive where a byte list can hide."""
    if _is_bytes(ty):
        return _lift_bytes
    if isinstance(ty, wc.ListType):
        elem = _lifter(ty.element)

        def lift_list(c: Any, ctx: Any) -> Any:
            lst = c.of.list
            out = [elem(lst.data[i], ctx) for i in range(lst.size)]
            _forget(lst.data, lst.size)
            ffi.wasmtime_component_vallist_delete(ctypes.byref(lst))
            return out

        return lift_list
    if isinstance(ty, wc.TupleType):
        elems = [_lifter(t) for t in ty.elements]

        def lift_tuple(c: Any, ctx: Any) -> Any:
            tup = c.of.tuple
            out = tuple(e(tup.data[i], ctx) for i, e in enumerate(elems))
            _forget(tup.data, tup.size)
            ffi.wasmtime_component_valtuple_delete(ctypes.byref(tup))
            return out

        return lift_tuple
    if isinstance(ty, wc.OptionType):
        some = _lifter(ty.payload)
        return lambda c, ctx: None if not c.of.option else _unboxed(some, c.of, "option", ctx)
    if isinstance(ty, wc.ResultType):
        ok = None if ty.ok is None else _lifter(ty.ok)
        err = None if ty.err is None else _lifter(ty.err)

        def lift_result(c: Any, ctx: Any) -> Variant:
            res = c.of.result
            case = ok if res.is_ok else err
            return Variant("ok" if res.is_ok else "err", None if case is None else _unboxed(case, res, "val", ctx))

        return lift_result
    if isinstance(ty, wc.VariantType):
        cases = {name: None if t is None else _lifter(t) for name, t in ty.cases}

        def lift_variant(c: Any, ctx: Any) -> Variant:
            var = c.of.variant
            tag = ffi.to_str(var.discriminant)
            ffi.wasm_byte_vec_delete(ctypes.byref(var.discriminant))
            case = cases[tag]
            return Variant(tag, None if case is None or not var.val else _unboxed(case, var, "val", ctx))

        return lift_variant
    if isinstance(ty, (wc.OwnType, wc.BorrowType)):
        return _lift_resource
    plain = ty.convert_from_c
    return lambda c, ctx: plain(c)


_ANY_P = ctypes.POINTER(ffi.wasmtime_component_resource_any_t)
_HOST_P = ctypes.POINTER(ffi.wasmtime_component_resource_host_t)
# SAFETY: the C functions wasmtime-py's bindings configured (argtypes, restype: ctypes caches the
# function objects on the library), called directly on the host-call path to skip a Python frame each.
_any_to_host = ffi.dll.wasmtime_component_resource_any_to_host
_any_delete = ffi.dll.wasmtime_component_resource_any_delete
_host_rep = ffi.dll.wasmtime_component_resource_host_rep
_host_new = ffi.dll.wasmtime_component_resource_host_new
_host_to_any = ffi.dll.wasmtime_component_resource_host_to_any
_host_delete = ffi.dll.wasmtime_component_resource_host_delete


def _lift_resource(c: Any, ctx: Any) -> int:
    """A host resource handle the guest passed (own or borrow) → its rep (the host's table key)."""
    # SAFETY: c is a val of kind resource whose union holds the resource pointer at _BYTE_AT; the
    # pointer is taken over (the field is cleared, as wasmtime-py's take_pointer does) and freed
    # here after conversion; ctx is the live store context of this call.
    slot = ctypes.c_void_p.from_address(ctypes.addressof(c) + _BYTE_AT)
    any_ptr = ctypes.cast(slot.value or 0, _ANY_P)
    slot.value = None
    host = _HOST_P()
    err = _any_to_host(ctx, any_ptr, ctypes.byref(host))
    _any_delete(any_ptr)
    if err:
        raise WasmtimeError._from_ptr(err)
    rep: int = _host_rep(host)
    _host_delete(host)
    return rep


def _lower_resource(ctx: Any, val: Any, ptr: Any) -> None:
    """``(type id, rep)`` of a host resource → a new handle the guest owns."""
    kind, rep = val
    host = _host_new(True, rep, kind)
    any_ptr = _ANY_P()
    # SAFETY: ctx is the live store context of this call; the host handle is freed here; the
    # resource value's ownership passes to the result val (Wasmtime frees it).
    err = _host_to_any(ctx, host, ctypes.byref(any_ptr))
    _host_delete(host)
    if err:
        raise WasmtimeError._from_ptr(err)
    ptr.contents.kind = _RESOURCE
    ptr.contents.of.resource = any_ptr


def _unboxed(lift: Lift, holder: Any, field: str, ctx: Any) -> Any:
    """Lift the heap val in ``holder.field`` (an option's, result's or variant's payload) and free it.

    The box is ``wasmtime_component_val_new``'s: the enclosing val owns it and frees it when that
    val is dropped (``val_delete`` of the enclosing val, or Wasmtime dropping a host call's
    arguments). The enclosing val is not always dropped: list and tuple elements are marked
    empty once lifted (:func:`_forget`) and a box's own contents are, so a box nested in them was
    never freed (32 bytes each). It is taken out of its holder instead and freed here whole.
    """
    # SAFETY: the field holds a live box (non-null: callers check); its address is copied out (a
    # ctypes pointer read from a field aliases the field) before the field is cleared.
    box = ctypes.cast(ctypes.cast(getattr(holder, field), ctypes.c_void_p).value or 0, _VAL_P)
    setattr(holder, field, None)  # the enclosing val no longer owns it
    try:
        return lift(box.contents, ctx)
    finally:
        # SAFETY: box came from wasmtime_component_val_new and is owned here alone (its holder
        # no longer points at it); its contents were taken over by lift, so they are marked an
        # empty bool first, and val_free drops that and frees the box exactly once.
        box.contents.kind = _BOOL
        box.contents.of.boolean = False
        ffi.wasmtime_component_val_free(box)


Boxes = Callable[[Any], list[int]]  # a val of the type -> the addresses of its heap boxes
_Find = Callable[[Any, list[int]], None]


def box_finder(ty: Any) -> Boxes | None:
    """For ``ty`` with options, results or variants at any depth: the addresses of a val's payload boxes.

    wasmtime-py's converters (``convert_from_c``) empty each payload box and drop its contents
    with ``wasmtime_component_val_delete``, which frees what the box holds but not the box
    (32 bytes per option, result or variant payload). Listed before conversion, the boxes are
    freed after it with :func:`free_boxes`. ``None`` when a val of ``ty`` holds no box.
    """
    find = _finder(ty)
    if find is None:
        return None

    def boxes(c: Any) -> list[int]:
        out: list[int] = []
        find(c, out)
        return out

    return boxes


def free_boxes(addresses: list[int]) -> None:
    """Free payload boxes that a wasmtime-py converter emptied (see :func:`box_finder`)."""
    for addr in addresses:
        # SAFETY: each address is a box wasmtime_component_val_new made (listed by box_finder before
        # the conversion, each once); the converter left it an empty bool that nothing else owns
        # (its holder was marked empty or never dropped), so val_free frees it exactly once.
        ffi.wasmtime_component_val_free(ctypes.cast(addr, _VAL_P))


def _finder(ty: Any) -> _Find | None:
    if isinstance(ty, (wc.OptionType, wc.ResultType, wc.VariantType)):
        return _case_finder(ty)
    if isinstance(ty, wc.ListType):
        elem = _finder(ty.element)
        if elem is None:
            return None

        def in_list(c: Any, out: list[int]) -> None:
            lst = c.of.list
            for i in range(lst.size):
                elem(lst.data[i], out)

        return in_list
    if isinstance(ty, (wc.TupleType, wc.RecordType)):
        record = isinstance(ty, wc.RecordType)
        inner = [_finder(t) for t in ([t for _, t in ty.fields] if isinstance(ty, wc.RecordType) else ty.elements)]
        if all(f is None for f in inner):
            return None

        def in_fields(c: Any, out: list[int]) -> None:
            vals = c.of.record if record else c.of.tuple
            for i, f in enumerate(inner):
                if f is not None:
                    f(vals.data[i].val if record else vals.data[i], out)

        return in_fields
    return None


def _case_finder(ty: Any) -> _Find:
    """Options, results, variants: the payload box, then the boxes inside it."""
    if isinstance(ty, wc.OptionType):
        some = _finder(ty.payload)

        def option(c: Any, out: list[int]) -> None:
            _note(c.of.option, some, out)

        return option
    if isinstance(ty, wc.ResultType):
        ok, err = (None if t is None else _finder(t) for t in (ty.ok, ty.err))

        def result(c: Any, out: list[int]) -> None:
            res = c.of.result
            _note(res.val, ok if res.is_ok else err, out)

        return result
    cases = {name: None if t is None else _finder(t) for name, t in ty.cases}

    def variant(c: Any, out: list[int]) -> None:
        var = c.of.variant
        _note(var.val, cases.get(ffi.to_str(var.discriminant)), out)

    return variant


def _note(box: Any, inner: _Find | None, out: list[int]) -> None:
    if box:
        # SAFETY: a non-null payload pointer of a live val: its address is recorded, its contents read.
        out.append(ctypes.cast(box, ctypes.c_void_p).value or 0)
        if inner is not None:
            inner(box.contents, out)


def _lift_bytes(c: Any, ctx: Any) -> bytes:
    lst = c.of.list
    n = lst.size
    # SAFETY: lst.data points at n vals of _STRIDE bytes each (a list<u8>: kind, then the byte at
    # _BYTE_AT); the copy is read before the list is freed.
    data = ctypes.string_at(lst.data, n * _STRIDE)[_BYTE_AT::_STRIDE] if n else b""
    ffi.wasmtime_component_vallist_delete(ctypes.byref(lst))
    return data


def _forget(data: Any, n: int) -> None:
    """Mark vals whose contents a lifter took over as plain bools, so freeing the container skips them."""
    for i in range(n):
        data[i].kind = _BOOL
        data[i].of.boolean = False


def _lowerer(ty: Any) -> Lower:
    """Python → C val for ``ty``: bulk bytes for ``list<u8>``, recursive where a byte list can hide."""
    if _is_bytes(ty):
        return _lower_bytes
    if isinstance(ty, (wc.ListType, wc.TupleType)):
        return _lower_sequence(ty)
    if isinstance(ty, (wc.OptionType, wc.ResultType, wc.VariantType)):
        return _lower_case(ty)
    if isinstance(ty, wc.OwnType):
        return _lower_resource
    plain = ty.convert_to_c
    return lambda ctx, val, ptr: plain(_store_of(ctx), val, ptr)


def _lower_sequence(ty: Any) -> Lower:
    """Lists and tuples, element by element."""
    if isinstance(ty, wc.ListType):
        elem = _lowerer(ty.element)

        def lower_list(ctx: Any, val: Any, ptr: Any) -> None:
            raw = ffi.wasmtime_component_vallist_t()
            ffi.wasmtime_component_vallist_new_uninit(raw, len(val))
            for i, v in enumerate(val):
                elem(ctx, v, ctypes.pointer(raw.data[i]))
            ptr.contents.kind = _LIST
            ptr.contents.of.list = raw

        return lower_list
    elems = [_lowerer(t) for t in ty.elements]

    def lower_tuple(ctx: Any, val: Any, ptr: Any) -> None:
        raw = ffi.wasmtime_component_valtuple_t()
        ffi.wasmtime_component_valtuple_new_uninit(raw, len(elems))
        for i, (e, v) in enumerate(zip(elems, val)):
            e(ctx, v, ctypes.pointer(raw.data[i]))
        ptr.contents.kind = _TUPLE
        ptr.contents.of.tuple = raw

    return lower_tuple


def _lower_case(ty: Any) -> Lower:
    """Options, results and variants (given as None/value and ``Variant``)."""
    if isinstance(ty, wc.OptionType):
        some = _lowerer(ty.payload)

        def lower_option(ctx: Any, val: Any, ptr: Any) -> None:
            ptr.contents.kind = _OPTION
            ptr.contents.of.option = None if val is None else _boxed(some, ctx, val)

        return lower_option
    if isinstance(ty, wc.ResultType):
        ok = None if ty.ok is None else _lowerer(ty.ok)
        err = None if ty.err is None else _lowerer(ty.err)

        def lower_result(ctx: Any, val: Any, ptr: Any) -> None:
            # Results are always given tagged here: Variant("ok"|"err", payload).
            is_ok = val.tag == "ok"
            case = ok if is_ok else err
            ptr.contents.kind = _RESULT
            ptr.contents.of.result.is_ok = is_ok
            ptr.contents.of.result.val = None if case is None else _boxed(case, ctx, val.payload)

        return lower_result
    lowers = {name: None if t is None else _lowerer(t) for name, t in ty.cases}

    def lower_variant(ctx: Any, val: Any, ptr: Any) -> None:
        case = lowers[val.tag]
        ptr.contents.kind = _VARIANT
        ptr.contents.of.variant.discriminant = ffi.str_to_capi(val.tag)
        ptr.contents.of.variant.val = None if case is None else _boxed(case, ctx, val.payload)

    return lower_variant


def _store_of(ctx: Any) -> StoreContext:
    # SAFETY: ctx is the live store context of the running host call; the wrapper does not outlive it.
    return StoreContext(ctx)  # type: ignore[no-any-return]


def _boxed(lower: Lower, ctx: Any, val: Any) -> Any:
    raw = _VAL()
    lower(ctx, val, ctypes.pointer(raw))
    # SAFETY: wasmtime_component_val_new moves the val into a heap box the enclosing val owns.
    return ffi.wasmtime_component_val_new(ctypes.byref(raw))


def _lower_bytes(ctx: Any, val: Any, ptr: Any) -> None:
    n = len(val)
    raw = ffi.wasmtime_component_vallist_t()
    ffi.wasmtime_component_vallist_new_uninit(raw, n)
    if n:
        # SAFETY: new_uninit allocated n vals of _STRIDE bytes at raw.data; each gets the u8 kind
        # tag and its byte through one strided view of that allocation.
        view = memoryview((ctypes.c_char * (n * _STRIDE)).from_address(ctypes.addressof(raw.data.contents))).cast("B")
        view[_KIND_AT::_STRIDE] = bytes((_U8,)) * n
        view[_BYTE_AT::_STRIDE] = bytes(val)
    ptr.contents.kind = _LIST
    ptr.contents.of.list = raw
