"""Command-line text → WIT values, for ``multipie call COMPONENT FUNC ARGS...``.

One argument per parameter, read by the parameter's WIT type:

=====================  ==============================================================
WIT                    text
=====================  ==============================================================
string                 as is (``hello world``)
char                   one character
bool                   ``true``/``false`` (also ``1``/``0``)
integers               decimal or ``0x`` hex, range-checked later by the lowerer
floats                 any Python float literal (``1.5``, ``inf``)
enum                   the case name (``red``)
anything else          JSON: lists ``[1, 2]``, records ``{"x": 1}``, tuples as lists,
                       ``option`` ``null`` or the value, variants and results
                       ``{"tag": payload}`` (or ``"tag"`` without payload), flags a
                       list of names, ``list<u8>`` a list of ints or a JSON string
=====================  ==============================================================

The result is the Python form :mod:`~multipie.domains.component.values` lowers, so the
same range and shape checks apply; bad text raises :class:`~multipie.errors.ArgumentError`
naming the argument and the path into it.
"""

from __future__ import annotations

from typing import Any

from wasmtime import component as wc

from multipie.domains.component.values import Variant
from multipie.errors import ArgumentError

__all__ = ["from_json", "from_text"]

_INTS = (wc.U8, wc.U16, wc.U32, wc.U64, wc.S8, wc.S16, wc.S32, wc.S64)


def from_text(ty: Any, text: str, where: str) -> Any:
    """The Python value for command-line ``text`` as a parameter of WIT type ``ty``.

    Raises:
        ArgumentError: the text does not read as that type (``where`` names the argument).
    """
    if isinstance(ty, (wc.String, wc.Char)):
        return text
    if isinstance(ty, wc.EnumType):
        return text
    if isinstance(ty, wc.Bool):
        low = text.strip().lower()
        if low in ("true", "1"):
            return True
        if low in ("false", "0"):
            return False
        raise ArgumentError(f"{where}: {text!r} is not a bool (true or false)")
    if isinstance(ty, _INTS):
        try:
            return int(text, 0)
        except ValueError:
            raise ArgumentError(f"{where}: {text!r} is not an integer") from None
    if isinstance(ty, (wc.F32, wc.F64)):
        try:
            return float(text)
        except ValueError:
            raise ArgumentError(f"{where}: {text!r} is not a number") from None
    import json  # compound values only: a string or a number never loads it

    try:
        value = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ArgumentError(f"{where}: {text!r} is not JSON ({exc.msg}); compound WIT values are JSON") from None
    return from_json(ty, value, where)


def from_json(ty: Any, v: Any, where: str) -> Any:
    """The Python value for decoded JSON ``v`` of WIT type ``ty`` (tuples, variants and flags rebuilt)."""
    if isinstance(ty, wc.ListType):
        if isinstance(ty.element, wc.U8) and isinstance(v, str):
            return v.encode()
        _expect(v, list, "a JSON list", where)
        return [from_json(ty.element, x, f"{where}[{i}]") for i, x in enumerate(v)]
    if isinstance(ty, wc.TupleType):
        _expect(v, list, "a JSON list (a tuple)", where)
        if len(v) != len(ty.elements):
            raise ArgumentError(f"{where}: expected {len(ty.elements)} elements, got {len(v)}")
        return tuple(from_json(t, x, f"{where}[{i}]") for i, (t, x) in enumerate(zip(ty.elements, v)))
    if isinstance(ty, wc.RecordType):
        _expect(v, dict, "a JSON object (a record)", where)
        types = {n: t for n, t in ty.fields} | {n.replace("-", "_"): t for n, t in ty.fields}
        return {k: (from_json(types[k], x, f"{where}.{k}") if k in types else x) for k, x in v.items()}
    if isinstance(ty, wc.OptionType):
        return None if v is None else from_json(ty.payload, v, where)
    if isinstance(ty, wc.FlagsType):
        _expect(v, list, "a JSON list of flag names", where)
        return frozenset(v)
    if isinstance(ty, (wc.ResultType, wc.VariantType)):
        return _variant(ty, v, where)
    if isinstance(ty, (wc.F32, wc.F64)) and isinstance(v, int) and not isinstance(v, bool):
        return float(v)
    return v  # scalars: the lowerer checks type and range


def _variant(ty: Any, v: Any, where: str) -> Variant:
    cases = dict([("ok", ty.ok), ("err", ty.err)] if isinstance(ty, wc.ResultType) else ty.cases)
    if isinstance(v, str):
        tag, payload = v, None
    elif isinstance(v, dict) and len(v) == 1:
        ((tag, payload),) = v.items()
    else:
        raise ArgumentError(f"{where}: expected {{\"case\": payload}} or \"case\" (cases: {', '.join(cases)})")
    if tag not in cases:
        raise ArgumentError(f"{where}: no case {tag!r} (cases: {', '.join(cases)})")
    cty = cases[tag]
    return Variant(tag, None if cty is None else from_json(cty, payload, f"{where}<{tag}>"))


def _expect(v: Any, kind: type, what: str, where: str) -> None:
    if not isinstance(v, kind):
        import json

        raise ArgumentError(f"{where}: expected {what}, got {json.dumps(v)[:60]}")
