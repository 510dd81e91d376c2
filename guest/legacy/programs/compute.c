/* Pure computation, no system calls in the loop: `compute N` runs an FNV-1a/xorshift mix N million
 * times and prints the result (the benchmarks compare a virtine run with a native one). */
#include <stdio.h>
#include <stdlib.h>

int main(int argc, char **argv) {
    unsigned long n = argc > 1 ? strtoul(argv[1], 0, 10) : 10;
    unsigned long long h = 1469598103934665603ULL, x = 88172645463325252ULL;
    for (unsigned long i = 0; i < n * 1000000UL; i++) {
        x ^= x << 13; x ^= x >> 7; x ^= x << 17;
        h = (h ^ (x & 0xff)) * 1099511628211ULL;
    }
    printf("%llx\n", h);
    return 0;
}
