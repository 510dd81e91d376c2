/* Conformance: clocks and time (monotonicity, resolution, nanosleep, gettimeofday, time, times). */
#include "conform.h"

#include <sys/syscall.h>
#include <sys/time.h>
#include <sys/times.h>
#include <time.h>
#include <unistd.h>

static long long ns(struct timespec t) { return t.tv_sec * 1000000000LL + t.tv_nsec; }

int main(void) {
    struct timespec a, b, r;
    EQ("clock_realtime", clock_gettime(CLOCK_REALTIME, &a), 0);
    TRUE("realtime_after_2020", a.tv_sec > 1577836800);
    TRUE("realtime_nsec_range", a.tv_nsec >= 0 && a.tv_nsec < 1000000000);
    EQ("clock_monotonic", clock_gettime(CLOCK_MONOTONIC, &a), 0);
    int monotonic = 1;
    for (int i = 0; i < 1000; i++) {
        clock_gettime(CLOCK_MONOTONIC, &b);
        if (ns(b) < ns(a)) monotonic = 0;
        a = b;
    }
    TRUE("monotonic_never_back", monotonic);
    EQ("clock_boottime", clock_gettime(CLOCK_BOOTTIME, &b), 0);
    EQ("clock_monotonic_raw", clock_gettime(CLOCK_MONOTONIC_RAW, &b), 0);
    EQ("clock_process_cputime", clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &b), 0);
    EQ("clock_thread_cputime", clock_gettime(CLOCK_THREAD_CPUTIME_ID, &b), 0);
    EQ("clock_realtime_coarse", clock_gettime(CLOCK_REALTIME_COARSE, &b), 0);
    ERR("clock_gettime_bad_clock", syscall(SYS_clock_gettime, 99, &b), EINVAL);
    EQ("clock_getres", clock_getres(CLOCK_MONOTONIC, &r), 0);
    TRUE("clock_getres_fine", r.tv_sec == 0 && r.tv_nsec > 0 && r.tv_nsec <= 1000000);
    ERR("clock_getres_bad", syscall(SYS_clock_getres, 99, &r), EINVAL);
    clock_gettime(CLOCK_MONOTONIC, &a);
    struct timespec req = {0, 20000000}, rem;
    EQ("nanosleep", nanosleep(&req, &rem), 0);
    clock_gettime(CLOCK_MONOTONIC, &b);
    TRUE("nanosleep_slept", ns(b) - ns(a) >= 20000000);
    struct timespec bad = {0, 1000000000};
    ERR("nanosleep_bad_nsec", nanosleep(&bad, NULL), EINVAL);
    struct timespec neg = {-1, 0};
    ERR("nanosleep_negative", nanosleep(&neg, NULL), EINVAL);
    struct timespec zero = {0, 0};
    EQ("nanosleep_zero", nanosleep(&zero, NULL), 0);
    clock_gettime(CLOCK_MONOTONIC, &a);
    req.tv_nsec = 10000000;
    EQ("clock_nanosleep_rel", clock_nanosleep(CLOCK_MONOTONIC, 0, &req, NULL), 0);
    struct timespec until = a;
    until.tv_nsec += 30000000;
    if (until.tv_nsec >= 1000000000) { until.tv_sec++; until.tv_nsec -= 1000000000; }
    EQ("clock_nanosleep_abs", clock_nanosleep(CLOCK_MONOTONIC, TIMER_ABSTIME, &until, NULL), 0);
    clock_gettime(CLOCK_MONOTONIC, &b);
    TRUE("clock_nanosleep_abs_reached", ns(b) >= ns(until));
    EQ("clock_nanosleep_bad", clock_nanosleep(CLOCK_MONOTONIC, 0, &bad, NULL), EINVAL);
    struct timeval tv;
    EQ("gettimeofday", gettimeofday(&tv, NULL), 0);
    TRUE("gettimeofday_usec_range", tv.tv_usec >= 0 && tv.tv_usec < 1000000);
    clock_gettime(CLOCK_REALTIME, &a);
    TRUE("gettimeofday_agrees", tv.tv_sec <= a.tv_sec && a.tv_sec - tv.tv_sec <= 2);
    time_t t = syscall(SYS_time, NULL);
    TRUE("time_agrees", t >= a.tv_sec - 2 && t <= a.tv_sec + 2);
    struct tms tm;
    TRUE("times", times(&tm) != (clock_t)-1);
    CONFORM_END();
}
