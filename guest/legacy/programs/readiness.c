/* Readiness in a legacy domain: poll, ppoll, select, pselect, epoll (level, edge, one-shot), eventfd,
 * non-blocking I/O. Each mode prints only what is deterministic, to compare with a native run.
 *
 *   readiness poll | select | epoll N | edge | eventfd | nonblock | errors
 */
#include <arpa/inet.h>
#include <errno.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/epoll.h>
#include <sys/eventfd.h>
#include <sys/ioctl.h>
#include <sys/select.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#define CHECK(x) do { if ((x) < 0) { printf("FAIL %s: %s (line %d)\n", #x, strerror(errno), __LINE__); exit(1); } } while (0)
#define SHOW(label, call) do { errno = 0; long r_ = (long)(call); printf("%-36s %ld %s\n", label, r_, r_ < 0 ? strerror(errno) : ""); } while (0)

static double now(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return ts.tv_sec + ts.tv_nsec / 1e9;
}

static int polls(void) {
    int p[2];
    CHECK(pipe(p));
    struct pollfd f[3] = {{p[0], POLLIN, 0}, {p[1], POLLOUT, 0}, {99, POLLIN, 0}};
    int n = poll(f, 3, 0);
    printf("poll empty pipe: %d, revents %#x %#x %#x\n", n, f[0].revents, f[1].revents, f[2].revents);
    double t0 = now();
    n = poll(f, 1, 50);
    printf("poll 50 ms on an empty pipe: %d, waited >= 45 ms: %d\n", n, now() - t0 >= 0.045);
    pid_t pid = fork();
    CHECK(pid);
    if (pid == 0) {
        usleep(20000);
        CHECK(write(p[1], "x", 1));
        _exit(0);
    }
    n = poll(f, 1, -1);
    printf("poll while a child writes: %d, revents %#x\n", n, f[0].revents);
    waitpid(pid, NULL, 0);
    close(p[1]);
    char c;
    read(p[0], &c, 1);
    n = poll(f, 1, 0);
    printf("poll after the writer closed: %d, revents %#x\n", n, f[0].revents);
    struct timespec ts = {0, 30000000};
    sigset_t mask;
    sigemptyset(&mask);
    int q[2];
    CHECK(pipe(q));
    struct pollfd g = {q[0], POLLIN, 0};
    n = ppoll(&g, 1, &ts, &mask);
    printf("ppoll 30 ms: %d\n", n);
    return 0;
}

static int selects(void) {
    int p[2];
    CHECK(pipe(p));
    fd_set r, w;
    FD_ZERO(&r); FD_ZERO(&w);
    FD_SET(p[0], &r); FD_SET(p[1], &w);
    struct timeval tv = {0, 40000};
    int n = select(p[1] + 1, &r, &w, NULL, &tv);
    printf("select: %d, read set %d, write set %d\n", n, FD_ISSET(p[0], &r), FD_ISSET(p[1], &w));
    FD_ZERO(&r);
    FD_SET(p[0], &r);
    tv.tv_sec = 0; tv.tv_usec = 40000;
    double t0 = now();
    n = select(p[0] + 1, &r, NULL, NULL, &tv);
    printf("select 40 ms timeout: %d, waited >= 35 ms: %d, timeval left %ld.%06ld\n", n, now() - t0 >= 0.035,
           (long)tv.tv_sec, (long)tv.tv_usec);
    CHECK(write(p[1], "y", 1));
    FD_SET(p[0], &r);
    n = select(p[0] + 1, &r, NULL, NULL, NULL);
    printf("select with data: %d, read set %d\n", n, FD_ISSET(p[0], &r));
    FD_ZERO(&r);
    FD_SET(77, &r);
    tv.tv_sec = 0; tv.tv_usec = 0;
    SHOW("select on a closed fd", select(78, &r, NULL, NULL, &tv));
    tv.tv_usec = 2000000;
    SHOW("select with tv_usec 2000000", select(1, NULL, NULL, NULL, &tv));
    struct timespec ts = {0, 10000000};
    FD_ZERO(&r);
    FD_SET(p[0], &r);
    n = pselect(p[0] + 1, &r, NULL, NULL, &ts, NULL);
    printf("pselect with data: %d\n", n);
    return 0;
}

