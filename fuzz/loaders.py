"""Mutated input to every loader: only typed ``MultipieError`` s may come out, memory and fds stay flat.

Seed corpus (built in the worker): Wasm modules (the WAT guests compiled, plus smith
modules), WAT text, static ELF programs, virtine images (``build/guest``), app
manifests (``examples/``, ``tests/app/guests``) and OCI packages (a layout directory
and a tar made by :func:`multipie.packages.pack`).

Each case takes one corpus entry, applies 1-4 mutations (bit flips, interesting bytes,
insertions, deletions, duplicated or spliced ranges, truncation, integers written over
LEB128 fields; for JSON documents also a field replaced by a value of another type) and
hands it to its loader:

- bytes → ``Runtime.load`` (which detects Wasm/ELF/virtine); WAT → ``Runtime.load(text)``;
- manifests → :func:`multipie.app.manifest.parse_manifest`;
- OCI → one file of a copied layout (``index.json``, ``oci-layout``, a blob) or the tar
  itself, then ``Runtime.load(path)``.

A loaded service has its imports and exports listed (what ``inspect`` shows). Every
seed uses a fresh Runtime that is closed at its end (loaded services are retained
until then: known-open finding ``service-retention``).
"""

from __future__ import annotations

import json
import random
import shutil
import struct
import tempfile
from pathlib import Path
from typing import Any

import wasmtime

import multipie
from multipie import packages
from multipie.errors import MultipieError

from .harness import ROOT, Campaign, Outcome
from .known import is_open
from .wasmgen import boundary_types, smith, uleb

__all__ = ["Loaders", "mutate"]

INTERESTING = [0, 1, 0x7F, 0x80, 0xFF, 0x40, 0x3F, 0x20, 0x10]
MUTATIONS_PER_SEED = 40


def mutate(data: bytes, rng: random.Random, corpus: list[bytes] | None = None) -> bytes:
    """``data`` with 1-4 random byte-level mutations (deterministic for a given ``rng`` state)."""
    buf = bytearray(data)
    for _ in range(rng.choice([1, 1, 2, 3, 4])):
        op = rng.randrange(9)
        n = len(buf)
        pos = rng.randrange(n) if n else 0
        if op == 0 and n:
            buf[pos] ^= 1 << rng.randrange(8)
        elif op == 1 and n:
            buf[pos] = rng.choice(INTERESTING)
        elif op == 2:
            buf[pos:pos] = rng.randbytes(rng.choice([1, 2, 4, 16, 256]))
        elif op == 3 and n:
            del buf[pos : pos + rng.choice([1, 2, 8, 64, 1024])]
        elif op == 4 and n:
            end = min(n, pos + rng.choice([4, 16, 256]))
            buf[pos:pos] = buf[pos:end] * rng.choice([1, 2, 16])
        elif op == 5:
            del buf[rng.randrange(n + 1) :]
        elif op == 6 and n:  # a LEB128 field made huge, or zero
            value = rng.choice([0, 0x7FFFFFFF, 0xFFFFFFFF, 1 << 35, 65536, 10**9])
            buf[pos : pos + 1] = uleb(value)
        elif op == 7 and corpus:
            other = rng.choice(corpus)
            if other:
                start = rng.randrange(len(other))
                buf[pos:pos] = other[start : start + rng.choice([8, 64, 512])]
        elif op == 8 and n >= 4:  # a 32-bit little-endian integer overwritten
            buf[pos : pos + 4] = struct.pack("<I", rng.choice([0, 0xFFFFFFFF, 0x7FFFFFFF, 0x80000000, 4096]))
    return bytes(buf)


_ODD_VALUES: list[Any] = [None, True, -1, 0, 2**64, 1.5, "", "x" * 300, [], [1], {}, {"x": "y"}, [None]]


