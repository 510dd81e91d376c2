/* Conformance: pipes (pipe/pipe2, EOF, EPIPE/SIGPIPE, O_NONBLOCK, atomic writes, between processes). */
#include "conform.h"

#include <fcntl.h>
#include <signal.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

int main(void) {
    int p[2];
    EQ("pipe", pipe(p), 0);
    EQ("pipe_write", write(p[1], "hello", 5), 5);
    char buf[70000];
    EQ("pipe_read_partial", read(p[0], buf, 3), 3);
    EQ("pipe_read_rest", read(p[0], buf, sizeof buf), 2);
    close(p[1]);
    EQ("pipe_eof", read(p[0], buf, 1), 0);
    close(p[0]);
    EQ("pipe2_cloexec", syscall(SYS_pipe2, p, O_CLOEXEC), 0);
    TRUE("pipe2_cloexec_flag", (fcntl(p[0], F_GETFD) & FD_CLOEXEC) && (fcntl(p[1], F_GETFD) & FD_CLOEXEC));
    close(p[0]); close(p[1]);
    EQ("pipe2_nonblock", syscall(SYS_pipe2, p, O_NONBLOCK), 0);
    TRUE("pipe2_nonblock_flag", fcntl(p[0], F_GETFL) & O_NONBLOCK);
    ERR("pipe_empty_nonblock", read(p[0], buf, 1), EAGAIN);
    memset(buf, 'x', sizeof buf);
    long total = 0, n;
    while ((n = write(p[1], buf, 4096)) > 0) total += n;
    ERR("pipe_full_nonblock", write(p[1], buf, 1), EAGAIN);
    EQ("pipe_capacity", total, 65536);
    TRUE("pipe_rdonly_end", (fcntl(p[0], F_GETFL) & O_ACCMODE) == O_RDONLY);
    TRUE("pipe_wronly_end", (fcntl(p[1], F_GETFL) & O_ACCMODE) == O_WRONLY);
    ERR("pipe_write_read_end", write(p[0], "x", 1), EBADF);
    ERR("pipe_read_write_end", read(p[1], buf, 1), EBADF);
    close(p[0]); close(p[1]);
    ERR("pipe2_bad_flags", syscall(SYS_pipe2, p, 0x1234), EINVAL);
    pipe(p);
    signal(SIGPIPE, SIG_IGN);
    close(p[0]);
    ERR("pipe_epipe", write(p[1], "x", 1), EPIPE);
    close(p[1]);
    signal(SIGPIPE, SIG_DFL);
    /* A closed reader: the child's write gets SIGPIPE (its read end closed before it writes). */
    pipe(p);
    close(p[0]);
    pid_t c = fork();
    if (c == 0) { write(p[1], "x", 1); _exit(0); }
    int st;
    waitpid(c, &st, 0);
    TRUE("pipe_sigpipe_default", WIFSIGNALED(st) && WTERMSIG(st) == SIGPIPE);
    close(p[1]);
    pipe(p);
    c = fork();
    if (c == 0) {
        close(p[0]);
        for (int i = 0; i < 64; i++) write(p[1], buf, 4096);
        _exit(0);
    }
    close(p[1]);
    total = 0;
    while ((n = read(p[0], buf, sizeof buf)) > 0) total += n;
    waitpid(c, &st, 0);
    EQ("pipe_between_processes_256k", total, 64 * 4096);
    close(p[0]);
    pipe(p);
    EQ("dup2_onto_pipe", dup2(p[1], 10), 10);
    close(p[1]);
    write(10, "via dup", 7);
    close(10);
    EQ("pipe_dup_read", read(p[0], buf, sizeof buf), 7);
    EQ("pipe_eof_after_all_writers", read(p[0], buf, 1), 0);
    close(p[0]);
    CONFORM_END();
}
