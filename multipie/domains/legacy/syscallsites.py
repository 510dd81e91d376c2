"""System call sites of a program and its libraries, rewritten to enter the guest's stub without a trap.

Under PVM every ``syscall`` instruction traps to the host kernel (≈ 3-15 µs, by machine) even when the
stub at LSTAR (``entry.S``, ring 3 like the program) answers the call itself; a ``jmp`` to that stub
costs nothing. So, as gVisor's systrap and zpoline do, the sites are rewritten; here once per file,
before any of its code runs (no code changes under a running thread). This module finds the sites
and writes the trampolines (a :class:`Plan`); :mod:`.siterewrite` and :mod:`.syscalls.memory` put
plans into memory.

- **Where.** A file whose bytes cannot change (a read-only layer file, a loaded image) that is an
  x86-64 ELF with unwind tables: each ``.eh_frame_hdr`` entry (without one, each FDE of the
  ``.eh_frame`` section) is a function start, and each function (≤ :data:`MAX_FUNCTION`) holding the
  bytes ``0f 05`` is disassembled by capstone from its start, so only real ``syscall`` instructions
  are taken.
- **How.** Five bytes at the site become ``jmp rel32`` to the site's trampoline (:data:`SLOT` bytes),
  which replays what they held and enters the stub as ``syscall`` does: ``rcx`` = the return address,
  ``r11`` = ``rflags`` (``pushfq`` 128 bytes below ``rsp``: the red zone stays intact), a count in
  :data:`DIRECT` (``--stats``), DF cleared, ``jmp *entry_ptr`` (a word in the stub's read-only page).
  Two shapes: ``mov $nr, %eax; syscall`` (only the ``mov``'s bytes change; the ``syscall`` stays, so a
  jump to it still works), and a ``syscall`` whose following instructions are replayed up to five
  bytes (a ``jcc``/``jmp`` re-encoded with a rel32, a ``ret`` copied), refused when a branch of the
  function, or any ``call``/``jmp``/``jcc`` rel32 of the segment, lands inside the five bytes, when the
  function has a ``switch`` (an indirect ``jmp``: its cases could start anywhere), when an operand is
  ``rip``-relative, or when the flow ends before the five bytes do. Each trampoline keeps a real
  ``syscall`` just before its return address, so a restarted call (``rip = rcx - 2``) still finds one.
- **Where the trampolines live.** In an area right after the file's span, starting with a header
  (:data:`MAGIC`, the plan's key, the area's length). Every ``rel32`` is then the same wherever the
  file lands, so rewritten pages are the same bytes in every machine and in the warm state.

``MULTIPIE_SYSCALL_SITES=0`` (or :data:`ENABLED` = False) turns it off.
"""

from __future__ import annotations

import bisect
import os
import re
import struct
import threading
from dataclasses import dataclass

from multipie.errors import InvalidModule
from multipie.kvm import elf

__all__ = [
    "DIRECT", "ENABLED", "FORMAT", "HEADER_BYTES", "MAGIC", "MAX_AREA", "MAX_FILE", "SYSCALL", "Plan", "analyse",
    "area_of", "entry_ptr",
]  # fmt: skip

ENABLED = os.environ.get("MULTIPIE_SYSCALL_SITES", "1") != "0"
PAGE = 4096
SLOT = 64  # bytes per trampoline
_HEADER = 64  # the area's first bytes: MAGIC, the plan's key, the area's length
MAGIC = b"multipie:syscall"
HEADER_BYTES = len(MAGIC) + 16  # MAGIC, the plan's 8-byte key, the area's length (u64)
PT_LOAD, PT_GNU_EH_FRAME, PF_X = 1, 0x6474E550, 1
MAX_FILE = 256 << 20  # larger files are not analysed (their sites keep trapping)
MAX_AREA = 16 << 20  # (an area is 64 bytes a site: never near this)
MAX_SPAN = 1 << 30  # larger spans are not analysed (as elf.MAX_IMAGE_SPAN: none loads)
MAX_FUNCTION = 16 << 10  # nor larger functions: disassembling them would cost more than their calls' traps
SYSCALL = b"\x0f\x05"
_REL32 = re.compile(rb"[\xe8\xe9]|\x0f[\x80-\x8f]")  # call, jmp, jcc with a rel32
#: The analysis's version (raise it with any change to what it finds or writes): older plans on disk are made again.
FORMAT = 5
_PLAN = struct.Struct("<4Q8s2I")  # FORMAT, low, span, area, key, number of sites, of segments
#: Calls entered through a trampoline (u64, ``--stats``): spare bytes of the signal page, past the signal block.
DIRECT = 0xD8F8
_SAVE_FLAGS = (
    bytes.fromhex("488d6424809c415b488da42480000000") + b"\x48\xff\x04\x25" + struct.pack("<i", DIRECT) + b"\xfc"
)  # lea -128(%rsp),%rsp; pushfq; pop %r11; lea 128(%rsp),%rsp; incq DIRECT; cld
_BRANCHES = ("j", "call", "loop", "int", "iret", "sys", "hlt", "ud", "xbegin", "xabort", "bnd", "notrack", "enter")


