/* Sockets in a legacy domain: each mode prints what it saw, so a run in a virtine can be compared
 * with the same binary run natively (ports come from getsockname, never fixed).
 *
 *   sockets echo | pingpong N | unix PATH | udp | scm | errors | denied | rtt N | tput MIB
 */
#include <arpa/inet.h>
#include <errno.h>
#include <stddef.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#define CHECK(x) do { if ((x) < 0) { printf("FAIL %s: %s (line %d)\n", #x, strerror(errno), __LINE__); exit(1); } } while (0)

static const char *ename(int e) {
    switch (e) {
    case 0: return "OK";
    case EINVAL: return "EINVAL"; case EFAULT: return "EFAULT"; case EBADF: return "EBADF";
    case ENOTSOCK: return "ENOTSOCK"; case EAFNOSUPPORT: return "EAFNOSUPPORT";
    case EPROTONOSUPPORT: return "EPROTONOSUPPORT"; case EOPNOTSUPP: return "EOPNOTSUPP";
    case ESOCKTNOSUPPORT: return "ESOCKTNOSUPPORT"; case EADDRINUSE: return "EADDRINUSE";
    case ECONNREFUSED: return "ECONNREFUSED"; case ENOTCONN: return "ENOTCONN"; case EISCONN: return "EISCONN";
    case EACCES: return "EACCES"; case ENOENT: return "ENOENT"; case EAGAIN: return "EAGAIN";
    case EPIPE: return "EPIPE"; case EDESTADDRREQ: return "EDESTADDRREQ"; case ENOPROTOOPT: return "ENOPROTOOPT";
    case EMSGSIZE: return "EMSGSIZE"; case EADDRNOTAVAIL: return "EADDRNOTAVAIL"; case ENETUNREACH: return "ENETUNREACH";
    case EPROTOTYPE: return "EPROTOTYPE"; case EINPROGRESS: return "EINPROGRESS";
    default: return "E?";
    }
}
#define SHOW(label, call) do { errno = 0; long r_ = (long)(call); printf("%-34s %s\n", label, r_ < 0 ? ename(errno) : "OK"); } while (0)

static double now(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return ts.tv_sec + ts.tv_nsec / 1e9;
}

static int writen(int fd, const char *p, size_t n) {
    size_t done = 0;
    while (done < n) {
        ssize_t w = write(fd, p + done, n - done);
        if (w < 0) return -1;
        done += (size_t)w;
    }
    return 0;
}

static ssize_t readn(int fd, char *p, size_t n) {
    size_t done = 0;
    while (done < n) {
        ssize_t r = read(fd, p + done, n - done);
        if (r < 0) return -1;
        if (r == 0) break;
        done += (size_t)r;
    }
    return (ssize_t)done;
}

static int tcp_listener(struct sockaddr_in *addr) {
    int s = socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    CHECK(s);
    int one = 1;
    CHECK(setsockopt(s, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one));
    memset(addr, 0, sizeof *addr);
    addr->sin_family = AF_INET;
    addr->sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    CHECK(bind(s, (struct sockaddr *)addr, sizeof *addr));
    socklen_t len = sizeof *addr;
    CHECK(getsockname(s, (struct sockaddr *)addr, &len));
    CHECK(listen(s, 16));
    return s;
}

