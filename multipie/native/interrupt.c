/* multipie._interrupt: Ctrl-C (SIGINT) stops a running Wasm guest on the main thread.
 *
 * A guest loop never returns to the Python eval loop, so Python's own SIGINT
 * handler (which only sets a flag) cannot stop it. install() puts a C handler
 * in front of Python's: it calls Python's handler first (KeyboardInterrupt is
 * then pending, "tripped"), marks a SIGINT pending, and advances the epoch of
 * every registered engine (register()/unregister(): every engine the runtime
 * makes, for its whole life).
 *
 * Every Store carries a small state (its Store data) and the epoch-deadline
 * callback below, installed where the Store is made: wrapped_store_new() (the
 * native paths get it in place of wasmtime_store_new) or arm() (Stores
 * wasmtime-py made). Every deadline goes through wrapped_set_deadline() (in
 * place of wasmtime_context_set_epoch_deadline), which records whether the
 * Store runs a timed call:
 *
 * - untimed ("no deadline", NO_DEADLINE ticks): the deadline becomes 1 epoch,
 *   and the callback continues one epoch at a time (an epoch advance that is
 *   not a SIGINT: the runtime's ticker, while timed calls run elsewhere);
 * - timed: the deadline is the call's; when it is reached the callback returns
 *   an error starting with TIMEOUT_MARK (the translator makes it Timeout). On
 *   the main thread the deadline is armed CHUNK ticks at a time (the callback
 *   re-arms the rest), because a SIGINT advances the epoch by one only: a
 *   single far deadline (--timeout 60: 30,000 ticks) let Ctrl-C wait for it.
 *   The ticker runs while a timed call does, so Ctrl-C is seen within CHUNK
 *   ticks; other threads, which Ctrl-C never stops, keep one exact deadline.
 *
 * On a SIGINT the callback running on the main thread asks Python whether the
 * KeyboardInterrupt is still pending (PyOS_InterruptOccurred, which consumes
 * it) and if so returns an error starting with MARK: the call ends, and the
 * caller raises KeyboardInterrupt. A SIGINT Python already handled (it arrived
 * while no guest ran) stops nothing; guests on other threads keep running, as
 * Python delivers KeyboardInterrupt to the main thread only.
 *
 * The same handler stops a vCPU the main thread is about to run or runs
 * (watch_kvm()/unwatch_kvm(), from Vcpu.enter/leave): see stop_kvm().
 *
 * Everything the handler does is async-signal-safe: Python's own handler,
 * atomic loads/stores, wasmtime_engine_increment_epoch (one atomic add),
 * pthread_kill and revoke_on_sigint (atomic stores, sem_post).
 *
 * A KeyboardInterrupt Python raised inside a ctypes callback that keeps only
 * Exception (wasmtime-py's component trampoline around a host function, its custom
 * stdout writer) ends the callback and reaches sys.unraisablehook, which would print
 * it and lose it. unraisablehook() below, installed as sys.unraisablehook with the
 * SIGINT handler, re-delivers it as the Ctrl-C it was: see the note above it.
 *
 * Commands run with no timeout are compiled without epoch checks; SIGINT stops
 * them by revoking their linear memory instead (revoke.c, the other unit).
 */
#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <pthread.h>
#include <sched.h>
#include <signal.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "revoke.h"

#define MARK "multipie: interrupted by SIGINT"
#define TIMEOUT_MARK "multipie: epoch deadline reached"
#define SLOTS 4096
#define CHUNK 16 /* ticks a timed call on the main thread runs between looks at SIGINT (32 ms at 2 ms) */
#define STATE_MAGIC 0x6d7069655354ULL /* "mpieST" */

typedef void *(*error_new_fn)(const char *msg);
typedef void (*increment_epoch_fn)(void *engine);
typedef void *(*store_new_fn)(void *engine, void *data, void (*fin)(void *));
typedef void *(*store_context_fn)(void *store);
typedef void (*set_deadline_fn)(void *ctx, uint64_t ticks);
typedef void *(*get_data_fn)(void *ctx);
typedef void (*set_data_fn)(void *ctx, void *data);
typedef void *(*deadline_cb_fn)(void *ctx, void *data, uint64_t *delta, uint8_t *kind);
typedef void (*callback_set_fn)(void *store, deadline_cb_fn cb, void *data, void (*fin)(void *));