/* An epoll server with N forked clients: each connects, sends "hello I", reads "ok I", exits. */
static int epoll_server(int clients) {
    int ls = socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK, 0);
    CHECK(ls);
    struct sockaddr_in a = {.sin_family = AF_INET, .sin_addr.s_addr = htonl(INADDR_LOOPBACK)};
    CHECK(bind(ls, (struct sockaddr *)&a, sizeof a));
    socklen_t len = sizeof a;
    CHECK(getsockname(ls, (struct sockaddr *)&a, &len));
    CHECK(listen(ls, 64));
    for (int i = 0; i < clients; i++) {
        pid_t pid = fork();
        CHECK(pid);
        if (pid == 0) {
            int c = socket(AF_INET, SOCK_STREAM, 0);
            CHECK(connect(c, (struct sockaddr *)&a, sizeof a));
            char buf[32];
            int n = snprintf(buf, sizeof buf, "hello %d", i);
            CHECK(write(c, buf, n));
            n = read(c, buf, sizeof buf - 1);
            if (n <= 0) _exit(3);
            buf[n] = 0;
            char want[32];
            snprintf(want, sizeof want, "ok %d", i);
            _exit(strcmp(buf, want) == 0 ? 0 : 4);
        }
    }
    int ep = epoll_create1(EPOLL_CLOEXEC);
    CHECK(ep);
    struct epoll_event ev = {.events = EPOLLIN, .data.fd = ls};
    CHECK(epoll_ctl(ep, EPOLL_CTL_ADD, ls, &ev));
    int served = 0, accepted = 0, waits = 0;
    while (served < clients) {
        struct epoll_event out[8];
        int n = epoll_wait(ep, out, 8, 5000);
        waits++;
        if (n <= 0) { printf("epoll_wait returned %d\n", n); break; }
        for (int i = 0; i < n; i++) {
            int fd = out[i].data.fd;
            if (fd == ls) {
                int c;
                while ((c = accept4(ls, NULL, NULL, SOCK_NONBLOCK)) >= 0) {
                    struct epoll_event cev = {.events = EPOLLIN | EPOLLRDHUP, .data.fd = c};
                    CHECK(epoll_ctl(ep, EPOLL_CTL_ADD, c, &cev));
                    accepted++;
                }
                if (errno != EAGAIN) printf("accept: %s\n", strerror(errno));
                continue;
            }
            char buf[64];
            ssize_t r = read(fd, buf, sizeof buf - 1);
            if (r > 0) {
                buf[r] = 0;
                int k = atoi(buf + 6);
                char reply[32];
                int m = snprintf(reply, sizeof reply, "ok %d", k);
                CHECK(write(fd, reply, m));
                served++;
            }
            CHECK(epoll_ctl(ep, EPOLL_CTL_DEL, fd, NULL));
            close(fd);
        }
    }
    int bad = 0;
    for (int i = 0; i < clients; i++) {
        int st;
        wait(&st);
        if (!WIFEXITED(st) || WEXITSTATUS(st)) bad++;
    }
    printf("epoll: %d clients accepted, %d served, %d clients failed\n", accepted, served, bad);
    return 0;
}

