"""Guest memory: one anonymous host mapping per guest-physical region, and checked access to it.

A :class:`GuestMemory` owns an ``mmap`` that a :class:`~multipie.kvm.vm.Vm`
registers as a KVM memory slot at ``gpa``. The host reaches guest memory only
through this class, and every guest pointer is bounds-checked here before the
host touches a byte: a pointer the guest hands over (hypercall arguments) that
falls outside the region raises :class:`~multipie.errors.Trap` with
``MEMORY_OUT_OF_BOUNDS``, never an ``IndexError`` or a host fault.

Guest virtual addresses equal guest-physical ones in every layout this
package builds (identity paging), so a guest pointer is checked as a gpa.
"""

from __future__ import annotations

import ctypes
import mmap

from multipie import libc
from multipie.errors import Trap, TrapCode

__all__ = ["PAGE", "GuestMemory"]

PAGE = 4096

_mincore = libc.mincore
_MAP_FIXED = 0x10


class GuestMemory:
    """``size`` bytes of zeroed, page-aligned host memory backing guest-physical ``[gpa, gpa+size)``.

    Args:
        size: bytes (rounded up to whole pages).
        gpa: guest-physical address of the first byte.

    Attributes:
        host_addr: the host virtual address of the mapping (for ``KVM_SET_USER_MEMORY_REGION``).
        view: a writable ``memoryview`` of the whole region (invalid after :meth:`close`).
    """

    def __init__(self, size: int, gpa: int = 0) -> None:
        if size <= 0:
            raise ValueError(f"guest memory size must be positive, got {size}")
        self.size = (size + PAGE - 1) & ~(PAGE - 1)
        self.gpa = gpa
        self.end = gpa + self.size
        # SAFETY: a private anonymous mapping owned by this object; no other
        # host alias exists, KVM maps it into the guest once it is a slot.
        self._map = mmap.mmap(-1, self.size, flags=mmap.MAP_PRIVATE | mmap.MAP_ANONYMOUS)
        # SAFETY: _anchor is released in close() before the mmap is closed, so
        # host_addr never outlives the mapping it points into.
        self._anchor = ctypes.c_char.from_buffer(self._map)
        self.host_addr = ctypes.addressof(self._anchor)
        self.view = memoryview(self._map)

    # -- checks ----------------------------------------------------------------

    def contains(self, gpa: int, length: int = 1) -> bool:
        """True when ``[gpa, gpa+length)`` lies inside this region (``length`` 0 needs ``gpa`` inside or at the end)."""
        return self.gpa <= gpa and length >= 0 and gpa + length <= self.end

    def offset(self, gpa: int, length: int, *, what: str = "guest pointer") -> int:
        """The offset of guest range ``[gpa, gpa+length)`` in :attr:`view`.

        Raises:
            Trap: ``MEMORY_OUT_OF_BOUNDS`` when the range is not entirely inside the region.
        """
        if not (self.gpa <= gpa and 0 <= length and gpa + length <= self.end):
            raise Trap(
                f"{what} 0x{gpa:x}+{length} is outside guest memory [0x{self.gpa:x}, 0x{self.end:x})",
                code=TrapCode.MEMORY_OUT_OF_BOUNDS,
            )
        return gpa - self.gpa

    # -- access ----------------------------------------------------------------

    def read(self, gpa: int, length: int, *, what: str = "guest pointer") -> bytes:
        """A copy of ``length`` guest bytes at ``gpa`` (bounds-checked, see :meth:`offset`)."""
        off = self.offset(gpa, length, what=what)
        return self.view[off : off + length].tobytes()

    def slice(self, gpa: int, length: int, *, what: str = "guest pointer") -> memoryview:
        """A zero-copy view of ``length`` guest bytes at ``gpa`` (bounds-checked; valid until close)."""
        off = self.offset(gpa, length, what=what)
        return self.view[off : off + length]

    def write(self, gpa: int, data: bytes | bytearray | memoryview, *, what: str = "guest pointer") -> None:
        """Copy ``data`` into guest memory at ``gpa`` (bounds-checked)."""
        n = len(data)
        off = self.offset(gpa, n, what=what)
        self.view[off : off + n] = data

    def read_u64(self, gpa: int) -> int:
        """The little-endian u64 at ``gpa`` (bounds-checked)."""
        off = self.offset(gpa, 8)
        return int.from_bytes(self.view[off : off + 8], "little")

    def write_u64(self, gpa: int, value: int) -> None:
        """Store ``value`` as a little-endian u64 at ``gpa`` (bounds-checked)."""
        off = self.offset(gpa, 8)
        self.view[off : off + 8] = (value & 0xFFFFFFFFFFFFFFFF).to_bytes(8, "little")

    def read_cstring(self, gpa: int, limit: int) -> bytes:
        """The NUL-terminated string at ``gpa``, at most ``limit`` bytes (bounds-checked)."""
        off = self.offset(gpa, 0)
        end = min(off + limit, self.size)
        raw = self.view[off:end].tobytes()
        nul = raw.find(b"\0")
        return raw if nul < 0 else raw[:nul]

    def zero(self, gpa: int, length: int) -> None:
        """Fill ``[gpa, gpa+length)`` with zeros (bounds-checked)."""
        off = self.offset(gpa, length)
        # SAFETY: [off, off+length) was bounds-checked against the live mapping.
        ctypes.memset(self.host_addr + off, 0, length)

    def map_shared(self, gpa: int, length: int, fd: int, offset: int) -> None:
        """Back ``[gpa, gpa+length)`` with the pages of ``fd`` from ``offset`` instead of private memory.

        The mapping is private copy-on-write: every holder reads the same host pages (one copy however
        many memories map them), and a write (by the host, or by a guest allowed to) gives this memory
        a private copy of that page only. ``fd`` must stay the same size for as long as it is mapped
        (a sealed memfd): a page past its end would fault in the host.

        Raises:
            ValueError: the range or offset is not page-aligned or not inside this memory.
            OSError: the kernel refused the mapping (the range keeps its old pages).
        """
        off = self.offset(gpa, length)
        if off % PAGE or length % PAGE or offset % PAGE or length <= 0:
            raise ValueError(f"map_shared: 0x{gpa:x}+{length:#x} at file offset {offset:#x} is not page-aligned")
        prot = mmap.PROT_READ | mmap.PROT_WRITE
        flags = mmap.MAP_PRIVATE | _MAP_FIXED
        # SAFETY: [host_addr+off, +length) lies inside this object's own mapping (checked above), so MAP_FIXED
        # replaces only our pages; the new private file mapping stays until close() unmaps the whole range.
        got = libc.mmap(self.host_addr + off, length, prot, flags, fd, offset)
        if got == libc.MAP_FAILED or got != self.host_addr + off:
            raise OSError(ctypes.get_errno(), f"mmap of shared pages at 0x{gpa:x} failed")

    def discard_range(self, gpa: int, length: int) -> None:
        """Make ``[gpa, gpa+length)`` fresh zero pages again, giving their memory back to the host.

        Unlike ``MADV_DONTNEED`` this also drops pages :meth:`map_shared` put there (which would
        otherwise read as the shared file's bytes again): the range gets a new anonymous mapping.

        Raises:
            ValueError: the range is not page-aligned or not inside this memory.
            OSError: the kernel refused (the range keeps its pages).
        """
        off = self.offset(gpa, length)
        if off % PAGE or length % PAGE or length <= 0:
            raise ValueError(f"discard_range: 0x{gpa:x}+{length:#x} is not page-aligned")
        flags = mmap.MAP_PRIVATE | mmap.MAP_ANONYMOUS | _MAP_FIXED
        # SAFETY: [host_addr+off, +length) lies inside this object's own mapping (checked above); MAP_FIXED
        # replaces only those pages of it with fresh anonymous memory, which close() unmaps with the rest.
        got = libc.mmap(self.host_addr + off, length, mmap.PROT_READ | mmap.PROT_WRITE, flags, -1, 0)
        if got == libc.MAP_FAILED or got != self.host_addr + off:
            raise OSError(ctypes.get_errno(), f"discarding guest memory at 0x{gpa:x} failed")

    def close(self) -> None:
        """Unmap the memory; idempotent. Views handed out earlier become invalid."""
        if self._map.closed:
            return
        self.view.release()
        # A first close may have stopped at a view someone still holds: the anchor is gone then.
        self.__dict__.pop("_anchor", None)
        try:
            self._map.close()
        except BufferError:  # a caller still holds a view; the GC unmaps it with the last one
            pass

    def discard(self) -> None:
        """Drop every page's contents now (they read as zero after), giving the memory back to the host.

        For memory no caller may still read: closing it unmaps it only once the last view is
        gone, which a reference cycle can delay until the next garbage collection.
        """
        if not self._map.closed:
            self._map.madvise(mmap.MADV_DONTNEED)

    def resident(self) -> int:
        """Bytes of this memory the host actually holds (pages present, from ``mincore``)."""
        pages = self.size // PAGE
        vec = (ctypes.c_ubyte * pages)()
        # SAFETY: [host_addr, host_addr+size) is this object's live, page-aligned mapping
        # and vec has one byte per page, as mincore requires.
        if _mincore(self.host_addr, self.size, vec) != 0:
            raise OSError(ctypes.get_errno(), "mincore failed on guest memory")
        return (pages - bytes(vec).count(0)) * PAGE

    @property
    def closed(self) -> bool:
        """True after :meth:`close`."""
        return self._map.closed

    def __repr__(self) -> str:
        return f"<GuestMemory 0x{self.gpa:x}..0x{self.end:x} ({self.size >> 10} KiB)>"
