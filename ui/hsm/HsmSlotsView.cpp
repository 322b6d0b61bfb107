#include "hsm/HsmSlotsView.h"

#include "common/RoleGate.h"

#include "common/CopyCellAction.h"
#include "common/OperationRunner.h"
#include "common/PlainTextGuard.h"
#include "common/StatusColor.h"
#include "hsm/HsmObjectModel.h"
#include "hsm/KekVersionTable.h"
#include "hsm/Module.h"
#include "workspace/Workspace.h"

#include <QApplication>
#include <QClipboard>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace symbolon::ui {

namespace {
constexpr int kSlotRole = Qt::UserRole + 1;
constexpr int kObjectRole = Qt::UserRole + 2;

QString yes(bool b) {
    return b ? QStringLiteral("✓") : QString();
}
} // namespace

HsmSlotsView::HsmSlotsView(workspace::Workspace& ws, QWidget* parent) : QWidget(parent), m_ws(ws) {
    PlainTextGuard::install(); // data in labels, message boxes and tooltips is plain text
    setObjectName(QStringLiteral("hsmSlotsView"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* split = new QSplitter(Qt::Horizontal, this);
    split->setObjectName(QStringLiteral("hsmSplitter"));
    m_tree = new QTreeWidget(split);
    m_tree->setObjectName(QStringLiteral("hsmTree"));
    m_tree->setHeaderLabels({tr("Modules, slots, tokens, objects")});
    m_tree->setAccessibleName(tr("HSM slots"));

    auto* right = new QWidget(split);
    auto* rl = new QVBoxLayout(right);
    rl->setContentsMargins(0, 0, 0, 0);
    m_details = new QLabel(tr("Reading the HSM…"), right);
    m_details->setTextFormat(Qt::RichText); // a table; every value from the token escaped
    m_details->setObjectName(QStringLiteral("tokenDetails"));
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    rl->addWidget(m_details);
    // The URI has no spaces to wrap at: a read-only field that scrolls, beside its Copy button.
    auto* uriRow = new QHBoxLayout;
    auto* uriLabel = new QLabel(tr("UR&I:"), right);
    m_uri = new QLineEdit(right);
    m_uri->setObjectName(QStringLiteral("tokenUri"));
    m_uri->setReadOnly(true);
    m_uri->setAccessibleName(tr("Token URI"));
    m_uri->setAccessibleDescription(tr("The PKCS#11 URI of the token, read-only"));
    uriLabel->setBuddy(m_uri);
    m_copyUri = new QPushButton(tr("Copy token &URI"), right);
    m_copyUri->setObjectName(QStringLiteral("copyTokenUriButton"));
    m_copyUri->setEnabled(false);
    m_readiness = new QPushButton(tr("&Readiness check…"), right);
    m_readiness->setObjectName(QStringLiteral("readinessCheckButton"));
    m_readiness->setToolTip(
        tr("Try every operation the site needs on the key token, on scratch objects, under "
           "the quorum; the table goes into the journal"));
    m_readiness->setEnabled(false);
    uriRow->addWidget(uriLabel);
    uriRow->addWidget(m_uri, 1);
    uriRow->addWidget(m_copyUri);
    rl->addLayout(uriRow);
    rl->addWidget(m_readiness, 0, Qt::AlignLeft);

    auto* tabs = new QTabWidget(right);
    tabs->setObjectName(QStringLiteral("hsmTabs"));
    auto* objectsTab = new QWidget(tabs);
    auto* ol = new QVBoxLayout(objectsTab);
    m_objectsNote = new QLabel(objectsTab);
    m_objectsNote->setObjectName(QStringLiteral("objectsNote"));
    m_objectsNote->setWordWrap(true);
    ol->addWidget(m_objectsNote);
    m_objects = new HsmObjectModel(this);
    m_objects->setObjectName(QStringLiteral("hsmObjectModel"));
    m_objectTable = new QTableView(objectsTab);
    m_objectTable->setObjectName(QStringLiteral("hsmObjectTable"));
    m_objectTable->setAccessibleName(tr("Token objects"));
    addCopyCellAction(m_objectTable); // KCVs, labels, IDs
    m_objectTable->setModel(m_objects);
    m_objectTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_objectTable->setWordWrap(true);
    m_objectTable->horizontalHeader()->setStretchLastSection(true);
    m_objectTable->verticalHeader()->hide();
    ol->addWidget(m_objectTable);
    tabs->addTab(objectsTab, tr("&Objects"));

    m_mechanisms = new QTableWidget(tabs);
    m_mechanisms->setObjectName(QStringLiteral("hsmMechanismTable"));
    m_mechanisms->setColumnCount(11);
    m_mechanisms->setHorizontalHeaderLabels({tr("Mechanism"), tr("Key size"), tr("Encrypt"), tr("Decrypt"),
                                             tr("Wrap"), tr("Unwrap"), tr("Sign"), tr("Verify"), tr("Derive"),
                                             tr("Generate"), tr("Hardware")});
    m_mechanisms->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_mechanisms->verticalHeader()->hide();
    tabs->addTab(m_mechanisms, tr("&Mechanisms"));

    m_paths = new QTableWidget(tabs);
    m_paths->setObjectName(QStringLiteral("hsmPathTable"));
    m_paths->setColumnCount(4);
    m_paths->setHorizontalHeaderLabels({tr("Operation"), tr("Decision"), tr("Mechanism"), tr("Reason")});
    m_paths->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_paths->horizontalHeader()->setStretchLastSection(true);
    m_paths->verticalHeader()->hide();
    tabs->addTab(m_paths, tr("Operation &paths"));
    // The KEK versions on the key token, as the workspace records them (issue #20).
    m_kekVersions = new KekVersionTable(ws, tabs);
    tabs->addTab(m_kekVersions, tr("&KEK versions"));
    rl->addWidget(tabs, 1);
    split->addWidget(m_tree);
    split->addWidget(right);
    split->setStretchFactor(1, 3);
    split->setSizes({330, 900});
    layout->addWidget(split);

    connect(m_tree, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem* item) {
        if (!item || !item->data(0, kSlotRole).isValid())
            return;
        showSlot(item->data(0, kSlotRole).toInt());
        if (item->data(0, kObjectRole).isValid())
            m_objectTable->selectRow(item->data(0, kObjectRole).toInt());
    });
    connect(m_readiness, &QPushButton::clicked, this, &HsmSlotsView::readinessCheckRequested);
    connect(m_copyUri, &QPushButton::clicked, this,
            [this] { QApplication::clipboard()->setText(m_currentUri); });
    refresh();
}

void HsmSlotsView::refresh() {
    m_kekVersions->refresh();
    if (m_loading)
        return;
    m_loading = true;
    const auto done = [this](HsmSnapshot result) {
        m_loading = false;
        m_snapshot = result;
        rebuild();
        Q_EMIT loaded();
    };
    OperationRunner::start(
        this, [modules = m_ws.modules()] { return HsmSnapshot::read(modules); }, done);
}

void HsmSlotsView::setQuorumListing(const QString& tokenSerial, const QVector<hsm::TokenObject>& objects,
                                    const QDateTime& at) {
    m_quorumListings.insert(tokenSerial, {objects, at});
    refresh();
}

bool HsmSlotsView::selectToken(const QString& serial) {
    for (QTreeWidgetItemIterator it(m_tree); *it; ++it) {
        const QVariant slot = (*it)->data(0, kSlotRole);
        if (slot.isValid() && !(*it)->data(0, kObjectRole).isValid() &&
            m_snapshot.slots.value(slot.toInt()).token.serial == serial && (*it)->childCount() >= 0 &&
            (*it)->text(0).contains(serial)) {
            m_tree->setCurrentItem(*it);
            return true;
        }
    }
    return false;
}

void HsmSlotsView::rebuild() {
    // Objects seen inside a quorum session replace the public-only listing of that token.
    for (HsmSlotSnapshot& s : m_snapshot.slots) {
        auto it = m_quorumListings.constFind(s.token.serial);
        if (it != m_quorumListings.constEnd() && !s.privateObjectsShown && isKeyToken(s)) {
            s.objects = it->objects;
            s.privateObjectsShown = true;
            s.objectsNote =
                tr("All objects, as listed inside the quorum session at %1 (the key token was logged "
                   "in by the quorum's rebuilt PIN). Refresh shows public objects only.")
                    .arg(it->at.toLocalTime().toString(Qt::ISODate));
        }
    }
    const QString keep = m_tree->currentItem() ? m_tree->currentItem()->text(0) : QString();
    m_tree->clear();
    if (!m_snapshot.error.isEmpty()) {
        m_details->setText(tr("<b>The HSM cannot be read:</b> %1").arg(m_snapshot.error.toHtmlEscaped()));
        return;
    }
    QVector<QTreeWidgetItem*> moduleItems;
    for (const HsmModuleSnapshot& m : std::as_const(m_snapshot.modules)) {
        auto* item =
            new QTreeWidgetItem(m_tree, {m.functionList.isEmpty()
                                             ? tr("Module %1").arg(m.path)
                                             : tr("Module %1 (entry point %2)").arg(m.path, m.functionList)});
        item->setToolTip(0, m.error.isEmpty() ? m.description : m.error);
        if (!m.error.isEmpty())
            new QTreeWidgetItem(item, {tr("Its slots cannot be listed: %1").arg(m.error)});
        moduleItems.push_back(item);
    }
    QTreeWidgetItem* select = nullptr;
    for (int i = 0; i < m_snapshot.slots.size(); ++i) {
        const HsmSlotSnapshot& s = m_snapshot.slots[i];
        auto* slot = new QTreeWidgetItem(moduleItems.value(s.module), {tr("Slot %1").arg(s.slotId)});
        slot->setData(0, kSlotRole, i);
        if (!s.token.initialized)
            continue;
        auto* token = new QTreeWidgetItem(slot, {tr("%1 (serial %2)").arg(s.token.label, s.token.serial)});
        token->setData(0, kSlotRole, i);
        if (isKeyToken(s) && !select)
            select = token;
        for (int j = 0; j < s.objects.size(); ++j) {
            const hsm::TokenObject& o = s.objects[j];
            auto* obj = new QTreeWidgetItem(
                token, {tr("%1 — %2%3")
                            .arg(o.label.isEmpty() ? tr("(no label)") : o.label, o.objectClass,
                                 o.findings.isEmpty() ? QString() : tr(" ⚠"))});
            obj->setData(0, kSlotRole, i);
            obj->setData(0, kObjectRole, j);
            if (!o.findings.isEmpty())
                obj->setForeground(0, QBrush(statusColor(StatusTone::Error, palette())));
            if (o.label == keep)
                select = obj;
        }
        if (token->text(0) == keep)
            select = token;
    }
    m_tree->expandToDepth(1);
    if (select) {
        select->parent()->setExpanded(true);
        m_tree->setCurrentItem(select);
        select->setExpanded(true);
    }
}

bool HsmSlotsView::isKeyToken(const HsmSlotSnapshot& s) const {
    // By serial and label: NSS softoken's tokens share one serial.
    return s.token.serial == m_ws.config().keyTokenSerial && s.token.label == m_ws.config().keyTokenLabel;
}

void HsmSlotsView::showSlot(int slotIndex) {
    if (slotIndex < 0 || slotIndex >= m_snapshot.slots.size())
        return;
    const HsmSlotSnapshot& s = m_snapshot.slots[slotIndex];
    const hsm::TokenInfo& t = s.token;
    const auto& config = m_ws.config();
    QString fips = tr("not declared");
    if (isKeyToken(s) && !config.fipsDeclaration.isEmpty()) {
        QStringList parts;
        for (auto it = config.fipsDeclaration.begin(); it != config.fipsDeclaration.end(); ++it)
            parts << QStringLiteral("%1 %2").arg(it.key(), it.value().toVariant().toString());
        fips = parts.join(QStringLiteral(", "));
    }
    QStringList flags;
    if (t.loginRequired)
        flags << tr("login required");
    if (t.userPinInitialized)
        flags << tr("user PIN set");
    if (t.writeProtected)
        flags << tr("write-protected");
    QStringList pinFlags;
    const QString warn = QStringLiteral("<span style='color:%1'>%2</span>");
    const QString errorColour = statusColorName(StatusTone::Error);
    if (t.pinCountLow)
        pinFlags << warn.arg(errorColour, tr("PIN count low"));
    if (t.pinFinalTry)
        pinFlags << warn.arg(errorColour, tr("final PIN try"));
    if (t.pinLocked)
        pinFlags << warn.arg(errorColour, tr("PIN LOCKED"));
    QString role;
    if (isKeyToken(s))
        role = tr(" — the workspace's key token");
    else if (t.serial == config.journalTokenSerial)
        role = tr(" — the journal token");
    m_details->setText(
        t.initialized ? tr("<h3>%1%2</h3><table>"
                           "<tr><td>Manufacturer</td><td>%3</td></tr><tr><td>Model</td><td>%4</td></tr>"
                           "<tr><td>Serial</td><td>%5</td></tr><tr><td>Slot</td><td>%6</td></tr>"
                           "<tr><td>Flags</td><td>%7</td></tr><tr><td>PIN state</td><td>%8</td></tr>"
                           "<tr><td>FIPS "
                           "declaration</td><td>%9</td></tr>%10</table>")
                            .arg(t.label.toHtmlEscaped(), role, t.manufacturer.toHtmlEscaped(),
                                 t.model.toHtmlEscaped(), t.serial.toHtmlEscaped())
                            .arg(s.slotId)
                            .arg(flags.join(QStringLiteral(", ")).toHtmlEscaped(),
                                 pinFlags.isEmpty() ? tr("normal") : pinFlags.join(QStringLiteral(", ")),
                                 fips.toHtmlEscaped(),
                                 s.error.isEmpty() ? QString()
                                                   : tr("<tr><td>Error</td><td style='color:%2'>%1</td></tr>")
                                                         .arg(s.error.toHtmlEscaped(), errorColour))
                      : tr("<h3>Slot %1</h3><p>No initialised token.</p>").arg(s.slotId));
    m_currentUri = t.uri;
    m_uri->setText(t.uri);
    m_uri->setCursorPosition(0);
    m_copyUri->setEnabled(!t.uri.isEmpty());
    // Only on the key token, and only for a role that may run a ceremony (the tooltip says why not).
    m_readiness->setEnabled(isKeyToken(s));
    if (isKeyToken(s))
        RoleGate::gate(m_readiness, m_ws, GatedAction::RunCeremony);
    m_objectsNote->setText(s.objectsNote);
    m_objects->setObjects(s.objects);
    m_objectTable->resizeColumnsToContents();
    m_objectTable->resizeRowsToContents();

    m_mechanisms->setRowCount(0);
    m_paths->setRowCount(0);
    if (!s.capabilities)
        return;
    const auto& mechs = s.capabilities->mechanisms();
    m_mechanisms->setRowCount(int(mechs.size()));
    for (int r = 0; r < mechs.size(); ++r) {
        const hsm::MechanismInfo& m = mechs[r];
        const QStringList cells{m.name,         QStringLiteral("%1–%2").arg(m.minKeySize).arg(m.maxKeySize),
                                yes(m.encrypt), yes(m.decrypt),
                                yes(m.wrap),    yes(m.unwrap),
                                yes(m.sign),    yes(m.verify),
                                yes(m.derive),  yes(m.generate),
                                yes(m.hardware)};
        for (int c = 0; c < cells.size(); ++c)
            m_mechanisms->setItem(r, c, new QTableWidgetItem(cells[c]));
    }
    m_mechanisms->resizeColumnsToContents();
    const QVector<hsm::KeyOperation> ops = hsm::allKeyOperations();
    m_paths->setRowCount(int(std::size(ops)));
    int r = 0;
    for (hsm::KeyOperation op : ops) {
        const hsm::PathDecision d = s.capabilities->decide(op);
        QString kind;
        QColor colour;
        switch (d.kind) {
        case hsm::PathKind::InModule:
            kind = tr("in module");
            colour = statusColor(StatusTone::Ok, palette());
            break;
        case hsm::PathKind::ClearKeyFallback:
            kind = config.isDevelopment() ? tr("FALLBACK — not for live keys")
                                          : tr("fallback: refused (production)");
            colour = statusColor(StatusTone::Warning, palette());
            break;
        case hsm::PathKind::Unavailable:
            kind = tr("unavailable");
            colour = statusColor(StatusTone::Error, palette());
            break;
        }
        auto* k = new QTableWidgetItem(kind);
        k->setForeground(colour);
        m_paths->setItem(r, 0, new QTableWidgetItem(hsm::keyOperationName(op)));
        m_paths->setItem(r, 1, k);
        m_paths->setItem(r, 2, new QTableWidgetItem(d.mechanismName));
        m_paths->setItem(r, 3, new QTableWidgetItem(d.reason));
        ++r;
    }
    m_paths->resizeColumnsToContents();
}

} // namespace symbolon::ui
