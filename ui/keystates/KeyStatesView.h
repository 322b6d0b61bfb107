#pragma once

#include "keys/KekVersionStore.h"
#include "rekey/KeyStateQuery.h"

#include <QWidget>

#include <memory>

class QAction;
class QCheckBox;
class QComboBox;
class QLabel;
class QTableView;

namespace symbolon::workspace {
class Workspace;
}

namespace symbolon::ui {

class DeviceFilterBar;
class KeyDetailPane;
class KeyStateChart;
class KeyStateReader;
class KeyStateTableModel;

// Key States (POLICY.md "Key states"): every device key record — device × client × kind — with
// its state, labelled KCV, packaging KEK version, lifecycle times, compromise flag and rotation
// deadline; filters; counts per state as a chart; and the responder's two actions: mark a
// device's keys compromised, and start a targeted re-key of it.
class KeyStatesView : public QWidget {
    Q_OBJECT

public:
    explicit KeyStatesView(workspace::Workspace& ws, QWidget* parent = nullptr);
    ~KeyStatesView() override;

    KeyStateTableModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    KeyStateChart* chart() const { return m_chart; }
    KeyDetailPane* detail() const { return m_detail; }
    QAction* markCompromisedAction() const { return m_markCompromised; }
    QAction* rekeyDeviceAction() const { return m_rekeyDevice; }
    bool isLoaded() const { return m_loaded; }
    QString currentDeviceId() const;

public Q_SLOTS:
    void refresh();
    void setFilter(const symbolon::rekey::KeyStateFilter& filter); // programmatic (tests, links)
    // Reads the device's keys, asks for the reference and confirmation, then marks.
    void promptMarkCompromised(const QString& deviceId);
    // Marks off the GUI thread (KeyCompromise::mark); compromiseMarked or compromiseFailed.
    void markCompromised(const QString& deviceId, const QString& kind, const QString& reference);

Q_SIGNALS:
    void loaded();
    void countsChanged(const symbolon::rekey::KeyStateCounts& counts);
    void rekeyRequested(const QString& deviceId);
    void compromiseMarked(const QString& deviceId, qint64 keys);
    void compromiseFailed(const QString& message);

private:
    void applyFilter();
    rekey::KeyStateFilter filterFromBar() const;
    void onCurrentRowChanged();
    void onCountChanged(qint64 count);
    void onPageLoaded(int page);
    void showContextMenu(const QPoint& pos);
    void setKekVersions(const QVector<keys::KekVersion>& versions);

    workspace::Workspace& m_ws;
    std::unique_ptr<KeyStateReader> m_reader;       // table pages, counts, a device's keys, S1SPs
    std::unique_ptr<KeyStateReader> m_countsReader; // the chart's per-state counts
    KeyStateTableModel* m_model = nullptr;
    DeviceFilterBar* m_filters = nullptr; // the device filters, with the state, kind and compromised ones
    QComboBox* m_state = nullptr;
    QComboBox* m_kind = nullptr;
    QComboBox* m_kekVersion = nullptr; // "any", then each KEK version recorded (issue #20)
    QCheckBox* m_compromised = nullptr;
    QLabel* m_countLabel = nullptr;
    QLabel* m_error = nullptr;
    QTableView* m_table = nullptr;
    KeyDetailPane* m_detail = nullptr;
    KeyStateChart* m_chart = nullptr;
    QAction* m_markCompromised = nullptr;
    QAction* m_rekeyDevice = nullptr;
    quint64 m_s1spRequest = 0;
    quint64 m_kekRequest = 0;
    quint64 m_countsRequest = 0;
    quint64 m_keysRequest = 0;
    bool m_loaded = false;
};

} // namespace symbolon::ui
