"""Third-party programs users run: how each is built three ways, and the workload each runs.

Nothing here was written by this project except small drivers: Lua 5.4 runs a script of Lua's own
test suite, SQLite 3.53 (amalgamation) runs ``guest/programs/sqlite_bench.c``'s in-memory query
workload, zstd 1.5 runs ``guest/programs/zstd_bench.c``'s round trip over a file, xxHash 0.8 hashes
a file (``xxhash_bench.c``; and, being a library, as a virtine: ``xxhash_virtine.c``), LZ4 1.9 runs
round trips with fresh buffers per round (``lz4_churn.c``; and as a virtine with its heap in use:
``lz4_virtine.c``). Sources and their origin are under ``third_party/`` (a README each).

Who uses this module:

- ``guest/programs/BUILD.py`` (``make guests``) calls :func:`build` — every program natively
  (``native/NAME``: glibc, dynamic), as ``NAME.wasm`` (wasm32-wasi) and as a static musl executable
  (``static/NAME``), all with ``python -m ziglang cc -O2 -s`` and the same flags (the wasm build also
  gets what every wasm32-wasi build does, ``toolchain.wasi_defaults()``), and a library
  with a ``virtine`` source also as ``NAME.virtine``;
- the ``programs`` bench suite runs each :class:`Workload` under every kind of domain;
- ``tests/bench/test_programs.py`` checks each kind's output equals the native one.

A workload's arguments name its data directory as ``{d}``: the host directory for native runs,
``/d`` (a preopened or mapped directory) for Wasm and legacy runs. The build copies each workload's
data files into ``data/NAME/`` beside the outputs, so a built guest tree is self-contained.
"""

from __future__ import annotations

import re
import shutil
import sys
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

__all__ = ["KINDS", "PROGRAMS", "VIRTINE_HEAP", "Program", "Workload", "build", "data_dir", "output"]

#: Build kinds and their zig targets. Native and static name the baseline x86-64 CPU (zig's
#: ``-target native`` would add ``-mcpu=native``, e.g. AVX2, which no virtine image gets), so a
#: ratio measures the isolation, not a different instruction set.
KINDS: dict[str, tuple[str, ...]] = {
    "native": ("-target", "x86_64-linux-gnu"),
    "wasm": ("-target", "wasm32-wasi"),
    "static": ("-target", "x86_64-linux-musl", "-static"),
}

#: Lua's setjmp/longjmp lowered to Wasm exceptions (the engine enables ``wasm_exceptions``),
#: plus WASI's emulated signals and process clocks (``signal.h``, ``clock()``). Lua's own
#: ``LUA_USE_JUMPTABLE`` (lvm.c: on for every GNU C compiler) picks the interpreter's dispatch:
#: natively a computed ``goto`` per opcode; Wasm has no indirect jump, so clang turns that into a
#: table of label numbers in linear memory *and* a switch over them (one more load per Lua
#: instruction than the plain switch Lua uses elsewhere): off for Wasm, 1-2% faster there (docs/performance.md).
_LUA_WASM = (
    "-DLUA_USE_JUMPTABLE=0",
    "-D_WASI_EMULATED_SIGNAL",
    "-D_WASI_EMULATED_PROCESS_CLOCKS",
    "-mexception-handling",
    "-mllvm",
    "-wasm-enable-sjlj",
    "-mllvm",
    "-wasm-use-legacy-eh=false",
    "-lwasi-emulated-signal",
    "-lwasi-emulated-process-clocks",
    "-lsetjmp",
)

_MSEC = re.compile(r"^.*msec.*$", re.M)
_VECTOR = re.compile(r"^xxh3 vector .*\n", re.M)

#: xxHash's Wasm SIMD128 path (xxhash.h: "WASM SIMD128 via SIMDe"), through SIMDe's NEON headers; SIMD128
#: itself is on in every wasm32-wasi build (``toolchain.WASI_FLAGS``), as SSE2 is in baseline x86-64,
#: which the native build uses. Both sides hash 128 bits at a time.
_XXH_WASM = ("-Iguest/programs/simd128", "-Ithird_party/simde")


def _mask_timings(text: str) -> str:
    """Lua's sort.lua prints its own timings and a comparison count of randomly seeded data."""
    return _MSEC.sub(lambda m: re.sub(r"\d+(\.\d+)?", "N", m.group(0)), text)


def _drop_vector(text: str) -> str:
    """xxhash_bench names its XXH3 code path first (e.g. SSE2 natively, SIMD128 in Wasm): the one
    line allowed to differ between targets."""
    return _VECTOR.sub("", text)


@dataclass(frozen=True)
class Workload:
    """What one program runs: arguments per mode (``full``/``quick``/``test``) and its data directory.

    ``normalize`` maps the program's stdout to what must be equal across kinds (identity unless the
    program prints timings of its own).
    """

    full: tuple[str, ...]
    quick: tuple[str, ...]
    test: tuple[str, ...]
    data: tuple[str, ...] = ()
    normalize: Callable[[str], str] = field(default=lambda s: s)

    def args(self, mode: str, data_dir: str) -> list[str]:
        """Arguments for ``mode`` with ``{d}`` replaced by ``data_dir``."""
        return [a.replace("{d}", data_dir) for a in getattr(self, mode)]


