/* multipie/native/fastcall/runner.c: Runner.
 *
 * Worker threads for requests that must not hold the event loop: the loop
 * pops a Store (submit), a native thread runs the exchange without the GIL,
 * and the loop collects finished jobs (completed) when the eventfd it watches
 * becomes readable. No Python thread, so no GIL hand-off per request. */
#include "fastcall.h"

#include <errno.h>
#include <sys/eventfd.h>
#include <time.h>
#include <unistd.h>

typedef struct job {
    struct job *next;
    ReserveObject *reserve; /* references, dropped in completed() or close() */
    PyObject *head, *body, *token;
    size_t max_response;
    ready_t x;
    xchg_t o;
} job_t;

typedef struct {
    PyObject_HEAD
    pthread_mutex_t mu;
    pthread_cond_t cv;
    pthread_t *threads;
    int nthreads, started, stop;
    job_t *todo, *todo_tail; /* FIFO of submitted jobs */
    job_t *done;             /* finished jobs, any order */
    int efd;
    long running;
    int abandoned; /* closed with threads still in guest calls: never deallocated */
} RunnerObject;


static void *runner_main(void *arg) {
    RunnerObject *w = (RunnerObject *)arg;
    pthread_mutex_lock(&w->mu);
    for (;;) {
        while (!w->stop && !w->todo) pthread_cond_wait(&w->cv, &w->mu);
        if (w->stop) break;
        job_t *j = w->todo;
        w->todo = j->next;
        if (!w->todo) w->todo_tail = NULL;
        w->running++;
        pthread_mutex_unlock(&w->mu);
        /* SAFETY: head/body are bytes objects referenced by the job (immutable,
         * alive until completed()); reading their buffers needs no GIL. */
        reserve_exchange(j->reserve, &j->x, PyBytes_AS_STRING(j->head), (size_t)PyBytes_GET_SIZE(j->head),
                         PyBytes_AS_STRING(j->body), (size_t)PyBytes_GET_SIZE(j->body), j->max_response, &j->o);
        pthread_mutex_lock(&w->mu);
        w->running--;
        int wake = w->done == NULL;
        j->next = w->done;
        w->done = j;
        if (wake) {
            uint64_t one = 1;
            /* The loop drains every finished job per wake-up: one write per empty->non-empty. */
            ssize_t unused = write(w->efd, &one, sizeof one);
            (void)unused;
        }
    }
    pthread_mutex_unlock(&w->mu);
    return NULL;
}

/* Runner(threads) */
static PyObject *Runner_new(PyTypeObject *type, PyObject *args, PyObject *kw) {
    int n;
    if (!PyArg_ParseTuple(args, "i", &n)) return NULL;
    if (n < 1 || n > 1024) { PyErr_SetString(PyExc_ValueError, "threads must be 1..1024"); return NULL; }
    RunnerObject *w = (RunnerObject *)type->tp_alloc(type, 0);
    if (!w) return NULL;
    pthread_mutex_init(&w->mu, NULL);
    pthread_cond_init(&w->cv, NULL);
    w->efd = eventfd(0, EFD_NONBLOCK | EFD_CLOEXEC);
    w->threads = PyMem_RawCalloc((size_t)n, sizeof(pthread_t));
    if (w->efd < 0 || !w->threads) {
        if (w->efd < 0) PyErr_SetFromErrno(PyExc_OSError);
        else PyErr_NoMemory();
        Py_DECREF(w);
        return NULL;
    }
    for (int i = 0; i < n; i++) {
        if (pthread_create(&w->threads[i], NULL, runner_main, w) != 0) {
            w->nthreads = i;
            Py_DECREF(w);
            PyErr_SetString(PyExc_OSError, "cannot start runner threads");
            return NULL;
        }
#ifdef __linux__
        pthread_setname_np(w->threads[i], "multipie-runner");
#endif
    }
    w->nthreads = n;
    w->started = 1;
    return (PyObject *)w;
}

/* Runner.submit(reserve, head, body, max_response, token) -> bool: False when the
 * reserve had no Store ready (the caller serves the request another way). */
