/* Conformance: memory (mmap variants, munmap, mremap, mprotect, madvise, brk). */
#include "conform.h"

#include <fcntl.h>
#include <setjmp.h>
#include <signal.h>
#include <stdint.h>
#include <sys/mman.h>
#include <sys/syscall.h>
#include <unistd.h>

#define PAGE 4096L

/* Raw system calls: libc wrappers round addresses or check arguments themselves. */
#define mmap(a, l, p, f, fd, o) ((void *)syscall(SYS_mmap, a, l, p, f, fd, o))
#define munmap(a, l) syscall(SYS_munmap, a, l)
#define mremap(a, o, n, f, ...) ((void *)syscall(SYS_mremap, a, o, n, f, ##__VA_ARGS__))
#define mprotect(a, l, p) syscall(SYS_mprotect, a, l, p)
#define madvise(a, l, v) syscall(SYS_madvise, a, l, v)

static sigjmp_buf jump;
static volatile sig_atomic_t faulted;

static void on_segv(int sig) {
    (void)sig;
    faulted = 1;
    siglongjmp(jump, 1);
}

/* 1 if writing *p faults (SIGSEGV), 0 if it does not. */
static int write_faults(volatile char *p) {
    faulted = 0;
    if (sigsetjmp(jump, 1) == 0) *p = 1;
    return faulted;
}

static int all_zero(const char *p, long n) {
    for (long i = 0; i < n; i++)
        if (p[i]) return 0;
    return 1;
}

