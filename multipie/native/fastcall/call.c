/* multipie/native/fastcall/call.c: Call, one bound function export, and the call trampoline.
 *
 * Argument conversion (checked before the unchecked call: arity, int range,
 * float conversion; a mismatch is explained by the Python handler so messages
 * are the fallback's), binding exports by name (Gate.bind, gate.call), and
 * the call itself: the Store's lock, fuel, deadline, the GIL released or
 * kept, faults handed to the Python handler, results read back.
 *
 * Everything a call runs is in this unit or inline in fastcall.h: the
 * vectorcall entry, conversion and result reading compile together. */
#include "fastcall.h"

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
    /* SAFETY: ctx is this open Store's context (checked under its lock, which
     * this thread holds until the call is over); fuel and deadline setters only
     * write the Store's own counters. */
    if (g->fuel >= 0) {
        err = p_set_fuel(ctx, (uint64_t)g->fuel);
        if (err) {
            PyObject *r = raise_fault(g, NULL, err);
            store_release(s);
            return r;
        }
    }
    if (g->ticks) {
        /* SAFETY: as for the fuel above. */
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
        /* SAFETY: as for the fuel above. */
        if (g->shared) p_set_deadline(ctx, no_deadline);
        /* SAFETY: as above. The GIL stays held: cheapest for short calls, but
         * other Python threads wait until the guest returns (opt-in). */
        err = p_call(ctx, &c->func, raw, (size_t)c->slots, &trap);
    } else {
        /* SAFETY: as for the fuel above. */
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
    if (c->nresults == 1) return raw_to_py(c->results[0], &raw[0]);
    PyObject *tup = PyTuple_New(c->nresults);
    if (!tup) return NULL;
    for (int i = 0; i < c->nresults; i++) {
        PyObject *v = raw_to_py(c->results[i], &raw[i]);
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
        if (!kind_is_valid(k)) {
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
PyObject *Gate_bind(GateObject *g, PyObject *const *a, Py_ssize_t n) {
    if (n != 3 || !PyUnicode_Check(a[0])) { PyErr_SetString(PyExc_TypeError, "bind(name, params, results)"); return NULL; }
    return gate_bind(g, a);
}

PyObject *gate_bind(GateObject *g, PyObject *const *a) {
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
    /* SAFETY: a func extern (its kind checked just above): its union holds a
     * wasmtime_func_t at extern_union_offset, inside ext (layout checked at init). */
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
PyObject *Gate_call(GateObject *g, PyObject *const *args, size_t nargsf, PyObject *kwnames) {
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

PyTypeObject CallType = {
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

