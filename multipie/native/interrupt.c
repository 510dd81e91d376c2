/* multipie._interrupt: Ctrl-C (SIGINT) stops a running Wasm command.
 *
 * A guest loop never returns to the Python eval loop, so Python's own SIGINT
 * handler (which only sets a flag) cannot stop it. install() puts a C handler
 * in front of Python's: it bumps a generation counter, advances the epoch of
 * every engine a guest is running on (enter/leave), then calls Python's
 * handler as before (so KeyboardInterrupt stays pending).
 *
 * A Store running untimed gets a deadline of one epoch and the callback below:
 * an epoch advance that is not a SIGINT (the runtime's ticker, while timed calls
 * run elsewhere) just continues for one more epoch; one after a SIGINT returns
 * an error whose message starts with MARK, which the caller turns into
 * KeyboardInterrupt. The callback's data is the generation at call start.
 *
 * Everything the handler does is async-signal-safe: atomic loads/adds and
 * wasmtime_engine_increment_epoch (one atomic add on the engine).
 */
#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <signal.h>
#include <stdint.h>
#include <string.h>

#include "common/capi.h"

#define MARK "multipie: interrupted by SIGINT"
#define SLOTS 64

static error_new_fn p_error_new;
static increment_epoch_fn p_increment_epoch;
static uint64_t generation;             /* SIGINTs seen (atomic) */
static void *engines[SLOTS];            /* engines a guest runs on now (atomic slots) */
static struct sigaction previous;
static int installed;

static void on_sigint(int sig, siginfo_t *info, void *uctx) {
    __atomic_fetch_add(&generation, 1, __ATOMIC_SEQ_CST);
    for (int i = 0; i < SLOTS; i++) {
        void *e = __atomic_load_n(&engines[i], __ATOMIC_ACQUIRE);
        /* SAFETY: a slot holds an engine only between enter() and leave(), while a
         * Store of that engine is inside a call (the Store keeps the engine alive). */
        if (e) p_increment_epoch(e);
    }
    if (previous.sa_flags & SA_SIGINFO) {
        if (previous.sa_sigaction) previous.sa_sigaction(sig, info, uctx);
    } else if (previous.sa_handler != SIG_DFL && previous.sa_handler != SIG_IGN && previous.sa_handler) {
        previous.sa_handler(sig);
    }
}

/* wasmtime_store_epoch_deadline_callback's func */
static void *deadline_cb(void *ctx, void *data, uint64_t *delta, uint8_t *kind) {
    (void)ctx;
    /* SAFETY: data is the generation at call start, never dereferenced; the error
     * (wasmtime_error_new, set up before install) goes to Wasmtime with ownership. */
    if (__atomic_load_n(&generation, __ATOMIC_SEQ_CST) != (uint64_t)(uintptr_t)data) return p_error_new(MARK);
    *delta = 1;
    *kind = 0; /* WASMTIME_UPDATE_DEADLINE_CONTINUE */
    return NULL;
}

static PyObject *mod_setup(PyObject *m, PyObject *args) {
    PyObject *a, *b;
    if (!PyArg_ParseTuple(args, "OO", &a, &b)) return NULL;
    /* SAFETY: the addresses of wasmtime_error_new and wasmtime_engine_increment_epoch
     * in the library wasmtime-py loaded (mapped for the process). */
    p_error_new = (error_new_fn)PyLong_AsVoidPtr(a);
    p_increment_epoch = (increment_epoch_fn)PyLong_AsVoidPtr(b);
    if (PyErr_Occurred()) return NULL;
    Py_RETURN_NONE;
}

/* install() -> bool: put the handler in front of the current one (once). */
static PyObject *mod_install(PyObject *m, PyObject *unused) {
    if (installed) Py_RETURN_TRUE;
    if (!p_error_new || !p_increment_epoch) { PyErr_SetString(PyExc_RuntimeError, "setup() first"); return NULL; }
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_sigaction = on_sigint;
    sa.sa_flags = SA_SIGINFO | SA_ONSTACK;
    sigemptyset(&sa.sa_mask);
    if (sigaction(SIGINT, &sa, &previous) != 0) return PyErr_SetFromErrno(PyExc_OSError);
    installed = 1;
    Py_RETURN_TRUE;
}

/* enter(engine_addr) -> slot (-1: none free; the run then only stops at its limits) */
static PyObject *mod_enter(PyObject *m, PyObject *arg) {
    /* SAFETY: a live engine's address, kept alive by the Store running on it
     * until leave() empties the slot (the handler's contract, above). */
    void *e = PyLong_AsVoidPtr(arg);
    if (PyErr_Occurred()) return NULL;
    for (int i = 0; i < SLOTS; i++) {
        void *expected = NULL;
        if (__atomic_compare_exchange_n(&engines[i], &expected, e, 0, __ATOMIC_ACQ_REL, __ATOMIC_ACQUIRE))
            return PyLong_FromLong(i);
    }
    return PyLong_FromLong(-1);
}

static PyObject *mod_leave(PyObject *m, PyObject *arg) {
    long i = PyLong_AsLong(arg);
    if (PyErr_Occurred()) return NULL;
    if (i >= 0 && i < SLOTS) __atomic_store_n(&engines[i], NULL, __ATOMIC_RELEASE);
    Py_RETURN_NONE;
}

static PyObject *mod_generation(PyObject *m, PyObject *unused) {
    return PyLong_FromUnsignedLongLong(__atomic_load_n(&generation, __ATOMIC_SEQ_CST));
}

static PyObject *mod_callback_address(PyObject *m, PyObject *unused) { return PyLong_FromVoidPtr((void *)deadline_cb); }

static PyMethodDef methods[] = {
    {"setup", mod_setup, METH_VARARGS, "setup(wasmtime_error_new, wasmtime_engine_increment_epoch) addresses."},
    {"install", mod_install, METH_NOARGS, "Put the SIGINT handler in front of the current one (once)."},
    {"enter", mod_enter, METH_O, "enter(engine_addr) -> slot: a guest runs on this engine."},
    {"leave", mod_leave, METH_O, "leave(slot)"},
    {"generation", mod_generation, METH_NOARGS, "SIGINTs seen so far."},
    {"callback_address", mod_callback_address, METH_NOARGS, "Address of the epoch deadline callback."},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef module = {
    PyModuleDef_HEAD_INIT, "multipie._interrupt", "Ctrl-C stops running Wasm commands (see interrupt.c).", -1, methods,
};

PyMODINIT_FUNC PyInit__interrupt(void) { return PyModule_Create(&module); }
