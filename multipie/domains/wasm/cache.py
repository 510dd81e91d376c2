"""Compile once: an in-memory cache of compiled modules and a verified on-disk artefact cache.

Key: the module bytes' sha256 plus the engine fingerprint (settings and
wasmtime version). On disk (``$MULTIPIE_CACHE_DIR``, default
``~/.cache/multipie/wasm``) each entry is::

    b"MPIEWASM1\\n" | sha256(payload) (32 bytes) | payload (Module.serialize())

``Module.deserialize`` trusts its input (a corrupt artefact could run
arbitrary machine code), so an entry is deserialized only after its checksum
matches; a short, corrupt or engine-incompatible entry is discarded and the
module recompiled, never loaded blindly. Writes are atomic (temp + rename), so
concurrent processes never see half an entry.

Large artefacts (components: a componentize-py one serializes to ~32 MB) are stored
*mapped*: the payload alone in ``NAME.mapped.cwasm``, which Wasmtime maps into memory
(``deserialize_file``: no read, no copy), and a sidecar ``NAME.mapped.sum`` holding its
sha256 and the file's identity (size, mtime, inode) when that hash was last verified. A
file whose identity still matches is mapped without hashing it again; any other is hashed
in full first (a corrupt one is discarded and recompiled, as above).
"""

from __future__ import annotations

import hashlib
import os
import threading
from pathlib import Path
from typing import Any

import wasmtime

from multipie.domains.wasm import _capi
from multipie.errors import InvalidModule

__all__ = ["ModuleCache"]


def _warn(message: str, *args: object) -> None:
    """A warning on this module's logger; ``logging`` is imported by the first one (a hit logs nothing)."""
    import logging

    logging.getLogger(__name__).warning(message, *args)


_MAGIC = b"MPIEWASM1\n"
_HASH_LEN = 32
_SUM_MAGIC = "MPIEWASM-MAPPED1"


