/* multipie._interrupt, unit 2: Ctrl-C for WASI commands compiled without epoch checks.
 *
 * A command run with no timeout is compiled without epoch checks (12-33% faster on real
 * programs, docs/performance.md), so nothing in its code looks at a SIGINT. It is stopped
 * instead by revoking its linear memory: call() registers the run's memories (base address
 * and reservation; commands use a 4 GiB reservation + 2 GiB guard, so memories never move),
 * the SIGINT handler wakes a watcher thread, and the watcher mprotect()s the accessible prefix
 * of each memory PROT_NONE. The guest's next load or store faults.
 *
 * Why that fault is a trap, not a crash (Wasmtime 49/50, crates/wasmtime/src/runtime/vm/
 * sys/unix/signals.rs trap_handler -> traphandlers.rs test_if_trap -> store.rs wasm_fault):
 * - Wasmtime's SIGSEGV handler turns a fault into a trap only when the faulting PC is in
 *   compiled Wasm code *and* at a registered trap site. On an engine with guard pages (the
 *   commands engine: no explicit bounds checks) every linear-memory load and store is a trap
 *   site, because any of them may hit the guard. The fault address must then lie in a memory
 *   of the running Store (wasm_accessible: reservation + guard), else Wasmtime aborts the
 *   process as a code-generation bug: the revoked prefix is inside the reservation. The call
 *   returns a HeapOutOfBounds trap, which call() reports as "interrupted" (the caller raises
 *   KeyboardInterrupt and drops the Store: its memory is unmapped, never used again).
 * - Host code touching the revoked memory (WASI reading an iovec, memory.copy/fill libcalls
 *   running libc memmove, Python reading a memoryview) faults with a PC outside Wasm code:
 *   Wasmtime forwards it to the handler that was installed before its own, and that is
 *   on_fault() below (chain_faults() runs before the process's first Engine, when Wasmtime
 *   installs its handlers; if an engine came first, revocation is reported unavailable and
 *   commands keep epoch checks). on_fault() makes the faulting 64 KiB chunk readable and
 *   writable again, only when it lies inside a revoked prefix (those bytes were accessible
 *   before the revocation: the host bounds-checked the access), and returns: the access is
 *   retried and the host call completes. The watcher revokes again every ROUND_NS until the
 *   run ends, so the guest's own code still meets a revoked page soon after. A system call
 *   given a revoked buffer fails with EFAULT instead (the guest sees an I/O error while
 *   being interrupted). Any other fault goes to the previous handler, as before.
 * - Dense engines (explicit bounds checks) are never revoked: without Spectre guards their
 *   accesses are not trap sites (a revoked page would fault outside any trap site, which
 *   on_fault() would restore forever), and their memories move on growth.
 * - Shared, imported or unexported memories: the run path keeps epoch checks for them
 *   (a shared memory is other threads' too; an unexported one has no address here).
 * - A guest loop that touches no memory (and makes no host calls) never faults: the first
 *   Ctrl-C cannot stop it. After HINT_ROUNDS the watcher says so on stderr, and a second
 *   SIGINT while a revoked run is still going ends the process the way an unhandled SIGINT
 *   does (the default action: killed by SIGINT, exit status 130 in a shell).
 *
 * Only runs on the main thread are registered: Python delivers KeyboardInterrupt there only,
 * and Ctrl-C never stopped guests of other threads (interrupt.c). Locking: the registry and
 * the revocations are under `lock` (never taken in a signal handler); on_fault() reads a run
 * lock-free, counted in its `busy` while it looks, and release() waits for busy to drop to
 * zero after clearing `active`, so no handler touches a memory once its Store may be freed.
 */
#include "revoke.h" /* Python.h first: it defines _GNU_SOURCE (dladdr) */

#include <dlfcn.h>
#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <sched.h>
#include <semaphore.h>
#include <signal.h>
#include <stdint.h>
#include <string.h>
#include <sys/mman.h>
#include <time.h>
#include <unistd.h>

#define RUNS 16                /* nested runs on the main thread that Ctrl-C can stop */
#define MEMS 4                 /* memories per run */
#define CHUNK ((uintptr_t)65536) /* what a host fault makes accessible again (one Wasm page) */
#define ROUND_NS 10000000L     /* 10 ms between revocations of a run still going */
#define HINT_ROUNDS 50         /* 0.5 s: say that a second Ctrl-C ends the process */

