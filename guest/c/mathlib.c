// A WASI reactor: a library of exports, initialised once per domain.
// multipie-build: -mexec-model=reactor -Wl,-z,stack-size=65536 -Wl,--initial-memory=262144 -Wl,--export=fib -Wl,--export=checksum -Wl,--export=buffer -Wl,--export=init_count -Wl,--export=alloc_mib
#include <stdint.h>
#include <stdlib.h>

static int initialised;
static unsigned char buf[65536];

// Runs once, from _initialize (via a constructor), before any call.
__attribute__((constructor)) static void setup(void) { initialised++; }

int init_count(void) { return initialised; }

int fib(int n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); }

// Address of a 64 KiB buffer the host fills through Domain.memory.
int buffer(void) { return (int)(uintptr_t)buf; }

// Adler-32 of the first n bytes of buffer().
uint32_t checksum(int n) {
    uint32_t a = 1, b = 0;
    if (n < 0 || n > (int)sizeof buf) return 0;
    for (int i = 0; i < n; i++) { a = (a + buf[i]) % 65521; b = (b + a) % 65521; }
    return (b << 16) | a;
}

// Allocate n MiB and touch it; returns 0 when malloc fails (the guest copes).
int alloc_mib(int n) {
    for (int i = 0; i < n; i++) {
        volatile char *p = malloc(1 << 20);
        if (!p) return 0;
        p[0] = 1;
    }
    return 1;
}
