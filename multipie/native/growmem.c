/* multipie._growmem: linear memories that grow without copying.
 *
 * Wasmtime's own memories, under the dense engine configuration (64 KiB
 * reservation, no guard, no growth reservation), move on every memory.grow:
 * a fresh mapping, then a copy of the whole memory. A program that grows to
 * 100 MiB in 64 KiB steps copies quadratically (issue 14: ~60x native).
 *
 * This is a host memory creator (wasmtime_config_host_memory_creator_set) for
 * that engine. Each memory owns one anonymous mapping: the accessible prefix
 * (PROT_READ|WRITE) and a PROT_NONE tail. A grow within the mapping is one
 * mprotect (in place). A grow past it reserves twice the address space and
 * moves the accessible pages there with mremap(MREMAP_FIXED): the kernel moves
 * page-table entries, no byte is copied. A memory that never grows costs one
 * mapping of its initial size, exactly like Wasmtime's own (density unchanged).
 *
 * Each memory first reserves what Wasmtime asks (reserved_size_in_bytes: the
 * engine's memory_reservation, or the minimum if larger) and moves only when it
 * grows past that, as Wasmtime's own memories do: compiled code that assumes a
 * memory never moves (its maximum fits the reservation) stays right.
 *
 * Nothing links against the wasmtime wheel: Python hands over
 * wasmtime_error_new's address once (setup()) and reads creator_address().
 */
#define _GNU_SOURCE
#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <errno.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#include "common/capi.h"

typedef void *(*get_fn)(void *env, size_t *size, size_t *cap);
typedef void *(*grow_fn)(void *env, size_t new_size);

/* wasmtime_linear_memory_t / wasmtime_memory_creator_t (wasmtime.h, memory.h) */
typedef struct {
    void *env;
    get_fn get_memory;
    grow_fn grow_memory;
    void (*finalizer)(void *);
} linear_memory_t;

static error_new_fn p_error_new;

/* Counters for tests and the bench (relaxed atomics: statistics only). */
static uint64_t n_memories, n_grows, n_in_place, n_moves, n_copies;

typedef struct {
    uint8_t *base;   /* start of the mapping (and of linear memory) */
    size_t size;     /* accessible bytes */
    size_t reserved; /* bytes of the mapping before the guard */
    size_t guard;    /* PROT_NONE bytes after `reserved` */
    size_t maximum;  /* wasm maximum in bytes (SIZE_MAX: none) */
} gmem;

static size_t page_size;

static size_t round_up(size_t n, size_t to) { return (n + to - 1) / to * to; }

static void *fail(const char *what) {
    char msg[160];
    snprintf(msg, sizeof msg, "multipie memory: %s: %s", what, strerror(errno));
    /* SAFETY: wasmtime_error_new copies the message; the error's ownership passes to Wasmtime. */
    return p_error_new(msg);
}

static void *gm_get(void *env, size_t *size, size_t *cap) {
    gmem *m = env;
    *size = m->size;
    *cap = m->reserved;
    return m->base;
}

