/* libvirtine's memory functions, called with sizes the compiler cannot see (so each is a real call into
 * libvirtine.c), and a constant-size copy, which virtine.h lets the compiler expand inline. */
#include "virtine.h"

VIRTINE long str_memcmp(const char *a, const char *b, long n) {
  int r = memcmp(a, b, (size_t)n);
  return r < 0 ? -1 : r > 0;
}

VIRTINE long str_memcpy(char *buf, long dst, long src, long n) {
  memcpy(buf + dst, buf + src, (size_t)n);
  return 0;
}

VIRTINE long str_memmove(char *buf, long dst, long src, long n) {
  memmove(buf + dst, buf + src, (size_t)n);
  return 0;
}

VIRTINE long str_memset(char *buf, long off, long c, long n) {
  memset(buf + off, (int)c, (size_t)n);
  return 0;
}

/* An unaligned 8-byte load the way portable C writes it. */
VIRTINE long load_word(const char *p) {
  unsigned long w;
  memcpy(&w, p + 1, 8);
  return (long)w;
}
