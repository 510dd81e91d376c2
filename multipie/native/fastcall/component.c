/* multipie/native/fastcall/component.c: CompCall, a typed component export called without ctypes.
 *
 * The component kind's twin of Call (call.c): one bound export of one component
 * domain whose parameters and result are all "flat" WIT values (bool, integers,
 * floats, char, string, list<u8>), or an option of one, or (the result only) a
 * result<flat?, flat?>, which the `post` callable unwraps as the domain does. Arguments are lowered in C straight from the
 * Python objects (a str's UTF-8 buffer is lent to Wasmtime, not copied: the C
 * API only reads its arguments), wasmtime_component_func_call runs with the GIL
 * released under the domain's fuel and deadline, and the result is lifted in C.
 *
 * Anything the C path does not take as is (a wrong arity, a bool for an int,
 * an int out of range, a str with lone surrogates, a list of ints for bytes)
 * is handed to `fallback`, the Python implementation of the same call
 * (domains/component/domain.py), which either runs it or raises the precise
 * ArgumentError: behaviour and messages stay the Python path's.
 *
 * Faults: a Wasmtime error is handed, with ownership, to `on_error` while the
 * Store lock is held (Store.in_fault set, so the domain's teardown may delete
 * the Store), exactly as Gate does with its fault handler. A closed domain is
 * reported by `on_closed`. Both raise. */
#include "fastcall.h"

#include "common/addresses.h"

#include <float.h>
#include <limits.h>
#include <math.h>

static comp_call_fn p_comp_call;
static comp_val_delete_fn p_comp_val_delete;

/* Value codes (one char per WIT type, the same string as domains/component/fastpath.py:CODES),
 * and the C API's kind for each, handed over by init_component. */
static const char CODES[] = "?aAhHiIqQfdcsy";
enum { NCODES = sizeof CODES - 1 };
static uint8_t kind_of[NCODES];
static uint8_t kind_option, kind_result; /* handed over after the flat kinds */
static int comp_ready;

#define FUNC_BYTES 32 /* sizeof(wasmtime_component_func_t) in wasmtime 50 */
#define MAX_ARGS 16

typedef struct {
    PyObject_HEAD
    StoreObject *store;
    PyObject *fallback;   /* the Python call: runs or explains what C did not take */
    PyObject *on_error;   /* on_error(err_addr): takes the error over, raises */
    PyObject *on_closed;  /* on_closed(): raises DomainClosed */
    PyObject *tick_enter, *tick_leave;
    TickerObject *nticker;
    _Alignas(16) unsigned char func[FUNC_BYTES];
    PyObject *post;       /* post((is_ok, payload)) for a result<...> result, or NULL */
    int nparams;
    char params[MAX_ARGS];  /* each parameter's flat code */
    char optional[MAX_ARGS]; /* 1: the parameter is option<its code> */
    char rshape;          /* 0: no result, 'f': flat, 'o': option<rcode>, 'r': result<rcode?, rerr?> */
    char rcode, rerr;     /* flat codes, 0 for a case without payload */
    int64_t fuel;         /* < 0: unmetered */
    uint64_t ticks;       /* 0: no timeout */
    vectorcallfunc vectorcall;
} CompCallObject;

static int code_index(char c) {
    const char *p = c ? strchr(CODES, c) : NULL;
    return p ? (int)(p - CODES) : -1;
}

/* init_component(addrs, val_size, union_offset, func_size, kinds: bytes) */
PyObject *mod_init_component(PyObject *m, PyObject *args) {
    PyObject *addrs;
    Py_ssize_t val_size, union_offset, func_size;
    const char *kinds;
    Py_ssize_t nkinds;
    if (!PyArg_ParseTuple(args, "O!nnny#", &PyDict_Type, &addrs, &val_size, &union_offset, &func_size, &kinds, &nkinds))
        return NULL;
    if (val_size != (Py_ssize_t)sizeof(cval_t) || union_offset != (Py_ssize_t)offsetof(cval_t, of) ||
        func_size != FUNC_BYTES || nkinds != NCODES + 2) {
        PyErr_SetString(PyExc_ValueError, "unexpected wasmtime_component_val_t/func_t layout");
        return NULL;
    }
    const address_slot_t table[] = {
        {"wasmtime_component_func_call", (void **)&p_comp_call},
        {"wasmtime_component_val_delete", (void **)&p_comp_val_delete},
    };
    if (bind_addresses(addrs, table, sizeof table / sizeof table[0]) < 0) return NULL;
    /* SAFETY: kinds holds exactly NCODES bytes (checked above). */
    memcpy(kind_of, kinds, NCODES);
    kind_option = (uint8_t)kinds[NCODES];
    kind_result = (uint8_t)kinds[NCODES + 1];
    comp_ready = 1;
    Py_RETURN_NONE;
}