static void anonymous(void) {
    char *p = mmap(NULL, 4 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    TRUE("mmap_anon", p != MAP_FAILED);
    TRUE("mmap_page_aligned", ((uintptr_t)p & (PAGE - 1)) == 0);
    TRUE("mmap_anon_zero", all_zero(p, 4 * PAGE));
    memset(p, 'a', 4 * PAGE);
    EQ("munmap_partial_middle", munmap(p + PAGE, PAGE), 0);
    TRUE("munmap_partial_keeps_rest", p[0] == 'a' && p[2 * PAGE] == 'a' && p[4 * PAGE - 1] == 'a');
    char *q = mmap(p + PAGE, PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0);
    TRUE("mmap_fixed_in_hole", q == p + PAGE);
    TRUE("mmap_fixed_fresh_zero", all_zero(q, PAGE));
    char *r = mmap(p, PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0);
    TRUE("mmap_fixed_replaces", r == p && p[0] == 0 && p[2 * PAGE] == 'a');
    EQ("munmap_all", munmap(p, 4 * PAGE), 0);
    EQ("munmap_unmapped_ok", munmap(p, 4 * PAGE), 0);
    ERR("munmap_unaligned", munmap(p + 1, PAGE), EINVAL);
    ERR("munmap_zero_len", munmap(p, 0), EINVAL);
    ERR("mmap_zero_len", mmap(NULL, 0, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0) == MAP_FAILED ? -1 : 0, EINVAL);
    ERR("mmap_no_type", mmap(NULL, PAGE, PROT_READ, MAP_ANONYMOUS, -1, 0) == MAP_FAILED ? -1 : 0, EINVAL);
    ERR("mmap_fixed_unaligned",
        mmap((void *)0x10000001, PAGE, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0) == MAP_FAILED ? -1 : 0,
        EINVAL);
    ERR("mmap_bad_fd", mmap(NULL, PAGE, PROT_READ, MAP_PRIVATE, 99, 0) == MAP_FAILED ? -1 : 0, EBADF);
    char *big = mmap(NULL, 8 << 20, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
    TRUE("mmap_8m", big != MAP_FAILED);
    big[0] = 1; big[(8 << 20) - 1] = 2;
    TRUE("mmap_8m_ends", big[0] == 1 && big[(8 << 20) - 1] == 2);
    munmap(big, 8 << 20);
}

static void file_backed(void) {
    int fd = open("m", O_CREAT | O_RDWR | O_TRUNC, 0644);
    char data[2 * PAGE];
    for (long i = 0; i < 2 * PAGE; i++) data[i] = (char)('a' + i % 26);
    write(fd, data, sizeof data);
    char *p = mmap(NULL, 2 * PAGE, PROT_READ, MAP_PRIVATE, fd, 0);
    TRUE("mmap_file_private", p != MAP_FAILED);
    TRUE("mmap_file_content", p != MAP_FAILED && memcmp(p, data, sizeof data) == 0);
    if (p != MAP_FAILED) munmap(p, 2 * PAGE);
    p = mmap(NULL, PAGE, PROT_READ, MAP_PRIVATE, fd, PAGE);
    TRUE("mmap_file_offset", p != MAP_FAILED && p[0] == data[PAGE]);
    if (p != MAP_FAILED) munmap(p, PAGE);
    ERR("mmap_file_unaligned_offset", mmap(NULL, PAGE, PROT_READ, MAP_PRIVATE, fd, 100) == MAP_FAILED ? -1 : 0, EINVAL);
    p = mmap(NULL, PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE, fd, 0);
    if (p != MAP_FAILED) {
        p[0] = 'Z';
        char c;
        pread(fd, &c, 1, 0);
        TRUE("mmap_private_write_not_in_file", c == 'a');
        munmap(p, PAGE);
    } else {
        TRUE("mmap_private_write_not_in_file", 0);
    }
    close(fd);
    fd = open("m", O_RDONLY);
    ERR("mmap_shared_write_on_readonly",
        mmap(NULL, PAGE, PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0) == MAP_FAILED ? -1 : 0, EACCES);
    close(fd);
    unlink("m");
}

static void remap(void) {
    char *p = mmap(NULL, 2 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    memset(p, 'r', 2 * PAGE);
    char *q = mremap(p, 2 * PAGE, 64 * PAGE, MREMAP_MAYMOVE);
    TRUE("mremap_grow", q != MAP_FAILED);
    TRUE("mremap_grow_keeps", q[0] == 'r' && q[2 * PAGE - 1] == 'r');
    TRUE("mremap_grow_zero_tail", all_zero(q + 2 * PAGE, 62 * PAGE));
    char *s = mremap(q, 64 * PAGE, PAGE, 0);
    TRUE("mremap_shrink_in_place", s == q && s[0] == 'r');
    char *t = mmap(NULL, 4 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    char *u = mremap(s, PAGE, PAGE, MREMAP_MAYMOVE | MREMAP_FIXED, t + 2 * PAGE);
    TRUE("mremap_fixed_move", u == t + 2 * PAGE && u[0] == 'r');
    ERR("mremap_fixed_without_maymove", mremap(u, PAGE, PAGE, MREMAP_FIXED, t) == MAP_FAILED ? -1 : 0, EINVAL);
    ERR("mremap_bad_flags", mremap(u, PAGE, PAGE, 0x100) == MAP_FAILED ? -1 : 0, EINVAL);
    ERR("mremap_unaligned", mremap(u + 1, PAGE, PAGE, 0) == MAP_FAILED ? -1 : 0, EINVAL);
    munmap(t, 4 * PAGE);
}

static void protections(void) {
    char *p = mmap(NULL, 2 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    p[0] = 'x';
    EQ("mprotect_readonly", mprotect(p, PAGE, PROT_READ), 0);
    TRUE("mprotect_read_still_works", p[0] == 'x');
    TRUE("mprotect_write_faults", write_faults(p));
    TRUE("mprotect_other_page_writable", !write_faults(p + PAGE));
    EQ("mprotect_back", mprotect(p, PAGE, PROT_READ | PROT_WRITE), 0);
    TRUE("mprotect_back_writable", !write_faults(p));
    ERR("mprotect_unaligned", mprotect(p + 1, PAGE, PROT_READ), EINVAL);
    ERR("mprotect_bad_prot", mprotect(p, PAGE, 0x1000), EINVAL);
    char *n = mmap(NULL, PAGE, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    TRUE("prot_none_faults", write_faults(n));
    munmap(n, PAGE);
    memset(p, 'q', 2 * PAGE);
    EQ("madvise_dontneed", madvise(p, PAGE, MADV_DONTNEED), 0);
    TRUE("madvise_dontneed_zeroes", all_zero(p, PAGE) && p[PAGE] == 'q');
    EQ("madvise_willneed", madvise(p, PAGE, MADV_WILLNEED), 0);
    ERR("madvise_unaligned", madvise(p + 1, PAGE, MADV_DONTNEED), EINVAL);
    ERR("madvise_bad_advice", madvise(p, PAGE, 12345), EINVAL);
    munmap(p, 2 * PAGE);
}

static void program_break(void) {
    char *b0 = (char *)syscall(SYS_brk, 0);
    TRUE("brk_query", b0 != NULL);
    /* Work from the next page boundary: a partial page below it is never given back. */
    char *a = (char *)(((uintptr_t)b0 + PAGE - 1) & ~(uintptr_t)(PAGE - 1));
    char *b1 = (char *)syscall(SYS_brk, a + 3 * PAGE);
    TRUE("brk_grow", b1 == a + 3 * PAGE);
    a[0] = 'b';
    a[3 * PAGE - 1] = 'c';
    TRUE("brk_grow_usable", a[0] == 'b' && a[3 * PAGE - 1] == 'c');
    char *b2 = (char *)syscall(SYS_brk, a);
    TRUE("brk_shrink", b2 == a);
    char *b3 = (char *)syscall(SYS_brk, a + PAGE);
    TRUE("brk_regrow_zero", b3 == a + PAGE && all_zero(a, PAGE));
    char *b4 = (char *)syscall(SYS_brk, (char *)16);
    TRUE("brk_below_start_unchanged", b4 == b3);
    syscall(SYS_brk, b0);
}

int main(void) {
    struct sigaction sa = {0};
    sa.sa_handler = on_segv;
    sa.sa_flags = SA_NODEFER;
    sigaction(SIGSEGV, &sa, NULL);
    anonymous();
    file_backed();
    remap();
    protections();
    program_break();
    CONFORM_END();
}
