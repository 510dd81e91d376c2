"""The path slots: answers about paths the guest finds by hashing the path, as ``entry.S`` does.

``newfstatat(AT_FDCWD, path, buf, 0 | AT_SYMLINK_NOFOLLOW)`` answers of read-only layers (entry.S
``PATHS``), written by the host (:class:`~multipie.domains.legacy.sysarea.FdView`) in pages the program
may only read: :data:`PATH_SLOTS` slots of :data:`PATH_SLOT` bytes, a path in one of its two slots
(:func:`path_slots`): u64 key (length | nofollow << 16; 0 = empty), u64 hash, i64 result (0, or
``-ENOENT``/``-ENOTDIR``), ``struct stat``, then the path (at most :data:`PATH_MAX_LEN` bytes). 128 two-way
slots hold python3's ≈ 45 start-up paths and opens (64 lost a third of them). The file store's index
(:mod:`.filestore`) has an entry per slot.
"""

from __future__ import annotations

PATHS, PATH_SLOTS, PATH_SLOT, PATH_MAX_LEN = 0x80000, 128, 320, 152
_FIB = 0x9E3779B97F4A7C15  # 2**64 / the golden ratio: the second slot's multiplicative hash
_U64 = (1 << 64) - 1


def slot_no(slot: int) -> int:
    """The index of the slot at address ``slot``."""
    return (slot - PATHS) // PATH_SLOT


def path_slots(h: int) -> tuple[int, int]:
    """The addresses of the two slots a path of hash ``h`` may be kept in (entry.S looks in both)."""
    return PATHS + PATH_SLOT * (h % PATH_SLOTS), PATHS + PATH_SLOT * ((h * _FIB & _U64) >> 57)


def path_hash(raw: bytes) -> int:
    """64-bit FNV-1a of ``raw`` (entry.S computes the same to find a path's slot)."""
    h = 0xCBF29CE484222325
    for b in raw:
        h = ((h ^ b) * 0x100000001B3) & _U64
    return h
