/* LZ4 (third_party/lz4, unmodified upstream source) compiled into a virtine.
 *
 * LZ4's freestanding mode needs only memcpy/memmove/memset, which libvirtine
 * provides; it keeps its 16 KiB compression state on the stack (no heap). The
 * image's derived allow-list is empty: the library cannot make a single
 * hypercall, so whatever input it is fed, it can only compute and return. */
#include "virtine.h"

#define LZ4_FREESTANDING 1
#define LZ4_memcpy(dst, src, n) memcpy((dst), (src), (n))
#define LZ4_memmove(dst, src, n) memmove((dst), (src), (n))
#define LZ4_memset(p, v, n) memset((p), (v), (n))
#include "lz4.c"

VIRTINE int lz4_compress(const char *src, int n, char *dst, int capacity) {
  return LZ4_compress_default(src, dst, n, capacity);
}

VIRTINE int lz4_decompress(const char *src, int n, char *dst, int capacity) {
  return LZ4_decompress_safe(src, dst, n, capacity);
}

VIRTINE int lz4_bound(int n) { return LZ4_compressBound(n); }
