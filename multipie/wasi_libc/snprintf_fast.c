/* snprintf with a fast path for one integer, linked ahead of zig's wasm32 libc (multipie.toolchain.wasi_defaults).
 *
 * Lua turns each integer into text with snprintf(buf, sz, "%lld", n) (LUA_INTEGER_FMT, lobject.c's
 * tostringbuff; string.format's %d too): musl runs printf_core twice per call through a string FILE,
 * 41% of the guest's time in a tostring loop (docs/performance.md). A format that is exactly "%d",
 * "%ld" or "%lld" is printed here; any other goes to libc's vsnprintf (doubles too: "%.14g" stays
 * musl's), so the output is musl's either way, truncation and return value included.
 */
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

/* 0 if fmt is not one plain integer conversion, else the argument's size in bytes. */
static int int_format(const char *fmt)
{
	if (fmt[0] != '%') return 0;
	if (fmt[1] == 'd' && !fmt[2]) return sizeof(int);
	if (fmt[1] == 'l' && fmt[2] == 'd' && !fmt[3]) return sizeof(long);
	if (fmt[1] == 'l' && fmt[2] == 'l' && fmt[3] == 'd' && !fmt[4]) return sizeof(long long);
	return 0;
}

int snprintf(char *restrict s, size_t n, const char *restrict fmt, ...)
{
	va_list ap;
	int len;
	va_start(ap, fmt);
	int size = int_format(fmt);
	if (!size) {
		len = vsnprintf(s, n, fmt, ap);
	} else {
		long long v = size == sizeof(long long) ? va_arg(ap, long long)
			: size == sizeof(long) ? va_arg(ap, long) : va_arg(ap, int);
		/* Digits from the end; the magnitude as unsigned so LLONG_MIN negates without overflow. */
		char digits[24], *p = digits + sizeof digits;
		unsigned long long u = v < 0 ? 0ULL - (unsigned long long)v : (unsigned long long)v;
		do *--p = (char)('0' + u % 10); while (u /= 10);
		if (v < 0) *--p = '-';
		len = (int)(digits + sizeof digits - p);
		if (n) {
			size_t copy = (size_t)len < n ? (size_t)len : n - 1;
			memcpy(s, p, copy);
			s[copy] = 0;
		}
	}
	va_end(ap);
	return len;
}
