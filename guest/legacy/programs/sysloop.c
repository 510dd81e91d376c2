/* System call round trips for the benchmarks: `sysloop host N` makes N getppid calls (served by the
 * host), `sysloop guest N` N getpid calls (answered inside the guest). */
#include <stdlib.h>
#include <string.h>
#include <sys/syscall.h>
#include <unistd.h>

int main(int argc, char **argv) {
    if (argc < 3) return 2;
    long nr = strcmp(argv[1], "host") == 0 ? SYS_getppid : SYS_getpid;
    long n = atol(argv[2]);
    for (long i = 0; i < n; i++) syscall(nr);
    return 0;
}
