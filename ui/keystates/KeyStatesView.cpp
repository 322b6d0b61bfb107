#include "keystates/KeyStatesView.h"

#include "common/CopyCellAction.h"
#include "common/DeviceFilterBar.h"
#include "common/DeviceText.h"
#include "common/KekText.h"
#include "common/OperationRunner.h"
#include "common/PagedTableView.h"
#include "common/PlainTextGuard.h"
#include "common/RoleGate.h"
#include "common/StatusColor.h"
#include "keystates/KeyDetailPane.h"
#include "keystates/KeyStateChart.h"
#include "keystates/KeyStateReader.h"
#include "keystates/KeyStateTableModel.h"
#include "keystates/MarkCompromisedDialog.h"
#include "rekey/KeyCompromise.h"
#include "workspace/Workspace.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPointer>
#include <QScrollArea>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace symbolon::ui {

namespace {
QComboBox* makeCombo(QWidget* parent, const QString& objectName, const QString& accessibleName) {
    auto* c = new QComboBox(parent);
    c->setObjectName(objectName);
    c->setAccessibleName(accessibleName);
    c->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    return c;
}

// State filter entries beyond the five states.
constexpr int kCurrentOnly = -1;
constexpr int kAllStates = -2;
// The KEK version filter's item data: the KEK's database word and the version.
constexpr int kKekRole = Qt::UserRole;
constexpr int kKekVersionRole = Qt::UserRole + 1;
} // namespace

