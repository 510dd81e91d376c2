// LZ4 (third_party/lz4) round trips over a file with a fresh pair of buffers per round (lz4_rounds.h).
// Usage: lz4_churn ROUNDS FILE
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#define ROUNDS_MALLOC malloc
#define ROUNDS_FREE free
#include "lz4_rounds.h"

int main(int argc, char **argv) {
  if (argc != 3) { fprintf(stderr, "usage: %s ROUNDS FILE\n", argv[0]); return 2; }
  int rounds = atoi(argv[1]);
  FILE *f = fopen(argv[2], "rb");
  if (!f) { perror(argv[2]); return 1; }
  fseek(f, 0, SEEK_END);
  long n = ftell(f);
  fseek(f, 0, SEEK_SET);
  char *buf = malloc((size_t)n + 1);
  if (!buf || fread(buf, 1, (size_t)n, f) != (size_t)n) { fprintf(stderr, "read failed\n"); return 1; }
  fclose(f);
  unsigned long long sum = lz4_rounds(buf, (int)n, rounds);
  if (!sum) { fprintf(stderr, "round trip failed\n"); return 1; }
  printf("lz4 %d, %ld bytes\n", LZ4_versionNumber(), n);
  printf("LZ4 rounds x%d %016llx\n", rounds, sum);
  return 0;
}
