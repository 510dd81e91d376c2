/* Every way a virtine can fault; each becomes a typed multipie.Trap. */
#include "virtine.h"

VIRTINE long null_read(void) { return *(volatile long *)0; }

VIRTINE long write_code(void) {
  *(volatile unsigned char *)VIRTINE_LOAD_ADDR = 0x90;
  return 0;
}

VIRTINE long illegal(void) {
  __builtin_trap();
  return 0;
}

VIRTINE long halt(void) {
  __asm__ volatile("hlt");
  return 0;
}

VIRTINE long divide(long a, long b) { return a / b; }

VIRTINE long spin(void) {
  for (;;) __asm__ volatile("" ::: "memory");
  return 0;
}

static long depth(long n) {
  volatile char pad[256];
  pad[0] = (char)n;
  return depth(n + 1) + pad[0];
}

VIRTINE long recurse(void) { return depth(0); }

VIRTINE long wild_jump(long addr) { return ((long (*)(void))addr)(); }
