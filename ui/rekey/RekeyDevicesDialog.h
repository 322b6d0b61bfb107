#pragma once

#include <QDialog>

class QLabel;
class QTableView;

namespace symbolon::workspace {
class Workspace;
}

namespace symbolon::ui {

class RekeyDeviceListModel;

// "Show devices": the devices a plan or a run re-keys, one row each (id, key kinds; for a run its
// status and result), for the custodians approving it and the responder following it. A run's
// devices are read off the GUI thread.
class RekeyDevicesDialog : public QDialog {
    Q_OBJECT

public:
    // A plan not stored yet, or whose ids are at hand.
    RekeyDevicesDialog(const QString& title, const QStringList& deviceIds, const QString& kinds,
                       QWidget* parent = nullptr);
    // A stored run: its devices are read from the workspace.
    RekeyDevicesDialog(workspace::Workspace& ws, qint64 run, const QString& kinds, QWidget* parent = nullptr);

    RekeyDeviceListModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    bool isLoading() const { return m_loading; }

Q_SIGNALS:
    void loaded();

private:
    void build(const QString& title);
    void showCount();

    RekeyDeviceListModel* m_model = nullptr;
    QTableView* m_table = nullptr;
    QLabel* m_summary = nullptr;
    bool m_loading = false;
};

} // namespace symbolon::ui