static error_new_fn error_new;
static increment_epoch_fn increment_epoch;
static store_new_fn store_new;
static store_context_fn store_context;
static set_deadline_fn set_deadline;
static get_data_fn get_data;
static set_data_fn set_data;
static callback_set_fn callback_set;
static uint64_t no_deadline;
static unsigned long main_thread;

static int pending;                     /* a SIGINT not yet looked at by a guest (atomic) */
static void *engines[SLOTS];            /* registered engines (atomic slots) */
static struct sigaction previous;
static int installed;

/* Per-Store state: the Store's data (wrapped_store_new) or context data (arm). */
typedef struct {
    uint64_t magic;
    int timed;     /* the current deadline is a timed call's */
    uint64_t left; /* ticks of it not armed yet (main thread: armed CHUNK at a time) */
} store_state;

/* Every registered engine's epoch +1: each guest reaches its epoch callback at its next check. */
static void advance_all(void) {
    if (!increment_epoch) return; /* installed for a vCPU only (Vcpu.enter): no setup(), no engines */
    for (int i = 0; i < SLOTS; i++) {
        void *e = __atomic_load_n(&engines[i], __ATOMIC_ACQUIRE);
        /* SAFETY: a slot holds an engine only between register() and unregister(),
         * which the engine's owner calls before deleting it. */
        if (e) increment_epoch(e);
    }
}

/* The vCPU the main thread runs (virtines, legacy programs): its kvm_run.immediate_exit byte.
 *
 * Python's handler only records a SIGINT; the eval loop raises KeyboardInterrupt at its next
 * check. A SIGINT landing between the run loop's last check and the KVM_RUN ioctl (ctypes'
 * own C code, the GIL released) was seen by no one: KVM_RUN then ran a spinning guest for
 * ever. With a vCPU watched, on_sigint also sets immediate_exit, so a KVM_RUN entered after
 * the signal returns EINTR at once (one entered before returns EINTR anyway: the signal
 * interrupts it) and the loop's next check raises the KeyboardInterrupt. Set from the
 * handler only with atomic stores to a byte of the kvm_run mapping, which stays mapped while
 * it is watched: unwatch_kvm() clears the pointer, then waits until no handler still holds it
 * (kvm_busy), before the caller can unmap it. A SIGINT delivered to another thread while the
 * main thread is inside KVM_RUN also kicks it with the vCPU kick signal (pthread_kill). */
static uint8_t *kvm_exit;    /* &kvm_run.immediate_exit of the watched vCPU, or NULL (atomic) */
static int kvm_busy;         /* handlers between loading kvm_exit and their last use of it (atomic) */
static pthread_t kvm_thread; /* the thread running it (written before kvm_exit is published) */
static int kvm_kick;         /* signal that knocks that thread out of KVM_RUN (0: none handled) */

static void stop_kvm(void) {
    __atomic_add_fetch(&kvm_busy, 1, __ATOMIC_SEQ_CST);
    uint8_t *p = __atomic_load_n(&kvm_exit, __ATOMIC_SEQ_CST);
    if (p) {
        /* SAFETY: p is in a kvm_run mapping that stays mapped until unwatch_kvm() has seen
         * kvm_busy at 0 after clearing kvm_exit (this handler holds it above 0). */
        __atomic_store_n(p, 1, __ATOMIC_SEQ_CST);
        if (kvm_kick && !pthread_equal(pthread_self(), kvm_thread)) pthread_kill(kvm_thread, kvm_kick);
    }
    __atomic_sub_fetch(&kvm_busy, 1, __ATOMIC_SEQ_CST);
}

