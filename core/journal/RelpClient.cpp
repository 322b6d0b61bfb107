#include "journal/RelpClient.h"

#include <QCoreApplication>

#include <cstddef> // librelp.h uses size_t without including it
extern "C" {       // librelp.h has no C++ guards
#include <librelp.h>
}
#include <csignal>
#include <pthread.h>
#include <sys/socket.h>

namespace symbolon::journal {

namespace {
QString tr(const char* s) {
    return QCoreApplication::translate("symbolon::journal", s);
}

void ignoreDebug(char*, ...) {}

void onErrTrampoline(void* user, char* objInfo, char* errMsg, relpRetVal code) {
    Q_UNUSED(objInfo);
    if (user)
        static_cast<RelpClient*>(user)->onError(errMsg, code);
}

// librelp's codes in words (librelp.h); the rest by number.
QString relpCodeText(int code) {
    switch (code) {
    case RELP_RET_OUT_OF_MEMORY:
        return journal::tr("out of memory");
    case RELP_RET_SESSION_BROKEN:
        return journal::tr("the session broke (the collector closed it or stopped answering)");
    case RELP_RET_SESSION_CLOSED:
        return journal::tr("the collector closed the session");
    case RELP_RET_IO_ERR:
        return journal::tr("a network read or write failed");
    case RELP_RET_TIMED_OUT:
        return journal::tr("the collector did not answer in time");
    case RELP_RET_RSP_STATE_ERR:
        return journal::tr("the collector refused a message (error response)");
    case RELP_RET_INCOMPAT_OFFERS:
    case RELP_RET_RQD_FEAT_MISSING:
        return journal::tr("the collector does not accept RELP syslog messages");
    case RELP_RET_CMD_DISABLED:
        return journal::tr("the session does not allow syslog messages");
    case RELP_RET_ERR_TLS_SETUP:
    case RELP_RET_ERR_TLS_HANDS:
    case RELP_RET_ERR_TLS:
        return journal::tr("TLS failed (check the certificates and the collector's TLS settings)");
    case RELP_RET_ERR_NO_TLS:
        return journal::tr("this librelp was built without TLS");
    case RELP_RET_AUTH_ERR_FP:
    case RELP_RET_AUTH_ERR_NAME:
    case RELP_RET_AUTH_NO_CERT:
    case RELP_RET_AUTH_CERT_INVL:
        return journal::tr("the collector's certificate was not accepted");
    default:
        return journal::tr("librelp error %1").arg(code);
    }
}
// librelp writes with send(…, 0): a collector that went away raises SIGPIPE, which would kill the
// whole console. Block it on this thread for the duration of a librelp call (send() then fails
// with EPIPE, which librelp handles) and swallow the pending signal before restoring the mask.
class SigpipeBlock {
public:
    SigpipeBlock() {
        sigemptyset(&m_pipe);
        sigaddset(&m_pipe, SIGPIPE);
        pthread_sigmask(SIG_BLOCK, &m_pipe, &m_old);
    }
    ~SigpipeBlock() {
        if (sigismember(&m_old, SIGPIPE))
            return;
        sigset_t pending;
        sigpending(&pending);
        if (sigismember(&pending, SIGPIPE)) {
            const timespec zero{0, 0};
            sigtimedwait(&m_pipe, nullptr, &zero);
        }
        pthread_sigmask(SIG_SETMASK, &m_old, nullptr);
    }
    SigpipeBlock(const SigpipeBlock&) = delete;
    SigpipeBlock& operator=(const SigpipeBlock&) = delete;

private:
    sigset_t m_pipe;
    sigset_t m_old;
};
} // namespace

RelpClient::RelpClient(int* stopNow) : m_stopNow(stopNow) {}

RelpClient::~RelpClient() {
    destroyClient();
    if (m_engine)
        relpEngineDestruct(&m_engine);
}

QString RelpClient::endpoint() const {
    return QStringLiteral("%1:%2").arg(m_options.host).arg(m_options.port);
}

void RelpClient::onError(const char* what, int code) {
    ++m_errors;
    m_lastError = journal::tr("%1 (%2)").arg(relpCodeText(code), QString::fromUtf8(what ? what : ""));
}

Error RelpClient::failure(const QString& doing, int code) const {
    QString why = relpCodeText(code);
    if (!m_lastError.isEmpty()) // librelp's own account, with the code in words
        why = m_lastError;
    return fail(ErrorCode::Io, journal::tr("%1 the SIEM collector %2 failed: %3. The entries stay queued and "
                                           "are sent again when the collector answers.")
                                   .arg(doing, endpoint(), why));
}

void RelpClient::destroyClient() {
    SigpipeBlock noSigpipe;
    if (m_client && m_engine)
        relpEngineCltDestruct(m_engine, &m_client);
    m_client = nullptr;
}

Status RelpClient::connect(const RelpOptions& options) {
    destroyClient();
    m_options = options;
    if (!m_engine) {
        if (relpEngineConstruct(&m_engine) != RELP_RET_OK)
            return fail(ErrorCode::Internal,
                        journal::tr("The RELP library could not start (out of memory?)."));
        relpEngineSetDbgprint(m_engine, ignoreDebug);
        relpEngineSetOnErr(m_engine, onErrTrampoline);
        relpEngineSetEnableCmd(m_engine, reinterpret_cast<unsigned char*>(const_cast<char*>("syslog")),
                               eRelpCmdState_Required);
        if (m_stopNow)
            relpEngineSetShutdownImmdtPtr(m_engine, m_stopNow);
    }
    if (int rc = relpEngineCltConstruct(m_engine, &m_client); rc != RELP_RET_OK) {
        m_client = nullptr;
        return failure(journal::tr("Connecting to"), rc);
    }
    relpCltSetUsrPtr(m_client, this);
    relpCltSetTimeout(m_client, static_cast<unsigned>(qMax(1, options.timeoutSeconds)));
    relpCltSetConnTimeout(m_client, qMax(1, options.connectTimeoutSeconds));
    relpCltSetWindowSize(m_client, qMax(2, options.windowSize));
    if (options.tls) {
        QByteArray ca = options.caCertFile.toLocal8Bit(), own = options.ownCertFile.toLocal8Bit(),
                   key = options.privateKeyFile.toLocal8Bit(), mode = options.authMode.toLatin1();
        int rc = relpCltEnableTLS(m_client);
        if (rc == RELP_RET_OK && !ca.isEmpty())
            rc = relpCltSetCACert(m_client, ca.data());
        if (rc == RELP_RET_OK && !own.isEmpty())
            rc = relpCltSetOwnCert(m_client, own.data());
        if (rc == RELP_RET_OK && !key.isEmpty())
            rc = relpCltSetPrivKey(m_client, key.data());
        if (rc == RELP_RET_OK && !mode.isEmpty())
            rc = relpCltSetAuthMode(m_client, mode.data());
        for (const QString& peer : options.permittedPeers) {
            QByteArray p = peer.toUtf8();
            if (rc == RELP_RET_OK)
                rc = relpCltAddPermittedPeer(m_client, p.data());
        }
        if (rc != RELP_RET_OK) {
            destroyClient();
            return failure(journal::tr("Setting up TLS for"), rc);
        }
    }
    QByteArray port = QByteArray::number(options.port), host = options.host.toUtf8();
    SigpipeBlock noSigpipe;
    m_errors = 0;
    m_lastError.clear();
    const int rc = relpCltConnect(m_client, AF_INET, reinterpret_cast<unsigned char*>(port.data()),
                                  reinterpret_cast<unsigned char*>(host.data()));
    if (rc != RELP_RET_OK) {
        destroyClient();
        return failure(journal::tr("Connecting to"), rc);
    }
    return {};
}

Status RelpClient::send(const QByteArray& message) {
    if (!m_client)
        return fail(ErrorCode::Internal, journal::tr("Sending to the SIEM collector without a session."));
    QByteArray copy = message; // librelp takes a non-const pointer (it does not write to it)
    SigpipeBlock noSigpipe;
    const int rc = relpCltSendSyslog(m_client, reinterpret_cast<unsigned char*>(copy.data()),
                                     static_cast<size_t>(copy.size()));
    if (rc != RELP_RET_OK)
        return failure(journal::tr("Sending to"), rc);
    return {};
}

Status RelpClient::close() {
    if (!m_client)
        return fail(ErrorCode::Internal, journal::tr("Closing a SIEM session that is not open."));
    const int before = m_errors;
    // relpEngineCltDestruct returns no result for the close handshake: it waits (up to the
    // timeout) for the collector's answer to "close" and reports a missing answer or an error
    // response only through onErr. On a session librelp already knows to be broken it sends no
    // close at all and reports nothing, which is why earlier errors count too.
    destroyClient();
    if (m_errors != before || before != 0)
        return failure(journal::tr("Closing the session with"), RELP_RET_OK);
    return {};
}

} // namespace symbolon::journal
