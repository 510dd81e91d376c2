/* POSIX threads as programs use them (argv[1] picks the case); every output line is printed by the
 * main thread after the others are joined, so it is the same natively and in a virtine.
 *
 *   create N     N threads each sum a range; joined in order (256 KiB stacks past 16 threads)
 *   prodcons     producer/consumer on a bounded buffer (mutex + two condvars)
 *   spin         four threads increment a counter under a spinlock that never calls the kernel
 *   robust       a robust mutex whose owner thread dies holding it (raw SYS_exit): EOWNERDEAD
 *   tls          __thread variables are per thread
 *   fault        a thread writes through a null pointer: the whole process dies of SIGSEGV
 *   fork         fork from a worker thread: only the calling thread continues in the child
 *   timedwait    pthread_cond_timedwait times out, then is signalled in time
 *   signals      kill() to the process runs the handler in the thread that does not block it;
 *                pthread_kill() picks the thread; SIGCHLD goes to the thread that accepts it
 *   exec PATH    execve from a worker thread while another thread runs: the others die
 *   mainexit     the main thread leaves with pthread_exit; the process ends with the last thread
 *   pingspin N   two threads hand a turn back and forth N times by spinning on it (no system call):
 *                only preemption lets the other one run on a single CPU
 *   hang         two threads spin forever without a system call; main joins them (ends at a timeout)
 *   deadlock     main joins a thread that waits on a condition nobody signals
 *   bench N [K]  N thread create+join round trips (stacks of K KiB, default: the libc's), then N futex
 *                ping-pongs between two threads: ns per operation, as JSON
 */
#define _GNU_SOURCE
#include <errno.h>
#include <pthread.h>
#include <signal.h>
#include <stdatomic.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>
#include <linux/futex.h>

static void check(int err, const char *what) {
    if (err) {
        fprintf(stderr, "%s: %s\n", what, strerror(err));
        exit(2);
    }
}

static long gettid_(void) { return syscall(SYS_gettid); }

/* -- create -------------------------------------------------------------------------------- */

struct range { long lo, hi, sum, tid; };

static void *sum_range(void *arg) {
    struct range *r = arg;
    for (long i = r->lo; i < r->hi; i++) r->sum += i * i % 7;
    r->tid = gettid_();
    return (void *)(r->sum & 0xff);
}

static int do_create(int n) {
    pthread_t *t = calloc(n, sizeof *t);
    struct range *r = calloc(n, sizeof *r);
    long pid = getpid(), total = 0;
    int distinct = 1;
    /* Many threads get small stacks (the default is 8 MiB here, taken from PT_GNU_STACK, and a
     * virtine's memory limit bounds its address space, not only what it touches). */
    pthread_attr_t attr;
    pthread_attr_init(&attr);
    if (n > 16) pthread_attr_setstacksize(&attr, 256 << 10);
    for (int i = 0; i < n; i++) {
        r[i].lo = i * 1000L;
        r[i].hi = r[i].lo + 1000;
        check(pthread_create(&t[i], &attr, sum_range, &r[i]), "pthread_create");
    }
    for (int i = 0; i < n; i++) {
        void *ret;
        check(pthread_join(t[i], &ret), "pthread_join");
        if ((long)ret != (r[i].sum & 0xff)) printf("thread %d returned %ld\n", i, (long)ret);
        total += r[i].sum;
        if (r[i].tid == pid) distinct = 0;
        for (int j = 0; j < i; j++) if (r[j].tid == r[i].tid) distinct = 0;
    }
    printf("%d threads, total %ld, distinct tids %s, main tid == pid %s\n", n, total, distinct ? "yes" : "no",
           gettid_() == pid ? "yes" : "no");
    return 0;
}

/* -- prodcons ------------------------------------------------------------------------------- */

#define SLOTS 8
static pthread_mutex_t mu = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t not_full = PTHREAD_COND_INITIALIZER, not_empty = PTHREAD_COND_INITIALIZER;
static long buf[SLOTS];
static int head, count;

static void *producer(void *arg) {
    long n = (long)arg;
    for (long i = 1; i <= n; i++) {
        pthread_mutex_lock(&mu);
        while (count == SLOTS) pthread_cond_wait(&not_full, &mu);
        buf[(head + count++) % SLOTS] = i;
        pthread_cond_signal(&not_empty);
        pthread_mutex_unlock(&mu);
    }
    return 0;
}