def _page_down(n: int) -> int:
    return n & ~(PAGE - 1)


def _page_up(n: int) -> int:
    return (n + PAGE - 1) & ~(PAGE - 1)


@dataclass(frozen=True)
class Plan:
    """How one file's syscall sites are rewritten.

    Attributes:
        low: the first page of its span (lowest ``PT_LOAD`` vaddr, page-rounded down).
        span: the span's length (what ``ld.so`` reserves): trampolines start at ``low + span``.
        area: the trampoline area's length (page-rounded: header, then a ``SLOT`` per site).
        key: eight bytes naming the plan (the file and the stub), in the area's header.
        sites: ``(file offset, five bytes)`` per rewritten site, by offset.
        segments: ``(file offset, vaddr, length)`` of each executable ``PT_LOAD``, page-rounded.
        trampolines: the area's bytes.
    """

    low: int
    span: int
    area: int
    key: bytes
    sites: tuple[tuple[int, bytes], ...]
    segments: tuple[tuple[int, int, int], ...]
    trampolines: bytes

    def header(self) -> bytes:
        """The bytes the area starts with: :data:`MAGIC`, the plan's key, the area's length (``munmap`` of the
        span reads it: the area goes with its library)."""
        return _header(self.key, self.area)

    def to_bytes(self) -> bytes:
        """The plan as bytes (:meth:`from_bytes` reads them back): what the disk cache keeps."""
        head = _PLAN.pack(FORMAT, self.low, self.span, self.area, self.key, len(self.sites), len(self.segments))
        sites = b"".join(struct.pack("<Q", off) + five for off, five in self.sites)
        segs = b"".join(struct.pack("<3Q", *seg) for seg in self.segments)
        return head + sites + segs + self.trampolines

    @classmethod
    def from_bytes(cls, raw: bytes) -> Plan:
        """The plan :meth:`to_bytes` wrote.

        Raises:
            ValueError: ``raw`` is not such a plan (another format, or cut short).
        """
        if len(raw) < _PLAN.size:
            raise ValueError("short plan")
        fmt, low, span, area, key, n_sites, n_segs = _PLAN.unpack_from(raw)
        at = _PLAN.size
        if fmt != FORMAT or len(raw) < at + 13 * n_sites + 24 * n_segs:
            raise ValueError("not a plan of this format")
        sites = tuple((struct.unpack_from("<Q", raw, at + 13 * i)[0], raw[at + 13 * i + 8 : at + 13 * i + 13])
                      for i in range(n_sites))  # fmt: skip
        at += 13 * n_sites
        segs = tuple(struct.unpack_from("<3Q", raw, at + 24 * i) for i in range(n_segs))
        tramps = raw[at + 24 * n_segs :]
        if len(tramps) > area:
            raise ValueError("trampolines larger than their area")
        return cls(low, span, area, key, sites, segs, tramps)  # type: ignore[arg-type]


def _header(key: bytes, area: int) -> bytes:
    return MAGIC + key + struct.pack("<Q", area)


def area_of(head: bytes) -> int:
    """The area length named by the header ``head`` starts with (:data:`HEADER_BYTES`; 0: it is no area's)."""
    if len(head) < HEADER_BYTES or not head.startswith(MAGIC):
        return 0
    (area,) = struct.unpack_from("<Q", head, HEADER_BYTES - 8)
    return area if area % PAGE == 0 and 0 < area <= MAX_AREA else 0


def entry_ptr() -> int:
    """The address of the stub's ``entry_ptr`` word, which every trampoline jumps through."""
    from multipie.domains.legacy import stub

    return stub.MORE + stub.entry_symbol("entry_ptr")