KeyStatesView::KeyStatesView(workspace::Workspace& ws, QWidget* parent) : QWidget(parent), m_ws(ws) {
    PlainTextGuard::install(); // data in labels, message boxes and tooltips is plain text
    setObjectName(QStringLiteral("keyStatesView"));
    m_reader = std::make_unique<KeyStateReader>(ws);
    m_reader->setObjectName(QStringLiteral("keyStateReader"));
    m_reader->start();
    // The chart's per-state counts read every matching key: on their own thread and connection,
    // so that they never queue ahead of the table's pages.
    m_countsReader = std::make_unique<KeyStateReader>(ws);
    m_countsReader->setObjectName(QStringLiteral("keyStateCountsReader"));
    m_countsReader->start();
    auto* layout = new QVBoxLayout(this);

    m_filters = new DeviceFilterBar(DeviceFilterBar::Subject::Keys, this);
    m_state = makeCombo(this, QStringLiteral("keyStatesStateFilter"), tr("Key state"));
    m_state->setToolTip(tr("Show only the keys in this state"));
    m_state->addItem(tr("Current keys (not superseded)"), kCurrentOnly);
    m_state->addItem(tr("All states"), kAllStates);
    for (policy::KeyState s : policy::kAllKeyStates)
        m_state->addItem(policy::keyStateName(s), int(s));
    m_kind = makeCombo(this, QStringLiteral("keyStatesKindFilter"), tr("Key kind"));
    m_kind->setToolTip(tr("Show only the keys of this kind (MK, AK or GUEK)"));
    m_kind->addItem(tr("All keys"), QString());
    for (const QString& k : {QStringLiteral("MK"), QStringLiteral("AK"), QStringLiteral("GUEK")})
        m_kind->addItem(k, k);
    m_kekVersion = makeCombo(this, QStringLiteral("keyStatesKekFilter"), tr("KEK version"));
    m_kekVersion->setToolTip(tr("Show only the keys packaged under this KEK version"));
    m_kekVersion->addItem(tr("Any KEK version"));
    m_filters->insertWidget(1, m_state); // after the device id prefix
    m_filters->insertWidget(2, m_kind);
    m_filters->insertWidget(3, m_kekVersion);
    for (QComboBox* c : {m_state, m_kind, m_kekVersion})
        connect(c, &QComboBox::currentIndexChanged, m_filters, &DeviceFilterBar::changed);
    m_compromised = new QCheckBox(tr("Compromised only"), this);
    m_compromised->setObjectName(QStringLiteral("keyStatesCompromisedFilter"));
    m_compromised->setAccessibleName(tr("Compromised only"));
    m_compromised->setToolTip(tr("Show only the keys flagged compromised"));
    m_filters->insertWidget(-1, m_compromised);
    connect(m_compromised, &QCheckBox::toggled, m_filters, &DeviceFilterBar::changed);
    connect(m_filters, &DeviceFilterBar::changed, this, &KeyStatesView::applyFilter);
    layout->addWidget(m_filters);

    auto* status = new QHBoxLayout();
    m_countLabel = new QLabel(tr("Counting…"), this);
    m_countLabel->setObjectName(QStringLiteral("keyStatesCount"));
    status->addWidget(m_countLabel);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("keyStatesError"));
    m_error->setStyleSheet(statusStyleSheet(StatusTone::Error));
    m_error->setWordWrap(true);
    m_error->hide();
    status->addWidget(m_error, 1);
    layout->addLayout(status);

    m_model = new KeyStateTableModel(*m_reader, this);
    m_model->setObjectName(QStringLiteral("keyStateTableModel"));
    m_table = new QTableView(this);
    addCopyCellAction(m_table); // Ctrl+C; the context menu stays the view's own
    m_table->setObjectName(QStringLiteral("keyStatesTable"));
    m_table->setAccessibleName(tr("Key records"));
    setUpPagedTable(m_table, m_model, KeyStateTableModel::DeviceIdColumn);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    const QFontMetrics fm = m_table->fontMetrics();
    const QFontMetrics mono(QFont(QStringLiteral("monospace")));
    const int contents[] = {
        mono.horizontalAdvance(QStringLiteral("00-00-00-00-00-00-00-00")),
        fm.horizontalAdvance(QStringLiteral("GUEK")),
        fm.horizontalAdvance(QStringLiteral("Extended Data Collection")),
        fm.horizontalAdvance(QStringLiteral("9")),
        fm.horizontalAdvance(QStringLiteral("Distributed")),
        fm.horizontalAdvance(QStringLiteral("Yes: INC-2026-0000")),
        fm.horizontalAdvance(QStringLiteral("2024-12-12 04:17 (Overdue)")),
        mono.horizontalAdvance(QStringLiteral("CMAC-5B 0123456789")),
        fm.horizontalAdvance(QStringLiteral("Shared Key v2 (CMAC-5B 0123456789)")),
        fm.horizontalAdvance(QStringLiteral("2024-12-12 04:17")),
        fm.horizontalAdvance(QStringLiteral("2024-12-12 04:17")),
        fm.horizontalAdvance(QStringLiteral("2024-12-12 04:17")),
    };
    for (int c = 0; c < KeyStateTableModel::ColumnCount; ++c) {
        // Room for the sort arrow beside the header; the contents' own width otherwise.
        const int header = fm.horizontalAdvance(m_model->headerData(c, Qt::Horizontal).toString()) + 24;
        m_table->setColumnWidth(c, qMax(header, contents[c] + 12));
    }

    m_detail = new KeyDetailPane(this);
    auto* detailScroll = new QScrollArea(this);
    detailScroll->setObjectName(QStringLiteral("keyDetailScroll"));
    detailScroll->setWidget(m_detail);
    detailScroll->setWidgetResizable(true);
    detailScroll->setFrameShape(QFrame::NoFrame);
    m_chart = new KeyStateChart(this);
    auto* bottom = new QSplitter(Qt::Horizontal, this);
    bottom->setObjectName(QStringLiteral("keyStatesBottomSplitter"));
    bottom->addWidget(detailScroll);
    bottom->addWidget(m_chart);
    bottom->setStretchFactor(0, 1);
    bottom->setStretchFactor(1, 1);
    bottom->setChildrenCollapsible(false);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("keyStatesSplitter"));
    splitter->addWidget(m_table);
    splitter->addWidget(bottom);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 0);
    splitter->setSizes({520, 280});
    splitter->setChildrenCollapsible(false);
    layout->addWidget(splitter, 1);

    m_markCompromised = new QAction(tr("&Mark compromised…"), this);
    m_markCompromised->setObjectName(QStringLiteral("actionKeyStatesMarkCompromised"));
    RoleGate::gate(m_markCompromised, ws, GatedAction::MarkCompromised);
    connect(m_markCompromised, &QAction::triggered, this, [this] {
        const QString id = currentDeviceId();
        if (!id.isEmpty())
            promptMarkCompromised(id);
    });
    m_rekeyDevice = new QAction(tr("&Re-key this device…"), this);
    m_rekeyDevice->setObjectName(QStringLiteral("actionKeyStatesRekeyDevice"));
    RoleGate::gate(m_rekeyDevice, ws, GatedAction::PlanReKey);
    connect(m_rekeyDevice, &QAction::triggered, this, [this] {
        const QString id = currentDeviceId();
        if (!id.isEmpty())
            Q_EMIT rekeyRequested(id);
    });
    connect(m_table, &QWidget::customContextMenuRequested, this, &KeyStatesView::showContextMenu);

    connect(m_model, &KeyStateTableModel::countChanged, this, &KeyStatesView::onCountChanged);
    connect(m_model, &KeyStateTableModel::pageLoaded, this, &KeyStatesView::onPageLoaded);
    connect(m_model, &KeyStateTableModel::loadFailed, this, [this](const QString& message) {
        m_error->setText(tr("Could not read the key records: %1").arg(message));
        m_error->show();
    });
    connect(m_model, &KeyStateTableModel::sortRefused, this, [this](int column, Qt::SortOrder order) {
        QHeaderView* header = m_table->horizontalHeader();
        const QSignalBlocker block(header);
        header->setSortIndicator(column, order);
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, &KeyStatesView::onCurrentRowChanged);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &KeyStatesView::onCurrentRowChanged);
    connect(m_reader.get(), &KeyStateReader::s1spsReady, this, [this](quint64 id, const QStringList& s1sps) {
        if (id == m_s1spRequest)
            m_filters->setS1sps(s1sps);
    });
    connect(m_reader.get(), &KeyStateReader::kekVersionsReady, this,
            [this](quint64 id, const QVector<keys::KekVersion>& versions) {
                if (id == m_kekRequest)
                    setKekVersions(versions);
            });
    connect(m_countsReader.get(), &KeyStateReader::countsReady, this,
            [this](quint64 id, const rekey::KeyStateCounts& counts) {
                if (id != m_countsRequest)
                    return;
                m_countsRequest = 0;
                m_chart->setCounts(counts);
                Q_EMIT countsChanged(counts);
            });
    connect(m_reader.get(), &KeyStateReader::deviceKeysReady, this,
            [this](quint64 id, const QVector<rekey::KeyStateRow>& keys) {
                if (id != m_keysRequest || keys.isEmpty())
                    return;
                m_keysRequest = 0;
                const QString deviceId = keys.front().deviceId;
                MarkCompromisedDialog dialog(deviceId, keys, this);
                if (dialog.exec() != QDialog::Accepted)
                    return;
                const QStringList marked = dialog.keysToMark();
                const auto answer = QMessageBox::question(
                    this, tr("Mark keys compromised"),
                    tr("Mark %1 key(s) of device %2 compromised with reference \"%3\"?\n\n%4\n\nThis is "
                       "journaled and cannot be undone.")
                        .arg(marked.size())
                        .arg(dashedDeviceId(deviceId), dialog.reference(), marked.join(QLatin1Char('\n'))),
                    QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
                if (answer == QMessageBox::Yes)
                    markCompromised(deviceId, dialog.kind(), dialog.reference());
            });
    connect(m_reader.get(), &KeyStateReader::failed, this, [this](quint64 id, const QString& message) {
        if (id == m_keysRequest) {
            m_keysRequest = 0;
            QMessageBox::warning(this, tr("Mark keys compromised"), message);
        }
    });
    connect(this, &KeyStatesView::compromiseFailed, this, [this](const QString& message) {
        m_error->setText(tr("The keys were not marked: %1").arg(message));
        m_error->show();
    });
    m_s1spRequest = m_reader->requestS1sps();
    m_kekRequest = m_reader->requestKekVersions();
    m_countsRequest = m_countsReader->requestCounts(m_model->filter());
}

