/* Anonymous memory answered inside the guest: mmap, munmap, mremap and madvise (entry.S, sys_mm).
 *
 * Compiled to assembly and included into entry.S (see multipie/domains/legacy/stub.py), so it ends
 * up in the same flat page of code at LSTAR: no data sections, no library calls, absolute addresses
 * of the state and mapping pages only. It runs in ring 3 with the program's own rights (on the
 * syscall stack entry.S switches to), so nothing it does can reach further than the program could.
 *
 * The mapping area is [floor, top): mappings are handed out downwards from the floor, and the
 * holes munmap leaves inside it are kept in a sorted table on the mapping page (MM_N, MM_HOLES),
 * merged with their neighbours; a hole reaching the floor gives its room back. The host keeps the
 * same bookkeeping (syscalls.py, AddressSpace) and reads/writes the same table whenever it serves
 * a memory call itself (file mappings, MAP_FIXED, a full table), so both sides always agree.
 * Pages stay mapped in the VM whatever the program unmaps: reusing them costs no exit and no fault,
 * only the zeroing Linux would do too (done here, in bulk, when they are handed out again). Pages
 * with their own protections are the host's (it edits the page tables). Anything unusual returns
 * MM_HOST: the host serves the call as before.
 */

#define STATE 0xC000UL
#define S_BRK_START (*(volatile unsigned long *)(STATE + 0))
#define S_BRK_HIGH (*(volatile unsigned long *)(STATE + 16))
#define S_FLOOR (*(volatile unsigned long *)(STATE + 24))
#define S_PRISTINE (*(volatile unsigned long *)(STATE + 32))
#define S_MAP_TOP (*(volatile unsigned long *)(STATE + 248))

/* The protections (multipie/domains/legacy/pagetables.py): a bit per 2 MiB region whose pages are not all
 * default (the host keeps 4 KiB page tables for it), and the default PROT_* of data. A call that would change
 * or hand out pages of such a region goes to the host; so does any other protection than the default. */
#define SPLIT ((volatile unsigned char *)0x7000UL) /* sysarea.SPLIT */
#define SPLIT_REGIONS (256UL * 8)
#define DEFAULT_PROT (*(volatile unsigned long *)0x7100UL) /* sysarea.DEFAULT_PROT */

#define MM_PAGE 0xF000UL
#define MM_N (*(volatile unsigned long *)MM_PAGE)
#define MM_HOLES ((volatile unsigned long *)(MM_PAGE + 16)) /* start, end pairs */
#define MM_CAP 255

#define PAGE 4096UL
#define MM_HOST (-5000L)
#define EINVAL 22
#define ENOMEM 12
#define MAP_PRIVATE_ANON 0x22UL
#define MAP_NORESERVE 0x4000UL
#define MREMAP_MAYMOVE 1UL
#define MADV_DONTNEED 4UL

static void zero(unsigned long addr, unsigned long n) {
    __asm__ volatile("rep stosb" : "+D"(addr), "+c"(n) : "a"(0) : "memory");
}

static void copy(unsigned long dst, unsigned long src, unsigned long n) {
    __asm__ volatile("rep movsb" : "+D"(dst), "+S"(src), "+c"(n) : : "memory");
}

static unsigned long page_up(unsigned long n) { return (n + PAGE - 1) & ~(PAGE - 1); }

/* 1 when [lo, hi) touches a region with its own protections (or lies past the bitmap). */
__attribute__((noinline)) static int split(unsigned long lo, unsigned long hi) {
    if (hi <= lo) return 0;
    unsigned long first = lo >> 21, last = (hi - 1) >> 21;
    if (last >= SPLIT_REGIONS) return 1;
    for (unsigned long r = first; r <= last; r++)
        if (SPLIT[r >> 3] >> (r & 7) & 1) return 1;
    return 0;
}

