"""multipie.domains.legacy.prefill: a small system file's first read answered in the guest, as the host would."""

from __future__ import annotations

import multipie
from multipie.domains.legacy.table import Sys
from tests.domains.legacy.conftest import needs_vm, python3_natively, python3_rounds

#: System files (empty, small, one just under the cache, one larger) read whole, in chunks, after an lseek,
#: with tell, pread, a dup'ed fd, an mmap, a close with bytes unread, and a fork child reading its parent's fd.
READS = """
import mmap, os, sys, zlib
FILES = ("/usr/lib/python3.11/urllib/__init__.py", "/usr/lib/os-release", "/usr/lib/python3.11/abc.py",
         "/usr/lib/python3.11/os.py", "/usr/lib/python3.11/typing.py")
def tell(fd):
    return os.lseek(fd, 0, os.SEEK_CUR)
for _ in range(int(sys.argv[1])):
    for p in FILES:
        size = os.stat(p).st_size
        fd = os.open(p, os.O_RDONLY)
        whole = os.read(fd, size + 1)
        print(p, len(whole), zlib.crc32(whole), os.read(fd, 10), tell(fd))
        os.close(fd)
        fd = os.open(p, os.O_RDONLY)
        parts = [os.read(fd, 1000) for _ in range(3)]
        print([len(x) for x in parts], tell(fd), b"".join(parts) == whole[:3000], os.pread(fd, 5, 7) == whole[7:12])
        os.lseek(fd, 10, os.SEEK_SET)
        print(os.read(fd, 20) == whole[10:30], tell(fd))
        os.close(fd)
        fd = os.open(p, os.O_RDONLY)
        fd2 = os.dup(fd)
        print(os.read(fd2, 7) == whole[:7], tell(fd), os.read(fd, 3) == whole[7:10])
        os.close(fd2)
        if size:
            with mmap.mmap(fd, 0, prot=mmap.PROT_READ) as m:
                print(m[:50] == whole[:50], tell(fd))
        os.close(fd)
        fd = os.open(p, os.O_RDONLY)
        os.read(fd, 2)
        sys.stdout.flush()
        pid = os.fork()
        if pid == 0:
            os.write(1, b"child %d %d\\n" % (len(os.read(fd, 100)), tell(fd)))
            os._exit(0)
        os.waitpid(pid, 0)
        print("parent", tell(fd), os.read(fd, 5) == whole[102:107])
        os.close(fd)
"""


@needs_vm
def test_a_system_file_read_from_the_cache_filled_at_open_reads_as_natively(rt: multipie.Runtime) -> None:
    native = python3_natively(READS, "2")
    out, err, stats = python3_rounds(rt, READS)
    reads = stats.host_calls[int(Sys.read)]
    assert (out, err) == (native.stdout, native.stderr)
    # The first read after each open of the four small files answered in the guest: 54 host reads (83 before;
    # typing.py's, the fork children's, those after a dup, an lseek or an mmap, the host's, stay at the host).
    assert reads <= 60


#: Moves of a system file's offset back into (or to the end of) the bytes the read cache holds, then reads: as glibc
#: reads /etc/localtime (all of it, lseek(fd, -60, SEEK_CUR), the footer); moves before them, past the end, and
#: after a partial read too.
MOVES = """
import os, sys, zlib
p = "/usr/lib/os-release"
size = os.stat(p).st_size
for _ in range(int(sys.argv[1])):
    fd = os.open(p, os.O_RDONLY)
    whole = os.read(fd, 4096)
    out = []
    for off, how in ((-60, os.SEEK_CUR), (10, os.SEEK_SET), (0, os.SEEK_SET), (-5, os.SEEK_END), (size, os.SEEK_SET),
                     (size + 3, os.SEEK_SET), (-1, os.SEEK_SET), (1, os.SEEK_SET), (-1, os.SEEK_CUR)):
        out.append((os.lseek(fd, off, how) if off >= 0 or how != os.SEEK_SET else "neg", zlib.crc32(os.read(fd, 7))))
    print(len(whole), out, os.lseek(fd, 0, os.SEEK_CUR))
    os.close(fd)
    fd = os.open(p, os.O_RDONLY)
    print(os.read(fd, 20) == whole[:20], os.lseek(fd, 3, os.SEEK_SET), os.read(fd, 30) == whole[3:33])
    os.close(fd)
"""


@needs_vm
def test_moves_within_the_read_cache_read_as_natively(rt: multipie.Runtime) -> None:
    native = python3_natively(MOVES, "2")
    out, err, stats = python3_rounds(rt, MOVES)
    seeks = stats.host_calls[int(Sys.lseek)]
    assert (out, err) == (native.stdout, native.stderr)
    # Per round every move but two (past the end, and the next one: that exit gave the cache back) answered in the
    # guest, and python3's own start reads /etc/localtime in the guest too: 7 host lseeks (18 before).
    assert seeks <= 8
