/* Signal dispositions and masks set many times, then signals from a timer, a child and the program itself.
 *
 *   signals calls N   N rounds of sigaction (install, query) and sigprocmask (block, unblock, query),
 *                     then SIGALRM (setitimer), SIGCHLD (a child's exit), kill to itself, a signal
 *                     left pending while blocked; prints what each handler saw.
 *   signals fork      a blocked signal stays blocked in a forked child and after its execve (and an
 *                     ignored one stays ignored, a handler becomes the default).
 * The output is the same natively and in a virtine; tests/domains/legacy/test_signals.py also checks
 * that the disposition and mask calls were answered without an exit.
 */
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/time.h>
#include <sys/wait.h>
#include <unistd.h>

static volatile sig_atomic_t got[65];

static void on_signal(int sig) { got[sig]++; }

static void install(int sig, void (*fn)(int)) {
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = fn;
    sigaction(sig, &sa, NULL);
}

static void wait_for(int sig) {
    sigset_t none;
    sigemptyset(&none);
    while (!got[sig]) sigsuspend(&none);
}

static int calls(int n) {
    sigset_t set, old;
    sigemptyset(&set);
    sigaddset(&set, SIGUSR1);
    int ok = 0;
    for (int i = 0; i < n; i++) {
        struct sigaction q;
        install(SIGUSR1, on_signal);
        sigaction(SIGUSR1, NULL, &q);
        ok += q.sa_handler == on_signal;
        sigprocmask(SIG_BLOCK, &set, NULL);
        sigprocmask(SIG_UNBLOCK, &set, &old);
        ok += sigismember(&old, SIGUSR1);
        sigprocmask(SIG_BLOCK, NULL, &old);
        ok += !sigismember(&old, SIGUSR1);
    }
    printf("rounds %d, checks %d of %d\n", n, ok, 3 * n);
    install(SIGALRM, on_signal);
    install(SIGCHLD, on_signal);
    sigset_t both;
    sigemptyset(&both);
    sigaddset(&both, SIGALRM);
    sigaddset(&both, SIGCHLD);
    sigprocmask(SIG_BLOCK, &both, NULL);  /* no signal is lost before sigsuspend waits for it */
    struct itimerval it = {{0, 0}, {0, 20000}};
    setitimer(ITIMER_REAL, &it, NULL);
    wait_for(SIGALRM);
    pid_t c = fork();
    if (c == 0) _exit(0);
    wait_for(SIGCHLD);
    waitpid(c, NULL, 0);
    sigprocmask(SIG_UNBLOCK, &both, NULL);
    kill(getpid(), SIGUSR1);
    printf("alarm %d, child %d, kill %d\n", got[SIGALRM], got[SIGCHLD], got[SIGUSR1]);
    sigprocmask(SIG_BLOCK, &set, NULL);
    kill(getpid(), SIGUSR1);
    int before = got[SIGUSR1];
    sigprocmask(SIG_UNBLOCK, &set, NULL);
    printf("blocked %d, then delivered %d\n", before, got[SIGUSR1]);
    return 0;
}

static int report(const char *who) {
    sigset_t cur;
    sigprocmask(SIG_BLOCK, NULL, &cur);
    struct sigaction a, b;
    sigaction(SIGUSR2, NULL, &a);
    sigaction(SIGTERM, NULL, &b);
    printf("%s: usr1 blocked %d, usr2 ignored %d, term handled %d\n", who, sigismember(&cur, SIGUSR1),
           a.sa_handler == SIG_IGN, b.sa_handler == on_signal);
    fflush(stdout);
    return 0;
}

static int forks(void) {
    sigset_t set;
    sigemptyset(&set);
    sigaddset(&set, SIGUSR1);
    sigprocmask(SIG_BLOCK, &set, NULL);
    install(SIGUSR2, SIG_IGN);
    install(SIGTERM, on_signal);
    report("parent");
    pid_t c = fork();
    if (c == 0) {
        report("child");
        char *args[] = {"/proc/self/exe", "exec", NULL};
        char *envp[] = {NULL};
        execve("/proc/self/exe", args, envp);
        _exit(99);
    }
    int st;
    waitpid(c, &st, 0);
    printf("child exit %d\n", WEXITSTATUS(st));
    return 0;
}

int main(int argc, char **argv) {
    if (argc > 2 && strcmp(argv[1], "calls") == 0) return calls(atoi(argv[2]));
    if (argc > 1 && strcmp(argv[1], "fork") == 0) return forks();
    if (argc > 1 && strcmp(argv[1], "exec") == 0) return report("after execve");
    fprintf(stderr, "usage: signals calls N | fork\n");
    return 2;
}
