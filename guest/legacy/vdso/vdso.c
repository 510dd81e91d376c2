/* The legacy kind's vDSO: clock_gettime, gettimeofday and time without a system call.
 *
 * Built as a tiny shared object (no relocations, no data) by the build step and mapped at a fixed
 * address (multipie/domains/legacy/vdso.py); AT_SYSINFO_EHDR points libcs at it, as Linux's own.
 * The host writes, before every run, the guest's TSC at a moment it also read its own clocks, and
 * the TSC frequency as mult/shift (the vvar page). Under PVM every `syscall` traps (~15 us even when
 * the guest stub answers it) and a host-served one costs ~75 us, while `rdtsc` runs natively:
 * python3 alone asks the time ~220 times while it starts. Anything unusual falls back to the real
 * system call.
 */
#include <stdint.h>

struct timespec_ { long tv_sec; long tv_nsec; };
struct timeval_ { long tv_sec; long tv_usec; };

#define VVAR 0x14000UL /* vdso.py: VVAR */
struct vvar { uint64_t ready, tsc0, mono0, real0, mult, shift; };
#define V ((volatile struct vvar *)VVAR)
#define NS 1000000000UL

static inline uint64_t rdtsc(void) {
    uint32_t lo, hi;
    __asm__ volatile("rdtsc" : "=a"(lo), "=d"(hi));
    return ((uint64_t)hi << 32) | lo;
}

static long sys2(long nr, long a, long b) {
    long r;
    __asm__ volatile("syscall" : "=a"(r) : "a"(nr), "D"(a), "S"(b) : "rcx", "r11", "memory");
    return r;
}

/* Nanoseconds since the host's reading (the TSC is constant-rate: `constant_tsc` on these hosts). */
static uint64_t since(void) { return (uint64_t)(((__uint128_t)(rdtsc() - V->tsc0) * V->mult) >> V->shift); }

long __vdso_clock_gettime(long clk, struct timespec_ *ts) {
    /* REALTIME(_COARSE), MONOTONIC(_RAW, _COARSE), BOOTTIME: as the host serves them (clocks.py). */
    int real = clk == 0 || clk == 5, mono = clk == 1 || clk == 4 || clk == 6 || clk == 7;
    if (V->ready != 1 || !(real || mono)) return sys2(228, clk, (long)ts);
    uint64_t ns = (real ? V->real0 : V->mono0) + since();
    ts->tv_sec = (long)(ns / NS);
    ts->tv_nsec = (long)(ns % NS);
    return 0;
}

long __vdso_gettimeofday(struct timeval_ *tv, void *tz) {
    if (V->ready != 1 || tz) return sys2(96, (long)tv, (long)tz);
    if (tv) {
        uint64_t ns = V->real0 + since();
        tv->tv_sec = (long)(ns / NS);
        tv->tv_usec = (long)(ns % NS / 1000);
    }
    return 0;
}

long __vdso_time(long *t) {
    if (V->ready != 1) return sys2(201, (long)t, 0);
    long s = (long)((V->real0 + since()) / NS);
    if (t) *t = s;
    return s;
}

long clock_gettime(long, struct timespec_ *) __attribute__((weak, alias("__vdso_clock_gettime")));
long gettimeofday(struct timeval_ *, void *) __attribute__((weak, alias("__vdso_gettimeofday")));
long time(long *) __attribute__((weak, alias("__vdso_time")));
