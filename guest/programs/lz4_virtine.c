/* LZ4 (third_party/lz4, unmodified) as a virtine: lz4_rounds.h's round trips in a fresh VM state per
 * call. A virtine has no libc: LZ4_FREESTANDING takes memcpy/memmove/memset from libvirtine, and the
 * heap is a LIFO arena in .bss (each round frees what it allocated, last first, as lz4_rounds.h
 * does), so every call writes the same fresh pages a malloc'ing program would. The derived
 * allow-list is empty: whatever bytes it compresses, it can only compute and return. */
#include "virtine.h"

#define LZ4_FREESTANDING 1
#define LZ4_memcpy memcpy
#define LZ4_memmove memmove
#define LZ4_memset memset

#define ARENA (4 << 20)
static char arena[ARENA] __attribute__((aligned(64)));
static size_t top;

static void *arena_alloc(size_t n) {
  n = (n + 63) & ~(size_t)63;
  if (n > ARENA - top) return 0;
  void *p = arena + top;
  top += n;
  return p;
}

/* LIFO: freeing a block gives back it and everything allocated after it. */
static void arena_free(void *p) { top = (size_t)((char *)p - arena); }

#define ROUNDS_MALLOC arena_alloc
#define ROUNDS_FREE arena_free
#include "lz4_rounds.h"

VIRTINE long lz4_churn(const char *buf, int n, int rounds) {
  top = 0;
  return (long)lz4_rounds(buf, n, rounds);
}
