// zstd (third_party/zstd) round trip over a file: compress at LEVEL, decompress, verify; ITERS times.
// Usage: zstd_bench LEVEL ITERS FILE  -> prints sizes and a checksum of the compressed frame.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "read_file.h"
#include "zstd.h"  // third_party/zstd, unmodified

int main(int argc, char **argv) {
  if (argc != 4) { fprintf(stderr, "usage: %s LEVEL ITERS FILE\n", argv[0]); return 2; }
  int level = atoi(argv[1]), iters = atoi(argv[2]);
  long n = 0;
  char *src = read_file(argv[3], &n);
  if (!src) return 1;
  size_t cap = ZSTD_compressBound((size_t)n), c = 0;
  unsigned long long sum = 0;
  for (int k = 0; k < iters; k++) {
    char *packed = malloc(cap), *back = malloc((size_t)n + 1);
    if (!packed || !back) { fprintf(stderr, "out of memory\n"); return 1; }
    c = ZSTD_compress(packed, cap, src, (size_t)n, level);
    if (ZSTD_isError(c)) { fprintf(stderr, "compress: %s\n", ZSTD_getErrorName(c)); return 1; }
    size_t d = ZSTD_decompress(back, (size_t)n, packed, c);
    if (ZSTD_isError(d) || d != (size_t)n || memcmp(src, back, (size_t)n) != 0) { fprintf(stderr, "round trip differs\n"); return 1; }
    sum = 0;
    for (size_t i = 0; i < c; i++) sum = sum * 31 + (unsigned char)packed[i];
    free(packed);
    free(back);
  }
  printf("zstd %s level %d: %ld -> %zu bytes, %d round trips ok, checksum %016llx\n", ZSTD_versionString(), level, n, c, iters, sum);
  return 0;
}
