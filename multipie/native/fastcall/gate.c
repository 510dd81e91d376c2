/* multipie/native/fastcall/gate.c: Gate, one domain's entry into its Store.
 *
 * Its Store, open flag, fuel and deadline per call, the ticker for timeouts,
 * and its export table (bound Calls, call.c); faults and closed domains are
 * reported through the Python handlers. */
#include "fastcall.h"

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
GateObject *gate_make(PyTypeObject *type, StoreObject *store, PyObject *owner, const instance_t *inst,
                      int64_t fuel, uint64_t ticks, PyObject *ticker, int shared, PyObject *protos) {
    GateObject *g = (GateObject *)type->tp_alloc(type, 0);
    if (!g) return NULL;
    g->store = (StoreObject *)Py_NewRef((PyObject *)store);
    g->owner = Py_NewRef(owner);
    g->exports = NULL; /* allocated on first bind: most grouped domains never need one */
    g->protos = Py_NewRef(protos);
    /* SAFETY: inst points at a wasmtime_instance_t (Gate_new checked the bytes' length). */
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

/* Raise DomainClosed through the Python handler. */
PyObject *raise_closed(GateObject *g) {
    PyObject *r = PyObject_CallOneArg(h_closed, g->owner);
    Py_XDECREF(r);
    if (!PyErr_Occurred()) PyErr_SetString(PyExc_SystemError, "closed handler did not raise");
    return NULL;
}

/* Report a fault through the Python handler with the lock still held; the
 * handler takes ownership of trap/err, tears the domain down and raises. */
PyObject *raise_fault(GateObject *g, void *trap, void *err) {
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

/* Gate.close(): later calls raise DomainClosed. Caller holds the Store lock
 * or knows no call is in flight (the domain's teardown). */
static PyObject *Gate_close(GateObject *g, PyObject *unused) {
    g->open = 0;
    if (g->exports) PyDict_Clear(g->exports);
    Py_RETURN_NONE;
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
    /* SAFETY: base is only compared with the memory's current base after each
     * call, never dereferenced; the handle's bytes fit g->mem (checked above). */
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

PyTypeObject GateType = {
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