static int echo(void) {
    struct sockaddr_in addr;
    int ls = tcp_listener(&addr);
    printf("listening on 127.0.0.1, port %s\n", ntohs(addr.sin_port) ? "assigned" : "zero");
    pid_t pid = fork();
    CHECK(pid);
    if (pid == 0) {
        close(ls);
        int c = socket(AF_INET, SOCK_STREAM, 0);
        CHECK(c);
        CHECK(connect(c, (struct sockaddr *)&addr, sizeof addr));
        int one = 1;
        CHECK(setsockopt(c, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one));
        char buf[256];
        for (int i = 0; i < 5; i++) {
            int n = snprintf(buf, sizeof buf, "message %d", i);
            CHECK(writen(c, buf, (size_t)n));
            ssize_t r = readn(c, buf, (size_t)n);
            buf[r > 0 ? r : 0] = 0;
            printf("client got: %s\n", buf);
        }
        CHECK(shutdown(c, SHUT_WR));
        ssize_t r = read(c, buf, sizeof buf);
        printf("client: eof after shutdown: %zd\n", r);
        close(c);
        _exit(0);
    }
    struct sockaddr_in peer;
    socklen_t plen = sizeof peer;
    int s = accept(ls, (struct sockaddr *)&peer, &plen);
    CHECK(s);
    struct sockaddr_in me;
    socklen_t mlen = sizeof me;
    CHECK(getsockname(s, (struct sockaddr *)&me, &mlen));
    char ip[32];
    inet_ntop(AF_INET, &peer.sin_addr, ip, sizeof ip);
    printf("server: peer %s (len %u), same port as listener: %d\n", ip, plen, me.sin_port == addr.sin_port);
    int nodelay = 0;
    socklen_t olen = sizeof nodelay;
    CHECK(getsockopt(s, IPPROTO_TCP, TCP_NODELAY, &nodelay, &olen));
    printf("server: TCP_NODELAY=%d, SO_REUSEADDR inherited\n", nodelay);
    char buf[256];
    ssize_t n;
    long total = 0;
    while ((n = read(s, buf, sizeof buf)) > 0) {
        CHECK(writen(s, buf, (size_t)n));
        total += n;
    }
    printf("server: echoed %ld bytes, then eof\n", total);
    close(s);
    int status;
    waitpid(pid, &status, 0);
    printf("client exit %d\n", WEXITSTATUS(status));
    return 0;
}

static int pingpong(int rounds) {
    int sv[2];
    CHECK(socketpair(AF_UNIX, SOCK_STREAM, 0, sv));
    pid_t pid = fork();
    CHECK(pid);
    if (pid == 0) {
        close(sv[0]);
        int v;
        while (read(sv[1], &v, sizeof v) == sizeof v) {
            v++;
            if (write(sv[1], &v, sizeof v) != sizeof v) _exit(2);
        }
        _exit(0);
    }
    close(sv[1]);
    int v = 0;
    double t0 = now();
    for (int i = 0; i < rounds; i++) {
        CHECK(write(sv[0], &v, sizeof v));
        if (read(sv[0], &v, sizeof v) != sizeof v) { printf("short read\n"); return 1; }
    }
    double t = now() - t0;
    close(sv[0]);
    int status;
    waitpid(pid, &status, 0);
    printf("pingpong %d rounds: value %d, child exit %d\n", rounds, v, WEXITSTATUS(status));
    fprintf(stderr, "rtt_us %.2f\n", t / rounds * 1e6);
    return 0;
}

static void unix_kind(const char *path, int type, const char *name) {
    struct sockaddr_un a = {.sun_family = AF_UNIX};
    strncpy(a.sun_path, path, sizeof a.sun_path - 1);
    unlink(path);
    int s = socket(AF_UNIX, type, 0);
    CHECK(s);
    CHECK(bind(s, (struct sockaddr *)&a, sizeof a));
    if (type != SOCK_DGRAM) CHECK(listen(s, 4));
    pid_t pid = fork();
    CHECK(pid);
    if (pid == 0) {
        int c = socket(AF_UNIX, type, 0);
        CHECK(c);
        CHECK(connect(c, (struct sockaddr *)&a, sizeof a));
        CHECK(send(c, "first", 5, 0));
        CHECK(send(c, "second", 6, 0));
        _exit(0);
    }
    int conn = s;
    if (type != SOCK_DGRAM) {
        conn = accept(s, NULL, NULL);
        CHECK(conn);
        struct sockaddr_un me;
        socklen_t len = sizeof me;
        CHECK(getsockname(conn, (struct sockaddr *)&me, &len));
        printf("%s: accepted, local name is the path: %d\n", name, strcmp(me.sun_path, path) == 0);
    }
    waitpid(pid, NULL, 0);
    char buf[64];
    for (int i = 0; i < 3; i++) {
        ssize_t n = recv(conn, buf, sizeof buf - 1, type == SOCK_DGRAM ? MSG_DONTWAIT : 0);
        if (n < 0) { printf("%s: recv %s\n", name, ename(errno)); break; }
        buf[n] = 0;
        printf("%s: recv %zd '%s'\n", name, n, buf);
        if (n == 0) break;
    }
    if (conn != s) close(conn);
    close(s);
    unlink(path);
}