class ModuleCache:
    """Compiled modules by (sha256, engine fingerprint), in memory and on disk.

    Args:
        directory: where serialized artefacts live (``None``: memory only).
    """

    def __init__(self, directory: Path | None) -> None:
        self.directory = directory / "wasm" if directory is not None else None
        self._memory: dict[tuple[str, str], Any] = {}  # Modules, and Components (same API, other bytes)
        self._lock = threading.Lock()
        self.hits = 0
        self.disk_hits = 0
        self.misses = 0
        self.rejected = 0

    def path_for(self, sha256: str, fingerprint: str) -> Path | None:
        """File of the artefact for this module and engine (``None`` without a directory)."""
        if self.directory is None:
            return None
        return self.directory / f"{sha256}-{fingerprint}.cwasm"

    def get(
        self,
        engine: wasmtime.Engine,
        fingerprint: str,
        sha256: str,
        wasm: bytes,
        *,
        artefact: Any = wasmtime.Module,
        mapped: bool = False,
    ) -> Any:
        """The compiled module for ``wasm`` on ``engine``: from memory, disk, or a fresh compile.

        ``artefact`` is the class compiled and deserialized: ``wasmtime.Module``, or
        ``wasmtime.component.Component`` for components (the key's sha256 tells the bytes apart).
        ``mapped`` stores and loads it in the mapped form (see the module docstring).

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
            if path is not None and mapped:
                path = path.with_suffix(".mapped.cwasm")
            load, store = (self._load_mapped, self._store_mapped) if mapped else (self._load, self._store)
            mod = load(engine, path, artefact) if path is not None else None
            if mod is None:
                self.misses += 1
                mod = artefact(engine, wasm)
                if path is not None:
                    store(path, bytes(mod.serialize()))
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
        try:
            blob = path.read_bytes()
        except FileNotFoundError:
            return None
        except OSError as exc:
            _warn("module cache: cannot read %s (%s); recompiling", path, exc)
            return None
        head = len(_MAGIC) + _HASH_LEN
        payload = blob[head:]
        if (
            len(blob) <= head
            or not blob.startswith(_MAGIC)
            or hashlib.sha256(payload).digest() != blob[len(_MAGIC) : head]
        ):
            self._reject(path, "corrupt or truncated entry")
            return None
        try:
            with _capi.errors_as(InvalidModule):
                # SAFETY: the payload's sha256 matched the checksum we wrote next to
                # it, so these are the exact bytes Module.serialize() produced;
                # wasmtime itself checks the engine/version compatibility header.
                return artefact.deserialize(engine, payload)
        except InvalidModule as exc:
            self._reject(path, f"incompatible with this engine: {exc}")
            return None

    def _load_mapped(self, engine: wasmtime.Engine, path: Path, artefact: Any) -> Any:
        sums = path.with_suffix(".sum")
        try:
            st = path.stat()
            fields = sums.read_text().split()
        except FileNotFoundError:
            return None
        except OSError as exc:
            _warn("module cache: cannot read %s (%s); recompiling", path, exc)
            return None
        if len(fields) != 5 or fields[0] != _SUM_MAGIC:
            self._reject(path, "corrupt checksum file")
            return None
        if fields[2:] != _identity(st):
            try:
                with path.open("rb") as f:
                    digest = hashlib.file_digest(f, "sha256").hexdigest()
            except OSError as exc:
                _warn("module cache: cannot read %s (%s); recompiling", path, exc)
                return None
            if digest != fields[1]:
                self._reject(path, "corrupt or truncated entry")
                return None
            self._write_sum(path, digest)  # verified: later runs map it without hashing
        try:
            with _capi.errors_as(InvalidModule):
                # SAFETY: the file's sha256 matched the checksum written beside it (now, or when
                # its size, mtime and inode were last the same), so it holds the exact bytes
                # serialize() produced; entries are only ever replaced by rename, never written
                # in place, so the mapping Wasmtime keeps stays valid; Wasmtime checks the
                # engine/version header itself.
                return artefact.deserialize_file(engine, str(path))
        except InvalidModule as exc:
            self._reject(path, f"incompatible with this engine: {exc}")
            return None

    def _store_mapped(self, path: Path, payload: bytes) -> None:
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
            text = " ".join([_SUM_MAGIC, digest, *_identity(path.stat())]) + "\n"
            fd, tmp = _mkstemp(path)
            with os.fdopen(fd, "w") as f:
                f.write(text)
            os.replace(tmp, path.with_suffix(".sum"))
        except OSError as exc:  # the entry is hashed again next time
            _warn("module cache: cannot write the checksum of %s (%s)", path, exc)

    def _reject(self, path: Path, why: str) -> None:
        self.rejected += 1
        _warn("module cache: discarding %s (%s); recompiling", path, why)
        for p in (path, path.with_suffix(".sum")) if path.name.endswith(".mapped.cwasm") else (path,):
            try:
                p.unlink()
            except OSError:
                pass

    def _store(self, path: Path, payload: bytes) -> None:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = _mkstemp(path)
            with os.fdopen(fd, "wb") as f:
                f.write(_MAGIC + hashlib.sha256(payload).digest() + payload)
            os.replace(tmp, path)
        except OSError as exc:  # a read-only or full cache dir only costs speed
            _warn("module cache: cannot write %s (%s)", path, exc)


def _identity(st: os.stat_result) -> list[str]:
    """Size, mtime (ns) and inode of a file: what changes when it is rewritten or replaced."""
    return [str(st.st_size), str(st.st_mtime_ns), str(st.st_ino)]


def _mkstemp(path: Path) -> tuple[int, str]:
    """A temporary file beside ``path`` (renamed over it once complete)."""
    import tempfile  # a cache hit never writes: tempfile (with shutil, random) is not imported at start-up

    return tempfile.mkstemp(dir=path.parent, prefix=".tmp-")
