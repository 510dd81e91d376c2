"""Region grants for virtines: a memory capability becomes a KVM memory slot in the holder's VM.

Who owns what: the runtime's :class:`~multipie.capabilities.CapabilityTable` checks every
grant (forged, foreign, revoked: the same checks as for Wasm) and orders binding against
revocation with its lock; this module checks the kind (virtines take *memory* capabilities
only) and turns each grant into a :class:`SlotBinding`, the capability's binding for this
holder. The slot and its host alias belong to the machine's
:class:`~multipie.domains.virtine.windows.Windows`.

Grants are placed in sorted order of their names: the first in window 0
(``VIRTINE_GRANT(0)``, guest address 8 GiB), the next in window 1, and so on; the guest can
also ask with ``vt_grant("env.buf", &size)``. Revoking a holder's capability deletes its slot:
when ``revoke()`` returns, the holder's next access (even by a call already running in another
thread) exits and raises :class:`~multipie.errors.CapabilityRevoked`; the region's owner and
other holders keep their own mappings.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from multipie.capabilities import Capability, CapabilityKind
from multipie.domains.virtine.windows import GRANT_SLOTS, GrantWindow, Windows
from multipie.errors import CapabilityError, UsageError
from multipie.sharing import PAGE as REGION_PAGE

if TYPE_CHECKING:
    from multipie.domains.base import Host

__all__ = ["Grant", "SlotBinding", "bind", "check", "unbind"]

Grant = tuple[Capability, "SlotBinding"]


def check(host: Host, name: str, grants: Mapping[str, Any]) -> list[tuple[str, Capability]]:
    """Check ``grants`` for a virtine service; returns ``(name, capability)`` in window order.

    Raises:
        UsageError: ``grants`` is not a mapping.
        CapabilityError: a grant is forged, foreign, revoked, not a memory capability, badly
            named, or there are more than ``GRANT_SLOTS``.
    """
    if not isinstance(grants, Mapping):
        raise UsageError(f"{name}: grants must be a mapping of 'module.name' to capabilities")
    table = host.capabilities
    out: list[tuple[str, Capability]] = []
    for key in sorted(grants, key=str):
        where = f"{name}: grant {key!r}"
        cap = table.check(grants[key], where=where)
        if not isinstance(key, str) or not 0 < len(key) <= 255 or "\0" in key:
            raise CapabilityError(f"{where}: grant names are non-empty strings of at most 255 bytes")
        if cap.kind is not CapabilityKind.MEMORY:
            raise CapabilityError(
                f"{where}: the capability is a {cap.kind.value}, but virtines take memory grants only "
                "(a region maps into the guest as a memory slot)"
            )
        out.append((key, cap))
    if len(out) > GRANT_SLOTS:
        raise CapabilityError(f"{name}: {len(out)} grants, but a virtine has {GRANT_SLOTS} grant windows")
    return out


class SlotBinding:
    """One grant of a region to one virtine: its KVM slot, deleted on revoke."""

    __slots__ = ("holder", "windows", "window")

    def __init__(self, windows: Windows, window: GrantWindow, holder: str) -> None:
        self.holder: str | None = holder
        self.windows = windows
        self.window = window

    def revoke(self) -> None:
        """Delete the slot; the holder's next access raises ``CapabilityRevoked``."""
        self.windows.unmap_grant(self.window, revoked=True)

    def dead(self) -> None:
        """The holder's machine is going away (its slots go with the VM)."""


def bind(host: Host, windows: Windows, caps: list[tuple[str, Capability]], holder: str) -> list[Grant]:
    """Map each checked grant into ``windows`` (window i for the i-th) and record the bindings.

    Raises:
        CapabilityError: a capability was revoked or its region closed since :func:`check`.
    """
    table = host.capabilities
    done: list[Grant] = []
    with table.lock:  # no revoke can slip between the check and the binding
        try:
            for index, (key, cap) in enumerate(caps):
                if cap.revoked:
                    raise CapabilityError(f"{holder}: grant {key!r}: capability #{cap.id} was revoked")
                region = cap.target
                if region.closed:
                    raise CapabilityError(f"{holder}: grant {key!r}: the region was closed")
                w = windows.map_grant(index, key, region.fd, region.pages * REGION_PAGE, writable=cap.writable)
                binding = SlotBinding(windows, w, holder)
                cap._bind(binding)
                done.append((cap, binding))
        except BaseException:
            unbind(host, done)
            raise
    return done


def unbind(host: Host, grants: list[Grant]) -> None:
    """Forget the bindings and delete their slots (the holder is closing)."""
    if not grants:
        return
    with host.capabilities.lock:
        for cap, binding in grants:
            cap._unbind(binding)
            binding.windows.unmap_grant(binding.window, revoked=False)