typedef void *(*call_fn)(void *ctx, const void *func, void *args, size_t n, void **trap);

typedef struct {
    uintptr_t base; /* first byte of a linear memory (never moves: see the file comment) */
    uintptr_t span; /* its reservation: the accessible prefix lies within */
    uintptr_t end;  /* end of the prefix revoked last; 0 before the first revocation (atomic) */
} region;

typedef struct {
    int active;    /* its call is running (atomic) */
    int signalled; /* a SIGINT arrived while it ran (atomic) */
    int revoked;   /* revoked at least once (atomic) */
    int busy;      /* fault handlers looking at it (atomic) */
    int n;
    region mem[MEMS];
} run_t;

static run_t runs[RUNS];
static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;
static sem_t wake;
static pid_t watcher_pid; /* the process whose watcher thread runs (a fork has none) */
static int chained;       /* 1: on_fault() is Wasmtime's previous handler; -1: it cannot be */
static struct sigaction prev_segv;
static call_fn p_func_call_unchecked;
static void *wasmtime_symbol;
static uint64_t n_revocations, n_restored, n_interrupted; /* counters for tests and stats (atomic) */

void revoke_setup(void *call_unchecked, void *any_wasmtime_symbol) {
    p_func_call_unchecked = (call_fn)call_unchecked;
    wasmtime_symbol = any_wasmtime_symbol;
}

/* ---- the fault handler (below Wasmtime's) ---- */

static void delegate(int sig, siginfo_t *info, void *uctx) {
    struct sigaction p = prev_segv;
    if (p.sa_flags & SA_SIGINFO) {
        if (p.sa_sigaction) p.sa_sigaction(sig, info, uctx);
    } else if (p.sa_handler == SIG_DFL || p.sa_handler == SIG_IGN) {
        sigaction(sig, &p, NULL); /* the retried access then ends the process, as without us */
    } else {
        p.sa_handler(sig);
    }
}

/* True when addr lies in a revoked prefix of a running command's memory; its chunk is then accessible again. */
static int restore(uintptr_t addr) {
    for (int i = 0; i < RUNS; i++) {
        run_t *r = &runs[i];
        if (!__atomic_load_n(&r->active, __ATOMIC_SEQ_CST)) continue;
        __atomic_add_fetch(&r->busy, 1, __ATOMIC_SEQ_CST);
        int hit = 0;
        if (__atomic_load_n(&r->active, __ATOMIC_SEQ_CST)) {
            for (int k = 0; k < r->n && !hit; k++) {
                uintptr_t base = r->mem[k].base, end = __atomic_load_n(&r->mem[k].end, __ATOMIC_ACQUIRE);
                if (end <= base || addr < base || addr >= end) continue;
                uintptr_t lo = base + ((addr - base) & ~(CHUNK - 1));
                uintptr_t hi = lo + CHUNK < end ? lo + CHUNK : end;
                /* SAFETY: [lo, hi) lies in the revoked prefix [base, end) of a memory whose Store is
                 * alive (the run is active and counted busy, so release() has not returned); all of
                 * it was read-write before revoke_run() (Wasmtime's accessible prefix). */
                hit = mprotect((void *)lo, hi - lo, PROT_READ | PROT_WRITE) == 0;
            }
        }
        __atomic_sub_fetch(&r->busy, 1, __ATOMIC_SEQ_CST);
        if (hit) {
            __atomic_add_fetch(&n_restored, 1, __ATOMIC_RELAXED);
            return 1;
        }
    }
    return 0;
}

static void on_fault(int sig, siginfo_t *info, void *uctx) {
    int saved = errno;
    /* si_code > 0: a fault the kernel raised (not kill()); only those have a meaningful si_addr. */
    if (sig == SIGSEGV && info && info->si_code > 0 && restore((uintptr_t)info->si_addr)) {
        errno = saved;
        return;
    }
    errno = saved;
    delegate(sig, info, uctx);
}

