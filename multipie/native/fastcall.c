/* multipie._fastcall: the native host -> guest call and creation paths.
 *
 * A METH_FASTCALL/vectorcall extension over the Wasmtime C API exported by the
 * wasmtime wheel's _libwasmtime.so. Nothing links against the wheel: Python
 * hands the function pointers over once with init() (taken from the ctypes
 * CDLL wasmtime-py already loaded), so the addresses are exactly the library
 * wasmtime-py itself uses.
 *
 * Three types, mirrored one for one by the pure-Python fallback in
 * multipie/domains/wasm/fastpath.py (tests run both):
 *
 *   Store  one wasmtime_store_t (owned, or borrowed from a wasmtime-py Store)
 *          plus THE lock that keeps two threads out of it at once. Shared by
 *          every domain of a group.
 *   Gate   one domain's entry: its Store, open flag, fuel and deadline per
 *          call, the ticker for timeouts, and its export table (gate.call).
 *   Call   one bound function export: signature codes, the wasmtime_func_t.
 *   Reserve  Stores with a fresh instance each, made and deleted by a native
 *          thread off the request path (native only: the app pools' fast path).
 *
 * Safety rules kept here (see docs/performance.md and FACTS.md):
 *  - wasmtime_func_call_unchecked checks nothing: arity, int range and float
 *    conversion are checked before the call; a mismatch is reported by the
 *    Python handler so messages are identical to the fallback's.
 *  - A func is only ever called with the context of the Store it came from:
 *    a Call is bound to one Gate, a Gate to one Store, at creation.
 *  - Every call holds the Store's lock; re-entry from the same thread (a host
 *    function calling back into its own Store) is refused, never deadlocks.
 *  - Traps and errors are handed, with ownership, to the Python fault handler
 *    (the same code the fallback uses), while the lock is still held.
 *  - Calls with a timeout release the GIL so the epoch ticker thread can run;
 *    calls without one keep it (0.1 us instead of 0.25 us).
 */
#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <pythread.h>
#include <pthread.h>
#include <stddef.h>
#include <time.h>
#include <stdint.h>
#include <string.h>
#include <sys/mman.h>
#include <errno.h>

typedef struct { uint64_t store_id; void *priv; } func_t;
typedef struct { uint64_t store_id; size_t priv; } instance_t;
typedef union { int32_t i32; int64_t i64; float f32; double f64; unsigned char bytes[16]; } valraw_t;

typedef void *(*call_fn)(void *ctx, const func_t *f, valraw_t *args, size_t n, void **trap);
typedef void (*set_deadline_fn)(void *ctx, uint64_t ticks);
typedef void *(*set_fuel_fn)(void *ctx, uint64_t fuel);
typedef void *(*store_new_fn)(void *engine, void *data, void (*fin)(void *));
typedef void *(*store_context_fn)(void *store);
typedef void (*store_limiter_fn)(void *store, int64_t mem, int64_t tab, int64_t inst, int64_t tables, int64_t mems);
typedef void (*store_delete_fn)(void *store);
typedef void *(*pre_instantiate_fn)(void *pre, void *ctx, instance_t *out, void **trap);
typedef int (*export_get_fn)(void *ctx, const instance_t *inst, const char *name, size_t len, void *out);
typedef void *(*set_wasi_fn)(void *ctx, void *wasi);
typedef void (*increment_epoch_fn)(void *engine);
typedef uint8_t *(*memory_data_fn)(void *ctx, const void *mem);
typedef size_t (*memory_data_size_fn)(void *ctx, const void *mem);
typedef void *(*wasi_config_new_fn)(void);
typedef void (*wasi_config_inherit_fn)(void *cfg);
typedef void (*delete_fn)(void *obj);

static call_fn p_call;
static set_deadline_fn p_set_deadline;
static set_fuel_fn p_set_fuel;
static store_new_fn p_store_new;
static store_context_fn p_store_context;
static store_limiter_fn p_store_limiter;
static store_delete_fn p_store_delete;
static pre_instantiate_fn p_pre_instantiate;
static export_get_fn p_export_get;
static set_wasi_fn p_set_wasi;
static increment_epoch_fn p_increment_epoch;
static memory_data_fn p_memory_data;
static memory_data_size_fn p_memory_data_size;
static wasi_config_new_fn p_wasi_config_new;
static wasi_config_inherit_fn p_wasi_inherit_stdout;
static wasi_config_inherit_fn p_wasi_inherit_stderr;
static delete_fn p_error_delete;
static delete_fn p_trap_delete;
static Py_ssize_t extern_size, extern_union_offset;
static int extern_func_kind;
static int extern_memory_kind = -1;
static uint64_t no_deadline;

/* Python handlers (set by set_handlers): they raise the multiPIE errors. */
static PyObject *h_fault;   /* fault(owner, trap_addr, err_addr) -> raises */
static PyObject *h_closed;  /* closed(owner) -> raises */
static PyObject *h_argerr;  /* argerr(owner, name, args_tuple) -> raises */
static PyObject *h_missing; /* missing(owner, name) -> Call */
static PyObject *h_reentry; /* reentry(label) -> raises */

/* Params/results kept inline in a Call (and raw slots on the C stack); larger
 * signatures (Wasm allows 1,000) use heap buffers. */
#define MAX_SLOTS 16
/* Tables count against memory_limit: a domain capped at N bytes may hold at most
 * N / 8 elements per table (a funcref/externref slot is 8 bytes); keep in step
 * with TABLE_ELEMENT_BYTES in domains/wasm/fastpath.py. */
#define TABLE_ELEMENT_BYTES 8
enum { K_I32 = 'i', K_I64 = 'I', K_F32 = 'f', K_F64 = 'F' };

/* ------------------------------------------------------------------ Store */

typedef struct {
    PyObject_HEAD
    void *store;        /* owned wasmtime_store_t* (NULL when borrowed or closed) */
    void *ctx;          /* its context; NULL once closed */
    PyThread_type_lock lock;
    unsigned long owner_thread; /* thread holding the lock, 0 when free */
    int in_fault;       /* the lock holder is reporting a fault: close() may drop */
    PyObject *label;    /* for re-entry messages */
} StoreObject;

static PyTypeObject StoreType;

/* Acquire the Store's lock for the current thread. Returns 0, or -1 with an
 * exception set (re-entry from the thread that already holds it). */
static int store_acquire(StoreObject *s) {
    unsigned long me = PyThread_get_thread_ident();
    if (!PyThread_acquire_lock(s->lock, NOWAIT_LOCK)) {
        if (s->owner_thread == me) {
            PyObject *r = PyObject_CallOneArg(h_reentry, s->label);
            Py_XDECREF(r);
            return -1;
        }
        Py_BEGIN_ALLOW_THREADS
        PyThread_acquire_lock(s->lock, WAIT_LOCK);
        Py_END_ALLOW_THREADS
    }
    s->owner_thread = me;
    return 0;
}

static inline void store_release(StoreObject *s) {
    s->owner_thread = 0;
    PyThread_release_lock(s->lock);
}

static void store_drop(StoreObject *s) {
    void *st = s->store;
    s->store = NULL;
    s->ctx = NULL;
    if (st != NULL) {
        /* SAFETY: st was created by p_store_new and is deleted exactly once;
         * every Gate checks ctx != NULL under the lock before using it. */
        p_store_delete(st);
    }
}

static void Store_dealloc(StoreObject *s) {
    store_drop(s);
    if (s->lock) PyThread_free_lock(s->lock);
    Py_XDECREF(s->label);
    Py_TYPE(s)->tp_free((PyObject *)s);
}

static StoreObject *store_alloc(PyObject *label) {
    StoreObject *s = PyObject_New(StoreObject, &StoreType);
    if (!s) return NULL;
    s->store = NULL;
    s->ctx = NULL;
    s->owner_thread = 0;
    s->in_fault = 0;
    s->label = label;
    Py_INCREF(label);
    s->lock = PyThread_allocate_lock();
    if (!s->lock) {
        Py_DECREF(s);
        PyErr_NoMemory();
        return NULL;
    }
    return s;
}

/* new_store(engine_addr, memory_size, instances, tables, memories, label) -> Store.
 * Limits < 0 leave wasmtime's default. The deadline starts at "never". */
static PyObject *mod_new_store(PyObject *m, PyObject *const *a, Py_ssize_t n) {
    if (n != 6) { PyErr_SetString(PyExc_TypeError, "new_store takes 6 arguments"); return NULL; }
    void *engine = PyLong_AsVoidPtr(a[0]);
    long long mem = PyLong_AsLongLong(a[1]);
    long long inst = PyLong_AsLongLong(a[2]);
    long long tabs = PyLong_AsLongLong(a[3]);
    long long mems = PyLong_AsLongLong(a[4]);
    if (PyErr_Occurred()) return NULL;
    if (!engine) { PyErr_SetString(PyExc_ValueError, "null engine"); return NULL; }
    StoreObject *s = store_alloc(a[5]);
    if (!s) return NULL;
    /* SAFETY: engine is a live wasm_engine_t* owned by the runtime's EngineSet,
     * which outlives every Store (the Python Store object keeps it referenced). */
    s->store = p_store_new(engine, NULL, NULL);
    if (!s->store) { Py_DECREF(s); PyErr_NoMemory(); return NULL; }
    s->ctx = p_store_context(s->store);
    if (mem >= 0 || inst >= 0 || tabs >= 0 || mems >= 0)
        p_store_limiter(s->store, mem, mem >= 0 ? mem / TABLE_ELEMENT_BYTES : -1, inst, tabs, mems);
    p_set_deadline(s->ctx, no_deadline);
    return (PyObject *)s;
}