static int unix_paths(const char *path) {
    unix_kind(path, SOCK_STREAM, "stream");
    unix_kind(path, SOCK_SEQPACKET, "seqpacket");
    unix_kind(path, SOCK_DGRAM, "dgram");
    struct sockaddr_un a = {.sun_family = AF_UNIX};
    strcpy(a.sun_path, path);
    int c = socket(AF_UNIX, SOCK_STREAM, 0);
    SHOW("connect to a missing path", connect(c, (struct sockaddr *)&a, sizeof a));
    int s = socket(AF_UNIX, SOCK_STREAM, 0);
    CHECK(bind(s, (struct sockaddr *)&a, sizeof a));
    int s2 = socket(AF_UNIX, SOCK_STREAM, 0);
    SHOW("bind the same path again", bind(s2, (struct sockaddr *)&a, sizeof a));
    SHOW("connect to a bound, not listening", connect(c, (struct sockaddr *)&a, sizeof a));
    close(s);
    SHOW("connect after the listener closed", connect(c, (struct sockaddr *)&a, sizeof a));
    unlink(path);
    /* abstract names */
    struct sockaddr_un ab = {.sun_family = AF_UNIX};
    memcpy(ab.sun_path, "\0multipie-test", 14);
    socklen_t alen = offsetof(struct sockaddr_un, sun_path) + 14;
    int ls = socket(AF_UNIX, SOCK_STREAM, 0);
    CHECK(bind(ls, (struct sockaddr *)&ab, alen));
    CHECK(listen(ls, 1));
    int cc = socket(AF_UNIX, SOCK_STREAM, 0);
    CHECK(connect(cc, (struct sockaddr *)&ab, alen));
    struct sockaddr_un got;
    socklen_t glen = sizeof got;
    CHECK(getpeername(cc, (struct sockaddr *)&got, &glen));
    printf("abstract: peer name length %u, matches %d\n", glen, glen == alen && memcmp(&got, &ab, alen) == 0);
    glen = sizeof got;
    CHECK(getsockname(cc, (struct sockaddr *)&got, &glen));
    printf("abstract: unbound client name length %u\n", glen);
    return 0;
}

static int udp(void) {
    int a = socket(AF_INET, SOCK_DGRAM, 0), b = socket(AF_INET, SOCK_DGRAM, 0);
    CHECK(a); CHECK(b);
    struct sockaddr_in ba = {.sin_family = AF_INET, .sin_addr.s_addr = htonl(INADDR_LOOPBACK)};
    CHECK(bind(b, (struct sockaddr *)&ba, sizeof ba));
    socklen_t len = sizeof ba;
    CHECK(getsockname(b, (struct sockaddr *)&ba, &len));
    CHECK(sendto(a, "one", 3, 0, (struct sockaddr *)&ba, sizeof ba));
    CHECK(sendto(a, "two!", 4, 0, (struct sockaddr *)&ba, sizeof ba));
    char buf[16];
    struct sockaddr_in from, am;
    socklen_t flen = sizeof from, alen = sizeof am;
    ssize_t n = recvfrom(b, buf, 2, 0, (struct sockaddr *)&from, &flen);
    CHECK(getsockname(a, (struct sockaddr *)&am, &alen));
    printf("udp: got %zd bytes '%.2s' (truncated), from the sender's port: %d\n", n, buf, from.sin_port == am.sin_port);
    n = recv(b, buf, sizeof buf, MSG_TRUNC | MSG_PEEK);
    printf("udp: peek with MSG_TRUNC: %zd\n", n);
    n = recv(b, buf, sizeof buf, 0);
    printf("udp: then %zd '%.*s'\n", n, (int)n, buf);
    SHOW("udp: recv empty, MSG_DONTWAIT", recv(b, buf, sizeof buf, MSG_DONTWAIT));
    CHECK(connect(a, (struct sockaddr *)&ba, sizeof ba));
    CHECK(send(a, "connected", 9, 0));
    n = recv(b, buf, sizeof buf, 0);
    printf("udp: connected send: %zd\n", n);
    int c = socket(AF_INET, SOCK_DGRAM, 0);
    SHOW("udp: send unconnected, no address", send(c, "x", 1, 0));
    SHOW("udp: listen", listen(c, 1));
    SHOW("udp: oversized datagram", sendto(c, buf, 70000, 0, (struct sockaddr *)&ba, sizeof ba));
    return 0;
}