static void *gm_grow(void *env, size_t new_size) {
    gmem *m = env;
    __atomic_fetch_add(&n_grows, 1, __ATOMIC_RELAXED);
    if (new_size <= m->size) return NULL;
    if (new_size > m->maximum) { errno = ENOMEM; return fail("grow past the maximum"); }
    if (new_size <= m->reserved) {
        /* SAFETY: [base+size, base+new_size) lies inside our PROT_NONE reservation. */
        if (mprotect(m->base + m->size, new_size - m->size, PROT_READ | PROT_WRITE) != 0) return fail("mprotect");
        m->size = new_size;
        __atomic_fetch_add(&n_in_place, 1, __ATOMIC_RELAXED);
        return NULL;
    }
    /* Geometric: at least double, so a memory grown step by step moves O(log n) times. */
    size_t want = m->reserved * 2 > new_size ? m->reserved * 2 : new_size;
    if (want > m->maximum) want = m->maximum;
    want = round_up(want, page_size);
    size_t total = want + m->guard;
    /* SAFETY: a fresh private anonymous mapping we own; nothing else refers to it. */
    uint8_t *fresh = mmap(NULL, total, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
    if (fresh == MAP_FAILED) return fail("mmap");
    if (m->size) {
        /* SAFETY: [base, base+size) is our accessible prefix (one VMA: mprotect merges
         * adjacent ranges of the same mapping); MREMAP_FIXED replaces the start of
         * `fresh`. Wasmtime re-reads the base (get_memory) after every grow. */
        void *moved = mremap(m->base, m->size, m->size, MREMAP_MAYMOVE | MREMAP_FIXED, fresh);
        if (moved == MAP_FAILED) {
            /* The prefix spans several VMAs (should not happen): copy instead.
             * SAFETY: [fresh, fresh+size) is made writable first; [base, base+size) is
             * still our accessible prefix; the old mapping is unmapped after the copy. */
            if (mprotect(fresh, m->size, PROT_READ | PROT_WRITE) != 0) { munmap(fresh, total); return fail("mprotect"); }
            memcpy(fresh, m->base, m->size);
            munmap(m->base, m->reserved + m->guard);
            __atomic_fetch_add(&n_copies, 1, __ATOMIC_RELAXED);
        } else {
            /* SAFETY: the prefix is gone from the old mapping; only its PROT_NONE rest,
             * which nothing refers to, is unmapped. */
            munmap(m->base + m->size, m->reserved + m->guard - m->size);
        }
    } else {
        /* SAFETY: an empty memory: nothing of the old mapping is accessible or referred to. */
        munmap(m->base, m->reserved + m->guard);
    }
    /* SAFETY: [fresh+size, fresh+new_size) is inside the new reservation. */
    if (mprotect(fresh + m->size, new_size - m->size, PROT_READ | PROT_WRITE) != 0) {
        int e = errno;
        /* keep the memory usable at its old size in its new place */
        m->base = fresh;
        m->reserved = want;
        errno = e;
        return fail("mprotect");
    }
    m->base = fresh;
    m->reserved = want;
    m->size = new_size;
    __atomic_fetch_add(&n_moves, 1, __ATOMIC_RELAXED);
    return NULL;
}

static void gm_free(void *env) {
    gmem *m = env;
    /* SAFETY: Wasmtime drops the memory once, after the last use of its base. */
    if (m->base) munmap(m->base, m->reserved + m->guard);
    free(m);
}

/* wasmtime_new_memory_callback_t */
static void *gm_new(void *env, const void *ty, size_t minimum, size_t maximum, size_t reserved, size_t guard,
                    linear_memory_t *out) {
    (void)env;
    (void)ty;
    gmem *m = calloc(1, sizeof *m);
    if (!m) { errno = ENOMEM; return fail("calloc"); }
    m->maximum = maximum;
    m->guard = round_up(guard, page_size);
    m->reserved = round_up(reserved > minimum ? reserved : minimum, page_size);
    if (m->reserved == 0) m->reserved = page_size;
    size_t total = m->reserved + m->guard;
    /* SAFETY: a fresh private anonymous mapping owned by this memory until gm_free. */
    m->base = mmap(NULL, total, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
    if (m->base == MAP_FAILED) { free(m); return fail("mmap"); }
    if (minimum && mprotect(m->base, minimum, PROT_READ | PROT_WRITE) != 0) {
        void *e = fail("mprotect");
        munmap(m->base, total);
        free(m);
        return e;
    }
    m->size = minimum;
    out->env = m;
    out->get_memory = gm_get;
    out->grow_memory = gm_grow;
    out->finalizer = gm_free;
    __atomic_fetch_add(&n_memories, 1, __ATOMIC_RELAXED);
    return NULL;
}

static PyObject *mod_setup(PyObject *m, PyObject *arg) {
    /* SAFETY: wasmtime_error_new's address in the library wasmtime-py loaded (mapped for the process). */
    p_error_new = (error_new_fn)PyLong_AsVoidPtr(arg);
    if (PyErr_Occurred()) return NULL;
    Py_RETURN_NONE;
}

static PyObject *mod_creator_address(PyObject *m, PyObject *unused) {
    if (!p_error_new) { PyErr_SetString(PyExc_RuntimeError, "growmem.setup() was not called"); return NULL; }
    return PyLong_FromVoidPtr((void *)gm_new);
}

static PyObject *mod_stats(PyObject *m, PyObject *unused) {
    return Py_BuildValue("{sKsKsKsKsK}", "memories", (unsigned long long)__atomic_load_n(&n_memories, __ATOMIC_RELAXED),
                         "grows", (unsigned long long)__atomic_load_n(&n_grows, __ATOMIC_RELAXED), "in_place",
                         (unsigned long long)__atomic_load_n(&n_in_place, __ATOMIC_RELAXED), "moves",
                         (unsigned long long)__atomic_load_n(&n_moves, __ATOMIC_RELAXED), "copies",
                         (unsigned long long)__atomic_load_n(&n_copies, __ATOMIC_RELAXED));
}

static PyMethodDef methods[] = {
    {"setup", mod_setup, METH_O, "setup(wasmtime_error_new_address): once, before creator_address()."},
    {"creator_address", mod_creator_address, METH_NOARGS, "Address of the new_memory callback."},
    {"stats", mod_stats, METH_NOARGS, "Counters since import: memories, grows, in_place, moves, copies."},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef module = {
    PyModuleDef_HEAD_INIT, "multipie._growmem", "Linear memories that grow without copying (see growmem.c).", -1,
    methods,
};

PyMODINIT_FUNC PyInit__growmem(void) {
    page_size = (size_t)sysconf(_SC_PAGESIZE);
    return PyModule_Create(&module);
}
