// A WASI command: echoes its arguments and $GREETING, copies stdin to stdout,
// lists a preopened directory's file if asked, and exits with a chosen code.
// multipie-build: -Wl,-z,stack-size=65536
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int main(int argc, char **argv) {
    const char *greeting = getenv("GREETING");
    printf("hello from wasm%s%s\n", greeting ? ", " : "", greeting ? greeting : "");
    for (int i = 1; i < argc; i++) {
        if (strcmp(argv[i], "--exit") == 0 && i + 1 < argc) return atoi(argv[i + 1]);
        if (strcmp(argv[i], "--cat") == 0 && i + 1 < argc) {
            FILE *f = fopen(argv[++i], "r");
            if (!f) { fprintf(stderr, "cannot open %s\n", argv[i]); return 3; }
            char buf[256]; size_t n;
            while ((n = fread(buf, 1, sizeof buf, f)) > 0) fwrite(buf, 1, n, stdout);
            fclose(f);
            continue;
        }
        if (strcmp(argv[i], "--write") == 0 && i + 2 < argc) {
            FILE *f = fopen(argv[i + 1], "w");
            if (!f) { fprintf(stderr, "cannot create %s\n", argv[i + 1]); return 4; }
            fputs(argv[i + 2], f);
            fclose(f);
            i += 2;
            continue;
        }
        if (strcmp(argv[i], "--stdin") == 0) {
            int c;
            while ((c = getchar()) != EOF) putchar(c);
            continue;
        }
        printf("arg %d: %s\n", i, argv[i]);
    }
    return 0;
}
