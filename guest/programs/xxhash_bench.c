// xxHash (third_party/xxhash) over a file: XXH32, XXH64, XXH3-128 once, then the XXH3-64 chain.
// Usage: xxhash_bench ITERS FILE
// The first line names XXH3's code path (XXH_VECTOR, chosen by xxhash.h from the target's macros):
// the one line allowed to differ between targets.
#include <stdio.h>
#include <stdlib.h>
#include "read_file.h"
#include "xxh_chain.h"

static const char *vector_name(void) {
  switch (XXH_VECTOR) {
    case XXH_SCALAR: return "scalar";
    case XXH_SSE2: return "sse2 (128-bit)";
    case XXH_AVX2: return "avx2 (256-bit)";
    case XXH_AVX512: return "avx512 (512-bit)";
#ifdef __wasm_simd128__
    case XXH_NEON: return "wasm simd128 (128-bit, NEON via SIMDe)";
#else
    case XXH_NEON: return "neon (128-bit)";
#endif
    default: return "other";
  }
}

int main(int argc, char **argv) {
  if (argc != 3) { fprintf(stderr, "usage: %s ITERS FILE\n", argv[0]); return 2; }
  int iters = atoi(argv[1]);
  long n = 0;
  char *buf = read_file(argv[2], &n);
  if (!buf) return 1;
  printf("xxh3 vector %s\n", vector_name());
  XXH128_hash_t h128 = XXH3_128bits(buf, (size_t)n);
  printf("xxhash %u, %ld bytes\n", XXH_versionNumber(), n);
  printf("XXH32 %08x\nXXH64 %016llx\nXXH128 %016llx%016llx\n", XXH32(buf, (size_t)n, 0),
         (unsigned long long)XXH64(buf, (size_t)n, 0), (unsigned long long)h128.high64,
         (unsigned long long)h128.low64);
  printf("XXH3 chain x%d %016llx\n", iters, xxh_chain_digest(buf, (size_t)n, iters));
  return 0;
}
