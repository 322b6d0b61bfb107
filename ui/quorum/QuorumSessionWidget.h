#pragma once

#include "workspace/Workspace.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QListWidget;
class QPushButton;
class QTimer;

namespace symbolon::quorum {
class QuorumSession;
}

namespace symbolon::ui {

class SecretLineEdit;

// The live quorum session: what is asked, who has approved (k of n), the time left, and where
// each custodian picks their card and types its PIN (not echoed). Approvals and the card list
// are read off the GUI thread. The session belongs to the caller; this widget never outlives it.
class QuorumSessionWidget : public QWidget {
    Q_OBJECT

public:
    QuorumSessionWidget(workspace::Workspace& ws, QWidget* parent = nullptr);
    ~QuorumSessionWidget() override;

    void setSession(quorum::QuorumSession* session); // nullptr: none
    bool isBusy() const { return m_busy; }
    QString lastError() const;

Q_SIGNALS:
    void cardsListed();
    void approvalsChanged(int count);
    void ready();
    void cancelled();

public Q_SLOTS:
    void approve();
    void cancelSession();

private:
    void listCards();
    void refresh();
    void tick();
    void setBusy(bool busy);
    void showError(const QString& message);

    workspace::Workspace& m_ws;
    quorum::QuorumSession* m_session = nullptr;
    bool m_busy = false;
    QLabel* m_asked = nullptr;
    QLabel* m_progress = nullptr;
    QLabel* m_countdown = nullptr;
    QListWidget* m_approvals = nullptr;
    QComboBox* m_card = nullptr;
    SecretLineEdit* m_pin = nullptr;
    QPushButton* m_approve = nullptr;
    QPushButton* m_cancel = nullptr;
    QLabel* m_error = nullptr;
    QLabel* m_presentCard = nullptr; // shown while the card is being read and signs
    QTimer* m_timer = nullptr;
};

} // namespace symbolon::ui