KeyStatesView::~KeyStatesView() {
    delete m_model; // before the reader it listens to
    m_model = nullptr;
    m_reader.reset();
    m_countsReader.reset();
}

void KeyStatesView::refresh() {
    m_s1spRequest = m_reader->requestS1sps();
    m_kekRequest = m_reader->requestKekVersions();
    m_model->refresh();
    m_countsRequest = m_countsReader->requestCounts(m_model->filter());
}

rekey::KeyStateFilter KeyStatesView::filterFromBar() const {
    rekey::KeyStateFilter f;
    f.device = m_filters->filter();
    const int state = m_state->currentData().toInt();
    if (state == kAllStates)
        f.includeSuperseded = true;
    else if (state >= 0)
        f.state = static_cast<policy::KeyState>(state);
    f.kind = m_kind->currentData().toString();
    if (m_kekVersion->currentIndex() > 0)
        f.kekVersion =
            rekey::KeyStateFilter::KekVersionTerm{m_kekVersion->currentData(kKekRole).toString(),
                                                  m_kekVersion->currentData(kKekVersionRole).toInt()};
    f.compromisedOnly = m_compromised->isChecked();
    return f;
}

// The versions recorded now (a rollover adds one): the choice made stays chosen.
void KeyStatesView::setKekVersions(const QVector<keys::KekVersion>& versions) {
    const QString kek = m_kekVersion->currentData(kKekRole).toString();
    const int version = m_kekVersion->currentData(kKekVersionRole).toInt();
    const QSignalBlocker block(m_kekVersion);
    m_kekVersion->setCurrentIndex(0);
    while (m_kekVersion->count() > 1)
        m_kekVersion->removeItem(1);
    for (const keys::KekVersion& v : versions) {
        m_kekVersion->addItem(
            tr("%1 (%2)").arg(kekVersionText(v.kek, v.version), kekVersionStateText(v.state)));
        const int i = m_kekVersion->count() - 1;
        m_kekVersion->setItemData(i, keys::kekCode(v.kek), kKekRole);
        m_kekVersion->setItemData(i, v.version, kKekVersionRole);
        if (keys::kekCode(v.kek) == kek && v.version == version)
            m_kekVersion->setCurrentIndex(i);
    }
}

