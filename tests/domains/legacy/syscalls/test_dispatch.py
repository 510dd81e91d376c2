"""The dispatch table: built from the families, one handler per number, ENOSYS for the rest, never a crash."""

from __future__ import annotations

import errno
import inspect
import types

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from multipie.domains.legacy.syscalls import (
    SUPPORTED,
    LinuxProcess,
    PolicyEvent,
    Sys,
    UserMemory,
    describe_supported,
    dispatch,
)
from multipie.domains.legacy.syscalls.dispatch import FAMILIES, TABLE, build_table
from multipie.errors import OutOfMemory
from multipie.resources.fs import GuestFs, StreamFile
from tests.domains.legacy.syscalls.harness import MEM, SCRATCH, Harness

#: One call of each family, and the family that must serve it.
EXPECTED_FAMILY = {
    Sys.read: "files",
    Sys.fdatasync: "files",
    Sys.mkdir: "paths",
    Sys.mmap: "memory",
    Sys.fork: "processes",
    Sys.exit_group: "processes",
    Sys.futex: "threads",
    Sys.gettid: "threads",
    Sys.kill: "signals",
    Sys.clock_gettime: "clocks",
    Sys.uname: "misc",
}


def _process() -> LinuxProcess:
    return LinuxProcess(
        UserMemory(bytearray(1 << 20)),
        GuestFs(),
        stdin=StreamFile(source=b""),
        stdout=StreamFile(sink=bytearray()),
        stderr=StreamFile(sink=bytearray()),
    )


def test_every_number_maps_to_a_handler_of_the_family_that_lists_it() -> None:
    owners: dict[int, str] = {}
    for fam in FAMILIES:
        for nr, fn in fam.HANDLERS.items():
            assert isinstance(nr, Sys)
            assert nr not in owners, f"{nr.name} listed by {owners[nr]} and {fam.__name__}"
            owners[nr] = fam.__name__
            assert fn.__module__ == fam.__name__, f"{nr.name}: handler {fn.__qualname__} lives in {fn.__module__}"
            assert TABLE[int(nr)] is fn
    assert set(owners) == set(TABLE)
    for nr, family in EXPECTED_FAMILY.items():
        assert owners[nr].rsplit(".", 1)[-1] == family, nr.name


def test_every_handler_takes_the_process_and_six_registers() -> None:
    for fn in TABLE.values():
        inspect.signature(fn).bind(object(), 0, 0, 0, 0, 0, 0)  # raises TypeError if not


def test_supported_is_exactly_the_table() -> None:
    assert {int(n) for n in SUPPORTED} == set(TABLE)
    assert describe_supported() == {Sys(n).name: n for n in sorted(TABLE)}


UNSERVED = [int(s) for s in Sys if int(s) not in TABLE][:3]


@pytest.mark.parametrize(("nr", "name"), [*((n, Sys(n).name) for n in UNSERVED), (999, "syscall_999")])
def test_unknown_numbers_are_enosys_and_a_policy_event(nr: int, name: str) -> None:
    proc = _process()
    assert proc.syscall(nr, 1, 2, 3) == -errno.ENOSYS
    assert proc.events == [PolicyEvent(nr, name, (1, 2, 3, 0, 0, 0))]
    assert proc.counts == {nr: 1}


def test_a_served_call_goes_through_the_table() -> None:
    proc = _process()
    assert proc.syscall(Sys.getpid) == proc.info.pid
    assert proc.counts == {int(Sys.getpid): 1}
    assert proc.events == []


def test_a_number_in_two_families_is_refused() -> None:
    dup = types.ModuleType("dup")
    dup.HANDLERS = {Sys.read: lambda proc, *_: 0}  # type: ignore[attr-defined]
    with pytest.raises(ValueError, match="read is in both"):
        build_table([*FAMILIES, dup])


def test_a_new_family_adds_its_calls() -> None:
    """What a newcomer does: a module with a HANDLERS table, listed with the others."""
    unserved = next(s for s in Sys if int(s) not in TABLE)
    fam = types.ModuleType("newfamily")
    fam.HANDLERS = {unserved: lambda proc, *_: 7}  # type: ignore[attr-defined]
    table = build_table([*dispatch.FAMILIES, fam])
    assert table[int(unserved)](None, 0, 0, 0, 0, 0, 0) == 7
    assert len(table) == len(TABLE) + 1


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    nr=st.sampled_from(
        [
            int(n)
            for n in SUPPORTED
            if n not in (Sys.exit, Sys.exit_group, Sys.nanosleep, Sys.clock_nanosleep, Sys.kill, Sys.tkill, Sys.tgkill)
        ]
    ),
    args=st.lists(
        st.one_of(st.integers(0, 2**64 - 1), st.integers(0, 64), st.sampled_from([SCRATCH, MEM - 8, 2**63])),
        min_size=6,
        max_size=6,
    ),
)
def test_any_arguments_give_a_result_never_a_crash(h: Harness, nr: int, args: list[int]) -> None:
    try:
        r = h.p.syscall(nr, *args)
    except OutOfMemory:
        return
    assert isinstance(r, int) and -4096 < r < 2**64


def test_docs_state_the_number_of_served_calls() -> None:
    """One number in README, docs/legacy.md and `multipie inspect` (trial finding 32: 98 vs 106)."""
    from multipie.domains.legacy.syscalls import SUPPORTED
    from tests.conftest import ROOT as root
    assert f"Served by the host ({len(SUPPORTED)} calls" in (root / "docs" / "legacy.md").read_text()
    assert f"{len(SUPPORTED)} calls served" in (root / "README.md").read_text()