static PyObject *Store_instantiate(StoreObject *s, PyObject *const *a, Py_ssize_t n);

/* spawn(engine, pre, memory_size, wasi, label[, fuel, ticks, ticker]) -> (Store, instance | None, trap, err):
 * new_store + instantiate in one call (the creation hot path). */
static PyObject *mod_spawn(PyObject *m, PyObject *const *a, Py_ssize_t n) {
    if (n != 5 && n != 8) { PyErr_SetString(PyExc_TypeError, "spawn takes 5 or 8 arguments"); return NULL; }
    PyObject *sa[6] = {a[0], a[2], NULL, NULL, NULL, a[4]};
    PyObject *minus = PyLong_FromLong(-1);
    if (!minus) return NULL;
    sa[2] = sa[3] = sa[4] = minus;
    PyObject *s = mod_new_store(m, sa, 6);
    Py_DECREF(minus);
    if (!s) return NULL;
    PyObject *ia[5] = {a[1], a[3], n == 8 ? a[5] : NULL, n == 8 ? a[6] : NULL, n == 8 ? a[7] : NULL};
    PyObject *r = Store_instantiate((StoreObject *)s, ia, n == 8 ? 5 : 2);
    if (!r) { Py_DECREF(s); return NULL; }
    PyObject *out = PyTuple_Pack(4, s, PyTuple_GET_ITEM(r, 0), PyTuple_GET_ITEM(r, 1), PyTuple_GET_ITEM(r, 2));
    Py_DECREF(r);
    Py_DECREF(s);
    return out;
}

/* borrow_store(ctx_addr, label) -> Store that does not own the context
 * (a wasmtime-py Store built by the grants path; its owner closes it). */
static PyObject *mod_borrow_store(PyObject *m, PyObject *const *a, Py_ssize_t n) {
    if (n != 2) { PyErr_SetString(PyExc_TypeError, "borrow_store takes 2 arguments"); return NULL; }
    void *ctx = PyLong_AsVoidPtr(a[0]);
    if (PyErr_Occurred()) return NULL;
    StoreObject *s = store_alloc(a[1]);
    if (!s) return NULL;
    s->ctx = ctx;
    return (PyObject *)s;
}

static PyObject *Store_close(StoreObject *s, PyObject *unused) {
    /* Closing while another thread is inside would free memory under it:
     * take the lock (re-entry from inside a call is refused). */
    if (s->ctx == NULL) Py_RETURN_NONE;
    if (s->in_fault && s->owner_thread == PyThread_get_thread_ident()) {
        /* The fault handler of a call this thread made: the guest has
         * returned, nothing of the Store is on the stack any more. */
        store_drop(s);
        Py_RETURN_NONE;
    }
    if (store_acquire(s) < 0) return NULL;
    store_drop(s);
    store_release(s);
    Py_RETURN_NONE;
}

static PyObject *Store_enter(StoreObject *s, PyObject *unused) {
    if (store_acquire(s) < 0) return NULL;
    Py_INCREF(s);
    return (PyObject *)s;
}

static PyObject *Store_exit(StoreObject *s, PyObject *args) {
    store_release(s);
    Py_RETURN_FALSE;
}

static PyObject *Store_acquire(StoreObject *s, PyObject *unused) {
    if (store_acquire(s) < 0) return NULL;
    Py_RETURN_TRUE;
}

static PyObject *Store_release(StoreObject *s, PyObject *unused) {
    if (s->owner_thread != PyThread_get_thread_ident()) {
        PyErr_SetString(PyExc_RuntimeError, "release of a store lock this thread does not hold");
        return NULL;
    }
    store_release(s);
    Py_RETURN_NONE;
}

static PyObject *Store_get_ctx(StoreObject *s, void *c) { return PyLong_FromVoidPtr(s->ctx); }
static PyObject *Store_get_owned(StoreObject *s, void *c) { return PyBool_FromLong(s->store != NULL); }
static PyObject *Store_get_is_open(StoreObject *s, void *c) { return PyBool_FromLong(s->ctx != NULL); }

/* Store.detach() -> store_addr: hand ownership of the wasmtime_store_t to a
 * wasmtime-py Store wrapper (which will delete it); the lock stays here. */
static PyObject *Store_detach(StoreObject *s, PyObject *unused) {
    if (!s->store) { PyErr_SetString(PyExc_ValueError, "store not owned or closed"); return NULL; }
    void *st = s->store;
    s->store = NULL;
    return PyLong_FromVoidPtr(st);
}

static PyMethodDef Store_methods[] = {
    {"instantiate", (PyCFunction)(void (*)(void))Store_instantiate, METH_FASTCALL, "instantiate(pre, wasi)"},
    {"close", (PyCFunction)Store_close, METH_NOARGS, "delete the store (under its lock)"},
    {"detach", (PyCFunction)Store_detach, METH_NOARGS, "give ownership of the store pointer away"},
    {"__enter__", (PyCFunction)Store_enter, METH_NOARGS, "acquire the store lock"},
    {"acquire", (PyCFunction)Store_acquire, METH_NOARGS, "acquire the store lock (refusing re-entry)"},
    {"release", (PyCFunction)Store_release, METH_NOARGS, "release the store lock"},
    {"__exit__", (PyCFunction)Store_exit, METH_VARARGS, "release the store lock"},
    {NULL},
};

static PyGetSetDef Store_getset[] = {
    {"ctx", (getter)Store_get_ctx, NULL, "context address (0 when closed)", NULL},
    {"owned", (getter)Store_get_owned, NULL, "True while this object owns the store", NULL},
    {"is_open", (getter)Store_get_is_open, NULL, "False once closed", NULL},
    {NULL},
};

static PyTypeObject StoreType = {
    PyVarObject_HEAD_INIT(NULL, 0)
    .tp_name = "multipie._fastcall.Store",
    .tp_basicsize = sizeof(StoreObject),
    .tp_dealloc = (destructor)Store_dealloc,
    .tp_flags = Py_TPFLAGS_DEFAULT,
    .tp_doc = "One wasmtime Store and the lock that serialises entry into it.",
    .tp_methods = Store_methods,
    .tp_getset = Store_getset,
};

/* ----------------------------------------------------------------- Ticker */

/* The epoch ticker as a native thread: it bumps every registered engine's
 * epoch each tick while timed calls are in flight (and a short while after),
 * and never needs the GIL, so timed calls cost two atomic operations. */
#define MAX_ENGINES 8
#define LINGER_TICKS 25

typedef struct {
    PyObject_HEAD
    pthread_t thread;
    pthread_mutex_t mu;
    pthread_cond_t cv;
    int started, stop, nengines;
    long active;          /* timed calls in flight (atomic) */
    long tick_ns;
    void *engines[MAX_ENGINES];
    PyObject *engine_refs; /* list keeping the wasmtime.Engine objects alive */
} TickerObject;

static PyTypeObject TickerType;

