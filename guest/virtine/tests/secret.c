/* A secret written by one call must not be readable by the next. */
#include "virtine.h"

static volatile long stash = 0;

VIRTINE long put_secret(long secret) {
  volatile long on_stack[64];
  for (int i = 0; i < 64; i++) on_stack[i] = secret;
  stash = secret;
  volatile long *heap = (volatile long *)0x40000; /* above the image: memory the snapshot does not cover */
  heap[0] = secret;
  return on_stack[secret & 63];
}

VIRTINE long read_stash(void) { return stash; }

VIRTINE long read_heap(void) { return *(volatile long *)0x40000; }

/* Look for the secret anywhere in the stack region below where this frame lives. */
VIRTINE long scan_stack(long secret, long top) {
  volatile long probe = 0;
  volatile long *p = (volatile long *)&probe;
  long found = 0;
  for (volatile long *q = p - 4096; q < (volatile long *)top; q++)
    if (q != p && *q == secret) found++;
  return found;
}

/* Leave a secret in the x87/MMX and SSE registers (x87 stack unbalanced on purpose). */
VIRTINE long put_secret_in_registers(long secret) {
  long double x = (long double)secret;
  __asm__ volatile("fldt %0\n\tfldt %0\n\tmovq %1, %%xmm9\n\tmovq %1, %%xmm15" : : "m"(x), "r"(secret) : "xmm9", "xmm15");
  return secret;
}

/* Dump the FPU/SSE register file with fxsave and OR every register byte together:
 * 0 means nothing a previous call left there is readable. */
VIRTINE long peek_registers(void) {
  unsigned char area[512] __attribute__((aligned(16)));
  __asm__ volatile("fxsave %0" : "=m"(area));
  long seen = 0;
  for (int i = 32; i < 160; i++) seen |= area[i];        /* ST0..ST7 / MM0..MM7 */
  for (int i = 160 + 8 * 16; i < 160 + 16 * 16; i++) seen |= area[i]; /* XMM8..XMM15 */
  return seen;
}
