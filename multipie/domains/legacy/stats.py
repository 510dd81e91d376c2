"""What one legacy run cost: exits, system calls and where they were answered, faults, dirty pages, time.

:class:`RunStats` is filled by the run loop (:mod:`.machine`, :mod:`.kernel`) and returned with
every run (``LegacyDomain.stats``, ``RunResult.stats``); ``multipie run --stats`` prints it. It is
the tool for finding out why a program is slow here: under this machine's PVM every ``syscall``
traps (~15 µs even when the guest answers it), every exit to the host costs ~75 µs, and every first
write to a page under dirty logging faults (~15 µs).
"""

from __future__ import annotations

import resource
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from multipie.domains.legacy.syscalls import Sys

__all__ = ["ProcessCounters", "RunStats", "minor_faults", "syscall_name"]


def syscall_name(nr: int) -> str:
    """Linux x86-64 name of system call ``nr`` (``syscall_N`` when unknown)."""
    try:
        return Sys(nr).name
    except ValueError:
        return f"syscall_{nr}"


def minor_faults() -> int:
    """Minor page faults of the calling thread so far (the host kernel giving the guest memory)."""
    return resource.getrusage(resource.RUSAGE_THREAD).ru_minflt


@dataclass
class RunStats:
    """Counters of one run (all its processes).

    Attributes:
        wall: seconds from start to end of the run.
        guest_time: seconds spent inside ``KVM_RUN`` (guest code, and PVM's trap of each ``syscall``).
        exits: exits from the VM to the host, by reason (``syscall``, ``exception``, ``interrupt``, ...).
        guest_calls: system calls answered inside the guest, by number.
        host_calls: system calls served by the host, by number.
        host_page_faults: minor page faults of the run's host thread (memory the kernel handed the guest).
        dirty_pages: pages the run wrote (KVM's dirty log and host writes): what the reset restores.
        processes: processes the run started (1 + forks).
        start: how a dynamic program's first process started (warm, or cold and why:
            :mod:`~multipie.domains.legacy.warmstart`); empty for a static one.
        direct: calls (of both kinds) that entered through a rewritten site, without PVM's trap
            (:mod:`~multipie.domains.legacy.syscallsites`).
    """

    wall: float = 0.0
    guest_time: float = 0.0
    exits: Counter[str] = field(default_factory=Counter)
    guest_calls: Counter[int] = field(default_factory=Counter)
    host_calls: Counter[int] = field(default_factory=Counter)
    host_page_faults: int = 0
    dirty_pages: int = 0
    processes: int = 0
    start: str = ""
    direct: int = 0

    @property
    def host_time(self) -> float:
        """Seconds of the run spent outside the guest (serving calls, resets, Python)."""
        return max(0.0, self.wall - self.guest_time)

    def syscalls(self) -> list[tuple[int, str, int, int]]:
        """``(number, name, answered in the guest, served by the host)``, most frequent first."""
        nrs = set(self.guest_calls) | set(self.host_calls)
        rows = [(nr, syscall_name(nr), self.guest_calls[nr], self.host_calls[nr]) for nr in nrs]
        return sorted(rows, key=lambda r: (-(r[2] + r[3]), r[0]))

    def add(self, other: RunStats) -> None:
        """Add ``other``'s counters (another process of the same run) to these."""
        self.guest_time += other.guest_time
        self.exits.update(other.exits)
        self.guest_calls.update(other.guest_calls)
        self.host_calls.update(other.host_calls)
        self.dirty_pages += other.dirty_pages
        self.processes += other.processes
        self.start = self.start or other.start
        self.direct += other.direct

    def as_dict(self) -> dict[str, Any]:
        """Plain data (for JSON): times in seconds, calls by name."""
        return {
            "wall_s": self.wall,
            "guest_s": self.guest_time,
            "host_s": self.host_time,
            "exits": dict(self.exits),
            "syscalls": {name: {"nr": nr, "guest": g, "host": h} for nr, name, g, h in self.syscalls()},
            "host_page_faults": self.host_page_faults,
            "dirty_pages": self.dirty_pages,
            "processes": self.processes,
            "start": self.start,
            "direct": self.direct,
        }

    def report(self) -> str:
        """A few lines for people (what ``multipie run --stats`` prints)."""
        g, h = sum(self.guest_calls.values()), sum(self.host_calls.values())
        lines = [
            f"time        {self.wall * 1e3:.1f} ms: in the guest {self.guest_time * 1e3:.1f} ms, "
            f"on the host {self.host_time * 1e3:.1f} ms",
            "exits       " + (", ".join(f"{k} {v}" for k, v in self.exits.most_common()) or "none"),
            f"syscalls    {g + h}: answered in the guest {g}, served by the host {h}; "
            f"{self.direct} entered without a trap (rewritten sites)",
            *([f"start       {self.start}"] if self.start else []),
        ]
        for nr, name, gn, hn in self.syscalls():
            lines.append(f"  {name:<20} {nr:>4}  guest {gn:>8}  host {hn:>8}")
        lines.append(f"host page faults {self.host_page_faults}, dirty pages {self.dirty_pages}, "
                     f"processes {self.processes}")  # fmt: skip
        return "\n".join(lines)


@dataclass
class ProcessCounters:
    """What one process has cost in its machine so far, beside the guest's own counter pages.

    Attributes:
        exits: exits to the host, by reason; host: calls served by the host, by number;
        guest_time: seconds inside ``KVM_RUN``;
        guest_folded, direct_folded: the guest's counters of programs this process replaced (``execve``
            restores the counter pages with the rest of the snapshot, so they are folded in first).
    """

    exits: Counter[str] = field(default_factory=Counter)
    host: Counter[int] = field(default_factory=Counter)
    guest_time: float = 0.0
    guest_folded: Counter[int] = field(default_factory=Counter)
    direct_folded: int = 0

    def fold(self, guest: Counter[int], direct: int) -> None:
        """Keep the guest's counters of the program being replaced (calls by number, calls entered directly)."""
        self.guest_folded.update(guest)
        self.direct_folded += direct

    def guest(self, page: Counter[int]) -> Counter[int]:
        """Calls answered in the guest, by number: the counter page's ``page`` plus what was folded."""
        counts = Counter(page)
        counts.update(self.guest_folded)
        return counts

    def stats(self, page: Counter[int], direct: int, *, dirty_pages: int, start: str) -> RunStats:
        """A process's :class:`RunStats` from these and the guest's counters now (``page``, ``direct``)."""
        return RunStats(
            guest_time=self.guest_time, exits=Counter(self.exits), guest_calls=self.guest(page),
            host_calls=Counter(self.host), dirty_pages=dirty_pages, processes=1,
            direct=direct + self.direct_folded, start=start,
        )  # fmt: skip
