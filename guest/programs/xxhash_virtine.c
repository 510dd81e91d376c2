/* xxHash (third_party/xxhash, unmodified) as a virtine: the chain of xxh_chain.h in a fresh VM
 * state per call. XXH_NO_STDLIB: no allocator; memcpy/memset/memcmp come from libvirtine. The
 * derived allow-list is empty: whatever bytes it hashes, it can only compute and return. */
#include "virtine.h"

#define XXH_NO_STDLIB
#define XXH_memcpy memcpy
#define XXH_memset memset
#define XXH_memcmp memcmp
#include "xxh_chain.h"

VIRTINE long xxh_chain(const char *buf, int n, int iters) {
  return (long)xxh_chain_digest(buf, (size_t)n, iters);
}
