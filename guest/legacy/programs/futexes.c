/* The futex system call itself, operation by operation: every line it prints is the same natively
 * and in a virtine (waiters are counted until all have arrived, so no output depends on timing). */
#define _GNU_SOURCE
#include <errno.h>
#include <limits.h>
#include <pthread.h>
#include <signal.h>
#include <stdatomic.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>
#include <linux/futex.h>

static long fx(atomic_int *a, int op, int val, const void *t, atomic_int *b, int val3) {
    return syscall(SYS_futex, a, op, val, t, b, val3);
}

static const char *err(long r) {
    if (r >= 0) return "0";
    return errno == EAGAIN ? "EAGAIN" : errno == ETIMEDOUT ? "ETIMEDOUT" : errno == EINVAL ? "EINVAL"
         : errno == EINTR ? "EINTR" : errno == ENOSYS ? "ENOSYS" : strerror(errno);
}

static atomic_int f1, f2, arrived, left, stop, eintr;

static void *wait_f1(void *arg) {
    (void)arg;
    atomic_fetch_add(&arrived, 1);
    while (atomic_load(&f1) == 0) fx(&f1, FUTEX_WAIT_PRIVATE, 0, 0, 0, 0);
    atomic_fetch_add(&left, 1);
    return 0;
}

static void *wait_f2(void *arg) {
    (void)arg;
    atomic_fetch_add(&arrived, 1);
    while (atomic_load(&f2) == 0) fx(&f2, FUTEX_WAIT_PRIVATE, 0, 0, 0, 0);
    atomic_fetch_add(&left, 1);
    return 0;
}

static void *wait_bits(void *arg) {
    (void)arg;
    atomic_fetch_add(&arrived, 1);
    while (atomic_load(&f1) == 0) fx(&f1, FUTEX_WAIT_BITSET_PRIVATE, 0, 0, 0, 0x1);
    atomic_fetch_add(&left, 1);
    return 0;
}

static void on_usr1(int sig) { (void)sig; }

static void *wait_for_signal(void *arg) {
    (void)arg;
    atomic_fetch_add(&arrived, 1);
    while (!atomic_load(&stop)) {
        if (fx(&f2, FUTEX_WAIT_PRIVATE, 0, 0, 0, 0) == -1 && errno == EINTR) {
            atomic_store(&eintr, 1);
            break;
        }
    }
    return 0;
}

static void reset(void) {
    atomic_store(&f1, 0);
    atomic_store(&f2, 0);
    atomic_store(&arrived, 0);
    atomic_store(&left, 0);
}

static void until_arrived(int n) {
    while (atomic_load(&arrived) < n) sched_yield();
}

static void requeue(void) {
    pthread_t t[3];
    reset();
    for (int i = 0; i < 3; i++) pthread_create(&t[i], 0, wait_f1, 0);
    until_arrived(3);
    printf("cmp_requeue with a stale value: %s\n", err(fx(&f1, FUTEX_CMP_REQUEUE_PRIVATE, 0, (void *)3, &f2, 1)));
    long moved = 0;
    while (moved < 3) { /* a waiter not yet asleep is moved by a later call */
        long r = fx(&f1, FUTEX_CMP_REQUEUE_PRIVATE, 0, (void *)3, &f2, 0);
        if (r < 0) { printf("cmp_requeue: %s\n", err(r)); return; }
        moved += r;
        if (moved < 3) sched_yield();
    }
    printf("requeued %ld waiters to the second futex, woken from the first: %ld\n", moved,
           fx(&f1, FUTEX_WAKE_PRIVATE, INT_MAX, 0, 0, 0));
    atomic_store(&f1, 1);
    long woken = 0;
    while (woken < 3) woken += fx(&f2, FUTEX_WAKE_PRIVATE, INT_MAX, 0, 0, 0);
    for (int i = 0; i < 3; i++) pthread_join(t[i], 0);
    printf("woken from the second futex: %ld, threads done: %d\n", woken, atomic_load(&left));

    reset();
    for (int i = 0; i < 2; i++) pthread_create(&t[i], 0, wait_f1, 0);
    until_arrived(2);
    moved = 0;
    while (moved < 2) moved += fx(&f1, FUTEX_REQUEUE_PRIVATE, 0, (void *)INT_MAX, &f2, 0);
    atomic_store(&f1, 1);
    woken = 0;
    while (woken < 2) woken += fx(&f2, FUTEX_WAKE_PRIVATE, 1, 0, 0, 0);
    for (int i = 0; i < 2; i++) pthread_join(t[i], 0);
    printf("plain requeue moved %ld, woken one at a time: %ld\n", moved, woken);
}