/* chain_faults() -> bool: put on_fault() in place before Wasmtime installs its handlers (once). */
PyObject *revoke_chain_faults(PyObject *m, PyObject *unused) {
    (void)m;
    (void)unused;
    if (chained) return PyBool_FromLong(chained > 0);
    struct sigaction cur;
    if (sigaction(SIGSEGV, NULL, &cur) != 0) return PyErr_SetFromErrno(PyExc_OSError);
    void *h = (cur.sa_flags & SA_SIGINFO) ? (void *)cur.sa_sigaction : (void *)cur.sa_handler;
    Dl_info a, b;
    if (h != (void *)SIG_DFL && h != (void *)SIG_IGN && wasmtime_symbol && dladdr(h, &a) &&
        dladdr(wasmtime_symbol, &b) && a.dli_fbase == b.dli_fbase) {
        chained = -1; /* an Engine came first: Wasmtime would forward host faults past us */
        Py_RETURN_FALSE;
    }
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_sigaction = on_fault;
    sa.sa_flags = SA_SIGINFO | SA_ONSTACK | SA_NODEFER; /* as Wasmtime's own */
    sigemptyset(&sa.sa_mask);
    if (sigaction(SIGSEGV, &sa, &prev_segv) != 0) return PyErr_SetFromErrno(PyExc_OSError);
    chained = 1;
    Py_RETURN_TRUE;
}

/* True when the process ignores SIGINT (started in the background by a shell, nohup, CI): no Ctrl-C
 * can reach any run, so a run without epoch checks loses nothing by having no revocation either. */
static int sigint_ignored(void) {
    struct sigaction cur;
    return sigaction(SIGINT, NULL, &cur) == 0 && !(cur.sa_flags & SA_SIGINFO) && cur.sa_handler == SIG_IGN;
}

/* available() -> bool: a guest may run without epoch checks here: Ctrl-C can stop it by revoking its
 * memory, or SIGINT is ignored and nothing will try. */
PyObject *revoke_available(PyObject *m, PyObject *unused) {
    (void)m;
    (void)unused;
    int stoppable = interrupt_installed() || sigint_ignored();
    return PyBool_FromLong(chained > 0 && stoppable && p_func_call_unchecked != NULL);
}

/* ---- the watcher ---- */

static int hexval(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    return -1;
}

/* One /proc/self/maps line: widen *end by a read-write mapping overlapping [base, lim). */
static void maps_line(const char *s, size_t n, uintptr_t base, uintptr_t lim, uintptr_t *end) {
    uintptr_t lo = 0, hi = 0;
    size_t i = 0;
    for (; i < n && hexval(s[i]) >= 0; i++) lo = lo * 16 + (uintptr_t)hexval(s[i]);
    if (i >= n || s[i++] != '-') return;
    for (; i < n && hexval(s[i]) >= 0; i++) hi = hi * 16 + (uintptr_t)hexval(s[i]);
    if (i + 2 >= n || s[i] != ' ' || s[i + 1] != 'r' || s[i + 2] != 'w') return;
    if (hi <= base || lo >= lim) return;
    if (hi > lim) hi = lim;
    if (hi > *end) *end = hi;
}

/* End of the accessible prefix of the memory at [base, base + span) now (0: none).
 * Wasmtime keeps a memory's accessible bytes as a read-write prefix of its reservation and
 * the rest PROT_NONE, so the highest read-write byte inside the reservation ends the prefix. */
static uintptr_t accessible_end(uintptr_t base, uintptr_t span) {
    int fd = open("/proc/self/maps", O_RDONLY | O_CLOEXEC);
    if (fd < 0) return 0;
    char buf[8192];
    size_t have = 0;
    uintptr_t end = 0;
    for (;;) {
        ssize_t got = read(fd, buf + have, sizeof buf - have);
        if (got <= 0) break;
        have += (size_t)got;
        size_t start = 0;
        for (size_t i = 0; i < have; i++) {
            if (buf[i] != '\n') continue;
            maps_line(buf + start, i - start, base, base + span, &end);
            start = i + 1;
        }
        if (start == 0 && have == sizeof buf) start = have; /* a line longer than the buffer: not ours */
        /* SAFETY: moves the unfinished line [start, have) of buf to its front; both inside buf. */
        memmove(buf, buf + start, have - start);
        have -= start;
    }
    close(fd);
    return end;
}