static void *consumer(void *arg) {
    long n = (long)arg, sum = 0;
    for (long i = 0; i < n; i++) {
        pthread_mutex_lock(&mu);
        while (count == 0) pthread_cond_wait(&not_empty, &mu);
        sum += buf[head];
        head = (head + 1) % SLOTS;
        count--;
        pthread_cond_signal(&not_full);
        pthread_mutex_unlock(&mu);
    }
    return (void *)sum;
}

static int do_prodcons(void) {
    pthread_t p[2], c[2];
    long n = 5000;
    for (int i = 0; i < 2; i++) check(pthread_create(&c[i], 0, consumer, (void *)n), "consumer");
    for (int i = 0; i < 2; i++) check(pthread_create(&p[i], 0, producer, (void *)n), "producer");
    long total = 0;
    for (int i = 0; i < 2; i++) pthread_join(p[i], 0);
    for (int i = 0; i < 2; i++) {
        void *s;
        pthread_join(c[i], &s);
        total += (long)s;
    }
    printf("consumed %ld items, sum %ld (expected %ld)\n", 2 * n, total, n * (n + 1));
    return 0;
}

/* -- spin ---------------------------------------------------------------------------------- */

static atomic_int lock;
static long counter;

static void *spinner(void *arg) {
    long n = (long)arg;
    for (long i = 0; i < n; i++) {
        while (atomic_exchange_explicit(&lock, 1, memory_order_acquire)) {
            while (atomic_load_explicit(&lock, memory_order_relaxed)) __builtin_ia32_pause();
        }
        counter++;
        atomic_store_explicit(&lock, 0, memory_order_release);
    }
    return 0;
}

static int do_spin(void) {
    pthread_t t[4];
    long n = 200000;
    for (int i = 0; i < 4; i++) check(pthread_create(&t[i], 0, spinner, (void *)n), "pthread_create");
    for (int i = 0; i < 4; i++) pthread_join(t[i], 0);
    printf("counter %ld (expected %ld)\n", counter, 4 * n);
    return 0;
}

/* -- robust -------------------------------------------------------------------------------- */

static pthread_mutex_t robust;
static atomic_int locked;

static void *die_holding(void *arg) {
    (void)arg;
    pthread_mutex_lock(&robust);
    atomic_store(&locked, 1);
    syscall(SYS_exit, 0); /* no pthread_exit: only the kernel's robust list can release it */
    return 0;
}

static int do_robust(void) {
    pthread_mutexattr_t a;
    pthread_mutexattr_init(&a);
    pthread_mutexattr_setrobust(&a, PTHREAD_MUTEX_ROBUST);
    pthread_mutexattr_setpshared(&a, PTHREAD_PROCESS_SHARED); /* musl registers its robust list only then */
    pthread_mutex_init(&robust, &a);
    pthread_t t;
    pthread_attr_t attr;
    pthread_attr_init(&attr);
    pthread_attr_setdetachstate(&attr, PTHREAD_CREATE_DETACHED);
    check(pthread_create(&t, &attr, die_holding, 0), "pthread_create");
    while (!atomic_load(&locked)) sched_yield();
    int r = pthread_mutex_lock(&robust); /* waits until the owner is gone */
    printf("lock after owner death: %s\n", r == EOWNERDEAD ? "EOWNERDEAD" : strerror(r));
    printf("consistent: %d\n", pthread_mutex_consistent(&robust));
    printf("unlock: %d\n", pthread_mutex_unlock(&robust));
    printf("relock: %d\n", pthread_mutex_lock(&robust));
    return 0;
}

/* -- tls ----------------------------------------------------------------------------------- */

static __thread long tls_value = 42;
static __thread char tls_name[16];

static void *tls_worker(void *arg) {
    long k = (long)arg;
    long before = tls_value;
    tls_value = 1000 + k;
    snprintf(tls_name, sizeof tls_name, "worker-%ld", k);
    sched_yield();
    return (void *)(before * 1000000 + tls_value * 100 + (long)strlen(tls_name));
}

static int do_tls(void) {
    pthread_t t[3];
    tls_value = 7;
    strcpy(tls_name, "main");
    for (long i = 0; i < 3; i++) check(pthread_create(&t[i], 0, tls_worker, (void *)i), "pthread_create");
    for (int i = 0; i < 3; i++) {
        void *r;
        pthread_join(t[i], &r);
        printf("thread %d saw initial %ld, own %ld, name length %ld\n", i, (long)r / 1000000, (long)r / 100 % 10000,
               (long)r % 100);
    }
    printf("main still has %ld and %s\n", tls_value, tls_name);
    return 0;
}