static int scm(void) {
    int sv[2];
    CHECK(socketpair(AF_UNIX, SOCK_STREAM, 0, sv));
    pid_t pid = fork();
    CHECK(pid);
    if (pid == 0) {
        close(sv[0]);
        int p[2];
        CHECK(pipe(p));
        CHECK(write(p[1], "through a passed pipe", 21));
        close(p[1]);
        char data = 'F';
        struct iovec iov = {.iov_base = &data, .iov_len = 1};
        union { char buf[CMSG_SPACE(sizeof(int))]; struct cmsghdr align; } u;
        struct msghdr m = {.msg_iov = &iov, .msg_iovlen = 1, .msg_control = u.buf, .msg_controllen = sizeof u.buf};
        struct cmsghdr *cm = CMSG_FIRSTHDR(&m);
        cm->cmsg_level = SOL_SOCKET;
        cm->cmsg_type = SCM_RIGHTS;
        cm->cmsg_len = CMSG_LEN(sizeof(int));
        memcpy(CMSG_DATA(cm), &p[0], sizeof(int));
        CHECK(sendmsg(sv[1], &m, 0));
        close(p[0]);
        _exit(0);
    }
    close(sv[1]);
    waitpid(pid, NULL, 0);
    char data;
    struct iovec iov = {.iov_base = &data, .iov_len = 1};
    union { char buf[CMSG_SPACE(sizeof(int))]; struct cmsghdr align; } u;
    struct msghdr m = {.msg_iov = &iov, .msg_iovlen = 1, .msg_control = u.buf, .msg_controllen = sizeof u.buf};
    ssize_t n = recvmsg(sv[0], &m, MSG_CMSG_CLOEXEC);
    struct cmsghdr *cm = CMSG_FIRSTHDR(&m);
    printf("scm: recvmsg %zd byte '%c', rights %d, level %d type %d\n", n, data,
           cm != NULL, cm ? cm->cmsg_level : -1, cm ? cm->cmsg_type : -1);
    int fd;
    memcpy(&fd, CMSG_DATA(cm), sizeof fd);
    char buf[64];
    n = read(fd, buf, sizeof buf);
    printf("scm: read %zd '%.*s' through the passed fd, cloexec %d\n", n, (int)n, buf, fcntl(fd, F_GETFD) & FD_CLOEXEC);
    n = read(fd, buf, sizeof buf);
    printf("scm: then eof %zd; msg_flags %d\n", n, m.msg_flags);
    return 0;
}

