/* A program that tries to leave state behind for the next run of its pooled machine (argv[1] picks
 * how); `probe` prints what a victim sees. tests/legacy/test_isolation.py runs each attack, then
 * `probe`, and compares with a probe before any attack. */
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

void *volatile sink;
volatile double num = 1.0, den = 10.0; /* 0.1 rounds differently toward zero and to nearest */

static void probe(void) {
  unsigned short ds, es, fs, gs, cw;
  unsigned int mx;
  __asm__ volatile("mov %%ds, %0; mov %%es, %1; mov %%fs, %2; mov %%gs, %3" : "=r"(ds), "=r"(es), "=r"(fs), "=r"(gs));
  __asm__ volatile("stmxcsr %0; fnstcw %1" : "=m"(mx), "=m"(cw));
  double q = num / den;
  unsigned long bits;
  memcpy(&bits, &q, sizeof bits);
  unsigned long gsbase, ymm;
  __asm__ volatile(".byte 0xf3, 0x48, 0x0f, 0xae, 0xc8" : "=a"(gsbase)); /* rdgsbase (PVM: host CR4) */
  __asm__ volatile(".byte 0xc4, 0xe3, 0x7d, 0x39, 0xc9, 0x01\n\tmovq %%xmm1, %0" : "=r"(ymm)::"xmm1");
  printf("ds=%x es=%x gs=%x mxcsr=%x cw=%x tenth=%lx gsbase=%lx ymm1hi=%lx\n", ds, es, gs, mx & 0xffff,
         cw & 0xfff, bits, gsbase, ymm);
  (void)fs; /* musl keeps its thread pointer in FS; the base is reset per run, the selector not used */
}

int main(int argc, char **argv) {
  const char *how = argc > 1 ? argv[1] : "probe";
  if (!strcmp(how, "probe")) { probe(); return 0; }
  if (!strcmp(how, "in")) { unsigned char v; __asm__ volatile("inb $0xE2, %%al" : "=a"(v)); return v; }
  if (!strcmp(how, "in3")) { unsigned char v; __asm__ volatile("inb $0xE3, %%al" : "=a"(v)); return v; }
  if (!strcmp(how, "inl")) { unsigned v; __asm__ volatile("inl $0xE2, %%eax" : "=a"(v)); return (int)v; }
  if (!strcmp(how, "ins")) {
    static char buf[64];
    void *p = buf;
    long n = 16;
    __asm__ volatile("rep insb" : "+D"(p), "+c"(n) : "d"(0xE2) : "memory");
    return 1;
  }
  if (!strcmp(how, "fpmodes")) {
    unsigned int mx = 0x1f80 | (3u << 13) | (1u << 15);
    unsigned short cw = 0x0c7f;
    __asm__ volatile("ldmxcsr %0; fldcw %1" ::"m"(mx), "m"(cw));
    return 0;
  }
  if (!strcmp(how, "segs")) {
    unsigned short z = 0;
    __asm__ volatile("mov %0, %%ds; mov %0, %%es; mov %0, %%gs" ::"r"(z));
    return 0;
  }
  if (!strcmp(how, "segs_fault")) {
    unsigned short z = 0;
    __asm__ volatile("mov %0, %%ds; mov %0, %%es; mov %0, %%gs; ud2" ::"r"(z));
    return 0;
  }
  if (!strcmp(how, "forkbomb")) {
    /* fork until refused; each child touches 2 MiB, tells the parent (which waits for that, so the
     * child runs) and waits forever. Prints how many forks succeeded. */
    int n = 0, fds[2];
    if (pipe(fds)) return 4;
    for (;;) {
      pid_t p = fork();
      if (p < 0) break;
      if (p == 0) {
        char *m = malloc(2 << 20);
        if (m) memset(m, 1, 2 << 20);
        sink = m; /* keeps the allocation from being optimised away */
        write(fds[1], "x", 1);
        for (;;) pause();
      }
      char c;
      read(fds[0], &c, 1);
      n++;
    }
    printf("forks=%d errno=%s\n", n, strerror(errno));
    return 0;
  }
  if (!strcmp(how, "msr")) __asm__ volatile("wrmsr" ::"c"(0xC0000100), "a"(0x1234), "d"(0));
  if (!strcmp(how, "dr7")) __asm__ volatile("mov %0, %%dr7" ::"r"(0x3ffUL));
  if (!strcmp(how, "fsgsbase")) /* wrgsbase, wrfsbase, then exit_group without touching TLS */
    __asm__ volatile(".byte 0xf3, 0x48, 0x0f, 0xae, 0xd8\n\t.byte 0xf3, 0x48, 0x0f, 0xae, 0xd0\n\t"
                     "mov $231, %%eax\n\txor %%edi, %%edi\n\tsyscall" ::"a"(0x5EC1000UL));
  if (!strcmp(how, "ymm")) { __asm__ volatile(".byte 0xc5, 0xf5, 0x74, 0xc9"); return 0; } /* ymm1 = ~0 */
  if (!strcmp(how, "pause")) { pause(); return 3; }
  if (!strcmp(how, "sigsuspend")) { sigset_t s; sigemptyset(&s); sigsuspend(&s); return 3; }
  puts("usage: attacks probe|in|in3|inl|ins|fpmodes|segs|segs_fault|msr|dr7|fsgsbase|ymm|forkbomb|pause|sigsuspend");
  return 2;
}
