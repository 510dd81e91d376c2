"""The guest-side system call entry (``guest/legacy/entry.S``), built from source on first use.

The stub is assembled with ``python -m ziglang cc`` into an object file whose
``.text`` is position-fixed raw code (no relocations: it uses absolute
addresses of the state page and relative jumps only), so the flat bytes are
just that section. The in-guest memory calls (``guest/legacy/mm.c``) are
compiled to assembly first and included by ``entry.S`` (flags below keep the
C code free of data sections and library calls). :func:`entry_blob` returns them (and
:func:`entry_symbol` where its exception stubs landed, from the object's symbol table), rebuilding when the
source is newer than the cached output. ``guest/legacy/BUILD.py`` (run by
``make guests``) calls :func:`build_blob` too.
"""

from __future__ import annotations

import os
import tempfile
import threading
from pathlib import Path

from multipie.errors import HostBug, InvalidModule, UsageError
from multipie.kvm.elf import Elf

__all__ = [
    "C_PARTS", "ENTRY_SOURCE", "MORE", "SYMBOLS", "build_blob", "code_pages", "entry_blob", "entry_symbol", "guest_dir",
    "sources",
]  # fmt: skip

_lock = threading.Lock()
_cached: tuple[bytes, dict[str, int]] | None = None


def guest_dir() -> Path:
    """``$MULTIPIE_LEGACY_GUEST`` or ``guest/legacy`` of the source tree."""
    env = os.environ.get("MULTIPIE_LEGACY_GUEST")
    path = Path(env) if env else Path(__file__).resolve().parents[3] / "guest" / "legacy"
    if not (path / "entry.S").is_file():
        raise UsageError(f"legacy guest sources not found at {path} (set MULTIPIE_LEGACY_GUEST)")
    return path


ENTRY_SOURCE = "entry.S"
#: Where the blob starts in guest memory (its first code page; ``sysarea`` lays the rest out around it).
MORE = 0x8000
#: Global symbols of ``entry.S`` the host needs the offsets of (:func:`entry_symbol`): the exception stubs, and
#: the word holding LSTAR's address that rewritten system call sites jump through (:mod:`.syscallsites`).
SYMBOLS = ("faults", "entry_ptr")
#: C sources compiled to assembly and ``#include``d by ``entry.S``.
C_PARTS = ("mm.c",)
_C_FLAGS = [
    "-target", "x86_64-freestanding", "-Os", "-g0", "-fno-pic", "-fno-jump-tables", "-mno-red-zone",
    "-mgeneral-regs-only", "-fno-stack-protector", "-fomit-frame-pointer", "-ffreestanding", "-fno-builtin",
    "-fno-asynchronous-unwind-tables", "-fno-sanitize=all",
]  # fmt: skip


def sources(src: Path) -> list[Path]:
    """``src`` and the C parts it includes (what the blob is rebuilt from)."""
    return [src, *(src.parent / c for c in C_PARTS)]


def _stale(out: Path, src: Path) -> bool:
    if not out.exists() or not out.with_suffix(".syms").exists():
        return True
    return out.stat().st_mtime < max(p.stat().st_mtime for p in sources(src) if p.exists())


def build_blob(src: Path, out: Path) -> Path:
    """Assemble ``src`` and write its flat code to ``out``.

    Raises:
        InvalidModule: the assembler failed (its diagnostics are in the message).
    """
    from multipie.toolchain import zig_cc

    out.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        for c_part in C_PARTS:
            c_src = src.parent / c_part
            proc = zig_cc([*_C_FLAGS, "-S", str(c_src), "-o", str(Path(tmp) / Path(c_part).with_suffix(".s"))])
            if proc.returncode != 0:
                raise InvalidModule(f"{c_src}: compilation failed:\n{proc.stderr.strip()}")
        obj = Path(tmp) / "entry.o"
        proc = zig_cc(["-target", "x86_64-freestanding", "-g0", "-I", tmp, "-c", str(src), "-o", str(obj)])
        if proc.returncode != 0:
            raise InvalidModule(f"{src}: assembly failed:\n{proc.stderr.strip()}")
        elf = Elf(obj.read_bytes(), where=str(src))
        code = elf.section_bytes(".text")
        found = {name: elf.symbol(name) for name in SYMBOLS}
    missing = [name for name, sym in found.items() if sym is None]
    if missing:
        raise InvalidModule(f"{src}: no global symbol {', '.join(missing)}")
    syms = out.with_suffix(".syms.part")  # written first: a blob never goes without its symbols
    syms.write_text("".join(f"{name} {sym.value:#x}\n" for name, sym in found.items() if sym is not None))
    syms.replace(out.with_suffix(".syms"))
    part = out.with_suffix(".part")
    part.write_bytes(code)
    part.replace(out)
    return out


def _out_path(src: Path) -> Path:
    """``build/guest/legacy/entry.bin`` of the source tree (what ``make guests`` writes), else a temp dir."""
    tree = src.resolve().parents[2]
    build = tree / "build"
    if os.access(build if build.exists() else tree, os.W_OK):
        return build / "guest" / "legacy" / "entry.bin"
    return Path(tempfile.gettempdir()) / "multipie-legacy" / "entry.bin"


def code_pages(blob: bytes, gap: int) -> tuple[bytes, bytes]:
    """The two code pages of ``blob``: its first page, and what starts ``gap`` bytes in (LSTAR's page).

    ``entry.S`` is one section spanning both pages (jumps between them are relative); the bytes
    between the first page's end and ``gap`` are padding (``0xcc``) that is never copied.

    Raises:
        HostBug: a part does not fit its page (the stub outgrew the system area).
    """
    page = 4096
    first, pad, second = blob[:page], blob[page:gap], blob[gap:]
    if len(blob) < gap or pad.strip(b"\xcc") or len(second) > page:
        raise HostBug(f"legacy entry stub: {len(blob)} bytes do not fit two pages {gap} bytes apart")
    return first, second


def entry_blob() -> bytes:
    """The assembled entry stub (built on first use or when ``entry.S`` changed)."""
    return _entry()[0]


def entry_symbol(name: str) -> int:
    """The offset in :func:`entry_blob` of global symbol ``name`` of :data:`SYMBOLS` (read from the build)."""
    return _entry()[1][name]


def _entry() -> tuple[bytes, dict[str, int]]:
    global _cached
    if _cached is not None:
        return _cached
    with _lock:
        if _cached is None:
            src = guest_dir() / ENTRY_SOURCE
            out = _out_path(src)
            if _stale(out, src):
                build_blob(src, out)
            lines = out.with_suffix(".syms").read_text().split("\n")
            _cached = out.read_bytes(), {k: int(v, 16) for k, v in (ln.split() for ln in lines if ln)}
    return _cached
