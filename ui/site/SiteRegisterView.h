#pragma once

#include <QWidget>

class QLabel;
class QTableWidget;

namespace symbolon::workspace {
class Workspace;
}

namespace symbolon::ui {

// The site register as the open workspace verified it (issue #14): whether it is trusted, the
// safety settings, every card with its holder, role and state, and every version with what it
// changed and how many custodians signed it. For reviewers: read-only; changes are made through
// the quorum (the Quorum view's turnover actions, symbolon-cli site change). Reads only what Workspace::open
// already loaded: no database or token work on the GUI thread.
class SiteRegisterView : public QWidget {
    Q_OBJECT

public:
    explicit SiteRegisterView(const workspace::Workspace& ws, QWidget* parent = nullptr);

public Q_SLOTS:
    void refresh(); // after a register change

private:
    const workspace::Workspace& m_ws;
    QLabel* m_status;
    QTableWidget* m_settings;
    QTableWidget* m_cards;
    QTableWidget* m_versions;
};

} // namespace symbolon::ui
