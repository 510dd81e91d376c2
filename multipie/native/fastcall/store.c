/* multipie/native/fastcall/store.c: Store, one wasmtime_store_t and the lock
 * that keeps two threads out of it at once; new_store, spawn (new_store +
 * instantiate, the creation hot path) and borrow_store. */
#include "fastcall.h"

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
    pthread_mutex_destroy(&s->lock);
    Py_XDECREF(s->label);
    Py_TYPE(s)->tp_free((PyObject *)s);
}

StoreObject *store_alloc(PyObject *label) {
    StoreObject *s = PyObject_New(StoreObject, &StoreType);
    if (!s) return NULL;
    s->store = NULL;
    s->ctx = NULL;
    s->owner_thread = 0;
    s->in_fault = 0;
    s->label = label;
    Py_INCREF(label);
    /* A default (non-recursive) mutex: re-entry is caught before it would deadlock. */
    pthread_mutex_init(&s->lock, NULL);
    return s;
}

/* Store.instantiate(pre_addr, wasi_addr[, fuel, ticks, ticker]) -> (instance bytes | None, trap_addr, err_addr).
 * wasi_addr (0: none) is a wasi_config_t* whose ownership passes to the Store.
 * The start function runs under the same limits as a call: fuel (< 0: unmetered)
 * and a deadline of `ticks` epochs (0: none) driven by `ticker`, GIL released. */
static PyObject *Store_instantiate(StoreObject *s, PyObject *const *a, Py_ssize_t n) {
    if (n != 2 && n != 5) { PyErr_SetString(PyExc_TypeError, "instantiate takes 2 or 5 arguments"); return NULL; }
    /* SAFETY: pre is a live wasmtime_instance_pre_t* of the service (checked non-null
     * below), wasi a fresh wasi_config_t* or 0, both handed over by fastpath.py. */
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
        /* SAFETY: ctx is open and locked by this thread; the Store takes ownership of wasi. */
        void *err = p_set_wasi(s->ctx, wasi);
        if (err) { store_release(s); return Py_BuildValue("(OnK)", Py_None, (Py_ssize_t)0, (unsigned long long)(uintptr_t)err); }
    }
    instance_t inst = {0, 0};
    void *trap = NULL, *err = NULL;
    if (fuel >= 0) {
        /* SAFETY: as above; fuel and deadline are the Store's own counters. */
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
        /* SAFETY: as for the fuel. */
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

/* new_store(engine_addr, memory_size, table_elements, instances, tables, memories, label) -> Store.
 * memory_size (bytes per memory) and table_elements (per table) are the domain's
 * memory_limit split over its memories and tables (domains/wasm/budget.py).
 * Limits < 0 leave wasmtime's default. The deadline starts at "never". */
PyObject *mod_new_store(PyObject *m, PyObject *const *a, Py_ssize_t n) {
    if (n != 7) { PyErr_SetString(PyExc_TypeError, "new_store takes 7 arguments"); return NULL; }
    /* SAFETY: the address of the live engine, used as said at p_store_new below. */
    void *engine = PyLong_AsVoidPtr(a[0]);
    long long mem = PyLong_AsLongLong(a[1]);
    long long tab = PyLong_AsLongLong(a[2]);
    long long inst = PyLong_AsLongLong(a[3]);
    long long tabs = PyLong_AsLongLong(a[4]);
    long long mems = PyLong_AsLongLong(a[5]);
    if (PyErr_Occurred()) return NULL;
    if (!engine) { PyErr_SetString(PyExc_ValueError, "null engine"); return NULL; }
    StoreObject *s = store_alloc(a[6]);
    if (!s) return NULL;
    /* SAFETY: engine is a live wasm_engine_t* owned by the runtime's EngineSet,
     * which outlives every Store (the Python Store object keeps it referenced). */
    s->store = p_store_new(engine, NULL, NULL);
    if (!s->store) { Py_DECREF(s); PyErr_NoMemory(); return NULL; }
    /* SAFETY: the Store just made, owned by s and seen by no other thread yet. */
    s->ctx = p_store_context(s->store);
    if (mem >= 0 || tab >= 0 || inst >= 0 || tabs >= 0 || mems >= 0)
        p_store_limiter(s->store, mem, tab, inst, tabs, mems);
    p_set_deadline(s->ctx, no_deadline);
    return (PyObject *)s;
}

/* spawn(engine, pre, memory_size, table_elements, wasi, label[, fuel, ticks, ticker])
 * -> (Store, instance | None, trap, err): new_store + instantiate in one call (the creation hot path). */
PyObject *mod_spawn(PyObject *m, PyObject *const *a, Py_ssize_t n) {
    if (n != 6 && n != 9) { PyErr_SetString(PyExc_TypeError, "spawn takes 6 or 9 arguments"); return NULL; }
    PyObject *sa[7] = {a[0], a[2], a[3], NULL, NULL, NULL, a[5]};
    PyObject *minus = PyLong_FromLong(-1);
    if (!minus) return NULL;
    sa[3] = sa[4] = sa[5] = minus;
    PyObject *s = mod_new_store(m, sa, 7);
    Py_DECREF(minus);
    if (!s) return NULL;
    PyObject *ia[5] = {a[1], a[4], n == 9 ? a[6] : NULL, n == 9 ? a[7] : NULL, n == 9 ? a[8] : NULL};
    PyObject *r = Store_instantiate((StoreObject *)s, ia, n == 9 ? 5 : 2);
    if (!r) { Py_DECREF(s); return NULL; }
    PyObject *out = PyTuple_Pack(4, s, PyTuple_GET_ITEM(r, 0), PyTuple_GET_ITEM(r, 1), PyTuple_GET_ITEM(r, 2));
    Py_DECREF(r);
    Py_DECREF(s);
    return out;
}

/* borrow_store(ctx_addr, label) -> Store that does not own the context
 * (a wasmtime-py Store built by the grants path; its owner closes it). */
PyObject *mod_borrow_store(PyObject *m, PyObject *const *a, Py_ssize_t n) {
    if (n != 2) { PyErr_SetString(PyExc_TypeError, "borrow_store takes 2 arguments"); return NULL; }
    /* SAFETY: the context of a live wasmtime-py Store (its owner keeps it alive and
     * closes this object first, fastpath.py); only ever used under this object's lock. */
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
static PyObject *Store_get_in_fault(StoreObject *s, void *c) { return PyBool_FromLong(s->in_fault); }
static int Store_set_in_fault(StoreObject *s, PyObject *v, void *c) {
    int b = v ? PyObject_IsTrue(v) : 0;
    if (b < 0) return -1;
    s->in_fault = b;
    return 0;
}

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
    {"in_fault", (getter)Store_get_in_fault, (setter)Store_set_in_fault,
     "True while the lock holder reports a fault (its close() drops the store directly)", NULL},
    {NULL},
};

PyTypeObject StoreType = {
    PyVarObject_HEAD_INIT(NULL, 0)
    .tp_name = "multipie._fastcall.Store",
    .tp_basicsize = sizeof(StoreObject),
    .tp_dealloc = (destructor)Store_dealloc,
    .tp_flags = Py_TPFLAGS_DEFAULT,
    .tp_doc = "One wasmtime Store and the lock that serialises entry into it.",
    .tp_methods = Store_methods,
    .tp_getset = Store_getset,
};