def analyse(data: bytes, entry_ptr: int, key: bytes) -> Plan | None:
    """The plan for ELF file ``data`` (None: no load segments, no unwind table or no site to rewrite).

    Raises:
        InvalidModule: ``data`` is not a well-formed x86-64 ELF file.
    """
    header = elf.read_header(data, "library")
    phdrs = elf.program_headers(data, header, "library")
    loads = [p for p in phdrs if p.type == PT_LOAD and p.memsz]
    eh = next((p for p in phdrs if p.type == PT_GNU_EH_FRAME), None)
    if not loads:
        return None
    low = _page_down(min(p.vaddr for p in loads))
    span = _page_up(max(p.vaddr + p.memsz for p in loads)) - low
    if span > MAX_SPAN or low + span + MAX_SPAN >= 1 << 47:
        return None  # (a rel32 reaches 2 GiB: the area and every target must be within it)
    execs = [p for p in loads if p.flags & PF_X and p.offset + p.filesz <= len(data)]
    starts = _function_starts(data, eh) if eh is not None else _eh_frame_starts(data)
    if not execs or not starts:
        return None
    found: list[tuple[int, bytes, list[_Piece]]] = []  # (where the jmp goes, replayed before, after the call)
    for seg in execs:
        code = data[seg.offset : seg.offset + seg.filesz]
        here: list[tuple[int, bytes, list[_Piece]]] = []
        for func, end in _functions_with_syscalls(code, seg.vaddr, starts):
            if end - func <= MAX_FUNCTION:  # (a big one's 0f 05 is nearly always inside another instruction)
                here += _sites(code[func - seg.vaddr : end - seg.vaddr], func)
        forward = {at for at, pre, _post in here if not pre}  # (a rewritten mov's bytes are that mov's own)
        refused = _entered_elsewhere(code, seg.vaddr, forward) if forward else set()
        found += [site for site in here if site[0] not in refused]
    if not found:
        return None
    first = low + span + _HEADER
    sites: list[tuple[int, bytes]] = []
    area = bytearray(_HEADER)  # its header once the area's length is known
    for vaddr, body_pre, body_post in found:
        tramp = first + len(sites) * SLOT
        if not all(low <= t < low + span for t in _targets(body_post)):
            continue  # a jump out of the file's span: this site keeps its syscall
        code = _trampoline(tramp, body_pre, body_post, entry_ptr)
        if len(code) > SLOT:
            continue  # a long replay: this one too
        seg = next(p for p in execs if p.vaddr <= vaddr < p.vaddr + p.filesz)
        sites.append((vaddr - seg.vaddr + seg.offset, b"\xe9" + struct.pack("<i", tramp - (vaddr + 5))))
        area += code.ljust(SLOT, b"\xcc")
    segments = tuple(
        (_page_down(p.offset), _page_down(p.vaddr), _page_up(p.offset + p.filesz) - _page_down(p.offset)) for p in execs
    )
    sites.sort()
    area[:HEADER_BYTES] = _header(key, _page_up(len(area)))
    return Plan(low, span, _page_up(len(area)), key, tuple(sites), segments, bytes(area))


def _function_starts(data: bytes, eh: elf.ProgramHeader) -> list[int]:
    """Function start addresses from ``.eh_frame_hdr``'s search table (sorted), [] if its encoding is unusual."""
    hdr = data[eh.offset : eh.offset + eh.filesz]
    # version 1; eh_frame_ptr any 4-byte encoding; fde_count udata4/sdata4; table datarel|sdata4 (what linkers write)
    if len(hdr) < 12 or hdr[0] != 1 or hdr[1] & 0x0F not in (3, 0xB) or hdr[2] not in (3, 0xB) or hdr[3] != 0x3B:
        return []
    (count,) = struct.unpack_from("<I", hdr, 8)
    if 12 + 8 * count > len(hdr):
        return []
    table = struct.unpack_from(f"<{2 * count}i", hdr, 12)
    return sorted({eh.vaddr + table[2 * i] for i in range(count)})


