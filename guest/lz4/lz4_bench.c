// LZ4 (third_party/lz4, unmodified) behind a tiny benchmark API; built to wasm32-wasi and natively.
#include <stdint.h>
#include <string.h>
#include "../../third_party/lz4/lz4.c"

#define CAP (1 << 20)
static char src[CAP], packed[LZ4_COMPRESSBOUND(CAP)], back[CAP];

// Fill n bytes of deterministic, compressible text-like data.
int lz4b_fill(int n, uint32_t seed) {
    static const char *words[] = {"wasm ", "domain ", "store ", "call ", "trap ", "memory ", "fuel ", "epoch "};
    if (n < 0 || n > CAP) return -1;
    uint32_t x = seed | 1;
    for (int i = 0; i < n;) {
        x ^= x << 13; x ^= x >> 17; x ^= x << 5;
        const char *w = words[x & 7];
        for (; *w && i < n; w++) src[i++] = (x >> 8) % 5 == 0 ? (char)('A' + (x % 26)) : *w;
    }
    return n;
}

// Compress and decompress n bytes `iters` times; the compressed size, or -1 if a round trip differs.
int lz4b_roundtrip(int n, int iters) {
    int c = 0;
    if (n < 0 || n > CAP) return -1;
    for (int k = 0; k < iters; k++) {
        c = LZ4_compress_default(src, packed, n, (int)sizeof packed);
        if (c <= 0) return -1;
        int d = LZ4_decompress_safe(packed, back, c, CAP);
        if (d != n || memcmp(src, back, (size_t)n) != 0) return -1;
    }
    return c;
}