static void *ticker_main(void *arg) {
    TickerObject *t = (TickerObject *)arg;
    struct timespec ts = {t->tick_ns / 1000000000L, t->tick_ns % 1000000000L};
    int idle = 0;
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

static inline void ticker_enter(TickerObject *t) {
    if (__atomic_fetch_add(&t->active, 1, __ATOMIC_ACQ_REL) == 0) {
        pthread_mutex_lock(&t->mu);
        pthread_cond_signal(&t->cv);
        pthread_mutex_unlock(&t->mu);
    }
}

static inline void ticker_leave(TickerObject *t) { __atomic_fetch_sub(&t->active, 1, __ATOMIC_ACQ_REL); }

/* Store.instantiate(pre_addr, wasi_addr[, fuel, ticks, ticker]) -> (instance bytes | None, trap_addr, err_addr).
 * wasi_addr (0: none) is a wasi_config_t* whose ownership passes to the Store.
 * The start function runs under the same limits as a call: fuel (< 0: unmetered)
 * and a deadline of `ticks` epochs (0: none) driven by `ticker`, GIL released. */
static PyObject *Store_instantiate(StoreObject *s, PyObject *const *a, Py_ssize_t n) {
    if (n != 2 && n != 5) { PyErr_SetString(PyExc_TypeError, "instantiate takes 2 or 5 arguments"); return NULL; }
    void *pre = PyLong_AsVoidPtr(a[0]);
    void *wasi = PyLong_AsVoidPtr(a[1]);
    long long fuel = n == 5 ? PyLong_AsLongLong(a[2]) : -1;
    unsigned long long ticks = n == 5 ? PyLong_AsUnsignedLongLong(a[3]) : 0;
    PyObject *ticker = n == 5 ? a[4] : Py_None;
    if (PyErr_Occurred()) return NULL;
    if (ticks && ticker == Py_None) { PyErr_SetString(PyExc_ValueError, "a deadline needs a ticker"); return NULL; }
    if (!s->ctx || !pre) { PyErr_SetString(PyExc_ValueError, "store closed or null InstancePre"); return NULL; }
    if (store_acquire(s) < 0) return NULL;
    if (wasi) {
        void *err = p_set_wasi(s->ctx, wasi);
        if (err) { store_release(s); return Py_BuildValue("(OnK)", Py_None, (Py_ssize_t)0, (unsigned long long)(uintptr_t)err); }
    }
    instance_t inst = {0, 0};
    void *trap = NULL, *err = NULL;
    if (fuel >= 0) {
        err = p_set_fuel(s->ctx, (uint64_t)fuel);
        if (err) { store_release(s); return Py_BuildValue("(OnK)", Py_None, (Py_ssize_t)0, (unsigned long long)(uintptr_t)err); }
    }
    if (ticks) {
        int native = Py_IS_TYPE(ticker, &TickerType);
        if (native) ticker_enter((TickerObject *)ticker);
        else {
            PyObject *r = PyObject_CallMethod(ticker, "enter", NULL);
            if (!r) { store_release(s); return NULL; }
            Py_DECREF(r);
        }
        p_set_deadline(s->ctx, ticks);
        Py_BEGIN_ALLOW_THREADS
        /* SAFETY: as below; the Store lock keeps other threads out meanwhile. */
        err = p_pre_instantiate(pre, s->ctx, &inst, &trap);
        Py_END_ALLOW_THREADS
        p_set_deadline(s->ctx, no_deadline);
        if (native) ticker_leave((TickerObject *)ticker);
        else {
            PyObject *r = PyObject_CallMethod(ticker, "leave", NULL);
            if (r) Py_DECREF(r); else PyErr_Clear();
        }
    } else {
        /* SAFETY: pre was built on the engine this Store was created with (the
         * caller picks both from the same EngineSet slot); out-params are ours. */
        err = p_pre_instantiate(pre, s->ctx, &inst, &trap);
    }
    store_release(s);
    if (trap || err)
        return Py_BuildValue("(OKK)", Py_None, (unsigned long long)(uintptr_t)trap, (unsigned long long)(uintptr_t)err);
    return Py_BuildValue("(y#ii)", (const char *)&inst, (Py_ssize_t)sizeof inst, 0, 0);
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

static PyTypeObject TickerType = {
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

/* ------------------------------------------------------------------- Gate */

typedef struct {
    PyObject_HEAD
    StoreObject *store;
    PyObject *owner;        /* the WasmDomain (for handlers) */
    PyObject *exports;      /* dict name -> Call */
    PyObject *protos;       /* the service's dict name -> (params, results) codes */
    PyObject *tick_enter;   /* ticker.enter / ticker.leave, or NULL */
    PyObject *tick_leave;
    TickerObject *nticker;  /* native ticker (referenced through tick_enter), or NULL */
    instance_t instance;
    int64_t fuel;           /* < 0: unmetered */
    uint64_t ticks;         /* 0: no timeout */
    int shared;             /* Store shared by a group: always (re)set the deadline */
    int hold_gil;           /* keep the GIL during untimed calls (opt-in, see domain.hold_gil) */
    int open;
    int has_mem;            /* mem holds the exported memory's handle (looked up by http) */
    int watch;              /* a d.memory view of [view_base, +view_size) is out: release it if memory moves */
    uint8_t *view_base;
    size_t view_size;
    _Alignas(16) unsigned char mem[32]; /* a wasmtime_memory_t (24 bytes in wasmtime 50) */
    vectorcallfunc vectorcall;
} GateObject;

static PyTypeObject GateType;

static int Gate_traverse(GateObject *g, visitproc visit, void *arg) {
    Py_VISIT(g->store);
    Py_VISIT(g->owner);
    Py_VISIT(g->exports);
    Py_VISIT(g->protos);
    Py_VISIT(g->tick_enter);
    Py_VISIT(g->tick_leave);
    return 0;
}

static int Gate_clear(GateObject *g) {
    g->open = 0;
    Py_CLEAR(g->store);
    Py_CLEAR(g->owner);
    Py_CLEAR(g->exports);
    Py_CLEAR(g->protos);
    Py_CLEAR(g->tick_enter);
    Py_CLEAR(g->tick_leave);
    g->nticker = NULL;
    return 0;
}

static void Gate_dealloc(GateObject *g) {
    PyObject_GC_UnTrack(g);
    Gate_clear(g);
    Py_TYPE(g)->tp_free((PyObject *)g);
}

/* A new Gate over store for owner (references taken); NULL with an exception. */
static GateObject *gate_make(PyTypeObject *type, StoreObject *store, PyObject *owner, const instance_t *inst,
                             int64_t fuel, uint64_t ticks, PyObject *ticker, int shared, PyObject *protos) {
    GateObject *g = (GateObject *)type->tp_alloc(type, 0);
    if (!g) return NULL;
    g->store = (StoreObject *)Py_NewRef((PyObject *)store);
    g->owner = Py_NewRef(owner);
    g->exports = NULL; /* allocated on first bind: most grouped domains never need one */
    g->protos = Py_NewRef(protos);
    memcpy(&g->instance, inst, sizeof(instance_t));
    g->fuel = fuel;
    g->ticks = ticks;
    g->shared = shared;
    g->open = 1;
    g->has_mem = 0;
    g->watch = 0;
    if (ticker != Py_None && Py_TYPE(ticker) == &TickerType) {
        g->nticker = (TickerObject *)ticker;
        g->tick_enter = Py_NewRef(ticker); /* only keeps the native ticker alive */
    } else if (ticker != Py_None) {
        /* A Python ticker: its enter/leave are called around timed calls. */
        g->tick_enter = PyObject_GetAttrString(ticker, "enter");
        g->tick_leave = PyObject_GetAttrString(ticker, "leave");
        if (!g->tick_enter || !g->tick_leave) { Py_DECREF(g); return NULL; }
    }
    return g;
}

/* Gate(store, owner, instance_bytes, fuel, ticks, ticker_or_None, shared, protos) */
static PyObject *Gate_new(PyTypeObject *type, PyObject *args, PyObject *kw) {
    PyObject *store, *owner, *ticker, *protos;
    const char *inst;
    Py_ssize_t inst_len;
    long long fuel;
    unsigned long long ticks;
    int shared;
    if (!PyArg_ParseTuple(args, "O!Oy#LKOpO!", &StoreType, &store, &owner, &inst, &inst_len, &fuel, &ticks, &ticker,
                          &shared, &PyDict_Type, &protos))
        return NULL;
    if (inst_len != (Py_ssize_t)sizeof(instance_t)) {
        PyErr_SetString(PyExc_ValueError, "instance must be 16 bytes");
        return NULL;
    }
    return (PyObject *)gate_make(type, (StoreObject *)store, owner, (const instance_t *)inst, fuel, ticks, ticker,
                                 shared, protos);
}

/* -------------------------------------------------------------------- Call */

typedef struct {
    PyObject_HEAD
    GateObject *gate;
    PyObject *name;
    PyObject *signature;    /* the Signature object, for introspection (set by Python) */
    func_t func;
    int nparams, nresults, slots;
    char *params, *results;  /* the inline buffers below, or PyMem blocks when over MAX_SLOTS */
    char params_inline[MAX_SLOTS], results_inline[MAX_SLOTS];
    vectorcallfunc vectorcall;
} CallObject;

static PyTypeObject CallType;

static int Call_traverse(CallObject *c, visitproc visit, void *arg) {
    Py_VISIT(c->gate);
    return 0;
}

static int Call_clear(CallObject *c) {
    Py_CLEAR(c->gate);
    return 0;
}

static void Call_dealloc(CallObject *c) {
    PyObject_GC_UnTrack(c);
    Call_clear(c);
    Py_XDECREF(c->name);
    Py_XDECREF(c->signature);
    if (c->params != c->params_inline) PyMem_Free(c->params);
    if (c->results != c->results_inline) PyMem_Free(c->results);
    Py_TYPE(c)->tp_free((PyObject *)c);
}

static PyObject *argerr(CallObject *c, PyObject *const *args, size_t n) {
    PyObject *tup = PyTuple_New((Py_ssize_t)n);
    if (!tup) return NULL;
    for (size_t i = 0; i < n; i++) PyTuple_SET_ITEM(tup, (Py_ssize_t)i, Py_NewRef(args[i]));
    PyObject *r = PyObject_CallFunctionObjArgs(h_argerr, c->gate->owner, c->name, tup, NULL);
    Py_DECREF(tup);
    Py_XDECREF(r);
    if (!PyErr_Occurred()) PyErr_SetString(PyExc_SystemError, "argument handler did not raise");
    return NULL;
}

/* Write the checked arguments into raw; 0, or -1 when the handler must explain. */
static int convert(CallObject *c, PyObject *const *args, valraw_t *raw) {
    for (int i = 0; i < c->nparams; i++) {
        PyObject *v = args[i];
        switch (c->params[i]) {
        case K_I32:
        case K_I64: {
            if (!PyLong_Check(v) || PyBool_Check(v)) return -1;
            int overflow = 0;
            long long x = PyLong_AsLongLongAndOverflow(v, &overflow);
            if (overflow < 0) return -1;
            if (overflow > 0) {
                if (c->params[i] == K_I32) return -1;
                unsigned long long u = PyLong_AsUnsignedLongLong(v);
                if (u == (unsigned long long)-1 && PyErr_Occurred()) { PyErr_Clear(); return -1; }
                raw[i].i64 = (int64_t)u;
                break;
            }
            if (x == -1 && PyErr_Occurred()) { PyErr_Clear(); return -1; }
            if (c->params[i] == K_I32) {
                if (x < -2147483648LL || x > 4294967295LL) return -1;
                raw[i].i64 = 0;
                raw[i].i32 = (int32_t)(uint32_t)x;
            } else {
                raw[i].i64 = x;
            }
            break;
        }
        case K_F32:
        case K_F64: {
            double d;
            if (PyFloat_CheckExact(v)) d = PyFloat_AS_DOUBLE(v);
            else if ((PyFloat_Check(v) || PyLong_Check(v)) && !PyBool_Check(v)) {
                d = PyFloat_AsDouble(v);
                if (d == -1.0 && PyErr_Occurred()) { PyErr_Clear(); return -1; }
            } else return -1;
            raw[i].i64 = 0;
            if (c->params[i] == K_F32) raw[i].f32 = (float)d;
            else raw[i].f64 = d;
            break;
        }
        default:
            return -1;
        }
    }
    return 0;
}

static PyObject *result_of(char kind, const valraw_t *r) {
    switch (kind) {
    case K_I32: return PyLong_FromLong(r->i32);
    case K_I64: return PyLong_FromLongLong(r->i64);
    case K_F32: return PyFloat_FromDouble((double)r->f32);
    default: return PyFloat_FromDouble(r->f64);
    }
}

static PyObject *raise_closed(GateObject *g) {
    PyObject *r = PyObject_CallOneArg(h_closed, g->owner);
    Py_XDECREF(r);
    if (!PyErr_Occurred()) PyErr_SetString(PyExc_SystemError, "closed handler did not raise");
    return NULL;
}

/* Report a fault through the Python handler with the lock still held; the
 * handler takes ownership of trap/err, tears the domain down and raises. */
static PyObject *raise_fault(GateObject *g, void *trap, void *err) {
    PyObject *t = PyLong_FromVoidPtr(trap), *e = PyLong_FromVoidPtr(err);
    g->store->in_fault = 1;
    PyObject *r = (t && e) ? PyObject_CallFunctionObjArgs(h_fault, g->owner, t, e, NULL) : NULL;
    g->store->in_fault = 0;
    Py_XDECREF(t);
    Py_XDECREF(e);
    Py_XDECREF(r);
    if (!PyErr_Occurred()) PyErr_SetString(PyExc_SystemError, "fault handler did not raise");
    return NULL;
}

static PyObject *call_with(CallObject *c, PyObject *const *args, size_t n, valraw_t *raw);

static PyObject *Call_vectorcall(CallObject *c, PyObject *const *args, size_t nargsf, PyObject *kwnames) {
    size_t n = PyVectorcall_NARGS(nargsf);
    if (kwnames && PyTuple_GET_SIZE(kwnames)) {
        PyErr_SetString(PyExc_TypeError, "exports take positional arguments only");
        return NULL;
    }
    if (!c->gate) return PyErr_Format(PyExc_ValueError, "export handle cleared");
    if (c->slots <= MAX_SLOTS) {
        valraw_t raw[MAX_SLOTS];
        return call_with(c, args, n, raw);
    }
    valraw_t *raw = PyMem_Calloc((size_t)c->slots, sizeof(valraw_t));
    if (!raw) return PyErr_NoMemory();
    PyObject *r = call_with(c, args, n, raw);
    PyMem_Free(raw);
    return r;
}

/* The checked call with raw (c->slots slots): convert, enter, translate faults, read results. */
static PyObject *call_with(CallObject *c, PyObject *const *args, size_t n, valraw_t *raw) {
    GateObject *g = c->gate;
    if ((int)n != c->nparams || convert(c, args, raw) < 0) return argerr(c, args, n);
    StoreObject *s = g->store;
    if (store_acquire(s) < 0) return NULL;
    if (!g->open || !s->ctx) {
        store_release(s);
        return raise_closed(g);
    }
    void *ctx = s->ctx, *trap = NULL, *err = NULL;
    if (g->fuel >= 0) {
        err = p_set_fuel(ctx, (uint64_t)g->fuel);
        if (err) {
            PyObject *r = raise_fault(g, NULL, err);
            store_release(s);
            return r;
        }
    }
    if (g->ticks) {
        p_set_deadline(ctx, g->ticks);
        PyObject *r = NULL;
        if (g->nticker) ticker_enter(g->nticker);
        else {
            r = PyObject_CallNoArgs(g->tick_enter);
            if (!r) { store_release(s); return NULL; }
            Py_DECREF(r);
        }
        Py_BEGIN_ALLOW_THREADS
        /* SAFETY: func came from this Gate's instance in this Store (bound in
         * Gate.bind), raw holds max(params, results) checked slots, the Store
         * lock keeps other threads out, and the Gate/Store objects stay alive
         * (referenced by this Call) for the whole call. */
        err = p_call(ctx, &c->func, raw, (size_t)c->slots, &trap);
        Py_END_ALLOW_THREADS
        if (g->nticker) ticker_leave(g->nticker);
        else {
            r = PyObject_CallNoArgs(g->tick_leave);
            Py_XDECREF(r);
            if (!r) PyErr_Clear();
        }
    } else if (g->hold_gil) {
        if (g->shared) p_set_deadline(ctx, no_deadline);
        /* SAFETY: as above. The GIL stays held: cheapest for short calls, but
         * other Python threads wait until the guest returns (opt-in). */
        err = p_call(ctx, &c->func, raw, (size_t)c->slots, &trap);
    } else {
        if (g->shared) p_set_deadline(ctx, no_deadline);
        Py_BEGIN_ALLOW_THREADS
        /* SAFETY: as above; other Python threads run meanwhile (the Store lock
         * keeps them out of this Store). */
        err = p_call(ctx, &c->func, raw, (size_t)c->slots, &trap);
        Py_END_ALLOW_THREADS
    }
    if (trap || err) {
        PyObject *r = raise_fault(g, trap, err);
        store_release(s);
        return r;
    }
    /* SAFETY: g->mem is this instance's memory handle (set by Gate.watch), valid for the
     * Store's life; we still hold the Store lock. */
    int moved = g->watch && (p_memory_data(ctx, g->mem) != g->view_base || p_memory_data_size(ctx, g->mem) != g->view_size);
    store_release(s);
    if (moved) {
        /* The guest grew (moved) its memory: release the user's view before it is used. */
        g->watch = 0;
        PyObject *r = PyObject_CallMethod(g->owner, "_release_view", NULL);
        if (!r) return NULL;
        Py_DECREF(r);
    }
    if (c->nresults == 0) Py_RETURN_NONE;
    if (c->nresults == 1) return result_of(c->results[0], &raw[0]);
    PyObject *tup = PyTuple_New(c->nresults);
    if (!tup) return NULL;
    for (int i = 0; i < c->nresults; i++) {
        PyObject *v = result_of(c->results[i], &raw[i]);
        if (!v) { Py_DECREF(tup); return NULL; }
        PyTuple_SET_ITEM(tup, i, v);
    }
    return tup;
}

/* Parse kind codes into *out (the inline buffer, or a PyMem block when over MAX_SLOTS). */
static int parse_codes(PyObject *codes, char **out_p, int *count) {
    Py_ssize_t len;
    const char *p = PyBytes_Check(codes) ? PyBytes_AS_STRING(codes) : NULL;
    if (!p) { PyErr_SetString(PyExc_TypeError, "codes must be bytes"); return -1; }
    len = PyBytes_GET_SIZE(codes);
    if (len > MAX_SLOTS) {
        char *big = PyMem_Malloc((size_t)len);
        if (!big) { PyErr_NoMemory(); return -1; }
        *out_p = big; /* freed by Call_dealloc */
    }
    char *out = *out_p;
    for (Py_ssize_t i = 0; i < len; i++) {
        char k = p[i];
        if (k != K_I32 && k != K_I64 && k != K_F32 && k != K_F64) {
            PyErr_SetString(PyExc_ValueError, "unknown value kind code");
            return -1;
        }
        out[i] = k;
    }
    *count = (int)len;
    return 0;
}

/* Gate.bind(name, params_codes, results_codes) -> Call, or None when the
 * instance has no function export of that name. Also caches it. */
static PyObject *gate_bind(GateObject *g, PyObject *const *a);

static PyObject *Gate_bind(GateObject *g, PyObject *const *a, Py_ssize_t n) {
    if (n != 3 || !PyUnicode_Check(a[0])) { PyErr_SetString(PyExc_TypeError, "bind(name, params, results)"); return NULL; }
    return gate_bind(g, a);
}

static PyObject *gate_bind(GateObject *g, PyObject *const *a) {
    CallObject *c = PyObject_GC_New(CallObject, &CallType);
    if (!c) return NULL;
    c->gate = NULL;
    c->name = NULL;
    c->signature = NULL;
    c->vectorcall = (vectorcallfunc)Call_vectorcall;
    c->params = c->params_inline;
    c->results = c->results_inline;
    if (parse_codes(a[1], &c->params, &c->nparams) < 0 || parse_codes(a[2], &c->results, &c->nresults) < 0) {
        Py_DECREF(c);
        return NULL;
    }
    c->slots = c->nparams > c->nresults ? c->nparams : c->nresults;
    if (c->slots < 1) c->slots = 1;
    Py_ssize_t len;
    const char *name = PyUnicode_AsUTF8AndSize(a[0], &len);
    if (!name) { Py_DECREF(c); return NULL; }
    StoreObject *s = g->store;
    if (store_acquire(s) < 0) { Py_DECREF(c); return NULL; }
    if (!g->open || !s->ctx) {
        store_release(s);
        Py_DECREF(c);
        return raise_closed(g);
    }
    _Alignas(16) unsigned char ext[64];
    memset(ext, 0, sizeof ext);
    /* SAFETY: ext is larger than wasmtime_extern_t (checked at init), ctx and
     * instance belong to the same open Store, which we hold locked. */
    int found = p_export_get(s->ctx, &g->instance, name, (size_t)len, ext);
    store_release(s);
    if (!found || ext[0] != (unsigned char)extern_func_kind) {
        Py_DECREF(c);
        Py_RETURN_NONE;
    }
    memcpy(&c->func, ext + extern_union_offset, sizeof(func_t));
    Py_INCREF(g);
    c->gate = g;
    Py_INCREF(a[0]);
    c->name = a[0];
    PyObject_GC_Track(c);
    if (!g->exports && !(g->exports = PyDict_New())) { Py_DECREF(c); return NULL; }
    if (PyDict_SetItem(g->exports, a[0], (PyObject *)c) < 0) { Py_DECREF(c); return NULL; }
    return (PyObject *)c;
}

/* gate.call(name, *args): the export table lookup and the call, all in C. */
static PyObject *Gate_call(GateObject *g, PyObject *const *args, size_t nargsf, PyObject *kwnames) {
    size_t n = PyVectorcall_NARGS(nargsf);
    if (n < 1) { PyErr_SetString(PyExc_TypeError, "call() needs an export name"); return NULL; }
    PyObject *c = g->exports ? PyDict_GetItemWithError(g->exports, args[0]) : NULL;
    if (!c) {
        if (PyErr_Occurred()) return NULL;
        PyObject *proto = (g->protos && g->open) ? PyDict_GetItemWithError(g->protos, args[0]) : NULL;
        if (proto && PyTuple_Check(proto) && PyTuple_GET_SIZE(proto) == 2) {
            /* First call of a known export: bind it natively. */
            PyObject *ba[3] = {args[0], PyTuple_GET_ITEM(proto, 0), PyTuple_GET_ITEM(proto, 1)};
            c = gate_bind(g, ba);
            if (c == Py_None) { Py_DECREF(c); c = NULL; }
        } else if (PyErr_Occurred()) {
            return NULL;
        }
        if (!c && PyErr_Occurred()) return NULL;
        if (!c) c = PyObject_CallFunctionObjArgs(h_missing, g->owner, args[0], NULL);
        if (!c) return NULL;
        PyObject *r = PyObject_Vectorcall(c, args + 1, n - 1, kwnames);
        Py_DECREF(c);
        return r;
    }
    /* A fault clears the export table during the call: keep c alive. */
    Py_INCREF(c);
    PyObject *r = Py_TYPE(c) == &CallType ? Call_vectorcall((CallObject *)c, args + 1, n - 1, kwnames)
                                          : PyObject_Vectorcall(c, args + 1, n - 1, kwnames);
    Py_DECREF(c);
    return r;
}

/* Gate.close(): later calls raise DomainClosed. Caller holds the Store lock
 * or knows no call is in flight (the domain's teardown). */
static PyObject *Gate_close(GateObject *g, PyObject *unused) {
    g->open = 0;
    if (g->exports) PyDict_Clear(g->exports);
    Py_RETURN_NONE;
}

/* ------------------------------------------------------------ Gate.http
 * The zero-copy HTTP handler ABI (multipie/app/abi.py) in one native call:
 * http_alloc(total) -> ptr; head and body copied to ptr; http_handle(ptr,
 * head_len, body_len) -> (rptr << 32) | rlen; the response copied out. One
 * Store lock, one fuel budget, one deadline and (at most) one GIL release for
 * the whole exchange. */

static PyObject *s_http_alloc, *s_http_handle;

/* The outcome of one zero-copy HTTP exchange. */
typedef struct {
    void *trap, *err;        /* a fault (ownership with whoever reports it) */
    int what;                /* 1: http_alloc's pointer, 2: the response range, is outside memory */
    uint64_t wa, wb;         /* what=1: (total, ptr); what=2: (rptr, rlen) */
    uint64_t rptr, rlen;     /* the response, checked against memory */
} xchg_t;

/* http_alloc(total) -> ptr; head and body copied to ptr; http_handle(ptr,
 * head_len, body_len) -> (rptr << 32) | rlen; the range checked. Fuel and
 * deadline are the caller's. Needs no GIL.
 * SAFETY (callers): f_alloc/f_handle are i32->i32 and i32 i32 i32->i64 exports of
 * the instance in ctx's Store and mem its memory; no other thread is in that
 * Store; head/body stay alive. Every pointer the guest returns is checked against
 * the memory's current size, re-read after each call (the guest may grow, i.e.
 * move, its memory), before anything is copied. */
static void http_core(void *ctx, const func_t *f_alloc, const func_t *f_handle, const void *mem, const char *head,
                      size_t hlen, const char *body, size_t blen, size_t max_response, xchg_t *o) {
    valraw_t raw[3];
    memset(o, 0, sizeof *o);
    raw[0].i64 = 0;
    raw[0].i32 = (int32_t)(uint32_t)(hlen + blen);
    o->err = p_call(ctx, f_alloc, raw, 1, &o->trap);
    if (o->err || o->trap) return;
    uint64_t ptr = (uint32_t)raw[0].i32;
    uint8_t *base = p_memory_data(ctx, mem);
    uint64_t size = p_memory_data_size(ctx, mem);
    if (ptr == 0 || ptr + hlen + blen > size) {
        o->what = 1, o->wa = hlen + blen, o->wb = ptr;
        return;
    }
    memcpy(base + ptr, head, hlen);
    memcpy(base + ptr + hlen, body, blen);
    raw[0].i64 = raw[1].i64 = raw[2].i64 = 0;
    raw[0].i32 = (int32_t)(uint32_t)ptr;
    raw[1].i32 = (int32_t)(uint32_t)hlen;
    raw[2].i32 = (int32_t)(uint32_t)blen;
    o->err = p_call(ctx, f_handle, raw, 3, &o->trap);
    if (o->err || o->trap) return;
    uint64_t packed = (uint64_t)raw[0].i64;
    o->rptr = packed >> 32, o->rlen = packed & 0xFFFFFFFFu;
    size = p_memory_data_size(ctx, mem);
    if (o->rlen > max_response || o->rptr + o->rlen > size) o->what = 2, o->wa = o->rptr, o->wb = o->rlen;
}

/* The bound Call for export `name` (new reference), binding it on first use;
 * NULL with an exception when it is missing or not a plain function. */
static CallObject *gate_call_of(GateObject *g, PyObject *name, const char *params, const char *results) {
    PyObject *c = g->exports ? PyDict_GetItemWithError(g->exports, name) : NULL;
    if (c) Py_INCREF(c);
    else {
        if (PyErr_Occurred()) return NULL;
        PyObject *proto = (g->protos && g->open) ? PyDict_GetItemWithError(g->protos, name) : NULL;
        if (!proto) {
            if (!PyErr_Occurred()) {
                if (!g->open) raise_closed(g);
                else PyErr_Format(PyExc_LookupError, "no function export %R", name);
            }
            return NULL;
        }
        if (!PyTuple_Check(proto) || PyTuple_GET_SIZE(proto) != 2) {
            PyErr_SetString(PyExc_TypeError, "bad export prototype");
            return NULL;
        }
        PyObject *ba[3] = {name, PyTuple_GET_ITEM(proto, 0), PyTuple_GET_ITEM(proto, 1)};
        c = gate_bind(g, ba);
        if (!c) return NULL;
        if (c == Py_None) {
            Py_DECREF(c);
            return (CallObject *)PyErr_Format(PyExc_LookupError, "no function export %R", name);
        }
    }
    CallObject *call = (CallObject *)c;
    if (Py_TYPE(c) != &CallType || (size_t)call->nparams != strlen(params) ||
        (size_t)call->nresults != strlen(results) || memcmp(call->params, params, call->nparams) != 0 ||
        memcmp(call->results, results, call->nresults) != 0) {
        Py_DECREF(c);
        return (CallObject *)PyErr_Format(PyExc_TypeError, "export %R does not have the http ABI's type", name);
    }
    return call;
}

/* Gate.http(head: bytes, body: bytes, memory_name: str, max_response: int)
 *   -> bytes (the raw response), or (what, a, b) when the guest broke the ABI:
 *      what = 1: http_alloc(a) returned b outside memory;
 *      what = 2: http_handle returned a response at a (length b) outside memory or over max_response.
 * Faults raise through the Python fault handler like any call. */
static PyObject *Gate_http(GateObject *g, PyObject *const *a, Py_ssize_t n) {
    if (n != 4 || !PyBytes_Check(a[0]) || !PyBytes_Check(a[1]) || !PyUnicode_Check(a[2]) || !PyLong_Check(a[3])) {
        PyErr_SetString(PyExc_TypeError, "http(head: bytes, body: bytes, memory_name: str, max_response: int)");
        return NULL;
    }
    const char *head = PyBytes_AS_STRING(a[0]), *body = PyBytes_AS_STRING(a[1]);
    size_t hlen = (size_t)PyBytes_GET_SIZE(a[0]), blen = (size_t)PyBytes_GET_SIZE(a[1]);
    size_t max_response = PyLong_AsSize_t(a[3]);
    if (max_response == (size_t)-1 && PyErr_Occurred()) return NULL;
    if (hlen + blen > 0xFFFFFFFFu) { PyErr_SetString(PyExc_ValueError, "request larger than 4 GiB"); return NULL; }
    CallObject *ca = gate_call_of(g, s_http_alloc, "i", "i");
    if (!ca) return NULL;
    CallObject *ch = gate_call_of(g, s_http_handle, "iii", "I");
    if (!ch) { Py_DECREF(ca); return NULL; }
    PyObject *out = NULL;
    StoreObject *s = g->store;
    if (store_acquire(s) < 0) goto done;
    if (!g->open || !s->ctx) { store_release(s); out = raise_closed(g); goto done; }
    void *ctx = s->ctx, *trap = NULL, *err = NULL;
    if (!g->has_mem) {
        Py_ssize_t len;
        const char *name = PyUnicode_AsUTF8AndSize(a[2], &len);
        if (!name) { store_release(s); goto done; }
        _Alignas(16) unsigned char ext[64];
        memset(ext, 0, sizeof ext);
        /* SAFETY: as in gate_bind: ext is extern-sized, ctx/instance are this open, locked Store's. */
        if (!p_export_get(ctx, &g->instance, name, (size_t)len, ext) || ext[0] != (unsigned char)extern_memory_kind) {
            store_release(s);
            PyErr_Format(PyExc_LookupError, "no memory export %R", a[2]);
            goto done;
        }
        memcpy(g->mem, ext + extern_union_offset, sizeof g->mem);
        g->has_mem = 1;
    }
    if (g->fuel >= 0 && (err = p_set_fuel(ctx, (uint64_t)g->fuel)) != NULL) {
        out = raise_fault(g, NULL, err);
        store_release(s);
        goto done;
    }
    if (g->ticks) {
        p_set_deadline(ctx, g->ticks);
        if (g->nticker) ticker_enter(g->nticker);
        else {
            PyObject *r = PyObject_CallNoArgs(g->tick_enter);
            if (!r) { store_release(s); goto done; }
            Py_DECREF(r);
        }
    } else if (g->shared) {
        p_set_deadline(ctx, no_deadline);
    }
    xchg_t o;
    int release_gil = g->ticks ? g->nticker == NULL || !g->hold_gil : !g->hold_gil;
    PyThreadState *ts = release_gil ? PyEval_SaveThread() : NULL;
    /* SAFETY: both funcs were bound from this Gate's instance in this Store and
     * type-checked above; g->mem is its memory; the Store lock keeps other
     * threads out; head/body are immutable bytes the caller keeps alive. */
    http_core(ctx, &ca->func, &ch->func, g->mem, head, hlen, body, blen, max_response, &o);
    if (ts) PyEval_RestoreThread(ts);
    if (g->ticks) {
        if (g->nticker) ticker_leave(g->nticker);
        else {
            PyObject *r = PyObject_CallNoArgs(g->tick_leave);
            if (!r) PyErr_Clear();
            Py_XDECREF(r);
        }
    }
    if (o.trap || o.err) {
        out = raise_fault(g, o.trap, o.err);
        store_release(s);
        goto done;
    }
    if (o.what) out = Py_BuildValue("(iKK)", o.what, (unsigned long long)o.wa, (unsigned long long)o.wb);
    else {
        /* SAFETY: [rptr, rptr+rlen) was checked against the current size; the lock is still held. */
        out = PyBytes_FromStringAndSize((const char *)p_memory_data(ctx, g->mem) + o.rptr, (Py_ssize_t)o.rlen);
    }
    store_release(s);
done:
    Py_DECREF(ca);
    Py_DECREF(ch);
    return out;
}

static PyObject *Gate_get_hold_gil(GateObject *g, void *c) { return PyBool_FromLong(g->hold_gil); }
static int Gate_set_hold_gil(GateObject *g, PyObject *v, void *c) {
    int t = v ? PyObject_IsTrue(v) : 0;
    if (t < 0) return -1;
    g->hold_gil = t;
    return 0;
}

static PyObject *Gate_get_shared(GateObject *g, void *c) { return PyBool_FromLong(g->shared); }
/* Set when the Store becomes shared (a domain's own Store joined by others):
 * untimed calls then reset the deadline a neighbour's timed call may have left. */
static int Gate_set_shared(GateObject *g, PyObject *v, void *c) {
    int t = v ? PyObject_IsTrue(v) : 0;
    if (t < 0) return -1;
    g->shared = t;
    return 0;
}

static PyObject *Gate_get_is_open(GateObject *g, void *c) { return PyBool_FromLong(g->open && g->store && g->store->ctx); }
static PyObject *Gate_get_store(GateObject *g, void *c) {
    PyObject *s = g->store ? (PyObject *)g->store : Py_None;
    Py_INCREF(s);
    return s;
}
static PyObject *Gate_get_exports(GateObject *g, void *c) {
    if (!g->exports) return PyDict_New();
    return Py_NewRef(g->exports);
}
static PyObject *Gate_get_instance(GateObject *g, void *c) {
    return PyBytes_FromStringAndSize((const char *)&g->instance, sizeof(instance_t));
}

/* Gate.watch(memory_handle_bytes | None, base, size): after each call, release the
 * owner's d.memory view (owner._release_view()) if the memory no longer is [base, +size). */
static PyObject *Gate_watch(GateObject *g, PyObject *const *a, Py_ssize_t n) {
    if (n != 3) { PyErr_SetString(PyExc_TypeError, "watch(handle, base, size)"); return NULL; }
    if (a[0] == Py_None) { g->watch = 0; Py_RETURN_NONE; }
    if (!PyBytes_Check(a[0]) || PyBytes_GET_SIZE(a[0]) > (Py_ssize_t)sizeof g->mem) {
        PyErr_SetString(PyExc_TypeError, "handle must be a wasmtime_memory_t as bytes");
        return NULL;
    }
    void *base = PyLong_AsVoidPtr(a[1]);
    size_t size = PyLong_AsSize_t(a[2]);
    if (PyErr_Occurred()) return NULL;
    memset(g->mem, 0, sizeof g->mem);
    memcpy(g->mem, PyBytes_AS_STRING(a[0]), (size_t)PyBytes_GET_SIZE(a[0]));
    g->has_mem = 1;
    g->view_base = base;
    g->view_size = size;
    g->watch = 1;
    Py_RETURN_NONE;
}

static PyMethodDef Gate_methods[] = {
    {"watch", (PyCFunction)(void (*)(void))Gate_watch, METH_FASTCALL, "watch(memory_handle | None, base, size)"},
    {"bind", (PyCFunction)(void (*)(void))Gate_bind, METH_FASTCALL, "bind(name, params, results) -> Call | None"},
    {"call", (PyCFunction)(void (*)(void))Gate_call, METH_FASTCALL | METH_KEYWORDS, "call(name, *args)"},
    {"close", (PyCFunction)Gate_close, METH_NOARGS, "refuse later calls"},
    {"http", (PyCFunction)(void (*)(void))Gate_http, METH_FASTCALL, "http(head, body, memory_name, max_response) -> bytes | (what, a, b)"},
    {NULL},
};

static PyGetSetDef Gate_getset[] = {
    {"is_open", (getter)Gate_get_is_open, NULL, "open and its Store alive", NULL},
    {"store", (getter)Gate_get_store, NULL, "the Store", NULL},
    {"instance", (getter)Gate_get_instance, NULL, "wasmtime_instance_t bytes", NULL},
    {"exports", (getter)Gate_get_exports, NULL, "bound exports by name", NULL},
    {"hold_gil", (getter)Gate_get_hold_gil, (setter)Gate_set_hold_gil, "keep the GIL in untimed calls", NULL},
    {"shared", (getter)Gate_get_shared, (setter)Gate_set_shared, "the Store is shared: reset the deadline per call", NULL},
    {NULL},
};

static PyTypeObject GateType = {
    PyVarObject_HEAD_INIT(NULL, 0)
    .tp_name = "multipie._fastcall.Gate",
    .tp_basicsize = sizeof(GateObject),
    .tp_dealloc = (destructor)Gate_dealloc,
    .tp_flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_HAVE_GC,
    .tp_doc = "One domain's entry into its Store: limits per call and its export table.",
    .tp_traverse = (traverseproc)Gate_traverse,
    .tp_clear = (inquiry)Gate_clear,
    .tp_methods = Gate_methods,
    .tp_getset = Gate_getset,
    .tp_new = Gate_new,
};

static PyObject *Call_get_name(CallObject *c, void *x) {
    PyObject *r = c->name ? c->name : Py_None;
    Py_INCREF(r);
    return r;
}

static PyObject *Call_get_signature(CallObject *c, void *x) {
    PyObject *r = c->signature ? c->signature : Py_None;
    Py_INCREF(r);
    return r;
}

static int Call_set_signature(CallObject *c, PyObject *v, void *x) {
    Py_XINCREF(v);
    Py_XSETREF(c->signature, v);
    return 0;
}

static PyGetSetDef Call_getset[] = {
    {"name", (getter)Call_get_name, NULL, "export name", NULL},
    {"signature", (getter)Call_get_signature, (setter)Call_set_signature, "the export's Signature", NULL},
    {NULL},
};

static PyTypeObject CallType = {
    PyVarObject_HEAD_INIT(NULL, 0)
    .tp_name = "multipie._fastcall.Call",
    .tp_basicsize = sizeof(CallObject),
    .tp_dealloc = (destructor)Call_dealloc,
    .tp_vectorcall_offset = offsetof(CallObject, vectorcall),
    .tp_call = PyVectorcall_Call,
    .tp_flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_HAVE_GC | Py_TPFLAGS_HAVE_VECTORCALL,
    .tp_doc = "One bound function export; calling it runs the guest.",
    .tp_traverse = (traverseproc)Call_traverse,
    .tp_clear = (inquiry)Call_clear,
    .tp_getset = Call_getset,
};

/* ------------------------------------------------------------ grant spawns
 * A domain taking grants into a Store of its own (multipie/domains/wasm/grants.py,
 * GrantPlan): its imports made and the module instantiated in two native calls
 * instead of one wasmtime-py object per import. The caller (Python) keeps every
 * per-holder object (HostBinding flags, Alias) and the capability checks; these
 * calls only create what lives in the Store. Both run with the Store's lock
 * held by the calling thread (checked) and keep the GIL (a region cannot be
 * closed between the caller's liveness check and the mmap). */

typedef void *(*memory_new_fn)(void *ctx, const void *memtype, void *out);
typedef void (*func_new_unchecked_fn)(void *ctx, const void *functype, void *callback, void *env,
                                      void (*finalizer)(void *), void *out);
typedef void *(*instance_new_fn)(void *ctx, const void *module, const void *externs, size_t n, instance_t *out,
                                 void **trap);

static memory_new_fn p_memory_new;
static func_new_unchecked_fn p_func_new_unchecked;
static instance_new_fn p_instance_new;
static void *host_callback;             /* multipie._hostcall's unchecked callback */
static void (*host_finalizer)(void *);  /* ... and the finalizer that frees its env */

enum { G_MEMORY = 1, G_HOSTFUNC = 2 };

/* init_grants(addrs: dict[str, int], callback, finalizer) */
static PyObject *mod_init_grants(PyObject *m, PyObject *args) {
    PyObject *addrs, *cb, *fin;
    if (!PyArg_ParseTuple(args, "O!OO", &PyDict_Type, &addrs, &cb, &fin)) return NULL;
    struct { const char *name; void **slot; } table[] = {
        {"wasmtime_memory_new", (void **)&p_memory_new},
        {"wasmtime_func_new_unchecked", (void **)&p_func_new_unchecked},
        {"wasmtime_instance_new", (void **)&p_instance_new},
    };
    for (size_t i = 0; i < sizeof table / sizeof table[0]; i++) {
        PyObject *v = PyDict_GetItemString(addrs, table[i].name);
        if (!v) return PyErr_Format(PyExc_KeyError, "missing address of %s", table[i].name);
        void *p = PyLong_AsVoidPtr(v);
        if (!p) return PyErr_Occurred() ? NULL : PyErr_Format(PyExc_ValueError, "null %s", table[i].name);
        *table[i].slot = p;
    }
    void *c = PyLong_AsVoidPtr(cb), *f = PyLong_AsVoidPtr(fin);
    if (PyErr_Occurred()) return NULL;
    if (!c || !f) { PyErr_SetString(PyExc_ValueError, "null host callback or finalizer"); return NULL; }
    host_callback = c;
    host_finalizer = (void (*)(void *))f;
    Py_RETURN_NONE;
}

/* The Store of a grant call: an open, owned native Store whose lock this thread holds. */
static StoreObject *grant_store(PyObject *o) {
    if (!PyObject_TypeCheck(o, &StoreType)) { PyErr_SetString(PyExc_TypeError, "expected a native Store"); return NULL; }
    StoreObject *s = (StoreObject *)o;
    if (!s->ctx || !s->store) { PyErr_SetString(PyExc_ValueError, "store closed or not owned"); return NULL; }
    if (s->owner_thread != PyThread_get_thread_ident()) {
        PyErr_SetString(PyExc_RuntimeError, "the caller must hold the store's lock");
        return NULL;
    }
    if (!p_memory_new || !p_func_new_unchecked || !p_instance_new || !host_finalizer) {
        PyErr_SetString(PyExc_RuntimeError, "init_grants() was not called");
        return NULL;
    }
    return s;
}

/* Give the envs of host-function specs from index `from` on back (not handed to the Store). */
static void grant_free_envs(PyObject *specs, Py_ssize_t from) {
    PyObject *et, *ev, *tb;
    PyErr_Fetch(&et, &ev, &tb); /* keep the caller's pending exception */
    for (Py_ssize_t i = from; i < PyTuple_GET_SIZE(specs); i++) {
        PyObject *sp = PyTuple_GET_ITEM(specs, i);
        if (!PyTuple_Check(sp) || PyTuple_GET_SIZE(sp) != 3) continue;
        if (PyLong_AsLong(PyTuple_GET_ITEM(sp, 0)) != G_HOSTFUNC) { PyErr_Clear(); continue; }
        void *env = PyLong_AsVoidPtr(PyTuple_GET_ITEM(sp, 2));
        if (PyErr_Occurred()) { PyErr_Clear(); continue; }
        /* SAFETY: env is a HostEnv from _hostcall.new_env that no function owns
         * yet (specs from `from` on were not made); the finalizer frees it once. */
        if (env) host_finalizer(env);
    }
    PyErr_Restore(et, ev, tb);
}

/* grant_externs(store, specs, memory_size, instances) -> (externs: bytes | None, bases, err_addr, errno)
 *
 * specs: one tuple per import, in import order:
 *   (1, memorytype_addr, fd, length, writable): a memory of the Store with the
 *       region's memfd mapped over its whole range (MAP_SHARED | MAP_FIXED);
 *       its base address goes to `bases` (in spec order);
 *   (2, functype_addr, env_addr): a host function over a _hostcall env, whose
 *       ownership passes to the Store (freed here if the call fails first).
 * Then the Store's limiter is set (memory_size < 0: uncapped; instances, tables
 * and memories as SharedStore does): the cap applies to the domain's own
 * memory, not to the region aliases made before it. On failure nothing is
 * returned but the error: err_addr (a wasmtime_error_t*, ownership passed) or
 * errno (of the mmap); memories made so far die with the Store. */
static PyObject *mod_grant_externs(PyObject *m, PyObject *const *a, Py_ssize_t n) {
    if (n != 4 || !PyTuple_Check(a[1])) {
        PyErr_SetString(PyExc_TypeError, "grant_externs(store, specs: tuple, memory_size, instances)");
        return NULL;
    }
    PyObject *specs = a[1];
    long long mem_cap = PyLong_AsLongLong(a[2]), inst = PyLong_AsLongLong(a[3]);
    if (PyErr_Occurred()) return NULL;
    if (inst <= 0) { PyErr_SetString(PyExc_ValueError, "instances must be positive"); return NULL; }
    StoreObject *s = grant_store(a[0]);
    Py_ssize_t count = PyTuple_GET_SIZE(specs);
    /* Validate every spec before anything is made, so a bad one leaks nothing. */
    Py_ssize_t nmem = 0;
    for (Py_ssize_t i = 0; s && i < count; i++) {
        PyObject *sp = PyTuple_GET_ITEM(specs, i);
        long kind = (PyTuple_Check(sp) && PyTuple_GET_SIZE(sp) >= 3) ? PyLong_AsLong(PyTuple_GET_ITEM(sp, 0)) : 0;
        if (PyErr_Occurred()) { grant_free_envs(specs, 0); return NULL; }
        if (kind == G_MEMORY && PyTuple_GET_SIZE(sp) == 5) nmem++;
        else if (!(kind == G_HOSTFUNC && PyTuple_GET_SIZE(sp) == 3)) {
            PyErr_Format(PyExc_ValueError, "grant_externs: bad spec at %zd", i);
            grant_free_envs(specs, 0);
            return NULL;
        }
    }
    if (!s) { grant_free_envs(specs, 0); return NULL; }
    PyObject *buf = PyBytes_FromStringAndSize(NULL, count * extern_size);
    PyObject *bases = PyTuple_New(nmem);
    if (!buf || !bases) { Py_XDECREF(buf); Py_XDECREF(bases); grant_free_envs(specs, 0); return NULL; }
    unsigned char *out = (unsigned char *)PyBytes_AS_STRING(buf);
    memset(out, 0, (size_t)(count * extern_size));
    Py_ssize_t k = 0;
    for (Py_ssize_t i = 0; i < count; i++) {
        PyObject *sp = PyTuple_GET_ITEM(specs, i);
        unsigned char *ext = out + i * extern_size;
        void *type = PyLong_AsVoidPtr(PyTuple_GET_ITEM(sp, 1));
        if (PyTuple_GET_SIZE(sp) == 3) { /* host function */
            void *env = PyLong_AsVoidPtr(PyTuple_GET_ITEM(sp, 2));
            if (PyErr_Occurred() || !type || !env) {
                if (!PyErr_Occurred()) PyErr_SetString(PyExc_ValueError, "null functype or env");
                grant_free_envs(specs, i);
                goto fail;
            }
            ext[0] = (unsigned char)extern_func_kind;
            /* SAFETY: ctx is this Store's, locked by this thread; type is a live
             * wasm_functype_t* (its HostFunction outlives the call) matching the
             * env's conversion codes; the env's ownership passes to the Store, which
             * calls the finalizer when it drops the function; the func is written
             * into the union of an extern_size-byte slot (layout checked at init). */
            p_func_new_unchecked(s->ctx, type, host_callback, env, host_finalizer, ext + extern_union_offset);
            continue;
        }
        int fd = (int)PyLong_AsLong(PyTuple_GET_ITEM(sp, 2));
        size_t length = PyLong_AsSize_t(PyTuple_GET_ITEM(sp, 3));
        int writable = PyObject_IsTrue(PyTuple_GET_ITEM(sp, 4));
        if (PyErr_Occurred() || writable < 0 || !type || fd < 0) {
            if (!PyErr_Occurred()) PyErr_SetString(PyExc_ValueError, "null memory type or closed region");
            grant_free_envs(specs, i + 1);
            goto fail;
        }
        ext[0] = (unsigned char)extern_memory_kind;
        /* SAFETY: as above; type is a live wasm_memorytype_t* (kept by the plan)
         * with min == max == the region's pages. */
        void *err = p_memory_new(s->ctx, type, ext + extern_union_offset);
        if (err) {
            grant_free_envs(specs, i + 1);
            Py_DECREF(buf);
            Py_DECREF(bases);
            return Py_BuildValue("(O()Ki)", Py_None, (unsigned long long)(uintptr_t)err, 0);
        }
        /* SAFETY: the memory just made in this locked Store. */
        uint8_t *base = p_memory_data(s->ctx, ext + extern_union_offset);
        size_t size = p_memory_data_size(s->ctx, ext + extern_union_offset);
        if (!base || size != length) {
            PyErr_Format(PyExc_ValueError, "region alias memory is %zu bytes, expected %zu", size, length);
            grant_free_envs(specs, i + 1);
            goto fail;
        }
        /* SAFETY: [base, base+length) is the whole accessible range of a Wasm
         * memory created with min == max == pages in this locked Store: page
         * aligned (mmap'd by Wasmtime), never moved. MAP_FIXED replaces exactly
         * that range; Wasmtime unmaps it (ours included) when the Store is
         * dropped. fd is the region's open memfd (the caller checked it under the
         * GIL, which this call keeps). */
        void *got = mmap(base, length, writable ? PROT_READ | PROT_WRITE : PROT_READ, MAP_SHARED | MAP_FIXED, fd, 0);
        if (got == MAP_FAILED || got != (void *)base) {
            int e = errno;
            grant_free_envs(specs, i + 1);
            Py_DECREF(buf);
            Py_DECREF(bases);
            return Py_BuildValue("(O()Ki)", Py_None, 0ULL, e ? e : EINVAL);
        }
        PyObject *addr = PyLong_FromVoidPtr(base);
        if (!addr) { grant_free_envs(specs, i + 1); goto fail; }
        PyTuple_SET_ITEM(bases, k++, addr);
    }
    /* SAFETY: the owned store pointer of this open, locked Store. */
    p_store_limiter(s->store, mem_cap < 0 ? -1 : mem_cap, mem_cap < 0 ? -1 : mem_cap / TABLE_ELEMENT_BYTES, inst,
                    inst * 4, inst * 4);
    return Py_BuildValue("(NNKi)", buf, bases, 0ULL, 0);
fail:
    Py_DECREF(buf);
    Py_DECREF(bases);
    return NULL;
}

/* grant_instantiate(store, module_addr, externs: bytes) -> (instance bytes | None, trap_addr, err_addr)
 * wasmtime_instance_new with the extern array grant_externs made (plus any the
 * caller appended: same layout). Ownership of trap/err passes to the caller. */
static PyObject *mod_grant_instantiate(PyObject *m, PyObject *const *a, Py_ssize_t n) {
    if (n != 3 || !PyBytes_Check(a[2])) {
        PyErr_SetString(PyExc_TypeError, "grant_instantiate(store, module_addr, externs: bytes)");
        return NULL;
    }
    void *module = PyLong_AsVoidPtr(a[1]);
    if (PyErr_Occurred()) return NULL;
    Py_ssize_t len = PyBytes_GET_SIZE(a[2]);
    if (!module || len % extern_size) { PyErr_SetString(PyExc_ValueError, "null module or ragged externs"); return NULL; }
    StoreObject *s = grant_store(a[0]);
    if (!s) return NULL;
    instance_t inst = {0, 0};
    void *trap = NULL;
    /* SAFETY: module is a live wasmtime_module_t* of this Store's engine (the
     * caller picks both from one EngineSet slot); externs holds one extern of
     * this Store per import, in import order, typed as the plan checked; the
     * bytes object is alive for the call; the Store is locked by this thread;
     * out-params are ours. The start function may run guest code, so the GIL
     * is released (host functions it calls take it back; other threads wanting
     * this Store wait on its lock, which this thread holds). */
    const char *ext = PyBytes_AS_STRING(a[2]);
    void *err;
    Py_BEGIN_ALLOW_THREADS
    err = p_instance_new(s->ctx, module, ext, (size_t)(len / extern_size), &inst, &trap);
    Py_END_ALLOW_THREADS
    if (trap || err)
        return Py_BuildValue("(OKK)", Py_None, (unsigned long long)(uintptr_t)trap, (unsigned long long)(uintptr_t)err);
    return Py_BuildValue("(y#ii)", (const char *)&inst, (Py_ssize_t)sizeof inst, 0, 0);
}

#include "reserve.h"

/* ------------------------------------------------------------------ module */

/* init(addrs: dict[str, int], extern_size, union_offset, func_kind, memory_kind, no_deadline) */
static PyObject *mod_init(PyObject *m, PyObject *args) {
    PyObject *addrs;
    unsigned long long nd;
    if (!PyArg_ParseTuple(args, "O!nniiK", &PyDict_Type, &addrs, &extern_size, &extern_union_offset, &extern_func_kind,
                          &extern_memory_kind, &nd))
        return NULL;
    if (extern_size > 64 || extern_union_offset + (Py_ssize_t)sizeof(func_t) > extern_size) {
        PyErr_SetString(PyExc_ValueError, "unexpected wasmtime_extern_t layout");
        return NULL;
    }
    no_deadline = nd;
    struct { const char *name; void **slot; } table[] = {
        {"wasmtime_func_call_unchecked", (void **)&p_call},
        {"wasmtime_context_set_epoch_deadline", (void **)&p_set_deadline},
        {"wasmtime_context_set_fuel", (void **)&p_set_fuel},
        {"wasmtime_store_new", (void **)&p_store_new},
        {"wasmtime_store_context", (void **)&p_store_context},
        {"wasmtime_store_limiter", (void **)&p_store_limiter},
        {"wasmtime_store_delete", (void **)&p_store_delete},
        {"wasmtime_instance_pre_instantiate", (void **)&p_pre_instantiate},
        {"wasmtime_instance_export_get", (void **)&p_export_get},
        {"wasmtime_context_set_wasi", (void **)&p_set_wasi},
        {"wasmtime_engine_increment_epoch", (void **)&p_increment_epoch},
        {"wasmtime_memory_data", (void **)&p_memory_data},
        {"wasmtime_memory_data_size", (void **)&p_memory_data_size},
        {"wasi_config_new", (void **)&p_wasi_config_new},
        {"wasi_config_inherit_stdout", (void **)&p_wasi_inherit_stdout},
        {"wasi_config_inherit_stderr", (void **)&p_wasi_inherit_stderr},
        {"wasmtime_error_delete", (void **)&p_error_delete},
        {"wasm_trap_delete", (void **)&p_trap_delete},
    };
    for (size_t i = 0; i < sizeof table / sizeof table[0]; i++) {
        PyObject *v = PyDict_GetItemString(addrs, table[i].name);
        if (!v) return PyErr_Format(PyExc_KeyError, "missing address of %s", table[i].name);
        void *p = PyLong_AsVoidPtr(v);
        if (!p) return PyErr_Occurred() ? NULL : PyErr_Format(PyExc_ValueError, "null %s", table[i].name);
        *table[i].slot = p;
    }
    Py_RETURN_NONE;
}

static PyObject *mod_set_handlers(PyObject *m, PyObject *args) {
    PyObject *f, *c, *a, *mi, *re;
    if (!PyArg_ParseTuple(args, "OOOOO", &f, &c, &a, &mi, &re)) return NULL;
    Py_XSETREF(h_fault, Py_NewRef(f));
    Py_XSETREF(h_closed, Py_NewRef(c));
    Py_XSETREF(h_argerr, Py_NewRef(a));
    Py_XSETREF(h_missing, Py_NewRef(mi));
    Py_XSETREF(h_reentry, Py_NewRef(re));
    Py_RETURN_NONE;
}

static PyMethodDef mod_methods[] = {
    {"init", mod_init, METH_VARARGS, "init(addrs, extern_size, union_offset, func_kind, memory_kind, no_deadline)"},
    {"set_handlers", mod_set_handlers, METH_VARARGS, "set_handlers(fault, closed, argerr, missing, reentry)"},
    {"new_store", (PyCFunction)(void (*)(void))mod_new_store, METH_FASTCALL, "new_store(engine, mem, inst, tables, mems, label)"},
    {"spawn", (PyCFunction)(void (*)(void))mod_spawn, METH_FASTCALL, "spawn(engine, pre, mem, wasi, label)"},
    {"borrow_store", (PyCFunction)(void (*)(void))mod_borrow_store, METH_FASTCALL, "borrow_store(ctx, label)"},
    {"init_grants", mod_init_grants, METH_VARARGS, "init_grants(addrs, host_callback, host_finalizer)"},
    {"grant_externs", (PyCFunction)(void (*)(void))mod_grant_externs, METH_FASTCALL,
     "grant_externs(store, specs, memory_size, instances) -> (externs | None, bases, err, errno)"},
    {"grant_instantiate", (PyCFunction)(void (*)(void))mod_grant_instantiate, METH_FASTCALL,
     "grant_instantiate(store, module, externs) -> (instance | None, trap, err)"},
    {NULL},
};

static struct PyModuleDef moddef = {
    PyModuleDef_HEAD_INIT, "multipie._fastcall", "Native host->guest calls and domain creation over Wasmtime's C API.",
    -1, mod_methods,
};

PyMODINIT_FUNC PyInit__fastcall(void) {
    if (PyType_Ready(&TickerType) < 0 || PyType_Ready(&StoreType) < 0 || PyType_Ready(&GateType) < 0 || PyType_Ready(&CallType) < 0 ||
        PyType_Ready(&ReserveType) < 0 || PyType_Ready(&RunnerType) < 0) return NULL;
    s_http_alloc = PyUnicode_InternFromString("http_alloc");
    s_http_handle = PyUnicode_InternFromString("http_handle");
    if (!s_http_alloc || !s_http_handle) return NULL;
    PyObject *m = PyModule_Create(&moddef);
    if (!m) return NULL;
    if (PyModule_AddObjectRef(m, "Store", (PyObject *)&StoreType) < 0 ||
        PyModule_AddObjectRef(m, "Gate", (PyObject *)&GateType) < 0 ||
        PyModule_AddObjectRef(m, "Call", (PyObject *)&CallType) < 0 ||
        PyModule_AddObjectRef(m, "Ticker", (PyObject *)&TickerType) < 0 ||
        PyModule_AddObjectRef(m, "Reserve", (PyObject *)&ReserveType) < 0 ||
        PyModule_AddObjectRef(m, "Runner", (PyObject *)&RunnerType) < 0) {
        Py_DECREF(m);
        return NULL;
    }
    return m;
}
