"""Running one executable in pooled machines: take a clean machine, run the program's process group, give it back.

A :class:`Runner` keeps, per guest memory size, a :class:`~multipie.kvm.pool.Pool`
of prepared :class:`~multipie.domains.legacy.machine.Machine` s (the toolbox's
:class:`~multipie.kvm.pool.Pools`). Machines of one size share their
snapshot's data (one copy of the image between them, which the runner holds until it closes:
a machine closed after a fault does not make the next one take another copy while pooled
machines still hold the first) and, for a dynamic program, one warm
state (:mod:`~multipie.domains.legacy.warmstart`: the loader's work, taken once). A forked child takes
a sibling from its parent's pool; every machine goes back reset, or closed
when the reset fails or it is no longer reusable.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from multipie.domains.base import Limits
from multipie.domains.legacy import stdio
from multipie.domains.legacy.kernel import ProcessGroup
from multipie.domains.legacy.machine import Machine, RunResult
from multipie.domains.legacy.warmstart import WarmSlot
from multipie.errors import HostBug
from multipie.kvm.elf import ElfImage
from multipie.kvm.pool import Pool, Pools
from multipie.kvm.snapshot import SnapshotData
from multipie.resources.fs import GuestFs
from multipie.resources.net import Network

__all__ = ["Runner"]

#: Guest memory of a program run without a memory limit.
DEFAULT_MEMORY = 256 << 20


class Runner:
    """Runs ``image`` in prepared machines, one pool per memory size.

    Args:
        image: the validated executable.
        name: for messages.
        size: idle machines kept per memory size.
    """

    def __init__(self, image: ElfImage, *, name: str, size: int = 4) -> None:
        self.image = image
        self.name = name
        self._data: dict[int, SnapshotData] = {}  # memory size -> the snapshot data its machines share
        self.warm: dict[int, WarmSlot] = {}  # guest memory size -> the warm state its machines share
        self.pools: Pools[int, Machine] = Pools(self._new, size=size)

    def _new(self, memory: int) -> Machine:
        """A machine of ``memory`` bytes; every one of that size shares the first one's snapshot data."""
        m = Machine(self.image, memory, name=self.name, like=self._data.get(memory))
        m.warm_slot = self.warm.setdefault(m.layout.size, WarmSlot())
        if memory not in self._data and m.snapshot.data is not None:
            self._data[memory] = m.snapshot.data  # held here, not by that machine: it outlives the machine
        return m

    def run(
        self,
        *,
        fs: GuestFs,
        argv: Sequence[str],
        env: Mapping[str, str],
        cwd: str,
        exe: str,
        stdin: stdio.Stream,
        stdout: stdio.Stream,
        stderr: stdio.Stream,
        limits: Limits,
        label: str,
        net: Network | None = None,
    ) -> RunResult:
        """Take a clean machine, run the program once, reset it and give it back.

        Raises:
            Trap, Timeout, OutOfMemory: as :meth:`Machine.advance` (the machine is reset and reused all the same).
        """
        machine = self._take(self.pools.pool(limits.memory_limit or DEFAULT_MEMORY))
        try:
            # (the read-only layers' lookups are cached for the run, and kept for the machine's next run
            # while they hold: resources/fs/lookups.py, keptlookups.py)
            with (
                stdio.guest_streams(stdin, stdout, stderr, limits.timeout) as streams,
                fs.cached_lookups(machine.kept_lookups),
            ):
                group = ProcessGroup(
                    fs=fs, streams=streams, timeout=limits.timeout, label=label,
                    get_machine=self._sibling, put_machine=self._give_back, memory_limit=limits.memory_limit,
                    net=net,
                )  # fmt: skip
                return group.run(machine, argv=argv, env=env, cwd=cwd, exe=exe, pid=1)
        finally:
            self._give_back(machine)

    @staticmethod
    def _take(pool: Pool[Machine]) -> Machine:
        machine = pool.get()
        machine.home = pool
        return machine

    def _sibling(self, machine: Machine) -> Machine:
        """A clean machine from ``machine``'s pool (for a forked child)."""
        if machine.home is None:
            raise HostBug(f"{self.name}: machine without a pool")
        return self._take(machine.home)

    @staticmethod
    def _give_back(machine: Machine) -> None:
        """Reset ``machine`` and return it to its pool (closed if the reset fails)."""
        try:
            machine.reset()
        except BaseException:
            machine.close()
            raise
        if machine.home is not None:
            machine.home.put(machine)
        else:
            machine.close()

    def stats(self) -> dict[str, int]:
        """Hit/miss counters summed over memory sizes."""
        return self.pools.stats()

    def close(self) -> None:
        """Close every idle machine and drop the shared snapshot data (unmapped once no machine holds it)."""
        self.pools.close()
        self._data.clear()
        self.warm.clear()