static void on_sigint(int sig, siginfo_t *info, void *uctx) {
    /* Python's handler first: the KeyboardInterrupt is pending before any guest looks. */
    if (previous.sa_flags & SA_SIGINFO) {
        if (previous.sa_sigaction) previous.sa_sigaction(sig, info, uctx);
    } else if (previous.sa_handler != SIG_DFL && previous.sa_handler != SIG_IGN && previous.sa_handler) {
        previous.sa_handler(sig);
    }
    __atomic_store_n(&pending, 1, __ATOMIC_SEQ_CST);
    stop_kvm();
    advance_all();
    revoke_on_sigint(); /* guests without epoch checks: revoke.c */
}

/* watch_kvm(address of immediate_exit, kick signal or 0): the calling thread is about to run that vCPU. */
static PyObject *mod_watch_kvm(PyObject *m, PyObject *args) {
    PyObject *addr;
    int kick;
    if (!PyArg_ParseTuple(args, "Oi", &addr, &kick)) return NULL;
    /* SAFETY: the immediate_exit byte of an open vCPU's kvm_run mapping (Vcpu.enter), unwatched
     * (Vcpu.leave) before the vCPU is closed and the mapping dropped. */
    uint8_t *p = PyLong_AsVoidPtr(addr);
    if (PyErr_Occurred()) return NULL;
    kvm_thread = pthread_self();
    kvm_kick = kick;
    __atomic_store_n(&kvm_exit, p, __ATOMIC_SEQ_CST);
    Py_RETURN_NONE;
}

/* unwatch_kvm(address): if that vCPU is the watched one, no handler touches its page once this returns. */
static PyObject *mod_unwatch_kvm(PyObject *m, PyObject *addr) {
    /* SAFETY: only compared with the watched pointer, never dereferenced. */
    uint8_t *p = PyLong_AsVoidPtr(addr);
    if (PyErr_Occurred()) return NULL;
    /* Another vCPU watched since (this one was entered and never left) stays watched. */
    __atomic_compare_exchange_n(&kvm_exit, &p, NULL, 0, __ATOMIC_SEQ_CST, __ATOMIC_SEQ_CST);
    /* A handler that loaded the pointer before the store finishes in a few instructions (one
     * running on this thread has finished before we resume). */
    while (__atomic_load_n(&kvm_busy, __ATOMIC_SEQ_CST)) sched_yield();
    Py_RETURN_NONE;
}

int interrupt_on_main_thread(void) { return (unsigned long)pthread_self() == main_thread; }

/* Our handler is the process's SIGINT handler now (signal.signal may have replaced it since install()). */
int interrupt_installed(void) {
    struct sigaction cur;
    return installed && sigaction(SIGINT, NULL, &cur) == 0 && (cur.sa_flags & SA_SIGINFO) &&
           cur.sa_sigaction == on_sigint;
}

/* True when this is the main thread and Python still has a KeyboardInterrupt pending (consumed). */
static int sigint_for_this_thread(void) {
    if (!__atomic_load_n(&pending, __ATOMIC_ACQUIRE)) return 0;
    if ((unsigned long)pthread_self() != main_thread) return 0;
    if (!__atomic_exchange_n(&pending, 0, __ATOMIC_ACQ_REL)) return 0;
    /* SAFETY: this thread runs a guest with the GIL released (or held: PyGILState
     * handles both); other threads never wait for this Store's lock holding the GIL. */
    PyGILState_STATE g = PyGILState_Ensure();
    int hit = PyOS_InterruptOccurred();
    PyGILState_Release(g);
    return hit;
}

/* wasmtime_store_epoch_deadline_callback's func; data is the Store's store_state. */
static void *deadline_cb(void *ctx, void *data, uint64_t *delta, uint8_t *kind) {
    (void)ctx;
    store_state *st = data;
    if (sigint_for_this_thread()) return error_new(MARK);
    *kind = 0; /* WASMTIME_UPDATE_DEADLINE_CONTINUE */
    *delta = 1;
    if (st->timed) {
        if (st->left == 0) return error_new(TIMEOUT_MARK);
        *delta = st->left < CHUNK ? st->left : CHUNK;
        st->left -= *delta;
    }
    return NULL;
}

static store_state *new_state(void) {
    store_state *st = calloc(1, sizeof *st);
    if (st) st->magic = STATE_MAGIC;
    return st;
}

