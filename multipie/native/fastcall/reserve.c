/* multipie/native/fastcall/reserve.c: Reserve, the request fast path of multipie._fastcall.
 *
 * Domains made ahead of time. One native thread per Reserve keeps `size`
 * Stores, each holding one fresh instance of the same InstancePre, ready to be
 * taken, and deletes the Stores that retired domains hand back. It never
 * touches Python objects or the GIL, so creation and teardown run on another
 * core while the request path only pops and pushes pointers under a mutex.
 * The thread is woken in batches (ready count down to `low`, or `batch`
 * Stores waiting to be deleted) and otherwise sleeps, checking at most every
 * REAP_NS for the last few retired Stores. When instantiation fails it pauses
 * (takers get None and spawn, which reports the error) and tries again after
 * REAP_NS, or at once on retry(). Runner (runner.c) runs Reserve exchanges on
 * native threads. */
#include "fastcall.h"

#include <sys/mman.h>
#include <time.h>

#ifndef MADV_POPULATE_WRITE
#define MADV_POPULATE_WRITE 23
#endif
#define REAP_NS 250000000L

/* One Store with a fresh instance; 0 when wasmtime refused (errors are dropped:
 * the Python spawn path reproduces and reports them). Runs without the GIL. */
static int reserve_make(ReserveObject *r, ready_t *out) {
    /* SAFETY: engine and pre stay alive while `keep` is referenced, which is
     * until the thread is joined; both are thread-safe in wasmtime (Send + Sync). */
    void *st = p_store_new(r->engine, NULL, NULL);
    if (!st) return 0;
    /* SAFETY: st is the new Store, seen by this thread only until it is pushed
     * to `ready`; every failure below deletes it once and returns. */
    void *ctx = p_store_context(st);
    if (r->mem_limit >= 0 || r->tab_limit >= 0) p_store_limiter(st, r->mem_limit, r->tab_limit, -1, -1, -1);
    p_set_deadline(ctx, no_deadline);
    if (r->wasi) {
        /* SAFETY: as above; cfg is ours until p_set_wasi takes it (even when it fails). */
        void *cfg = p_wasi_config_new();
        if (!cfg) { p_store_delete(st); return 0; }
        p_wasi_inherit_stdout(cfg);
        p_wasi_inherit_stderr(cfg);
        void *err = p_set_wasi(ctx, cfg); /* takes ownership of cfg */
        if (err) { p_error_delete(err); p_store_delete(st); return 0; }
    }
    void *trap = NULL;
    /* SAFETY: pre was made on r->engine, the engine of st; out-params are ours,
     * and trap/err are owned here, deleted once. */
    void *err = p_pre_instantiate(r->pre, ctx, &out->inst, &trap);
    if (err || trap) {
        if (err) p_error_delete(err);
        if (trap) p_trap_delete(trap);
        p_store_delete(st);
        return 0;
    }
    _Alignas(16) unsigned char ext[64];
    if (r->http) {
        static const char *names[2] = {"http_alloc", "http_handle"};
        func_t *slots[2] = {&out->f_alloc, &out->f_handle};
        for (int i = 0; i < 2; i++) {
            memset(ext, 0, sizeof ext);
            /* SAFETY: ext is larger than wasmtime_extern_t (checked at init), inst is
             * st's; a func extern holds a wasmtime_func_t at extern_union_offset. */
            if (!p_export_get(ctx, &out->inst, names[i], strlen(names[i]), ext) || ext[0] != (unsigned char)extern_func_kind) {
                p_store_delete(st);
                return 0;
            }
            memcpy(slots[i], ext + extern_union_offset, sizeof(func_t));
        }
        memset(ext, 0, sizeof ext);
        /* SAFETY: as above, for the memory export (a wasmtime_memory_t fits out->mem). */
        if (!r->memname_len || !p_export_get(ctx, &out->inst, r->memname, r->memname_len, ext) ||
            ext[0] != (unsigned char)extern_memory_kind) {
            p_store_delete(st);
            return 0;
        }
        memcpy(out->mem, ext + extern_union_offset, sizeof out->mem);
    }
    if (r->prefault && r->memname_len) {
        memset(ext, 0, sizeof ext);
        /* SAFETY: as above; base and size are those of st's own memory. */
        if (p_export_get(ctx, &out->inst, r->memname, r->memname_len, ext) && ext[0] == (unsigned char)extern_memory_kind) {
            uint8_t *base = p_memory_data(ctx, ext + extern_union_offset);
            size_t size = p_memory_data_size(ctx, ext + extern_union_offset);
            size_t len = size < r->prefault ? size : r->prefault;
            /* SAFETY: [base, base+len) is accessible linear memory of this new Store,
             * which nobody else can see yet; populating only faults its pages in
             * (zero or copied from the module image), it changes no content. Old
             * kernels refuse the advice: prefaulting is then simply off. */
            if (len && madvise(base, len, MADV_POPULATE_WRITE) != 0) r->prefault = 0;
        }
    }
    out->store = st;
    out->ctx = ctx;
    return 1;
}