static PyObject *Runner_submit(RunnerObject *w, PyObject *const *a, Py_ssize_t n) {
    if (n != 5 || Py_TYPE(a[0]) != &ReserveType) {
        PyErr_SetString(PyExc_TypeError, "submit(reserve, head, body, max_response, token)");
        return NULL;
    }
    ReserveObject *r = (ReserveObject *)a[0];
    const char *head, *body;
    size_t hlen, blen, max_response;
    if (http_args(a + 1, &head, &hlen, &body, &blen, &max_response) < 0) return NULL;
    if (!r->http) { PyErr_SetString(PyExc_ValueError, "this reserve was not made for the http ABI"); return NULL; }
    if (w->stop) { PyErr_SetString(PyExc_RuntimeError, "runner closed"); return NULL; }
    job_t *j = PyMem_RawMalloc(sizeof *j);
    if (!j) return PyErr_NoMemory();
    if (!reserve_pop(r, &j->x, 1)) {
        PyMem_RawFree(j);
        Py_RETURN_FALSE;
    }
    j->next = NULL;
    j->reserve = (ReserveObject *)Py_NewRef(a[0]);
    j->head = Py_NewRef(a[1]);
    j->body = Py_NewRef(a[2]);
    j->token = Py_NewRef(a[4]);
    j->max_response = max_response;
    pthread_mutex_lock(&w->mu);
    if (w->todo_tail) w->todo_tail->next = j;
    else w->todo = j;
    w->todo_tail = j;
    pthread_cond_signal(&w->cv);
    pthread_mutex_unlock(&w->mu);
    Py_RETURN_TRUE;
}

static void job_free(job_t *j) {
    Py_DECREF(j->reserve);
    Py_DECREF(j->head);
    Py_DECREF(j->body);
    Py_XDECREF(j->token);
    PyMem_RawFree(j);
}

/* Runner.completed() -> [(token, result)]: result as Reserve.http returns it
 * (bytes, or a failure tuple), or the exception making it raised. */
static PyObject *Runner_completed(RunnerObject *w, PyObject *unused) {
    uint64_t count;
    while (read(w->efd, &count, sizeof count) < 0 && errno == EINTR) {
    }
    pthread_mutex_lock(&w->mu);
    job_t *j = w->done;
    w->done = NULL;
    pthread_mutex_unlock(&w->mu);
    PyObject *out = PyList_New(0);
    while (j) {
        job_t *next = j->next;
        PyObject *res = reserve_finish(j->reserve, &j->x, &j->o);
        if (!res) {
            PyObject *type, *value, *tb;
            PyErr_Fetch(&type, &value, &tb);
            PyErr_NormalizeException(&type, &value, &tb);
            Py_XDECREF(type);
            Py_XDECREF(tb);
            res = value ? value : Py_NewRef(Py_None);
        }
        PyObject *item = out ? PyTuple_Pack(2, j->token, res) : NULL;
        Py_DECREF(res);
        if (!item || PyList_Append(out, item) < 0) Py_CLEAR(out);
        Py_XDECREF(item);
        job_free(j);
        j = next;
    }
    return out;
}

/* Stop the threads, waiting at most `timeout` seconds (< 0: for ever) for guest
 * calls still running. 1 when every thread was joined; 0 when some are still
 * in a guest call (bounded by its timeout): the runner then keeps itself alive
 * (one reference never dropped) so those threads never touch freed memory. */
static int runner_close(RunnerObject *w, double timeout) {
    if (!w->started) return 1;
    pthread_mutex_lock(&w->mu);
    w->stop = 1;
    /* Jobs no thread has taken are dropped now, even when a thread stays in its
     * guest call past `timeout`: left queued they would never run (the threads
     * stop) and their Stores would never go back. */
    job_t *queued = w->todo;
    w->todo = w->todo_tail = NULL;
    pthread_cond_broadcast(&w->cv);
    pthread_mutex_unlock(&w->mu);
    while (queued) {
        job_t *next = queued->next;
        /* Popped by submit, taken by no thread, referenced by nothing else. */
        reserve_give_back(queued->reserve, queued->x.store, 1);
        job_free(queued);
        queued = next;
    }
    int all = 1;
    Py_BEGIN_ALLOW_THREADS
    struct timespec until;
    clock_gettime(CLOCK_REALTIME, &until);
    if (timeout >= 0) {
        until.tv_sec += (time_t)timeout;
        until.tv_nsec += (long)((timeout - (double)(time_t)timeout) * 1e9);
        if (until.tv_nsec >= 1000000000L) until.tv_sec++, until.tv_nsec -= 1000000000L;
    }
    for (int i = 0; i < w->nthreads; i++) {
        if (!w->threads[i]) continue;
        int rc = timeout < 0 ? pthread_join(w->threads[i], NULL) : pthread_timedjoin_np(w->threads[i], NULL, &until);
        if (rc == 0) w->threads[i] = 0;
        else all = 0;
    }
    Py_END_ALLOW_THREADS
    if (!all) {
        if (!w->abandoned) {
            w->abandoned = 1;
            Py_INCREF(w);
        }
        return 0;
    }
    w->started = 0;
    /* Jobs nobody collected: their Stores go back to be deleted (faults found
     * are dropped with them: nobody waits for the answer). */
    job_t *j = w->done;
    while (j) {
        job_t *next = j->next;
        /* SAFETY: a finished job owns its trap/err; nobody collects them now. */
        if (j->o.trap) p_trap_delete(j->o.trap);
        if (j->o.err) p_error_delete(j->o.err);
        /* Popped by submit, its thread joined, referenced by nothing else. */
        reserve_give_back(j->reserve, j->x.store, 1);
        job_free(j);
        j = next;
    }
    w->done = NULL;
    return 1;
}

