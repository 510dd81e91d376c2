"""Capabilities: unforgeable, revocable handles to a function, a memory or a host function.

Who owns what:

- each :class:`~multipie.runtime.Runtime` owns one :class:`CapabilityTable`
  (``RuntimeHost.capabilities``, shared by every domain kind): it issues every
  :class:`Capability`, is the only
  authority that accepts one back as a grant, and owns the lock that orders
  revocation against binding and Store teardown;
- a :class:`Capability` owns its place in a *forwarding tree* (parent, children)
  and the list of its live *bindings* (one per grant to a holder: a revocable
  call stub, a host-function flag, a region alias);
- how a grant becomes an import is each kind's business: Wasm stubs and aliases
  (:mod:`multipie.domains.wasm.grants`), virtine memory slots
  (:mod:`multipie.domains.virtine.grants`).

Rules enforced here:

- only objects issued by *this* table are accepted (an int, another runtime's
  capability, or a hand-made instance is refused with :class:`CapabilityError`);
- ``forward()`` derives a child that can never be wider than its parent (a
  read-only memory capability forwards read-only) and cannot be made from a
  revoked one;
- ``revoke()`` revokes the capability and every descendant, and each of their
  bindings, before it returns. A revoked capability stays revoked (its
  generation is bumped; it is never reused).
"""

from __future__ import annotations

import _thread  # `_thread`'s locks are `threading`'s (which a run does not import: ~0.65 ms)
import enum
import itertools
from _weakref import ref  # ``weakref.ref`` itself, without importing ``weakref`` (~0.5 ms of a run)
from collections.abc import Iterator
from typing import Any, Protocol

from multipie.errors import CapabilityError

__all__ = ["Binding", "Capability", "CapabilityKind", "CapabilityTable", "RefSet"]

_ISSUE = object()  # only CapabilityTable.issue holds this: Capability(...) elsewhere is refused
_ids = itertools.count(1)


class RefSet:
    """A set holding its members weakly; adding costs one C-level weak reference and a dict store.

    (``weakref.WeakSet`` does the same in Python code, ~5x slower; issuing a
    capability adds to two of these.) Keys are weak references, which hash and
    compare like their referent while it lives; the reference's callback drops
    the entry when the member is collected.
    """

    __slots__ = ("_refs",)

    def __init__(self) -> None:
        self._refs: dict[ref[Any], None] = {}

    def add(self, obj: Any) -> None:
        """Add ``obj`` (held weakly)."""
        self._refs[ref(obj, self._drop)] = None

    def _drop(self, gone: ref[Any]) -> None:
        self._refs.pop(gone, None)

    def __contains__(self, obj: object) -> bool:
        try:
            return ref(obj) in self._refs
        except TypeError:  # not weakly referenceable: never a member
            return False

    def __iter__(self) -> Iterator[Any]:
        for held in list(self._refs):
            obj = held()
            if obj is not None:
                yield obj

    def __len__(self) -> int:
        return len(self._refs)


class CapabilityKind(enum.Enum):
    """What a capability designates."""

    FUNCTION = "function"  # an export of a domain
    MEMORY = "memory"  # a shared region (read-only or read-write)
    HOST_FUNCTION = "host-function"  # a Python callable


class Binding(Protocol):
    """One grant of a capability to one holder (a stub, a flag, an alias)."""

    holder: str | None

    def revoke(self) -> None:
        """Cut the holder off; effective when this returns."""

    def dead(self) -> None:
        """The holder's Store is going away: forget everything that points into it."""


