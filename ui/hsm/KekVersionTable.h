#pragma once

#include <QTableWidget>

namespace symbolon::workspace {
class Workspace;
}

namespace symbolon::ui {

// The key token's KEK versions as the workspace records them (issue #20): version, state, KCV,
// packages under it, since when, and the PMA instruction that made it. Read-only; read off the
// GUI thread on its own connection.
class KekVersionTable : public QTableWidget {
    Q_OBJECT

public:
    enum Column {
        VersionColumn,
        StateColumn,
        KcvColumn,
        PackagesColumn,
        SinceColumn,
        PmaColumn,
        ColumnCount
    };

    explicit KekVersionTable(workspace::Workspace& ws, QWidget* parent = nullptr);

public Q_SLOTS:
    void refresh();

Q_SIGNALS:
    void loaded();

private:
    workspace::Workspace& m_ws;
    bool m_loading = false;
    bool m_again = false;
};

} // namespace symbolon::ui
