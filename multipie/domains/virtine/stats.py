"""What one virtine call cost: exits by reason, time in the guest and on the host, faults, pages restored.

:class:`CallStats` is assembled by :meth:`~multipie.domains.virtine.machine.Machine.reset` from counters
the call loop keeps, and read as :attr:`VirtineDomain.stats
<multipie.domains.virtine.service.VirtineDomain.stats>` (the domain's last call). It is the virtine
twin of the legacy kind's ``RunStats`` (``multipie run --stats``): the tool for seeing why a function
is slower in its VM than natively. Under this machine's PVM each exit (a hypercall, the final
``RETURN``) costs tens of µs, a host page fault gives the guest fresh memory, and each page the guest
writes for the first time after its dirty-log protection was re-armed costs a write-protection fault
(~15-25 µs); the hot-page policy (:mod:`multipie.kvm.hotpages`) decides when that happens,
and ``reprotected`` says it did at this call's reset.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any

__all__ = ["CallStats"]


@dataclass
class CallStats:
    """Counters of one call, from entering the guest to the end of its reset.

    Attributes:
        wall: seconds from the call's start (registers loaded) to the end of the reset.
        guest_time: seconds inside ``KVM_RUN`` (guest code and the exits' trip through the host kernel).
        exits: exits to the host by reason: a hypercall's name (``return``, ``write``, ``output``, ...),
            ``fault``, ``interrupt`` (a signal or the watchdog), or the unexpected exit's kind.
        host_page_faults: minor page faults of the calling thread during the call and its reset (the
            host kernel handing the guest memory it had not touched yet).
        dirty_pages: pages the guest wrote, as the dirty log reports them (pages kept hot are reported
            at every call, written or not).
        host_pages: pages the host wrote for the call (arguments copied into the heap).
        restored_pages: pages the reset copied back from the snapshot or zeroed.
        reprotected: the reset protected the written pages again (the next call takes a
            write-protection fault on each page it writes); False while they stay hot.
    """

    wall: float = 0.0
    guest_time: float = 0.0
    exits: Counter[str] = field(default_factory=Counter)
    host_page_faults: int = 0
    dirty_pages: int = 0
    host_pages: int = 0
    restored_pages: int = 0
    reprotected: bool = False

    @property
    def host_time(self) -> float:
        """Seconds of the call spent outside the guest (hypercalls, arguments, reset, Python)."""
        return max(0.0, self.wall - self.guest_time)

    def as_dict(self) -> dict[str, Any]:
        """Plain data (for JSON): times in seconds."""
        return {
            "wall_s": self.wall,
            "guest_s": self.guest_time,
            "host_s": self.host_time,
            "exits": dict(self.exits),
            "host_page_faults": self.host_page_faults,
            "dirty_pages": self.dirty_pages,
            "host_pages": self.host_pages,
            "restored_pages": self.restored_pages,
            "reprotected": self.reprotected,
        }

    def report(self) -> str:
        """A few lines for people."""
        exits = ", ".join(f"{k} {v}" for k, v in self.exits.most_common()) or "none"
        return "\n".join(
            (
                f"time        {self.wall * 1e3:.3f} ms: in the guest {self.guest_time * 1e3:.3f} ms, "
                f"on the host {self.host_time * 1e3:.3f} ms",
                f"exits       {exits}",
                f"pages       written by the guest {self.dirty_pages}, by the host {self.host_pages}, "
                f"restored {self.restored_pages}{' (protected again)' if self.reprotected else ''}",
                f"host page faults {self.host_page_faults}",
            )
        )
