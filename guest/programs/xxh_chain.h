/* The hashing workload shared by xxhash_bench.c (a program) and xxhash_virtine.c (a virtine):
 * XXH3-64 over the same buffer ITERS times, each round seeded with the previous digest, so no
 * round can be skipped or hoisted. xxHash is third_party/xxhash, unmodified. */
#define XXH_INLINE_ALL
#include "xxhash.h"

static unsigned long long xxh_chain_digest(const void *buf, size_t n, int iters) {
  XXH64_hash_t h = 0;
  for (int i = 0; i < iters; i++) h = XXH3_64bits_withSeed(buf, n, h);
  return h;
}
