/* The attack campaign's static program (fuzz/attacks.py): random system calls with garbage arguments.
 * usage: rsys SEED N [mode]   mode: rand (default) | fork | mmap | brk | sig | pause | check
 * `check` is the healthy run that must follow every attack: it prints the sum 1..N and exits 42. */
#include <stdio.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
static long sc6(long n, long a, long b, long c, long d, long e, long f) {
  register long r10 __asm__("r10") = d; register long r8 __asm__("r8") = e; register long r9 __asm__("r9") = f;
  long ret;
  __asm__ volatile("syscall" : "=a"(ret) : "a"(n), "D"(a), "S"(b), "d"(c), "r"(r10), "r"(r8), "r"(r9) : "rcx", "r11", "memory");
  return ret;
}
static uint64_t st;
static uint64_t rnd(void) { st ^= st << 13; st ^= st >> 7; st ^= st << 17; return st; }
static char heapish[8192];
static long arg(long *stackp) {
  switch (rnd() % 20) {
  case 0: return 0; case 1: return 1; case 2: return -1; case 3: return (long)(rnd() % 64);
  case 4: return 0x1000; case 5: return 0xB000; case 6: return 0xC000; case 7: return 0xD000;
  case 8: return 0x400000; case 9: return (long)stackp; case 10: return (long)heapish;
  case 11: return 1L << 47; case 12: return (long)rnd(); case 13: return (1L << 47) - 8;
  case 14: return 0x7fffffffffffffffL; case 15: return (long)(rnd() % 4096);
  case 16: return (long)heapish + 8190; case 17: return 0x10000; case 18: return -4096;
  default: return (long)(rnd() & 0xffffffff);
  }
}
int main(int argc, char **argv) {
  if (argc < 3) return 2;
  st = strtoull(argv[1], 0, 10) * 2654435761u + 1;
  long n = atol(argv[2]);
  const char *mode = argc > 3 ? argv[3] : "rand";
  long local[64];
  if (!strcmp(mode, "fork")) { for (;;) sc6(57, 0, 0, 0, 0, 0, 0); }
  if (!strcmp(mode, "mmap")) { long t = 0; for (long i = 0; i < n; i++) { long p = sc6(9, 0, 1L << 24, 3, 0x22, -1, 0); if (p > 0) { t++; ((char *)p)[0] = 1; ((char *)p)[(1 << 24) - 1] = 1; } } return (int)(t & 0x7f); }
  if (!strcmp(mode, "brk")) { long b = sc6(12, 0, 0, 0, 0, 0, 0); for (long i = 0; i < n; i++) { long nb = sc6(12, b + (1L << 24), 0, 0, 0, 0, 0); if (nb == b) break; for (long q = b; q < nb; q += 4096) *(char *)q = 1; b = nb; } return 0; }
  if (!strcmp(mode, "check")) { long s = 0; for (long i = 1; i <= n; i++) s += i; printf("%ld\n", s); return 42; }
  if (!strcmp(mode, "pause")) { sc6(34, 0, 0, 0, 0, 0, 0); return 4; }
  if (!strcmp(mode, "in")) { unsigned char v; __asm__ volatile("inb %%dx, %%al" : "=a"(v) : "d"(0xE2)); return v; }
  if (!strcmp(mode, "sig")) { /* rt_sigreturn with a garbage frame */ sc6(15, 0, 0, 0, 0, 0, 0); return 3; }
  for (long i = 0; i < n; i++) {
    long nr;
    uint64_t r = rnd() % 100;
    if (r < 85) nr = (long)(rnd() % 460);
    else if (r < 90) nr = (long)rnd();
    else nr = (long)(512 + rnd() % 600);  /* x32 and beyond */
    if (nr == 60 || nr == 231 || nr == 56 || nr == 57 || nr == 58 || nr == 435) continue;  /* exits, forks */
    sc6(nr, arg(local), arg(local), arg(local), arg(local), arg(local), arg(local));
  }
  return 0;
}
