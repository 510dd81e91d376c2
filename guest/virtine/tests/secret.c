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
