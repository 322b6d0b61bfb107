#include "devices/DevicesView.h"

#include "common/CopyCellAction.h"
#include "common/DatabaseReader.h"
#include "common/DeviceFilterBar.h"
#include "common/DeviceText.h"
#include "common/PagedTableView.h"
#include "common/PlainTextGuard.h"
#include "common/StatusColor.h"
#include "devices/DeviceDetailPane.h"
#include "devices/DeviceTableModel.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QScrollArea>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace symbolon::ui {

DevicesView::DevicesView(DatabaseReader& reader, QWidget* parent) : QWidget(parent), m_reader(reader) {
    PlainTextGuard::install(); // data in labels, message boxes and tooltips is plain text
    setObjectName(QStringLiteral("devicesView"));
    auto* layout = new QVBoxLayout(this);

    m_filters = new DeviceFilterBar(DeviceFilterBar::Subject::Devices, this);
    m_search = m_filters->textField();
    auto* find = new QAction(tr("Find devices"), this);
    find->setObjectName(QStringLiteral("actionFindDevices"));
    find->setShortcut(QKeySequence::Find);
    find->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(find, &QAction::triggered, m_search, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });
    addAction(find);
    connect(m_filters, &DeviceFilterBar::changed, this, &DevicesView::applyFilter);
    layout->addWidget(m_filters);

    auto* status = new QHBoxLayout();
    m_countLabel = new QLabel(tr("Counting…"), this);
    m_countLabel->setObjectName(QStringLiteral("devicesCount"));
    status->addWidget(m_countLabel);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("devicesError"));
    m_error->setStyleSheet(QStringLiteral("color: %1;").arg(statusColorName(StatusTone::Error)));
    m_error->setWordWrap(true);
    m_error->hide();
    status->addWidget(m_error, 1);
    layout->addLayout(status);

    m_model = new DeviceTableModel(m_reader, this);
    m_model->setObjectName(QStringLiteral("deviceTableModel"));
    m_table = new QTableView(this);
    addCopyCellAction(m_table); // Ctrl+C; the context menu stays the view's own
    m_table->setObjectName(QStringLiteral("devicesTable"));
    m_table->setAccessibleName(tr("Devices"));
    setUpPagedTable(m_table, m_model, DeviceTableModel::DeviceIdColumn);
    // Widths from what the columns hold (or their header, with room for the sort arrow), so that
    // all nine fit at 1400 px without eliding anything a custodian compares.
    const QFontMetrics fm = m_table->fontMetrics();
    const QFontMetrics mono(QFont(QStringLiteral("monospace")));
    const int pad = 18;
    const int contents[] = {
        mono.horizontalAdvance(QStringLiteral("00-00-00-00-00-00-00-00")),
        fm.horizontalAdvance(QStringLiteral("PPMID")),
        fm.horizontalAdvance(QStringLiteral("IOC")),
        fm.horizontalAdvance(QStringLiteral("Northgate S1SP")),
        fm.horizontalAdvance(QStringLiteral("Fenwick Communications")),
        fm.horizontalAdvance(QStringLiteral("FC-GPF1")),
        fm.horizontalAdvance(QStringLiteral("2024-12-12 04:17")),
        fm.horizontalAdvance(QStringLiteral("2024-12-12 04:17")),
        fm.horizontalAdvance(QStringLiteral("Overdue")),
    };
    for (int c = 0; c < DeviceTableModel::ColumnCount; ++c) {
        const int header = fm.horizontalAdvance(m_model->headerData(c, Qt::Horizontal).toString()) + 28;
        m_table->setColumnWidth(c, qMax(header, contents[c] + pad));
    }

    m_detail = new DeviceDetailPane(this);
    auto* detailScroll = new QScrollArea(this);
    detailScroll->setObjectName(QStringLiteral("deviceDetailScroll"));
    detailScroll->setWidget(m_detail);
    detailScroll->setWidgetResizable(true);
    detailScroll->setFrameShape(QFrame::NoFrame);
    detailScroll->setMinimumHeight(120);

    // The detail pane goes under the table: the table needs the full width for its nine columns.
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("devicesSplitter"));
    splitter->addWidget(m_table);
    splitter->addWidget(detailScroll);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 0);
    splitter->setSizes({600, 200});
    splitter->setChildrenCollapsible(false);
    layout->addWidget(splitter, 1);

    connect(m_model, &DeviceTableModel::countChanged, this, &DevicesView::onCountChanged);
    connect(m_model, &DeviceTableModel::pageLoaded, this, &DevicesView::onPageLoaded);
    connect(m_model, &DeviceTableModel::loadFailed, this, [this](const QString& message) {
        m_error->setText(tr("Could not read the inventory: %1").arg(message));
        m_error->show();
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, &DevicesView::onCurrentRowChanged);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &DevicesView::onCurrentRowChanged);

    connect(&m_reader, &DatabaseReader::s1spsReady, this, [this](quint64 id, const QStringList& s1sps) {
        if (id == m_s1spRequest)
            m_filters->setS1sps(s1sps);
    });
    m_s1spRequest = m_reader.requestS1sps();

    // The responder's actions on a device (the owner gates them by role).
    m_markCompromised = new QAction(tr("&Mark compromised…"), this);
    m_markCompromised->setObjectName(QStringLiteral("actionDevicesMarkCompromised"));
    m_rekeyDevice = new QAction(tr("&Re-key this device…"), this);
    m_rekeyDevice->setObjectName(QStringLiteral("actionDevicesRekeyDevice"));
    connect(m_markCompromised, &QAction::triggered, this, [this] {
        if (const QString id = currentDeviceId(); !id.isEmpty())
            Q_EMIT markCompromisedRequested(id);
    });
    connect(m_rekeyDevice, &QAction::triggered, this, [this] {
        if (const QString id = currentDeviceId(); !id.isEmpty())
            Q_EMIT rekeyRequested(id);
    });
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_table, &QWidget::customContextMenuRequested, this, [this](const QPoint& pos) {
        const QModelIndex index = m_table->indexAt(pos);
        if (!index.isValid() || !m_model->deviceAt(index.row()))
            return;
        m_table->setCurrentIndex(index);
        QMenu menu(this);
        menu.setToolTipsVisible(true);
        menu.addActions({m_markCompromised, m_rekeyDevice});
        menu.exec(m_table->viewport()->mapToGlobal(pos));
    });
}