static void *reserve_main(void *arg) {
    ReserveObject *r = (ReserveObject *)arg;
    int drain = 0;
    pthread_mutex_lock(&r->mu);
    while (!r->stop) {
        int want = !r->failed && r->nready < r->size;
        if (want && (r->nready <= r->low || r->ndead == 0)) {
            pthread_mutex_unlock(&r->mu);
            ready_t x;
            int ok = reserve_make(r, &x);
            pthread_mutex_lock(&r->mu);
            if (!ok) r->failed = 1;
            else if (r->stop || r->nready >= r->size) {
                pthread_mutex_unlock(&r->mu);
                /* SAFETY: made just now by this thread and never published: deleted once. */
                p_store_delete(x.store);
                pthread_mutex_lock(&r->mu);
            } else {
                r->ready[r->nready++] = x;
                r->made++;
            }
        } else if (r->ndead && (drain || r->ndead >= r->batch || want)) {
            void *st = r->dead[--r->ndead];
            pthread_mutex_unlock(&r->mu);
            /* SAFETY: retired Stores were detached from every Python object under
             * their lock (no call can be in flight) and are deleted exactly once. */
            p_store_delete(st);
            pthread_mutex_lock(&r->mu);
            r->deleted++;
        } else {
            struct timespec ts;
            clock_gettime(CLOCK_REALTIME, &ts);
            ts.tv_nsec += REAP_NS;
            if (ts.tv_nsec >= 1000000000L) ts.tv_sec++, ts.tv_nsec -= 1000000000L;
            pthread_cond_timedwait(&r->cv, &r->mu, &ts);
            drain = 1; /* after any wake, finish the work there is before sleeping again */
            /* Try again after a pause: a failure may be transient (pooling slots all in use). */
            r->failed = 0;
            continue;
        }
        if (!r->ndead && (r->failed || r->nready >= r->size)) drain = 0;
    }
    pthread_mutex_unlock(&r->mu);
    return NULL;
}

/* Reserve(keep, label, engine_addr, pre_addr, memory_limit, wasi, size, prefault, memory_name,
 *         http, fuel, ticks, ticker): `keep` owns engine and pre; with
 * `http`, Reserve.http serves requests with that fuel and deadline (ticker: the
 * native Ticker, or None without a deadline). */