static int CompCall_traverse(CompCallObject *c, visitproc visit, void *arg) {
    Py_VISIT(c->store);
    Py_VISIT(c->fallback);
    Py_VISIT(c->on_error);
    Py_VISIT(c->on_closed);
    Py_VISIT(c->tick_enter);
    Py_VISIT(c->tick_leave);
    Py_VISIT(c->post);
    return 0;
}

static int CompCall_clear(CompCallObject *c) {
    Py_CLEAR(c->store);
    Py_CLEAR(c->fallback);
    Py_CLEAR(c->on_error);
    Py_CLEAR(c->on_closed);
    Py_CLEAR(c->tick_enter);
    Py_CLEAR(c->tick_leave);
    Py_CLEAR(c->post);
    c->nticker = NULL;
    return 0;
}

static void CompCall_dealloc(CompCallObject *c) {
    PyObject_GC_UnTrack(c);
    CompCall_clear(c);
    Py_TYPE(c)->tp_free((PyObject *)c);
}

/* Lower args[i] of code `code` into *v; 0, or -1 when the Python path must take the call
 * (no exception set). Strings borrow the str's UTF-8 buffer; bytes get a list in *owned. */
static int lower(char code, PyObject *o, cval_t *v, cval_t **owned) {
    int k = code_index(code);
    memset(v, 0, sizeof *v);
    v->kind = kind_of[k];
    switch (code) {
    case '?':
        if (!PyBool_Check(o)) return -1;
        v->of.b = o == Py_True;
        return 0;
    case 'f':
    case 'd': {
        double d;
        if (PyFloat_CheckExact(o)) d = PyFloat_AS_DOUBLE(o);
        else if (PyLong_CheckExact(o)) {
            d = PyLong_AsDouble(o);
            if (d == -1.0 && PyErr_Occurred()) { PyErr_Clear(); return -1; }
        } else return -1;
        /* A finite double beyond float's range becomes an infinity, as ctypes' c_float gives it
         * (the conversion itself would be undefined in C). */
        if (code == 'f') v->of.f32 = (d > FLT_MAX) ? INFINITY : (d < -FLT_MAX) ? -INFINITY : (float)d;
        else v->of.f64 = d;
        return 0;
    }
    case 'c': {
        if (!PyUnicode_CheckExact(o) || PyUnicode_GET_LENGTH(o) != 1) return -1;
        Py_UCS4 ch = PyUnicode_READ_CHAR(o, 0);
        if (ch >= 0xD800 && ch <= 0xDFFF) return -1; /* not a Unicode scalar value */
        v->of.u32 = ch;
        return 0;
    }
    case 's': {
        if (!PyUnicode_CheckExact(o)) return -1;
        Py_ssize_t n;
        const char *p = PyUnicode_AsUTF8AndSize(o, &n);
        if (!p) { PyErr_Clear(); return -1; } /* lone surrogates: the Python path says what */
        v->of.string.size = (size_t)n;
        v->of.string.data = p; /* SAFETY: the str outlives the call (the caller's argument). */
        return 0;
    }
    case 'y': {
        if (!PyBytes_CheckExact(o)) return -1;
        Py_ssize_t n = PyBytes_GET_SIZE(o);
        const unsigned char *p = (const unsigned char *)PyBytes_AS_STRING(o);
        cval_t *items = n ? PyMem_Calloc((size_t)n, sizeof(cval_t)) : NULL;
        if (n && !items) return -1;
        uint8_t u8 = kind_of[code_index('A')];
        for (Py_ssize_t i = 0; i < n; i++) {
            items[i].kind = u8;
            items[i].of.b = p[i];
        }
        v->of.list.size = (size_t)n;
        v->of.list.data = items;
        *owned = items; /* freed by the caller after the call (Wasmtime only reads it) */
        return 0;
    }
    default: {
        /* integers: exact int (not bool) within the type's range */
        if (!PyLong_CheckExact(o)) return -1;
        int overflow = 0;
        long long x = PyLong_AsLongLongAndOverflow(o, &overflow);
        if (x == -1 && PyErr_Occurred()) { PyErr_Clear(); return -1; }
        if (overflow) {
            if (code != 'Q' || overflow < 0) return -1;
            unsigned long long u = PyLong_AsUnsignedLongLong(o);
            if (u == (unsigned long long)-1 && PyErr_Occurred()) { PyErr_Clear(); return -1; }
            v->of.u64 = u;
            return 0;
        }
        long long lo = 0, hi = LLONG_MAX;
        switch (code) {
        case 'a': lo = INT8_MIN; hi = INT8_MAX; break;
        case 'A': hi = UINT8_MAX; break;
        case 'h': lo = INT16_MIN; hi = INT16_MAX; break;
        case 'H': hi = UINT16_MAX; break;
        case 'i': lo = INT32_MIN; hi = INT32_MAX; break;
        case 'I': hi = UINT32_MAX; break;
        case 'q': lo = LLONG_MIN; break;
        default: break; /* 'Q': 0 .. LLONG_MAX here, above it through the overflow branch */
        }
        if (x < lo || x > hi) return -1;
        switch (code) {
        case 'a': v->of.i8 = (int8_t)x; break;
        case 'A': v->of.b = (uint8_t)x; break;
        case 'h': v->of.i16 = (int16_t)x; break;
        case 'H': v->of.u16 = (uint16_t)x; break;
        case 'i': v->of.i32 = (int32_t)x; break;
        case 'I': v->of.u32 = (uint32_t)x; break;
        default: v->of.i64 = x; break;
        }
        return 0;
    }
    }
}

