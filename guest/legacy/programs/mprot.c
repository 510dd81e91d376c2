/* Page protections as Linux enforces them (argv[1] picks a case, none: all of them; "die": no handler).
 *
 * Each case prints what its SIGSEGV handler saw, addresses relative to the mapping they fall in,
 * so a virtine run and a native run print the same lines.
 */
#include <pthread.h>
#include <setjmp.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <errno.h>
#include <fcntl.h>
#include <sys/mman.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

#define PAGE 4096L

static sigjmp_buf jump;
static volatile uintptr_t base; /* the mapping the case works on: si_addr is printed relative to it */
static volatile int retry_fix;  /* the handler makes the page writable and returns instead of jumping */

static void on_segv(int sig, siginfo_t *si, void *uc) {
    (void)uc;
    printf("  signal %d code %d addr base%+ld\n", sig, si->si_code, (long)((uintptr_t)si->si_addr - base));
    fflush(stdout);
    if (retry_fix) {
        mprotect((void *)((uintptr_t)si->si_addr & ~(PAGE - 1)), PAGE, PROT_READ | PROT_WRITE);
        return; /* the faulting instruction runs again */
    }
    siglongjmp(jump, 1);
}

static void handle(void) {
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_sigaction = on_segv;
    sa.sa_flags = SA_SIGINFO | SA_NODEFER;
    sigaction(SIGSEGV, &sa, NULL);
}