static PyObject *Reserve_new(PyTypeObject *type, PyObject *args, PyObject *kw) {
    PyObject *keep, *label, *ticker;
    unsigned long long engine, pre;
    long long mem, tab, fuel;
    int wasi, size, http;
    unsigned long long prefault, ticks;
    const char *memname;
    Py_ssize_t memname_len;
    if (!PyArg_ParseTuple(args, "OUKKLLpiKz#pLKO", &keep, &label, &engine, &pre, &mem, &tab, &wasi, &size, &prefault, &memname,
                          &memname_len, &http, &fuel, &ticks, &ticker))
        return NULL;
    if (ticks && Py_TYPE(ticker) != &TickerType) {
        PyErr_SetString(PyExc_TypeError, "a deadline needs the native Ticker");
        return NULL;
    }
    if (http && !memname) {
        PyErr_SetString(PyExc_ValueError, "the http ABI needs a memory export");
        return NULL;
    }
    if (!engine || !pre) { PyErr_SetString(PyExc_ValueError, "null engine or InstancePre"); return NULL; }
    if (size < 1 || size > 1 << 20) { PyErr_SetString(PyExc_ValueError, "size must be 1..1048576"); return NULL; }
    if (memname && (size_t)memname_len >= sizeof(((ReserveObject *)0)->memname)) {
        PyErr_SetString(PyExc_ValueError, "memory export name too long");
        return NULL;
    }
    ReserveObject *r = (ReserveObject *)type->tp_alloc(type, 0);
    if (!r) return NULL;
    pthread_mutex_init(&r->mu, NULL);
    pthread_cond_init(&r->cv, NULL);
    r->keep = Py_NewRef(keep);
    r->label = Py_NewRef(label);
    /* SAFETY: engine and pre are the live wasm_engine_t* and wasmtime_instance_pre_t*
     * owned by `keep` (checked non-null above), referenced until the thread is joined. */
    r->engine = (void *)(uintptr_t)engine;
    r->pre = (void *)(uintptr_t)pre;
    r->mem_limit = mem;
    r->tab_limit = tab;
    r->wasi = wasi;
    r->prefault = (size_t)prefault;
    if (memname) {
        /* SAFETY: memname_len < sizeof r->memname (checked above). */
        memcpy(r->memname, memname, (size_t)memname_len);
        r->memname_len = (size_t)memname_len;
    }
    r->http = http;
    r->fuel = fuel;
    r->ticks = ticks;
    r->ticker = ticks ? (TickerObject *)Py_NewRef(ticker) : NULL;
    r->size = size;
    r->low = size / 2;
    r->batch = size / 2 > 0 ? size / 2 : 1;
    r->ready = PyMem_RawCalloc((size_t)size, sizeof(ready_t));
    r->cap_dead = size > 16 ? size : 16;
    r->dead = PyMem_RawCalloc((size_t)r->cap_dead, sizeof(void *));
    if (!r->ready || !r->dead) { Py_DECREF(r); return PyErr_NoMemory(); }
    return (PyObject *)r;
}

static PyObject *Reserve_start(ReserveObject *r, PyObject *unused) {
    if (r->started || r->closed) Py_RETURN_NONE;
    if (pthread_create(&r->thread, NULL, reserve_main, r) != 0) {
        PyErr_SetString(PyExc_OSError, "cannot start the reserve thread");
        return NULL;
    }
#ifdef __linux__
    pthread_setname_np(r->thread, "multipie-reserve");
#endif
    r->started = 1;
    Py_RETURN_NONE;
}

/* Hand a Store back to be deleted by the reserve's thread (growing the list as
 * needed), or delete it here when the reserve is closed or out of memory.
 * in_flight: it was popped by Reserve.http or a Runner job. */
void reserve_give_back(ReserveObject *r, void *st, int in_flight) {
    int queued = 0;
    pthread_mutex_lock(&r->mu);
    if (in_flight) r->inflight--;
    if (!r->closed && r->started) {
        if (r->ndead == r->cap_dead) {
            void **grown = PyMem_RawRealloc(r->dead, (size_t)r->cap_dead * 2 * sizeof(void *));
            if (grown) r->dead = grown, r->cap_dead *= 2;
        }
        if (r->ndead < r->cap_dead) {
            r->dead[r->ndead++] = st;
            queued = 1;
            if (r->ndead == r->batch) pthread_cond_signal(&r->cv);
        }
    }
    if (!queued) r->deleted++;
    pthread_mutex_unlock(&r->mu);
    /* SAFETY: the caller detached st from every object (or never attached it); deleted exactly once. */
    if (!queued) p_store_delete(st);
}

/* Pop a ready Store; 0 when none is ready (the thread is nudged either way
 * when the reserve runs low). in_flight: for Reserve.http/Runner (counted until
 * given back). */