/* The Python value of result r (code `code`); NULL with an exception. */
static PyObject *lift(char code, const cval_t *r) {
    switch (code) {
    case '?': return PyBool_FromLong(r->of.b);
    case 'a': return PyLong_FromLong(r->of.i8);
    case 'A': return PyLong_FromLong(r->of.b);
    case 'h': return PyLong_FromLong(r->of.i16);
    case 'H': return PyLong_FromLong(r->of.u16);
    case 'i': return PyLong_FromLong(r->of.i32);
    case 'I': return PyLong_FromUnsignedLong(r->of.u32);
    case 'q': return PyLong_FromLongLong(r->of.i64);
    case 'Q': return PyLong_FromUnsignedLongLong(r->of.u64);
    case 'f': return PyFloat_FromDouble((double)r->of.f32);
    case 'd': return PyFloat_FromDouble(r->of.f64);
    case 'c': return PyUnicode_FromOrdinal((int)r->of.u32);
    case 's': return PyUnicode_DecodeUTF8(r->of.string.data, (Py_ssize_t)r->of.string.size, NULL);
    default: { /* 'y': list<u8>, one byte per 32-byte val */
        size_t n = r->of.list.size;
        PyObject *b = PyBytes_FromStringAndSize(NULL, (Py_ssize_t)n);
        if (!b) return NULL;
        unsigned char *out = (unsigned char *)PyBytes_AS_STRING(b);
        /* SAFETY: Wasmtime filled data with n vals of a list<u8> (the export's type). */
        for (size_t i = 0; i < n; i++) out[i] = r->of.list.data[i].of.b;
        return b;
    }
    }
}

/* The Python value of the call's result r, by the export's result shape; NULL with an exception. */
static PyObject *lift_result(CompCallObject *c, const cval_t *r) {
    if (c->rshape == 'f') return lift(c->rcode, r);
    if (c->rshape == 'o') return r->of.option ? lift(c->rcode, r->of.option) : Py_NewRef(Py_None);
    /* 'r': (is_ok, payload) through post, which returns the ok value or raises ResultError */
    int ok = r->of.result.is_ok != 0;
    char code = ok ? c->rcode : c->rerr;
    PyObject *payload = (code && r->of.result.val) ? lift(code, r->of.result.val) : Py_NewRef(Py_None);
    if (!payload) return NULL;
    PyObject *pair = Py_BuildValue("(ON)", ok ? Py_True : Py_False, payload);
    if (!pair) return NULL;
    PyObject *out = PyObject_CallOneArg(c->post, pair);
    Py_DECREF(pair);
    return out;
}

static PyObject *fallback(CompCallObject *c, PyObject *const *args, size_t n) {
    return PyObject_Vectorcall(c->fallback, args, n, NULL);
}