def _eh_frame_starts(data: bytes) -> list[int]:
    """Function starts from the ``.eh_frame`` section's FDEs, for a file without ``PT_GNU_EH_FRAME`` (a static
    program linked without ``--eh-frame-hdr``, like Debian's busybox); [] when there is none or it is unusual."""
    try:
        sec = elf.Elf(data, where="program").section(".eh_frame")
    except InvalidModule:
        return []
    if sec is None or not sec.size or sec.offset + sec.size > len(data):
        return []
    frame, base = data[sec.offset : sec.offset + sec.size], sec.addr
    encodings: dict[int, int | None] = {}  # a CIE's offset: its FDEs' pc_begin encoding
    starts: set[int] = set()
    pos = 0
    while pos + 8 <= len(frame):
        length, cie_id = struct.unpack_from("<II", frame, pos)
        end = pos + 4 + length
        if length == 0 or length == 0xFFFFFFFF or end > len(frame):
            break  # the terminator, a 64-bit record (no x86-64 linker writes one), or a cut section
        if cie_id == 0:
            encodings[pos] = _fde_encoding(frame, pos + 8, end)
        else:
            enc, at = encodings.get(pos + 4 - cie_id), pos + 8
            if enc == 0x1B and at + 4 <= end:  # pcrel | sdata4: what GCC and LLVM write
                starts.add(base + at + struct.unpack_from("<i", frame, at)[0])
            elif enc == 0x00 and at + 8 <= end:  # absolute
                starts.add(struct.unpack_from("<Q", frame, at)[0])
        pos = end
    return sorted(starts)


def _fde_encoding(frame: bytes, at: int, end: int) -> int | None:
    """The pointer encoding a CIE (its body from its version byte at ``at``) gives its FDEs' ``pc_begin``."""
    try:
        version, at = frame[at], at + 1
        aug_end = frame.index(b"\0", at, end)
        aug, at = frame[at:aug_end], aug_end + 1
        if b"eh" in aug:
            at += 8
        for _ in range(2):  # code and data alignment factors
            while frame[at] & 0x80:
                at += 1
            at += 1
        at += 1 if version == 1 else 1 + next(i for i in range(8) if not frame[at + i] & 0x80)  # return register
        if not aug.startswith(b"z"):
            return 0x00
        while frame[at] & 0x80:  # the augmentation data's length
            at += 1
        at += 1
        for c in aug[1:]:
            if c == ord("R"):
                return frame[at]
            if c == ord("L"):
                at += 1
            elif c == ord("P"):
                size = {0: 8, 3: 4, 4: 8, 0xB: 4, 0xC: 8}.get(frame[at] & 0x0F)
                if size is None:
                    return None
                at += 1 + size
            elif c not in b"SB":
                return None
        return 0x00
    except (IndexError, ValueError, StopIteration):
        return None


def _functions_with_syscalls(code: bytes, vaddr: int, starts: list[int]) -> list[tuple[int, int]]:
    """``(start, end)`` of each function of a segment whose bytes hold ``0f 05`` somewhere."""
    out: list[tuple[int, int]] = []
    end_of_code = vaddr + len(code)
    at = code.find(SYSCALL)
    while at >= 0:
        addr = vaddr + at
        i = bisect.bisect_right(starts, addr) - 1
        if i >= 0 and starts[i] >= vaddr:
            start = starts[i]
            end = starts[i + 1] if i + 1 < len(starts) else end_of_code
            end = min(end, end_of_code)
            if not out or out[-1][0] != start:
                out.append((start, end))
            at = code.find(SYSCALL, end - vaddr)
        else:
            at = code.find(SYSCALL, at + 1)
    return out


def _disassembler():  # type: ignore[no-untyped-def]
    import capstone

    md = capstone.Cs(capstone.CS_ARCH_X86, capstone.CS_MODE_64)
    md.skipdata = False
    return md


_md_local = threading.local()


#: Code replayed in a trampoline: verbatim bytes, or ``(opcode, target)``: a jump re-encoded with a rel32.
_Piece = bytes | tuple[bytes, int]