static char *map(int prot) {
    char *p = mmap(NULL, 4 * PAGE, prot, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    base = (uintptr_t)p;
    return p;
}

/* The store and the read both in registers the fault stub must give back: rdi = where, rsi = what. */
static long store(volatile long *where, long what) {
    __asm__ volatile("movq %%rsi, (%%rdi)" : : "D"(where), "S"(what) : "memory");
    return *where;
}

static void try_write(const char *what, volatile char *p) {
    if (sigsetjmp(jump, 1) == 0) {
        *p = 'w';
        printf("  %s: write went through\n", what);
    } else {
        printf("  %s: write faulted\n", what);
    }
}

static void try_read(const char *what, volatile char *p) {
    if (sigsetjmp(jump, 1) == 0) {
        printf("  %s: read %d\n", what, p[0]);
    } else {
        printf("  %s: read faulted\n", what);
    }
}

static void try_call(const char *what, void *code) {
    if (sigsetjmp(jump, 1) == 0) {
        ((void (*)(void))code)();
        printf("  %s: call returned\n", what);
    } else {
        printf("  %s: call faulted\n", what);
    }
}

static void case_readonly(void) {
    char *p = map(PROT_READ | PROT_WRITE);
    p[0] = 'x';
    p[PAGE] = 'y';
    printf("mprotect read-only: %d\n", mprotect(p, PAGE, PROT_READ));
    try_read("read-only page", p);
    try_write("read-only page", p + 5);
    try_write("next page", p + PAGE);
    printf("mprotect back: %d\n", mprotect(p, PAGE, PROT_READ | PROT_WRITE));
    try_write("writable again", p + 5);
    printf("  bytes %c %c %c\n", p[0], p[5], p[PAGE]);
    munmap(p, 4 * PAGE);
}

static void case_none(void) {
    char *p = map(PROT_NONE);
    try_read("PROT_NONE page", p + 100);
    try_write("PROT_NONE page", p + 3 * PAGE);
    printf("mprotect read: %d\n", mprotect(p, 4 * PAGE, PROT_READ));
    try_read("now readable", p + 100);
    munmap(p, 4 * PAGE);
    char *q = map(PROT_READ | PROT_WRITE);
    printf("mprotect none: %d\n", mprotect(q + PAGE, PAGE, PROT_NONE));
    try_read("page before", q);
    try_read("PROT_NONE in the middle", q + PAGE + 8);
    try_write("page after", q + 2 * PAGE);
    munmap(q, 4 * PAGE);
}

static void case_exec(void) {
    static const unsigned char ret[] = {0xC3};
    char *p = map(PROT_READ | PROT_WRITE | PROT_EXEC);
    memcpy(p, ret, 1);
    try_call("PROT_EXEC page", p);
    printf("mprotect no exec: %d\n", mprotect(p, PAGE, PROT_READ | PROT_WRITE));
    try_call("page without PROT_EXEC", p);
    munmap(p, 4 * PAGE);
    char *q = map(PROT_READ | PROT_WRITE);
    memcpy(q + 64, ret, 1);
    try_call("fresh read-write mapping", q + 64);
    printf("mprotect exec: %d\n", mprotect(q, PAGE, PROT_READ | PROT_EXEC));
    try_call("made executable", q + 64);
    munmap(q, 4 * PAGE);
    unsigned char on_stack[16];
    memcpy(on_stack, ret, 1);
    base = (uintptr_t)on_stack;
    try_call("the stack", on_stack);
}

static void case_text(void) {
    base = (uintptr_t)&case_readonly;
    try_write("own code", (volatile char *)&case_readonly);
    static const char rodata[] = "constant";
    base = (uintptr_t)rodata;
    try_write("own read-only data", (volatile char *)rodata);
}

static void case_retry(void) {
    volatile long *p = (volatile long *)map(PROT_READ | PROT_WRITE);
    mprotect((void *)p, PAGE, PROT_READ);
    retry_fix = 1;
    long got = store(p + 3, 0x1234567);
    retry_fix = 0;
    printf("after the handler: %#lx\n", got);
    munmap((void *)p, 4 * PAGE);
}

static void case_fork(void) {
    char *p = map(PROT_READ | PROT_WRITE);
    mprotect(p, PAGE, PROT_READ);
    fflush(stdout);
    pid_t pid = fork();
    if (pid == 0) {
        try_write("child, read-only page", p);
        try_write("child, writable page", p + PAGE);
        fflush(stdout);
        signal(SIGSEGV, SIG_DFL);
        p[1] = 1; /* no handler: dies of SIGSEGV */
        _exit(0);
    }
    int status = 0;
    waitpid(pid, &status, 0);
    printf("child: signaled %d signal %d\n", WIFSIGNALED(status), WIFSIGNALED(status) ? WTERMSIG(status) : 0);
    try_write("parent, read-only page", p);
    munmap(p, 4 * PAGE);
}

static void case_remap(void) {
    char *p = map(PROT_READ | PROT_WRITE);
    mprotect(p, PAGE, PROT_READ);
    munmap(p, 4 * PAGE);
    char *q = map(PROT_READ | PROT_WRITE); /* maybe the same pages: fresh ones are writable */
    try_write("fresh mapping after munmap", q);
    try_write("fresh mapping, last page", q + 3 * PAGE);
    munmap(q, 4 * PAGE);
}

static void *protect_it(void *p) {
    mprotect(p, PAGE, PROT_READ);
    return NULL;
}

static void case_thread(void) {
    char *p = map(PROT_READ | PROT_WRITE);
    pthread_t t;
    try_write("before", p);
    pthread_create(&t, NULL, protect_it, p);
    pthread_join(t, NULL);
    try_write("after another thread's mprotect", p);
    try_write("the page after it", p + PAGE);
    munmap(p, 4 * PAGE);
}

/* The break given back and taken again: fresh zeroed read-write pages, whatever mprotect did before. */
static void case_brk(void) {
    char *b = (char *)(((uintptr_t)syscall(SYS_brk, 0) + PAGE - 1) & ~(uintptr_t)(PAGE - 1));
    base = (uintptr_t)b;
    syscall(SYS_brk, b + 4 * PAGE);
    b[PAGE] = 7;
    mprotect(b, 2 * PAGE, PROT_READ);
    try_write("read-only break page", b);
    syscall(SYS_brk, b);
    syscall(SYS_brk, b + 4 * PAGE);
    try_write("regrown break page", b);
    try_read("regrown, second page", b + PAGE);
    syscall(SYS_brk, b);
}

/* A buffer the program may not read (PROT_NONE) or write (PROT_READ) given to the kernel: EFAULT. */
static void case_efault(void) {
    char *p = map(PROT_READ | PROT_WRITE);
    int fds[2];
    pipe(fds);
    mprotect(p, PAGE, PROT_NONE);
    mprotect(p + PAGE, PAGE, PROT_READ);
    long w = write(fds[1], p, 8);
    printf("  write from a PROT_NONE page: %ld %s\n", w, w < 0 ? strerror(errno) : "");
    write(fds[1], "12345678", 8);
    long r = read(fds[0], p + PAGE, 8);
    printf("  read into a read-only page: %ld %s\n", r, r < 0 ? strerror(errno) : "");
    r = read(fds[0], p, 8);
    printf("  read into a PROT_NONE page: %ld %s\n", r, r < 0 ? strerror(errno) : "");
    r = read(fds[0], p + 2 * PAGE, 8);
    printf("  read into a writable page: %ld %.8s\n", r, p + 2 * PAGE);
    int fd = open("/dev/null", O_RDONLY);
    long o = syscall(SYS_openat, AT_FDCWD, p, O_RDONLY);
    printf("  open of a path in a PROT_NONE page: %ld %s\n", o, o < 0 ? strerror(errno) : "");
    close(fd);
    close(fds[0]);
    close(fds[1]);
    munmap(p, 4 * PAGE);
}

int main(int argc, char **argv) {
    static const struct {
        const char *name;
        void (*run)(void);
    } cases[] = {{"readonly", case_readonly}, {"none", case_none},   {"exec", case_exec}, {"text", case_text},
                 {"retry", case_retry},       {"fork", case_fork},   {"remap", case_remap},
                 {"thread", case_thread}, {"brk", case_brk},  {"efault", case_efault}};
    if (argc > 1 && !strcmp(argv[1], "die")) { /* no handler: the process dies of SIGSEGV */
        char *p = map(PROT_READ | PROT_WRITE);
        mprotect(p, PAGE, PROT_READ);
        p[0] = 1;
        return 0;
    }
    handle();
    setvbuf(stdout, NULL, _IOLBF, 0);
    for (unsigned i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        if (argc > 1 && strcmp(argv[1], cases[i].name)) continue;
        printf("%s\n", cases[i].name);
        cases[i].run();
    }
    return 0;
}
