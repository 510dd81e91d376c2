/* System calls through glibc's rewritten sites (multipie/domains/legacy/syscallsites.py).
 *
 * In a virtine glibc's syscall instructions jump to trampolines instead of trapping; this prints facts
 * that must read the same natively: a call restarted after a signal handler (SA_RESTART: the host
 * resumes at the return address - 2, the trampoline's own syscall), an interrupted call without it
 * (EINTR), errors (errno), many calls in a row, and a child made by vfork and posix_spawn.
 */
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <stdio.h>
#include <string.h>
#include <sys/time.h>
#include <sys/wait.h>
#include <unistd.h>

extern char **environ;
static int pipe_fds[2];

static void on_alarm(int sig) {
    (void)sig;
    char c = 'x';
    if (write(pipe_fds[1], &c, 1) != 1) _exit(3);
}

static void arm(int restart) {
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_alarm;
    sa.sa_flags = restart ? SA_RESTART : 0;
    sigaction(SIGALRM, &sa, NULL);
    struct itimerval it = {{0, 0}, {0, 20000}};
    setitimer(ITIMER_REAL, &it, NULL);
}

int main(void) {
    if (pipe(pipe_fds) != 0) return 1;
    /* A read blocked on an empty pipe; the handler writes the byte it waits for. */
    arm(1);
    char c = 0;
    ssize_t n = read(pipe_fds[0], &c, 1);
    printf("restarted read: %zd %c\n", n, c);
    arm(0);
    n = read(pipe_fds[0], &c, 1);
    printf("interrupted read: %zd %s\n", n, n < 0 ? strerror(errno) : "-");
    n = read(pipe_fds[0], &c, 1);
    printf("then the byte: %zd %c\n", n, c);

    errno = 0;
    printf("close(-1): %d %s\n", close(-1), strerror(errno));
    printf("open(missing): %d %s\n", open("/nonexistent/file", O_RDONLY), strerror(errno));
    long sum = 0;
    for (int i = 0; i < 10000; i++) sum += getppid() == getppid();
    printf("getppid twice, 10000 times: %ld\n", sum);

    pid_t pid = vfork();
    if (pid == 0) _exit(7);
    int status = 0;
    waitpid(pid, &status, 0);
    printf("vfork child: %d\n", WEXITSTATUS(status));
    char *argv[] = {"sh", "-c", "exit 5", NULL};
    if (posix_spawn(&pid, "/bin/sh", NULL, NULL, argv, environ) != 0) return 2;
    waitpid(pid, &status, 0);
    printf("posix_spawn child: %d\n", WEXITSTATUS(status));
    return 0;
}
