/* Buffers in and out, floats, the INPUT/OUTPUT and WRITE hypercalls. */
#include "virtine.h"

VIRTINE long checksum(const unsigned char *buf, long n) {
  unsigned long sum = 0;
  for (long i = 0; i < n; i++) sum = sum * 31 + buf[i];
  return (long)sum;
}

VIRTINE long upper(unsigned char *buf, long n) {
  long changed = 0;
  for (long i = 0; i < n; i++)
    if (buf[i] >= 'a' && buf[i] <= 'z') buf[i] -= 32, changed++;
  return changed;
}

VIRTINE double hypot2(double x, double y) { return x * x + y * y; }

VIRTINE int negate(int x) { return -x; }

VIRTINE float halve(float x) { return x / 2; }

VIRTINE long reverse_input(void) {
  unsigned char buf[256];
  long n = vt_input(buf, sizeof buf);
  for (long i = 0; i < n / 2; i++) {
    unsigned char t = buf[i];
    buf[i] = buf[n - 1 - i];
    buf[n - 1 - i] = t;
  }
  vt_output(buf, (size_t)n);
  return n;
}

VIRTINE long greet(long n) { return vt_printf("hello %ld from a virtine\n", n); }