/* -- fault --------------------------------------------------------------------------------- */

static void *crash(void *arg) {
    (void)arg;
    *(volatile int *)16 = 1;
    return 0;
}

static int do_fault(void) {
    pthread_t t;
    printf("before\n");
    fflush(stdout);
    check(pthread_create(&t, 0, crash, 0), "pthread_create");
    pthread_join(t, 0);
    printf("not reached\n");
    return 0;
}

/* -- fork ---------------------------------------------------------------------------------- */

static atomic_int stop_spinning;

static void *busy(void *arg) {
    (void)arg;
    while (!atomic_load(&stop_spinning)) sched_yield();
    return 0;
}

static void *forker(void *arg) {
    (void)arg;
    pid_t child = fork();
    if (child == 0) {
        /* Only this thread exists in the child: creating and joining one still works. */
        pthread_t t;
        struct range r = {0, 100, 0, 0};
        if (pthread_create(&t, 0, sum_range, &r) || pthread_join(t, 0)) _exit(3);
        printf("child: tid == pid %s, sum %ld\n", gettid_() == getpid() ? "yes" : "no", r.sum);
        fflush(stdout);
        _exit(7);
    }
    int st = 0;
    waitpid(child, &st, 0);
    return (void *)(long)(WIFEXITED(st) ? WEXITSTATUS(st) : 100 + WTERMSIG(st));
}

static int do_fork(void) {
    pthread_t spinner_t, f;
    check(pthread_create(&spinner_t, 0, busy, 0), "pthread_create");
    check(pthread_create(&f, 0, forker, 0), "pthread_create");
    void *code;
    pthread_join(f, &code);
    atomic_store(&stop_spinning, 1);
    pthread_join(spinner_t, 0);
    printf("parent: child exited with %ld\n", (long)code);
    return 0;
}

/* -- timedwait ----------------------------------------------------------------------------- */

static pthread_cond_t cv = PTHREAD_COND_INITIALIZER;
static int ready;

static void *late_signal(void *arg) {
    (void)arg;
    struct timespec d = {0, 20 * 1000 * 1000};
    nanosleep(&d, 0);
    pthread_mutex_lock(&mu);
    ready = 1;
    pthread_cond_signal(&cv);
    pthread_mutex_unlock(&mu);
    return 0;
}

static int do_timedwait(void) {
    struct timespec t0, deadline, t1;
    clock_gettime(CLOCK_REALTIME, &t0);
    deadline = t0;
    deadline.tv_nsec += 30 * 1000 * 1000;
    if (deadline.tv_nsec >= 1000000000) deadline.tv_sec++, deadline.tv_nsec -= 1000000000;
    pthread_mutex_lock(&mu);
    int r = pthread_cond_timedwait(&cv, &mu, &deadline);
    clock_gettime(CLOCK_REALTIME, &t1);
    long waited_ms = (t1.tv_sec - t0.tv_sec) * 1000 + (t1.tv_nsec - t0.tv_nsec) / 1000000;
    printf("first wait: %s, waited at least 30 ms: %s\n", r == ETIMEDOUT ? "ETIMEDOUT" : strerror(r),
           waited_ms >= 29 ? "yes" : "no");
    pthread_t t;
    check(pthread_create(&t, 0, late_signal, 0), "pthread_create");
    clock_gettime(CLOCK_REALTIME, &deadline);
    deadline.tv_sec += 10;
    r = 0;
    while (!ready && r == 0) r = pthread_cond_timedwait(&cv, &mu, &deadline);
    pthread_mutex_unlock(&mu);
    pthread_join(t, 0);
    printf("second wait: %s, ready %d\n", r ? strerror(r) : "signalled", ready);
    return 0;
}

/* -- signals ------------------------------------------------------------------------------- */

static volatile long handled_by[65];
static atomic_int worker_ready, worker_done;
static long worker_tid;

static void on_signal(int sig) { handled_by[sig] = gettid_(); }

static void *sig_worker(void *arg) {
    (void)arg;
    worker_tid = gettid_();
    sigset_t none;
    sigemptyset(&none);
    pthread_sigmask(SIG_SETMASK, &none, 0);
    atomic_store(&worker_ready, 1);
    while (!handled_by[SIGUSR1] || !handled_by[SIGCHLD]) pause();
    atomic_store(&worker_done, 1);
    return 0;
}

