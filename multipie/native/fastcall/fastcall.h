/* multipie/native/fastcall/fastcall.h: what the units of multipie._fastcall share.
 *
 * Declarations only, plus the few helpers every call runs (the Store lock, the
 * ticker's enter/leave), kept `static inline` here so the call path compiles as
 * it did in one unit: a call into another unit per lock would add ns to every
 * guest call. See fastcall/module.c for the extension's overview.
 *
 * Units: module.c (init, handlers, the module), store.c (Store, spawn), ticker.c
 * (Ticker), gate.c (Gate), call.c (Call: argument conversion and the call
 * trampoline), http.c (the zero-copy HTTP ABI), grants.c (grant spawns),
 * reserve.c (Reserve), runner.c (Runner), component.c (CompCall: typed component calls).
 */
#ifndef MULTIPIE_NATIVE_FASTCALL_H
#define MULTIPIE_NATIVE_FASTCALL_H

#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <pythread.h>
#include <pthread.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "common/capi.h"
#include "common/kinds.h"

/* ------------------------------------------------ wasmtime and Python entry points
 * Set once by init() / set_handlers() (module.c), read by every unit. */

extern call_fn p_call;
extern set_deadline_fn p_set_deadline;
extern set_fuel_fn p_set_fuel;
extern store_new_fn p_store_new;
extern store_context_fn p_store_context;
extern store_limiter_fn p_store_limiter;
extern store_delete_fn p_store_delete;
extern pre_instantiate_fn p_pre_instantiate;
extern export_get_fn p_export_get;
extern set_wasi_fn p_set_wasi;
extern increment_epoch_fn p_increment_epoch;
extern memory_data_fn p_memory_data;
extern memory_data_size_fn p_memory_data_size;
extern wasi_config_new_fn p_wasi_config_new;
extern wasi_config_inherit_fn p_wasi_inherit_stdout;
extern wasi_config_inherit_fn p_wasi_inherit_stderr;
extern delete_fn p_error_delete;
extern delete_fn p_trap_delete;
/* wasmtime_extern_t's layout (measured by Python), the kinds' tags, "no deadline" */
extern Py_ssize_t extern_size, extern_union_offset;
extern int extern_func_kind;
extern int extern_memory_kind;
extern uint64_t no_deadline;

/* Python handlers (set by set_handlers): they raise the multiPIE errors. */
extern PyObject *h_fault;   /* fault(owner, trap_addr, err_addr) -> raises */
extern PyObject *h_closed;  /* closed(owner) -> raises */
extern PyObject *h_argerr;  /* argerr(owner, name, args_tuple) -> raises */
extern PyObject *h_missing; /* missing(owner, name) -> Call */
extern PyObject *h_reentry; /* reentry(label) -> raises */

/* Params/results kept inline in a Call (and raw slots on the C stack); larger
 * signatures (Wasm allows 1,000) use heap buffers. */
#define MAX_SLOTS 16

/* ------------------------------------------------------------------ Store (store.c) */

typedef struct {
    PyObject_HEAD
    void *store;        /* owned wasmtime_store_t* (NULL when borrowed or closed) */
    void *ctx;          /* its context; NULL once closed */
    /* A pthread mutex, not a PyThread lock: CPython 3.11's PyThread_acquire_lock_timed
     * reads the monotonic clock even for a non-blocking try (a clock_gettime per call). */
    pthread_mutex_t lock;
    unsigned long owner_thread; /* thread holding the lock, 0 when free */
    int in_fault;       /* the lock holder is reporting a fault: close() may drop */
    PyObject *label;    /* for re-entry messages */
} StoreObject;

extern PyTypeObject StoreType;

/* A new Store object with no wasmtime Store yet (the caller sets store/ctx); NULL with an exception. */
StoreObject *store_alloc(PyObject *label);
PyObject *mod_new_store(PyObject *m, PyObject *const *a, Py_ssize_t n);
PyObject *mod_spawn(PyObject *m, PyObject *const *a, Py_ssize_t n);
PyObject *mod_borrow_store(PyObject *m, PyObject *const *a, Py_ssize_t n);

/* Acquire the Store's lock for the current thread. Returns 0, or -1 with an
 * exception set (re-entry from the thread that already holds it). */
static inline int store_acquire(StoreObject *s) {
    unsigned long me = PyThread_get_thread_ident();
    if (pthread_mutex_trylock(&s->lock) != 0) {
        if (s->owner_thread == me) {
            PyObject *r = PyObject_CallOneArg(h_reentry, s->label);
            Py_XDECREF(r);
            return -1;
        }
        Py_BEGIN_ALLOW_THREADS
        pthread_mutex_lock(&s->lock);
        Py_END_ALLOW_THREADS
    }
    s->owner_thread = me;
    return 0;
}

static inline void store_release(StoreObject *s) {
    s->owner_thread = 0;
    pthread_mutex_unlock(&s->lock);
}

/* ----------------------------------------------------------------- Ticker (ticker.c) */

#define MAX_ENGINES 8

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

extern PyTypeObject TickerType;

/* A timed call starts: wake the thread when it was idle. */
static inline void ticker_enter(TickerObject *t) {
    if (__atomic_fetch_add(&t->active, 1, __ATOMIC_ACQ_REL) == 0) {
        pthread_mutex_lock(&t->mu);
        pthread_cond_signal(&t->cv);
        pthread_mutex_unlock(&t->mu);
    }
}

static inline void ticker_leave(TickerObject *t) { __atomic_fetch_sub(&t->active, 1, __ATOMIC_ACQ_REL); }

/* ------------------------------------------------------------------- Gate (gate.c) */

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

extern PyTypeObject GateType;

