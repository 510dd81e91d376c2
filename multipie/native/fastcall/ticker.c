/* multipie/native/fastcall/ticker.c: Ticker.
 *
 * The epoch ticker as a native thread: it bumps every registered engine's
 * epoch each tick while timed calls are in flight (and a short while after),
 * and never needs the GIL, so timed calls cost two atomic operations
 * (ticker_enter/ticker_leave, inline in fastcall.h). */
#include "fastcall.h"

#include <time.h>

#define LINGER_TICKS 25

static void *ticker_main(void *arg) {
    TickerObject *t = (TickerObject *)arg;
    struct timespec ts = {t->tick_ns / 1000000000L, t->tick_ns % 1000000000L};
    /* Registering an engine is no timed call: start asleep until the first enter, as the Python
     * ticker does (an untimed `multipie run` otherwise woke 25 times and waited up to a tick in stop). */
    int idle = LINGER_TICKS;
    pthread_mutex_lock(&t->mu);
    while (!t->stop) {
        if (__atomic_load_n(&t->active, __ATOMIC_ACQUIRE) > 0) idle = 0;
        else if (++idle > LINGER_TICKS) {
            pthread_cond_wait(&t->cv, &t->mu); /* woken by ticker_enter or stop */
            idle = 0;
            continue;
        }
        int n = t->nengines;
        void *engines[MAX_ENGINES];
        /* SAFETY: two arrays of the same type and size; the mutex is held. */
        memcpy(engines, t->engines, sizeof engines);
        pthread_mutex_unlock(&t->mu);
        /* SAFETY: registered engines are kept alive by engine_refs until the
         * thread is joined in Ticker_dealloc/stop. */
        for (int i = 0; i < n; i++) p_increment_epoch(engines[i]);
        nanosleep(&ts, NULL);
        pthread_mutex_lock(&t->mu);
    }
    pthread_mutex_unlock(&t->mu);
    return NULL;
}

static void ticker_stop(TickerObject *t) {
    if (!t->started) return;
    pthread_mutex_lock(&t->mu);
    t->stop = 1;
    pthread_cond_signal(&t->cv);
    pthread_mutex_unlock(&t->mu);
    Py_BEGIN_ALLOW_THREADS
    pthread_join(t->thread, NULL);
    Py_END_ALLOW_THREADS
    t->started = 0;
}

static PyObject *Ticker_new(PyTypeObject *type, PyObject *args, PyObject *kw) {
    double tick;
    if (!PyArg_ParseTuple(args, "d", &tick)) return NULL;
    if (!(tick > 0)) { PyErr_SetString(PyExc_ValueError, "tick must be positive"); return NULL; }
    TickerObject *t = (TickerObject *)type->tp_alloc(type, 0);
    if (!t) return NULL;
    pthread_mutex_init(&t->mu, NULL);
    pthread_cond_init(&t->cv, NULL);
    t->tick_ns = (long)(tick * 1e9);
    t->engine_refs = PyList_New(0);
    if (!t->engine_refs) { Py_DECREF(t); return NULL; }
    return (PyObject *)t;
}

static void Ticker_dealloc(TickerObject *t) {
    ticker_stop(t);
    pthread_mutex_destroy(&t->mu);
    pthread_cond_destroy(&t->cv);
    Py_XDECREF(t->engine_refs);
    Py_TYPE(t)->tp_free((PyObject *)t);
}

/* add_engine(engine_obj, engine_addr); starts the thread on first use. */
static PyObject *Ticker_add_engine(TickerObject *t, PyObject *const *a, Py_ssize_t n) {
    if (n != 2) { PyErr_SetString(PyExc_TypeError, "add_engine(engine, addr)"); return NULL; }
    /* SAFETY: the address of engine_obj's wasm_engine_t, kept alive by engine_refs
     * (appended below) until the thread is joined. */
    void *eng = PyLong_AsVoidPtr(a[1]);
    if (!eng) return PyErr_Occurred() ? NULL : PyErr_Format(PyExc_ValueError, "null engine");
    if (t->nengines >= MAX_ENGINES) { PyErr_SetString(PyExc_ValueError, "too many engines"); return NULL; }
    if (PyList_Append(t->engine_refs, a[0]) < 0) return NULL;
    pthread_mutex_lock(&t->mu);
    t->engines[t->nengines++] = eng;
    pthread_mutex_unlock(&t->mu);
    if (!t->started) {
        t->stop = 0;
        if (pthread_create(&t->thread, NULL, ticker_main, t) != 0) {
            PyErr_SetString(PyExc_OSError, "cannot start the epoch ticker thread");
            return NULL;
        }
        t->started = 1;
    }
    Py_RETURN_NONE;
}

static PyObject *Ticker_enter(TickerObject *t, PyObject *u) { ticker_enter(t); Py_RETURN_NONE; }
static PyObject *Ticker_leave(TickerObject *t, PyObject *u) { ticker_leave(t); Py_RETURN_NONE; }
static PyObject *Ticker_stop(TickerObject *t, PyObject *u) { ticker_stop(t); Py_RETURN_NONE; }
static PyObject *Ticker_get_active(TickerObject *t, void *c) {
    return PyLong_FromLong(__atomic_load_n(&t->active, __ATOMIC_ACQUIRE));
}

static PyMethodDef Ticker_methods[] = {
    {"add_engine", (PyCFunction)(void (*)(void))Ticker_add_engine, METH_FASTCALL, "add_engine(engine, addr)"},
    {"enter", (PyCFunction)Ticker_enter, METH_NOARGS, "a timed call starts"},
    {"leave", (PyCFunction)Ticker_leave, METH_NOARGS, "a timed call ended"},
    {"stop", (PyCFunction)Ticker_stop, METH_NOARGS, "stop and join the thread"},
    {NULL},
};

static PyGetSetDef Ticker_getset[] = {
    {"active", (getter)Ticker_get_active, NULL, "timed calls in flight", NULL},
    {NULL},
};

PyTypeObject TickerType = {
    PyVarObject_HEAD_INIT(NULL, 0)
    .tp_name = "multipie._fastcall.Ticker",
    .tp_basicsize = sizeof(TickerObject),
    .tp_dealloc = (destructor)Ticker_dealloc,
    .tp_flags = Py_TPFLAGS_DEFAULT,
    .tp_doc = "Native epoch ticker thread (no GIL needed).",
    .tp_methods = Ticker_methods,
    .tp_getset = Ticker_getset,
    .tp_new = Ticker_new,
};

