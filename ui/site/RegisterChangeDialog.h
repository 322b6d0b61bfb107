#pragma once

#include "site/RegisterChangeProposal.h"

#include <QDialog>
#include <QPointer>
#include <QSet>

#include <memory>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;
class QStackedWidget;

namespace symbolon::workspace {
class SiteRegisterChange;
class Workspace;
} // namespace symbolon::workspace

namespace symbolon::ui {

class Operation;
class SecretLineEdit;

// A custodian turnover action of the Quorum view (issue #18): enrol, retire or replace a card,
// change a person's role, change k. Page one says what changes and why (and, for a new card,
// takes it and its PIN: its key pair is made on the card); page two shows the proposed register
// version, what it changes and whether the key token's PINs are re-shared, and collects k
// custodians' approvals, each with their card and PIN; then "Make the change" commits it. Every
// card and token call runs off the GUI thread, one at a time; the dialog cannot be closed while
// one runs. Core's sentences are shown as plain text.
class RegisterChangeDialog : public QDialog {
    Q_OBJECT

public:
    RegisterChangeDialog(workspace::Workspace& ws, RegisterChangeKind kind, const QString& cardSerial = {},
                         QWidget* parent = nullptr);
    ~RegisterChangeDialog() override;

    bool isBusy() const { return m_busy; }
    bool isProposed() const { return m_change != nullptr; }
    QString lastError() const;
    QString outcome() const;

Q_SIGNALS:
    void tokensListed();
    void proposed();
    void approvalsChanged(int count);
    // Before the commit of a change that takes a card out (direct connection): the owner closes
    // its other connections to the database, so that the database key can change with it.
    void aboutToCommit(bool takesCardsOut);
    // The commit's one outcome (also when it failed: the owner reopens what it closed).
    void commitEnded(bool ok);

public Q_SLOTS:
    void propose();
    void approve();
    void commit();
    void done(int result) override;

private:
    void buildChangePage();
    void buildApprovalPage();
    void listTokens();
    void fillApprovers();
    void showApprovals();
    void setBusy(bool busy, const QString& hint = {});
    void showError(const QString& message);
    void workFailed(const QString& message); // the work threw: its one outcome, shown

    workspace::Workspace& m_ws;
    RegisterChangeKind m_kind;
    QString m_initialSerial;
    std::shared_ptr<workspace::SiteRegisterChange> m_change; // used by one worker at a time
    QPointer<Operation> m_running;
    QSet<QString> m_presentSerials;
    QSet<QString> m_approved; // cards that have approved: not offered again
    bool m_busy = false;
    bool m_committed = false;

    QStackedWidget* m_pages = nullptr;
    QComboBox* m_card = nullptr;
    QComboBox* m_why = nullptr;
    QComboBox* m_newCard = nullptr;
    SecretLineEdit* m_newPin = nullptr;
    QLineEdit* m_holder = nullptr;
    QComboBox* m_role = nullptr;
    QSpinBox* m_k = nullptr;
    QLineEdit* m_reason = nullptr;
    QPushButton* m_propose = nullptr;

    QLabel* m_summary = nullptr;
    QLabel* m_progress = nullptr;
    QListWidget* m_approvals = nullptr;
    QComboBox* m_approver = nullptr;
    SecretLineEdit* m_approverPin = nullptr;
    QPushButton* m_approve = nullptr;
    QPushButton* m_commit = nullptr;
    QLabel* m_outcome = nullptr;

    QLabel* m_busyHint = nullptr;
    QLabel* m_error = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace symbolon::ui
