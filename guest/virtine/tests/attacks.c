/* A tenant that tries to leave state behind for the next domain of its service.
 * Each attack returns normally or faults; afterwards a fresh domain must compute as before
 * (tests/virtine/test_isolation.py). `probe` and `divide` are what the victim runs. */
#include "virtine.h"

/* `in` on the virtine port: KVM completes a port read on the next KVM_RUN, so a machine that took
 * one must never run another tenant's call. */
VIRTINE long port_in(void) {
  unsigned char v;
  __asm__ volatile("inb $0xE0, %%al" : "=a"(v));
  return v;
}

VIRTINE long port_in_wide(void) {
  unsigned int v;
  __asm__ volatile("inl $0xE0, %%eax" : "=a"(v));
  return v;
}

/* rep insb into memory: the completion would write guest memory after the reset. */
VIRTINE long port_ins(void) {
  static char buf[64];
  void *p = buf;
  long n = 16;
  __asm__ volatile("rep insb" : "+D"(p), "+c"(n) : "d"(0xE0) : "memory");
  return 0;
}

/* MXCSR (rounding toward zero, flush-to-zero) and the x87 control word, left on a normal return. */
VIRTINE long set_fp_modes(void) {
  unsigned int mx = 0x1f80 | (3u << 13) | (1u << 15);
  unsigned short cw = 0x0c7f; /* round toward zero, single precision */
  __asm__ volatile("ldmxcsr %0" ::"m"(mx));
  __asm__ volatile("fldcw %0" ::"m"(cw));
  return 0;
}

/* Segment registers a ring-3 guest may load: null selectors in DS/ES/FS/GS. */
VIRTINE long null_segments(void) {
  unsigned short z = 0;
  __asm__ volatile("mov %0, %%ds; mov %0, %%es; mov %0, %%fs; mov %0, %%gs" ::"r"(z));
  return 0;
}

/* The same, then a fault: the host restores the special registers after faults. */
VIRTINE long null_segments_then_fault(void) {
  unsigned short z = 0;
  __asm__ volatile("mov %0, %%ds; mov %0, %%es; mov %0, %%fs; mov %0, %%gs; ud2" ::"r"(z));
  return 0;
}

/* Leave the flags a ring-3 guest may set (direction, alignment check) on its way out. */
VIRTINE long set_flags(void) {
  __asm__ volatile("std; pushfq; orq $0x40000, (%%rsp); popfq" ::: "memory", "cc");
  return 0;
}

/* Privileged or disabled state a ring-3 guest must not reach: each is a typed fault. */
VIRTINE long set_fs_base_msr(void) { __asm__ volatile("wrmsr" ::"c"(0xC0000100), "a"(0x1234), "d"(0)); return 0; }
VIRTINE long set_debug_register(void) { __asm__ volatile("mov %0, %%dr7" ::"r"(0x3ffUL)); return 0; }

/* Under PVM ring-3 guest code runs with the host's CR4: FSGSBASE and AVX work. The FS/GS bases and
 * the upper halves of the ymm registers must not carry anything to the next tenant. Encoded as
 * bytes: the image is built without -mfsgsbase/-mavx. */
VIRTINE long set_fs_gs_base(long v) {
  __asm__ volatile(".byte 0xf3, 0x48, 0x0f, 0xae, 0xd0\n\t.byte 0xf3, 0x48, 0x0f, 0xae, 0xd8" ::"a"(v)); /* wr{fs,gs}base */
  return 0;
}
VIRTINE long set_ymm_upper(void) {
  __asm__ volatile(".byte 0xc5, 0xf5, 0x74, 0xc9"); /* vpcmpeqb %ymm1, %ymm1, %ymm1: all ones */
  return 0;
}
VIRTINE long probe_fs_gs_base(void) {
  unsigned long fs, gs;
  __asm__ volatile(".byte 0xf3, 0x48, 0x0f, 0xae, 0xc0" : "=a"(fs)); /* rdfsbase %rax */
  __asm__ volatile(".byte 0xf3, 0x48, 0x0f, 0xae, 0xc8" : "=a"(gs)); /* rdgsbase %rax */
  return (long)(fs ^ (gs << 1));
}
VIRTINE long probe_ymm_upper(void) {
  unsigned long v;
  /* vextracti128 $1, %ymm1, %xmm1; movq %xmm1, %rax */
  __asm__ volatile(".byte 0xc4, 0xe3, 0x7d, 0x39, 0xc9, 0x01\n\tmovq %%xmm1, %0" : "=r"(v)::"xmm1");
  return (long)v;
}

/* What the victim sees: segment selectors, MXCSR and the x87 control word, packed. */
VIRTINE long probe(void) {
  unsigned short ds, es, fs, gs, cw;
  unsigned int mx;
  unsigned long fl;
  __asm__ volatile("mov %%ds, %0; mov %%es, %1; mov %%fs, %2; mov %%gs, %3" : "=r"(ds), "=r"(es), "=r"(fs), "=r"(gs));
  __asm__ volatile("stmxcsr %0; fnstcw %1" : "=m"(mx), "=m"(cw));
  __asm__ volatile("pushfq; popq %0" : "=r"(fl));
  return (long)ds | (long)es << 8 | (long)fs << 16 | (long)gs << 24 | (long)(mx & 0xffff) << 32 |
         (long)(cw & 0xfff) << 48 | (long)((fl >> 10) & 1) << 60 | (long)((fl >> 18) & 1) << 61;
}

/* A float computation the FP modes change: 1/10 rounds differently toward zero and to nearest. */
VIRTINE double divide(double a, double b) { return a / b; }

VIRTINE long fib(long n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); }

/* Output floods for the per-domain output cap. */
VIRTINE long output_flood(long n) {
  static char buf[4096];
  long t = 0;
  for (long i = 0; i < n; i++) t += vt_output(buf, sizeof buf);
  return t;
}

VIRTINE long write_flood(long n) {
  static char buf[4096];
  long t = 0;
  for (long i = 0; i < n; i++) t += vt_write(1, buf, sizeof buf);
  return t;
}
