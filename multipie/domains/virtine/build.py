"""Building virtine images from C: compile, derive the bespoke context, link, pack.

This is Colony's idea of a *bespoke context*: what a virtine may do is read
off the compiled code, not declared by hand.

1. The source is compiled to an object with ``python -m ziglang cc -target
   x86_64-freestanding``. Functions marked ``VIRTINE`` land in section
   ``.text.virtine``; those are the entry points (their C signatures give the
   parameter kinds).
2. The object's *undefined symbols* say which hypercall wrappers it calls
   (:data:`SYMBOL_HCALLS`): that is the allow-list. Code that issues a raw
   hypercall without a wrapper gets no permission for it.
3. It is linked with the crt and ``libvirtine.c`` by ``virtine.ld``; the linked
   sections' sizes give the image end, and the memory size is image + heap +
   stack rounded up to 2 MiB (unless given).

Shared by ``guest/virtine/BUILD.py`` (``make guests``), ``multipie build`` and
:mod:`multipie.virtine` (the Python extension).
"""

from __future__ import annotations

import os
import re
import tempfile
from pathlib import Path

from multipie.domains.virtine.hypercalls import Allow
from multipie.domains.virtine.image import HUGE, LOAD_ADDR, MAX_MEMORY, Entry, Image
from multipie.errors import InvalidModule, UsageError
from multipie.kvm.elf import PF_W, Elf
from multipie.toolchain import build_flags, zig_cc

__all__ = ["CFLAGS", "SYMBOL_HCALLS", "build_image", "c_kind", "guest_dir", "parse_signatures"]

#: Flags for every virtine object (no red zone and no sanitizers: there is no OS underneath).
CFLAGS = [
    "-target",
    "x86_64-freestanding",
    "-O2",
    "-ffreestanding",
    "-fno-pic",
    "-fno-stack-protector",
    "-mno-red-zone",
    "-fno-sanitize=all",
    "-fno-asynchronous-unwind-tables",
]

#: Undefined symbol → hypercalls it needs (the bespoke-context table).
SYMBOL_HCALLS: dict[str, Allow] = {
    "vt_write": Allow.WRITE,
    "vt_printf": Allow.WRITE,
    "vt_log": Allow.LOG,
    "vt_logf": Allow.LOG,
    "vt_input": Allow.INPUT,
    "vt_output": Allow.OUTPUT,
    "vt_time_ns": Allow.TIME,
    "vt_open": Allow.OPEN,
    "vt_read": Allow.READ,
    "vt_close": Allow.CLOSE,
    "vt_grant": Allow.GRANT,
}

DEFAULT_STACK = 64 << 10
DEFAULT_HEAP = 1 << 20

_QUALIFIERS = {"const", "volatile", "restrict", "__restrict", "signed", "static", "inline", "register", "struct"}
_TYPE_WORDS = {
    "void", "char", "short", "int", "long", "unsigned", "float", "double", "_Bool", "bool", "size_t", "ssize_t",
    "int8_t", "int16_t", "int32_t", "int64_t", "uint8_t", "uint16_t", "uint32_t", "uint64_t", "uintptr_t", "intptr_t",
}  # fmt: skip
_U64 = {"size_t", "uint64_t", "uintptr_t"}
_I64 = {"ssize_t", "int64_t", "intptr_t"}
_U32 = {"uint32_t", "uint8_t", "uint16_t"}


def guest_dir() -> Path:
    """Where the crt, ``virtine.h``, ``libvirtine.c`` and ``virtine.ld`` live.

    ``$MULTIPIE_VIRTINE_GUEST`` or ``guest/virtine`` of the source tree.

    Raises:
        UsageError: the directory is missing (an installation without the guest sources).
    """
    env = os.environ.get("MULTIPIE_VIRTINE_GUEST")
    path = Path(env) if env else Path(__file__).resolve().parents[3] / "guest" / "virtine"
    if not (path / "virtine.h").is_file():
        raise UsageError(f"virtine guest sources not found at {path} (set MULTIPIE_VIRTINE_GUEST)")
    return path


