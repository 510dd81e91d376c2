"""OCI Linux container images as legacy services: config, layers, and the program each run starts.

Who owns what:

- :mod:`multipie.packages` reads and verifies the image (layout, tar, docker
  archive or registry reference; every blob checked against its digest) and
  vets each layer tar (no absolute paths, no ``..``, no links leaving the
  layer, no devices): nothing here parses OCI documents or tar headers.
- :func:`unpack_layer` writes one vetted layer into the content-addressed
  layer store **once** (``<cache>/layers/<sha256 hex>``; later loads reuse
  it), creating every path relative to directory fds with ``O_NOFOLLOW``, so
  even a symlink planted by an earlier member cannot redirect a later one.
  Whiteouts (``.wh.NAME``, ``.wh..wh..opq``) are kept as they are: the file
  multiplexer applies them when it stacks the layers.
- :class:`ImageConfig` — ``Entrypoint``, ``Cmd``, ``Env``, ``WorkingDir``, ``User``.
- :class:`ContainerService` — kind ``"container"``: the layers (shared,
  read-only, one copy for every domain) plus the config; each run picks the
  program like ``docker run IMAGE [CMD...]`` does (arguments replace ``Cmd``,
  ``Entrypoint`` stays; a bare name is looked up in the image's ``PATH``) and
  runs it as a static executable in a virtine.
- :func:`flatten` — for ``isolation="process"``: the layers merged into one
  directory (whiteouts applied, files hard-linked from the layer store, made
  once per image under ``<layer store>/../roots/``), bound read-only as ``/``.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import stat as S
import tarfile
import tempfile
import threading
from collections.abc import Sequence
from dataclasses import dataclass, field
from io import BytesIO
from pathlib import Path
from typing import TYPE_CHECKING, Any

from multipie.domains.base import Backend
from multipie.domains.legacy import executables
from multipie.domains.legacy.roots import describe_root, image_closure
from multipie.domains.legacy.service import LegacyService
from multipie.errors import PackageError, UsageError
from multipie.resources.fs import FsError, GuestFs

if TYPE_CHECKING:
    from multipie.domains.base import Host

__all__ = [
    "BACKEND",
    "ContainerService",
    "ImageConfig",
    "is_container_source",
    "layer_store",
    "load_container",
    "unpack_layer",
]

_DIR_FLAGS = os.O_RDONLY | os.O_DIRECTORY | os.O_NOFOLLOW | os.O_CLOEXEC
_lock = threading.Lock()


@dataclass(frozen=True)
class ImageConfig:
    """The runtime part of an OCI image config (``config`` object of the config blob)."""

    entrypoint: tuple[str, ...] = ()
    cmd: tuple[str, ...] = ()
    env: dict[str, str] = field(default_factory=dict)
    working_dir: str = "/"
    user: str = ""
    os: str = "linux"
    architecture: str = "amd64"

    @staticmethod
    def parse(raw: bytes, *, where: str) -> ImageConfig:
        """Read a config blob.

        Raises:
            PackageError: malformed, or not a linux/amd64 image.
        """
        from multipie.packages.descriptor import load_json

        doc = load_json(raw, where=f"{where}: config")
        inner = doc.get("config") or {}
        if not isinstance(inner, dict):
            raise PackageError(f"{where}: config.config must be an object")

        def strings(key: str) -> tuple[str, ...]:
            value = inner.get(key) or []
            if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
                raise PackageError(f"{where}: config {key} must be a list of strings")
            return tuple(value)

        env: dict[str, str] = {}
        for item in strings("Env"):
            k, sep, v = item.partition("=")
            if not sep or not k:
                raise PackageError(f"{where}: config Env entry {item[:80]!r} is not KEY=VALUE")
            env[k] = v
        osname, arch = str(doc.get("os", "linux")), str(doc.get("architecture", "amd64"))
        if osname != "linux" or arch not in ("amd64", "x86_64"):
            raise PackageError(f"{where}: image is for {osname}/{arch}; only linux/amd64 images run as containers")
        wd = inner.get("WorkingDir") or "/"
        if not isinstance(wd, str) or not wd.startswith("/"):
            raise PackageError(f"{where}: config WorkingDir {wd!r} must be an absolute path")
        return ImageConfig(strings("Entrypoint"), strings("Cmd"), env, wd, str(inner.get("User") or ""), osname, arch)

    def argv(self, args: Sequence[str] | None) -> list[str]:
        """``docker run`` semantics: ``Entrypoint + (args or Cmd)``."""
        return [*self.entrypoint, *(list(args) if args else self.cmd)]


def layer_store() -> Path:
    """Where unpacked layers live: ``$MULTIPIE_LAYER_DIR`` or ``<blob store>/../layers``."""
    env = os.environ.get("MULTIPIE_LAYER_DIR")
    if env:
        return Path(env)
    from multipie.packages.store import default_store_dir

    return default_store_dir().parent / "layers"


def unpack_layer(blob: bytes, media_type: str, digest: str, *, store: Path | None = None, where: str) -> Path:
    """The directory holding layer ``digest`` unpacked (unpacked now if it is not in the store yet).

    Raises:
        PackageError: the tar is refused by the vetting, or a member would be written through a link.
    """
    from multipie.packages.digest import hex_of
    from multipie.packages.tar import TarFiles, gunzip_limited

    root = store or layer_store()
    dest = root / hex_of(digest)
    if dest.is_dir():
        return dest
    data = gunzip_limited(blob, where=where) if media_type.endswith("gzip") or blob[:2] == b"\x1f\x8b" else blob
    with TarFiles(data, where=where, rootfs=True):
        pass  # vetting only: refuses escapes, devices, duplicates, oversize members
    root.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=".unpack-", dir=root))
    try:
        _extract(data, tmp, where=where)
        with _lock:
            try:
                os.replace(tmp, dest)
            except OSError as exc:  # another process unpacked the same layer first: use theirs
                shutil.rmtree(tmp, ignore_errors=True)
                if not dest.is_dir():
                    raise PackageError(f"{where}: cannot store the unpacked layer at {dest}: {exc.strerror}") from exc
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    return dest


def _open_dir(root_fd: int, comps: Sequence[str], *, where: str) -> int:
    """An fd of directory ``comps`` under ``root_fd``, created as needed, never through a symlink."""
    fd = os.dup(root_fd)
    try:
        for c in comps:
            try:
                nfd = os.open(c, _DIR_FLAGS, dir_fd=fd)
            except FileNotFoundError:
                os.mkdir(c, 0o755, dir_fd=fd)
                nfd = os.open(c, _DIR_FLAGS, dir_fd=fd)
            except OSError as exc:
                raise PackageError(f"{where}: {'/'.join(comps)}: parent is not a directory ({exc.strerror})") from exc
            os.close(fd)
            fd = nfd
    except BaseException:
        os.close(fd)
        raise
    return fd


def _extract(data: bytes, dest: Path, *, where: str) -> None:
    root_fd = os.open(dest, _DIR_FLAGS)
    try:
        with tarfile.open(fileobj=BytesIO(data), mode="r:") as tar:
            for m in tar:
                comps = [c for c in m.name.split("/") if c not in ("", ".")]
                if not comps:
                    continue
                if ".." in comps:  # the vetting refused these already; never trust a single check
                    raise PackageError(f"{where}: member {m.name[:200]!r} has '..'")
                parent = _open_dir(root_fd, comps[:-1], where=where)
                name = comps[-1]
                try:
                    _remove(parent, name)
                    if m.isdir():
                        os.mkdir(name, (m.mode & 0o777) | 0o700, dir_fd=parent)
                    elif m.issym():
                        os.symlink(m.linkname, name, dir_fd=parent)  # resolved later inside the guest only
                    elif m.isreg() or m.islnk():
                        src = tar.extractfile(m) if m.isreg() else _link_source(tar, m)
                        content = src.read() if src is not None else b""
                        mode = (m.mode & 0o777) if m.isreg() else 0o644
                        # SAFETY: O_EXCL|O_NOFOLLOW create a new file in a directory reached without links.
                        fd = os.open(
                            name, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW | os.O_CLOEXEC, mode,
                            dir_fd=parent,
                        )  # fmt: skip
                        with os.fdopen(fd, "wb") as f:
                            f.write(content)
                    # Anything else was refused by the vetting.
                finally:
                    os.close(parent)
    except (tarfile.TarError, OSError) as exc:
        raise PackageError(f"{where}: cannot unpack layer: {exc}") from exc
    finally:
        os.close(root_fd)


def _link_source(tar: tarfile.TarFile, m: tarfile.TarInfo) -> Any:
    target = tar.getmember(m.linkname)
    return tar.extractfile(target) if target.isreg() else None


def _remove(dir_fd: int, name: str) -> None:
    try:
        st = os.stat(name, dir_fd=dir_fd, follow_symlinks=False)
    except FileNotFoundError:
        return
    if S.S_ISDIR(st.st_mode):
        return  # a directory entry repeated: keep it (its contents stay)
    os.unlink(name, dir_fd=dir_fd)


def is_container_source(source: Any) -> bool:
    """True when ``source`` names a linux/amd64 OCI/Docker image with filesystem layers whose command is a program.

    Images whose Entrypoint/Cmd names a ``.wasm`` file, or that name none and hold a ``.wasm`` file,
    are left to :mod:`multipie.packages`; one that names none and holds no module runs the
    command given at run time (``docker run IMAGE CMD...``).
    """
    if not isinstance(source, (str, os.PathLike)):
        return False
    try:
        from multipie.packages.source import is_package_source, open_source
    except ModuleNotFoundError:
        return False
    text = str(source)
    if not is_package_source(text):
        return False
    from multipie.packages import mediatypes as mt

    try:
        with open_source(text) as src:
            image = src.image()
            config = ImageConfig.parse(image.config, where=src.where)
            if not image.layers or not all(d.media_type in mt.IMAGE_LAYER_TYPES for d in image.layers):
                return False
            # A filesystem image whose command is a Wasm module is a Wasm package (multipie.packages loads it).
            argv = config.argv(None)
            if argv:
                return not argv[0].endswith((".wasm", ".wat", ".mpv"))
            # No Entrypoint/Cmd: a container whose command comes from the run (docker semantics),
            # unless its layers hold a module (a Wasm package that names none).
            return not _layers_hold_module(src, image)
    except (PackageError, OSError):
        return False


def _layers_hold_module(src: Any, image: Any) -> bool:
    """True when some layer of ``image`` has a ``.wasm``/``.mpv`` file (names only are read)."""
    from multipie.packages.tar import TarFiles, gunzip_limited

    for i, layer in enumerate(image.layers):
        where = f"{src.where}: layer {i}"
        blob = src.fetch(layer, where)
        data = gunzip_limited(blob, where=where) if blob[:2] == b"\x1f\x8b" else blob
        with TarFiles(data, where=where, rootfs=True) as files:
            if any(n.endswith((".wasm", ".mpv")) for n in files.names()):
                return True
    return False


def load_container(host: Host, source: str, *, name: str | None = None, **options: Any) -> ContainerService:
    """Open, verify and unpack an image; returns its service (layers unpacked once, then shared).

    Raises:
        PackageError: the image is malformed, fails verification, or is not linux/amd64.
    """
    from multipie.packages import mediatypes as mt
    from multipie.packages.source import open_source
    from multipie.packages.store import BlobStore

    store = options.pop("store", None)
    blobs = store if isinstance(store, BlobStore) else BlobStore(store)
    with open_source(source, store=blobs, insecure=options.pop("insecure", None)) as src:
        image = src.image()
        config = ImageConfig.parse(image.config, where=src.where)
        dirs: list[Path] = []
        for i, layer in enumerate(image.layers):
            if layer.media_type not in mt.IMAGE_LAYER_TYPES:
                raise PackageError(f"{src.where}: layer {i} has media type {layer.media_type!r}, not a filesystem tar")
            where = f"{src.where}: layer {i} {layer.digest}"
            dest = layer_store() / layer.digest.split(":", 1)[-1]
            if not dest.is_dir():
                dest = unpack_layer(src.fetch(layer, where), layer.media_type, layer.digest, where=where)
            dirs.append(dest)
        digest = image.digest
        default = name or Path(str(source).rstrip("/")).name.split(":")[0] or digest[:19]
    return ContainerService(host, name=default, digest=digest, layers=list(reversed(dirs)), config=config, **options)


class ContainerService(LegacyService):
    """A container image: shared read-only layers and a config; each run starts the program it names.

    Args:
        host: the owning runtime's host.
        name: human name.
        digest: the image manifest's digest.
        layers: unpacked layer directories, top first.
        config: the image's runtime config.
    """

    kind = "container"

    def __init__(
        self, host: Host, *, name: str, digest: str, layers: Sequence[Path], config: ImageConfig, **options: Any
    ) -> None:
        isolation = options.pop("isolation", "virtine")
        if isolation == "process":
            options["root"] = flatten(layers, layer_store().parent / "roots" / digest.split(":", 1)[-1], where=name)
        self.config = config
        self._programs: dict[str, Any] = {}
        self._plock = threading.Lock()
        # The service itself carries no single executable: each run resolves one (see program_for).
        super().__init__(
            host, b"", name=name, digest=digest, isolation=isolation, layers=[str(p) for p in layers],
            argv=list(config.cmd), env=config.env, cwd=config.working_dir, _validate=False, **options,
        )  # fmt: skip

    def details(self) -> dict[str, object]:
        """Entrypoint, Cmd, Env, WorkingDir, the layers, and the entry program's interpreter and libraries."""
        info: dict[str, object] = {
            "entrypoint": list(self.config.entrypoint),
            "cmd": list(self.config.cmd),
            "env": [f"{k}={v}" for k, v in self.config.env.items()],
            "working_dir": self.config.working_dir,
            "layers": [str(layer.root) for layer in self.layers],
            "isolation": self.isolation,
        }
        argv = self.config.argv(None)
        if argv:
            fs = GuestFs(self.layers, devices=False)
            try:
                exe = self._which(argv[0], fs, dict(self.config.env))
                info["program"] = exe
                info.update(describe_root(None, self.layers, image_closure(self.layers, _read(fs, exe), exe=exe)))
            except (UsageError, FsError) as exc:
                info["program"] = f"{argv[0]}: {exc}"
        return info

    def process_argv(self, args: Sequence[str] | None) -> tuple[Path | None, list[str]]:
        """``isolation="process"``: the program is the image's, run by its path in the flattened root."""
        argv = self.config.argv(args)
        if not argv:
            raise UsageError(f"{self.name}: the image has no Entrypoint or Cmd; give a command")
        return None, [self._which(argv[0], GuestFs(self.layers, devices=False), dict(self.config.env)), *argv[1:]]

    def program_for(self, args: Sequence[str] | None, fs: GuestFs, env: dict[str, str]) -> tuple[Any, list[str], str]:
        """``(machine pool, argv, exe path)`` for a run with ``args`` (``None``: the image's Cmd).

        Raises:
            UsageError: no command (neither Entrypoint, Cmd nor arguments), or it is not found.
            InvalidModule: the program is not a static x86-64 executable.
        """
        argv = self.config.argv(args)
        if not argv:
            raise UsageError(f"{self.name}: the image has no Entrypoint or Cmd; give a command")
        exe = self._which(argv[0], fs, env)
        try:
            data = _read(fs, exe)
        except FsError as exc:
            raise UsageError(f"{self.name}: cannot read {exe}: {exc.strerror}") from exc
        key = hashlib.sha256(data).hexdigest()
        with self._plock:
            pool = self._programs.get(key)
            if pool is None:
                from multipie.domains.legacy.runner import Runner

                image = executables.load_program(data, where=f"{self.name}:{exe}", read=executables.fs_reader(fs))
                pool = self._programs[key] = Runner(image, name=f"{self.name}:{Path(exe).name}")
        return pool, argv, exe

    def _which(self, cmd: str, fs: GuestFs, env: dict[str, str]) -> str:
        if "/" in cmd:
            return cmd if cmd.startswith("/") else f"{self.config.working_dir.rstrip('/')}/{cmd}"
        for d in env.get("PATH", "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin").split(":"):
            if not d.startswith("/"):
                continue
            path = f"{d.rstrip('/')}/{cmd}"
            try:
                st = fs.stat(path)
            except FsError:
                continue
            if S.S_ISREG(st.mode) and st.mode & 0o111:
                return path
        raise UsageError(f"{self.name}: {cmd!r} not found in the image's PATH")

    def release_idle(self) -> int:
        """Close the idle machines of every program this image ran; their pools refill on later runs."""
        return sum(pool.pools.drain() for pool in list(self._programs.values())) + super().release_idle()

    def close(self) -> None:
        """Close the idle machines of every program this image ran."""
        for pool in self._programs.values():
            pool.close()
        super().close()


