// A query workload on SQLite (third_party/sqlite, the released amalgamation, unmodified), in memory.
// Usage: sqlite_bench N  -> builds a table of N rows, indexes, queries, updates, joins;
// prints each step's result so runs can be compared byte for byte.
#include <stdio.h>
#include <stdlib.h>
#include "sqlite3.h"

static sqlite3 *db;

static void die(const char *what) {
  fprintf(stderr, "%s: %s\n", what, sqlite3_errmsg(db));
  exit(1);
}

static int print_row(void *label, int n, char **vals, char **names) {
  (void)names;
  printf("%s:", (const char *)label);
  for (int i = 0; i < n; i++) printf(" %s", vals[i] ? vals[i] : "NULL");
  printf("\n");
  return 0;
}

static void run(const char *label, const char *sql) {
  char *err = NULL;
  if (sqlite3_exec(db, sql, print_row, (void *)label, &err) != SQLITE_OK) {
    fprintf(stderr, "%s: %s\n", label, err);
    exit(1);
  }
}

// English words for a number, single-spaced (speedtest1's trick: text whose order differs from the value's).
static int words(unsigned n, char *out) {
  static const char *ones[] = {"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
                               "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
                               "seventeen", "eighteen", "nineteen"};
  static const char *tens[] = {"", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"};
  int k = 0;
  if (n >= 1000000) { k += words(n / 1000000, out + k); k += sprintf(out + k, " million"); n %= 1000000; }
  if (n >= 1000) { k += sprintf(out + k, k ? " " : ""); k += words(n / 1000, out + k); k += sprintf(out + k, " thousand"); n %= 1000; }
  if (n >= 100) { k += sprintf(out + k, "%s%s hundred", k ? " " : "", ones[n / 100]); n %= 100; }
  if (n >= 20) { k += sprintf(out + k, "%s%s", k ? " " : "", tens[n / 10]); n %= 10; }
  if (n > 0 || k == 0) k += sprintf(out + k, "%s%s", k ? " " : "", ones[n]);
  return k;
}

int main(int argc, char **argv) {
  int n = argc > 1 ? atoi(argv[1]) : 10000;
  if (n <= 0) { fprintf(stderr, "usage: %s ROWS\n", argv[0]); return 2; }
  if (sqlite3_open(":memory:", &db) != SQLITE_OK) die("open");
  printf("sqlite %s, %d rows\n", sqlite3_libversion(), n);
  run("schema", "CREATE TABLE t1(a INTEGER PRIMARY KEY, b INTEGER, c TEXT);"
                "CREATE TABLE t2(a INTEGER PRIMARY KEY, b INTEGER, c TEXT);");
  sqlite3_stmt *ins;
  if (sqlite3_prepare_v2(db, "INSERT INTO t1 VALUES(?1, ?2, ?3)", -1, &ins, NULL) != SQLITE_OK) die("prepare");
  run("begin", "BEGIN");
  unsigned x = 2463534242u;
  char text[200];
  for (int i = 1; i <= n; i++) {
    x ^= x << 13; x ^= x >> 17; x ^= x << 5;
    unsigned b = x % (unsigned)(n * 4);
    int len = words(b, text);
    sqlite3_bind_int(ins, 1, i);
    sqlite3_bind_int(ins, 2, (int)b);
    sqlite3_bind_text(ins, 3, text, len, SQLITE_STATIC);
    if (sqlite3_step(ins) != SQLITE_DONE) die("insert");
    sqlite3_reset(ins);
  }
  sqlite3_finalize(ins);
  run("copy", "INSERT INTO t2 SELECT a, b * 3 % 1000, c FROM t1 ORDER BY c");
  run("commit", "COMMIT");
  run("count", "SELECT count(*), sum(b), min(c), max(c) FROM t1");
  run("like", "SELECT count(*) FROM t1 WHERE c LIKE '%seven%'");
  run("index", "CREATE INDEX t1b ON t1(b); CREATE INDEX t2c ON t2(c)");
  sqlite3_stmt *rng;
  if (sqlite3_prepare_v2(db, "SELECT count(*), avg(b) FROM t1 WHERE b BETWEEN ?1 AND ?2", -1, &rng, NULL))
    die("prepare");
  long long hits = 0;
  for (int i = 0; i < n / 10; i++) {
    sqlite3_bind_int(rng, 1, i * 37 % (n * 4));
    sqlite3_bind_int(rng, 2, i * 37 % (n * 4) + 100);
    if (sqlite3_step(rng) != SQLITE_ROW) die("range");
    hits += sqlite3_column_int64(rng, 0);
    sqlite3_reset(rng);
  }
  sqlite3_finalize(rng);
  printf("ranges: %d queries, %lld rows\n", n / 10, hits);
  run("group", "SELECT b % 10, count(*), length(group_concat(c)) FROM t1 GROUP BY 1 ORDER BY 1 LIMIT 3");
  run("join", "SELECT count(*), sum(t1.b + t2.b) FROM t1 JOIN t2 ON t2.c = t1.c WHERE t1.a % 3 = 0");
  run("update", "UPDATE t1 SET b = b * 2, c = upper(c) WHERE a % 7 = 0; SELECT changes()");
  run("delete", "DELETE FROM t1 WHERE b % 5 = 0; SELECT changes()");
  run("order", "SELECT a, b, c FROM t1 ORDER BY c DESC, a LIMIT 3");
  run("scan", "DROP INDEX t1b; SELECT count(*) FROM t1 WHERE b > 1000");
  sqlite3_close(db);
  return 0;
}