def _mutate_json(obj: Any, rng: random.Random) -> Any:
    """One field of a JSON document replaced by a value of another type (or removed)."""
    if isinstance(obj, dict) and obj and rng.random() < 0.8:
        key = rng.choice(sorted(obj))
        obj = dict(obj)
        if rng.random() < 0.2:
            del obj[key]
        elif isinstance(obj[key], (dict, list)) and rng.random() < 0.6:
            obj[key] = _mutate_json(obj[key], rng)
        else:
            obj[key] = rng.choice(_ODD_VALUES)
        return obj
    if isinstance(obj, list) and obj and rng.random() < 0.8:
        obj = list(obj)
        i = rng.randrange(len(obj))
        obj[i] = _mutate_json(obj[i], rng) if rng.random() < 0.6 else rng.choice(_ODD_VALUES)
        return obj
    return rng.choice(_ODD_VALUES)


def _mutate_virtine(image: bytes, rng: random.Random) -> bytes:
    """A virtine image whose JSON header has one field of another type (``MPVIRTN\\0``, u32 length, JSON)."""
    (hlen,) = struct.unpack_from("<I", image, 8)
    head = json.loads(image[12 : 12 + hlen])
    new = json.dumps(_mutate_json(head, rng)).encode()
    return image[:8] + struct.pack("<I", len(new)) + new + image[12 + hlen :]


_HOST_TYPES = {"i32", "i64", "f32", "f64", "funcref", "externref"}
_ENGINE: wasmtime.Engine | None = None


def _small(path: Path) -> bool:
    return path.stat().st_size < 1 << 20


def _boundary_is_known_open(source: str | bytes) -> bool:
    """A valid module with a type at its boundary whose description aborts wasmtime (reliability #1)."""
    global _ENGINE
    if not is_open("v128-exnref-boundary"):
        return False
    try:
        wasm = bytes(wasmtime.wat2wasm(source)) if isinstance(source, str) else source
    except wasmtime.WasmtimeError:
        return False
    if _ENGINE is None:
        cfg = wasmtime.Config()
        cfg.wasm_exceptions = cfg.wasm_tail_call = cfg.wasm_multi_memory = True
        _ENGINE = wasmtime.Engine(cfg)
    try:
        wasmtime.Module.validate(_ENGINE, wasm)
    except wasmtime.WasmtimeError:
        return False
    try:
        return not boundary_types(wasm).all <= _HOST_TYPES
    except (ValueError, IndexError):
        return True  # valid, but with types the reader does not know (GC): the same class


