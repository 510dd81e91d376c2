/* programs/attacks.c linked dynamically against glibc: its attacks on a pooled machine that rests at
 * a warm state (legacy/warmstart.py) instead of the cold snapshot (tests/domains/legacy/test_machine.py). */
#include "../programs/attacks.c"