/* In place of wasmtime_store_new for the native paths (data must be NULL there). */
static void *wrapped_store_new(void *engine, void *data, void (*fin)(void *)) {
    store_state *st = data == NULL ? new_state() : NULL;
    if (st == NULL) return store_new(engine, data, fin);
    /* SAFETY: st becomes the Store's data, freed by the Store (finalizer free) after
     * the callback (which only reads it from inside the Store) is gone. */
    void *store = store_new(engine, st, free);
    if (store) callback_set(store, deadline_cb, st, NULL);
    return store;
}

/* In place of wasmtime_context_set_epoch_deadline: records timed or not, maps "no deadline" to 1 epoch. */
static void wrapped_set_deadline(void *ctx, uint64_t ticks) {
    store_state *st = get_data(ctx);
    /* SAFETY: multiPIE's Stores carry a store_state as data (or NULL: Stores made
     * before arm(), never with other data); the magic rules out anything else. */
    if (st && st->magic == STATE_MAGIC) {
        st->left = 0;
        if (ticks >= no_deadline) {
            st->timed = 0;
            ticks = 1;
        } else {
            st->timed = 1;
            if (ticks > CHUNK && (unsigned long)pthread_self() == main_thread) {
                st->left = ticks - CHUNK;
                ticks = CHUNK;
            }
        }
    }
    set_deadline(ctx, ticks);
}

/* SAFETY: only for the C function addresses setup() receives, taken by _capi.raw from the
 * libwasmtime wasmtime-py loaded (mapped for the life of the process). */
static void *addr_of(PyObject *o) { return PyLong_AsVoidPtr(o); }

/* setup({name: address}, no_deadline, main_thread_ident) */
static PyObject *mod_setup(PyObject *m, PyObject *args) {
    PyObject *addrs;
    unsigned long long nd;
    unsigned long main;
    if (!PyArg_ParseTuple(args, "O!Kk", &PyDict_Type, &addrs, &nd, &main)) return NULL;
    void *call_unchecked = NULL;
    struct { const char *name; void **slot; } want[] = {
        {"wasmtime_error_new", (void **)&error_new},
        {"wasmtime_engine_increment_epoch", (void **)&increment_epoch},
        {"wasmtime_store_new", (void **)&store_new},
        {"wasmtime_store_context", (void **)&store_context},
        {"wasmtime_context_set_epoch_deadline", (void **)&set_deadline},
        {"wasmtime_context_get_data", (void **)&get_data},
        {"wasmtime_context_set_data", (void **)&set_data},
        {"wasmtime_store_epoch_deadline_callback", (void **)&callback_set},
        {"wasmtime_func_call_unchecked", &call_unchecked},
    };
    for (size_t i = 0; i < sizeof want / sizeof want[0]; i++) {
        PyObject *v = PyDict_GetItemString(addrs, want[i].name);
        if (!v) { PyErr_Format(PyExc_KeyError, "%s", want[i].name); return NULL; }
        *want[i].slot = addr_of(v);
        if (PyErr_Occurred()) return NULL;
    }
    no_deadline = nd;
    main_thread = main;
    revoke_setup(call_unchecked, (void *)error_new);
    Py_RETURN_NONE;
}

/* install() -> bool: put the handler in front of the current one, unless it is already there.
 *
 * Checked on every call, not once: Python's signal.signal(SIGINT, ...) replaces the process's
 * handler with its own (an app restoring default_int_handler after a handler of its own, a
 * test harness), and ours was then gone for good: no guest stopped at Ctrl-C any more. The
 * caller holds the GIL, so no signal.signal() runs between the query and the install; the
 * handler being replaced is not ours, so no on_sigint reads `previous` while it is written. */
static PyObject *mod_install(PyObject *m, PyObject *unused) {
    struct sigaction cur, sa;
    if (sigaction(SIGINT, NULL, &cur) != 0) return PyErr_SetFromErrno(PyExc_OSError);
    if ((cur.sa_flags & SA_SIGINFO) && cur.sa_sigaction == on_sigint) Py_RETURN_TRUE;
    previous = cur;
    memset(&sa, 0, sizeof sa);
    sa.sa_sigaction = on_sigint;
    sa.sa_flags = SA_SIGINFO | SA_ONSTACK;
    sigemptyset(&sa.sa_mask);
    if (sigaction(SIGINT, &sa, NULL) != 0) return PyErr_SetFromErrno(PyExc_OSError);
    installed = 1;
    Py_RETURN_TRUE;
}