def _sites(code: bytes, start: int) -> list[tuple[int, bytes, list[_Piece]]]:
    """The rewritable sites of one function: ``(where the jmp goes, bytes replayed before, after the call)``."""
    md = getattr(_md_local, "md", None)
    if md is None:
        md = _md_local.md = _disassembler()
    insns = list(md.disasm_lite(code, start))  # (address, size, mnemonic, op_str); stops at bytes it cannot decode
    at = {a: i for i, (a, *_rest) in enumerate(insns)}
    targets = {int(op, 16) for _a, _s, m, op in insns if m.startswith(("j", "call")) and op.startswith("0x")}
    # An indirect jmp that is not a tail call through the GOT is a switch's: its cases may start anywhere.
    switch = any(m.endswith("jmp") and not op.startswith("0x") and "rip" not in op for _a, _s, m, op in insns)
    out: list[tuple[int, bytes, list[_Piece]]] = []
    for i, (addr, _size, mnem, _op) in enumerate(insns):
        if mnem != "syscall":
            continue
        prev = insns[i - 1] if i else None
        if prev is not None and prev[1] == 5 and code[prev[0] - start] == 0xB8:  # mov $nr, %eax; syscall
            if not any(prev[0] < t < prev[0] + 5 for t in targets):
                out.append((prev[0], code[prev[0] - start : addr - start], [(b"\xe9", addr + 2)]))
            continue
        post = None if switch else _replay_after(insns, at, code, start, addr + 2, addr + 5)
        if post is not None and not any(addr < t < addr + 5 for t in targets):
            out.append((addr, b"", post))
    return out


def _entered_elsewhere(code: bytes, vaddr: int, windows: set[int]) -> set[int]:
    """The windows (``[w, w + 5)`` at each address of ``windows``) a ``call``/``jmp``/``jcc`` rel32 anywhere in the
    segment lands inside (after their first byte): asm without unwind tables, or a jump between functions.

    Byte patterns, not instructions: a match inside another instruction only refuses a site it need not.
    """
    ends = sorted(windows)
    hit: set[int] = set()
    for m in _REL32.finditer(code):
        at = m.start()
        op = 2 if code[at] == 0x0F else 1
        if at + op + 4 > len(code):
            continue
        target = vaddr + at + op + 4 + int.from_bytes(code[at + op : at + op + 4], "little", signed=True)
        i = bisect.bisect_left(ends, target) - 1
        if i >= 0 and ends[i] < target < ends[i] + 5:
            hit.add(ends[i])
    return hit


def _replay_after(
    insns: list[tuple[int, int, str, str]], at: dict[int, int], code: bytes, start: int, frm: int, need: int
) -> list[_Piece] | None:
    """The instructions from ``frm`` up to at least ``need``, made to run elsewhere, then the jump back (or None)."""
    out: list[_Piece] = []
    pos = frm
    while pos < need:
        i = at.get(pos)
        if i is None:
            return None
        _a, size, mnem, op = insns[i]
        raw = code[pos - start : pos - start + size]
        pos += size
        if "rip" in op:
            return None
        ends = pos >= need  # the flow may end here (a ret, a jmp) only once the five bytes are covered
        if mnem.startswith("ret"):
            return [*out, raw] if ends else None  # (what follows may be another function's start)
        if mnem.startswith("j") and op.startswith("0x"):
            if mnem == "jmp" and raw[0] in (0xEB, 0xE9):
                return [*out, (b"\xe9", int(op, 16))] if ends else None
            if raw[0] & 0xF0 == 0x70:
                out.append((bytes((0x0F, 0x80 | raw[0] & 0x0F)), int(op, 16)))
            elif raw[0] == 0x0F and raw[1] & 0xF0 == 0x80:
                out.append((raw[:2], int(op, 16)))
            else:
                return None  # jrcxz, loop, prefixed forms: no plain rel32 form
            continue
        if mnem.startswith(_BRANCHES):
            return None
        out.append(raw)
    return [*out, (b"\xe9", pos)]


def _targets(post: list[_Piece]) -> list[int]:
    return [piece[1] for piece in post if isinstance(piece, tuple)]


def _trampoline(at: int, pre: bytes, post: list[_Piece], entry_ptr: int) -> bytes:
    """One trampoline at address ``at``: ``pre``, the stub's entry, a ``syscall`` for restarts, then ``post``."""
    code = bytearray(pre) + _SAVE_FLAGS
    code += b"\x48\x8d\x0d" + struct.pack("<i", 9)  # lea 9(%rip), %rcx: the return address, after the syscall below
    code += b"\xff\x24\x25" + struct.pack("<i", entry_ptr)  # jmp *entry_ptr
    code += SYSCALL  # at rcx - 2: a restarted call executes a real syscall
    for piece in post:
        if isinstance(piece, bytes):
            code += piece
        else:
            opcode, target = piece
            code += opcode + struct.pack("<i", target - (at + len(code) + len(opcode) + 4))
    return bytes(code)
