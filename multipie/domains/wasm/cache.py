"""Compile once: an in-memory cache of compiled modules and a verified on-disk artefact cache.

Key: the module bytes' sha256 plus the engine fingerprint (settings and
wasmtime version). On disk (``$MULTIPIE_CACHE_DIR``, default
``~/.cache/multipie/wasm``) each entry is two files::

    SHA-FINGERPRINT.mapped.cwasm   the payload (Module.serialize() / Component.serialize())
    SHA-FINGERPRINT.mapped.sum     "MPIEWASM-MAPPED2 <sha256 of the payload> <size> <mtime_ns> <ctime_ns> <inode>"

Wasmtime maps the payload into memory (``deserialize_file``: no read, no copy). ``deserialize``
trusts its input (a corrupt artefact could run arbitrary machine code), so a payload is mapped
only when its sha256 matches the sidecar: hashed in full when the file's identity (size, times,
inode) differs from the one recorded when it was last verified, trusted without hashing when it is
the same file unchanged (entries are only ever replaced by rename, never rewritten in place). The
identity is recorded only once the file has settled (:func:`multipie.packages.digestcache.settled`:
2 s old), so a rewrite within one timestamp tick cannot pass for the verified file. A
short, corrupt or engine-incompatible entry is discarded and the module recompiled, never loaded
blindly. Writes are atomic (temp + rename), so concurrent processes never see half an entry.
"""

from __future__ import annotations

import _thread  # `_thread`'s locks are `threading`'s (which a run does not import: ~0.65 ms)
import itertools
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

import wasmtime

from multipie.domains.wasm import _capi
from multipie.errors import InvalidModule
from multipie.packages.digestcache import settled

__all__ = ["ModuleCache"]


def _warn(message: str, *args: object) -> None:
    """A warning on this module's logger; ``logging`` is imported by the first one (a hit logs nothing)."""
    import logging

    logging.getLogger(__name__).warning(message, *args)


_SUM_MAGIC = "MPIEWASM-MAPPED2"
_OLD_SUM_MAGIC = "MPIEWASM-MAPPED1"  # (size, mtime, inode): verified once more, then rewritten


