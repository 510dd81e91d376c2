"""What a program needs from its root: its interpreter and ``DT_NEEDED`` closure, resolved like ``ld.so``.

:func:`program_closure` walks a program's libraries inside the file view it will run in (a
:class:`~multipie.resources.fs.GuestFs`: the host's filtered system tree for a host program, the
layers for an image), so what it finds is exactly what the program can load. For each needed name,
in breadth-first order as ``ld.so`` loads them, the search is glibc's: a name with ``/`` is a
path; else ``DT_RPATH`` of the requesting object and of the executable (only when the requester has
no ``DT_RUNPATH``), ``DT_RUNPATH`` of the requester, ``/etc/ld.so.cache``, then the default
directories (:data:`DEFAULT_DIRS`). ``$ORIGIN``, ``$LIB`` and ``$PLATFORM`` are expanded;
``LD_LIBRARY_PATH`` is not consulted (a program's environment can change from run to run). A
candidate must be an x86-64 ELF shared object, as ``ld.so`` skips other files.

The result lists every guest path the program's loading touches — the files and each symlink
followed on the way (``/lib64`` → ``usr/lib64``, ``libc.so.6`` links, ...) — which is a
:class:`~multipie.resources.fs.pathfilter.PathFilter` for a root narrower than the whole system tree
(:attr:`Closure.filter`).
"""

from __future__ import annotations

import os
import posixpath
import stat as S
from dataclasses import dataclass, field

from multipie.domains.legacy.dynsection import DynamicInfo, read_dynamic
from multipie.domains.legacy.ldcache import parse_ld_cache
from multipie.errors import InvalidModule
from multipie.kvm.elf import ET_DYN
from multipie.resources.fs import FsError, GuestFs
from multipie.resources.fs.pathfilter import PathFilter

__all__ = ["DEFAULT_DIRS", "LD_CACHE", "Closure", "Library", "program_closure"]

#: glibc's default search directories on Debian x86-64 (multiarch first), after the cache.
DEFAULT_DIRS = ("/lib/x86_64-linux-gnu", "/usr/lib/x86_64-linux-gnu", "/lib64", "/usr/lib64", "/lib", "/usr/lib")
LD_CACHE = "/etc/ld.so.cache"
_SUBST = {"LIB": "lib/x86_64-linux-gnu", "PLATFORM": "x86_64"}
#: Most libraries followed (a loop of links or a huge closure stops here).
MAX_LIBRARIES = 512
MAX_LINKS = 40
_MAX_READ = 256 << 20


@dataclass(frozen=True)
class Library:
    """One ``DT_NEEDED`` entry: the name, who asked, and the file it resolves to (``None``: missing)."""

    name: str
    needed_by: str
    path: str | None


@dataclass
class Closure:
    """What a program loads: its interpreter, its libraries and every path that loading touches.

    Attributes:
        interpreter: ``PT_INTERP`` (``None`` for a static program); ``interpreter_path`` what it resolves to.
        libraries: every needed library, resolved or not, in load order (each name once).
        paths: guest paths touched (files, and each symlink followed on the way).
    """

    interpreter: str | None
    interpreter_path: str | None = None
    libraries: list[Library] = field(default_factory=list)
    paths: set[str] = field(default_factory=set)

    @property
    def missing(self) -> list[Library]:
        """The libraries not found (``ld.so`` would refuse to start the program)."""
        return [lib for lib in self.libraries if lib.path is None]

    @property
    def filter(self) -> PathFilter:
        """The narrowest root that loads the program: :attr:`paths` (plus ``/etc/ld.so.cache``)."""
        return PathFilter.of({*self.paths, LD_CACHE})


def walk(fs: GuestFs, path: str) -> tuple[str | None, list[str]]:
    """``(the real guest path of path or None, every path visited)``: symlinks followed one by one, recorded."""
    seen: list[str] = []
    todo = [c for c in reversed(path.split("/")) if c]
    cur: list[str] = []
    links = 0
    while todo:
        name = todo.pop()
        if name == ".":
            continue
        if name == "..":
            cur = cur[:-1]
            continue
        here = "/" + "/".join((*cur, name))
        try:
            node = fs.lookup(here, follow=False)
        except FsError:
            return None, seen
        if node.fmt == S.S_IFLNK:
            links += 1
            if links > MAX_LINKS:
                return None, seen
            seen.append(here)
            target = node.readlink()
            if target.startswith("/"):
                cur = []
            todo.extend(c for c in reversed(target.split("/")) if c)
            continue
        cur.append(name)
    real = "/" + "/".join(cur)
    seen.append(real)
    return real, seen


