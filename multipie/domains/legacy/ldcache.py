"""glibc's ``/etc/ld.so.cache``: which file ``ld.so`` loads for a library name, read from untrusted bytes.

The format is glibc's "new" one (``glibc-ld.so.cache1.1``, what ``ldconfig`` has written alone since
glibc 2.32; an old-format block in front of it is skipped): a 48-byte header, ``nlibs`` 24-byte
entries ``(flags, key, value, osversion, hwcap)``, then the strings; ``key`` (the soname) and
``value`` (the path) are offsets from the start of the new-format block. Only x86-64 libc6
entries (flags ``0x0303``) count. Anything malformed raises
:class:`~multipie.errors.InvalidModule` naming the offset.
"""

from __future__ import annotations

import struct

from multipie.errors import InvalidModule

__all__ = ["MAGIC", "parse_ld_cache"]

MAGIC = b"glibc-ld.so.cache1.1"
_OLD_MAGIC = b"ld.so-1.7.0"
_HEADER = struct.Struct("<20sII")  # magic+version, nlibs, len_strings (then flags, extension offset, unused)
_HEADER_SIZE = 48
_ENTRY = struct.Struct("<iIIIQ")
#: ``FLAG_ELF_LIBC6 | FLAG_X8664_LIB64``: the entries an x86-64 program's ``ld.so`` uses.
X86_64_LIBC6 = 0x0303
MAX_LIBS = 1 << 20


def _string(data: bytes, base: int, at: int, where: str) -> str:
    pos = base + at
    end = data.find(b"\0", pos) if 0 <= pos < len(data) else -1
    if end < 0:
        raise InvalidModule(f"{where}: string at offset {pos} lies outside the file or is not NUL-terminated")
    return data[pos:end].decode("utf-8", "surrogateescape")


def parse_ld_cache(data: bytes, *, where: str = "/etc/ld.so.cache") -> dict[str, str]:
    """``{soname: path}`` of the x86-64 libraries in an ``ld.so.cache`` (the first entry of a name wins, as in ld.so).

    Raises:
        InvalidModule: not a new-format cache, or an entry or string lies outside the file.
    """
    base = data.find(MAGIC) if data.startswith(_OLD_MAGIC) else (0 if data.startswith(MAGIC) else -1)
    if base < 0 or len(data) < base + _HEADER_SIZE:
        raise InvalidModule(f"{where}: not a glibc ld.so.cache (no {MAGIC.decode()} header)")
    _magic, nlibs, _strings = _HEADER.unpack_from(data, base)
    if nlibs > MAX_LIBS or base + _HEADER_SIZE + nlibs * _ENTRY.size > len(data):
        raise InvalidModule(f"{where}: {nlibs} entries at offset {base + _HEADER_SIZE} run past the end of the file")
    out: dict[str, str] = {}
    for i in range(nlibs):
        flags, key, value, _os, _hwcap = _ENTRY.unpack_from(data, base + _HEADER_SIZE + i * _ENTRY.size)
        if flags & 0xFFFF != X86_64_LIBC6:
            continue
        out.setdefault(_string(data, base, key, where), _string(data, base, value, where))
    return out
