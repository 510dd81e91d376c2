/* multipie/native/common/kinds.h: Wasm value kinds as one-byte codes, and raw slots to Python.
 *
 * Signatures cross from Python as bytes of these codes (Signature.codes in
 * domains/wasm/calls.py): the host -> guest call (fastcall) and the guest ->
 * host trampoline (hostcall) read the same codes and the same raw slots.
 */
#ifndef MULTIPIE_NATIVE_KINDS_H
#define MULTIPIE_NATIVE_KINDS_H

#include <Python.h>

#include "capi.h"

enum { K_I32 = 'i', K_I64 = 'I', K_F32 = 'f', K_F64 = 'F' };

static inline int kind_is_valid(char k) { return k == K_I32 || k == K_I64 || k == K_F32 || k == K_F64; }

/* The Python value of a raw slot of kind `kind` (a new reference; NULL with MemoryError).
 * Inline: it runs once per result of every call. */
static inline PyObject *raw_to_py(char kind, const valraw_t *r) {
    switch (kind) {
    case K_I32: return PyLong_FromLong(r->i32);
    case K_I64: return PyLong_FromLongLong(r->i64);
    case K_F32: return PyFloat_FromDouble((double)r->f32);
    default: return PyFloat_FromDouble(r->f64);
    }
}

#endif