QString DevicesView::currentDeviceId() const {
    const inventory::DeviceRow* d = m_model->deviceAt(m_table->currentIndex().row());
    return d ? d->deviceId : QString();
}

void DevicesView::refresh() {
    m_s1spRequest = m_reader.requestS1sps();
    m_model->refresh();
}

void DevicesView::applyFilter() {
    m_countLabel->setText(tr("Counting…"));
    m_model->setFilter(m_filters->filter());
}

void DevicesView::onCountChanged(qint64 count) {
    m_error->hide();
    m_countLabel->setText(deviceCountText(count));
    if (count == 0 && !m_loaded) {
        m_loaded = true;
        Q_EMIT loaded();
    }
}

void DevicesView::onPageLoaded(int page) {
    if (!m_loaded) {
        m_loaded = true;
        Q_EMIT loaded();
    }
    const int row = m_table->currentIndex().row();
    if (row >= 0 && row / DeviceTableModel::kPageSize == page && m_detail->shownDeviceId().isEmpty())
        onCurrentRowChanged();
}

void DevicesView::onCurrentRowChanged() {
    const int row = m_table->currentIndex().row();
    if (const inventory::DeviceRow* d = m_model->deviceAt(row))
        m_detail->showDevice(*d);
    else
        m_detail->showNothing(); // its page is on its way: onPageLoaded shows it
}

} // namespace symbolon::ui