@dataclass(frozen=True)
class Program:
    """One third-party program: sources (repository-relative), flags for every target, wasm extras."""

    name: str
    title: str
    sources: tuple[str, ...]
    workload: Workload
    flags: tuple[str, ...] = ()
    wasm_flags: tuple[str, ...] = ()
    wasm_sources: tuple[str, ...] = ()
    wasm_include: str = ""
    virtine: str = ""
    virtine_entry: str = ""
    virtine_line: str = ""

    def virtine_call(self, mode: str, data: Path) -> tuple[bytes, int]:
        """Arguments of the virtine entry for ``mode``: the bytes of the workload's input file (its
        last argument) and its first argument as an int (the iteration count)."""
        args = self.workload.args(mode, str(data))
        return Path(args[-1]).read_bytes(), int(args[0])

    def virtine_output(self, mode: str, result: int) -> str:
        """The line the native program prints for the same work, given the virtine's result."""
        return self.virtine_line.format(iters=int(getattr(self.workload, mode)[0]), result=result & (2**64 - 1))


PROGRAMS: tuple[Program, ...] = (
    Program(
        "lua",
        "Lua 5.4.8: testes/sort.lua",
        ("third_party/lua/onelua.c",),
        Workload(
            ("{d}/sort.lua",),
            ("-e", "_soft=true", "{d}/sort.lua"),
            ("-e", "_soft=true", "{d}/sort.lua"),
            data=("third_party/lua/testes/sort.lua",),
            normalize=_mask_timings,
        ),  # fmt: skip
        flags=("-lm",),
        wasm_flags=_LUA_WASM,
        wasm_sources=("guest/programs/lua_wasi.c",),
        wasm_include="guest/programs/lua_wasi.h",
    ),
    Program(
        "sqlite_bench",
        "SQLite 3.53.2: in-memory query workload",
        ("guest/programs/sqlite_bench.c", "third_party/sqlite/sqlite3.c"),
        Workload(("40000",), ("4000",), ("300",)),
        flags=(
            "-Ithird_party/sqlite",
            "-DSQLITE_THREADSAFE=0",
            "-DSQLITE_OMIT_LOAD_EXTENSION",
            "-DSQLITE_TEMP_STORE=3",
            "-DSQLITE_DEFAULT_MEMSTATUS=0",
            "-DSQLITE_OMIT_DEPRECATED",
            "-DSQLITE_DQS=0",
        ),
    ),
    Program(
        "zstd_bench",
        "zstd 1.5.7: compress + decompress sqlite3.c",
        ("guest/programs/zstd_bench.c", "third_party/zstd/zstd.c"),
        Workload(
            ("3", "2", "{d}/sqlite3.c"),
            ("3", "4", "{d}/zstd.h"),
            ("3", "1", "{d}/zstd.h"),
            data=("third_party/sqlite/sqlite3.c", "third_party/zstd/zstd.h"),
        ),  # fmt: skip
        flags=("-Ithird_party/zstd",),
        wasm_flags=("-D_WASI_EMULATED_PROCESS_CLOCKS", "-lwasi-emulated-process-clocks"),
    ),
    Program(
        "xxhash_bench",
        "xxHash 0.8.4: XXH3 over sqlite3.h, chained",
        ("guest/programs/xxhash_bench.c",),
        Workload(
            ("10000", "{d}/sqlite3.h"),
            ("1000", "{d}/sqlite3.h"),
            ("20", "{d}/sqlite3.h"),
            data=("third_party/sqlite/sqlite3.h",),
            normalize=_drop_vector,
        ),  # fmt: skip
        flags=("-Ithird_party/xxhash",),
        wasm_flags=_XXH_WASM,
        virtine="guest/programs/xxhash_virtine.c",
        virtine_entry="xxh_chain",
        virtine_line="XXH3 chain x{iters} {result:016x}",
    ),
    Program(
        "lz4_churn",
        "LZ4 1.9: round trips over sqlite3.h, fresh buffers per round",
        ("guest/programs/lz4_churn.c",),
        Workload(
            ("100", "{d}/sqlite3.h"),
            ("20", "{d}/sqlite3.h"),
            ("2", "{d}/sqlite3.h"),
            data=("third_party/sqlite/sqlite3.h",),
        ),  # fmt: skip
        flags=("-Ithird_party/lz4",),
        virtine="guest/programs/lz4_virtine.c",
        virtine_entry="lz4_churn",
        virtine_line="LZ4 rounds x{iters} {result:016x}",
    ),
)

#: Heap of a library's virtine image: room for the workload's input, copied in per call.
VIRTINE_HEAP = 4 << 20


