#pragma once

#include "site/RegisterChangeProposal.h"

#include <QWidget>

class QAction;
class QLabel;
class QTableWidget;

namespace symbolon::workspace {
class Workspace;
}

namespace symbolon::ui {

// The ACS quorum: the card register (every card of the site register: holder, role, card,
// serial, state, where its share of the key token's PINs lives, present or not, PIN state), the
// custodian turnover actions (enrol, retire, replace a card; change a role or k: each a register
// change approved by k custodians, RegisterChangeDialog) and past quorum sessions from the
// journal (what was asked, who approved, the outcome). Live sessions run in the Ceremony wizard,
// in the same session widget. Cards and journal are read off the GUI thread.
class QuorumView : public QWidget {
    Q_OBJECT

public:
    explicit QuorumView(workspace::Workspace& ws, QWidget* parent = nullptr);
    QTableWidget* cardTable() const { return m_cards; }
    QTableWidget* sessionTable() const { return m_sessions; }
    // Enrol, retire, replace, change role, change k (objectNames actionEnrolCard, ...).
    QList<QAction*> turnoverActions() const;

public Q_SLOTS:
    void refresh();

Q_SIGNALS:
    void loaded();
    // A turnover action was chosen: the owner opens the RegisterChangeDialog (it pauses its
    // readers around the commit, so that the database key can change with a card that leaves).
    void changeRequested(symbolon::ui::RegisterChangeKind kind, const QString& cardSerial);

private:
    workspace::Workspace& m_ws;
    bool m_loading = false;
    QLabel* m_summary = nullptr;
    QTableWidget* m_cards = nullptr;
    QTableWidget* m_sessions = nullptr;
    QAction* m_enrol = nullptr;
    QAction* m_retire = nullptr;
    QAction* m_replace = nullptr;
    QAction* m_role = nullptr;
    QAction* m_quorum = nullptr;
    bool m_mayChange = false;
    QString selectedActiveSerial() const;
    void updateActions();
};

} // namespace symbolon::ui
