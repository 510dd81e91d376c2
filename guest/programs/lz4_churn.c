// LZ4 (third_party/lz4) round trips over a file with a fresh pair of buffers per round (lz4_rounds.h).
// Usage: lz4_churn ROUNDS FILE
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#define ROUNDS_MALLOC malloc
#define ROUNDS_FREE free
#include "lz4_rounds.h"
#include "read_file.h"

int main(int argc, char **argv) {
  if (argc != 3) { fprintf(stderr, "usage: %s ROUNDS FILE\n", argv[0]); return 2; }
  int rounds = atoi(argv[1]);
  long n = 0;
  char *buf = read_file(argv[2], &n);
  if (!buf) return 1;
  unsigned long long sum = lz4_rounds(buf, (int)n, rounds);
  if (!sum) { fprintf(stderr, "round trip failed\n"); return 1; }
  printf("lz4 %d, %ld bytes\n", LZ4_versionNumber(), n);
  printf("LZ4 rounds x%d %016llx\n", rounds, sum);
  return 0;
}