int reserve_pop(ReserveObject *r, ready_t *x, int in_flight) {
    int got = 0;
    pthread_mutex_lock(&r->mu);
    if (r->nready) {
        *x = r->ready[--r->nready];
        got = 1;
        r->taken++;
        r->inflight += (unsigned long long)in_flight;
        if (r->nready == r->low) pthread_cond_signal(&r->cv);
    } else if (!r->failed) {
        pthread_cond_signal(&r->cv);
    }
    pthread_mutex_unlock(&r->mu);
    return got;
}

/* Reserve.take(owner, label, fuel, ticks, ticker, protos) -> Gate | None: a ready
 * Store wrapped in a Store object and a Gate for owner (the domain being made),
 * or None when none is ready. */
static PyObject *Reserve_take(ReserveObject *r, PyObject *const *a, Py_ssize_t n) {
    if (n != 6 || !PyDict_Check(a[5])) {
        PyErr_SetString(PyExc_TypeError, "take(owner, label, fuel, ticks, ticker, protos)");
        return NULL;
    }
    long long fuel = PyLong_AsLongLong(a[2]);
    unsigned long long ticks = PyLong_AsUnsignedLongLong(a[3]);
    if (PyErr_Occurred()) return NULL;
    ready_t x;
    if (!reserve_pop(r, &x, 0)) Py_RETURN_NONE;
    StoreObject *s = store_alloc(a[1]);
    if (!s) {
        reserve_give_back(r, x.store, 0);
        return NULL;
    }
    s->store = x.store; /* owned from here: a failure below deletes it with s */
    s->ctx = x.ctx;
    GateObject *g = gate_make(&GateType, s, a[0], &x.inst, fuel, ticks, a[4], 0, a[5]);
    Py_DECREF(s);
    return (PyObject *)g;
}

/* One request in the popped Store x: fuel, deadline, http_alloc, copy in,
 * http_handle, bounds checks. Needs no GIL (runs in Runner threads too). */
void reserve_exchange(ReserveObject *r, ready_t *x, const char *head, size_t hlen, const char *body,
                      size_t blen, size_t max_response, xchg_t *o) {
    void *ctx = x->ctx;
    /* SAFETY: x's Store is this request's alone (popped; see below); fuel and
     * deadline are its own counters. */
    if (r->fuel >= 0) {
        void *err = p_set_fuel(ctx, (uint64_t)r->fuel);
        if (err) {
            memset(o, 0, sizeof *o);
            o->err = err;
            return;
        }
    }
    if (r->ticks) {
        /* SAFETY: as for the fuel. */
        p_set_deadline(ctx, r->ticks);
        ticker_enter(r->ticker);
    }
    /* SAFETY: this Store was made by the reserve's thread and popped by this
     * request: no other thread or Python object can reach it. f_alloc/f_handle/mem
     * were looked up in its instance (the service's exports type-checked at load);
     * head/body are immutable bytes the caller keeps alive. */
    http_core(ctx, &x->f_alloc, &x->f_handle, x->mem, head, hlen, body, blen, max_response, o);
    if (r->ticks) ticker_leave(r->ticker);
}

/* With the GIL: the exchange's Python result (see Reserve.http) and the
 * Store's disposal (retired to the reserve's thread, or handed to Python with
 * a failure). */
PyObject *reserve_finish(ReserveObject *r, ready_t *x, xchg_t *o) {
    PyObject *out = NULL;
    if (!o->trap && !o->err && !o->what) {
        /* SAFETY: [rptr, rptr+rlen) was checked against the current size; nobody else has the Store. */
        out = PyBytes_FromStringAndSize((const char *)p_memory_data(x->ctx, x->mem) + o->rptr, (Py_ssize_t)o->rlen);
        reserve_give_back(r, x->store, 1);
        return out; /* NULL with MemoryError when the copy could not be made */
    }
    /* A failure: hand the Store to Python, which reports and tears the domain down. */
    pthread_mutex_lock(&r->mu);
    r->inflight--;
    pthread_mutex_unlock(&r->mu);
    StoreObject *s = store_alloc(r->label);
    if (!s) {
        /* SAFETY: the exchange handed trap/err over with ownership; nobody reports them now. */
        if (o->trap) p_trap_delete(o->trap);
        if (o->err) p_error_delete(o->err);
        reserve_give_back(r, x->store, 0);
        return NULL;
    }
    s->store = x->store;
    s->ctx = x->ctx;
    if (o->what)
        out = Py_BuildValue("(iKKNy#)", o->what, (unsigned long long)o->wa, (unsigned long long)o->wb, (PyObject *)s,
                            (const char *)&x->inst, (Py_ssize_t)sizeof x->inst);
    else
        out = Py_BuildValue("(iKKNy#)", 0, (unsigned long long)(uintptr_t)o->trap, (unsigned long long)(uintptr_t)o->err,
                            (PyObject *)s, (const char *)&x->inst, (Py_ssize_t)sizeof x->inst);
    return out;
}

