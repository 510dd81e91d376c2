"""Tar archives: OCI layouts as tar, ``docker save`` archives, and image layers.

Reading never extracts: :class:`TarFiles` vets every member up front and then
serves file contents from the archive, so nothing is written to disk at all.
The vetting refuses, with a :class:`~multipie.errors.PackageError` naming the
member: absolute paths, ``..`` components, symlinks or hardlinks whose target
leaves the archive root, device files and FIFOs, sparse members, members over
the size limit, too many members, and duplicate names. Compressed layers are
inflated with a hard output cap (a gzip bomb stops at the limit).

Writing (:func:`write_tar`) is deterministic: sorted names, mtime 0, uid/gid 0,
mode 0644/0755, so the same layout always gives the same bytes.
"""

from __future__ import annotations

import io
import os
import posixpath
import tarfile
import tempfile
import zlib
from collections.abc import Mapping
from pathlib import Path
from typing import IO

from multipie.errors import PackageError
from multipie.packages.descriptor import MAX_BLOB
from multipie.packages.files import check_output, check_relpath, file_mode

__all__ = ["MAX_MEMBERS", "TarFiles", "gunzip_limited", "is_tar", "write_tar"]

#: Most members a package tar or layer may have.
MAX_MEMBERS = 100_000


def is_tar(path: str | os.PathLike[str]) -> bool:
    """Whether ``path`` is a regular file that looks like a tar archive."""
    p = Path(path)
    try:
        if not p.is_file():
            return False
        with open(p, "rb") as f:
            head = f.read(512)
    except OSError:
        return False
    return len(head) == 512 and head[257:262] == b"ustar"