/* A well-formed table (the program could have written over it): holes sorted, inside [floor, top). */
static int table_ok(void) {
    unsigned long n = MM_N, last = S_FLOOR;
    if (n > MM_CAP || S_FLOOR > S_MAP_TOP) return 0;
    for (unsigned long i = 0; i < n; i++) {
        unsigned long s = MM_HOLES[2 * i], e = MM_HOLES[2 * i + 1];
        if (s < last || e <= s || e > S_MAP_TOP) return 0;
        last = e;
    }
    return 1;
}

static void remove_hole(unsigned long i) {
    unsigned long n = MM_N;
    for (unsigned long k = i; k + 1 < n; k++) {
        MM_HOLES[2 * k] = MM_HOLES[2 * k + 2];
        MM_HOLES[2 * k + 1] = MM_HOLES[2 * k + 3];
    }
    MM_N = n - 1;
}

/* Take n bytes: the top of the lowest hole that fits, else below the floor. Returns 0 if no room. */
static unsigned long take(unsigned long n) {
    unsigned long count = MM_N;
    for (unsigned long i = 0; i < count; i++) {
        unsigned long s = MM_HOLES[2 * i], e = MM_HOLES[2 * i + 1];
        if (e - s < n) continue;
        if (e - s == n) remove_hole(i);
        else MM_HOLES[2 * i + 1] = e - n;
        zero(e - n, n); /* used before: Linux hands out zeroed pages */
        return e - n;
    }
    unsigned long floor = S_FLOOR, high = S_BRK_HIGH + PAGE;
    if (high < S_BRK_HIGH || floor < n || floor - n < high) return 0; /* would meet the break: the host decides */
    unsigned long addr = floor - n, pristine = S_PRISTINE;
    unsigned long lo = addr > pristine ? addr : pristine; /* below the pristine mark: never touched */
    if (lo < floor) zero(lo, floor - lo);
    if (addr < pristine) S_PRISTINE = addr;
    S_FLOOR = addr;
    return addr;
}

/* Give [lo, hi) back (already clamped to the mapping area). Returns 0, or MM_HOST when the table is full. */
static long give(unsigned long lo, unsigned long hi) {
    unsigned long n = MM_N, i = 0, j;
    while (i < n && MM_HOLES[2 * i + 1] < lo) i++; /* first hole ending at or after lo */
    j = i;
    while (j < n && MM_HOLES[2 * j] <= hi) j++;    /* holes i..j-1 touch [lo, hi): merge them */
    if (j > i) {
        if (MM_HOLES[2 * i] < lo) lo = MM_HOLES[2 * i];
        if (MM_HOLES[2 * j - 1] > hi) hi = MM_HOLES[2 * j - 1];
        MM_HOLES[2 * i] = lo;
        MM_HOLES[2 * i + 1] = hi;
        for (unsigned long k = j; k < n; k++) { /* close the gap left by the merged ones */
            MM_HOLES[2 * (k - j + i + 1)] = MM_HOLES[2 * k];
            MM_HOLES[2 * (k - j + i + 1) + 1] = MM_HOLES[2 * k + 1];
        }
        MM_N = n = n - (j - i) + 1;
    } else {
        if (n >= MM_CAP) return MM_HOST;
        for (unsigned long k = n; k > i; k--) {
            MM_HOLES[2 * k] = MM_HOLES[2 * k - 2];
            MM_HOLES[2 * k + 1] = MM_HOLES[2 * k - 1];
        }
        MM_HOLES[2 * i] = lo;
        MM_HOLES[2 * i + 1] = hi;
        MM_N = n = n + 1;
    }
    if (n && MM_HOLES[0] == S_FLOOR) { /* a hole at the floor gives its room back */
        S_FLOOR = MM_HOLES[1];
        remove_hole(0);
    }
    return 0;
}

static long sys_munmap(unsigned long addr, unsigned long len) {
    unsigned long n = page_up(len);
    if ((addr & (PAGE - 1)) || n == 0 || n < len) return MM_HOST; /* the host reports EINVAL */
    unsigned long end = addr + n;
    if (end < addr) return MM_HOST;
    unsigned long lo = addr > S_FLOOR ? addr : S_FLOOR, hi = end < S_MAP_TOP ? end : S_MAP_TOP;
    if (lo >= hi) return 0; /* nothing of the mapping area: as the host does */
    if (split(lo, hi)) return MM_HOST; /* the host gives the pages their default protection back */
    return give(lo, hi);
}

