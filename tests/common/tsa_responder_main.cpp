// A small RFC 3161 responder for tests (issue #15): HTTP on loopback in front of `openssl ts
// -reply`. Each POSTed TimeStampReq is written to a file, `openssl ts -reply -config CONFIG`
// answers it, and the TimeStampResp is sent back. Prints "PORT n" once listening; serves until
// killed. Usage: symbolon-test-tsa CONFIG WORKDIR
#include <QByteArray>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QProcess>

#include <arpa/inet.h>
#include <cstdio>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

namespace {
bool readRequest(int fd, QByteArray* body) {
    QByteArray in;
    char buf[4096];
    qsizetype headerEnd = -1;
    qsizetype length = -1;
    while (true) {
        const ssize_t n = ::read(fd, buf, sizeof buf);
        if (n <= 0)
            return false;
        in.append(buf, n);
        if (headerEnd < 0 && (headerEnd = in.indexOf("\r\n\r\n")) >= 0) {
            for (const QByteArray& line : in.left(headerEnd).split('\n'))
                if (line.toLower().startsWith("content-length:"))
                    length = line.mid(15).trimmed().toLongLong();
            if (length < 0)
                return false;
        }
        if (headerEnd >= 0 && in.size() >= headerEnd + 4 + length) {
            *body = in.mid(headerEnd + 4, length);
            return true;
        }
    }
}

void writeAll(int fd, const QByteArray& data) {
    qsizetype done = 0;
    while (done < data.size()) {
        const ssize_t n = ::write(fd, data.constData() + done, size_t(data.size() - done));
        if (n <= 0)
            return;
        done += n;
    }
}
} // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    if (argc != 3) {
        std::fprintf(stderr, "usage: symbolon-test-tsa CONFIG WORKDIR\n");
        return 2;
    }
    const QString config = QString::fromLocal8Bit(argv[1]);
    const QDir work(QString::fromLocal8Bit(argv[2]));
    const int server = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    addr.sin_port = 0;
    socklen_t len = sizeof addr;
    if (server < 0 || ::bind(server, reinterpret_cast<sockaddr*>(&addr), sizeof addr) != 0 ||
        ::listen(server, 8) != 0 || ::getsockname(server, reinterpret_cast<sockaddr*>(&addr), &len) != 0) {
        std::perror("symbolon-test-tsa");
        return 1;
    }
    std::printf("PORT %d\n", ntohs(addr.sin_port));
    std::fflush(stdout);
    for (int served = 0;; ++served) {
        const int client = ::accept(server, nullptr, nullptr);
        if (client < 0)
            continue;
        QByteArray query;
        if (readRequest(client, &query)) {
            const QString q = work.filePath(QStringLiteral("query-%1.tsq").arg(served));
            const QString r = work.filePath(QStringLiteral("reply-%1.tsr").arg(served));
            QFile f(q);
            if (f.open(QIODevice::WriteOnly) && f.write(query) == query.size()) {
                f.close();
                QProcess ts;
                ts.start(QStringLiteral("openssl"),
                         {QStringLiteral("ts"), QStringLiteral("-reply"), QStringLiteral("-config"), config,
                          QStringLiteral("-queryfile"), q, QStringLiteral("-out"), r});
                ts.waitForFinished(30000);
                QFile reply(r);
                if (ts.exitCode() == 0 && reply.open(QIODevice::ReadOnly)) {
                    const QByteArray body = reply.readAll();
                    writeAll(
                        client,
                        "HTTP/1.1 200 OK\r\nContent-Type: application/timestamp-reply\r\nContent-Length: " +
                            QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body);
                } else {
                    writeAll(client, "HTTP/1.1 500 Internal Server Error\r\nContent-Length: 0\r\nConnection: "
                                     "close\r\n\r\n");
                }
            }
        }
        ::close(client);
    }
}
