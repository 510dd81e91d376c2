// The drivers' one input step: a whole file read into a fresh malloc'd buffer (one spare byte after it).
#ifndef READ_FILE_H
#define READ_FILE_H
#include <stdio.h>
#include <stdlib.h>

// The bytes of `path`, their count in *n; NULL (after saying why on stderr) when it cannot be read.
static char *read_file(const char *path, long *n) {
  FILE *f = fopen(path, "rb");
  if (!f) { perror(path); return NULL; }
  fseek(f, 0, SEEK_END);
  *n = ftell(f);
  fseek(f, 0, SEEK_SET);
  char *buf = *n >= 0 ? malloc((size_t)*n + 1) : NULL;
  if (!buf || fread(buf, 1, (size_t)*n, f) != (size_t)*n) {
    fprintf(stderr, "read failed\n");
    free(buf);
    buf = NULL;
  }
  fclose(f);
  return buf;
}
#endif