/* Runner.close(timeout=-1.0) -> bool: True when every thread stopped (see runner_close). */
static PyObject *Runner_close(RunnerObject *w, PyObject *const *a, Py_ssize_t n) {
    double timeout = -1.0;
    if (n > 1) { PyErr_SetString(PyExc_TypeError, "close(timeout=-1.0)"); return NULL; }
    if (n == 1 && (timeout = PyFloat_AsDouble(a[0])) == -1.0 && PyErr_Occurred()) return NULL;
    return PyBool_FromLong(runner_close(w, timeout));
}

static PyObject *Runner_fileno(RunnerObject *w, PyObject *unused) { return PyLong_FromLong(w->efd); }

static PyObject *Runner_get_running(RunnerObject *w, void *c) {
    pthread_mutex_lock(&w->mu);
    long n = w->running;
    for (job_t *j = w->todo; j; j = j->next) n++;
    pthread_mutex_unlock(&w->mu);
    return PyLong_FromLong(n);
}

/* Jobs a thread has taken and is running (not those still queued). */
static PyObject *Runner_get_in_call(RunnerObject *w, void *c) {
    pthread_mutex_lock(&w->mu);
    long n = w->running;
    pthread_mutex_unlock(&w->mu);
    return PyLong_FromLong(n);
}

static void Runner_dealloc(RunnerObject *w) {
    runner_close(w, -1.0);
    if (w->efd >= 0) close(w->efd);
    pthread_mutex_destroy(&w->mu);
    pthread_cond_destroy(&w->cv);
    PyMem_RawFree(w->threads);
    Py_TYPE(w)->tp_free((PyObject *)w);
}

static PyMethodDef Runner_methods[] = {
    {"submit", (PyCFunction)(void (*)(void))Runner_submit, METH_FASTCALL, "submit(reserve, head, body, max_response, token) -> bool"},
    {"completed", (PyCFunction)Runner_completed, METH_NOARGS, "completed() -> [(token, result)]"},
    {"fileno", (PyCFunction)Runner_fileno, METH_NOARGS, "the eventfd that becomes readable when jobs finish"},
    {"close", (PyCFunction)(void (*)(void))Runner_close, METH_FASTCALL, "close(timeout=-1.0) -> bool: stop the threads; unrun jobs' Stores are deleted"},
    {NULL},
};

static PyGetSetDef Runner_getset[] = {
    {"running", (getter)Runner_get_running, NULL, "jobs submitted and not finished", NULL},
    {"in_call", (getter)Runner_get_in_call, NULL, "jobs a thread has begun and not finished", NULL},
    {NULL},
};

PyTypeObject RunnerType = {
    PyVarObject_HEAD_INIT(NULL, 0)
    .tp_name = "multipie._fastcall.Runner",
    .tp_basicsize = sizeof(RunnerObject),
    .tp_dealloc = (destructor)Runner_dealloc,
    .tp_flags = Py_TPFLAGS_DEFAULT,
    .tp_doc = "Native threads running Reserve exchanges off the event loop, without the GIL.",
    .tp_methods = Runner_methods,
    .tp_getset = Runner_getset,
    .tp_new = Runner_new,
};