def _read(fs: GuestFs, path: str) -> bytes:
    f = fs.open(path, os.O_RDONLY)
    try:
        return f.pread(1 << 30, 0)
    finally:
        f.close()


def flatten(layers: Sequence[Path], dest: Path, *, where: str) -> Path:
    """The image's layers (top first) merged into directory ``dest`` (made once; reused when present).

    Files are hard-linked from the layer store (no copy), whiteouts applied, and ``proc``, ``dev``,
    ``tmp`` and ``run`` created as bubblewrap's mount points.

    Raises:
        PackageError: the merged root cannot be written.
    """
    if dest.is_dir():
        return dest
    dest.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=".flat-", dir=dest.parent))
    try:
        for layer in reversed(list(layers)):
            _merge(layer, tmp)
        for d in ("proc", "dev", "tmp", "run"):
            _ensure_dir(tmp, d)
        with _lock:
            try:
                os.replace(tmp, dest)
            except OSError:
                if not dest.is_dir():
                    raise
    except OSError as exc:
        raise PackageError(f"{where}: cannot build the flattened root at {dest}: {exc.strerror}") from exc
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return dest


def _ensure_dir(root: Path, rel: str) -> None:
    """Make ``root/rel`` a real directory, replacing a lower layer's file or symlink there (never following it)."""
    path = root / rel
    try:
        st = os.lstat(path)
    except FileNotFoundError:
        os.mkdir(path, 0o755)
        return
    if not S.S_ISDIR(st.st_mode):
        os.unlink(path)
        os.mkdir(path, 0o755)


