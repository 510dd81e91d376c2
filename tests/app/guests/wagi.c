// Test guest for the WAGI ABI (CGI over WASI): a plain C program, no multiPIE-specific code.
// It echoes its CGI environment and stdin; ?exit makes it exit 3, ?trap traps, ?file reads a preopened file,
// ?flood writes 80 MiB, ?write tries to create a file in the mapped directory.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char *env(const char *name) {
    const char *v = getenv(name);
    return v ? v : "";
}

int main(void) {
    const char *query = env("QUERY_STRING");
    if (strcmp(query, "exit") == 0) {
        fprintf(stderr, "asked to fail\n");
        return 3;
    }
    if (strcmp(query, "trap") == 0) {
        __builtin_trap();
    }
    if (strcmp(query, "flood") == 0) {  // 80 MiB of output: more than any response may be
        static char chunk[65536];
        memset(chunk, 'f', sizeof chunk);
        printf("Content-Type: text/plain\n\n");
        for (int i = 0; i < 1280; i++) fwrite(chunk, 1, sizeof chunk, stdout);
        return 0;
    }
    printf("Content-Type: text/plain\n");
    if (strcmp(query, "created") == 0) {
        printf("Status: 201 Created\n");
    }
    printf("\n");
    printf("method=%s\npath_info=%s\nscript=%s\nquery=%s\nrequest_id=%s\ngreeting=%s\n", env("REQUEST_METHOD"),
           env("PATH_INFO"), env("SCRIPT_NAME"), query, env("HTTP_X_REQUEST_ID"), env("GREETING"));
    if (strcmp(query, "write") == 0) {  // the mapped directory is read-only
        FILE *w = fopen("/static/written.txt", "w");
        printf("write=%s\n", w ? "allowed" : "denied");
        if (w) fclose(w);
    }
    if (strcmp(query, "file") == 0) {
        FILE *f = fopen("/static/hello.txt", "r");
        char line[128];
        if (f && fgets(line, sizeof line, f)) {
            printf("file=%s", line);
        } else {
            printf("file=<none>\n");
        }
        if (f) fclose(f);
    }
    printf("body=");
    char buf[4096];
    size_t n;
    while ((n = fread(buf, 1, sizeof buf, stdin)) > 0) {
        fwrite(buf, 1, n, stdout);
    }
    printf("\n");
    return 0;
}
