"""The wasmtime-py boundary (package ``multipie/domains/wasm/_capi``) is the only code touching its internals.

Issue 16 §2: any wasmtime upgrade must touch one file. Every module of
``multipie/`` is walked with ``ast``; outside the boundary none may import a
private wasmtime module (``wasmtime._ffi``, ``wasmtime._func``...), name a
wasmtime-py private attribute, or catch ``WasmtimeError`` (errors are
translated by ``_capi.errors_as``). The boundary's own modules are tested beside
this file (``test_errors.py``, ``test_stores.py``, ``test_raw.py``).
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PKG = Path(__file__).resolve().parents[4] / "multipie"
BOUNDARY = PKG / "domains" / "wasm" / "_capi"

#: wasmtime-py private attributes multiPIE used before the boundary existed (and some it might).
PRIVATE = {
    "_ffi",
    "_bindings",
    "_from_ptr",
    "_from_raw",
    "_context",
    "_Store__context",
    "maybe_raise_last_exn",
    "LAST_EXCEPTION",
    "_consume",
    "_as_extern",
    "_set_ptr",
    "_func",
    "_memory",
    "_wasmtime_trap_new",
}
#: Attributes of multiPIE's own that share a name with a wasmtime-py private one.
OWN = {"_bindings", "_memory", "_func"}


def _violations(tree: ast.AST) -> list[tuple[int, str]]:
    out: list[tuple[int, str]] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            out += [(node.lineno, f"import {a.name}") for a in node.names if a.name.startswith("wasmtime._")]
        elif isinstance(node, ast.ImportFrom) and node.module:
            if node.module.startswith("wasmtime._"):
                out.append((node.lineno, f"from {node.module} import ..."))
            elif node.module == "wasmtime":
                out += [(node.lineno, f"from wasmtime import {a.name}") for a in node.names if a.name.startswith("_")]
        elif isinstance(node, ast.Attribute):
            base = node.value
            dunder = node.attr.startswith("__") and node.attr.endswith("__")
            if isinstance(base, ast.Name) and base.id == "wasmtime" and node.attr.startswith("_") and not dunder:
                out.append((node.lineno, f"wasmtime.{node.attr}"))
            elif node.attr in PRIVATE and node.attr not in OWN:
                out.append((node.lineno, f".{node.attr}"))
            elif node.attr in OWN and isinstance(base, ast.Attribute) and base.attr in {"_func", "_memory"}:
                out.append((node.lineno, f".{base.attr}.{node.attr}"))  # e.g. func._func._x
        elif isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "ptr":
            out.append((node.lineno, ".ptr() (a raw C handle: _capi.handle_address)"))
        elif isinstance(node, ast.ExceptHandler) and node.type is not None:
            kinds = node.type.elts if isinstance(node.type, ast.Tuple) else [node.type]
            for k in kinds:
                name = k.attr if isinstance(k, ast.Attribute) else k.id if isinstance(k, ast.Name) else ""
                if name == "WasmtimeError":
                    out.append((node.lineno, "except WasmtimeError"))
    return out


def _modules() -> list[Path]:
    return sorted(p for p in PKG.rglob("*.py") if BOUNDARY not in p.parents)


@pytest.mark.parametrize("path", _modules(), ids=lambda p: str(p.relative_to(PKG)))
def test_only_the_boundary_touches_wasmtime_internals(path: Path) -> None:
    found = _violations(ast.parse(path.read_text(encoding="utf-8")))
    where = "\n".join(f"{path.relative_to(PKG)}:{line}: {what}" for line, what in found)
    assert not found, f"wasmtime-py internals outside domains/wasm/_capi/:\n{where}"


@pytest.mark.parametrize(
    "source",
    [
        "from wasmtime import _ffi as ffi",
        "import wasmtime._func as f",
        "x = store._context()",
        "x = wasmtime.Trap._from_ptr(p)",
        "x = cfg._consume()",
        "store._Store__context = 1",
        "x = wasmtime._bindings",
        "try:\n    pass\nexcept wasmtime.WasmtimeError:\n    pass",
        "try:\n    pass\nexcept (ValueError, WasmtimeError):\n    pass",
        "a = engine.ptr()",
    ],
)
def test_the_check_sees_each_private_use(source: str) -> None:
    assert _violations(ast.parse(source)), source


def test_the_check_leaves_public_api_and_own_names_alone() -> None:
    source = "import wasmtime\nm = wasmtime.Module(e, b)\nd._bindings = None\nself._memory = {}\nx = e.ptr\n"
    assert _violations(ast.parse(source)) == []