class Capability:
    """An unforgeable right, issued by one runtime; grant it with ``spawn(grants={"mod.name": cap})``.

    Attributes:
        kind: a :class:`CapabilityKind`.
        type: the Wasm type it satisfies (``function i32,i32->i32``, ``memory 16 pages ro``).
        parent: the capability it was forwarded from (``None`` for a root).
        id: unique in the process (for logs; it confers nothing).
    """

    __slots__ = (
        "_table",
        "kind",
        "type",
        "target",
        "detail",
        "writable",
        "parent",
        "_children",
        "_bindings",
        "_revoked",
        "generation",
        "id",
        "__weakref__",
    )

    def __init__(
        self,
        table: CapabilityTable,
        kind: CapabilityKind,
        type: str,
        *,
        target: Any,
        writable: bool,
        parent: Capability | None,
        detail: Any = None,
        _key: object = None,
    ) -> None:
        if _key is not _ISSUE:
            raise CapabilityError("capabilities are issued by a Runtime (rt.capability/region/host_function)")
        self._table = table
        self.kind = kind
        self.type = type
        self.target = target
        self.detail = detail
        self.writable = writable
        self.parent = parent
        self._children: RefSet | None = None  # made by the first forward()
        self._bindings: list[Binding] = []
        self._revoked = False
        self.generation = 0
        self.id = next(_ids)

    @property
    def revoked(self) -> bool:
        """True once this capability (or an ancestor) was revoked."""
        return self._revoked

    def forward(self, *, writable: bool | None = None) -> Capability:
        """A derived capability for another holder; revoking this one revokes it too.

        Args:
            writable: for memory capabilities, ``False`` narrows to read-only;
                ``True`` on a read-only capability is refused (never widen).

        Raises:
            CapabilityError: this capability is revoked, or the request widens it.
        """
        with self._table._lock:
            if self._revoked:
                raise CapabilityError(f"cannot forward {self}: it was revoked")
            if writable and not self.writable:
                raise CapabilityError(f"cannot forward {self} as writable: it is read-only (never widen)")
            if writable is not None and self.kind is not CapabilityKind.MEMORY:
                raise CapabilityError(f"writable= applies to memory capabilities, not {self.kind.value}")
            w = self.writable if writable is None else bool(writable)
            text = self.type.replace(" rw", " ro") if (self.writable and not w) else self.type
            child = Capability(
                self._table,
                self.kind,
                text,
                target=self.target,
                detail=self.detail,
                writable=w,
                parent=self,
                _key=_ISSUE,
            )
            if self._children is None:
                self._children = RefSet()
            self._children.add(child)
            self._table._issued.add(child)
            return child

    def revoke(self) -> None:
        """Revoke this capability, everything forwarded from it, and every grant of them.

        Effective before it returns: a holder's next use traps as
        :class:`~multipie.errors.CapabilityRevoked` (a call already inside the
        target finishes; see ``docs/capabilities.md``). Idempotent.
        """
        with self._table._lock:
            for cap in self._subtree():
                if cap._revoked:
                    continue
                cap._revoked = True
                cap.generation += 1
                bindings, cap._bindings = cap._bindings, []
                for b in bindings:
                    b.revoke()

    def _subtree(self) -> Iterator[Capability]:
        stack = [self]
        while stack:
            cap = stack.pop()
            yield cap
            if cap._children is not None:
                stack.extend(cap._children)

    def _bind(self, binding: Binding) -> None:
        """Record a live binding (caller holds the table lock and checked ``revoked``)."""
        self._bindings.append(binding)

    def _unbind(self, binding: Binding) -> None:
        try:
            self._bindings.remove(binding)
        except ValueError:
            pass

    def __repr__(self) -> str:
        state = " revoked" if self._revoked else ""
        fwd = f" forwarded from #{self.parent.id}" if self.parent is not None else ""
        return f"<Capability #{self.id} {self.kind.value} {self.type.split(' ', 1)[-1]}{fwd}{state}>"


class CapabilityTable:
    """Issues and checks the capabilities of one runtime (see the module docstring).

    The runtime's host owns it (``RuntimeHost.capabilities``); its lock orders revocation
    against binding and Store teardown in every kind.
    """

    def __init__(self) -> None:
        self._lock = _thread.RLock()
        self._issued = RefSet()
        self._by_target: dict[int, RefSet] = {}  # function capabilities by id(domain)
        #: False until the first capability is issued: until then no grant can be bound, so a
        #: Store's teardown skips the lock (a plain attribute: read on every grouped close)
        self.in_use = False

    @property
    def lock(self) -> _thread.RLock:
        """The lock every kind holds while binding or dropping grants (revocation takes it too)."""
        return self._lock

    def issue(
        self, kind: CapabilityKind, type: str, *, target: Any, writable: bool = True, detail: Any = None
    ) -> Capability:
        """A new root capability (used by the runtime's capability/region/host_function)."""
        cap = Capability(self, kind, type, target=target, writable=writable, parent=None, detail=detail, _key=_ISSUE)
        self.in_use = True
        self._issued.add(cap)
        if kind is CapabilityKind.FUNCTION:
            targeting = self._by_target.get(id(target))
            if targeting is None:
                targeting = self._by_target[id(target)] = RefSet()
            targeting.add(cap)
        return cap

    def check(self, obj: object, *, where: str) -> Capability:
        """``obj`` as a live capability of this table.

        Raises:
            CapabilityError: forged (not a Capability), foreign (another runtime's) or revoked.
        """
        if type(obj) is not Capability:
            raise CapabilityError(
                f"{where}: a {type(obj).__name__} is not a capability issued by this runtime "
                "(use rt.capability(), region.capability() or rt.host_function())"
            )
        if obj._table is not self or obj not in self._issued:
            raise CapabilityError(f"{where}: capability #{obj.id} was issued by another runtime")
        if obj._revoked:
            raise CapabilityError(f"{where}: capability #{obj.id} was revoked")
        return obj

    def revoke_targeting(self, target: object) -> None:
        """Revoke every capability whose target is ``target`` (a domain that closed)."""
        with self._lock:
            caps = self._by_target.pop(id(target), None)
            for cap in list(caps or ()):
                if cap.target is target:
                    cap.revoke()
