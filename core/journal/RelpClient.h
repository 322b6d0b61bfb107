#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

struct relpEngine_s;
struct relpClt_s;

namespace symbolon::journal {

// Where and how to reach the collector.
struct RelpOptions {
    QString host = QStringLiteral("127.0.0.1");
    quint16 port = 2514;
    // librelp ignores a window below 2 (relpSessSetWindowSize keeps its default of 128: checked
    // against rsyslogd, see SiemForwarder.h), so the smallest usable window is 2.
    int windowSize = 4;
    int timeoutSeconds = 10;       // a send or close waits at most this long for the collector
    int connectTimeoutSeconds = 5; // TCP connect
    // TLS (relpCltEnableTLS). Not exercised by the tests: set up as librelp documents it.
    bool tls = false;
    QString caCertFile;
    QString ownCertFile;
    QString privateKeyFile;
    QString authMode; // "", "certvalid", "name" or "fingerprint"
    QStringList permittedPeers;
};

// One librelp engine and client: connect, send syslog messages, close with the handshake.
// Blocking; use from one thread. librelp reports no per-message acknowledgement to its caller:
// what can be proved is in SiemForwarder.h. Every error librelp reports through its onErr
// callback (broken session, timeout, an error response from the collector) is counted, so the
// caller can refuse to credit anything from a session that saw one.
class RelpClient {
public:
    // stopNow: when it becomes non-zero, librelp's waits give up at once
    // (relpEngineSetShutdownImmdtPtr). librelp reads it as a plain int; write it with
    // std::atomic_ref. It must outlive this object.
    explicit RelpClient(int* stopNow = nullptr);
    ~RelpClient(); // abandons an open session (no credit is implied)
    RelpClient(const RelpClient&) = delete;
    RelpClient& operator=(const RelpClient&) = delete;

    [[nodiscard]] Status connect(const RelpOptions& options);
    // Returns once librelp has written the frame, which it does only when the window has room.
    [[nodiscard]] Status send(const QByteArray& message);
    // The RELP "close" handshake. Ok only when the collector answered it and no error at all was
    // reported during the session: then the collector has answered every frame before it with
    // "200 OK" (a librelp server answers a session's frames in order).
    [[nodiscard]] Status close();

    bool isOpen() const { return m_client != nullptr; }
    int errorCount() const { return m_errors; }
    QString lastError() const { return m_lastError; }
    QString endpoint() const;

    // Called by librelp (through a C trampoline).
    void onError(const char* what, int code);

private:
    Error failure(const QString& doing, int code) const;
    void destroyClient();

    int* m_stopNow = nullptr;
    relpEngine_s* m_engine = nullptr;
    relpClt_s* m_client = nullptr;
    RelpOptions m_options;
    int m_errors = 0;
    QString m_lastError;
};

} // namespace symbolon::journal
