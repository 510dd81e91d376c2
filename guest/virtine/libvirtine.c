/* libvirtine.c: hypercall wrappers and a small freestanding libc subset for virtines.
 *
 * Each vt_* wrapper is its own symbol so that `multipie build` can read an image's
 * allow-list off the object's undefined symbols (see
 * multipie/domains/virtine/build.py, SYMBOL_HCALLS). */
#define VIRTINE_LIBC 1 /* the definitions below, not virtine.h's builtin macros */
#include "virtine.h"

typedef __builtin_va_list va_list;
#define va_start(ap, last) __builtin_va_start(ap, last)
#define va_arg(ap, type) __builtin_va_arg(ap, type)
#define va_end(ap) __builtin_va_end(ap)

long vt_write(int fd, const void *buf, size_t len) { return __vt_hcall(HCALL_WRITE, fd, (long)buf, (long)len); }
long vt_log(const char *buf, size_t len) { return __vt_hcall(HCALL_LOG, (long)buf, (long)len, 0); }
long vt_input(void *buf, size_t len) { return __vt_hcall(HCALL_INPUT, (long)buf, (long)len, 0); }
long vt_output(const void *buf, size_t len) { return __vt_hcall(HCALL_OUTPUT, (long)buf, (long)len, 0); }
uint64_t vt_time_ns(void) { return (uint64_t)__vt_hcall(HCALL_TIME, 0, 0, 0); }
long vt_open(const char *path, int flags) { return __vt_hcall(HCALL_OPEN, (long)path, flags, 0); }
long vt_read(int fd, void *buf, size_t len) { return __vt_hcall(HCALL_READ, fd, (long)buf, (long)len); }
long vt_close(int fd) { return __vt_hcall(HCALL_CLOSE, fd, 0, 0); }
long vt_grant(const char *name, unsigned long *size) {
  return __vt_hcall(HCALL_GRANT, (long)name, (long)size, 0);
}

/* The compiler may emit calls to these for struct copies and loops, so they must not be compiled
 * into calls to themselves: -ffreestanding turns off the loop idioms that would (and virtine.h's
 * builtin macros are off here, VIRTINE_LIBC). Constant-size calls in user code never get here (the
 * compiler expands them, see virtine.h); what does is a variable or large size, so each works in
 * 16-byte steps (SSE2 loads and stores of baseline x86-64), as a hosted libc's would. */
typedef unsigned char vt_v16 __attribute__((vector_size(16), aligned(1), may_alias));
typedef uint64_t vt_u64u __attribute__((aligned(1), may_alias));

void *memcpy(void *dst, const void *src, size_t n) {
  unsigned char *d = dst;
  const unsigned char *s = src;
  for (; n >= 64; d += 64, s += 64, n -= 64) {
    vt_v16 a = *(const vt_v16 *)s, b = *(const vt_v16 *)(s + 16);
    vt_v16 c = *(const vt_v16 *)(s + 32), e = *(const vt_v16 *)(s + 48);
    *(vt_v16 *)d = a, *(vt_v16 *)(d + 16) = b, *(vt_v16 *)(d + 32) = c, *(vt_v16 *)(d + 48) = e;
  }
  for (; n >= 16; d += 16, s += 16, n -= 16) *(vt_v16 *)d = *(const vt_v16 *)s;
  for (; n >= 8; d += 8, s += 8, n -= 8) *(vt_u64u *)d = *(const vt_u64u *)s;
  while (n--) *d++ = *s++;
  return dst;
}

void *memmove(void *dst, const void *src, size_t n) {
  unsigned char *d = dst;
  const unsigned char *s = src;
  if (d == s || n == 0) return dst;
  if (d < s || d >= s + n) return memcpy(dst, src, n); /* forwards is safe: each step loads before it stores */
  d += n, s += n; /* overlapping with d above s: copy backwards, a step's load before its store */
  for (; n >= 16; n -= 16) {
    d -= 16, s -= 16;
    *(vt_v16 *)d = *(const vt_v16 *)s;
  }
  while (n--) *--d = *--s;
  return dst;
}

void *memset(void *dst, int c, size_t n) {
  unsigned char *d = dst;
  vt_v16 v = (vt_v16){0} + (unsigned char)c;
  for (; n >= 64; d += 64, n -= 64)
    *(vt_v16 *)d = v, *(vt_v16 *)(d + 16) = v, *(vt_v16 *)(d + 32) = v, *(vt_v16 *)(d + 48) = v;
  for (; n >= 16; d += 16, n -= 16) *(vt_v16 *)d = v;
  volatile unsigned char *t = d; /* the tail: never a call to memset */
  while (n--) *t++ = (unsigned char)c;
  return dst;
}

/* The first differing byte of two unequal 8-byte words decides: byte-swapped, it is the most significant. */
static int word_order(uint64_t x, uint64_t y) { return __builtin_bswap64(x) < __builtin_bswap64(y) ? -1 : 1; }

