"""Policy derived from code: a module's imports are the authority it asks for.

:func:`needs` turns a service's imports into the lines ``multipie inspect``
prints (``needs: env.add (function i32,i32->i32), env.buf (memory)``), and
:func:`enforce` refuses, with :class:`~multipie.errors.PolicyViolation`,
every import an app did not grant. Grants are ``module.name`` keys, with
``*`` globs (``wasi_snapshot_preview1.*`` grants all of WASI preview 1).
"""

from __future__ import annotations

import fnmatch
from collections.abc import Iterable, Sequence

from multipie.domains.base import ImportInfo
from multipie.errors import PolicyViolation

__all__ = ["describe_need", "enforce", "needs", "needs_line", "ungranted"]


def describe_need(imp: ImportInfo) -> str:
    """One import as a need: ``env.add (function i32,i32->i32)``, ``env.buf (memory)``."""
    if imp.kind == "function":
        return f"{imp.key} (function {imp.type})"
    if imp.kind == "global":
        return f"{imp.key} (global {imp.type})"
    return f"{imp.key} ({imp.kind})"


def needs(imports: Iterable[ImportInfo]) -> list[str]:
    """The requested authority of a module, one entry per import, in import order."""
    return [describe_need(i) for i in imports]


def needs_line(imports: Iterable[ImportInfo]) -> str:
    """``needs: a, b, ...`` (``needs: nothing`` for a module without imports)."""
    items = needs(imports)
    return "needs: " + (", ".join(items) if items else "nothing")


def ungranted(imports: Iterable[ImportInfo], granted: Iterable[str]) -> list[ImportInfo]:
    """The imports no grant covers (grants are ``module.name`` keys or globs)."""
    patterns = list(granted)
    return [i for i in imports if not any(fnmatch.fnmatchcase(i.key, p) for p in patterns)]


def enforce(imports: Sequence[ImportInfo], granted: Iterable[str], *, where: str) -> None:
    """Refuse a module that asks for anything not granted.

    Args:
        imports: the module's imports.
        granted: ``module.name`` keys or globs the app grants.
        where: the service's name, for the message.

    Raises:
        PolicyViolation: names every import not granted, and what was granted.
    """
    grants = list(granted)
    missing = ungranted(imports, grants)
    if missing:
        listed = ", ".join(describe_need(i) for i in missing)
        raise PolicyViolation(
            f"{where}: imports not granted: {listed} (granted: {', '.join(grants) if grants else 'nothing'})"
        )
