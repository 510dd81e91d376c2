/* The workload shared by lz4_churn.c (a program) and lz4_virtine.c (a virtine): LZ4 round trips
 * with heap churn. Every round allocates a compression buffer and an output buffer (sizes vary with
 * the round's acceleration), compresses the input, decompresses it, checks it and frees both, as a
 * program calling a compression library per message does. LZ4 is third_party/lz4, unmodified.
 * ROUNDS_MALLOC(n) / ROUNDS_FREE(p) name the allocator (malloc/free in the program). */
#include "lz4.c"

static unsigned long long lz4_rounds(const char *src, int n, int rounds) {
  unsigned long long sum = 0;
  for (int r = 0; r < rounds; r++) {
    int cap = LZ4_compressBound(n);
    char *packed = ROUNDS_MALLOC((size_t)cap);
    char *back = ROUNDS_MALLOC((size_t)n + (size_t)(r % 4) * 4096);
    if (!packed || !back) return 0;
    int len = LZ4_compress_fast(src, packed, n, cap, 1 + r % 4);
    if (len <= 0 || LZ4_decompress_safe(packed, back, len, n) != n || memcmp(src, back, (size_t)n) != 0) return 0;
    /* Not len: LZ4 hashes 4 bytes on 32-bit targets and 5 on 64-bit ones, so compressed sizes differ
     * between wasm32 and x86-64 while every round trip gives the input back. */
    sum = sum * 1000003ULL + (unsigned char)back[(size_t)r * 7919u % (size_t)n] + (unsigned long long)r;
    ROUNDS_FREE(back);
    ROUNDS_FREE(packed);
  }
  return sum;
}