def c_kind(decl: str, *, where: str) -> str:
    """The image kind (``i32``, ``u64``, ``f64``, ``ptr``, ``void``, ...) of a C type (a parameter name may follow).

    Raises:
        InvalidModule: a type virtines cannot pass in a register (struct by value, ...).
    """
    tokens = re.findall(r"[A-Za-z_]\w*|\*", decl)
    if "*" in tokens:
        return "ptr"
    if "struct" in tokens or "union" in tokens:
        raise InvalidModule(f"{where}: {decl.strip()!r}: structs cannot be passed by value to a virtine")
    words = [t for t in tokens if t not in _QUALIFIERS]
    if len(words) > 1 and words[-1] not in _TYPE_WORDS:
        words = words[:-1]  # drop the parameter name
    if not words or any(w not in _TYPE_WORDS for w in words):
        raise InvalidModule(f"{where}: unsupported C type {decl.strip()!r} for a virtine entry")
    if words == ["void"]:
        return "void"
    if "double" in words:
        return "f64"
    if "float" in words:
        return "f32"
    unsigned = "unsigned" in words
    if words.count("long") or any(w in _U64 | _I64 for w in words):
        return "u64" if unsigned or any(w in _U64 for w in words) else "i64"
    return "u32" if unsigned or any(w in _U32 for w in words) else "i32"


def parse_signatures(source: str, names: set[str], *, where: str) -> dict[str, tuple[tuple[str, ...], str]]:
    """Parameter and result kinds of each ``VIRTINE`` function in ``names``, read from the C source.

    Raises:
        InvalidModule: an entry's declaration cannot be found or has unsupported types.
    """
    text = re.sub(r"/\*.*?\*/|//[^\n]*", " ", source, flags=re.S)
    out: dict[str, tuple[tuple[str, ...], str]] = {}
    for m in re.finditer(r"\bVIRTINE\b\s+([^;{}()]*?)\b([A-Za-z_]\w*)\s*\(([^)]*)\)", text):
        ret, name, params = m.group(1), m.group(2), m.group(3).strip()
        if name not in names:
            continue
        here = f"{where}: entry {name}"
        kinds = () if params in ("", "void") else tuple(c_kind(p, where=here) for p in params.split(","))
        if "void" in kinds:
            raise InvalidModule(f"{here}: a parameter cannot be void")
        if len(kinds) > 6 or sum(k in ("f32", "f64") for k in kinds) > 8:
            raise InvalidModule(f"{here}: at most 6 parameters are supported")
        out[name] = (kinds, c_kind(ret, where=here))
    missing = names - set(out)
    if missing:
        raise InvalidModule(f"{where}: cannot find the VIRTINE declaration of {', '.join(sorted(missing))}")
    return out


def _compile(args: list[str], what: str) -> None:
    proc = zig_cc(args)
    if proc.returncode != 0:
        raise InvalidModule(f"{what}: C compilation failed:\n{proc.stderr.strip()}")


def build_image(
    src: Path | str,
    *,
    source_text: str | None = None,
    flags: list[str] | None = None,
    memory: int | None = None,
    heap: int = DEFAULT_HEAP,
    stack: int = DEFAULT_STACK,
    extra_sources: list[Path] | None = None,
) -> Image:
    """Compile a C file (or ``source_text`` named ``src``) into an :class:`Image`.

    Args:
        src: the C file (or just a name when ``source_text`` is given).
        source_text: C source to build instead of reading ``src``.
        flags: extra compiler flags (default: the file's ``// multipie-build:`` line).
        memory: guest memory in bytes (default: image + heap + stack, rounded up to 2 MiB).
        heap: bytes reserved for buffers passed by the host.
        stack: bytes of stack at the top of memory.
        extra_sources: more C files linked in (they do not widen the allow-list).

    Raises:
        InvalidModule: compilation failed, no ``VIRTINE`` function, or unsupported signatures.
        UsageError: the memory size is too small or too large.
    """
    gdir = guest_dir()
    src = Path(src)
    where = src.name
    with tempfile.TemporaryDirectory(prefix="mp-virtine-") as tmp:
        tmpd = Path(tmp)
        if source_text is None:
            source_text = _read_source(src)
            extra = build_flags(src) if flags is None else flags
            cfile = src
        else:
            extra = flags or []
            cfile = tmpd / (src.stem + ".c")
            cfile.write_text(source_text, encoding="utf-8")
        obj = tmpd / "entry.o"
        inc = ["-I", str(gdir), "-I", str(src.parent.resolve())]
        # virtine.h is always included first (it is guarded), so a file with just
        # `VIRTINE long f(...)` builds, as through virtine.compile.
        _compile([*CFLAGS, *inc, "-include", "virtine.h", *extra, "-c", str(cfile), "-o", str(obj)], where)
        o = Elf(obj.read_bytes(), where=f"{where} (object)")
        vsec = {s.index for s in o.sections if s.name == ".text.virtine"}
        names = {s.name for s in o.symbols if s.shndx in vsec and s.type == 2 and s.bind == 1}
        if not names:
            raise InvalidModule(f"{where}: no function is marked VIRTINE (e.g. `VIRTINE int fib(int n)`)")
        sigs = parse_signatures(source_text, names, where=where)
        allow = Allow.NONE
        for sym in o.undefined_symbols():
            allow |= SYMBOL_HCALLS.get(sym, Allow.NONE)
        elf = _link(obj, tmpd / "image.elf", inc, extra_sources or [], where)
    return image_from_elf(elf, sigs, allow, memory=memory, heap=heap, stack=stack, source=where)


