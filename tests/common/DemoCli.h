#pragma once

#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace symbolon::test {

// symbolon-cli as a child process, with every demo PIN in its environment: PINn, OPENn and Qn
// for demo card n (the same PINs under three names: a variable is read once per process), the
// demo Transport Key components in TK1 and TK2. Commands name the variables they read, so no PIN
// is ever on a command line. The one CLI runner of the tests (CliRunner.h wraps it).
class DemoCli {
public:
    struct Result {
        int code = -1;
        bool crashed = false; // killed by a signal (or by the time limit)
        QString out, err;
        qint64 ms = 0;
        QString all() const { return out + err; }
    };

    DemoCli();
    QProcessEnvironment& env() { return m_env; }
    const QProcessEnvironment& env() const { return m_env; }
    Result run(const QStringList& args, int timeoutMs = 180000) const;

    // --workspace WS --card <demo card n (1-based)> --pin-env OPENn
    static QStringList opened(const QString& ws, int card = 1);
    // opened(ws, opener) + ceremony <command> + --quorum-card L --quorum-pin-env PINn for each card
    static QStringList ceremony(const QString& ws, const QStringList& command, const QList<int>& quorum,
                                int opener = 1);
    // journal verify, opened with the reviewer's card (no custodial rights needed)
    static QStringList journalVerify(const QString& ws);

private:
    QProcessEnvironment m_env;
};

} // namespace symbolon::test