static void revoke_run(run_t *r) {
    for (int k = 0; k < r->n; k++) {
        uintptr_t base = r->mem[k].base, end = accessible_end(base, r->mem[k].span);
        if (end <= base) continue;
        __atomic_store_n(&r->mem[k].end, end, __ATOMIC_RELEASE); /* before: a fault may follow at once */
        /* SAFETY: [base, end) is the accessible prefix of a registered memory whose Store is alive
         * (its run is active, and release() takes `lock`, held here, before the Store can go);
         * faults there become traps in Wasm code or restore() in host code (file comment). */
        if (mprotect((void *)base, end - base, PROT_NONE) == 0) __atomic_add_fetch(&n_revocations, 1, __ATOMIC_RELAXED);
    }
    __atomic_store_n(&r->revoked, 1, __ATOMIC_RELEASE);
}

static const char HINT[] =
    "\nmultipie: the program has not stopped after Ctrl-C (it runs without touching its memory); "
    "press Ctrl-C again to end the process\n";

static void *watch(void *unused) {
    (void)unused;
    for (;;) {
        while (sem_wait(&wake) != 0) {
        }
        for (int round = 0;; round++) {
            int left = 0;
            pthread_mutex_lock(&lock);
            for (int i = 0; i < RUNS; i++) {
                run_t *r = &runs[i];
                if (!__atomic_load_n(&r->active, __ATOMIC_ACQUIRE) || !__atomic_load_n(&r->signalled, __ATOMIC_ACQUIRE))
                    continue;
                revoke_run(r);
                left++;
            }
            pthread_mutex_unlock(&lock);
            if (!left) break;
            if (round == HINT_ROUNDS) {
                ssize_t ignored = write(2, HINT, sizeof HINT - 1);
                (void)ignored;
            }
            struct timespec ts = {0, ROUND_NS};
            nanosleep(&ts, NULL);
        }
    }
    return NULL;
}

/* Start this process's watcher (again after a fork: threads do not survive one). */
static int start_watcher(void) {
    pid_t me = getpid();
    if (watcher_pid == me) return 0;
    if (sem_init(&wake, 0, 0) != 0) return -1;
    sigset_t all, old;
    sigfillset(&all);
    sigdelset(&all, SIGSEGV);
    sigdelset(&all, SIGBUS);
    sigdelset(&all, SIGILL);
    sigdelset(&all, SIGFPE);
    pthread_sigmask(SIG_BLOCK, &all, &old); /* inherited: the watcher takes no signal meant for Python */
    pthread_t t;
    int rc = pthread_create(&t, NULL, watch, NULL);
    pthread_sigmask(SIG_SETMASK, &old, NULL);
    if (rc != 0) return -1;
    pthread_detach(t);
    watcher_pid = me;
    return 0;
}

/* ---- the SIGINT side (called from interrupt.c's handler: async-signal-safe) ---- */

static void end_process(void) {
    static const char msg[] = "\nmultipie: second Ctrl-C while the program ignored the first: ending the process\n";
    ssize_t ignored = write(2, msg, sizeof msg - 1);
    (void)ignored;
    struct sigaction dfl;
    memset(&dfl, 0, sizeof dfl);
    dfl.sa_handler = SIG_DFL;
    sigemptyset(&dfl.sa_mask);
    sigaction(SIGINT, &dfl, NULL);
    raise(SIGINT); /* pending until this handler returns, then the default action ends the process */
}

void revoke_on_sigint(void) {
    int any = 0, again = 0;
    for (int i = 0; i < RUNS; i++) {
        run_t *r = &runs[i];
        if (!__atomic_load_n(&r->active, __ATOMIC_ACQUIRE)) continue;
        if (__atomic_load_n(&r->revoked, __ATOMIC_ACQUIRE)) again = 1;
        __atomic_store_n(&r->signalled, 1, __ATOMIC_RELEASE);
        any = 1;
    }
    if (again) {
        end_process();
        return;
    }
    if (any && watcher_pid == getpid()) sem_post(&wake);
}

/* ---- registering a run around its call ---- */

static int parse_memories(PyObject *mems, region *out) {
    PyObject *seq = PySequence_Fast(mems, "memories: a sequence of (base, span)");
    if (!seq) return -1;
    Py_ssize_t n = PySequence_Fast_GET_SIZE(seq);
    if (n > MEMS) {
        Py_DECREF(seq);
        PyErr_Format(PyExc_ValueError, "at most %d memories per run", MEMS);
        return -1;
    }
    for (Py_ssize_t i = 0; i < n; i++) {
        unsigned long long base, span;
        if (!PyArg_ParseTuple(PySequence_Fast_GET_ITEM(seq, i), "KK", &base, &span)) {
            Py_DECREF(seq);
            return -1;
        }
        out[i].base = (uintptr_t)base;
        out[i].span = (uintptr_t)span;
        out[i].end = 0;
    }
    Py_DECREF(seq);
    return (int)n;
}

