/* multipie/native/fastcall/grants.c: grant spawns.
 *
 * A domain taking grants into a Store of its own (multipie/domains/wasm/grants.py,
 * GrantPlan): its imports made and the module instantiated in two native calls
 * instead of one wasmtime-py object per import. The caller (Python) keeps every
 * per-holder object (HostBinding flags, Alias) and the capability checks; these
 * calls only create what lives in the Store. Both run with the Store's lock
 * held by the calling thread (checked) and keep the GIL (a region cannot be
 * closed between the caller's liveness check and the mmap). */
#include "fastcall.h"

#include <errno.h>
#include <sys/mman.h>

#include "common/addresses.h"

static memory_new_fn p_memory_new;
static func_new_unchecked_fn p_func_new_unchecked;
static instance_new_fn p_instance_new;
static void *host_callback;             /* multipie._hostcall's unchecked callback */
static void (*host_finalizer)(void *);  /* ... and the finalizer that frees its env */

enum { G_MEMORY = 1, G_HOSTFUNC = 2 };

/* init_grants(addrs: dict[str, int], callback, finalizer) */
PyObject *mod_init_grants(PyObject *m, PyObject *args) {
    PyObject *addrs, *cb, *fin;
    if (!PyArg_ParseTuple(args, "O!OO", &PyDict_Type, &addrs, &cb, &fin)) return NULL;
    const address_slot_t table[] = {
        {"wasmtime_memory_new", (void **)&p_memory_new},
        {"wasmtime_func_new_unchecked", (void **)&p_func_new_unchecked},
        {"wasmtime_instance_new", (void **)&p_instance_new},
    };
    if (bind_addresses(addrs, table, sizeof table / sizeof table[0]) < 0) return NULL;
    /* SAFETY: multipie._hostcall's CALLBACK and FINALIZER, functions of an
     * extension module that stays loaded for the process. */
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
        /* SAFETY: env is a HostEnv from _hostcall.new_env that no function owns
         * yet (specs from `from` on were not made); the finalizer frees it once. */
        void *env = PyLong_AsVoidPtr(PyTuple_GET_ITEM(sp, 2));
        if (PyErr_Occurred()) { PyErr_Clear(); continue; }
        if (env) host_finalizer(env);
    }
    PyErr_Restore(et, ev, tb);
}

/* grant_externs(store, specs, memory_size, table_elements, instances) -> (externs: bytes | None, bases, err_addr, errno)
 *
 * specs: one tuple per import, in import order:
 *   (1, memorytype_addr, fd, length, writable): a memory of the Store with the
 *       region's memfd mapped over its whole range (MAP_SHARED | MAP_FIXED);
 *       its base address goes to `bases` (in spec order);
 *   (2, functype_addr, env_addr): a host function over a _hostcall env, whose
 *       ownership passes to the Store (freed here if the call fails first).
 * Then the Store's limiter is set (memory_size bytes per memory, table_elements
 * per table, < 0: uncapped; instances, tables and memories as SharedStore does):
 * the caps apply to the domain's own memories and tables, not to the region
 * aliases made before them. On failure nothing is
 * returned but the error: err_addr (a wasmtime_error_t*, ownership passed) or
 * errno (of the mmap); memories made so far die with the Store. */
PyObject *mod_grant_externs(PyObject *m, PyObject *const *a, Py_ssize_t n) {
    if (n != 5 || !PyTuple_Check(a[1])) {
        PyErr_SetString(PyExc_TypeError, "grant_externs(store, specs: tuple, memory_size, table_elements, instances)");
        return NULL;
    }
    PyObject *specs = a[1];
    long long mem_cap = PyLong_AsLongLong(a[2]), tab_cap = PyLong_AsLongLong(a[3]), inst = PyLong_AsLongLong(a[4]);
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
        /* SAFETY: the plan's live wasm_functype_t* / wasm_memorytype_t* and the
         * HostEnv of _hostcall.new_env (null checked below), used as described
         * at each C API call. */
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
    p_store_limiter(s->store, mem_cap < 0 ? -1 : mem_cap, tab_cap < 0 ? -1 : tab_cap, inst, inst * 4, inst * 4);
    return Py_BuildValue("(NNKi)", buf, bases, 0ULL, 0);
fail:
    Py_DECREF(buf);
    Py_DECREF(bases);
    return NULL;
}

/* grant_instantiate(store, module_addr, externs: bytes) -> (instance bytes | None, trap_addr, err_addr)
 * wasmtime_instance_new with the extern array grant_externs made (plus any the
 * caller appended: same layout). Ownership of trap/err passes to the caller. */
PyObject *mod_grant_instantiate(PyObject *m, PyObject *const *a, Py_ssize_t n) {
    if (n != 3 || !PyBytes_Check(a[2])) {
        PyErr_SetString(PyExc_TypeError, "grant_instantiate(store, module_addr, externs: bytes)");
        return NULL;
    }
    /* SAFETY: module is checked non-null here and used as described at the call below. */
    void *module = PyLong_AsVoidPtr(a[1]);
    if (PyErr_Occurred()) return NULL;
    Py_ssize_t len = PyBytes_GET_SIZE(a[2]);
    if (!module || len % extern_size) { PyErr_SetString(PyExc_ValueError, "null module or ragged externs"); return NULL; }
    StoreObject *s = grant_store(a[0]);
    if (!s) return NULL;
    instance_t inst = {0, 0};
    void *trap = NULL, *err;
    const char *ext = PyBytes_AS_STRING(a[2]);
    /* SAFETY: module is a live wasmtime_module_t* of this Store's engine (the
     * caller picks both from one EngineSet slot); externs holds one extern of
     * this Store per import, in import order, typed as the plan checked; the
     * bytes object is alive for the call; the Store is locked by this thread;
     * out-params are ours. The start function may run guest code, so the GIL
     * is released (host functions it calls take it back; other threads wanting
     * this Store wait on its lock, which this thread holds). */
    Py_BEGIN_ALLOW_THREADS
    err = p_instance_new(s->ctx, module, ext, (size_t)(len / extern_size), &inst, &trap);
    Py_END_ALLOW_THREADS
    if (trap || err)
        return Py_BuildValue("(OKK)", Py_None, (unsigned long long)(uintptr_t)trap, (unsigned long long)(uintptr_t)err);
    return Py_BuildValue("(y#ii)", (const char *)&inst, (Py_ssize_t)sizeof inst, 0, 0);
}

