#pragma once

#include "audit/LastExport.h"
#include "common/OperationRunner.h"
#include "journal/JournalVerifier.h"

#include <QPointer>
#include <QWidget>

#include <memory>
#include <optional>

class QLabel;
class QPushButton;

namespace symbolon::workspace {
class Workspace;
}

namespace symbolon::ui {

// The Journal view's verdict, at the top: "Chain verified up to #N, last checkpoint signed at T
// by key F" in green, or the first failure in red. Verification runs on a worker thread over a
// read-only connection of its own (Workspace::verifyJournalOn), never on the workspace's own
// connection, so the GUI and the workspace stay free meanwhile. Verify again re-runs it.
// On the same thread, when this workspace has exported an evidence pack, the journal is checked
// to extend the last one (audit::LastExport): said below the verdict, in red when it does not.
class VerificationBanner : public QWidget {
    Q_OBJECT

public:
    explicit VerificationBanner(workspace::Workspace& ws, QWidget* parent = nullptr);
    ~VerificationBanner() override;

    bool isRunning() const { return m_verifying && m_verifying->isRunning(); }
    const journal::VerificationReport& report() const { return m_report; }
    QString text() const;

    static QString headline(const journal::VerificationReport& r);
    // Which anchors were checked and which are not configured, in a reviewer's words.
    // `timestamps`: how many checkpoints carry an RFC 3161 timestamp (checked only against a TSA
    // root the reviewer pins: journal verify --tsa-cert).
    static QString anchors(const journal::VerificationReport& r, qint64 witnessSeq,
                           const audit::LastExport* lastExport = nullptr, int timestamps = 0);
    QString anchorsText() const;
    // The last evidence pack exported, in a reviewer's words: extended, not checked (and why), or
    // the mismatch (naming the entry and both hashes). Empty when none was ever exported.
    static QString lastExportLine(const audit::LastExport& last);
    QString lastExportText() const;
    // What the last check of the last exported pack found (empty before the first).
    const std::optional<audit::LastExport>& lastExport() const { return m_lastExport; }

public Q_SLOTS:
    void verify();

Q_SIGNALS:
    void verified(bool ok);

private:
    struct Outcome {
        journal::VerificationReport report;
        std::optional<audit::LastExport> lastExport;
        QString lastExportError; // the check could not run (the database or the sidecar unreadable)
        int timestamps = 0;      // checkpoints with an RFC 3161 token
    };
    void finished(Outcome outcome);

    workspace::Workspace& m_ws;
    QLabel* m_label = nullptr;
    QLabel* m_anchors = nullptr;
    int m_timestamps = 0;
    QLabel* m_lastPack = nullptr;
    QPushButton* m_again = nullptr;
    journal::VerificationReport m_report;
    std::optional<audit::LastExport> m_lastExport;
    QPointer<Operation> m_verifying;
};

} // namespace symbolon::ui
