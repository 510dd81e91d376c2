/* A function that computes with a working set of its own (512 KiB of .bss), as a heap-using
 * function does: every call writes fresh pages, and no call may see what an earlier one left. */
#ifdef NATIVE
#define VIRTINE
#else
#include "virtine.h"
#endif

#define WORDS 65536
static long work[WORDS];

static void sift(long *a, long start, long end) {
  long root = start;
  while (2 * root + 1 < end) {
    long child = 2 * root + 1;
    if (child + 1 < end && a[child] < a[child + 1]) child++;
    if (a[root] >= a[child]) return;
    long t = a[root]; a[root] = a[child]; a[child] = t;
    root = child;
  }
}

/* Fill n words (at most WORDS) with pseudo-random numbers, heap-sort them, return a checksum. */
VIRTINE long heap_sort(long n, long seed) {
  if (n > WORDS) n = WORDS;
  unsigned long x = (unsigned long)seed * 2654435761UL + 88172645463325252UL;
  for (long i = 0; i < n; i++) {
    x ^= x << 13; x ^= x >> 7; x ^= x << 17;
    work[i] = (long)(x % 1000003);
  }
  for (long s = n / 2 - 1; s >= 0; s--) sift(work, s, n);
  for (long e = n - 1; e > 0; e--) {
    long t = work[0]; work[0] = work[e]; work[e] = t;
    sift(work, 0, e);
  }
  long sum = 0;
  for (long i = 0; i < n; i++) sum += work[i] * (i & 15);
  return sum;
}

/* Any word of the working set that is not zero (what an earlier call left): index + 1, else 0. */
VIRTINE long heap_leftover(void) {
  for (long i = 0; i < WORDS; i++)
    if (work[i]) return i + 1;
  return 0;
}

/* Write one word in each of the first `pages` pages of the working set (at most 128): the cost of a
 * call is then mostly what first writes to pages cost. */
VIRTINE long heap_touch(long pages) {
  if (pages > (long)(sizeof work / 4096)) pages = sizeof work / 4096;
  for (long p = 0; p < pages; p++) work[p * 512] = p + 1;
  return pages;
}

/* A wider working set (2 MiB, 512 pages): more pages than a call used to keep writable (256), as a
 * function working through a few MiB of heap writes. */
#define WIDE_PAGES 512
static char wide[WIDE_PAGES * 4096] __attribute__((aligned(4096)));

/* Write `value` into one byte of each of the first `pages` pages of the wide set (at most 512). */
VIRTINE long wide_touch(long pages, long value) {
  if (pages > WIDE_PAGES) pages = WIDE_PAGES;
  for (long p = 0; p < pages; p++) wide[p * 4096 + (p & 4095)] = (char)(value + p);
  return pages;
}

/* The first page of the wide set holding anything but zeros (what an earlier call left): index + 1, else 0. */
VIRTINE long wide_leftover(void) {
  for (long i = 0; i < WIDE_PAGES * 4096; i++)
    if (wide[i]) return i / 4096 + 1;
  return 0;
}
