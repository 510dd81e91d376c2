"""Source files read with their sha256, the digest remembered by file identity so a cached load does not hash again.

``Runtime.load`` names every service by the sha256 of its bytes (the compile cache's key, the
load cache's key, ``svc.digest``). Hashing an 18 MB componentize-py component costs tens of
milliseconds of every ``multipie run``; :func:`read_file` returns the bytes and a digest
remembered from an earlier read when the file is provably the same one, unchanged.

Identity: device and inode name the entry (one small file per source under
``CACHE_DIR/digests/``, written by rename; plus a table in this process); the entry holds the
size, ``mtime_ns`` and ``ctime_ns`` the file had when it was hashed. Every one of them is read
with ``fstat`` on the descriptor the bytes are read from, before and after the read, so the
bytes and the identity belong to the same file.

A file rewritten in place within the filesystem's timestamp granularity keeps its size and
times, so a match alone could name new bytes with an old digest. Git calls this the "racy
clean" case; the rule here: a digest is remembered only when the file's ``ctime`` (which no
program can set back, unlike ``mtime``) lies at least :data:`SETTLE_NS` (2 s, the coarsest
granularity of common filesystems: FAT's) before the moment the bytes were read, and the
identity did not change during the read. Any later write then moves ``ctime`` to a later
tick, so the entry no longer matches; a file written less than 2 s before a load is hashed
every time until it settles. A mismatch, a missing or unreadable entry only costs the hash.
"""

from __future__ import annotations

import _thread  # `_thread`'s locks are `threading`'s (which a run does not import: ~0.65 ms)
import os
import time
from pathlib import Path

__all__ = ["SETTLE_NS", "Source", "digest_of", "read_file", "settled"]

#: How long a file must have been left alone before its digest is remembered (see the module docstring).
SETTLE_NS = 2_000_000_000
_MAGIC = "MPIE-DIGEST1"

_memory: dict[tuple[int, int], tuple[tuple[int, int, int], str]] = {}
_lock = _thread.allocate_lock()
_clock = time.time_ns  # (tests move it forward)


def settled(st: os.stat_result, now: int | None = None) -> bool:
    """Whether a file with status ``st`` was last changed at least :data:`SETTLE_NS` before ``now``.

    Only then can its identity (size, times, inode) stand for its bytes: a later write is
    certain to move ``ctime`` to another timestamp tick.
    """
    at = _clock() if now is None else now
    return st.st_ctime_ns <= at - SETTLE_NS and st.st_mtime_ns <= at - SETTLE_NS


def digest_of(data: bytes | bytearray | memoryview) -> str:
    """The ``sha256:<hex>`` digest of ``data`` (OpenSSL's, through ``hashlib``).

    ``hashlib`` is imported here, where bytes really are hashed: importing it loads OpenSSL
    (~3 ms), which a cached run, whose source digest is remembered, does not need.
    """
    import hashlib

    return "sha256:" + hashlib.sha256(data).hexdigest()


class Source:
    """A file's bytes and their ``sha256:<hex>`` digest, and whether the digest was remembered."""

    __slots__ = ("data", "digest", "remembered")

    def __init__(self, data: bytes, digest: str, remembered: bool) -> None:
        self.data = data
        self.digest = digest
        self.remembered = remembered


def read_file(path: str | os.PathLike[str], cache_dir: Path | None) -> Source:
    """Read ``path``; its digest from the cache when the file is unchanged, else hashed (and remembered).

    ``cache_dir``: the runtime's cache directory (``None``: remembered in this process only).

    Raises:
        OSError: the file cannot be opened or read.
    """
    with open(path, "rb") as f:
        before = os.fstat(f.fileno())
        data = f.read()
        after = os.fstat(f.fileno())
    now = _clock()
    key, ident = (before.st_dev, before.st_ino), _identity(before)
    steady = ident == _identity(after) and len(data) == before.st_size
    if steady:
        known = _recall(key, ident, cache_dir)
        if known is not None:
            return Source(data, known, True)
    digest = digest_of(data)
    if steady and settled(before, now):
        _remember(key, ident, digest, cache_dir)
    return Source(data, digest, False)


def _identity(st: os.stat_result) -> tuple[int, int, int]:
    return st.st_size, st.st_mtime_ns, st.st_ctime_ns


def _entry_path(key: tuple[int, int], cache_dir: Path) -> Path:
    return cache_dir / "digests" / f"{key[0]:x}-{key[1]:x}"


def _recall(key: tuple[int, int], ident: tuple[int, int, int], cache_dir: Path | None) -> str | None:
    got = _memory.get(key)
    if got is not None and got[0] == ident:
        return got[1]
    if cache_dir is None:
        return None
    try:
        fields = _entry_path(key, cache_dir).read_text().split()
    except (OSError, UnicodeDecodeError):
        return None
    if len(fields) != 5 or fields[0] != _MAGIC or fields[1:4] != [str(v) for v in ident]:
        return None
    digest = fields[4]
    if not digest.startswith("sha256:") or len(digest) != 71:
        return None
    with _lock:
        _memory[key] = (ident, digest)
    return digest


def _remember(key: tuple[int, int], ident: tuple[int, int, int], digest: str, cache_dir: Path | None) -> None:
    with _lock:
        _memory[key] = (ident, digest)
    if cache_dir is None:
        return
    path = _entry_path(key, cache_dir)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.{_thread.get_ident()}.tmp")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp.write_text(" ".join([_MAGIC, *map(str, ident), digest]) + "\n")
        os.replace(tmp, path)  # readers see the old entry or the new one, never half of one
    except OSError:  # a read-only or full cache directory only costs the hash next time
        try:
            tmp.unlink()
        except OSError:
            pass
