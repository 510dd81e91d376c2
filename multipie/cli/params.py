"""Turning command-line strings into the ``str``/``int``/``float`` parameters the verbs take, without pydantic.

Typer coerces every parameter (``str``, ``int``, ``float``, ``bool`` or a list of them, or a
``parser=`` function's result) through a pydantic ``TypeAdapter`` built on first use: importing
pydantic and building the adapters costs a ``multipie run`` about as much as starting Python and
wasmtime together. The verbs' parameters are plain strings, numbers and lists of them, so
:func:`install` gives each such parameter a :class:`PlainParam` instead (typer's own lazy slot,
``_runtime_param``, filled before typer fills it). Any other annotation (paths, enums, ranges) keeps
typer's coercion. Errors read as typer's do: ``Invalid value for '--fuel': Input should be a valid
integer, ...``.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any, get_args, get_origin

from typer._click.exceptions import BadParameter
from typer._coercion import RuntimeParam

__all__ = ["PlainParam", "install", "plain_scalar"]

#: What a value that does not parse is called in the error (pydantic's words, as typer showed them).
_NAMES = {
    int: ("integer", "an integer"),
    float: ("number", "a number"),
    str: ("string", "a string"),
    bool: ("boolean", "a boolean"),  # flags: click hands them over as bools already
}


def plain_scalar(annotation: Any) -> type | None:
    """``str``, ``int``, ``float`` or ``bool`` for those annotations and lists of them; ``None`` otherwise."""
    if get_origin(annotation) is list:
        (annotation,) = get_args(annotation) or (None,)
    return annotation if annotation in _NAMES else None


def _scalar(kind: type, value: Any) -> Any:
    """``value`` as ``kind``; ``int`` also accepts an integral number written as one (``5.0``, ``1e3``)."""
    if type(value) is kind:
        return value
    if kind is bool:
        raise ValueError(value)
    if kind is str:
        return str(value)
    if kind is int:
        try:
            return int(value)
        except (TypeError, ValueError):
            number = float(value)
            if not (math.isfinite(number) and number.is_integer()):
                raise ValueError(value) from None
            return int(number)
    return float(value)


@dataclass(frozen=True)
class PlainParam(RuntimeParam):
    """Coercion of a ``str``/``int``/``float`` parameter (or a list of them) by the Python constructors."""

    scalar: type = str

    def _coerce_value(self, value: Any, param: Any, ctx: Any) -> Any:
        if isinstance(value, (list, tuple)):
            return [self._one(v, param, ctx) for v in value]
        return self._one(value, param, ctx)

    def _one(self, value: Any, param: Any, ctx: Any) -> Any:
        parser = self.parameter_info.parser
        try:
            if parser is not None:  # as typer: the parser's result is the value, unchecked
                return parser(value)
            return _scalar(self.scalar, value)
        except (TypeError, ValueError, OverflowError) as exc:
            if parser is not None:
                raise BadParameter(f"Value error, {exc}", ctx=ctx, param=param) from None
            word, article = _NAMES[self.scalar]
            raise BadParameter(
                f"Input should be a valid {word}, unable to parse string as {article}", ctx=ctx, param=param
            ) from None


def install(cmd: Any, ctx: Any) -> None:
    """Give every plain parameter of ``cmd`` (a typer command; ``--help`` too) a :class:`PlainParam`."""
    for p in cmd.get_params(ctx):
        descriptor = getattr(p, "type_descriptor", None)
        if descriptor is None or getattr(p, "_runtime_param", True) is not None:
            continue
        info = descriptor.parameter_info
        scalar = plain_scalar(descriptor.annotation)
        if scalar is None or descriptor.file_annotation is not None or _custom(info):
            continue
        p._runtime_param = PlainParam(parameter_info=info, annotation=descriptor.annotation, scalar=scalar)


def _custom(info: Any) -> bool:
    """The parameter converts or checks its value its own way (a click type, a range): typer's job."""
    return any(getattr(info, a, None) is not None for a in ("click_type", "min", "max"))
