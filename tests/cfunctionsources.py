"""C sources of virtine functions shared by the tests of cfunctions, udf and ``multipie build``."""

from __future__ import annotations

FIB = """
VIRTINE long fib(long n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); }
"""

CHECKSUM = """
#include "virtine.h"
VIRTINE unsigned int checksum(const unsigned char *buf, int n) {
    unsigned int s = 0;
    for (int i = 0; i < n; i++) s = s * 33 + buf[i];
    return s;
}
VIRTINE int rot13(unsigned char *buf, int n) {
    for (int i = 0; i < n; i++) {
        unsigned char c = buf[i];
        if (c >= 'a' && c <= 'z') buf[i] = 'a' + (c - 'a' + 13) % 26;
    }
    return n;
}
VIRTINE double mean(double a, double b) { return (a + b) / 2; }
VIRTINE long forever(long x) { for (;;) x++; return x; }
VIRTINE long crash(long p) { return *(long *)p; }
"""
