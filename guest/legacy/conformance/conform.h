/* The conformance suite's reporting: one deterministic line per case, `name: ok` or `name: FAIL ...`.
 *
 * Every program of guest/legacy/conformance/ runs natively and in a virtine with the same working
 * directory (an empty temporary directory); tests/conformance/ compares the two outputs line by line.
 * A FAIL line carries only values that are the same on every run (errno names, small integers), so a
 * native FAIL and the virtine's FAIL compare equal when the behaviour is the same.
 */
#ifndef CONFORM_H
#define CONFORM_H

#define _GNU_SOURCE
#include <errno.h>
#include <stdio.h>
#include <string.h>

static const char *errname(int e) {
    switch (e) {
    case 0: return "0";
    case EPERM: return "EPERM";
    case ENOENT: return "ENOENT";
    case ESRCH: return "ESRCH";
    case EINTR: return "EINTR";
    case EIO: return "EIO";
    case ENXIO: return "ENXIO";
    case E2BIG: return "E2BIG";
    case ENOEXEC: return "ENOEXEC";
    case EBADF: return "EBADF";
    case ECHILD: return "ECHILD";
    case EAGAIN: return "EAGAIN";
    case ENOMEM: return "ENOMEM";
    case EACCES: return "EACCES";
    case EFAULT: return "EFAULT";
    case EBUSY: return "EBUSY";
    case EEXIST: return "EEXIST";
    case EXDEV: return "EXDEV";
    case ENODEV: return "ENODEV";
    case ENOTDIR: return "ENOTDIR";
    case EISDIR: return "EISDIR";
    case EINVAL: return "EINVAL";
    case ENFILE: return "ENFILE";
    case EMFILE: return "EMFILE";
    case ENOTTY: return "ENOTTY";
    case EFBIG: return "EFBIG";
    case ENOSPC: return "ENOSPC";
    case ESPIPE: return "ESPIPE";
    case EROFS: return "EROFS";
    case EMLINK: return "EMLINK";
    case EPIPE: return "EPIPE";
    case ERANGE: return "ERANGE";
    case ENAMETOOLONG: return "ENAMETOOLONG";
    case ENOSYS: return "ENOSYS";
    case ENOTEMPTY: return "ENOTEMPTY";
    case ELOOP: return "ELOOP";
    case EOVERFLOW: return "EOVERFLOW";
    case ENOTSUP: return "ENOTSUP";
    default: {
        static char buf[16];
        snprintf(buf, sizeof buf, "E%d", e);
        return buf;
    }
    }
}

static int conform_failures;

static void report(const char *name, int ok, long got, int err) {
    if (ok) {
        printf("%s: ok\n", name);
    } else {
        conform_failures++;
        printf("%s: FAIL got=%ld errno=%s\n", name, got, errname(err));
    }
    fflush(stdout);
}

/* The call succeeded (did not return -1 / a negative value). */
#define OK(name, expr) do { errno = 0; long r_ = (long)(expr); report(name, r_ >= 0, r_, errno); } while (0)
/* A condition holds. */
#define TRUE(name, cond) do { errno = 0; int c_ = !!(cond); report(name, c_, c_, errno); } while (0)
/* A value equals the expected one. */
#define EQ(name, expr, want) do { errno = 0; long r_ = (long)(expr); report(name, r_ == (long)(want), r_, errno); } while (0)
/* The call failed with -1 and errno `err`. */
#define ERR(name, expr, err) \
    do { errno = 0; long r_ = (long)(expr); int e_ = errno; report(name, r_ == -1 && e_ == (err), r_, e_); } while (0)

/* The exit status: 0, so the runner can tell a crash or an early exit from a run with FAIL lines. */
#define CONFORM_END() do { printf("end: %d failures\n", conform_failures); return 0; } while (0)

#endif
