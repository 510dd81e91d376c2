/* The zero-copy buffer and region grants (multipie/domains/virtine/windows.py). */
#include "virtine.h"

VIRTINE long sum_buf(const unsigned char *buf, long n) {
  unsigned long sum = 0;
  for (long i = 0; i < n; i++) sum = sum * 31 + buf[i];
  return (long)sum;
}

VIRTINE long fill_buf(unsigned char *buf, long n, long v) {
  for (long i = 0; i < n; i++) buf[i] = (unsigned char)(v + i);
  return n;
}

VIRTINE long addr_of(const unsigned char *buf) { return (long)buf; }

VIRTINE long peek(unsigned long addr) { return *(volatile unsigned char *)addr; }

VIRTINE long poke(unsigned long addr, long v) {
  *(volatile unsigned char *)addr = (unsigned char)v;
  return 0;
}

/* Read `addr` until it holds `want` (the host changes it); returns the reads made. */
VIRTINE long wait_for(unsigned long addr, long want) {
  long reads = 1;
  while (*(volatile unsigned char *)addr != (unsigned char)want) reads++;
  return reads;
}

/* vt_grant: the grant's address, or its size when `size` is nonzero; negative errno. */
VIRTINE long grant_info(const char *name, long size) {
  unsigned long n = 0;
  long addr = vt_grant(name, &n);
  if (addr < 0) return addr;
  return size ? (long)n : addr;
}

VIRTINE long grant0(void) { return (long)VIRTINE_GRANT(0); }
