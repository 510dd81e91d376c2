/* A dynamically linked glibc program: what a dynamic linker and a libc need from the kernel.
 *
 * Built by the build step with `python -m ziglang cc -target x86_64-linux-gnu` (dynamic, against
 * the system's glibc at run time). It prints only facts that are the same natively and in a
 * virtine (no addresses), so the tests compare its whole output with a native run.
 */
#include <dlfcn.h>
#include <elf.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/auxv.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <sys/time.h>
#include <time.h>
#include <unistd.h>

static __thread int tls_counter = 40;
static __thread char tls_zero[64];

extern void _start(void);

static void check(const char *what, int ok) { printf("%-28s %s\n", what, ok ? "ok" : "FAILED"); }

static void auxv(void) {
    check("AT_ENTRY is _start", getauxval(AT_ENTRY) == (unsigned long)&_start);
    check("AT_BASE set", getauxval(AT_BASE) != 0);
    check("AT_PHDR is a PT_PHDR", ((Elf64_Phdr *)getauxval(AT_PHDR))->p_type == PT_PHDR);
    check("AT_PHENT", getauxval(AT_PHENT) == sizeof(Elf64_Phdr));
    check("AT_PAGESZ", getauxval(AT_PAGESZ) == 4096);
    check("AT_RANDOM", getauxval(AT_RANDOM) != 0);
    check("AT_SECURE", getauxval(AT_SECURE) == 0);
    /* The kernel's figure for this CPU's signal frame (1776 on some hosts, 2048+ with AVX-512):
     * present and plausible, not a fixed size; the test compares it with the native run's. */
    check("AT_MINSIGSTKSZ", getauxval(AT_MINSIGSTKSZ) >= 1024);
    check("AT_EXECFN", getauxval(AT_EXECFN) != 0);
    check("AT_PLATFORM x86_64", strcmp((const char *)getauxval(AT_PLATFORM), "x86_64") == 0);
    check("AT_SYSINFO_EHDR (vDSO)", getauxval(AT_SYSINFO_EHDR) != 0);
}

static void clocks(void) {
    struct timespec a, b, r;
    struct timeval tv;
    int ok = clock_gettime(CLOCK_MONOTONIC, &a) == 0 && clock_gettime(CLOCK_MONOTONIC, &b) == 0;
    ok = ok && (b.tv_sec > a.tv_sec || (b.tv_sec == a.tv_sec && b.tv_nsec >= a.tv_nsec));
    check("CLOCK_MONOTONIC goes forward", ok);
    time_t t = time(NULL);
    check("REALTIME, gettimeofday, time", clock_gettime(CLOCK_REALTIME, &r) == 0 && gettimeofday(&tv, NULL) == 0 &&
                                              r.tv_sec - t <= 1 && tv.tv_sec - t <= 1 && t > 1700000000);
    check("CLOCK_PROCESS_CPUTIME_ID", clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &r) == 0);
}

static void tls(void) {
    tls_counter += 2;
    int zero = 1;
    for (unsigned i = 0; i < sizeof tls_zero; i++) zero &= tls_zero[i] == 0;
    check("TLS initialised", tls_counter == 42 && zero);
}

static void mappings(const char *path) {
    int fd = open(path, O_RDONLY | O_CLOEXEC);
    struct stat st;
    if (fd < 0 || fstat(fd, &st) != 0) { puts("open FAILED"); return; }
    char head[64];
    check("pread", pread(fd, head, sizeof head, 0) == (ssize_t)sizeof head);
    unsigned char *priv = mmap(NULL, 3 * 4096, PROT_READ | PROT_WRITE, MAP_PRIVATE, fd, 0);
    check("mmap private file", priv != MAP_FAILED && memcmp(priv, head, sizeof head) == 0);
    priv[0] ^= 0xff; /* a private copy: the file does not change */
    char again[4];
    check("private write stays private", pread(fd, again, 4, 0) == 4 && again[0] == head[0]);
    unsigned char *shared = mmap(NULL, 4096, PROT_READ, MAP_SHARED, fd, 4096);
    char page1[16];
    check("mmap shared read-only, offset", shared != MAP_FAILED && pread(fd, page1, 16, 4096) == 16 &&
                                               memcmp(shared, page1, 16) == 0);
    unsigned char *fixed = mmap(priv + 4096, 4096, PROT_READ, MAP_PRIVATE | MAP_FIXED, fd, 8192);
    char page2[16];
    check("MAP_FIXED over a mapping", fixed == priv + 4096 && pread(fd, page2, 16, 8192) == 16 &&
                                          memcmp(fixed, page2, 16) == 0);
    check("unaligned offset EINVAL", mmap(NULL, 4096, PROT_READ, MAP_PRIVATE, fd, 100) == MAP_FAILED && errno == EINVAL);
    check("shared writable refused", mmap(NULL, 4096, PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0) == MAP_FAILED);
    unsigned char *tail = mmap(NULL, 8192, PROT_READ, MAP_PRIVATE, fd, (st.st_size - 1) & ~4095L);
    size_t in_page = (size_t)(st.st_size - ((st.st_size - 1) & ~4095L));
    int zeros = 1;
    for (size_t i = in_page; i < 4096; i++) zeros &= tail[i] == 0;
    check("past EOF reads zero", tail != MAP_FAILED && zeros);
    check("mprotect", mprotect(priv, 4096, PROT_READ) == 0);
    check("munmap", munmap(priv, 3 * 4096) == 0 && munmap(shared, 4096) == 0 && munmap(tail, 8192) == 0);
    close(fd);
}

static void libraries(void) {
    void *m = dlopen("libm.so.6", RTLD_NOW);
    double (*cosine)(double) = m ? (double (*)(double))dlsym(m, "cos") : NULL;
    check("dlopen libm, cos(0) == 1", cosine && cosine(0.0) == 1.0);
    check("dlopen missing fails", dlopen("libdoesnotexist.so.9", RTLD_NOW) == NULL);
    char buf[256];
    ssize_t n = readlink("/proc/self/exe", buf, sizeof buf);
    check("readlink /proc/self/exe", n > 0 && buf[0] == '/');
}

int main(int argc, char **argv) {
    printf("dynamic glibc program, argc=%d\n", argc);
    auxv();
    clocks();
    tls();
    mappings(argc > 1 ? argv[1] : "/usr/lib/x86_64-linux-gnu/libc.so.6");
    libraries();
    char *heap = malloc(1 << 20);
    check("malloc 1 MiB", heap != NULL && (memset(heap, 1, 1 << 20), heap[12345] == 1));
    free(heap);
    fflush(stdout);
    fprintf(stderr, "to stderr\n");
    return 3;
}
