// multipie-build: -mexec-model=reactor -Wl,-z,stack-size=65536
// shout: a zero-copy HTTP handler written in C. The gateway asks http_alloc for room, writes the
// request head and body straight into this domain's memory, calls http_handle, and reads the
// response where the returned (pointer << 32 | length) says. A fresh domain serves every request,
// so nothing is ever freed.
#include <ctype.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

__attribute__((export_name("http_alloc"))) int32_t http_alloc(int32_t len) {
    return (int32_t)(uintptr_t)malloc((size_t)len);
}

__attribute__((export_name("http_handle"))) int64_t http_handle(const char *req, int32_t head_len, int32_t body_len) {
    static const char header[] = "Content-Type: text/plain; charset=utf-8\r\n\r\n";
    static const char empty[] = "POST some text to /shout and it comes back in capitals.\n";
    const char *body = req + head_len;
    size_t n = body_len ? (size_t)body_len : sizeof empty - 1;
    char *out = malloc(sizeof header - 1 + n + 1);
    if (!out) return 0;
    memcpy(out, header, sizeof header - 1);
    char *p = out + sizeof header - 1;
    for (size_t i = 0; i < n; i++) p[i] = (char)toupper((unsigned char)(body_len ? body[i] : empty[i]));
    p[n] = '\n';
    return ((int64_t)(uintptr_t)out << 32) | (int64_t)(sizeof header - 1 + n + (body_len ? 1 : 0));
}
