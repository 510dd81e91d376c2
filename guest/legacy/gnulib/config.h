/* A minimal config.h for building gnulib's own tests (Debian package `gnulib`, /usr/share/gnulib/tests)
 * directly against the C library under test, without gnulib's replacement functions: what they then
 * check is the C library and the system calls beneath it, natively and in a virtine. */
#define _GNU_SOURCE 1
#define HAVE_SYMLINK 1
#define HAVE_LSTAT 1
#define HAVE_DECL_ALARM 1
#define _GL_ATTRIBUTE_MAYBE_UNUSED __attribute__((__unused__))
#define _GL_UNUSED __attribute__((__unused__))
#define _GL_ATTRIBUTE_PURE __attribute__((__pure__))
#define _GL_ATTRIBUTE_CONST __attribute__((__const__))
#define _GL_ATTRIBUTE_FORMAT(spec)
#define _GL_ATTRIBUTE_FORMAT_PRINTF_STANDARD(a, b)
#define _GL_ATTRIBUTE_NODISCARD
#define _GL_ATTRIBUTE_DEPRECATED
#define _GL_ATTRIBUTE_MALLOC __attribute__((__malloc__))
#define _GL_ATTRIBUTE_DEALLOC(f, i)
#define _GL_ATTRIBUTE_DEALLOC_FREE
#define _GL_ATTRIBUTE_RETURNS_NONNULL
#define _GL_ATTRIBUTE_ALLOC_SIZE(a)
#define _GL_ATTRIBUTE_NOTHROW
#define _GL_ATTRIBUTE_FALLTHROUGH __attribute__((__fallthrough__))
#define _GL_ARG_NONNULL(a)
#define _GL_INLINE static inline
#define _GL_INLINE_HEADER_BEGIN
#define _GL_INLINE_HEADER_END
#define _GL_EXTERN_INLINE static inline
#define _GL_CMP(a, b) (((a) > (b)) - ((a) < (b)))
#define GNULIB_TEST_OPEN 1
#include <stdbool.h>
#define O_BINARY 0
#define O_TEXT 0
#define GETTIMEOFDAY_TIMEZONE void
#define PROMOTED_MODE_T mode_t
