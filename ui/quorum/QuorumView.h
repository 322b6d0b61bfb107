#pragma once

#include <QWidget>

class QLabel;
class QTableWidget;

namespace symbolon::workspace {
class Workspace;
}

namespace symbolon::ui {

// The ACS quorum: the card register (holder, role, card, serial, share index from the key
// token's enrolment entry, present or not, PIN state) and past quorum sessions from the journal
// (what was asked, who approved, the outcome). Live sessions run in the Ceremony wizard, in the
// same session widget. Cards and journal are read off the GUI thread.
class QuorumView : public QWidget {
    Q_OBJECT

public:
    explicit QuorumView(workspace::Workspace& ws, QWidget* parent = nullptr);
    QTableWidget* cardTable() const { return m_cards; }
    QTableWidget* sessionTable() const { return m_sessions; }

public Q_SLOTS:
    void refresh();

Q_SIGNALS:
    void loaded();

private:
    workspace::Workspace& m_ws;
    bool m_loading = false;
    QLabel* m_summary = nullptr;
    QTableWidget* m_cards = nullptr;
    QTableWidget* m_sessions = nullptr;
};

} // namespace symbolon::ui
