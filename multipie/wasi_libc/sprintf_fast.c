/* sprintf with a copying fast path, linked ahead of zig's wasm32 libc (multipie.toolchain.wasi_defaults).
 *
 * musl's sprintf runs printf_core twice per call (once to collect argument types, once to print)
 * through a string FILE: SQLite's driver, which builds text with sprintf("%s%s", ...), spent 12% of
 * its extra time over native there (docs/performance.md). A format of plain text, %s and %% only is
 * copied here directly; any other format goes to libc's vsprintf, so output is musl's either way
 * (a null %s argument prints "(null)", as musl's does).
 */
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

/* Whether every conversion in fmt is %s or %% (no flags, width, precision or length). */
static int copies_only(const char *fmt)
{
	for (; *fmt; fmt++) {
		if (*fmt == '%') {
			fmt++;
			if (*fmt != 's' && *fmt != '%') return 0;
		}
	}
	return 1;
}

int sprintf(char *restrict s, const char *restrict fmt, ...)
{
	va_list ap;
	int n;
	va_start(ap, fmt);
	if (!copies_only(fmt)) {
		n = vsprintf(s, fmt, ap);
	} else {
		char *out = s;
		for (const char *f = fmt; *f; f++) {
			if (*f != '%') {
				*out++ = *f;
			} else if (*++f == '%') {
				*out++ = '%';
			} else {
				const char *arg = va_arg(ap, const char *);
				if (!arg) arg = "(null)";
				size_t len = strlen(arg);
				memcpy(out, arg, len);
				out += len;
			}
		}
		*out = 0;
		n = (int)(out - s);
	}
	va_end(ap);
	return n;
}