static long sys_mmap(unsigned long len, unsigned long prot, unsigned long flags, long fd, unsigned long off) {
    /* Private anonymous only; an address without MAP_FIXED is a hint, which Linux may ignore too. Pages handed
     * out here (a hole, or below the floor) have the default protection: the host resets what it unmaps. */
    if ((flags & ~MAP_NORESERVE) != MAP_PRIVATE_ANON || off != 0 || prot != DEFAULT_PROT) return MM_HOST;
    (void)fd;
    unsigned long n = page_up(len);
    if (n == 0 || n < len) return MM_HOST;
    unsigned long addr = take(n);
    return addr ? (long)addr : MM_HOST;
}

static long sys_mremap(unsigned long old, unsigned long old_len, unsigned long new_len, unsigned long flags) {
    if (flags & ~MREMAP_MAYMOVE) return MM_HOST; /* MREMAP_FIXED, MREMAP_DONTUNMAP */
    unsigned long on = page_up(old_len), nn = page_up(new_len);
    if ((old & (PAGE - 1)) || on < old_len || nn < new_len || nn == 0 || on == 0) return MM_HOST;
    if (old < S_FLOOR || old + on < old || old + on > S_MAP_TOP) return MM_HOST;
    if (split(old, old + (nn > on ? nn : on))) return MM_HOST; /* protections move with the pages: the host's job */
    if (nn <= on) {
        if (nn < on && give(old + nn, old + on)) return MM_HOST;
        return (long)old;
    }
    /* Grow in place when a hole starts right at the end. */
    unsigned long end = old + on, count = MM_N;
    for (unsigned long i = 0; i < count; i++) {
        unsigned long s = MM_HOLES[2 * i], e = MM_HOLES[2 * i + 1];
        if (s != end) continue;
        if (e - s < nn - on) break;
        if (e - s == nn - on) remove_hole(i);
        else MM_HOLES[2 * i] = s + (nn - on);
        zero(end, nn - on);
        return (long)old;
    }
    if (!(flags & MREMAP_MAYMOVE)) return MM_HOST; /* the host reports ENOMEM */
    if (MM_N >= MM_CAP) return MM_HOST;            /* giving the old range back must not fail */
    unsigned long addr = take(nn);
    if (!addr) return MM_HOST;
    copy(addr, old, on);
    give(old, old + on);
    return (long)addr;
}

static long sys_madvise(unsigned long addr, unsigned long len, unsigned long advice) {
    if (addr & (PAGE - 1)) return -EINVAL;
    if (!(advice <= 4 || (advice >= 8 && advice <= 25) || advice == 100 || advice == 101)) return -EINVAL;
    if (advice != MADV_DONTNEED) return 0; /* hints; MADV_FREE may keep the contents */
    unsigned long n = page_up(len), end = addr + n;
    if (n < len || end < addr) return -EINVAL;
    if (n == 0) return 0;
    /* Private anonymous memory reads as zero afterwards (the break and the mapping area; the image's
     * data would come back from the file: the host's business). */
    if (addr < S_BRK_START || end > S_MAP_TOP || split(addr, end)) return MM_HOST; /* may not be writable */
    zero(addr, n);
    return 0;
}

/* static (a local symbol): entry.S calls it directly, with no relocation left to apply. */
__attribute__((used)) static long mm_syscall(long nr, unsigned long a0, unsigned long a1, unsigned long a2, unsigned long a3, unsigned long a4) {
    if (!table_ok()) return MM_HOST;
    switch (nr) {
    case 9: return sys_mmap(a1, a2, a3, (long)a4, 0);
    case 11: return sys_munmap(a0, a1);
    case 25: return sys_mremap(a0, a1, a2, a3);
    case 28: return sys_madvise(a0, a1, a2);
    }
    return MM_HOST;
}
