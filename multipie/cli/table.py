"""A verb's parameters declared once, as data: typer's signature and the fast parser both come from it.

``multipie run`` starts a guest, and its start-up is part of every run: importing typer
(and building its click command) costs about as much as Python and wasmtime together.
So ``run``'s parameters are a table of :class:`Param` rather than a typer-annotated
signature, and two things are generated from the one table:

- :func:`typer_verb` — the typer command (help, usage errors, ``--help``), by giving the
  verb a signature of ``Annotated[..., typer.Option(...)]`` parameters built from the table;
- :func:`parse` — the happy path without typer: options before the first positional
  argument, each a known flag with its value (``--flag VALUE`` or ``--flag=VALUE``),
  values that convert as typer would convert them. Anything else (``--help``, an unknown
  or incomplete option, a value that does not convert, a missing argument) returns ``None``
  and the caller hands the command line to typer, which answers or reports it as always.

This module imports neither typer nor click (``tests/cli/test_table.py`` checks it).
"""

# No `from __future__ import annotations`: typing.NamedTuple compiles string annotations (start-up cost).

import functools
from collections.abc import Callable, Sequence
from typing import Any, NamedTuple

__all__ = ["Param", "convert", "parse", "typer_info", "typer_verb"]


class Param(NamedTuple):
    """One parameter of a verb: a positional argument (no ``flags``) or an option."""

    name: str
    #: ``str``, ``int``, ``float`` or ``bool`` (a flag); the Python parameter is ``kind | None`` unless a flag
    kind: type = str
    flags: tuple[str, ...] = ()
    #: repeatable option, or the argument that takes every remaining word
    many: bool = False
    metavar: str | None = None
    help: str = ""
    #: converts the text instead of ``kind`` (raises ``ValueError`` or typer's ``BadParameter``)
    parser: Callable[[str], Any] | None = None
    #: a positional argument without a default is required
    required: bool = False

    @property
    def annotation(self) -> Any:
        """The Python annotation typer sees (without typer's ``Annotated`` part)."""
        if self.kind is bool:
            return bool
        base: Any = list[self.kind] if self.many else self.kind  # type: ignore[name-defined]
        return base if self.required else base | None

    @property
    def default(self) -> Any:
        """The value when the command line does not give it."""
        if self.kind is bool:
            return False
        if not self.required:
            return None
        import inspect  # "no default" as typer reads it (the fast path never asks: no inspect on a run)

        return inspect.Parameter.empty


def convert(kind: type, text: Any) -> Any:
    """``text`` as ``kind`` the way typer's plain coercion reads it (``int`` also takes ``5.0``, ``1e3``).

    Raises:
        ValueError: the text is not a value of that kind.
    """
    if type(text) is kind:
        return text
    if kind is bool:
        raise ValueError(text)
    if kind is str:
        return str(text)
    if kind is int:
        try:
            return int(text)
        except (TypeError, ValueError):
            number = float(text)
            if not (number - number == 0.0 and number.is_integer()):  # finite (no `math` on a run's path)
                raise ValueError(text) from None
            return int(number)
    return float(text)


def _value(p: Param, text: str) -> Any:
    return p.parser(text) if p.parser is not None else convert(p.kind, text)


def parse(table: Sequence[Param], words: Sequence[str], *, interspersed: bool = False) -> dict[str, Any] | None:
    """The keyword arguments for a verb called with ``words`` (after the verb), or ``None``: let typer do it.

    Options come before the first positional argument; the last positional parameter may
    take every remaining word (``many``), verbatim (``run MODULE ARGS...``). For a verb whose
    options may also follow its arguments (``interspersed``), a later word starting with ``-``
    (an option, or a negative number) is left to typer.
    """
    by_flag = {f: p for p in table for f in p.flags}
    positional = [p for p in table if not p.flags]
    out: dict[str, Any] = {p.name: p.default for p in table if p.kind is bool or not p.required}
    i = 0
    while i < len(words) and words[i].startswith("-") and words[i] != "-":
        word = words[i]
        if word == "--":
            i += 1
            break
        flag, eq, text = word.partition("=")
        p = by_flag.get(flag)
        if p is None or not flag.startswith("--") and eq:  # unknown, or a short option glued to its value
            return None
        if p.kind is bool:
            if eq:
                return None
            out[p.name] = True
            i += 1
            continue
        if not eq:
            if i + 1 >= len(words):
                return None
            text = words[i + 1]
            i += 1
        try:
            value = _value(p, text)
        except Exception:  # noqa: BLE001 - typer reports it, with its own words
            return None
        out[p.name] = [*(out[p.name] or []), value] if p.many else value
        i += 1
    rest = list(words[i:])
    if interspersed and any(w.startswith("-") for w in rest):
        return None
    for p in positional:
        if p.many:
            out[p.name], rest = rest or None, []
        elif rest:
            out[p.name], rest = rest[0], rest[1:]
        elif p.required:
            return None
    return None if rest else out


def typer_verb(func: Callable[..., Any], table: Sequence[Param]) -> Callable[..., Any]:
    """``func`` as typer sees a verb: same name, docstring and behaviour, its signature made from ``table``."""
    import inspect

    params = []
    for p in table:
        annotated = _annotated(p.annotation, typer_info(p))
        params.append(
            inspect.Parameter(p.name, inspect.Parameter.POSITIONAL_OR_KEYWORD, default=p.default, annotation=annotated)
        )

    @functools.wraps(func)
    def verb(**kwargs: Any) -> Any:
        return func(**kwargs)

    verb.__signature__ = inspect.Signature(params)  # type: ignore[attr-defined]
    verb.__annotations__ = {prm.name: prm.annotation for prm in params}
    return verb


def typer_info(p: Param) -> Any:
    """The ``typer.Option``/``typer.Argument`` of ``p`` (for ``Annotated[..., typer_info(p)]``)."""
    import typer

    if p.flags:
        return typer.Option(*p.flags, metavar=p.metavar, help=p.help, parser=p.parser)
    return typer.Argument(metavar=p.metavar, help=p.help)


def _annotated(annotation: Any, info: Any) -> Any:
    from typing import Annotated

    return Annotated[annotation, info]