/* register(engine_addr) -> slot (-1: none free; that engine's guests then stop only at their limits) */
static PyObject *mod_register(PyObject *m, PyObject *arg) {
    /* SAFETY: a live engine's address (_capi.raw.Engine), unregistered before the engine is freed. */
    void *e = PyLong_AsVoidPtr(arg);
    if (PyErr_Occurred()) return NULL;
    for (int i = 0; i < SLOTS; i++) {
        void *expected = NULL;
        if (__atomic_compare_exchange_n(&engines[i], &expected, e, 0, __ATOMIC_ACQ_REL, __ATOMIC_ACQUIRE))
            return PyLong_FromLong(i);
    }
    return PyLong_FromLong(-1);
}

static PyObject *mod_unregister(PyObject *m, PyObject *arg) {
    long i = PyLong_AsLong(arg);
    if (PyErr_Occurred()) return NULL;
    if (i >= 0 && i < SLOTS) __atomic_store_n(&engines[i], NULL, __ATOMIC_RELEASE);
    Py_RETURN_NONE;
}

/* arm(store_addr): give a Store wasmtime-py made the state and callback (once, before any guest runs). */
static PyObject *mod_arm(PyObject *m, PyObject *arg) {
    /* SAFETY: a Store wasmtime-py just made, with no data of its own yet (_capi.raw.arm). */
    void *store = PyLong_AsVoidPtr(arg);
    if (PyErr_Occurred()) return NULL;
    if (!store || !callback_set) { PyErr_SetString(PyExc_ValueError, "no store, or setup() not called"); return NULL; }
    void *ctx = store_context(store);
    if (get_data(ctx) != NULL) Py_RETURN_FALSE; /* data of its own: leave it alone */
    store_state *st = new_state();
    if (!st) return PyErr_NoMemory();
    set_data(ctx, st);
    /* SAFETY: the callback owns st (finalizer free) and is dropped with the Store;
     * the context data pointing at it dies with the Store too. */
    callback_set(store, deadline_cb, st, free);
    Py_RETURN_TRUE;
}

/* The hook that sys.unraisablehook was before chain_unraisable() (a strong reference; NULL:
 * sys.__unraisablehook__). Only touched with the GIL held. */
static PyObject *previous_hook;

/* sys.unraisablehook: a KeyboardInterrupt that ended a callback on the main thread is
 * delivered again as a SIGINT; anything else goes to the previous hook.
 *
 * Why a SIGINT and not a flag of our own: PyErr_SetInterruptEx(SIGINT) trips Python's
 * own "SIGINT arrived" flag, exactly what the signal handler sets. Two readers take it,
 * and whichever comes first consumes it, so the interrupt is raised once:
 * - the guest's next epoch check (pending is set and every engine's epoch advanced, as
 *   on_sigint does): PyOS_InterruptOccurred() consumes it, the call fails with MARK and
 *   its caller raises KeyboardInterrupt after tearing the domain down;
 * - the eval loop's next bytecode boundary on the main thread (a guest that returns with
 *   no further check): KeyboardInterrupt is raised in the same call that lost it, not in a
 *   later one. The carried flag this replaces stayed set when the run ended early and
 *   stopped the next guest call instead.
 * The hook is C so no bytecode of its own runs between the trip and the guest resuming
 * (a Python hook could have the KeyboardInterrupt raised inside itself and lost again).
 * Off the main thread nothing is re-delivered: Python raises KeyboardInterrupt on the
 * main thread only, so one seen elsewhere was raised by code, not by a Ctrl-C.
 * revoke_on_sigint() is not called: a revocable command runs no Python callback on the
 * main thread, and a second revocation request would end the process. */