/* A free slot holding these memories, active; NULL when all RUNS are taken (that run is not revocable). */
static run_t *claim(const region *mem, int n) {
    run_t *got = NULL;
    pthread_mutex_lock(&lock);
    for (int i = 0; i < RUNS && !got; i++) {
        run_t *r = &runs[i];
        if (__atomic_load_n(&r->active, __ATOMIC_ACQUIRE)) continue;
        for (int k = 0; k < n; k++) r->mem[k] = mem[k];
        r->n = n;
        __atomic_store_n(&r->signalled, 0, __ATOMIC_RELAXED);
        __atomic_store_n(&r->revoked, 0, __ATOMIC_RELAXED);
        __atomic_store_n(&r->active, 1, __ATOMIC_SEQ_CST);
        got = r;
    }
    pthread_mutex_unlock(&lock);
    return got;
}

/* Deactivate r once no watcher or fault handler uses it; true when a SIGINT came during its run. */
static int release(run_t *r) {
    pthread_mutex_lock(&lock);
    __atomic_store_n(&r->active, 0, __ATOMIC_SEQ_CST);
    pthread_mutex_unlock(&lock);
    while (__atomic_load_n(&r->busy, __ATOMIC_SEQ_CST)) sched_yield();
    return __atomic_load_n(&r->signalled, __ATOMIC_ACQUIRE);
}

/* call(ctx, func, args, nargs, trap_out, memories) -> (error address, interrupted) */
PyObject *revoke_call(PyObject *m, PyObject *args) {
    (void)m;
    unsigned long long ctx, func, vals, trap_out;
    Py_ssize_t nargs;
    PyObject *mems;
    if (!PyArg_ParseTuple(args, "KKKnKO", &ctx, &func, &vals, &nargs, &trap_out, &mems)) return NULL;
    if (!p_func_call_unchecked) return PyErr_Format(PyExc_RuntimeError, "setup() first");
    region mem[MEMS];
    int n = parse_memories(mems, mem);
    if (n < 0) return NULL;
    run_t *r = NULL;
    if (chained > 0 && interrupt_installed() && interrupt_on_main_thread() && n > 0) {
        if (start_watcher() != 0) return PyErr_SetFromErrno(PyExc_OSError);
        r = claim(mem, n);
    }
    /* A SIGINT Python took just before the run: raise it now, nothing ran. */
    if (r && PyErr_CheckSignals() < 0) {
        release(r);
        return NULL;
    }
    void *err;
    Py_BEGIN_ALLOW_THREADS
    /* SAFETY: the caller passes an open Store's context (lock held, this thread only), a
     * function of that Store, an argument array of max(params, results) slots and a place
     * for the trap, as for wasmtime_func_call_unchecked itself (_capi.call_revocable). */
    err = p_func_call_unchecked((void *)(uintptr_t)ctx, (const void *)(uintptr_t)func, (void *)(uintptr_t)vals,
                                (size_t)nargs, (void **)(uintptr_t)trap_out);
    Py_END_ALLOW_THREADS
    int stopped = r ? release(r) : 0;
    if (stopped) {
        __atomic_add_fetch(&n_interrupted, 1, __ATOMIC_RELAXED);
        (void)PyOS_InterruptOccurred(); /* consumed here: the caller raises KeyboardInterrupt itself */
    }
    return Py_BuildValue("(Ni)", PyLong_FromVoidPtr(err), stopped);
}

/* stats() -> {revocations, restored, interrupted} since start. */
PyObject *revoke_stats(PyObject *m, PyObject *unused) {
    (void)m;
    (void)unused;
    return Py_BuildValue("{s:K,s:K,s:K}", "revocations", (unsigned long long)__atomic_load_n(&n_revocations, __ATOMIC_RELAXED),
                         "restored", (unsigned long long)__atomic_load_n(&n_restored, __ATOMIC_RELAXED), "interrupted",
                         (unsigned long long)__atomic_load_n(&n_interrupted, __ATOMIC_RELAXED));
}