/* Enter the guest: fuel, deadline, the call with the GIL released. Returns the error (or NULL). */
static void *enter(CompCallObject *c, void *ctx, cval_t *args, cval_t *res) {
    void *err = NULL;
    /* SAFETY: ctx is the open Store's context, whose lock this thread holds; the
     * setters write the Store's own counters. */
    if (c->fuel >= 0 && (err = p_set_fuel(ctx, (uint64_t)c->fuel)) != NULL) return err;
    if (c->ticks) {
        p_set_deadline(ctx, c->ticks); /* SAFETY: as above. */
        if (c->nticker) ticker_enter(c->nticker);
        else {
            PyObject *r = PyObject_CallNoArgs(c->tick_enter);
            if (!r) PyErr_Clear(); /* a Python ticker that failed to wake: the call still runs */
            Py_XDECREF(r);
        }
    }
    size_t nres = c->rshape ? 1 : 0;
    Py_BEGIN_ALLOW_THREADS
    /* SAFETY: func came from this domain's instance in this Store (bound by
     * domains/component/fastpath.py), args holds nparams lowered vals that stay
     * alive (and unchanged) for the call, res is one zeroed val Wasmtime fills,
     * and the Store lock keeps every other thread out. */
    err = p_comp_call(c->func, ctx, args, (size_t)c->nparams, nres ? res : NULL, nres);
    Py_END_ALLOW_THREADS
    if (c->ticks) {
        if (c->nticker) ticker_leave(c->nticker);
        else {
            PyObject *r = PyObject_CallNoArgs(c->tick_leave);
            if (!r) PyErr_Clear();
            Py_XDECREF(r);
        }
        /* SAFETY: as above; a fault leaves the deadline to the teardown. */
        if (!err) p_set_deadline(ctx, no_deadline);
    }
    return err;
}

static PyObject *CompCall_vectorcall(CompCallObject *c, PyObject *const *args, size_t nargsf, PyObject *kwnames) {
    size_t n = PyVectorcall_NARGS(nargsf);
    if (kwnames && PyTuple_GET_SIZE(kwnames)) {
        PyErr_SetString(PyExc_TypeError, "exports take positional arguments only");
        return NULL;
    }
    if (!c->store) return PyErr_Format(PyExc_ValueError, "export handle cleared");
    if ((int)n != c->nparams) return fallback(c, args, n);
    cval_t vals[MAX_ARGS], boxes[MAX_ARGS];
    cval_t *owned[MAX_ARGS] = {0};
    for (int i = 0; i < c->nparams; i++) {
        int bad;
        if (!c->optional[i]) bad = lower(c->params[i], args[i], &vals[i], &owned[i]);
        else {
            /* option<T>: None, or T boxed here (Wasmtime only reads its arguments) */
            memset(&vals[i], 0, sizeof vals[i]);
            vals[i].kind = kind_option;
            bad = args[i] == Py_None ? 0 : lower(c->params[i], args[i], &boxes[i], &owned[i]);
            if (args[i] != Py_None) vals[i].of.option = &boxes[i];
        }
        if (bad < 0) {
            for (int j = 0; j <= i; j++) PyMem_Free(owned[j]);
            return fallback(c, args, n);
        }
    }
    StoreObject *s = c->store;
    PyObject *out = NULL;
    if (store_acquire(s) < 0) goto done;
    if (!s->ctx) {
        store_release(s);
        out = PyObject_CallNoArgs(c->on_closed);
        Py_XDECREF(out);
        out = NULL;
        if (!PyErr_Occurred()) PyErr_SetString(PyExc_SystemError, "closed handler did not raise");
        goto done;
    }
    cval_t res;
    memset(&res, 0, sizeof res);
    void *err = enter(c, s->ctx, vals, &res);
    if (err) {
        PyObject *e = PyLong_FromVoidPtr(err);
        s->in_fault = 1;
        PyObject *r = e ? PyObject_CallOneArg(c->on_error, e) : NULL;
        s->in_fault = 0;
        Py_XDECREF(e);
        Py_XDECREF(r);
        /* SAFETY: still under the lock; a domain that stayed open (Ctrl-C) gets "no deadline" back. */
        if (c->ticks && s->ctx) p_set_deadline(s->ctx, no_deadline);
        store_release(s);
        if (!PyErr_Occurred()) PyErr_SetString(PyExc_SystemError, "error handler did not raise");
        goto done;
    }
    store_release(s);
    if (!c->rshape) out = Py_NewRef(Py_None);
    else {
        out = lift_result(c, &res);
        /* SAFETY: res was filled by the call and is freed exactly once (strings and lists it owns). */
        p_comp_val_delete(&res);
    }
done:
    for (int i = 0; i < c->nparams; i++) PyMem_Free(owned[i]);
    return out;
}

/* Parse the value codes: params (a flat code each, "o" before it for an option) and the result
 * ("", a flat code, "o" + a flat code, or "r" + ok + err codes with "-" for no payload). 0 or -1. */