/* A new Gate over store for owner (references taken); NULL with an exception. */
GateObject *gate_make(PyTypeObject *type, StoreObject *store, PyObject *owner, const instance_t *inst, int64_t fuel,
                      uint64_t ticks, PyObject *ticker, int shared, PyObject *protos);
/* Raise DomainClosed through the Python handler; always NULL. */
PyObject *raise_closed(GateObject *g);
/* Report a fault through the Python handler with the lock still held; the
 * handler takes ownership of trap/err, tears the domain down and raises. Always NULL. */
PyObject *raise_fault(GateObject *g, void *trap, void *err);

/* -------------------------------------------------------------------- Call (call.c) */

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

extern PyTypeObject CallType;

/* Bind export a[0] with param/result codes a[1], a[2] into g's table: a Call,
 * Py_None when the instance has no function export of that name, or NULL. */
PyObject *gate_bind(GateObject *g, PyObject *const *a);
/* Gate.bind(name, params_codes, results_codes) -> Call | None */
PyObject *Gate_bind(GateObject *g, PyObject *const *a, Py_ssize_t n);
/* gate.call(name, *args): the export table lookup and the call, all in C. */
PyObject *Gate_call(GateObject *g, PyObject *const *args, size_t nargsf, PyObject *kwnames);

/* ------------------------------------------------------- the HTTP ABI (http.c) */

/* The outcome of one zero-copy HTTP exchange. */
typedef struct {
    void *trap, *err;        /* a fault (ownership with whoever reports it) */
    int what;                /* 1: http_alloc's pointer, 2: the response range, is outside memory */
    uint64_t wa, wb;         /* what=1: (total, ptr); what=2: (rptr, rlen) */
    uint64_t rptr, rlen;     /* the response, checked against memory */
} xchg_t;

/* Intern the export names (at module init); -1 with an exception. */
int http_init(void);
/* One exchange: http_alloc, copy in, http_handle, bounds checks. Needs no GIL.
 * SAFETY (callers): see http.c. */
void http_core(void *ctx, const func_t *f_alloc, const func_t *f_handle, const void *mem, const char *head,
               size_t hlen, const char *body, size_t blen, size_t max_response, xchg_t *o);
/* Parse (head: bytes, body: bytes, max_response: int); -1 with an exception. */
int http_args(PyObject *const *a, const char **head, size_t *hlen, const char **body, size_t *blen,
              size_t *max_response);
/* Gate.http(head, body, memory_name, max_response) */
PyObject *Gate_http(GateObject *g, PyObject *const *a, Py_ssize_t n);

/* ------------------------------------------------------------- grant spawns (grants.c) */

PyObject *mod_init_grants(PyObject *m, PyObject *args);
PyObject *mod_grant_externs(PyObject *m, PyObject *const *a, Py_ssize_t n);
PyObject *mod_grant_instantiate(PyObject *m, PyObject *const *a, Py_ssize_t n);

/* ------------------------------------------------------------ Reserve (reserve.c) */

/* One ready Store; with `http` set, its handler exports and memory are looked up too. */
typedef struct {
    void *store, *ctx;
    instance_t inst;
    func_t f_alloc, f_handle;
    _Alignas(16) unsigned char mem[32];
} ready_t;

typedef struct {
    PyObject_HEAD
    PyObject *keep;         /* the objects owning engine and pre: alive while the thread runs */
    PyObject *label;        /* the service name (Store labels in re-entry messages) */
    void *engine, *pre;
    int64_t mem_limit;      /* bytes per memory (< 0: none); with tab_limit, a split of memory_limit (budget.py) */
    int64_t tab_limit;      /* elements per table (< 0: none) */
    int wasi;               /* give each Store a reactor WASI context (stdout/stderr inherited) */
    size_t prefault;        /* bytes of linear memory populated ahead of the first request */
    char memname[64];
    size_t memname_len;     /* 0: no memory to prefault */
    int http;               /* look up http_alloc/http_handle/memory per Store: Reserve.http serves requests */
    int64_t fuel;           /* per request in Reserve.http (< 0: unmetered) */
    uint64_t ticks;         /* deadline per request in Reserve.http (0: none) */
    TickerObject *ticker;   /* native ticker for that deadline (a reference), or NULL */
    unsigned long long taken, inflight;
    int size, low, batch;
    pthread_mutex_t mu;
    pthread_cond_t cv;
    pthread_t thread;
    int started, stop, failed, closed;
    ready_t *ready;
    int nready;
    void **dead;
    int ndead, cap_dead;
    unsigned long long made, deleted;
} ReserveObject;

extern PyTypeObject ReserveType;

/* Pop a ready Store; 0 when none is ready. in_flight: counted until given back. */
int reserve_pop(ReserveObject *r, ready_t *x, int in_flight);
/* Hand a Store back to be deleted by the reserve's thread (or here). */
void reserve_give_back(ReserveObject *r, void *st, int in_flight);
/* One request in the popped Store x. Needs no GIL. */
void reserve_exchange(ReserveObject *r, ready_t *x, const char *head, size_t hlen, const char *body, size_t blen,
                      size_t max_response, xchg_t *o);
/* With the GIL: the exchange's Python result and the Store's disposal. */
PyObject *reserve_finish(ReserveObject *r, ready_t *x, xchg_t *o);

/* ------------------------------------------------------------- Runner (runner.c) */

extern PyTypeObject RunnerType;

/* ---------------------------------------------------- CompCall (component.c) */

extern PyTypeObject CompCallType;
/* init_component(addrs, val_size, union_offset, func_size, kinds) */
PyObject *mod_init_component(PyObject *m, PyObject *args);

#endif
