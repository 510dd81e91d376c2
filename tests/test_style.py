"""Style rules a reviewer would otherwise have to remember (STYLE.md).

Every raw memory or kernel operation (ctypes ``from_address``/``memmove``/``cast``/
``addressof``/``CFUNCTYPE``, ``mmap``, ``ioctl``, unchecked Wasmtime calls, wasmtime-py's
``_ffi``) is preceded by a ``# SAFETY:`` comment stating the invariant that makes it sound.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

PKG = Path(__file__).resolve().parent.parent / "multipie"
RISKY = re.compile(
    r"\.from_address\(|ctypes\.memmove\(|\bmmap\.mmap\(|fcntl\.ioctl\(|\bioctl\(|_call_unchecked\(|"
    r"func_call_unchecked\(|_instantiate\(|instance_pre_instantiate\(|Module\.deserialize\(|"
    r"(?<![.\w])cast\(|\bctypes\.cast\(|\baddressof\(|\b_ffi\b|\bCFUNCTYPE\("
)
WINDOW = 6


def _files() -> list[Path]:
    return sorted(p for p in PKG.rglob("*.py") if "tests" not in p.parts)


@pytest.mark.parametrize("path", _files(), ids=lambda p: str(p.relative_to(PKG)))
def test_risky_calls_have_safety_notes(path: Path) -> None:
    lines = path.read_text(encoding="utf-8").splitlines()
    missing = []
    for i, line in enumerate(lines):
        code = line.split("#", 1)[0]
        if not RISKY.search(code) or code.lstrip().startswith(("def ", "class ")):
            continue
        before = lines[max(0, i - WINDOW) : i + 1]
        if not any("SAFETY:" in b for b in before):
            missing.append(f"{path.name}:{i + 1}: {line.strip()}")
    assert not missing, "risky call without a '# SAFETY:' note just before it:\n" + "\n".join(missing)


def test_public_modules_have_docstrings() -> None:
    import ast

    bare = [str(p.relative_to(PKG)) for p in _files() if ast.get_docstring(ast.parse(p.read_text())) is None]
    assert not bare, f"modules without a docstring: {bare}"