static int errors(void) {
    int s = socket(AF_INET, SOCK_STREAM, 0);
    struct sockaddr_in a = {.sin_family = AF_INET, .sin_addr.s_addr = htonl(INADDR_LOOPBACK)};
    struct sockaddr_in6 a6 = {.sin6_family = AF_INET6};
    int sv[2], v = 0;
    socklen_t len = 3;
    SHOW("socket(1234, STREAM)", socket(1234, SOCK_STREAM, 0));
    SHOW("socket(INET, 99)", socket(AF_INET, 99, 0));
    SHOW("socket(INET, STREAM, UDP)", socket(AF_INET, SOCK_STREAM, IPPROTO_UDP));
    SHOW("socket(UNIX, STREAM, 7)", socket(AF_UNIX, SOCK_STREAM, 7));
    SHOW("socket(INET, STREAM|0x100000)", socket(AF_INET, SOCK_STREAM | 0x100000, 0));
    SHOW("socketpair(INET)", socketpair(AF_INET, SOCK_STREAM, 0, sv));
    SHOW("socketpair(bad pointer)", socketpair(AF_UNIX, SOCK_STREAM, 0, (int *)8));
    SHOW("bind(len 1)", bind(s, (struct sockaddr *)&a, 1));
    SHOW("bind(len 15)", bind(s, (struct sockaddr *)&a, 15));
    SHOW("bind(len 200)", bind(s, (struct sockaddr *)&a, 200));
    SHOW("bind(bad pointer)", bind(s, (struct sockaddr *)8, sizeof a));
    SHOW("bind(INET6 address, INET socket)", bind(s, (struct sockaddr *)&a6, sizeof a));
    SHOW("bind(not a socket)", bind(1, (struct sockaddr *)&a, sizeof a));
    SHOW("bind(bad fd)", bind(999, (struct sockaddr *)&a, sizeof a));
    SHOW("accept(not listening)", accept(s, NULL, NULL));
    SHOW("accept4(bad flags)", accept4(s, NULL, NULL, 0x10));
    SHOW("recv(unconnected tcp)", recv(s, &v, 4, 0));
    SHOW("getpeername(unconnected)", getpeername(s, (struct sockaddr *)&a, &len));
    SHOW("shutdown(unconnected)", shutdown(s, SHUT_RDWR));
    SHOW("shutdown(bad how)", shutdown(s, 7));
    SHOW("setsockopt(bogus option)", setsockopt(s, SOL_SOCKET, 9999, &v, sizeof v));
    SHOW("setsockopt(short value)", setsockopt(s, SOL_SOCKET, SO_REUSEADDR, &v, 2));
    SHOW("getsockopt(bad len pointer)", getsockopt(s, SOL_SOCKET, SO_TYPE, &v, (socklen_t *)8));
    len = sizeof v;
    getsockopt(s, SOL_SOCKET, SO_TYPE, &v, &len);
    printf("%-34s %d (len %u)\n", "SO_TYPE", v, len);
    v = 10000;
    setsockopt(s, SOL_SOCKET, SO_RCVBUF, &v, sizeof v);
    len = sizeof v;
    getsockopt(s, SOL_SOCKET, SO_RCVBUF, &v, &len);
    printf("%-34s %d\n", "SO_RCVBUF after setting 10000", v);
    v = 7;
    setsockopt(s, SOL_SOCKET, SO_KEEPALIVE, &v, sizeof v);
    len = sizeof v;
    getsockopt(s, SOL_SOCKET, SO_KEEPALIVE, &v, &len);
    printf("%-34s %d\n", "SO_KEEPALIVE after setting 7", v);
    int u = socket(AF_UNIX, SOCK_STREAM, 0);
    SHOW("setsockopt(unix, TCP_NODELAY)", setsockopt(u, IPPROTO_TCP, TCP_NODELAY, &v, sizeof v));
    struct sockaddr_un ua = {.sun_family = AF_INET};
    SHOW("bind(unix, wrong family)", bind(u, (struct sockaddr *)&ua, sizeof ua));
    SHOW("bind(unix, len 111)", bind(u, (struct sockaddr *)&ua, 111));
    SHOW("listen(unix, unbound)", listen(u, 1));
    SHOW("send(unix, unconnected)", send(u, "x", 1, MSG_NOSIGNAL));
    CHECK(socketpair(AF_UNIX, SOCK_STREAM, 0, sv));
    close(sv[1]);
    SHOW("send(peer closed, NOSIGNAL)", send(sv[0], "x", 1, MSG_NOSIGNAL));
    SHOW("recv(peer closed)", recv(sv[0], &v, 4, 0));
    SHOW("connect(port nobody listens on)", (connect(s, (struct sockaddr *)&a, sizeof a)));
    return 0;
}