class TarFiles:
    """A vetted tar archive served as read-only files (see the module docstring for what is refused).

    Args:
        source: a path to a tar file, or the archive's bytes.
        where: name used in error messages (default: the path).
        max_member: the largest member accepted, in bytes.
        rootfs: the archive is an image's filesystem layer: absolute symlink
            targets are then rooted in the image (never followed on the host)
            and allowed; ``..`` escapes are still refused.

    Raises:
        PackageError: the archive is unreadable or any member is refused.
    """

    def __init__(
        self,
        source: str | os.PathLike[str] | bytes,
        *,
        where: str | None = None,
        max_member: int = MAX_BLOB,
        rootfs: bool = False,
    ) -> None:
        self.rootfs = rootfs
        self.where = where or (str(source) if not isinstance(source, bytes) else "tar")
        self._members: dict[str, tarfile.TarInfo] = {}
        self.links: dict[str, str] = {}
        self._hardlinks: set[str] = set()
        fileobj: IO[bytes]
        try:
            fileobj = io.BytesIO(source) if isinstance(source, bytes) else open(source, "rb")  # noqa: SIM115
        except OSError as exc:
            raise PackageError(f"{self.where}: cannot open: {exc.strerror}") from exc
        self._file = fileobj
        try:
            self._tar = tarfile.open(fileobj=fileobj, mode="r:")
            self._vet(max_member)
        except PackageError:
            self.close()
            raise
        except (tarfile.TarError, EOFError, OSError, ValueError, UnicodeError) as exc:
            self.close()
            raise PackageError(f"{self.where}: not a readable tar archive ({exc})") from exc

    def _vet(self, max_member: int) -> None:
        seen: set[str] = set()
        count = 0
        for m in self._tar:
            count += 1
            if count > MAX_MEMBERS:
                raise PackageError(f"{self.where}: more than {MAX_MEMBERS} members")
            where = f"{self.where}: member {m.name[:200]!r}"
            if m.isdir() and m.name.strip("./") == "" and ".." not in m.name:
                continue  # the archive root itself ("." or "./")
            name = check_relpath(m.name, where=where)
            if name in seen:
                raise PackageError(f"{where}: duplicate name in the archive")
            seen.add(name)
            if m.ischr() or m.isblk() or m.isfifo() or m.isdev():
                raise PackageError(f"{where}: device or FIFO member refused")
            if m.issparse():
                raise PackageError(f"{where}: sparse member refused")
            if m.issym() or m.islnk():
                target = m.linkname
                base = posixpath.dirname(name) if m.issym() else ""
                if self.rootfs and target.startswith("/") and m.issym():
                    base, target = "", target.lstrip("/")
                resolved = posixpath.normpath(posixpath.join(base, target))
                if target.startswith("/") or resolved == ".." or resolved.startswith("../"):
                    kind = "symlink" if m.issym() else "hardlink"
                    raise PackageError(f"{where}: {kind} to {target[:200]!r} points outside the archive")
                self.links[name] = target
                if m.islnk():
                    self._hardlinks.add(name)
                continue
            if m.isdir():
                continue
            if not m.isreg():
                raise PackageError(f"{where}: unsupported member type {m.type!r}")
            if m.size < 0 or m.size > max_member:
                raise PackageError(f"{where}: {m.size} bytes, over the {max_member}-byte limit")
            self._members[name] = m

    def read(self, name: str, *, max_size: int) -> bytes | None:
        """See :meth:`multipie.packages.files.Files.read` (links inside the archive are followed, 8 hops at most)."""
        rel = check_relpath(name, where=self.where)
        for _ in range(8):
            if rel not in self.links:
                break
            target = self.links[rel]
            base = posixpath.dirname(rel) if rel not in self._hardlinks else ""
            rel = posixpath.normpath(posixpath.join(base, target.lstrip("/")))
        m = self._members.get(rel)
        if m is None:
            return None
        if m.size > max_size:
            raise PackageError(f"{self.where}: {rel} is {m.size} bytes, over the {max_size}-byte limit")
        try:
            f = self._tar.extractfile(m)
            data = f.read(m.size + 1) if f is not None else b""
        except (tarfile.TarError, OSError, EOFError) as exc:
            raise PackageError(f"{self.where}: cannot read member {rel}: {exc}") from exc
        if len(data) != m.size:
            raise PackageError(f"{self.where}: member {rel} is truncated ({len(data)} of {m.size} bytes)")
        return data

    def size(self, name: str) -> int | None:
        """See :meth:`multipie.packages.files.Files.size`."""
        m = self._members.get(check_relpath(name, where=self.where))
        return None if m is None else m.size

    def names(self) -> list[str]:
        """Every regular member's normalized path."""
        return sorted(self._members)

    def close(self) -> None:
        """Release the archive file."""
        tar = getattr(self, "_tar", None)
        if tar is not None:
            tar.close()
        self._file.close()

    def __enter__(self) -> TarFiles:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def gunzip_limited(data: bytes, *, limit: int = MAX_BLOB, where: str) -> bytes:
    """Inflate gzip ``data`` to at most ``limit`` bytes.

    Raises:
        PackageError: corrupt data, or the output would exceed ``limit``.
    """
    d = zlib.decompressobj(16 + zlib.MAX_WBITS)
    try:
        out = d.decompress(data, limit + 1)
    except zlib.error as exc:
        raise PackageError(f"{where}: corrupt gzip data ({exc})") from None
    if len(out) > limit or d.unconsumed_tail:
        raise PackageError(f"{where}: inflates to more than {limit} bytes; refused")
    if not d.eof:
        raise PackageError(f"{where}: truncated gzip data")
    return out


def write_tar(files: Mapping[str, bytes], out: str | os.PathLike[str]) -> None:
    """Write ``{relative path: bytes}`` as a deterministic tar at ``out`` (atomically).

    Raises:
        PackageError: a name is unsafe, or ``out`` cannot be written.
    """
    target = check_output(out)
    dirs: set[str] = set()
    for name in files:
        check_relpath(name, where=str(target))
        parts = name.split("/")
        for i in range(1, len(parts)):
            dirs.add("/".join(parts[:i]))
    try:
        fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.")
        os.fchmod(fd, file_mode())
    except OSError as exc:
        raise PackageError(f"{target}: cannot write: {exc.strerror}") from exc
    try:
        with os.fdopen(fd, "wb") as f, tarfile.open(fileobj=f, mode="w:", format=tarfile.PAX_FORMAT) as tar:
            for name in sorted(dirs | set(files)):
                info = tarfile.TarInfo(name)
                info.mtime = 0
                info.uid = info.gid = 0
                info.uname = info.gname = ""
                if name in files:
                    info.size = len(files[name])
                    info.mode = 0o644
                    tar.addfile(info, io.BytesIO(files[name]))
                else:
                    info.type = tarfile.DIRTYPE
                    info.mode = 0o755
                    tar.addfile(info)
        os.replace(tmp, target)
    except OSError as exc:
        raise PackageError(f"{target}: cannot write: {exc.strerror}") from exc
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)
