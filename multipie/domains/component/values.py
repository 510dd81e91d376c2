"""WIT values ↔ Python values, converted by per-type closures built once per export.

wasmtime-py represents records as attribute objects, tags a variant only when its
cases' Python classes overlap, and returns a ``result`` as its bare payload when
``ok`` and ``err`` are distinguishable by class: an ``err`` can look like an ``ok``.
This module gives every WIT type one plain, lossless Python form:

=================  ==========================================================
WIT                Python
=================  ==========================================================
bool, integers     ``bool``, ``int`` (range-checked), floats ``float``
char, string       ``str`` (a char is one code point)
list<u8>           ``bytes``; other lists ``list``
tuple<...>         ``tuple``
record             ``dict`` keyed by field name (``snake_case`` keys accepted)
variant            :class:`Variant` ``(tag, value)``
enum               ``str`` (the case name)
flags              ``frozenset`` of flag names (any set/list/tuple accepted)
option<T>          ``None`` or the value
result<T, E>       :class:`Variant` ``("ok", v)`` / ``("err", e)``; a call's
                   top-level result is unwrapped by the domain (``err`` raises
                   :class:`~multipie.errors.ResultError`)
own/borrow<R>      :class:`Resource` handle, valid while its domain is open
=================  ==========================================================

Bad arguments raise :class:`~multipie.errors.ArgumentError` built by its shared
:meth:`~multipie.errors.ArgumentError.bad_value`, naming the path into the value and its WIT type
(``typed#1: swap argument 0.y (s32) = 'x': expected an integer in [-2147483648, 2147483647]``).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Protocol

from wasmtime import component as wc

from multipie.domains.component.world import describe_type
from multipie.errors import ArgumentError

__all__ = ["Lift", "Lower", "Owner", "Resource", "Signature", "Variant", "Where", "lifter", "lowerer"]


class Owner(Protocol):
    """What values need of the domain a call runs in (a :class:`~multipie.domains.component.domain.ComponentDomain`)."""

    @property
    def label(self) -> str: ...

    @property
    def is_open(self) -> bool: ...

    def _closed_error(self) -> Exception: ...

    def _drop_resource(self, raw: wc.ResourceAny) -> None: ...


class Where:
    """Where a value being lowered sits, for messages: the domain, the function, the path into the argument."""

    # Plain classes here, not dataclasses: each dataclass costs a component run's start-up ~1 ms.
    __slots__ = ("domain", "func", "path", "what")

    def __init__(self, domain: str, func: str, path: str, what: str = "argument") -> None:
        self.domain = domain
        self.func = func
        self.path = path  # ``0``, ``0.items[2]``; empty for a result
        self.what = what  # or ``result``: a value handed back to a guest

    def at(self, suffix: str) -> Where:
        """The place of a part of this value (``.field``, ``[i]``, ``<case>``)."""
        return Where(self.domain, self.func, self.path + suffix, self.what)

    def bad(self, kind: str, value: Any, problem: str) -> ArgumentError:
        """The shared argument error (:meth:`ArgumentError.bad_value`) for ``value`` of WIT type ``kind`` here."""
        return ArgumentError.bad_value(self.domain, self.func, self.path, kind, value, problem, what=self.what)


#: Python value → what wasmtime-py lowers; then where it sits (for messages) and the domain called.
Lower = Callable[[Any, Where, Owner], Any]
#: wasmtime-py's lifted value → Python value; the second argument is the domain resources belong to.
Lift = Callable[[Any, Owner], Any]


class Signature:
    """How to call one export: a lowerer per parameter, the result's lifter, whether a ``result`` is unwrapped.

    ``param_types`` and ``result_type`` are the ``wasmtime.component`` types (the call converts with them).
    """

    __slots__ = ("param_names", "lowers", "lift", "unwrap_result", "param_types", "result_type")

    def __init__(
        self,
        param_names: tuple[str, ...],
        lowers: tuple[Lower, ...],
        lift: Lift,
        unwrap_result: bool,
        param_types: tuple[Any, ...] = (),
        result_type: Any = None,
    ) -> None:
        self.param_names = param_names
        self.lowers = lowers
        self.lift = lift
        self.unwrap_result = unwrap_result
        self.param_types = param_types
        self.result_type = result_type


_INT_RANGES: dict[type, tuple[int, int]] = {
    wc.U8: (0, (1 << 8) - 1),
    wc.U16: (0, (1 << 16) - 1),
    wc.U32: (0, (1 << 32) - 1),
    wc.U64: (0, (1 << 64) - 1),
    wc.S8: (-(1 << 7), (1 << 7) - 1),
    wc.S16: (-(1 << 15), (1 << 15) - 1),
    wc.S32: (-(1 << 31), (1 << 31) - 1),
    wc.S64: (-(1 << 63), (1 << 63) - 1),
}


_SURROGATES = (0xD800, 0xDFFF)


class Variant:
    """A case of a WIT ``variant`` (or a nested ``result``): its tag and payload (``None`` when it has none).

    Equal (and hashed) by tag and payload; immutable.
    """

    __slots__ = ("tag", "value")
    tag: str
    value: Any

    def __init__(self, tag: str, value: Any = None) -> None:
        object.__setattr__(self, "tag", tag)
        object.__setattr__(self, "value", value)

    def __setattr__(self, name: str, value: Any) -> None:
        raise AttributeError(f"cannot assign to field {name!r} of an immutable Variant")

    def __eq__(self, other: object) -> bool:
        if type(other) is not Variant:
            return NotImplemented
        return (self.tag, self.value) == (other.tag, other.value)

    def __hash__(self) -> int:
        return hash((self.tag, self.value))

    def __repr__(self) -> str:
        return f"Variant(tag={self.tag!r}, value={self.value!r})"


class Resource:
    """A handle to a resource a component returned (``own`` or ``borrow``).

    It is valid while its domain is open; pass it back to that domain's exports.
    :meth:`drop` releases an owned resource early (its destructor runs in the guest).
    """

    __slots__ = ("_any", "_domain", "owned", "__weakref__")

    def __init__(self, raw: wc.ResourceAny, domain: Owner) -> None:
        self._any = raw
        self._domain = domain
        self.owned = raw.owned

    def raw_for(self, domain: Owner, where: Where) -> wc.ResourceAny:
        """The wasmtime handle, checked to belong to ``domain`` (which must still be open)."""
        if self._domain is not domain:
            raise where.bad("resource", self, f"a resource of domain {self._domain.label} passed to {domain.label}")
        if not domain.is_open:
            raise domain._closed_error()
        return self._any

    def drop(self) -> None:
        """Drop the resource now (runs its destructor in the guest); a no-op once the domain is closed."""
        if self._domain.is_open:
            self._domain._drop_resource(self._any)

    def __repr__(self) -> str:
        return f"<Resource {'own' if self.owned else 'borrow'} of {self._domain.label}>"


def _cases_of(ty: Any) -> list[tuple[str, Any]]:
    """The (tag, payload type or None) cases of an option, result or variant type."""
    if isinstance(ty, wc.OptionType):
        return [("none", None), ("some", ty.payload)]
    if isinstance(ty, wc.ResultType):
        return [("ok", ty.ok), ("err", ty.err)]
    return list(ty.cases)


def _tagged(cases: list[tuple[str, Any]]) -> bool:
    """Whether wasmtime-py represents values of these cases as tagged ``Variant`` s: when their classes overlap.

    The same rule as wasmtime-py's (a case without payload counts as ``object``), from its public ``add_classes``.
    """
    seen: set[type] = set()
    for _, cty in cases:
        case = set(_classes(cty))
        if case & seen:
            return True
        seen |= case
    return False


def _classes(ty: wc.ValType | None) -> tuple[type, ...]:
    s: set[type] = set()
    if ty is None:
        return (object,)
    ty.add_classes(s)
    return tuple(s)


def _lower_int(ty: wc.ValType, lo: int, hi: int) -> Lower:
    kind = describe_type(ty)

    def lower(v: Any, where: Where, d: Owner) -> Any:
        if not isinstance(v, int) or isinstance(v, bool) or not lo <= v <= hi:
            raise where.bad(kind, v, f"expected an integer in [{lo}, {hi}], got {type(v).__name__}")
        return v

    return lower


def _lower_scalar(ty: wc.ValType) -> Lower | None:
    if type(ty) in _INT_RANGES:
        return _lower_int(ty, *_INT_RANGES[type(ty)])
    if isinstance(ty, wc.Bool):
        return _checked(ty, lambda v: isinstance(v, bool), "a bool")
    if isinstance(ty, (wc.F32, wc.F64)):
        kind = describe_type(ty)

        def lower_float(v: Any, where: Where, d: Owner) -> Any:
            if not isinstance(v, (int, float)) or isinstance(v, bool):
                raise where.bad(kind, v, f"expected a float, got {type(v).__name__}")
            return float(v)

        return lower_float
    if isinstance(ty, wc.Char):
        # A surrogate is no Unicode scalar value: Wasmtime's C API would take it as a Rust char (undefined).
        return _checked(
            ty,
            lambda v: isinstance(v, str) and len(v) == 1 and not _SURROGATES[0] <= ord(v) <= _SURROGATES[1],
            "a one-character str (a Unicode scalar value)",
        )
    if isinstance(ty, wc.String):
        return _checked(ty, lambda v: isinstance(v, str), "a str")
    return None


def _checked(ty: wc.ValType, ok: Callable[[Any], bool], what: str) -> Lower:
    kind = describe_type(ty)

    def lower(v: Any, where: Where, d: Owner) -> Any:
        if not ok(v):
            raise where.bad(kind, v, f"expected {what}, got {type(v).__name__}")
        return v

    return lower


def lowerer(ty: wc.ValType) -> Lower:
    """The converter of Python values to the form wasmtime-py lowers for ``ty``."""
    scalar = _lower_scalar(ty)
    if scalar is not None:
        return scalar
    if isinstance(ty, wc.ListType):
        return _lower_list(ty)
    if isinstance(ty, wc.RecordType):
        return _lower_record(ty)
    if isinstance(ty, wc.TupleType):
        return _lower_tuple(ty)
    if isinstance(ty, wc.EnumType):
        names = frozenset(ty.names)
        return _checked(ty, lambda v: v in names, f"one of {sorted(names)}")
    if isinstance(ty, wc.FlagsType):
        return _lower_flags(ty)
    if isinstance(ty, wc.OptionType):
        return _lower_cases(ty, lambda v: Variant("none") if v is None else Variant("some", v))
    if isinstance(ty, wc.ResultType):
        return _lower_cases(ty, lambda v: v if isinstance(v, Variant) else Variant("ok", v))
    if isinstance(ty, wc.VariantType):
        return _lower_cases(ty, lambda v: v)
    if isinstance(ty, (wc.OwnType, wc.BorrowType)):
        return _lower_resource

    kind = describe_type(ty)

    def unsupported(v: Any, where: Where, d: Owner) -> Any:
        raise where.bad(kind, v, f"values of WIT type {type(ty).__name__} are not supported")

    return unsupported


def _lower_resource(v: Any, where: Where, d: Owner) -> Any:
    if not isinstance(v, Resource):
        raise where.bad("resource", v, f"expected a Resource handle, got {type(v).__name__}")
    return v.raw_for(d, where)


def _lower_list(ty: wc.ListType) -> Lower:
    kind = describe_type(ty)
    if isinstance(ty.element, wc.U8):

        def lower_bytes(v: Any, where: Where, d: Owner) -> Any:
            if isinstance(v, (bytes, bytearray, memoryview)):
                return bytes(v)
            if isinstance(v, (list, tuple)) and all(isinstance(b, int) and 0 <= b <= 255 for b in v):
                return bytes(v)
            raise where.bad(kind, v, f"expected bytes, got {type(v).__name__}")

        return lower_bytes
    elem = lowerer(ty.element)

    def lower_list(v: Any, where: Where, d: Owner) -> Any:
        if not isinstance(v, (list, tuple)):
            raise where.bad(kind, v, f"expected a list, got {type(v).__name__}")
        return [elem(x, where.at(f"[{i}]"), d) for i, x in enumerate(v)]

    return lower_list


def _lower_record(ty: wc.RecordType) -> Lower:
    kind = describe_type(ty)
    fields = [(name, name.replace("-", "_"), lowerer(fty)) for name, fty in ty.fields]
    known = {n for n, _, _ in fields} | {p for _, p, _ in fields}

    def lower_record(v: Any, where: Where, d: Owner) -> Any:
        if not isinstance(v, dict):
            raise where.bad(kind, v, f"expected a dict (a record), got {type(v).__name__}")
        extra = set(v) - known
        if extra:
            raise where.bad(kind, v, f"unknown record field(s) {sorted(map(str, extra))}")
        out = wc.Record()
        for name, py, lower in fields:
            if name in v:
                value = v[name]
            elif py in v:
                value = v[py]
            else:
                raise where.bad(kind, v, f"record field {name!r} missing")
            setattr(out, name, lower(value, where.at(f".{name}"), d))
        return out

    return lower_record


def _lower_tuple(ty: wc.TupleType) -> Lower:
    kind = describe_type(ty)
    elems = [lowerer(t) for t in ty.elements]

    def lower_tuple(v: Any, where: Where, d: Owner) -> Any:
        if not isinstance(v, (tuple, list)) or len(v) != len(elems):
            raise where.bad(kind, v, f"expected a tuple of {len(elems)}")
        return tuple(f(x, where.at(f"[{i}]"), d) for i, (f, x) in enumerate(zip(elems, v)))

    return lower_tuple


def _lower_flags(ty: wc.FlagsType) -> Lower:
    kind = describe_type(ty)
    names = frozenset(ty.names)

    def lower_flags(v: Any, where: Where, d: Owner) -> Any:
        if not isinstance(v, (set, frozenset, list, tuple)) or not set(v) <= names:
            raise where.bad(kind, v, f"expected a set of flags from {sorted(names)}")
        return set(v)

    return lower_flags


def _lower_cases(ty: Any, as_variant: Callable[[Any], Any]) -> Lower:
    kind = describe_type(ty)
    case_types = _cases_of(ty)
    cases = {name: (lowerer(cty) if cty is not None else None) for name, cty in case_types}
    tagged = _tagged(case_types)

    def lower_case(v: Any, where: Where, d: Owner) -> Any:
        var = as_variant(v)
        if not isinstance(var, Variant) or var.tag not in cases:
            raise where.bad(kind, v, f"expected a Variant with a tag in {sorted(cases)}")
        lower = cases[var.tag]
        payload = None if lower is None else lower(var.value, where.at(f"<{var.tag}>"), d)
        return wc.Variant(var.tag, payload) if tagged else payload

    return lower_case


# -- lifting -----------------------------------------------------------------


def _same(v: Any, d: Owner) -> Any:
    return v


def lifter(ty: wc.ValType | None) -> Lift:
    """The converter of wasmtime-py's lifted values of ``ty`` to their Python form."""
    if ty is None or _lower_scalar(ty) is not None or isinstance(ty, wc.EnumType):
        return _same
    if isinstance(ty, wc.ListType):
        if isinstance(ty.element, wc.U8):
            return lambda v, d: bytes(v)
        elem = lifter(ty.element)
        return lambda v, d: [elem(x, d) for x in v]
    if isinstance(ty, wc.RecordType):
        fields = [(name, lifter(fty)) for name, fty in ty.fields]
        return lambda v, d: {name: f(getattr(v, name), d) for name, f in fields}
    if isinstance(ty, wc.TupleType):
        elems = [lifter(t) for t in ty.elements]
        return lambda v, d: tuple(f(x, d) for f, x in zip(elems, v))
    if isinstance(ty, wc.FlagsType):
        return lambda v, d: frozenset(v)
    if isinstance(ty, wc.OptionType):
        some = _lift_cases(ty)
        return lambda v, d: None if (var := some(v, d)).tag == "none" else var.value
    if isinstance(ty, (wc.ResultType, wc.VariantType)):
        return _lift_cases(ty)
    if isinstance(ty, (wc.OwnType, wc.BorrowType)):
        return lambda v, d: Resource(v, d)
    return _same


def _lift_cases(ty: Any) -> Callable[[Any, Owner], Variant]:
    """Lift a variant-like value to a :class:`Variant`, recovering the tag wasmtime-py leaves out when untagged."""
    case_types = _cases_of(ty)
    cases = [(name, _classes(cty), lifter(cty) if cty is not None else None) for name, cty in case_types]
    by_tag = {name: lift for name, _, lift in cases}
    if _tagged(case_types):

        def lift_tagged(v: Any, d: Owner) -> Variant:
            lift = by_tag[v.tag]
            return Variant(v.tag, None if lift is None else lift(v.payload, d))

        return lift_tagged

    def lift_untagged(v: Any, d: Owner) -> Variant:
        for name, classes, lift in cases:
            if lift is None and v is None:
                return Variant(name)
            if lift is not None and type(v) in classes:  # exact: a bool must not pass for an int case
                return Variant(name, lift(v, d))
        for name, classes, lift in cases:
            if lift is not None and isinstance(v, classes):
                return Variant(name, lift(v, d))
        raise TypeError(f"value {v!r:.60} matches no case of {ty!r}")  # wasmtime-py lifted a value of no case

    return lift_untagged
