#pragma once

#include "hsm/HsmSnapshot.h"

#include <QDateTime>
#include <QHash>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTableWidget;
class QTreeWidget;
class QTreeWidgetItem;

namespace symbolon::workspace {
class Workspace;
}

namespace symbolon::ui {

class HsmObjectModel;
class KekVersionTable;

// Modules → slots → tokens → objects, with the selected token's details (flags, URI, FIPS
// declaration), its objects (attributes, KCVs, policy findings in red), its mechanisms and the
// capability table's decision per operation. Every token read runs off the GUI thread.
class HsmSlotsView : public QWidget {
    Q_OBJECT

public:
    explicit HsmSlotsView(workspace::Workspace& ws, QWidget* parent = nullptr);

    QTreeWidget* tree() const { return m_tree; }
    HsmObjectModel* objectModel() const { return m_objects; }
    KekVersionTable* kekVersionTable() const { return m_kekVersions; }
    const HsmSnapshot& snapshot() const { return m_snapshot; }
    bool selectToken(const QString& serial);

public Q_SLOTS:
    void refresh();
    // The key token's objects as listed inside a quorum session (private objects included).
    void setQuorumListing(const QString& tokenSerial, const QVector<symbolon::hsm::TokenObject>& objects,
                          const QDateTime& at);

Q_SIGNALS:
    void loaded();
    // "Readiness check…" on the key token: the main window opens the quorum wizard for it.
    void readinessCheckRequested();

private:
    void rebuild();
    void showSlot(int slotIndex);
    bool isKeyToken(const HsmSlotSnapshot& s) const;

    workspace::Workspace& m_ws;
    HsmSnapshot m_snapshot;
    struct Listing {
        QVector<hsm::TokenObject> objects;
        QDateTime at;
    };
    QHash<QString, Listing> m_quorumListings;
    bool m_loading = false;
    QTreeWidget* m_tree = nullptr;
    QLabel* m_details = nullptr;
    QLineEdit* m_uri = nullptr;
    QPushButton* m_copyUri = nullptr;
    QPushButton* m_readiness = nullptr;
    QLabel* m_objectsNote = nullptr;
    HsmObjectModel* m_objects = nullptr;
    QTableView* m_objectTable = nullptr;
    QTableWidget* m_mechanisms = nullptr;
    QTableWidget* m_paths = nullptr;
    KekVersionTable* m_kekVersions = nullptr;
    QString m_currentUri;
};

} // namespace symbolon::ui
