"""Checks on a Wasm module that holds a shared region: nothing host-side may touch its alias.

Host code (not JIT code) that touched a revoked or read-only region alias would take a
``SIGSEGV`` that Wasmtime cannot turn into a trap (see :mod:`multipie.sharing`).
:func:`check_holder_module` refuses, at spawn, the three things that could: bulk-memory
instructions (validated by an engine without bulk memory), an active data segment aimed
at a region import, and re-exporting a region import. It reads the module's import,
export and data sections itself (:mod:`.binary`), before anything is instantiated.
"""

from __future__ import annotations

from typing import Any

import wasmtime

from multipie.domains.wasm import _capi
from multipie.domains.wasm.binary import limits, memory_type, sections
from multipie.domains.wasm.binary import uleb as _uleb
from multipie.errors import CapabilityError

__all__ = ["check_holder_module"]


def _skip_valtype(data: bytes, pos: int) -> int:
    b = data[pos]
    pos += 1
    if b in (0x63, 0x64):  # (ref null? heaptype)
        _, pos = _uleb(data, pos)
    return pos


def _skip_const_expr(data: bytes, pos: int) -> int:
    while True:
        op = data[pos]
        pos += 1
        if op == 0x0B:
            return pos
        if op in (0x41, 0x42, 0x23):  # i32.const, i64.const (LEB), global.get idx
            _, pos = _uleb(data, pos)
        elif op in (0x6A, 0x6B, 0x6C, 0x7C, 0x7D, 0x7E):  # extended-const arithmetic
            continue
        else:
            raise ValueError(f"unsupported opcode 0x{op:02x} in a data segment offset")


def _memory_imports(wasm: bytes, pos: int) -> list[tuple[str, str]]:
    """``(module, name)`` of each memory import, in index order, from the import section at ``pos``."""
    found: list[tuple[str, str]] = []
    count, p = _uleb(wasm, pos)
    for _ in range(count):
        n, p = _uleb(wasm, p)
        module = wasm[p : p + n].decode("utf-8", "replace")
        p += n
        n, p = _uleb(wasm, p)
        name = wasm[p : p + n].decode("utf-8", "replace")
        p += n
        kind = wasm[p]
        p += 1
        if kind == 0x00:
            _, p = _uleb(wasm, p)
        elif kind == 0x01:
            p = limits(wasm, _skip_valtype(wasm, p))[3]
        elif kind == 0x02:
            found.append((module, name))
            p = memory_type(wasm, p)[1]
        elif kind == 0x03:
            p = _skip_valtype(wasm, p) + 1
        elif kind == 0x04:
            _, p = _uleb(wasm, p + 1)
        else:
            raise ValueError(f"unknown import kind 0x{kind:02x}")
    return found


def _memory_layout(wasm: bytes) -> tuple[list[tuple[str, str]], set[int], set[int]]:
    """(imported memories in index order, exported memory indices, active data segment memory indices)."""
    if wasm[:4] != b"\0asm":
        raise ValueError("not a Wasm module")
    mem_imports: list[tuple[str, str]] = []
    exported: set[int] = set()
    data_targets: set[int] = set()
    for sid, pos, _ in sections(wasm):
        if sid == 2:  # imports
            mem_imports.extend(_memory_imports(wasm, pos))
        elif sid == 7:  # exports
            count, p = _uleb(wasm, pos)
            for _ in range(count):
                n, p = _uleb(wasm, p)
                p += n
                kind = wasm[p]
                idx, p = _uleb(wasm, p + 1)
                if kind == 0x02:
                    exported.add(idx)
        elif sid == 11:  # data
            count, p = _uleb(wasm, pos)
            for _ in range(count):
                flags, p = _uleb(wasm, p)
                if flags == 1:  # passive
                    n, p = _uleb(wasm, p)
                    p += n
                    continue
                mem = 0
                if flags == 2:
                    mem, p = _uleb(wasm, p)
                data_targets.add(mem)
                p = _skip_const_expr(wasm, p)
                n, p = _uleb(wasm, p)
                p += n
    return mem_imports, exported, data_targets


def check_holder_module(name: str, wasm: bytes, region_imports: set[str], validator: Any) -> None:
    """Refuse a module that could make host code touch a region alias (see the module docstring).

    Args:
        name: the service name (for messages).
        wasm: the module bytes.
        region_imports: ``module.name`` keys of imports bound to region capabilities.
        validator: a ``wasmtime.Engine`` with bulk memory disabled, for validation.

    Raises:
        CapabilityError: naming the import and the reason.
    """
    first = sorted(region_imports)[0]

    def invalid(why: str) -> CapabilityError:
        if "bulk memory" in why or "bulk-memory" in why:
            return CapabilityError(
                f"{name}: cannot grant region to import {first!r}: the module uses bulk-memory instructions "
                "(memory.fill/copy/init run as host code and would crash the process on a revoked or read-only "
                "alias); build it without them (clang/zig: -mno-bulk-memory)"
            )
        return CapabilityError(f"{name}: module does not validate for region holders: {why}")

    with _capi.errors_as(invalid):
        wasmtime.Module.validate(validator, wasm)
    try:
        imports, exported, data_targets = _memory_layout(wasm)
    except (ValueError, IndexError) as exc:
        raise CapabilityError(f"{name}: cannot check the module's memories: {exc}") from exc
    for idx, (mod, field) in enumerate(imports):
        key = f"{mod}.{field}"
        if key not in region_imports:
            continue
        if idx in data_targets:
            raise CapabilityError(
                f"{name}: import {key!r} is bound to a region but an active data segment writes into it at "
                "instantiation; initialise shared regions from the host (region.view) instead"
            )
        if idx in exported:
            raise CapabilityError(
                f"{name}: import {key!r} is bound to a region but the module re-exports it; host code reading "
                "exports (WASI, Domain.memory) could fault on a revoked alias"
            )