class ModuleCache:
    """Compiled modules by (sha256, engine fingerprint), in memory and on disk.

    Args:
        directory: where serialized artefacts live (``None``: memory only).
    """

    def __init__(self, directory: Path | None) -> None:
        self.directory = directory / "wasm" if directory is not None else None
        self._memory: dict[tuple[str, str], Any] = {}  # Modules, and Components (same API, other bytes)
        self._lock = _thread.allocate_lock()
        self.hits = 0
        self.disk_hits = 0
        self.misses = 0
        self.rejected = 0

    def path_for(self, sha256: str, fingerprint: str) -> Path | None:
        """File of the artefact for this module and engine (``None`` without a directory)."""
        if self.directory is None:
            return None
        return self.directory / f"{sha256}-{fingerprint}.mapped.cwasm"

    def get(
        self,
        engine: wasmtime.Engine,
        fingerprint: str,
        sha256: str,
        wasm: bytes | Callable[[], bytes],
        *,
        artefact: Any = wasmtime.Module,
    ) -> Any:
        """The compiled module for ``wasm`` on ``engine``: from memory, disk (mapped), or a fresh compile.

        ``wasm`` may be a function returning the bytes, called only to compile (a rewrite costly
        enough to skip on a hit: :mod:`.looppoll`); what it raises propagates.

        ``artefact`` is the class compiled and deserialized: ``wasmtime.Module``, or
        ``wasmtime.component.Component`` for components (the key's sha256 tells the bytes apart).

        Raises:
            wasmtime.WasmtimeError: the bytes do not validate (the caller translates it).
        """
        key = (sha256, fingerprint)
        mod = self._memory.get(key)
        if mod is not None:
            self.hits += 1
            return mod
        with self._lock:
            mod = self._memory.get(key)
            if mod is not None:
                self.hits += 1
                return mod
            path = self.path_for(sha256, fingerprint)
            mod = self._load(engine, path, artefact) if path is not None else None
            if mod is None:
                self.misses += 1
                mod = artefact(engine, wasm() if callable(wasm) else wasm)
                if path is not None:
                    self._store(path, bytes(mod.serialize()))
            else:
                self.disk_hits += 1
            self._memory[key] = mod
            return mod

    def forget(self, sha256: str) -> None:
        """Drop the in-memory modules of ``sha256`` (every engine); the disk artefacts stay.

        Called when the service that loaded it closes: a loader loop must not keep every
        module it ever compiled. A module still in use stays alive through its users.
        """
        with self._lock:
            for key in [k for k in self._memory if k[0] == sha256]:
                del self._memory[key]

    def _load(self, engine: wasmtime.Engine, path: Path, artefact: Any) -> Any:
        sums = path.with_suffix(".sum")
        try:
            st = path.stat()
            fields = sums.read_text().split()
        except FileNotFoundError:
            return None
        except OSError as exc:
            _warn("module cache: cannot read %s (%s); recompiling", path, exc)
            return None
        if len(fields) < 2 or fields[0] not in (_SUM_MAGIC, _OLD_SUM_MAGIC):
            self._reject(path, "corrupt checksum file")
            return None
        if fields[0] != _SUM_MAGIC or fields[2:] != _identity(st):
            import hashlib  # only here and in _store: OpenSSL is ~3 ms of a start that maps a verified entry

            try:
                with path.open("rb") as f:
                    digest = hashlib.file_digest(f, "sha256").hexdigest()
            except OSError as exc:
                _warn("module cache: cannot read %s (%s); recompiling", path, exc)
                return None
            if digest != fields[1]:
                self._reject(path, "corrupt or truncated entry")
                return None
            if fields[2:] != ["unsettled"] or settled(st):
                self._write_sum(path, digest)  # verified: later runs map it without hashing
        try:
            with _capi.errors_as(InvalidModule):
                # SAFETY: the file's sha256 matched the checksum written beside it (now, or when
                # its size, mtime, ctime and inode were last the same), so it holds the exact bytes
                # serialize() produced; entries are only ever replaced by rename, never written
                # in place, so the mapping Wasmtime keeps stays valid; Wasmtime checks the
                # engine/version header itself.
                return artefact.deserialize_file(engine, str(path))
        except InvalidModule as exc:
            self._reject(path, f"incompatible with this engine: {exc}")
            return None

    def _store(self, path: Path, payload: bytes) -> None:
        import hashlib

        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = _mkstemp(path)
            with os.fdopen(fd, "wb") as f:
                f.write(payload)
            os.replace(tmp, path)
            self._write_sum(path, hashlib.sha256(payload).hexdigest())
        except OSError as exc:
            _warn("module cache: cannot write %s (%s)", path, exc)

    def _write_sum(self, path: Path, digest: str) -> None:
        try:
            st = path.stat()
            # An identity is recorded only once the file has settled (see digestcache.settled): until
            # then a rewrite in place could keep its times, so the file is hashed again on each load.
            text = " ".join([_SUM_MAGIC, digest, *(_identity(st) if settled(st) else ["unsettled"])]) + "\n"
            fd, tmp = _mkstemp(path)
            with os.fdopen(fd, "w") as f:
                f.write(text)
            os.replace(tmp, path.with_suffix(".sum"))
        except OSError as exc:  # the entry is hashed again next time
            _warn("module cache: cannot write the checksum of %s (%s)", path, exc)

    def _reject(self, path: Path, why: str) -> None:
        self.rejected += 1
        _warn("module cache: discarding %s (%s); recompiling", path, why)
        for p in (path, path.with_suffix(".sum")):
            try:
                p.unlink()
            except OSError:
                pass


def _identity(st: os.stat_result) -> list[str]:
    """Size, mtime and ctime (ns) and inode of a file: what changes when it is rewritten or replaced."""
    return [str(st.st_size), str(st.st_mtime_ns), str(st.st_ctime_ns), str(st.st_ino)]


_tmp_names = itertools.count()


def _mkstemp(path: Path) -> tuple[int, str]:
    """A new temporary file beside ``path`` (renamed over it once complete), opened for writing.

    Named by process id and a counter rather than by ``tempfile``: the first run after an entry
    settles rewrites its checksum, and that run is a cached start, where importing ``tempfile``
    (with ``shutil`` and ``random``) would cost more than the write. ``O_EXCL`` refuses a name
    left behind by an earlier process with the same id.
    """
    while True:
        tmp = str(path.parent / f".tmp-{os.getpid()}-{next(_tmp_names)}")
        try:
            return os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_CLOEXEC, 0o600), tmp
        except FileExistsError:
            continue