def output(out_dir: Path, name: str, kind: str) -> Path:
    """Where ``kind`` (a key of :data:`KINDS`, or ``virtine``) of program ``name`` is built under ``out_dir``."""
    if kind in ("wasm", "virtine"):
        return out_dir / f"{name}.{kind}"
    return out_dir / kind / name


def data_dir(out_dir: Path, name: str) -> Path:
    """The directory holding program ``name``'s workload files (``{d}``) under ``out_dir``."""
    return out_dir / "data" / name


def _args(p: Program, kind: str, root: Path, out: Path) -> list[str]:
    from multipie.toolchain import wasi_defaults

    args = [*KINDS[kind], "-O2", "-s"]
    srcs = list(p.sources)
    extra: list[str] = []
    if kind == "wasm":
        args += wasi_defaults()  # what compile_c gives every wasm32-wasi build: SIMD128, wasi-libc's string routines
        if p.wasm_include:
            args += ["-include", str(root / p.wasm_include)]
        srcs += p.wasm_sources
        extra = [_rooted(f, root) for f in p.wasm_flags]
    flags = [_rooted(f, root) for f in p.flags]
    return [*args, *flags, *(str(root / s) for s in srcs), *extra, "-o", str(out)]


def _rooted(flag: str, root: Path) -> str:
    """An include flag's repository-relative directory made absolute; other flags unchanged."""
    return f"-I{root / flag[2:]}" if flag.startswith("-I") else flag


def _build_virtine(p: Program, root: Path, out: Path) -> None:
    """The library's virtine image (``docs/virtines.md``): same include flags, libvirtine instead of libc."""
    from multipie.domains.virtine.build import build_image

    flags = [f"-I{root / f[2:]}" for f in p.flags if f.startswith("-I")]
    image = build_image(root / p.virtine, flags=flags, heap=VIRTINE_HEAP)
    tmp = out.with_suffix(".tmp")
    tmp.write_bytes(image.to_bytes())
    tmp.replace(out)


def _virtine_newest(root: Path, p: Program) -> float:
    """Newest input of a library's virtine image beyond the program's sources: its own source and the
    virtine runtime it is linked with (crt, libvirtine, header, linker script, the image builder)."""
    from multipie.domains.virtine import build as vbuild

    gdir = root / "guest" / "virtine"
    files = [root / p.virtine, Path(vbuild.__file__)]
    files += [gdir / n for n in ("crt.S", "libvirtine.c", "virtine.h", "virtine.ld")]
    return max(f.stat().st_mtime for f in files if f.exists())


def build(root: Path, out_dir: Path, *, builder: Path | None = None) -> list[Path]:
    """Build every stale program output under ``out_dir`` from the sources under ``root``.

    Outputs are rebuilt when a source, a C file or header beside one, this module or ``builder`` is newer.
    Two compilations run at a time (the SQLite amalgamation takes a minute or more each).

    Raises:
        InvalidModule: a compilation failed (the compiler's diagnostics are in the message).
    """
    from multipie.errors import InvalidModule
    from multipie.toolchain import WASI_LIBC_FILES, zig_cc

    root = root.resolve()
    jobs: list[tuple[Program, str, Path]] = []
    for p in PROGRAMS:
        data_dir(out_dir, p.name).mkdir(parents=True, exist_ok=True)  # mapped as /d even when empty
        for rel in p.workload.data:
            src, dst = root / rel, data_dir(out_dir, p.name) / Path(rel).name
            if not dst.exists() or dst.stat().st_mtime < src.stat().st_mtime:
                dst.parent.mkdir(parents=True, exist_ok=True)
                shutil.copy2(src, dst)
        files = [root / s for s in (*p.sources, *p.wasm_sources)] + [Path(__file__)]
        files += list(WASI_LIBC_FILES)  # toolchain.wasi_defaults() links them
        # Siblings too: onelua.c #includes every other Lua .c file, the drivers include headers here.
        files += [f for s in (*p.sources, *p.wasm_sources) for f in (root / s).parent.glob("*.[ch]")]
        files += [builder] if builder else []
        newest = max(f.stat().st_mtime for f in files if f.exists())
        for kind in (*KINDS, "virtine") if p.virtine else KINDS:
            out = output(out_dir, p.name, kind)
            stale_before = max(newest, _virtine_newest(root, p)) if kind == "virtine" else newest
            if not out.exists() or out.stat().st_mtime < stale_before:
                jobs.append((p, kind, out))

    def one(job: tuple[Program, str, Path]) -> Path:
        p, kind, out = job
        out.parent.mkdir(parents=True, exist_ok=True)
        t0 = time.perf_counter()
        if kind == "virtine":
            _build_virtine(p, root, out)
        else:
            proc = zig_cc(_args(p, kind, root, out))
            if proc.returncode != 0:
                raise InvalidModule(f"{p.name} ({kind}): build failed:\n{proc.stderr.strip()}")
        print(f"  {kind:6s} programs/{p.name} ({time.perf_counter() - t0:.1f} s)", file=sys.stderr)
        return out

    with ThreadPoolExecutor(max_workers=2) as pool:
        return list(pool.map(one, jobs))
