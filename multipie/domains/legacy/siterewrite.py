"""Putting the syscall-site plans of :mod:`.syscallsites` into a program's memory, and keeping them.

Two ways in, one plan format:

- **Libraries** ``ld.so`` maps from read-only layer files (:func:`for_file`; :mod:`.syscalls.memory` puts the
  plan in): the mapping at offset 0 that reserves a library's span gets the trampoline area after it, and
  an executable mapping whose area is in place has its sites rewritten as it is filled.
- **The program and its interpreter** as the loader places them (:func:`image`, from :mod:`.elf`):
  their code is loaded from rewritten bytes and the area is one more read-only, executable segment
  right after the file's span (so the program break, the shared image pages and the protections all
  include it).

Plans are kept in memory and, once :func:`use_cache_dir` names a directory (a runtime's cache), on
disk under ``syscallsites/v<FORMAT>/``: importing capstone (~90 ms) and analysing a libc (~90 ms) then happen
once per machine, not in every ``multipie run``. A plan is named by the file (its identity, or the
digest of its bytes), the stub's entry word and :data:`~.syscallsites.FORMAT`.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import threading
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from multipie.domains.legacy import syscallsites
from multipie.domains.legacy.syscallsites import Plan
from multipie.errors import InvalidModule
from multipie.kvm.elf import PAGE, ElfImage, Segment

__all__ = ["for_file", "image", "rewritten", "use_cache_dir"]

PF_R, PF_X = 4, 1
_NONE = b"none"  # what the disk cache keeps for a file with nothing to rewrite
_cache: OrderedDict[bytes, Plan | None] = OrderedDict()
#: Bytes of plans kept in memory at most (least recently used dropped first): a libc's is ≈ 45 KB.
_CACHE_BYTES = 1 << 20
_cached_bytes = 0
_lock = threading.Lock()
_dir: Path | None = None


def use_cache_dir(path: Path | None) -> None:
    """Keep plans under ``path/syscallsites/v<FORMAT>`` too (``None``: in memory only); older formats' plans
    there are removed (nothing reads them again)."""
    global _dir
    new = path / "syscallsites" / f"v{syscallsites.FORMAT}" if path is not None else None
    if new is not None and new != _dir and new.parent.is_dir():
        for old in new.parent.iterdir():
            if old == new:
                continue
            if old.is_dir():
                shutil.rmtree(old, ignore_errors=True)
            else:
                old.unlink(missing_ok=True)
    _dir = new


def _plan(ident: bytes, data: Callable[[], bytes]) -> Plan | None:
    """The plan named by ``ident``: from memory, from disk, or made from ``data()`` (and kept in both)."""
    entry = syscallsites.entry_ptr()
    key = hashlib.blake2b(ident + b"%d %d" % (syscallsites.FORMAT, entry), digest_size=8).digest()
    with _lock:
        if key in _cache:
            _cache.move_to_end(key)
            return _cache[key]
    found, plan = _load(key)
    if not found:
        try:
            plan = syscallsites.analyse(data(), entry, key)
        except InvalidModule:
            plan = None
        _store(key, plan)
    with _lock:
        _keep(key, plan)
    return plan


def _size(plan: Plan | None) -> int:
    return 64 + (0 if plan is None else len(plan.trampolines) + 64 * len(plan.sites))


def _keep(key: bytes, plan: Plan | None) -> None:
    """Remember ``plan`` (under the lock), dropping the least recently used past :data:`_CACHE_BYTES`."""
    global _cached_bytes
    if key in _cache:
        return
    _cache[key] = plan
    _cached_bytes += _size(plan)
    while _cached_bytes > _CACHE_BYTES and len(_cache) > 1:
        _cached_bytes -= _size(_cache.popitem(last=False)[1])


def _load(key: bytes) -> tuple[bool, Plan | None]:
    """``(True, plan)`` kept on disk under ``key``, ``(False, None)`` when none is (or it cannot be read)."""
    if _dir is None:
        return False, None
    try:
        raw = (_dir / key.hex()).read_bytes()
        return True, None if raw == _NONE else Plan.from_bytes(raw)
    except (OSError, ValueError):
        return False, None


def _store(key: bytes, plan: Plan | None) -> None:
    if _dir is None:
        return
    try:
        if not _dir.parent.parent.is_dir():
            return  # a cache directory that is gone stays gone
        _dir.mkdir(parents=True, exist_ok=True)
        part = _dir / f"{key.hex()}.{os.getpid()}.part"
        part.write_bytes(_NONE if plan is None else plan.to_bytes())
        part.replace(_dir / key.hex())  # readers see a whole plan or none
    except OSError:
        pass  # a cache that cannot be written is only slower


# -- libraries: their mappings ------------------------------------------------------------------


def for_file(fd: int) -> Plan | None:
    """The plan of the layer file open at host ``fd`` (None: not an ELF with sites, or rewriting is off)."""
    if not syscallsites.ENABLED or os.pread(fd, 4, 0) != b"\x7fELF":
        return None
    st = os.fstat(fd)
    if not 64 <= st.st_size <= syscallsites.MAX_FILE:
        return None
    ident = b"file %d %d %d %d" % (st.st_dev, st.st_ino, st.st_size, st.st_mtime_ns)
    return _plan(ident, lambda: os.pread(fd, st.st_size, 0))


# -- the program and its interpreter ------------------------------------------------------------


def image(img: ElfImage) -> ElfImage:
    """``img`` with its sites rewritten (``load_data``) and its trampoline area as a last segment (or ``img``)."""
    if not syscallsites.ENABLED or syscallsites.SYSCALL not in img.data or len(img.data) > syscallsites.MAX_FILE:
        return img
    plan = _plan(b"image " + hashlib.sha256(img.data).digest(), lambda: img.data)
    if plan is None:
        return img
    code = bytearray(img.data)
    for site_off, five in plan.sites:
        code[site_off : site_off + 5] = five
    area_at = -(-len(code) // PAGE) * PAGE
    code += bytes(area_at - len(code)) + plan.trampolines
    area = Segment(vaddr=img.bias + plan.low + plan.span, memsz=plan.area, offset=area_at,
                   filesz=len(plan.trampolines), flags=PF_R | PF_X)  # fmt: skip
    if area.vaddr < max(s.page_end for s in img.segments):
        return img  # (a span that is not the segments' own: leave it as it is)
    return replace(img, segments=(*img.segments, area), load_data=bytes(code))


def rewritten(img: ElfImage) -> list[tuple[str, int]]:
    """``(part, sites)`` rewritten in a loaded image: ``program``, and ``interpreter`` for a linked one
    (:class:`~multipie.domains.legacy.elf.LinkedImage`, which imports this module: read by its fields)."""
    parts = [("program", img)]
    interpreter: ElfImage | None = getattr(img, "interpreter", None)
    if interpreter is not None:
        parts = [("program", getattr(img, "program", None) or img), ("interpreter", interpreter)]
    out = []
    for name, part in parts:
        area = part.segments[-1] if part.load_data else None
        tramps = part.load_data[area.offset : area.offset + area.filesz] if area is not None else b""
        out.append((name, (len(tramps) - 64) // syscallsites.SLOT if tramps.startswith(syscallsites.MAGIC) else 0))
    return out
