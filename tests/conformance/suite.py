"""The syscall conformance suite: its programs, and running one natively and in a virtine.

The programs are ``guest/legacy/conformance/*.c``, built once per variant of that directory's
``BUILD.py`` (``VARIANTS``). Each prints one line per case (``name: ok`` / ``name: FAIL got=.. errno=..``)
and a last ``end: N failures`` line. :func:`run_native` runs one in a fresh working directory;
:func:`run_virtine` runs the same file in a fresh legacy domain with that directory granted at the same
path and used as the working directory, so paths the program prints (``getcwd``) are the same.
:func:`compare` lines the two outputs up case by case against :data:`tests.conformance.known.KNOWN`.
"""

from __future__ import annotations

import importlib.util
import shutil
import subprocess
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[2]
SOURCES = ROOT / "guest" / "legacy" / "conformance"


def build_module(src_dir: Path) -> ModuleType:
    """``src_dir/BUILD.py`` as a module (its tables say what it builds)."""
    spec = importlib.util.spec_from_file_location(f"_mp_build_{src_dir.name}", src_dir / "BUILD.py")
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


_BUILD = build_module(SOURCES)
#: Variant names (``musl-static``, ``glibc-dynamic``, ...), from ``BUILD.py``.
VARIANTS: tuple[str, ...] = tuple(_BUILD.VARIANTS)
#: Program names (one per ``*.c``).
PROGRAMS: tuple[str, ...] = tuple(_BUILD.programs(SOURCES))


@dataclass
class Outcome:
    """One run of a program: its exit status and its case lines (``{case: line}``), in order."""

    code: int
    cases: dict[str, str] = field(default_factory=dict)
    other: list[str] = field(default_factory=list)  # lines that are not `case: result`, and stderr

    @classmethod
    def parse(cls, code: int, stdout: bytes, stderr: bytes = b"") -> Outcome:
        out = cls(code)
        for line in stdout.decode(errors="replace").splitlines():
            name, sep, result = line.partition(": ")
            if sep and name and " " not in name:
                out.cases[name] = result
            else:
                out.other.append(line)
        out.other += [f"stderr: {ln}" for ln in stderr.decode(errors="replace").splitlines()]
        return out

    @property
    def failures(self) -> dict[str, str]:
        """Cases that did not print ``ok`` (``end`` excluded)."""
        return {k: v for k, v in self.cases.items() if k != "end" and v != "ok"}


def fresh_dir(path: Path) -> Path:
    """An empty directory at ``path`` (removed and re-made)."""
    shutil.rmtree(path, ignore_errors=True)
    path.mkdir(parents=True)
    return path


def run_native(exe: Path, cwd: Path, timeout: float = 60.0) -> Outcome:
    """``exe`` as a host process in the (empty) directory ``cwd``."""
    proc = subprocess.run([str(exe)], cwd=cwd, capture_output=True, timeout=timeout, env={}, check=False)
    return Outcome.parse(proc.returncode, proc.stdout, proc.stderr)


def run_virtine(rt: object, exe: Path, cwd: Path, timeout: float = 60.0) -> Outcome:
    """``exe`` in a fresh legacy domain, ``cwd`` granted read-write at the same path and used as its cwd."""
    svc = rt.load(exe)  # type: ignore[attr-defined]
    out, err = bytearray(), bytearray()
    with svc.spawn(timeout=timeout) as dom:
        code = dom.run([], env={}, dirs={str(cwd): str(cwd)}, cwd=str(cwd), stdout=out, stderr=err, argv0=exe.name)
    return Outcome.parse(code, bytes(out), bytes(err))


@dataclass
class Comparison:
    """Where a virtine run differs from the native run of the same program."""

    diverging: dict[str, tuple[str, str]]  # case → (native, virtine), not in KNOWN
    stale: list[str]  # KNOWN entries whose case now matches
    missing: list[str]  # cases one side printed and the other did not


def compare(program: str, native: Outcome, virtine: Outcome, known: dict[str, str]) -> Comparison:
    """Case-by-case comparison; ``known`` maps ``program:case`` to the reason a difference is accepted."""
    diverging: dict[str, tuple[str, str]] = {}
    stale: list[str] = []
    missing = sorted(set(native.cases) ^ set(virtine.cases))
    for case, nat in native.cases.items():
        if case not in virtine.cases:
            continue
        vir = virtine.cases[case]
        key = f"{program}:{case}"
        if case == "end":  # the failure count: follows from the cases
            continue
        if nat != vir and key not in known:
            diverging[case] = (nat, vir)
        elif nat == vir and key in known:
            stale.append(key)
    return Comparison(diverging, stale, missing)
