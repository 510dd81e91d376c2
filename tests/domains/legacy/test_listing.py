"""A directory's listing put in the guest at its open (:mod:`multipie.domains.legacy.listing`): as the host's."""

from __future__ import annotations

import subprocess

import pytest

import multipie
from multipie.domains.legacy import guestfds, listing, sysarea
from multipie.domains.legacy.table import Sys
from tests.domains.legacy.conftest import needs_vm
from tests.domains.legacy.test_guestfds import entry_defines


def test_the_listing_words_and_the_read_cache_are_where_entry_s_looks() -> None:
    d = entry_defines()
    assert (d["S_LS_FD"], d["S_LS_LEN"], d["READ_CACHE"]) == (listing.LISTING, listing.LISTING + 8, sysarea.READ_CACHE)
    assert listing.LISTING == guestfds.MADE + 24  # (sysarea.take_in reads the closes, made sockets and it at once)

#: Directories listed whole, after a tell, in parts, with too little room (EINVAL), into a PROT_NONE buffer
#: (EFAULT), through a dup, after an fstat, by listdir and scandir, one larger than listing.MOST (the host's), and
#: by a forked child; names sorted (the order and d_off are the file system's natively), with the raw records' hash
#: when argv[2] is "raw".
LISTINGS = """
import ctypes, errno, hashlib, os, sys
libc = ctypes.CDLL(None, use_errno=True)
libc.mmap.restype = ctypes.c_void_p
bad = libc.mmap(None, 4096, 0, 0x22, -1, 0)
raw = sys.argv[2:] == ["raw"]
def dents(fd, n, at=None):
    b = ctypes.create_string_buffer(n)
    r = libc.syscall(217, fd, b if at is None else ctypes.c_void_p(at), n)
    return r, errno.errorcode.get(ctypes.get_errno()) if r < 0 else None, b.raw[:max(r, 0)]
def names(rec):
    out, i = [], 0
    while i < len(rec):
        n = int.from_bytes(rec[i + 16:i + 18], "little")
        out.append(rec[i + 19:i + n].rstrip(b"\\0").decode())
        i += n
    return sorted(out)
def show(tag, r):
    print(tag, r[0] > 0, r[1], names(r[2]), hashlib.sha1(r[2]).hexdigest() if raw else "")
dirs = ("/usr/lib/python3.11/json", "/usr/lib/python3.11/encodings", "/usr/lib/python3.11/xml", "/usr/lib/python3.11")
for _ in range(int(sys.argv[1])):
    for p in dirs:
        fd = os.open(p, os.O_RDONLY | os.O_DIRECTORY)
        show(p, dents(fd, 32768))
        show("again", dents(fd, 32768))
        os.close(fd)
    j = dirs[0]
    fd = os.open(j, os.O_RDONLY | os.O_DIRECTORY)
    print("tell", os.lseek(fd, 0, os.SEEK_CUR))
    show("after tell", dents(fd, 32768))
    os.close(fd)
    fd, parts = os.open(j, os.O_RDONLY | os.O_DIRECTORY), []
    while (r := dents(fd, 200))[0] > 0:
        parts += names(r[2])
    print("parts", sorted(parts), r[:2])
    os.close(fd)
    fd = os.open(j, os.O_RDONLY | os.O_DIRECTORY)
    print("small", dents(fd, 10)[:2], "bad", dents(fd, 4096, bad)[:2])
    show("then", dents(fd, 32768))
    d = os.dup(fd)
    print("dup", dents(d, 32768)[0], os.lseek(fd, 0, os.SEEK_SET))
    show("dup", dents(d, 32768))
    os.close(d), os.close(fd)
    fd = os.open(j, os.O_RDONLY | os.O_DIRECTORY)
    print("fstat", os.fstat(fd).st_mode)
    show("after fstat", dents(fd, 32768))
    os.close(fd)
    print("listdir", sorted(os.listdir(j)) == sorted(e.name for e in os.scandir(j)), len(os.listdir(dirs[3])))
    print("big", hashlib.sha1("/".join(sorted(os.listdir("/usr/lib/x86_64-linux-gnu"))).encode()).hexdigest())
fd = os.open(dirs[0], os.O_RDONLY | os.O_DIRECTORY)
sys.stdout.flush()
pid = os.fork()
if pid == 0:
    show("child", dents(fd, 32768))
    sys.stdout.flush()
    os._exit(0)
os.waitpid(pid, 0)
show("parent", dents(fd, 32768))
"""


def _runs(rt: multipie.Runtime, *args: str) -> tuple[bytes, int]:
    with rt.load("/usr/bin/python3").spawn(timeout=60) as d:
        for n in "12":
            out, err = bytearray(), bytearray()
            assert d.run(["-c", LISTINGS, n, *args], stdout=out, stderr=err, cwd="/") == 0, err
        return bytes(out), d.stats.guest_calls[int(Sys.getdents64)]


@needs_vm
def test_listings_put_in_the_guest_are_the_hosts(rt: multipie.Runtime, monkeypatch: pytest.MonkeyPatch) -> None:
    native = subprocess.run(["/usr/bin/python3", "-c", LISTINGS, "2"], capture_output=True, env={}, check=True).stdout
    out, guest = _runs(rt)
    assert out == native
    raw, _ = _runs(rt, "raw")
    monkeypatch.setattr(listing, "put", lambda *a: False)
    host, before = _runs(rt, "raw")
    assert raw == host  # the same records, d_off and all
    # Per round 7 listings taken in the guest (the 4 directories, after the tell, after the fstat, and the one after
    # the EFAULT: its open put it there), beside the "again" answers from FD_LISTED; 0 before.
    assert guest - before >= 14
