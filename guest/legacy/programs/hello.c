/* A small static musl program: arguments, environment, stdin, TLS, heap, time, randomness. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/random.h>
#include <time.h>
#include <unistd.h>

static __thread int counter = 40;

int main(int argc, char **argv) {
    printf("hello from a static musl program, argc=%d\n", argc);
    for (int i = 1; i < argc; i++) printf("argv[%d]=%s\n", i, argv[i]);
    const char *who = getenv("WHO");
    printf("WHO=%s\n", who ? who : "(unset)");
    counter += 2;
    printf("tls counter=%d\n", counter);
    size_t n = 3 << 20;
    unsigned char *big = malloc(n);
    if (!big) return 10;
    memset(big, 7, n);
    unsigned long sum = 0;
    for (size_t i = 0; i < n; i += 4096) sum += big[i];
    free(big);
    printf("heap sum=%lu\n", sum);
    struct timespec ts;
    if (clock_gettime(CLOCK_MONOTONIC, &ts) != 0) return 11;
    unsigned char rnd[8];
    if (getrandom(rnd, sizeof rnd, 0) != sizeof rnd) return 12;
    char line[256];
    size_t total = 0;
    while (fgets(line, sizeof line, stdin)) total += strlen(line);
    printf("stdin bytes=%zu\n", total);
    char cwd[256];
    printf("cwd=%s pid>0=%d\n", getcwd(cwd, sizeof cwd) ? cwd : "?", getpid() > 0);
    return argc > 1 && strcmp(argv[1], "fail") == 0 ? 3 : 0;
}