static int denied(void) {
    struct sockaddr_in a = {.sin_family = AF_INET, .sin_port = htons(80)};
    inet_pton(AF_INET, "192.0.2.1", &a.sin_addr);
    int s = socket(AF_INET, SOCK_STREAM, 0);
    SHOW("connect 192.0.2.1:80", connect(s, (struct sockaddr *)&a, sizeof a));
    a.sin_port = htons(5432);
    inet_pton(AF_INET, "127.0.0.1", &a.sin_addr);
    int s2 = socket(AF_INET, SOCK_STREAM, 0);
    SHOW("connect 127.0.0.1:5432", connect(s2, (struct sockaddr *)&a, sizeof a));
    struct sockaddr_in b = {.sin_family = AF_INET, .sin_port = htons(8080)};
    inet_pton(AF_INET, "192.0.2.1", &b.sin_addr);
    int s3 = socket(AF_INET, SOCK_STREAM, 0);
    SHOW("bind 192.0.2.1:8080", bind(s3, (struct sockaddr *)&b, sizeof b));
    int u = socket(AF_INET, SOCK_DGRAM, 0);
    SHOW("sendto 192.0.2.1:53", sendto(u, "q", 1, 0, (struct sockaddr *)&b, sizeof b));
    return 0;
}

static int tput(int mib) {
    struct sockaddr_in addr;
    int ls = tcp_listener(&addr);
    pid_t pid = fork();
    CHECK(pid);
    static char buf[65536];
    if (pid == 0) {
        int c = socket(AF_INET, SOCK_STREAM, 0);
        CHECK(connect(c, (struct sockaddr *)&addr, sizeof addr));
        memset(buf, 'x', sizeof buf);
        for (int i = 0; i < mib * 16; i++) CHECK(writen(c, buf, sizeof buf));
        close(c);
        _exit(0);
    }
    int s = accept(ls, NULL, NULL);
    CHECK(s);
    double t0 = now();
    long total = 0;
    ssize_t n;
    while ((n = read(s, buf, sizeof buf)) > 0) total += n;
    double t = now() - t0;
    waitpid(pid, NULL, 0);
    printf("tput: received %ld bytes\n", total);
    fprintf(stderr, "mib_per_s %.1f\n", total / t / (1 << 20));
    return 0;
}

/* client IP PORT: connect, send a line, print the reply (a granted host address, or a denied one). */
static int client(const char *ip, int port) {
    struct sockaddr_in a = {.sin_family = AF_INET, .sin_port = htons(port)};
    inet_pton(AF_INET, ip, &a.sin_addr);
    int c = socket(AF_INET, SOCK_STREAM, 0);
    CHECK(c);
    if (connect(c, (struct sockaddr *)&a, sizeof a) < 0) {
        printf("connect: %s\n", ename(errno));
        return 1;
    }
    CHECK(writen(c, "hello host\n", 11));
    char buf[128];
    ssize_t n = read(c, buf, sizeof buf - 1);
    buf[n > 0 ? n : 0] = 0;
    printf("client got: %s", buf);
    return 0;
}

/* v6: a dual-stack listener on [::] reached over ::1 and over IPv4 (a v4-mapped peer), then V6ONLY. */
static int v6(void) {
    int ls = socket(AF_INET6, SOCK_STREAM, 0);
    CHECK(ls);
    struct sockaddr_in6 a = {.sin6_family = AF_INET6, .sin6_addr = IN6ADDR_ANY_INIT};
    CHECK(bind(ls, (struct sockaddr *)&a, sizeof a));
    socklen_t len = sizeof a;
    CHECK(getsockname(ls, (struct sockaddr *)&a, &len));
    CHECK(listen(ls, 4));
    struct sockaddr_in6 lo6 = {.sin6_family = AF_INET6, .sin6_port = a.sin6_port, .sin6_addr = IN6ADDR_LOOPBACK_INIT};
    int c6 = socket(AF_INET6, SOCK_STREAM, 0);
    CHECK(connect(c6, (struct sockaddr *)&lo6, sizeof lo6));
    struct sockaddr_in lo4 = {.sin_family = AF_INET, .sin_port = a.sin6_port, .sin_addr.s_addr = htonl(INADDR_LOOPBACK)};
    int c4 = socket(AF_INET, SOCK_STREAM, 0);
    CHECK(connect(c4, (struct sockaddr *)&lo4, sizeof lo4));
    for (int i = 0; i < 2; i++) {
        struct sockaddr_in6 peer;
        socklen_t plen = sizeof peer;
        int s = accept(ls, (struct sockaddr *)&peer, &plen);
        CHECK(s);
        char ip[64];
        inet_ntop(AF_INET6, &peer.sin6_addr, ip, sizeof ip);
        printf("v6: accepted a peer at %s (len %u)\n", ip, plen);
        close(s);
    }
    int only = socket(AF_INET6, SOCK_STREAM, 0), one = 1;
    CHECK(setsockopt(only, IPPROTO_IPV6, IPV6_V6ONLY, &one, sizeof one));
    struct sockaddr_in6 b = {.sin6_family = AF_INET6, .sin6_addr = IN6ADDR_ANY_INIT};
    CHECK(bind(only, (struct sockaddr *)&b, sizeof b));
    len = sizeof b;
    CHECK(getsockname(only, (struct sockaddr *)&b, &len));
    CHECK(listen(only, 1));
    lo4.sin_port = b.sin6_port;
    int c = socket(AF_INET, SOCK_STREAM, 0);
    SHOW("v6: IPv4 connect to a V6ONLY listener", connect(c, (struct sockaddr *)&lo4, sizeof lo4));
    return 0;
}

