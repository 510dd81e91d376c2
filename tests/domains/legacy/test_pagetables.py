"""Page tables of legacy programs: out of the guest's reach, immutable, and what programs see of them.

The programs part runs ``guest/legacy/programs/mprot.c`` as a domain and natively: every line its
SIGSEGV handler prints (``si_code``, ``si_addr``) must be the same.
"""

from __future__ import annotations

import struct
import subprocess
from pathlib import Path

import pytest

import multipie
from multipie.domains.legacy import pagetables, sysarea
from multipie.domains.legacy.syscalls.protections import HUGE, PROT_EXEC, PROT_READ, Protections
from multipie.errors import Trap, TrapCode
from multipie.kvm.memory import PAGE
from multipie.kvm.vm import Vm
from tests.domains.legacy.conftest import needs_vm

pytestmark = needs_vm

SIZE = 64 << 20
GUARD = SIZE - 8 * HUGE
CASES = ["readonly", "none", "exec", "text", "retry", "fork", "remap", "thread", "brk", "efault"]


def _base() -> Protections:
    return Protections(SIZE, region0=sysarea.region0(), guard=GUARD)


def _walk(t: pagetables.PageTables, root: int) -> tuple[set[int], set[int]]:
    """(table pages, addresses mapped) reachable from ``root``."""
    tables, leaves = {root}, set()

    def entries(gpa: int) -> list[int]:
        return list(struct.unpack("<512Q", t.mem.read(gpa, PAGE)))

    for e4 in entries(root):
        if not e4 & 1:
            continue
        tables.add(e4 & ~0xFFF)
        for e3 in entries(e4 & ~0xFFF):
            if not e3 & 1:
                continue
            tables.add(e3 & ~0xFFF)
            for e2 in entries(e3 & ~0xFFF):
                if not e2 & 1:
                    continue
                if e2 & 0x80:
                    leaves.add(e2 & 0x000F_FFFF_FFE0_0000)
                    continue
                tables.add(e2 & 0x000F_FFFF_FFFF_F000)
                leaves.update(e1 & 0x000F_FFFF_FFFF_F000 for e1 in entries(e2 & 0x000F_FFFF_FFFF_F000) if e1 & 1)
    return tables, leaves


def test_tables_live_past_guest_memory_and_map_only_guest_memory() -> None:
    with Vm() as vm:
        base = _base()
        base.set(0x400000, 0x402000, PROT_READ | PROT_EXEC)
        t = pagetables.PageTables(vm, SIZE, base)
        tables, leaves = _walk(t, t.base_root)
        assert min(tables) >= SIZE  # no guest-virtual address reaches a table (identity mapping below SIZE)
        assert leaves and max(leaves) < SIZE
        assert GUARD not in leaves and 0 not in leaves
        assert vm.slots[pagetables.TABLE_SLOT].memory is t.mem


def test_equal_protections_reuse_their_tables_and_a_change_writes_only_its_path() -> None:
    with Vm() as vm:
        base = _base()
        t = pagetables.PageTables(vm, SIZE, base)
        n = t.written
        assert t.render(base.clone()) == t.base_root and t.written == n
        p = base.clone()
        p.set(0x1000000, 0x1001000, PROT_READ)
        root = t.render(p)
        assert root != t.base_root and t.written == n + 4  # its 4 KiB table, page directory, PDPT, PML4
        before = {gpa: t.mem.read(gpa, PAGE) for gpa in _walk(t, t.base_root)[0]}
        p.set(0x1000000, 0x1001000, PROT_READ | PROT_EXEC)
        assert t.render(p) not in (root, t.base_root)
        assert all(t.mem.read(gpa, PAGE) == data for gpa, data in before.items())  # never edited in place
        p.reset(0x1000000, 0x1001000)
        assert t.render(p) == t.base_root


def test_a_full_slot_is_recycled_and_the_base_root_stays(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pagetables, "POOL_PAGES", 24)
    with Vm() as vm:
        base = _base()
        t = pagetables.PageTables(vm, SIZE, base)
        p = base.clone()
        for i in range(12):
            p.set(0x1000000 + i * PAGE, 0x1000000 + (i + 1) * PAGE, PROT_READ)
            root = t.render(p)
        assert t.recycles >= 1
        assert t.render(base.clone()) == t.base_root
        assert _walk(t, root)[1] == _walk(t, t.render(p))[1]


# -- programs ----------------------------------------------------------------------------


def _both(rt: multipie.Runtime, programs: Path, args: list[str]) -> tuple[tuple, tuple]:
    svc = rt.load(programs / "mprot")
    out, err = bytearray(), bytearray()
    code = rt.run_command(svc, args, stdout=out, stderr=err, timeout=60)
    nat = subprocess.run([programs / "mprot", *args], capture_output=True, timeout=60)
    return (code, bytes(out), bytes(err)), (nat.returncode, nat.stdout, nat.stderr)


@pytest.mark.parametrize("case", CASES)
def test_protections_match_native(rt: multipie.Runtime, programs: Path, case: str) -> None:
    ours, native = _both(rt, programs, [case])
    assert ours == native
    expect = {"remap": b"went through", "retry": b"after the handler", "efault": b"Bad address"}.get(case, b"faulted")
    assert expect in ours[1]  # the case did what it is about, natively and here


def test_every_case_in_one_run_and_a_pooled_machine_starts_clean(rt: multipie.Runtime, programs: Path) -> None:
    svc = rt.load(programs / "mprot")
    with svc.spawn() as d:
        outs = []
        for _ in range(3):
            out = bytearray()
            assert d.run([], stdout=out) == 0
            outs.append(bytes(out))
    nat = subprocess.run([programs / "mprot"], capture_output=True, timeout=60)
    assert outs == [nat.stdout] * 3


def test_a_fault_without_handler_is_the_runs_trap(rt: multipie.Runtime, programs: Path) -> None:
    svc = rt.load(programs / "mprot")
    with pytest.raises(Trap) as info:
        rt.run_command(svc, ["die"], stdout=bytearray(), timeout=60)
    assert info.value.code is TrapCode.PAGE_FAULT
    assert subprocess.run([programs / "mprot", "die"], capture_output=True).returncode == -11
