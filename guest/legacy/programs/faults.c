/* Misbehaving on purpose (argv[1] picks how): the runtime must give a typed error and keep going. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>

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
        int s = socket(AF_INET, SOCK_STREAM, 0);
        printf("socket=%d errno=%s\n", s, strerror(errno));
        return s < 0 ? 0 : 1;
    }
    puts("usage: faults segv|loop|ud|stack|abort|oom|socket");
    return 2;
}
