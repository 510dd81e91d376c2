// hello: an ordinary C program served over WAGI (CGI over WASI): the request arrives as environment
// variables and stdin, the response is what it prints. Nothing here is specific to multiPIE.
#include <stdio.h>
#include <stdlib.h>

static const char *env(const char *name) {
    const char *v = getenv(name);
    return v ? v : "";
}

int main(void) {
    printf("Content-Type: text/plain; charset=utf-8\n\n");
    printf("%s from a WAGI guest compiled from C!\n", env("GREETING"));
    printf("You asked for %s%s%s (%s), request id %s.\n", env("X_RAW_PATH_INFO"),
           env("QUERY_STRING")[0] ? "?" : "", env("QUERY_STRING"), env("REQUEST_METHOD"), env("HTTP_X_REQUEST_ID"));
    FILE *f = fopen("/static/motd.txt", "r");
    if (f) {
        char line[256];
        while (fgets(line, sizeof line, f)) fputs(line, stdout);
        fclose(f);
    }
    return 0;
}