/* Reserve.http(head: bytes, body: bytes, max_response: int, release_gil: bool)
 *   -> bytes: the response of a fresh domain, whose Store is then retired;
 *   -> None: no Store was ready (serve the request through a spawned domain);
 *   -> (what, a, b, Store, instance): the domain failed and is handed to Python to
 *      report and tear down: what = 0 for a trap/error (a, b: trap and error
 *      addresses, ownership passed), 1 or 2 for an ABI breach as in Gate.http.
 * The whole life of a request's domain in one call: pop, fuel, deadline,
 * http_alloc, copy in, http_handle, copy out, retire. */
static PyObject *Reserve_http(ReserveObject *r, PyObject *const *a, Py_ssize_t n) {
    const char *head, *body;
    size_t hlen, blen, max_response;
    if (n != 4) { PyErr_SetString(PyExc_TypeError, "http(head, body, max_response, release_gil)"); return NULL; }
    if (http_args(a, &head, &hlen, &body, &blen, &max_response) < 0) return NULL;
    int release_gil = PyObject_IsTrue(a[3]);
    if (release_gil < 0) return NULL;
    if (!r->http) { PyErr_SetString(PyExc_ValueError, "this reserve was not made for the http ABI"); return NULL; }
    ready_t x;
    if (!reserve_pop(r, &x, 1)) Py_RETURN_NONE;
    xchg_t o;
    if (release_gil) {
        Py_BEGIN_ALLOW_THREADS
        reserve_exchange(r, &x, head, hlen, body, blen, max_response, &o);
        Py_END_ALLOW_THREADS
    } else {
        reserve_exchange(r, &x, head, hlen, body, blen, max_response, &o);
    }
    return reserve_finish(r, &x, &o);
}

/* Reserve.retire(store) -> None: take the Store away from its object (waiting
 * for a call in flight in another thread) and delete it in the background. */
static PyObject *Reserve_retire(ReserveObject *r, PyObject *arg) {
    if (Py_TYPE(arg) != &StoreType) { PyErr_SetString(PyExc_TypeError, "retire(Store)"); return NULL; }
    StoreObject *s = (StoreObject *)arg;
    if (!s->store) Py_RETURN_NONE; /* borrowed or already closed */
    int held = s->in_fault && s->owner_thread == PyThread_get_thread_ident();
    if (!held && store_acquire(s) < 0) return NULL;
    void *st = s->store;
    s->store = NULL;
    s->ctx = NULL;
    if (!held) store_release(s);
    reserve_give_back(r, st, 0);
    Py_RETURN_NONE;
}

/* Reserve.retry(): refill again after a failed instantiation (its cause fixed). */
static PyObject *Reserve_retry(ReserveObject *r, PyObject *unused) {
    pthread_mutex_lock(&r->mu);
    r->failed = 0;
    pthread_cond_signal(&r->cv);
    pthread_mutex_unlock(&r->mu);
    Py_RETURN_NONE;
}

static void reserve_close(ReserveObject *r) {
    if (r->closed) return;
    pthread_mutex_lock(&r->mu);
    r->stop = 1;
    r->closed = 1;
    pthread_cond_signal(&r->cv);
    pthread_mutex_unlock(&r->mu);
    if (r->started) {
        Py_BEGIN_ALLOW_THREADS
        pthread_join(r->thread, NULL);
        Py_END_ALLOW_THREADS
    }
    /* SAFETY: the thread is gone; ready Stores were never handed out, retired
     * ones were detached from their objects: each is deleted exactly once. */
    for (int i = 0; i < r->nready; i++) p_store_delete(r->ready[i].store);
    for (int i = 0; i < r->ndead; i++) p_store_delete(r->dead[i]);
    r->deleted += (unsigned long long)(r->nready + r->ndead);
    r->nready = r->ndead = 0;
}

