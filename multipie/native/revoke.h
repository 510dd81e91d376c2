/* What interrupt.c and revoke.c (both units of multipie._interrupt) share. */
#ifndef MULTIPIE_REVOKE_H
#define MULTIPIE_REVOKE_H
#include <Python.h>

/* interrupt.c: true on the thread Python delivers KeyboardInterrupt to. */
int interrupt_on_main_thread(void);
/* interrupt.c: true once its SIGINT handler is in place. */
int interrupt_installed(void);

/* revoke.c: called by the SIGINT handler (async-signal-safe). */
void revoke_on_sigint(void);
/* revoke.c: the address of wasmtime_func_call_unchecked (setup). */
void revoke_setup(void *call_unchecked, void *any_wasmtime_symbol);

PyObject *revoke_chain_faults(PyObject *m, PyObject *unused);
PyObject *revoke_available(PyObject *m, PyObject *unused);
PyObject *revoke_call(PyObject *m, PyObject *args);
PyObject *revoke_stats(PyObject *m, PyObject *unused);

#endif
