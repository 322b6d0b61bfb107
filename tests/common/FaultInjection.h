#pragma once

#include <QMap>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QVector>

namespace symbolon::test {

// Drives tests/faultp11 (the fault-injecting PKCS#11 module) from a test: points a workspace at
// it, arms a fault plan in a child's environment, reads back call counts and injected faults.
class FaultInjection {
public:
    struct CallSite {
        QString function;
        unsigned long n = 0; // 1-based call number of that function in the process
        QString toString() const { return QStringLiteral("%1#%2").arg(function).arg(n); }
    };

    static QString modulePath();
    // Rewrites the workspace's "pkcs11_module" (workspace.json): the fault module, or SoftHSM2.
    static bool useFaultModule(const QString& workspaceDir, bool on = true);

    // SYMBOLON_FAULT (a plan such as "C_WrapKey:3:CKR_DEVICE_ERROR"; empty clears it),
    // SYMBOLON_FAULT_COUNT and SYMBOLON_FAULT_LOG.
    static void arm(QProcessEnvironment& env, const QString& plan);
    static void countInto(QProcessEnvironment& env, const QString& countFile);
    static void logInto(QProcessEnvironment& env, const QString& logFile);

    static QMap<QString, unsigned long> readCounts(const QString& countFile);
    static QStringList readLog(const QString& logFile);

    // The call sites to fail: for each function called, its first, middle and last call
    // (deduplicated). Faults follow the code paths, and a path differs mostly at the first call
    // (set-up), in the middle (the loop body) and at the last (the tail: the final chunk, the
    // logout, the checkpoint); trying every n of a migration's thousands of C_UnwrapKey calls
    // would take hours and find the same path again.
    static QVector<CallSite> sample(const QMap<QString, unsigned long>& counts,
                                    const QStringList& exclude = {});
};

} // namespace symbolon::test