static int do_signals(void) {
    signal(SIGUSR1, on_signal);
    signal(SIGUSR2, on_signal);
    signal(SIGCHLD, on_signal);
    sigset_t usr2, block;
    sigemptyset(&usr2);
    sigaddset(&usr2, SIGUSR2);
    pthread_sigmask(SIG_BLOCK, &usr2, 0); /* one thread yet: a blocked signal waits for the unblock */
    kill(getpid(), SIGUSR2);
    int before = handled_by[SIGUSR2] != 0;
    pthread_sigmask(SIG_UNBLOCK, &usr2, 0);
    printf("SIGUSR2 sent while blocked ran at the unblock: %s\n", !before && handled_by[SIGUSR2] ? "yes" : "no");
    handled_by[SIGUSR2] = 0;
    sigemptyset(&block);
    sigaddset(&block, SIGUSR1);
    sigaddset(&block, SIGCHLD);
    pthread_sigmask(SIG_BLOCK, &block, 0); /* inherited by the worker, which unblocks them */
    pthread_t t;
    check(pthread_create(&t, 0, sig_worker, 0), "pthread_create");
    while (!atomic_load(&worker_ready)) sched_yield();
    kill(getpid(), SIGUSR1);
    pid_t child = fork();
    if (child == 0) _exit(0);
    pthread_join(t, 0);
    waitpid(child, 0, 0);
    pthread_kill(pthread_self(), SIGUSR2);
    long me = gettid_();
    printf("SIGUSR1 to the process ran in the worker: %s\n", handled_by[SIGUSR1] == worker_tid ? "yes" : "no");
    printf("SIGCHLD ran in the worker: %s\n", handled_by[SIGCHLD] == worker_tid ? "yes" : "no");
    printf("SIGUSR2 by pthread_kill ran in main: %s\n", handled_by[SIGUSR2] == me ? "yes" : "no");
    printf("tgkill to a thread that is gone: %s\n",
           syscall(SYS_tgkill, getpid(), worker_tid, SIGUSR2) == -1 && errno == ESRCH ? "ESRCH" : "delivered");
    return 0;
}

/* -- exec ---------------------------------------------------------------------------------- */

static char **exec_argv;

static void *execer(void *arg) {
    (void)arg;
    execv(exec_argv[0], exec_argv);
    perror("execv");
    _exit(5);
}

static int do_exec(char *path) {
    pthread_t s, e;
    char *argv[] = {path, "from-a-thread", 0};
    exec_argv = argv;
    check(pthread_create(&s, 0, busy, 0), "pthread_create");
    check(pthread_create(&e, 0, execer, 0), "pthread_create");
    pthread_join(e, 0);
    printf("not reached\n");
    return 1;
}

/* -- mainexit ------------------------------------------------------------------------------ */

static void *last_one(void *arg) {
    pthread_t main_thread = *(pthread_t *)arg;
    (void)main_thread;
    struct timespec d = {0, 5 * 1000 * 1000};
    nanosleep(&d, 0);
    printf("worker outlived main\n");
    fflush(stdout);
    return 0;
}

static int do_mainexit(void) {
    static pthread_t self;
    self = pthread_self();
    pthread_t t;
    check(pthread_create(&t, 0, last_one, &self), "pthread_create");
    printf("main leaves\n");
    fflush(stdout);
    pthread_exit(0);
}

/* -- pingspin ------------------------------------------------------------------------------ */

static atomic_int spin_turn;

static void *spin_partner(void *arg) {
    long n = (long)arg;
    for (long i = 0; i < n; i++) {
        while (atomic_load(&spin_turn) != 1) __builtin_ia32_pause();
        atomic_store(&spin_turn, 0);
    }
    return 0;
}

static int do_pingspin(long n) {
    pthread_t t;
    check(pthread_create(&t, 0, spin_partner, (void *)n), "pthread_create");
    for (long i = 0; i < n; i++) {
        atomic_store(&spin_turn, 1);
        while (atomic_load(&spin_turn) != 0) __builtin_ia32_pause();
    }
    pthread_join(t, 0);
    printf("handed the turn over %ld times without a system call\n", 2 * n);
    return 0;
}

/* -- hang, deadlock ------------------------------------------------------------------------ */

static void *forever(void *arg) {
    volatile long *x = arg;
    for (;;) ++*x;
    return 0;
}