/* udpclient IP PORT: send a datagram, print the answer and whether it came from that port. */
static int udpclient(const char *ip, int port) {
    struct sockaddr_in a = {.sin_family = AF_INET, .sin_port = htons(port)}, from;
    inet_pton(AF_INET, ip, &a.sin_addr);
    int s = socket(AF_INET, SOCK_DGRAM, 0);
    CHECK(s);
    if (sendto(s, "ping", 4, 0, (struct sockaddr *)&a, sizeof a) < 0) {
        printf("sendto: %s\n", ename(errno));
        return 1;
    }
    char buf[64];
    socklen_t flen = sizeof from;
    ssize_t n = recvfrom(s, buf, sizeof buf, 0, (struct sockaddr *)&from, &flen);
    CHECK(n);
    printf("udp client got: %.*s, from that port: %d\n", (int)n, buf, from.sin_port == a.sin_port);
    return 0;
}

/* serve IP PORT: listen, answer one connection, exit. */
static int serve(const char *ip, int port) {
    struct sockaddr_in a = {.sin_family = AF_INET, .sin_port = htons(port)};
    inet_pton(AF_INET, ip, &a.sin_addr);
    int s = socket(AF_INET, SOCK_STREAM, 0);
    CHECK(s);
    if (bind(s, (struct sockaddr *)&a, sizeof a) < 0) {
        printf("bind: %s\n", ename(errno));
        return 1;
    }
    CHECK(listen(s, 4));
    int c = accept(s, NULL, NULL);
    CHECK(c);
    char buf[128];
    ssize_t n = read(c, buf, sizeof buf - 1);
    buf[n > 0 ? n : 0] = 0;
    printf("server got: %s", buf);
    CHECK(writen(c, "hello guest\n", 12));
    close(c);
    return 0;
}

int main(int argc, char **argv) {
    setvbuf(stdout, NULL, _IONBF, 0);
    const char *mode = argc > 1 ? argv[1] : "echo";
    int n = argc > 2 ? atoi(argv[2]) : 100;
    if (!strcmp(mode, "echo")) return echo();
    if (!strcmp(mode, "pingpong") || !strcmp(mode, "rtt")) return pingpong(n);
    if (!strcmp(mode, "unix")) return unix_paths(argc > 2 ? argv[2] : "/tmp/sock");
    if (!strcmp(mode, "udp")) return udp();
    if (!strcmp(mode, "scm")) return scm();
    if (!strcmp(mode, "errors")) return errors();
    if (!strcmp(mode, "denied")) return denied();
    if (!strcmp(mode, "tput")) return tput(n);
    if (!strcmp(mode, "client") && argc > 3) return client(argv[2], atoi(argv[3]));
    if (!strcmp(mode, "serve") && argc > 3) return serve(argv[2], atoi(argv[3]));
    if (!strcmp(mode, "v6")) return v6();
    if (!strcmp(mode, "udpclient") && argc > 3) return udpclient(argv[2], atoi(argv[3]));
    fprintf(stderr, "unknown mode %s\n", mode);
    return 2;
}