def _merge(layer: Path, root: Path) -> None:
    """Apply one unpacked layer onto ``root``: whiteouts first, then its entries (walked top-down)."""
    for dirpath, dirnames, filenames in os.walk(layer, followlinks=False):
        rel = os.path.relpath(dirpath, layer)
        here = root if rel == "." else root / rel
        if rel != ".":
            _ensure_dir(root, rel)
        names = [*dirnames, *filenames]
        if ".wh..wh..opq" in names:
            for old in os.listdir(here):
                _remove_any(here / old)
        for n in names:
            if n.startswith(".wh."):
                if n != ".wh..wh..opq":
                    _remove_any(here / n[4:])
                continue
            src = Path(dirpath) / n
            if n in dirnames and not src.is_symlink():
                continue  # made by _ensure_dir when the walk gets there
            _remove_any(here / n)
            if src.is_symlink():
                os.symlink(os.readlink(src), here / n)
            else:
                os.link(src, here / n, follow_symlinks=False)


def _remove_any(path: Path) -> None:
    try:
        st = os.lstat(path)
    except FileNotFoundError:
        return
    if S.S_ISDIR(st.st_mode):
        shutil.rmtree(path)
    else:
        os.unlink(path)


#: The ``container`` kind, as :mod:`multipie.domains.registry` names it (its sources are paths).
BACKEND = Backend(kind="container", load=load_container, detect=is_container_source)