static int edge(void) {
    int sv[2];
    CHECK(socketpair(AF_UNIX, SOCK_STREAM | SOCK_NONBLOCK, 0, sv));
    int ep = epoll_create1(0);
    struct epoll_event ev = {.events = EPOLLIN | EPOLLET, .data.u64 = 7};
    CHECK(epoll_ctl(ep, EPOLL_CTL_ADD, sv[0], &ev));
    struct epoll_event out[2];
    printf("edge: nothing yet %d\n", epoll_wait(ep, out, 2, 0));
    CHECK(write(sv[1], "abc", 3));
    int n = epoll_wait(ep, out, 2, 0);
    printf("edge: after a write %d (data %llu, events %#x)\n", n, (unsigned long long)out[0].data.u64, out[0].events);
    printf("edge: again without reading %d\n", epoll_wait(ep, out, 2, 0));
    char buf[8];
    while (read(sv[0], buf, sizeof buf) > 0) {}
    printf("edge: drained, read gives %s\n", errno == EAGAIN ? "EAGAIN" : "?");
    CHECK(write(sv[1], "d", 1));
    printf("edge: new data %d\n", epoll_wait(ep, out, 2, 0));
    ev.events = EPOLLIN | EPOLLONESHOT;
    CHECK(epoll_ctl(ep, EPOLL_CTL_MOD, sv[0], &ev));
    printf("oneshot: first %d\n", epoll_wait(ep, out, 2, 0));
    printf("oneshot: disabled %d\n", epoll_wait(ep, out, 2, 0));
    CHECK(epoll_ctl(ep, EPOLL_CTL_MOD, sv[0], &ev));
    printf("oneshot: re-armed %d\n", epoll_wait(ep, out, 2, 0));
    ev.events = EPOLLIN;
    CHECK(epoll_ctl(ep, EPOLL_CTL_MOD, sv[0], &ev));
    printf("level: %d, %d\n", epoll_wait(ep, out, 2, 0), epoll_wait(ep, out, 2, 0));
    close(sv[1]);
    n = epoll_wait(ep, out, 2, 0);
    printf("level: peer closed %d events %#x\n", n, out[0].events);
    double t0 = now();
    int e2 = epoll_create1(0);
    n = epoll_wait(e2, out, 2, 30);
    printf("epoll_wait 30 ms on nothing: %d, waited >= 25 ms: %d\n", n, now() - t0 >= 0.025);
    return 0;
}

static int eventfds(void) {
    int e = eventfd(0, 0);
    CHECK(e);
    pid_t pid = fork();
    CHECK(pid);
    if (pid == 0) {
        uint64_t v = 5;
        usleep(10000);
        CHECK(write(e, &v, 8));
        _exit(0);
    }
    uint64_t v;
    ssize_t n = read(e, &v, 8);
    printf("eventfd: blocking read %zd -> %llu\n", n, (unsigned long long)v);
    waitpid(pid, NULL, 0);
    int s = eventfd(3, EFD_SEMAPHORE | EFD_NONBLOCK);
    for (int i = 0; i < 4; i++) {
        n = read(s, &v, 8);
        printf("semaphore read %d: %zd %s %llu\n", i, n, n < 0 ? strerror(errno) : "", n < 0 ? 0ULL : (unsigned long long)v);
    }
    struct pollfd f = {s, POLLIN | POLLOUT, 0};
    printf("eventfd poll at zero: %d revents %#x\n", poll(&f, 1, 0), f.revents);
    SHOW("eventfd read 4 bytes", read(s, &v, 4));
    v = ~0ULL;
    SHOW("eventfd write 2^64-1", write(s, &v, 8));
    v = ~0ULL - 1;
    SHOW("eventfd write 2^64-2", write(s, &v, 8));
    v = 1;
    SHOW("eventfd write past the max", write(s, &v, 8));
    SHOW("eventfd2 bad flags", eventfd(0, 0x10));
    return 0;
}

static int nonblock(void) {
    int p[2];
    CHECK(pipe2(p, O_NONBLOCK | O_CLOEXEC));
    char c;
    SHOW("pipe2 O_NONBLOCK read", read(p[0], &c, 1));
    printf("pipe2 flags: nonblock %d cloexec %d\n", (fcntl(p[0], F_GETFL) & O_NONBLOCK) != 0, fcntl(p[1], F_GETFD));
    static char big[70000];
    SHOW("pipe write 70000 non-blocking", write(p[1], big, sizeof big));
    SHOW("pipe write 1 more", write(p[1], big, 1));
    int sv[2];
    CHECK(socketpair(AF_UNIX, SOCK_STREAM, 0, sv));
    SHOW("socket recv MSG_DONTWAIT", recv(sv[0], &c, 1, MSG_DONTWAIT));
    CHECK(fcntl(sv[0], F_SETFL, fcntl(sv[0], F_GETFL) | O_NONBLOCK));
    SHOW("socket read after F_SETFL O_NONBLOCK", read(sv[0], &c, 1));
    long total = 0;
    for (;;) {
        ssize_t w = send(sv[1], big, sizeof big, MSG_DONTWAIT);
        if (w < 0) break;
        total += w;
    }
    printf("socket filled with MSG_DONTWAIT: %s, then %s\n", total > 0 ? "some bytes" : "nothing", strerror(errno));
    SHOW("pipe2 bad flags", pipe2(p, 0x1));
    int q[2], on = 1, avail = -1;
    CHECK(socketpair(AF_UNIX, SOCK_DGRAM, 0, q));
    CHECK(ioctl(q[0], FIONBIO, &on));
    SHOW("recv after ioctl(FIONBIO)", recv(q[0], &c, 1, 0));
    CHECK(send(q[1], "12345", 5, 0));
    CHECK(send(q[1], "67", 2, 0));
    CHECK(ioctl(q[0], FIONREAD, &avail));
    printf("FIONREAD on a datagram socket: %d\n", avail);
    int r[2];
    CHECK(pipe(r));
    CHECK(write(r[1], "abc", 3));
    CHECK(ioctl(r[0], FIONREAD, &avail));
    printf("FIONREAD on a pipe: %d\n", avail);
    SHOW("lseek on a socket", lseek(q[0], 0, SEEK_SET));
    return 0;
}

