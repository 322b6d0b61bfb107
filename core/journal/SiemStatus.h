#pragma once

#include <QDateTime>
#include <QMetaType>
#include <QString>

namespace symbolon::journal {

// What the SIEM forwarder is doing, for the status bar and `symbolon-cli siem status`.
struct SiemStatus {
    enum class State {
        Stopped,    // not running
        Idle,       // everything acknowledged; watching the journal
        Connecting, // opening a RELP session
        Sending,    // session open, entries going out
        Waiting,    // the collector is unreachable: waiting before the next try (backoff)
    };
    State state = State::Stopped;
    QString collector;   // host:port
    qint64 ackedSeq = 0; // every entry up to here is acknowledged by the collector
    qint64 headSeq = 0;  // the newest journal entry
    qint64 queued = 0;   // headSeq - ackedSeq: not yet acknowledged
    QString lastError;   // a sentence for the operator; empty when none since the last success
    QDateTime lastErrorTime;

    bool connected() const { return state == State::Sending; }
};

QString siemStateName(SiemStatus::State state);

} // namespace symbolon::journal

Q_DECLARE_METATYPE(symbolon::journal::SiemStatus)