def _read(fs: GuestFs, path: str) -> bytes | None:
    try:
        f = fs.open(path, os.O_RDONLY)
    except FsError:
        return None
    try:
        st = f.stat()
        return f.pread(min(st.size, _MAX_READ), 0) if S.S_ISREG(st.mode) else None
    finally:
        f.close()


def _expand(d: str, origin: str) -> str:
    for key, value in (("ORIGIN", origin), *_SUBST.items()):
        d = d.replace("${" + key + "}", value).replace("$" + key, value)
    return d


class _Resolver:
    """One closure walk: the file view, the cache, the executable's RPATH, what was loaded."""

    def __init__(self, fs: GuestFs, closure: Closure, exe_rpath: tuple[str, ...], exe_origin: str) -> None:
        self.fs = fs
        self.closure = closure
        self.exe_rpath = [_expand(d, exe_origin) for d in exe_rpath]
        raw = _read(fs, LD_CACHE)
        try:
            self.cache = parse_ld_cache(raw, where=LD_CACHE) if raw is not None else {}
        except InvalidModule:
            self.cache = {}
        if raw is not None:
            self.closure.paths.update(walk(fs, LD_CACHE)[1])

    def candidates(self, name: str, info: DynamicInfo, origin: str) -> list[str]:
        if "/" in name:
            return [_expand(name, origin)]
        dirs: list[str] = []
        if not info.runpath:
            dirs += [_expand(d, origin) for d in info.rpath] + self.exe_rpath
        dirs += [_expand(d, origin) for d in info.runpath]
        out = [posixpath.join(d, name) for d in dirs if d.startswith("/")]
        if name in self.cache:
            out.append(self.cache[name])
        return out + [posixpath.join(d, name) for d in DEFAULT_DIRS]

    def find(self, name: str, info: DynamicInfo, origin: str) -> tuple[str, DynamicInfo] | None:
        """The first candidate that is an x86-64 shared object, and its dynamic facts."""
        for cand in self.candidates(name, info, origin):
            real, seen = walk(self.fs, cand)
            if real is None:
                continue
            data = _read(self.fs, real)
            if data is None:
                continue
            try:
                lib = read_dynamic(data, where=real)
            except InvalidModule:
                continue  # ld.so skips files of the wrong class or machine too
            if lib.type != ET_DYN:
                continue
            self.closure.paths.update(seen)
            return real, lib
        return None


def program_closure(fs: GuestFs, data: bytes, *, exe: str, where: str | None = None) -> Closure:
    """Resolve the interpreter and libraries of the program ``data`` inside ``fs``.

    Args:
        fs: the file view the program will run in.
        data: the program's bytes.
        exe: its guest path (``$ORIGIN`` of its own ``DT_RPATH``/``DT_RUNPATH``).
        where: a name for messages (default: ``exe``).

    Raises:
        InvalidModule: ``data`` is not an x86-64 ELF executable, or its dynamic section is malformed.
    """
    info = read_dynamic(data, where=where or exe)
    closure = Closure(info.interp)
    if info.interp is not None:
        real, seen = walk(fs, info.interp)
        closure.interpreter_path = real
        closure.paths.update(seen)
    if not info.needed:
        return closure
    origin = posixpath.dirname(exe) or "/"
    resolver = _Resolver(fs, closure, info.rpath if not info.runpath else (), origin)
    queue: list[tuple[str, DynamicInfo, str]] = [(exe, info, origin)]
    done: set[str] = set()
    while queue and len(closure.libraries) < MAX_LIBRARIES:
        who, dyn, org = queue.pop(0)
        for name in dyn.needed:
            if name in done:
                continue
            done.add(name)
            found = resolver.find(name, dyn, org)
            closure.libraries.append(Library(name, who, found[0] if found else None))
            if found is not None:
                queue.append((found[0], found[1], posixpath.dirname(found[0])))
    return closure