int memcmp(const void *a, const void *b, size_t n) {
  const unsigned char *x = a, *y = b;
  for (; n >= 16; x += 16, y += 16, n -= 16) {
    uint64_t x0 = *(const vt_u64u *)x, y0 = *(const vt_u64u *)y;
    uint64_t x1 = *(const vt_u64u *)(x + 8), y1 = *(const vt_u64u *)(y + 8);
    if ((x0 ^ y0) | (x1 ^ y1)) return x0 != y0 ? word_order(x0, y0) : word_order(x1, y1);
  }
  for (; n; n--, x++, y++)
    if (*x != *y) return *x - *y;
  return 0;
}

size_t strlen(const char *s) {
  const char *p = s;
  while (*p) p++;
  return (size_t)(p - s);
}

int strcmp(const char *a, const char *b) {
  while (*a && *a == *b) a++, b++;
  return (unsigned char)*a - (unsigned char)*b;
}

int strncmp(const char *a, const char *b, size_t n) {
  for (; n; n--, a++, b++) {
    if (*a != *b) return (unsigned char)*a - (unsigned char)*b;
    if (!*a) return 0;
  }
  return 0;
}

char *strcpy(char *dst, const char *src) {
  char *d = dst;
  while ((*d++ = *src++)) {
  }
  return dst;
}

char *strchr(const char *s, int c) {
  for (;; s++) {
    if (*s == (char)c) return (char *)s;
    if (!*s) return NULL;
  }
}

/* -- printf: %d %i %u %x %p %s %c %ld %lu %lx %zu %% (width/zero-pad for numbers) -- */

struct out {
  char *buf;
  size_t size, len;
};

static void put(struct out *o, char c) {
  if (o->len + 1 < o->size) o->buf[o->len] = c;
  o->len++;
}

static void put_num(struct out *o, unsigned long v, int base, int neg, int width, char pad) {
  char tmp[24];
  int n = 0;
  do {
    tmp[n++] = "0123456789abcdef"[v % (unsigned)base];
    v /= (unsigned)base;
  } while (v);
  if (neg) tmp[n++] = '-';
  while (width-- > n) put(o, pad);
  while (n) put(o, tmp[--n]);
}

static int vformat(char *buf, size_t size, const char *fmt, va_list ap) {
  struct out o = {buf, size, 0};
  for (; *fmt; fmt++) {
    if (*fmt != '%') {
      put(&o, *fmt);
      continue;
    }
    fmt++;
    char pad = ' ';
    int width = 0, lng = 0;
    if (*fmt == '0') pad = '0', fmt++;
    while (*fmt >= '0' && *fmt <= '9') width = width * 10 + (*fmt++ - '0');
    while (*fmt == 'l' || *fmt == 'z') lng = 1, fmt++;
    switch (*fmt) {
      case 'd':
      case 'i': {
        long v = lng ? va_arg(ap, long) : va_arg(ap, int);
        put_num(&o, v < 0 ? -(unsigned long)v : (unsigned long)v, 10, v < 0, width, pad);
        break;
      }
      case 'u':
        put_num(&o, lng ? va_arg(ap, unsigned long) : va_arg(ap, unsigned), 10, 0, width, pad);
        break;
      case 'x':
        put_num(&o, lng ? va_arg(ap, unsigned long) : va_arg(ap, unsigned), 16, 0, width, pad);
        break;
      case 'p':
        put(&o, '0'), put(&o, 'x');
        put_num(&o, (unsigned long)va_arg(ap, void *), 16, 0, width, pad);
        break;
      case 's': {
        const char *s = va_arg(ap, const char *);
        if (!s) s = "(null)";
        while (*s) put(&o, *s++);
        break;
      }
      case 'c':
        put(&o, (char)va_arg(ap, int));
        break;
      case '%':
        put(&o, '%');
        break;
      case '\0':
        fmt--;
        break;
      default:
        put(&o, '%'), put(&o, *fmt);
    }
  }
  if (size) buf[o.len < size ? o.len : size - 1] = '\0';
  return (int)o.len;
}

int vt_snprintf(char *buf, size_t size, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  int n = vformat(buf, size, fmt, ap);
  va_end(ap);
  return n;
}

int vt_printf(const char *fmt, ...) {
  char buf[512];
  va_list ap;
  va_start(ap, fmt);
  int n = vformat(buf, sizeof buf, fmt, ap);
  va_end(ap);
  vt_write(1, buf, n < (int)sizeof buf ? (size_t)n : sizeof buf - 1);
  return n;
}

int vt_logf(const char *fmt, ...) {
  char buf[512];
  va_list ap;
  va_start(ap, fmt);
  int n = vformat(buf, sizeof buf, fmt, ap);
  va_end(ap);
  vt_log(buf, n < (int)sizeof buf ? (size_t)n : sizeof buf - 1);
  return n;
}