static PyObject *mod_unraisablehook(PyObject *m, PyObject *unraisable) {
    PyObject *exc = PyObject_GetAttrString(unraisable, "exc_value");
    if (!exc) return NULL;
    int ki = PyErr_GivenExceptionMatches(exc, PyExc_KeyboardInterrupt);
    Py_DECREF(exc);
    if (ki && interrupt_on_main_thread() && increment_epoch) {
        /* SAFETY: PyErr_SetInterruptEx only marks SIGINT as tripped for the eval loop (it is
         * async-signal-safe); the handler Python has for SIGINT then runs as for a real one. */
        if (PyErr_SetInterruptEx(SIGINT) == 0) {
            __atomic_store_n(&pending, 1, __ATOMIC_SEQ_CST);
            advance_all();
            Py_RETURN_NONE;
        }
    }
    if (previous_hook) return PyObject_CallOneArg(previous_hook, unraisable);
    PyObject *fallback = PySys_GetObject("__unraisablehook__"); /* borrowed */
    if (!fallback) Py_RETURN_NONE;
    return PyObject_CallOneArg(fallback, unraisable);
}

/* chain_unraisable(previous) -> the previous hook before (None: sys.__unraisablehook__). */
static PyObject *mod_chain_unraisable(PyObject *m, PyObject *hook) {
    PyObject *old = previous_hook ? previous_hook : Py_NewRef(Py_None);
    previous_hook = hook == Py_None ? NULL : Py_NewRef(hook);
    return old; /* the reference previous_hook held */
}

static PyObject *mod_addresses(PyObject *m, PyObject *unused) {
    return Py_BuildValue("{s:N,s:N}", "wasmtime_store_new", PyLong_FromVoidPtr((void *)wrapped_store_new),
                         "wasmtime_context_set_epoch_deadline", PyLong_FromVoidPtr((void *)wrapped_set_deadline));
}

static PyMethodDef methods[] = {
    {"setup", mod_setup, METH_VARARGS, "setup({name: address}, no_deadline, main_thread_ident)"},
    {"install", mod_install, METH_NOARGS, "Put the SIGINT handler in front of the current one (unless there)."},
    {"watch_kvm", mod_watch_kvm, METH_VARARGS, "watch_kvm(immediate_exit_addr, kick_signal): SIGINT sets it."},
    {"unwatch_kvm", mod_unwatch_kvm, METH_O, "unwatch_kvm(immediate_exit_addr): SIGINT no longer touches it."},
    {"register", mod_register, METH_O, "register(engine_addr) -> slot: SIGINT advances this engine's epoch."},
    {"unregister", mod_unregister, METH_O, "unregister(slot), before the engine is deleted."},
    {"arm", mod_arm, METH_O, "arm(store_addr) -> bool: state and epoch callback for a Store wasmtime-py made."},
    {"unraisablehook", mod_unraisablehook, METH_O, "sys.unraisablehook: a KeyboardInterrupt a callback lost is a SIGINT again."},
    {"chain_unraisable", mod_chain_unraisable, METH_O, "chain_unraisable(hook) -> old: the hook unraisablehook() chains to."},
    {"addresses", mod_addresses, METH_NOARGS, "{name: address} of the wrappers replacing store_new/set_deadline."},
    {"chain_faults", revoke_chain_faults, METH_NOARGS, "chain_faults() -> bool: the host-fault handler, before the first Engine."},
    {"revocable", revoke_available, METH_NOARGS, "revocable() -> bool: Ctrl-C can stop guests without epoch checks."},
    {"call_revocable", revoke_call, METH_VARARGS, "call_revocable(ctx, func, args, n, trap_out, memories) -> (err, interrupted)"},
    {"revoke_stats", revoke_stats, METH_NOARGS, "revoke_stats() -> {revocations, restored, interrupted}."},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef module = {
    PyModuleDef_HEAD_INIT, "multipie._interrupt", "Ctrl-C stops running Wasm guests (see interrupt.c).", -1, methods,
    NULL, NULL, NULL, NULL,
};

PyMODINIT_FUNC PyInit__interrupt(void) { return PyModule_Create(&module); }