void KeyStatesView::applyFilter() {
    setFilter(filterFromBar());
}

void KeyStatesView::setFilter(const rekey::KeyStateFilter& filter) {
    m_countLabel->setText(tr("Counting…"));
    m_model->setFilter(filter);
    if (m_countsRequest)
        m_countsReader->cancel(m_countsRequest);
    m_countsRequest = m_countsReader->requestCounts(filter);
}

void KeyStatesView::onCountChanged(qint64 count) {
    m_error->hide();
    m_countLabel->setText(tr("%1 key record(s)").arg(QLocale().toString(count)));
    if (count == 0 && !m_loaded) {
        m_loaded = true;
        Q_EMIT loaded();
    }
}

void KeyStatesView::onPageLoaded(int page) {
    if (!m_loaded) {
        m_loaded = true;
        Q_EMIT loaded();
    }
    const int row = m_table->currentIndex().row();
    if (row >= 0 && row / KeyStateTableModel::kPageSize == page && m_detail->shownKeyId() == 0)
        onCurrentRowChanged();
}

void KeyStatesView::onCurrentRowChanged() {
    const int row = m_table->currentIndex().row();
    if (const rekey::KeyStateRow* k = m_model->keyAt(row))
        m_detail->showKey(*k);
    else
        m_detail->showNothing();
}

QString KeyStatesView::currentDeviceId() const {
    const rekey::KeyStateRow* k = m_model->keyAt(m_table->currentIndex().row());
    return k ? k->deviceId : QString();
}

void KeyStatesView::showContextMenu(const QPoint& pos) {
    const QModelIndex index = m_table->indexAt(pos);
    if (!index.isValid() || !m_model->keyAt(index.row()))
        return;
    m_table->setCurrentIndex(index);
    QMenu menu(this);
    menu.setToolTipsVisible(true);
    menu.addAction(m_markCompromised);
    menu.addAction(m_rekeyDevice);
    menu.exec(m_table->viewport()->mapToGlobal(pos));
}

void KeyStatesView::promptMarkCompromised(const QString& deviceId) {
    if (!RoleGate::allows(m_ws, GatedAction::MarkCompromised))
        return;
    if (m_keysRequest)
        m_reader->cancel(m_keysRequest);
    m_keysRequest = m_reader->requestDeviceKeys(deviceId);
}

void KeyStatesView::markCompromised(const QString& deviceId, const QString& kind, const QString& reference) {
    workspace::Workspace* ws = &m_ws;
    using Outcome = Result<rekey::KeyCompromise::Marked>;
    const auto done = [this, deviceId](Outcome result) {
        const Result<rekey::KeyCompromise::Marked> r = result;
        if (!r) {
            Q_EMIT compromiseFailed(r.error().message);
            return;
        }
        Q_EMIT compromiseMarked(deviceId, r->keys);
        refresh();
    };
    OperationRunner::start(
        this,
        [ws, deviceId, kind, reference] {
            return Outcome(rekey::KeyCompromise::mark(*ws, deviceId, kind, reference));
        },
        done);
}

} // namespace symbolon::ui
