#pragma once

#include "common/OperationRunner.h"
#include "journal/JournalVerifier.h"

#include <QPointer>
#include <QWidget>

#include <memory>

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
    static QString anchors(const journal::VerificationReport& r, qint64 witnessSeq);
    QString anchorsText() const;

public Q_SLOTS:
    void verify();

Q_SIGNALS:
    void verified(bool ok);

private:
    void finished(journal::VerificationReport report);

    workspace::Workspace& m_ws;
    QLabel* m_label = nullptr;
    QLabel* m_anchors = nullptr;
    QPushButton* m_again = nullptr;
    journal::VerificationReport m_report;
    QPointer<Operation> m_verifying;
};

} // namespace symbolon::ui