def _read_source(src: Path) -> str:
    try:
        return src.read_text(encoding="utf-8")
    except OSError as exc:
        raise UsageError(f"cannot read {src}: {exc.strerror}") from exc
    except UnicodeDecodeError as exc:
        raise InvalidModule(f"{src.name}: not C source (not UTF-8 text at byte {exc.start})") from None


def _link(obj: Path, out: Path, inc: list[str], extra_sources: list[Path], where: str) -> Elf:
    """Link ``obj`` with the virtine crt and library into ``out``; returns it parsed."""
    gdir = guest_dir()
    _compile(
        [
            *CFLAGS,
            *inc,
            "-nostdlib",
            "-static",
            "-Wl,-T," + str(gdir / "virtine.ld"),
            "-Wl,-e,__virtine_entry",
            "-Wl,--no-gc-sections",
            str(gdir / "crt.S"),
            str(gdir / "libvirtine.c"),
            *(str(p) for p in extra_sources),
            str(obj),
            "-o",
            str(out),
        ],
        f"{where} (link)",
    )
    return Elf(out.read_bytes(), where=f"{where} (linked)")


def image_from_elf(
    elf: Elf,
    sigs: dict[str, tuple[tuple[str, ...], str]],
    allow: Allow,
    *,
    memory: int | None,
    heap: int,
    stack: int,
    source: str,
) -> Image:
    """Pack a linked virtine ELF into an :class:`Image` (flat payload, read-only ranges, sizes)."""
    loads = [s for s in elf.loads() if s.memsz]
    if not loads or loads[0].vaddr != LOAD_ADDR:
        raise InvalidModule(f"{source}: the linked image does not start at 0x{LOAD_ADDR:x}")
    file_end = max(s.vaddr + s.filesz for s in loads)
    end = (max(s.vaddr + s.memsz for s in loads) + 4095) & ~4095
    payload = bytearray(file_end - LOAD_ADDR)
    read_only: list[tuple[int, int]] = []
    for s in loads:
        payload[s.vaddr - LOAD_ADDR : s.vaddr - LOAD_ADDR + s.filesz] = elf.data[s.offset : s.offset + s.filesz]
        if not s.flags & PF_W:
            read_only.append((s.vaddr & ~4095, (s.vaddr + s.memsz + 4095) & ~4095))
    tramp = elf.symbol("__virtine_entry")
    if tramp is None:
        raise InvalidModule(f"{source}: no __virtine_entry (was crt.S linked?)")
    entries = {}
    for name, (params, result) in sigs.items():
        sym = elf.symbol(name)
        if sym is None:
            raise InvalidModule(f"{source}: entry {name} vanished at link time")
        entries[name] = Entry(name, sym.value, params, result)
    need = end + heap + stack
    if memory is None:
        memory = max(HUGE, (need + HUGE - 1) // HUGE * HUGE)
    elif memory % HUGE or memory < end + stack or memory > MAX_MEMORY:
        raise UsageError(
            f"{source}: memory={memory} must be a multiple of 2 MiB, at least {end + stack} "
            f"(image + stack) and at most {MAX_MEMORY}"
        )
    sections = {s.name: s.size for s in elf.sections if s.name in (".text", ".rodata", ".data", ".bss")}
    return Image(bytes(payload), end, tramp.value, entries, allow, memory, stack, read_only, sections, source)