static void *never_signalled(void *arg) {
    (void)arg;
    pthread_mutex_lock(&mu);
    for (;;) pthread_cond_wait(&cv, &mu);
    return 0;
}

static int do_hang(int deadlock) {
    static long counters[2];
    pthread_t t[2];
    if (deadlock) {
        check(pthread_create(&t[0], 0, never_signalled, 0), "pthread_create");
        pthread_join(t[0], 0);
        return 1;
    }
    for (int i = 0; i < 2; i++) check(pthread_create(&t[i], 0, forever, &counters[i]), "pthread_create");
    printf("spinning\n");
    for (int i = 0; i < 2; i++) pthread_join(t[i], 0);
    return 1;
}

/* -- bench --------------------------------------------------------------------------------- */

static atomic_int turn;

static void futex_wait(atomic_int *w, int v) { syscall(SYS_futex, w, FUTEX_WAIT_PRIVATE, v, 0, 0, 0); }
static void futex_wake(atomic_int *w) { syscall(SYS_futex, w, FUTEX_WAKE_PRIVATE, 1, 0, 0, 0); }

static void *pong(void *arg) {
    long n = (long)arg;
    for (long i = 0; i < n; i++) {
        while (atomic_load(&turn) != 1) futex_wait(&turn, 0);
        atomic_store(&turn, 0);
        futex_wake(&turn);
    }
    return 0;
}

static void *nothing(void *arg) { return arg; }

static long ns_since(struct timespec *t0) {
    struct timespec t1;
    clock_gettime(CLOCK_MONOTONIC, &t1);
    return (t1.tv_sec - t0->tv_sec) * 1000000000L + (t1.tv_nsec - t0->tv_nsec);
}

static int do_bench(long n, long stack_kib) {
    struct timespec t0;
    pthread_t t;
    pthread_attr_t attr;
    pthread_attr_init(&attr);
    if (stack_kib) pthread_attr_setstacksize(&attr, stack_kib << 10);
    clock_gettime(CLOCK_MONOTONIC, &t0);
    for (long i = 0; i < n; i++) {
        check(pthread_create(&t, &attr, nothing, 0), "pthread_create");
        pthread_join(t, 0);
    }
    long create = ns_since(&t0) / n;
    check(pthread_create(&t, 0, pong, (void *)n), "pthread_create");
    clock_gettime(CLOCK_MONOTONIC, &t0);
    for (long i = 0; i < n; i++) {
        atomic_store(&turn, 1);
        futex_wake(&turn);
        while (atomic_load(&turn) != 0) futex_wait(&turn, 1);
    }
    long pingpong = ns_since(&t0) / n;
    pthread_join(t, 0);
    printf("{\"create_join_ns\": %ld, \"pingpong_ns\": %ld}\n", create, pingpong);
    return 0;
}

int main(int argc, char **argv) {
    const char *how = argc > 1 ? argv[1] : "create";
    setvbuf(stdout, 0, _IOLBF, 0);
    if (!strcmp(how, "create")) return do_create(argc > 2 ? atoi(argv[2]) : 4);
    if (!strcmp(how, "prodcons")) return do_prodcons();
    if (!strcmp(how, "spin")) return do_spin();
    if (!strcmp(how, "robust")) return do_robust();
    if (!strcmp(how, "tls")) return do_tls();
    if (!strcmp(how, "fault")) return do_fault();
    if (!strcmp(how, "fork")) return do_fork();
    if (!strcmp(how, "timedwait")) return do_timedwait();
    if (!strcmp(how, "signals")) return do_signals();
    if (!strcmp(how, "exec") && argc > 2) return do_exec(argv[2]);
    if (!strcmp(how, "mainexit")) return do_mainexit();
    if (!strcmp(how, "pingspin")) return do_pingspin(argc > 2 ? atol(argv[2]) : 10);
    if (!strcmp(how, "hang")) return do_hang(0);
    if (!strcmp(how, "deadlock")) return do_hang(1);
    if (!strcmp(how, "bench")) return do_bench(argc > 2 ? atol(argv[2]) : 1000, argc > 3 ? atol(argv[3]) : 0);
    fprintf(stderr, "usage: threads create N|prodcons|spin|robust|tls|fault|fork|timedwait|signals|exec PATH|"
                    "mainexit|pingspin N|hang|deadlock|bench N [K]\n");
    return 2;
}
