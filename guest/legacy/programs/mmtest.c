/* Anonymous memory semantics for the tests (the same answers natively and in a virtine):
 *   mmtest semantics     mmap/munmap holes, reuse, mremap grow/shrink/move, madvise, errors,
 *                        more holes than the guest's table holds; prints "ok" or what failed
 *   mmtest dirty PAGES   maps PAGES pages, grows the break, writes a pattern everywhere (and into
 *                        memory below the mappings it never mapped), exits without freeing
 *   mmtest check PAGES   maps PAGES pages and grows the break the same way; prints how many
 *                        bytes are not zero (a new tenant must see 0)
 *   mmtest calls N       N munmap(0, 0) failures (host) and N mmap/munmap pairs (answered in
 *                        the guest), for the stats tests */
#define _GNU_SOURCE
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/syscall.h>
#include <unistd.h>

#define PG 4096UL
static int failures;

static void expect(int cond, const char *what) {
    if (!cond) { printf("FAIL %s\n", what); failures++; }
}

static unsigned char *map(size_t n) {
    void *p = mmap(0, n, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (p == MAP_FAILED) { printf("mmap %zu failed: %d\n", n, errno); exit(2); }
    return p;
}

static size_t nonzero(const unsigned char *p, size_t n) {
    size_t k = 0;
    for (size_t i = 0; i < n; i++) k += p[i] != 0;
    return k;
}

static int semantics(void) {
    unsigned char *a = map(16 * PG), *b = map(16 * PG), *c = map(16 * PG);
    memset(a, 0x11, 16 * PG); memset(b, 0x22, 16 * PG); memset(c, 0x33, 16 * PG);
    expect(munmap(b, 16 * PG) == 0, "munmap middle");
    unsigned char *d = map(8 * PG);
    expect(nonzero(d, 8 * PG) == 0, "reused memory is zero");
    expect(a[0] == 0x11 && a[16 * PG - 1] == 0x11 && c[0] == 0x33 && c[16 * PG - 1] == 0x33, "neighbours kept");
    memset(d, 0x44, 8 * PG);
    expect(munmap(a, 16 * PG) == 0 && munmap(c, 16 * PG) == 0 && munmap(d, 8 * PG) == 0, "munmap all");
    expect(munmap(d, 8 * PG) == 0, "munmap twice");

    unsigned char *e = map(2 * PG);
    memset(e, 0x66, 2 * PG);
    unsigned char *f = mremap(e, 2 * PG, 256 * PG, MREMAP_MAYMOVE);
    expect(f != MAP_FAILED, "mremap grow");
    expect(f[0] == 0x66 && f[2 * PG - 1] == 0x66 && nonzero(f + 2 * PG, 254 * PG) == 0, "mremap keeps and zeroes");
    memset(f, 0x77, 256 * PG);
    expect(mremap(f, 256 * PG, PG, 0) == f, "mremap shrink in place");
    unsigned char *g = map(255 * PG);
    expect(nonzero(g, 255 * PG) == 0, "memory given back by a shrink is zero when reused");
    expect(munmap(g, 255 * PG) == 0 && munmap(f, PG) == 0, "munmap after mremap");
    unsigned char *i = map(4 * PG), *h = map(4 * PG);
    memset(h, 0x12, 4 * PG);
    expect(munmap(i, 4 * PG) == 0, "make a hole after h");
    /* h is above i: a hole right after h's end lets it grow in place when free */
    unsigned char *h2 = mremap(h, 4 * PG, 6 * PG, MREMAP_MAYMOVE);
    expect(h2 != MAP_FAILED && h2[0] == 0x12 && h2[4 * PG - 1] == 0x12 && nonzero(h2 + 4 * PG, 2 * PG) == 0,
           "mremap grow keeps contents");
    expect(munmap(h2, 6 * PG) == 0, "munmap grown");

    unsigned char *m = map(4 * PG);
    memset(m, 0x55, 4 * PG);
    expect(madvise(m, 4 * PG, MADV_DONTNEED) == 0 && nonzero(m, 4 * PG) == 0, "MADV_DONTNEED zeroes");
    memset(m, 0x56, 4 * PG);
    expect(madvise(m, 4 * PG, MADV_WILLNEED) == 0 && m[0] == 0x56, "other advice keeps contents");
    expect(madvise(m + 1, PG, MADV_DONTNEED) == -1 && errno == EINVAL, "madvise unaligned");
    expect(munmap(m + 1, PG) == -1 && errno == EINVAL, "munmap unaligned");
    expect(munmap(m, 0) == -1 && errno == EINVAL, "munmap length 0");
    expect(munmap(m, 4 * PG) == 0, "munmap m");

    /* More holes than the guest's table holds (255): the host takes over, nothing is lost. */
    enum { N = 700 };
    static unsigned char *many[N];
    for (int k = 0; k < N; k++) { many[k] = map(PG); memset(many[k], 0x99, PG); }
    for (int k = 0; k < N; k += 2) expect(munmap(many[k], PG) == 0, "munmap every other");
    for (int k = 0; k < N; k += 2) {
        many[k] = map(PG);
        if (nonzero(many[k], PG)) { expect(0, "hole reused zeroed"); break; }
        memset(many[k], 0x98, PG);
    }
    for (int k = 1; k < N; k += 2) if (many[k][0] != 0x99 || many[k][PG - 1] != 0x99) { expect(0, "kept"); break; }
    for (int k = 0; k < N; k++) expect(munmap(many[k], PG) == 0, "munmap many");
    unsigned char *big = map(N * PG);
    expect(nonzero(big, N * PG) == 0, "all given back and reusable");
    munmap(big, N * PG);
    if (!failures) puts("ok");
    return failures ? 1 : 0;
}

static void grow_break(size_t n, int fill) {
    unsigned long cur = syscall(SYS_brk, 0);
    unsigned long end = syscall(SYS_brk, cur + n);
    if (end != cur + n) { puts("brk failed"); exit(2); }
    unsigned char *p = (unsigned char *)cur;
    if (fill) memset(p, 0xA5, n);
    else printf("%zu ", nonzero(p, n));
}

int main(int argc, char **argv) {
    if (argc > 1 && !strcmp(argv[1], "semantics")) return semantics();
    if (argc > 2 && !strcmp(argv[1], "calls")) {
        long n = atol(argv[2]);
        for (long k = 0; k < n; k++) syscall(SYS_munmap, 0, 0);
        for (long k = 0; k < n; k++) munmap(map(PG), PG);
        return 0;
    }
    if (argc > 2 && (!strcmp(argv[1], "dirty") || !strcmp(argv[1], "check"))) {
        size_t n = strtoul(argv[2], 0, 10) * PG;
        int dirty = !strcmp(argv[1], "dirty");
        unsigned char *p = map(n);
        grow_break(64 * PG, dirty);
        if (dirty) {
            memset(p, 0xA5, n);
            memset(p - 64 * PG, 0xA5, 64 * PG); /* below the mappings: never mapped (Linux would fault) */
            return 0;
        }
        unsigned char *q = map(64 * PG); /* where the other tenant's stray writes went */
        printf("%zu %zu\n", nonzero(p, n), nonzero(q, 64 * PG));
        return 0;
    }
    puts("usage: mmtest semantics | dirty PAGES | check PAGES | calls N");
    return 2;
}
