/* Misbehaving on purpose (argv[1] picks how): the runtime must give a typed error and keep going. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <fcntl.h>
#include <sys/prctl.h>
#include <sys/random.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <sys/syscall.h>
#include <unistd.h>

void *volatile sink;

static int depth(int n) {
    volatile char pad[256];
    pad[0] = (char)n;
    return depth(n + 1) + pad[0];
}

int main(int argc, char **argv) {
    const char *how = argc > 1 ? argv[1] : "";
    if (!strcmp(how, "segv")) return *(volatile int *)8;
    if (!strcmp(how, "loop")) for (volatile unsigned long i = 0;; i++) {}
    if (!strcmp(how, "ud")) __builtin_trap();
    if (!strcmp(how, "hlt")) __asm__ volatile("hlt"); /* privileged in ring 3: #GP */
    if (!strcmp(how, "div")) { volatile long zero = 0; return (int)(argc / zero); } /* #DE */
    if (!strcmp(how, "stack")) return depth(0);
    if (!strcmp(how, "abort")) abort();
    if (!strcmp(how, "oom")) {
        void **chain = 0; /* keep every block reachable so the allocations cannot be optimised away */
        for (unsigned long total = 0;; total += 1 << 20) {
            void **p = malloc(1 << 20);
            if (!p) { printf("malloc failed after %lu MiB\n", total >> 20); return 9; }
            memset(p, 1, 1 << 20);
            *p = chain;
            chain = p;
            sink = chain;
        }
    }
    if (!strcmp(how, "socket")) {
        int s = socket(16 /* AF_NETLINK: a family no domain gets */, SOCK_RAW, 0);
        printf("socket=%d errno=%s\n", s, strerror(errno));
        return s < 0 ? 0 : 1;
    }
    if (!strcmp(how, "badptr")) {
        /* Calls the guest answers itself must still say EFAULT for pointers it cannot write. */
        char ok[16];
        long r1 = syscall(SYS_getrandom, (void *)8, 8, 0);
        int e1 = errno;
        long r2 = syscall(SYS_getrandom, ok, sizeof ok, 0);
        long r3 = syscall(SYS_prlimit64, 0, RLIMIT_STACK, 0, (void *)16);
        int e3 = errno;
        struct rlimit rl;
        long r4 = syscall(SYS_prlimit64, 0, RLIMIT_NOFILE, 0, &rl);
        int fd = open(argc > 2 ? argv[2] : "/etc/passwd", O_RDONLY);
        char b[4];
        long r5 = read(fd, b, 1);             /* fills the read cache */
        long r6 = read(fd, (void *)24, 2);    /* from the cache, into a bad pointer */
        int e6 = errno;
        long r7 = read(fd, b, 1);
        printf("getrandom bad=%ld %s ok=%ld prlimit bad=%ld %s nofile=%ld %lu/%lu read=%ld bad=%ld %s next=%ld\n",
               r1, strerror(e1), r2, r3, strerror(e3), r4, (unsigned long)rl.rlim_cur, (unsigned long)rl.rlim_max,
               r5, r6, strerror(e6), r7);
        return 0;
    }
    if (!strcmp(how, "names")) {
        /* readlink("/proc/self/exe") and prctl(PR_GET_NAME): answered inside the guest. */
        char exe[256] = {0}, small[8] = {0}, name[17] = {0}, name2[17] = {0};
        long n1 = readlink("/proc/self/exe", exe, sizeof exe - 1);
        long n2 = readlink("/proc/self/exe", small, 4);
        long n3 = readlink("/proc/self/exe", (char *)32, 16);
        int e3 = errno;
        long n4 = readlink("/proc/self/ex", exe + 128, 16);
        int e4 = errno;
        prctl(PR_GET_NAME, name);
        prctl(PR_SET_NAME, "renamed-with-a-long-name");
        prctl(PR_GET_NAME, name2);
        printf("exe=%ld:%s small=%ld:%s bad=%ld %s other=%ld %s name=%s then=%s\n", n1, exe, n2, small, n3,
               strerror(e3), n4, strerror(e4), name, name2);
        return 0;
    }
    if (!strcmp(how, "wbuf")) {
        /* Writes to captured output are buffered in the guest (entry.S): the order must hold across
         * fds, refused and oversized writes, and a fault or timeout right after; no byte of an earlier
         * run's buffer (in the state page at 0xC400, readable by the program) may be left over. */
        int stale = 0;
        for (int i = 0x400; i < 0x1000; i++) stale += ((volatile char *)0xC000)[i] != 0;
        write(1, "secret-bytes-", 13);
        long bad = write(1, (void *)8, 4);
        int e = errno;
        write(2, "E", 1);
        write(1, "O", 1);
        static char big[5000];
        memset(big, 'x', sizeof big);
        long nb = write(1, big, sizeof big);
        dprintf(1, " stale=%d bad=%ld %s big=%ld\n", stale, bad, strerror(e), nb);
        write(1, "last\n", 5);
        if (argc > 2 && !strcmp(argv[2], "crash")) return *(volatile int *)8;
        if (argc > 2 && !strcmp(argv[2], "loop")) for (volatile unsigned long i = 0;; i++) {}
        return 0;
    }
    puts("usage: faults segv|loop|ud|hlt|div|stack|abort|oom|socket|badptr|names|wbuf");
    return 2;
}