static PyObject *Reserve_close(ReserveObject *r, PyObject *unused) {
    reserve_close(r);
    Py_RETURN_NONE;
}

static void Reserve_dealloc(ReserveObject *r) {
    reserve_close(r);
    pthread_mutex_destroy(&r->mu);
    pthread_cond_destroy(&r->cv);
    PyMem_RawFree(r->ready);
    PyMem_RawFree(r->dead);
    Py_XDECREF(r->keep);
    Py_XDECREF(r->label);
    Py_XDECREF((PyObject *)r->ticker);
    Py_TYPE(r)->tp_free((PyObject *)r);
}

static PyObject *Reserve_stat(ReserveObject *r, void *which) {
    unsigned long long v;
    pthread_mutex_lock(&r->mu);
    switch ((intptr_t)which) {
    case 0: v = (unsigned long long)r->nready; break;
    case 1: v = (unsigned long long)r->ndead; break;
    case 2: v = r->made; break;
    case 3: v = r->deleted; break;
    case 4: v = (unsigned long long)r->failed; break;
    case 6: v = r->taken; break;
    case 7: v = r->inflight; break;
    default: v = (unsigned long long)r->prefault; break;
    }
    pthread_mutex_unlock(&r->mu);
    return PyLong_FromUnsignedLongLong(v);
}

static PyMethodDef Reserve_methods[] = {
    {"start", (PyCFunction)Reserve_start, METH_NOARGS, "start the thread (it fills the reserve)"},
    {"take", (PyCFunction)(void (*)(void))Reserve_take, METH_FASTCALL, "take(owner, label, fuel, ticks, ticker, protos) -> Gate | None"},
    {"retire", (PyCFunction)Reserve_retire, METH_O, "retire(Store): delete it in the background"},
    {"http", (PyCFunction)(void (*)(void))Reserve_http, METH_FASTCALL, "http(head, body, max_response, release_gil) -> bytes | None | (what, a, b, Store, instance)"},
    {"retry", (PyCFunction)Reserve_retry, METH_NOARGS, "refill again after a failure"},
    {"close", (PyCFunction)Reserve_close, METH_NOARGS, "stop the thread and delete every Store it holds"},
    {NULL},
};

static PyGetSetDef Reserve_getset[] = {
    {"ready", (getter)Reserve_stat, NULL, "Stores ready to be taken", (void *)0},
    {"pending", (getter)Reserve_stat, NULL, "retired Stores not yet deleted", (void *)1},
    {"made", (getter)Reserve_stat, NULL, "Stores made so far", (void *)2},
    {"deleted", (getter)Reserve_stat, NULL, "Stores deleted so far", (void *)3},
    {"failed", (getter)Reserve_stat, NULL, "1 when instantiation failed (refilling paused until retry())", (void *)4},
    {"prefault", (getter)Reserve_stat, NULL, "bytes populated per new Store (0: off)", (void *)5},
    {"taken", (getter)Reserve_stat, NULL, "Stores taken (by take or http)", (void *)6},
    {"inflight", (getter)Reserve_stat, NULL, "requests inside Reserve.http right now", (void *)7},
    {NULL},
};

PyTypeObject ReserveType = {
    PyVarObject_HEAD_INIT(NULL, 0)
    .tp_name = "multipie._fastcall.Reserve",
    .tp_basicsize = sizeof(ReserveObject),
    .tp_dealloc = (destructor)Reserve_dealloc,
    .tp_flags = Py_TPFLAGS_DEFAULT,
    .tp_doc = "Stores with a fresh instance, made and deleted ahead of time by a native thread.",
    .tp_methods = Reserve_methods,
    .tp_getset = Reserve_getset,
    .tp_new = Reserve_new,
};
