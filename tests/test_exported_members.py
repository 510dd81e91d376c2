"""The public API is pinned: a change to an ``__all__`` is a deliberate act (edit the lists here).

Also: the error tree drawn in ``multipie/errors.py``'s docstring is the real class tree.
"""

from __future__ import annotations

import importlib
import re

import pytest

import multipie
import multipie.errors

ERRORS = [
    "ArgumentError",
    "CapabilityError",
    "CapabilityRevoked",
    "CapacityError",
    "DigestMismatch",
    "DomainClosed",
    "DomainError",
    "Frame",
    "HostBug",
    "HostError",
    "InvalidModule",
    "LinkError",
    "ManifestError",
    "MultipieError",
    "NoSuchExport",
    "OutOfFuel",
    "OutOfMemory",
    "PackageError",
    "PolicyViolation",
    "ProtocolError",
    "ResourceExhausted",
    "ResultError",
    "SignatureError",
    "Timeout",
    "Trap",
    "TrapCode",
    "UsageError",
]

# module -> its exact __all__ (the public packages; cli and bench are tools, not an import API)
PUBLIC = {
    "multipie": sorted(
        [*(e for e in ERRORS if e != "Frame"), "AUTO", "Buffer", "Capability", "CapabilityKind", "Command"]
        + ["Domain", "DomainState", "EngineConfig", "ExportInfo", "F32", "F64", "I32", "I64", "ImportInfo"]
        + ["Limits", "Region", "Runtime", "Service", "__version__"]
    ),
    "multipie.errors": ERRORS,
    "multipie.app": ["App", "AppService", "Manifest", "ServiceSpec", "load_app", "load_manifest", "parse_manifest"],
    "multipie.domains": ["Domain", "DomainState", "ExportInfo", "ImportInfo", "Limits", "Service"],
    "multipie.domains.virtine": ["CallResult", "VirtineDomain", "VirtineService"],
    "multipie.domains.wasm": ["BoundExport", "WasmDomain", "WasmService"],
    "multipie.packages": [
        "Blob",
        "BlobStore",
        "Lock",
        "PACKAGE_OPTIONS",
        "Reference",
        "TrustPolicy",
        "collect_references",
        "default_store_dir",
        "enforce",
        "generate_keypair",
        "is_package_source",
        "lock_references",
        "needs",
        "needs_line",
        "open_source",
        "pack",
        "parse_reference",
        "pull",
        "push",
        "reject_plain",
        "resolve_source",
        "sign",
        "verify",
        "write_lock",
    ],
    "multipie.scaleout": ["ClusterApp", "RemoteCapability", "deploy", "up"],
}


@pytest.mark.parametrize("name", sorted(PUBLIC))
def test_all_is_pinned_exactly(name: str) -> None:
    module = importlib.import_module(name)
    assert sorted(module.__all__) == sorted(PUBLIC[name]), f"{name}.__all__ changed"
    assert len(set(module.__all__)) == len(module.__all__), f"{name}.__all__ lists a name twice"
    for member in module.__all__:
        assert hasattr(module, member), f"{name}.{member}"


def _doc_tree(doc: str) -> dict[str, str | None]:
    """The tree drawn in a docstring (a root line, then ``├── Name`` / ``└── Name`` lines): name -> parent."""
    lines = doc.splitlines()
    first = next(i for i, line in enumerate(lines) if re.search(r"[├└]── ", line))
    root = re.match(r"^(\s*)(\w+)", lines[first - 1])
    assert root is not None, "the line above the tree names its root"
    parents: dict[str, str | None] = {root.group(2): None}
    stack = [(len(root.group(1)) - 1, root.group(2))]  # (column of the branch, name) of the open ancestors
    for line in lines[first:]:
        m = re.match(r"^(.*?)[├└]── (\w+)", line)
        if m is None:
            break
        col = len(m.group(1))
        while stack[-1][0] >= col:
            stack.pop()
        parents[m.group(2)] = stack[-1][1]
        stack.append((col, m.group(2)))
    return parents


def _real_tree() -> dict[str, str | None]:
    tree: dict[str, str | None] = {}
    for name in multipie.errors.__all__:
        obj = getattr(multipie.errors, name)
        if isinstance(obj, type) and issubclass(obj, BaseException):
            base = obj.__bases__[0]
            tree[name] = None if obj is multipie.MultipieError else base.__name__
    return tree


def test_error_tree_in_the_docstring_is_the_class_tree() -> None:
    drawn = _doc_tree(multipie.errors.__doc__ or "")
    assert drawn == _real_tree()


def test_doc_tree_reader_sees_depth() -> None:
    doc = "Intro.\n\n    Root      the root\n    ├── A     a\n    │   └── B b\n    └── C     c\n\nMore text.\n"
    assert _doc_tree(doc) == {"Root": None, "A": "Root", "B": "A", "C": "Root"}


def test_errors_are_one_documented_hierarchy() -> None:
    for name in multipie.errors.__all__:
        obj = getattr(multipie.errors, name)
        if isinstance(obj, type) and issubclass(obj, Exception):
            assert issubclass(obj, multipie.MultipieError), name
            assert obj.__doc__, f"{name} has no docstring"


def test_usage_errors_exit_2() -> None:
    assert multipie.UsageError.exit_code == 2
    assert multipie.NoSuchExport.exit_code == 2
    assert multipie.ManifestError.exit_code == 2
    assert multipie.Trap.exit_code == 1
