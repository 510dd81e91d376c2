"""The layering of ``multipie/`` (docs/architecture.md), checked on the source.

- the import graph has no cycle: module-level, function-level and ``TYPE_CHECKING``
  imports all count (a lazy import hides a cycle from Python, not from a reader);
- no module but ``runtime.py`` touches a private attribute of the Runtime: kinds get the
  :class:`~multipie.domains.base.Host` instead;
- kinds never import the Runtime, and the Runtime imports no kind: it reaches them through
  :mod:`multipie.domains.registry`.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1] / "multipie"

#: Cycles inside one package that its owner is still untangling, each as its module set: none today.
#: The test fails when a cycle not listed here appears, and when a listed one is gone (drop it then).
KNOWN_CYCLES: set[frozenset[str]] = set()


def _modules() -> dict[str, Path | None]:
    """Every module of the package by dotted name (extension modules too, as leaves)."""
    mods: dict[str, Path | None] = {}
    for path in ROOT.rglob("*.py"):
        parts = list(path.relative_to(ROOT.parent).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts.pop()
        mods[".".join(parts)] = path
    for path in ROOT.glob("*.so"):
        mods["multipie." + path.name.split(".")[0]] = None
    return mods


def _imports(name: str, path: Path, mods: dict[str, Path | None]) -> Iterator[str]:
    """The modules of the package that ``name`` imports, wherever the import statement is."""

    def resolve(dotted: str) -> str | None:
        while dotted and dotted not in mods:
            dotted = dotted.rpartition(".")[0]
        return dotted or None

    package = name.split(".") if path.name == "__init__.py" else name.split(".")[:-1]
    for node in ast.walk(ast.parse(path.read_text(), str(path))):
        if isinstance(node, ast.Import):
            targets = [resolve(a.name) for a in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package[: len(package) - node.level + 1]
                module = ".".join(base + ([node.module] if node.module else []))
            else:
                module = node.module or ""
            targets = [f"{module}.{a.name}" if f"{module}.{a.name}" in mods else resolve(module) for a in node.names]
        else:
            continue
        yield from (t for t in targets if t is not None and t != name)


def _graph() -> dict[str, set[str]]:
    mods = _modules()
    return {m: (set(_imports(m, p, mods)) if p is not None else set()) for m, p in mods.items()}


def _cycles(graph: dict[str, set[str]]) -> list[frozenset[str]]:
    """Strongly connected components of more than one module (Tarjan, iterative)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[frozenset[str]] = []
    for start in graph:
        if start in index:
            continue
        work = [(start, iter(sorted(graph[start])))]
        index[start] = low[start] = len(index)
        stack.append(start)
        on_stack.add(start)
        while work:
            node, edges = work[-1]
            for nxt in edges:
                if nxt not in index:
                    index[nxt] = low[nxt] = len(index)
                    stack.append(nxt)
                    on_stack.add(nxt)
                    work.append((nxt, iter(sorted(graph.get(nxt, ())))))
                    break
                if nxt in on_stack:
                    low[node] = min(low[node], index[nxt])
            else:
                work.pop()
                if work:
                    low[work[-1][0]] = min(low[work[-1][0]], low[node])
                if low[node] == index[node]:
                    comp = set()
                    while True:
                        member = stack.pop()
                        on_stack.discard(member)
                        comp.add(member)
                        if member == node:
                            break
                    if len(comp) > 1:
                        found.append(frozenset(comp))
    return found


def test_cycle_finder_finds_a_cycle() -> None:
    graph = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}
    assert _cycles(graph) == [frozenset({"a", "b", "c"})]


def test_import_graph_has_no_new_cycle() -> None:
    cycles = set(_cycles(_graph()))
    new = [sorted(c) for c in cycles - KNOWN_CYCLES]
    assert not new, f"import cycles (function-level and TYPE_CHECKING imports count): {new}"
    gone = [sorted(c) for c in KNOWN_CYCLES - cycles]
    assert not gone, f"these listed cycles are gone: drop them from KNOWN_CYCLES: {gone}"