static void wake_op(void) {
    pthread_t a, b;
    reset();
    pthread_create(&a, 0, wait_f1, 0);
    pthread_create(&b, 0, wait_f2, 0);
    until_arrived(2);
    /* *f2 = 5; wake one on f1; wake one on f2 if the old *f2 was 0. */
    int op = FUTEX_OP(FUTEX_OP_SET, 5, FUTEX_OP_CMP_EQ, 0);
    atomic_store(&f1, 1);
    fx(&f1, FUTEX_WAKE_OP_PRIVATE, 1, (void *)1, &f2, op);
    while (atomic_load(&left) < 2) fx(&f1, FUTEX_WAKE_PRIVATE, INT_MAX, 0, 0, 0), sched_yield();
    pthread_join(a, 0);
    pthread_join(b, 0);
    printf("wake_op stored %d in the second futex, both waiters done: %s\n", atomic_load(&f2),
           atomic_load(&left) == 2 ? "yes" : "no");
    /* FUTEX_OP_ADD with the shifted-operand flag: 5 + (1 << 3) = 13; old value 5 is not > 5: no second wake. */
    op = FUTEX_OP(FUTEX_OP_ADD | (FUTEX_OP_OPARG_SHIFT << 0), 3, FUTEX_OP_CMP_GT, 5);
    printf("wake_op with nobody waiting: %ld, value now %d\n", fx(&f1, FUTEX_WAKE_OP_PRIVATE, 1, (void *)1, &f2, op),
           atomic_load(&f2));
}

static void bitsets(void) {
    pthread_t t;
    reset();
    pthread_create(&t, 0, wait_bits, 0);
    until_arrived(1);
    printf("wake_bitset with a disjoint mask: %ld\n", fx(&f1, FUTEX_WAKE_BITSET_PRIVATE, 1, 0, 0, 0x2));
    atomic_store(&f1, 1);
    long woken = 0;
    while (atomic_load(&left) < 1) woken += fx(&f1, FUTEX_WAKE_BITSET_PRIVATE, 1, 0, 0, 0x3), sched_yield();
    pthread_join(t, 0);
    printf("wake_bitset with a matching mask: done\n");
    printf("wait_bitset with mask 0: %s\n", err(fx(&f1, FUTEX_WAIT_BITSET_PRIVATE, 1, 0, 0, 0)));
}

static void timeouts(void) {
    atomic_int w = 3;
    struct timespec rel = {0, 20 * 1000 * 1000}, now, t0;
    printf("wait on a changed value: %s\n", err(fx(&w, FUTEX_WAIT_PRIVATE, 4, 0, 0, 0)));
    clock_gettime(CLOCK_MONOTONIC, &t0);
    printf("relative 20 ms: %s\n", err(fx(&w, FUTEX_WAIT_PRIVATE, 3, &rel, 0, 0)));
    clock_gettime(CLOCK_MONOTONIC, &now);
    long ms = (now.tv_sec - t0.tv_sec) * 1000 + (now.tv_nsec - t0.tv_nsec) / 1000000;
    printf("  waited at least 20 ms: %s\n", ms >= 19 ? "yes" : "no");
    struct timespec abs = now;
    abs.tv_nsec += 20 * 1000 * 1000;
    if (abs.tv_nsec >= 1000000000) abs.tv_sec++, abs.tv_nsec -= 1000000000;
    printf("absolute monotonic: %s\n", err(fx(&w, FUTEX_WAIT_BITSET_PRIVATE, 3, &abs, 0, FUTEX_BITSET_MATCH_ANY)));
    clock_gettime(CLOCK_MONOTONIC, &now);
    printf("  reached the deadline: %s\n", now.tv_sec > abs.tv_sec || (now.tv_sec == abs.tv_sec && now.tv_nsec >= abs.tv_nsec - 1000000) ? "yes" : "no");
    clock_gettime(CLOCK_REALTIME, &abs);
    abs.tv_nsec += 20 * 1000 * 1000;
    if (abs.tv_nsec >= 1000000000) abs.tv_sec++, abs.tv_nsec -= 1000000000;
    printf("absolute realtime: %s\n",
           err(fx(&w, FUTEX_WAIT_BITSET_PRIVATE | FUTEX_CLOCK_REALTIME, 3, &abs, 0, FUTEX_BITSET_MATCH_ANY)));
    clock_gettime(CLOCK_MONOTONIC, &abs);
    abs.tv_sec -= 1;
    printf("deadline in the past: %s\n", err(fx(&w, FUTEX_WAIT_BITSET_PRIVATE, 3, &abs, 0, FUTEX_BITSET_MATCH_ANY)));
    struct timespec bad = {0, 1000000000};
    printf("bad timeout: %s\n", err(fx(&w, FUTEX_WAIT_PRIVATE, 3, &bad, 0, 0)));
    printf("unaligned address: %s\n", err(fx((atomic_int *)((char *)&w + 1), FUTEX_WAIT_PRIVATE, 3, &rel, 0, 0)));
    printf("wake with nobody waiting: %s\n", err(fx(&w, FUTEX_WAKE_PRIVATE, 1, 0, 0, 0)));
    printf("unknown operation: %s\n", err(fx(&w, 99, 0, 0, 0, 0)));
}

static void interrupted(void) {
    pthread_t t;
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_usr1; /* no SA_RESTART: a futex wait is never restarted anyway */
    sigaction(SIGUSR1, &sa, 0);
    reset();
    pthread_create(&t, 0, wait_for_signal, 0);
    until_arrived(1);
    struct timespec d = {0, 1000 * 1000};
    while (!atomic_load(&eintr)) {
        pthread_kill(t, SIGUSR1);
        nanosleep(&d, 0);
    }
    atomic_store(&stop, 1);
    pthread_join(t, 0);
    printf("a handled signal ends a futex wait with: EINTR\n");
}

int main(void) {
    setvbuf(stdout, 0, _IOLBF, 0);
    timeouts();
    requeue();
    wake_op();
    bitsets();
    interrupted();
    return 0;
}
