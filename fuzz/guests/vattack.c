/* The attack campaign's hostile virtine (fuzz/attacks.py): every entry tries to escape or confuse the host.
 * After each attack, a fresh domain of this service must still compute fib and start its counter at 1. */
#include "virtine.h"

/* Keep WRITE, LOG, INPUT, OUTPUT, OPEN, READ in the allow-list (but not TIME, GRANT). */
VIRTINE long uses(long which) {
  char b[8];
  if (which == 1) return vt_write(1, "x", 1);
  if (which == 2) return vt_log("x", 1);
  if (which == 3) return vt_input(b, 8);
  if (which == 4) return vt_output(b, 1);
  if (which == 5) return vt_open("/nope", 0);
  if (which == 6) return vt_read(3, b, 8);
  return 0;
}

VIRTINE long raw_hcall(long nr, long a, long b, long c) { return __vt_hcall(nr, a, b, c); }

VIRTINE long peek(long addr) { return *(volatile long *)addr; }
VIRTINE long poke(long addr, long v) { *(volatile long *)addr = v; return 0; }
VIRTINE long jump(long addr) { return ((long (*)(void))addr)(); }

VIRTINE long priv(long which) {
  switch (which) {
  case 0: __asm__ volatile("cli"); break;
  case 1: __asm__ volatile("sti"); break;
  case 2: __asm__ volatile("hlt"); break;
  case 3: __asm__ volatile("wrmsr" :: "c"(0xC0000082), "a"(0), "d"(0)); break;  /* LSTAR */
  case 4: { unsigned long v = 0x2000; __asm__ volatile("mov %0, %%cr3" :: "r"(v)); } break;
  case 5: { unsigned long v; __asm__ volatile("mov %%cr0, %0" : "=r"(v)); return (long)v; }
  case 6: { unsigned lo, hi; __asm__ volatile("rdmsr" : "=a"(lo), "=d"(hi) : "c"(0xC0000080)); return lo; }
  case 7: { struct { unsigned short l; unsigned long b; } __attribute__((packed)) g = {0xffff, 0}; __asm__ volatile("lgdt %0" :: "m"(g)); } break;
  case 8: __asm__ volatile("invlpg (%0)" :: "r"(0x10000UL)); break;
  case 9: __asm__ volatile("outb %%al, $0x80" :: "a"(0)); break;
  case 10: { unsigned char v; __asm__ volatile("inb $0xE0, %%al" : "=a"(v)); return v; }
  case 11: __asm__ volatile("int3"); break;
  case 12: __asm__ volatile("int $0x80"); break;
  case 13: __asm__ volatile("syscall" ::: "rcx", "r11", "memory"); break;
  case 14: __asm__ volatile("sysenter"); break;
  case 15: __asm__ volatile("vmcall"); break;
  case 16: __asm__ volatile("swapgs"); break;
  case 17: { unsigned long f; __asm__ volatile("pushfq; popq %0" : "=r"(f)); f |= 0x3000; __asm__ volatile("pushq %0; popfq" :: "r"(f)); __asm__ volatile("outb %%al, $0x80" :: "a"(0)); } break;
  case 18: __asm__ volatile("xsetbv" :: "c"(0), "a"(7), "d"(0)); break;
  case 19: { unsigned a, b, c, d; __asm__ volatile("cpuid" : "=a"(a), "=b"(b), "=c"(c), "=d"(d) : "a"(0)); return a; }
  case 20: { unsigned long v = 0; __asm__ volatile("mov %0, %%ss" :: "r"(v)); } break;
  case 21: { unsigned long v = 0; __asm__ volatile("mov %0, %%ds; mov %0, %%es" :: "r"(v)); return 7; }
  case 22: __asm__ volatile("int $0x0e"); break;
  case 23: __asm__ volatile("ltr %%ax" :: "a"(0x28)); break;
  case 24: __asm__ volatile("wbinvd"); break;
  case 25: __asm__ volatile("ud2"); break;
  case 26: { unsigned long v = 0x10000; __asm__ volatile("mov %0, %%rsp; pushq $1; popq %%rax" :: "r"(v) : "rax"); } break;
  case 27: { unsigned long v = 0; __asm__ volatile("mov %0, %%rsp; ud2" :: "r"(v)); } break;
  case 28: __asm__ volatile("vmmcall"); break;
  case 29: __asm__ volatile("rdpmc" :: "c"(0) : "rax", "rdx"); break;
  }
  return 0;
}

/* forge a fault report: the host must bounds-check the frame pointer */
VIRTINE long forge_fault(long vector, long frame) { return __vt_hcall(9, vector, frame, 0); }

/* hypercalls with wild pointers/lengths (all in the allow-list) */
VIRTINE long bad_write(long buf, long len) { return __vt_hcall(HCALL_WRITE, 1, buf, len); }
VIRTINE long bad_output(long buf, long len) { return __vt_hcall(HCALL_OUTPUT, buf, len, 0); }
VIRTINE long bad_input(long buf, long len) { return __vt_hcall(HCALL_INPUT, buf, len, 0); }
VIRTINE long bad_open(long path, long flags) { return __vt_hcall(HCALL_OPEN, path, flags, 0); }
VIRTINE long bad_read(long fd, long buf, long len) { return __vt_hcall(HCALL_READ, fd, buf, len); }
VIRTINE long open_at_end(long memtop) {  /* an unterminated path that runs to the end of memory */
  char *p = (char *)(memtop - 8);
  for (int i = 0; i < 8; i++) p[i] = 'a';
  return __vt_hcall(HCALL_OPEN, (long)p, 0, 0);
}

static long depth(long n) { volatile char pad[512]; pad[0] = (char)n; return depth(n + 1) + pad[0]; }
VIRTINE long recurse(void) { return depth(0); }
VIRTINE long spin(void) { for (;;) __asm__ volatile("" ::: "memory"); return 0; }
VIRTINE long output_flood(long n) { static char buf[4096]; long t = 0; for (long i = 0; i < n; i++) t += vt_output(buf, sizeof buf); return t; }
VIRTINE long write_flood(long n) { static char buf[4096]; long t = 0; for (long i = 0; i < n; i++) t += vt_write(1, buf, sizeof buf); return t; }
VIRTINE long counter(void) { static long c; return ++c; }
VIRTINE long fib(long n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); }
VIRTINE long port_out(long port, long value) {
  __asm__ volatile("outb %%al, %%dx" :: "a"(value), "d"(port));
  return 0;
}
VIRTINE long port_out32(long port, long value) {
  __asm__ volatile("outl %%eax, %%dx" :: "a"(value), "d"(port));
  return 0;
}
VIRTINE long port_in(long port) {
  unsigned char v;
  __asm__ volatile("inb %%dx, %%al" : "=a"(v) : "d"(port));
  return v;
}
VIRTINE long smash(long seed) {  /* scribble over every writable page it can reach, then trap */
  unsigned long x = (unsigned long)seed * 2654435761u + 1;
  for (int i = 0; i < 4096; i++) {
    x ^= x << 13; x ^= x >> 7; x ^= x << 17;
    *(volatile char *)(x % 0x200000) = (char)x;
  }
  return 0;
}
