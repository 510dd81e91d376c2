"""Tests mirror modules: the tests of ``multipie/X/Y/z.py`` live in ``tests/X/Y/test_z.py``.

A reader finds the tests of a module in one hop. Files that span several modules keep an area name in
the closest folder (``tests/domains/wasm/test_hardening.py``); they do not count as a module's tests.
``_private.py`` maps to ``test_private.py``; ``__init__.py`` and ``__main__.py`` have no mirror.

:data:`UNTESTED` lists the modules without a mirrored test file today. The gap can only shrink: a new
module comes with its test file, and a module that gains one leaves the list.
"""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PKG = ROOT / "multipie"

#: Modules (relative to ``multipie/``) with no ``tests/.../test_<name>.py`` yet. Only ever remove entries.
UNTESTED = frozenset(
    {
        "app/abi.py",
        "app/admin.py",
        "app/logs.py",
        "app/metrics.py",
        "app/pool.py",
        "bench/harness.py",
        "bench/report.py",
        "bench/suites/_peers.py",
        "bench/suites/apps.py",
        "bench/suites/calls.py",
        "bench/suites/creation.py",
        "bench/suites/density.py",
        "bench/suites/execution.py",
        "bench/suites/scaleout.py",
        "bench/suites/sharing.py",
        "bench/suites/virtine.py",
        "bench/suites/virtine_windows.py",
        "cli/bench.py",
        "cli/core.py",
        "cli/demo.py",
        "cli/packages.py",
        "domains/base.py",
        "domains/detect.py",
        "domains/legacy/loader.py",
        "domains/legacy/stats.py",
        "domains/legacy/table.py",
        "domains/virtine/grants.py",
        "domains/virtine/hypercalls.py",
        "domains/wasm/traps.py",
        "domains/wasm/valtypes.py",
        "packages/descriptor.py",
        "packages/digest.py",
        "packages/files.py",
        "packages/image.py",
        "packages/layout.py",
        "packages/lock.py",
        "packages/mediatypes.py",
        "packages/operations.py",
        "packages/policy.py",
        "packages/reference.py",
        "packages/signing.py",
        "kvm/_abi.py",  # moved from domains/virtine/_abi.py (issue 16 §3)
        "packages/source.py",
        "packages/store.py",
        "packages/tar.py",
        "scaleout/blobs.py",
        "scaleout/ingress.py",
        "scaleout/metrics.py",
        "scaleout/replica.py",
        "scaleout/tokens.py",
    }
)


def mirrored_test(module: Path) -> Path:
    """The test file of ``multipie/<module>``: same folders under ``tests/``, ``test_`` + the module's name."""
    return ROOT / "tests" / module.parent / f"test_{module.stem.lstrip('_')}.py"


def untested_modules() -> set[str]:
    """Every module of ``multipie/`` whose mirrored test file does not exist."""
    modules = (p.relative_to(PKG) for p in PKG.rglob("*.py") if p.name not in ("__init__.py", "__main__.py"))
    return {m.as_posix() for m in modules if not mirrored_test(m).exists()}


def test_every_new_module_has_a_mirrored_test_file() -> None:
    new = sorted(untested_modules() - UNTESTED)
    assert not new, f"modules without tests/<same path>/test_<name>.py (write one; do not extend UNTESTED): {new}"


def test_the_allow_list_only_shrinks() -> None:
    done = sorted(UNTESTED - untested_modules())
    assert not done, f"these modules have a mirrored test file (or are gone): remove them from UNTESTED: {done}"


def test_mirrored_path_of_a_module() -> None:
    assert mirrored_test(Path("domains/virtine/snapshot.py")) == ROOT / "tests/domains/virtine/test_snapshot.py"
    assert mirrored_test(Path("runtime.py")) == ROOT / "tests/test_runtime.py"
    assert mirrored_test(Path("domains/virtine/_abi.py")) == ROOT / "tests/domains/virtine/test_abi.py"
