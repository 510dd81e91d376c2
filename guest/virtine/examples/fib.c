/* fib: the classic virtine benchmark (Wasp, EuroSys'22), recursive on purpose. */
#include "virtine.h"

static long fib_rec(long n) { return n < 2 ? n : fib_rec(n - 1) + fib_rec(n - 2); }

VIRTINE long fib(long n) { return fib_rec(n); }