static int errors(void) {
    struct epoll_event ev = {.events = EPOLLIN};
    int ep = epoll_create1(0);
    int p[2];
    CHECK(pipe(p));
    SHOW("epoll_create(0)", epoll_create(0));
    SHOW("epoll_create1(bad flags)", epoll_create1(1));
    SHOW("epoll_ctl(add twice) first", epoll_ctl(ep, EPOLL_CTL_ADD, p[0], &ev));
    SHOW("epoll_ctl(add twice) second", epoll_ctl(ep, EPOLL_CTL_ADD, p[0], &ev));
    SHOW("epoll_ctl(mod unwatched)", epoll_ctl(ep, EPOLL_CTL_MOD, p[1], &ev));
    SHOW("epoll_ctl(del unwatched)", epoll_ctl(ep, EPOLL_CTL_DEL, p[1], &ev));
    SHOW("epoll_ctl(itself)", epoll_ctl(ep, EPOLL_CTL_ADD, ep, &ev));
    SHOW("epoll_ctl(bad op)", epoll_ctl(ep, 9, p[1], &ev));
    SHOW("epoll_ctl(bad fd)", epoll_ctl(ep, EPOLL_CTL_ADD, 99, &ev));
    SHOW("epoll_ctl(not an epoll)", epoll_ctl(p[0], EPOLL_CTL_ADD, p[1], &ev));
    int f = open("/proc/self/exe", O_RDONLY);
    if (f < 0) f = open("/", O_RDONLY);
    SHOW("epoll_ctl(regular file or dir)", epoll_ctl(ep, EPOLL_CTL_ADD, f, &ev));
    struct epoll_event out[1];
    SHOW("epoll_wait(maxevents 0)", epoll_wait(ep, out, 0, 0));
    SHOW("epoll_wait(not an epoll)", epoll_wait(p[0], out, 1, 0));
    SHOW("epoll_wait(bad pointer)", epoll_wait(ep, (struct epoll_event *)8, 1, 0));
    SHOW("poll(bad pointer)", poll((struct pollfd *)8, 1, 0));
    struct timespec bad = {0, 2000000000};
    SHOW("ppoll(bad timespec)", ppoll(NULL, 0, &bad, NULL));
    return 0;
}

int main(int argc, char **argv) {
    setvbuf(stdout, NULL, _IONBF, 0);
    signal(SIGPIPE, SIG_IGN);
    const char *mode = argc > 1 ? argv[1] : "poll";
    if (!strcmp(mode, "poll")) return polls();
    if (!strcmp(mode, "select")) return selects();
    if (!strcmp(mode, "epoll")) return epoll_server(argc > 2 ? atoi(argv[2]) : 8);
    if (!strcmp(mode, "edge")) return edge();
    if (!strcmp(mode, "eventfd")) return eventfds();
    if (!strcmp(mode, "nonblock")) return nonblock();
    if (!strcmp(mode, "errors")) return errors();
    fprintf(stderr, "unknown mode %s\n", mode);
    return 2;
}
