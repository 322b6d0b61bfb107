#pragma once

#include <QWidget>

class QAction;
class QLabel;
class QLineEdit;
class QTableView;

namespace symbolon::ui {

class DatabaseReader;
class DeviceFilterBar;
class DeviceDetailPane;
class DeviceTableModel;

// The inventory: search, filters, a paged table over any number of devices, and the selected
// device's fields.
class DevicesView : public QWidget {
    Q_OBJECT

public:
    explicit DevicesView(DatabaseReader& reader, QWidget* parent = nullptr);

    DeviceTableModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    // True once the first count has arrived and, if there are rows, the first page.
    bool isLoaded() const { return m_loaded; }
    // Context actions on the current device; the owner gates them by role and handles the signals.
    QAction* markCompromisedAction() const { return m_markCompromised; }
    QAction* rekeyDeviceAction() const { return m_rekeyDevice; }
    QString currentDeviceId() const;

public Q_SLOTS:
    void refresh();

Q_SIGNALS:
    void loaded();
    void markCompromisedRequested(const QString& deviceId);
    void rekeyRequested(const QString& deviceId);

private:
    void applyFilter();
    void onCurrentRowChanged();
    void onCountChanged(qint64 count);
    void onPageLoaded(int page);

    DatabaseReader& m_reader;
    DeviceTableModel* m_model = nullptr;
    DeviceFilterBar* m_filters = nullptr;
    QLineEdit* m_search = nullptr; // the bar's search field (Ctrl+F)
    QLabel* m_countLabel = nullptr;
    QLabel* m_error = nullptr;
    QTableView* m_table = nullptr;
    DeviceDetailPane* m_detail = nullptr;
    QAction* m_markCompromised = nullptr;
    QAction* m_rekeyDevice = nullptr;
    quint64 m_s1spRequest = 0;
    bool m_loaded = false;
};

} // namespace symbolon::ui