class Loaders(Campaign):
    """Mutated Wasm, WAT, component, ELF, virtine, manifest and OCI inputs to their loaders."""

    name = "loaders"
    unit = "input"
    seed_timeout = 180.0
    cases_per_seed = MUTATIONS_PER_SEED
    jobs = 2  # CPU-bound: one worker per core

    def setup(self) -> None:
        """Collect the seed corpus and pack the OCI seeds into a temporary directory."""
        guests = ROOT / "build" / "guest"
        wat_files = sorted((ROOT / "guest").rglob("*.wat"))
        self.corpus: dict[str, list[bytes]] = {
            "wat": [p.read_bytes() for p in wat_files],
            "wasm": [bytes(wasmtime.wat2wasm(p.read_text())) for p in wat_files],
            "elf": [p.read_bytes() for p in sorted((guests / "legacy" / "programs").glob("*")) if p.is_file()],
            # The small test components (the 18 MB componentize-py ones would make each case slow).
            "component": [p.read_bytes() for p in sorted((guests / "component").glob("*.wasm")) if _small(p)],
            "virtine": [p.read_bytes() for p in sorted(guests.rglob("*.virtine"))],
            "manifest": [p.read_bytes() for p in sorted(ROOT.glob("examples/**/multipie.toml"))]
            + [p.read_bytes() for p in sorted(ROOT.glob("tests/app/guests/**/multipie.toml"))],
        }
        self.corpus["wasm"] += [m for m in (smith(s) for s in range(8)) if m is not None]
        self.corpus["elf"] = [e for e in self.corpus["elf"] if e[:4] == b"\x7fELF"][:4]
        self.tmp = Path(tempfile.mkdtemp(prefix="fuzz-loaders-"))
        add = ROOT / "guest" / "wat" / "add.wat"
        packages.pack(add, self.tmp / "seed-layout")
        packages.pack(add, self.tmp / "seed.tar")
        self.layout_files = sorted(
            p.relative_to(self.tmp / "seed-layout") for p in (self.tmp / "seed-layout").rglob("*")
        )
        self.layout_files = [p for p in self.layout_files if (self.tmp / "seed-layout" / p).is_file()]
        self.kinds = [k for k, v in self.corpus.items() if v] + ["oci-layout", "oci-tar"]

    def teardown(self) -> None:
        """Remove the temporary packages."""
        shutil.rmtree(self.tmp, ignore_errors=True)

    def run(self, seed: int) -> Outcome:
        """Load ``MUTATIONS_PER_SEED`` mutated inputs in a fresh Runtime."""
        rng = random.Random(seed)
        out = Outcome()
        rt = multipie.Runtime(cache_dir=None)
        try:
            for i in range(MUTATIONS_PER_SEED):
                kind = rng.choice(self.kinds)
                self._one(rt, kind, rng, out, f"{seed}.{i}")
        finally:
            rt.close()
            for case in self.tmp.glob("case-*"):
                shutil.rmtree(case, ignore_errors=True) if case.is_dir() else case.unlink()
        return out

    def _one(self, rt: multipie.Runtime, kind: str, rng: random.Random, out: Outcome, case: str) -> None:
        out.cases += 1
        try:
            if kind == "manifest":
                from multipie.app.manifest import parse_manifest

                text = mutate(rng.choice(self.corpus[kind]), rng).decode(errors="replace")
                parse_manifest(text, path=f"fuzz-{case}.toml")
                return
            if kind in ("oci-layout", "oci-tar"):
                source: Any = self._oci(kind, rng, case)
            elif kind == "virtine" and rng.random() < 0.3:
                source = _mutate_virtine(rng.choice(self.corpus[kind]), rng)
            elif kind == "wat":
                source = mutate(rng.choice(self.corpus[kind]), rng).decode(errors="replace")
                if not source.lstrip().startswith(("(", ";;")) and is_open("wat-text-as-path"):
                    out.known += 1
                    return
            else:
                source = mutate(rng.choice(self.corpus[kind]), rng, self.corpus[kind])
            if kind in ("wasm", "wat") and _boundary_is_known_open(source):
                out.known += 1
                return
            svc = rt.load(source)
            list(svc.imports), list(svc.exports)  # what `inspect` reads
            if svc.kind == "component":  # what a spawn with memory_limit reads (domains/component/budget.py)
                svc.budget.caps(1 << 20)  # type: ignore[attr-defined]
        except MultipieError:
            pass
        except RecursionError:
            out.untyped.append(f"{kind} case {case}: RecursionError")
        except Exception as exc:  # noqa: BLE001 - what the campaign exists to count
            if (
                kind == "virtine"
                and isinstance(exc, (ValueError, TypeError, KeyError))
                and is_open("virtine-header-types")
            ):
                out.known += 1
                return
            out.untyped.append(f"{kind} case {case}: {type(exc).__module__}.{type(exc).__name__}: {str(exc)[:160]}")

    def _oci(self, kind: str, rng: random.Random, case: str) -> str:
        if kind == "oci-tar":
            path = self.tmp / f"case-{case}.tar"
            path.write_bytes(mutate((self.tmp / "seed.tar").read_bytes(), rng))
            return str(path)
        dest = self.tmp / f"case-{case}"
        shutil.copytree(self.tmp / "seed-layout", dest)
        victim = dest / rng.choice(self.layout_files)
        data = victim.read_bytes()
        if data[:1] == b"{" and rng.random() < 0.5:
            victim.write_bytes(json.dumps(_mutate_json(json.loads(data), rng)).encode())
        else:
            victim.write_bytes(mutate(data, rng))
        return str(dest)