def test_core_is_outside_every_cycle() -> None:
    """The Runtime, its host, the capability table, sharing and the kind protocol are in no cycle at all."""
    in_cycles = set().union(*_cycles(_graph()))
    core = {
        "multipie",
        "multipie.runtime",
        "multipie.host",
        "multipie.capabilities",
        "multipie.sharing",
        "multipie.domains.base",
        "multipie.domains.registry",
        "multipie.domains.detect",
    }
    assert not core & in_cycles


def test_kinds_never_import_the_runtime_and_the_runtime_imports_no_kind() -> None:
    graph = _graph()
    kinds = [m for m in graph if m.startswith("multipie.domains.") and m.count(".") >= 3]
    assert kinds, "no kind modules found"
    offenders = sorted(m for m in kinds if {"multipie.runtime", "multipie.host"} & graph[m])
    assert not offenders, f"kinds importing the Runtime or its host implementation: {offenders}"
    assert not [m for m in graph["multipie.runtime"] if m in kinds]


def _runtime_privates() -> set[str]:
    """Names of the Runtime's private attributes and methods (``_x``, not dunders)."""
    tree = ast.parse((ROOT / "runtime.py").read_text())
    [cls] = [n for n in tree.body if isinstance(n, ast.ClassDef) and n.name == "Runtime"]
    names: set[str] = set()
    for node in ast.walk(cls):
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            names.add(node.name)
        elif isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) and node.value.id == "self":
            names.add(node.attr)
    return {n for n in names if n.startswith("_") and not n.startswith("__")}


_RUNTIME_NAMES = {"rt", "runtime", "_rt", "_runtime"}


def _is_runtime_expr(node: ast.expr) -> bool:
    """``rt``, ``runtime``, ``x.runtime``, ``self._rt``: an expression that names a Runtime."""
    if isinstance(node, ast.Name):
        return node.id in _RUNTIME_NAMES
    return isinstance(node, ast.Attribute) and node.attr in _RUNTIME_NAMES


def test_no_module_but_the_runtime_touches_its_private_attributes() -> None:
    privates = _runtime_privates()
    assert {"_host", "_services"} <= privates
    offenders = []
    for path in sorted(ROOT.rglob("*.py")):
        if path == ROOT / "runtime.py":
            continue
        for node in ast.walk(ast.parse(path.read_text(), str(path))):
            if not isinstance(node, ast.Attribute) or not node.attr.startswith("_") or node.attr.startswith("__"):
                continue
            if _is_runtime_expr(node.value) or (node.attr in privates and node.attr not in _defined_elsewhere()):
                offenders.append(f"{path.relative_to(ROOT.parent)}:{node.lineno}: .{node.attr}")
    assert not offenders, "private Runtime attributes used outside runtime.py:\n" + "\n".join(offenders)


_ELSEWHERE: set[str] | None = None


def _defined_elsewhere() -> set[str]:
    """Private names some other class defines too (``self._lock``): not evidence of reaching into a Runtime."""
    global _ELSEWHERE
    if _ELSEWHERE is None:
        names: set[str] = set()
        for path in ROOT.rglob("*.py"):
            if path == ROOT / "runtime.py":
                continue
            for node in ast.walk(ast.parse(path.read_text(), str(path))):
                if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
                    names.add(node.name)
                elif isinstance(node, ast.Attribute) and isinstance(node.ctx, ast.Store):
                    names.add(node.attr)
        _ELSEWHERE = names
    return _ELSEWHERE


@pytest.mark.parametrize(
    "source",
    [
        "def f(svc):\n    return svc.runtime._host\n",
        "def f(rt):\n    rt._services.clear()\n",
    ],
)
def test_private_access_check_catches_reaching_in(source: str) -> None:
    node = next(n for n in ast.walk(ast.parse(source)) if isinstance(n, ast.Attribute) and n.attr.startswith("_"))
    assert _is_runtime_expr(node.value)