static int parse_shape(CompCallObject *c, const char *params, Py_ssize_t plen, const char *result, Py_ssize_t rlen) {
    int n = 0;
    for (Py_ssize_t i = 0; i < plen; i++) {
        int opt = params[i] == 'o';
        if (opt && ++i >= plen) return -1;
        if (n >= MAX_ARGS || code_index(params[i]) < 0) return -1;
        c->optional[n] = (char)opt;
        c->params[n++] = params[i];
    }
    c->nparams = n;
    c->rshape = 0;
    c->rcode = c->rerr = 0;
    if (rlen == 1 && code_index(result[0]) >= 0) {
        c->rshape = 'f';
        c->rcode = result[0];
    } else if (rlen == 2 && result[0] == 'o' && code_index(result[1]) >= 0) {
        c->rshape = 'o';
        c->rcode = result[1];
    } else if (rlen == 3 && result[0] == 'r') {
        for (int k = 1; k < 3; k++)
            if (result[k] != '-' && code_index(result[k]) < 0) return -1;
        c->rshape = 'r';
        c->rcode = result[1] == '-' ? 0 : result[1];
        c->rerr = result[2] == '-' ? 0 : result[2];
    } else if (rlen != 0) {
        return -1;
    }
    return 0;
}

/* CompCall(store, func: bytes, params: str, result: str, fuel, ticks, ticker | None, fallback, on_error,
 *          on_closed, post | None) */
static PyObject *CompCall_new(PyTypeObject *type, PyObject *args, PyObject *kw) {
    PyObject *store, *ticker, *fb, *onerr, *onclosed, *post = Py_None;
    const char *func, *params, *result;
    Py_ssize_t flen, plen, rlen;
    long long fuel;
    unsigned long long ticks;
    if (!PyArg_ParseTuple(args, "O!y#s#s#LKOOOO|O", &StoreType, &store, &func, &flen, &params, &plen, &result, &rlen,
                          &fuel, &ticks, &ticker, &fb, &onerr, &onclosed, &post))
        return NULL;
    if (!comp_ready) { PyErr_SetString(PyExc_RuntimeError, "init_component() not called"); return NULL; }
    if (flen != FUNC_BYTES) { PyErr_SetString(PyExc_ValueError, "func must be a wasmtime_component_func_t"); return NULL; }
    if (ticks && ticker == Py_None) { PyErr_SetString(PyExc_ValueError, "a deadline needs a ticker"); return NULL; }
    CompCallObject *c = (CompCallObject *)type->tp_alloc(type, 0);
    if (!c) return NULL;
    if (parse_shape(c, params, plen, result, rlen) < 0 || (c->rshape == 'r' && post == Py_None)) {
        Py_DECREF(c);
        PyErr_SetString(PyExc_ValueError, "bad value codes (or a result without post)");
        return NULL;
    }
    c->vectorcall = (vectorcallfunc)CompCall_vectorcall;
    c->store = (StoreObject *)Py_NewRef(store);
    c->fallback = Py_NewRef(fb);
    c->on_error = Py_NewRef(onerr);
    c->on_closed = Py_NewRef(onclosed);
    c->post = post == Py_None ? NULL : Py_NewRef(post);
    /* SAFETY: a wasmtime_component_func_t copied by value (its length checked above). */
    memcpy(c->func, func, FUNC_BYTES);
    c->fuel = fuel;
    c->ticks = ticks;
    if (ticker != Py_None && Py_TYPE(ticker) == &TickerType) {
        c->nticker = (TickerObject *)ticker;
        c->tick_enter = Py_NewRef(ticker); /* only keeps the native ticker alive */
    } else if (ticker != Py_None) {
        c->tick_enter = PyObject_GetAttrString(ticker, "enter");
        c->tick_leave = PyObject_GetAttrString(ticker, "leave");
        if (!c->tick_enter || !c->tick_leave) { Py_DECREF(c); return NULL; }
    }
    return (PyObject *)c;
}

PyTypeObject CompCallType = {
    PyVarObject_HEAD_INIT(NULL, 0)
    .tp_name = "multipie._fastcall.CompCall",
    .tp_basicsize = sizeof(CompCallObject),
    .tp_dealloc = (destructor)CompCall_dealloc,
    .tp_vectorcall_offset = offsetof(CompCallObject, vectorcall),
    .tp_call = PyVectorcall_Call,
    .tp_flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_HAVE_GC | Py_TPFLAGS_HAVE_VECTORCALL,
    .tp_doc = "One bound component export with flat WIT types (or options/results of them); calling it runs the guest.",
    .tp_traverse = (traverseproc)CompCall_traverse,
    .tp_clear = (inquiry)CompCall_clear,
    .tp_new = CompCall_new,
};
