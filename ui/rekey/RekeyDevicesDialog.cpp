#include "rekey/RekeyDevicesDialog.h"

#include "common/DeviceText.h"
#include "common/OperationRunner.h"
#include "rekey/RekeyDeviceListModel.h"
#include "rekey/RekeyRunQuery.h"
#include "store/Database.h"
#include "workspace/Workspace.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

namespace symbolon::ui {

RekeyDevicesDialog::RekeyDevicesDialog(const QString& title, const QStringList& deviceIds,
                                       const QString& kinds, QWidget* parent)
    : QDialog(parent) {
    build(title);
    m_model->setPlanned(deviceIds, kinds);
    showCount();
}

RekeyDevicesDialog::RekeyDevicesDialog(workspace::Workspace& ws, qint64 run, const QString& kinds,
                                       QWidget* parent)
    : QDialog(parent) {
    build(tr("Devices of re-key run %1").arg(run));
    m_loading = true;
    m_summary->setText(tr("Reading the devices of run %1…").arg(run));
    workspace::Workspace* w = &ws;
    using Outcome = Result<QVector<rekey::RekeyRunDevice>>;
    OperationRunner::start(
        this,
        [w, run] {
            auto db = w->openConnection(true);
            if (!db)
                return Outcome(db.error());
            return Outcome(rekey::RekeyRunQuery::devices(**db, run));
        },
        [this, kinds](Outcome result) {
            m_loading = false;
            if (!result)
                m_summary->setText(result.error().message);
            else {
                m_model->setRun(std::move(*result), kinds);
                showCount();
            }
            Q_EMIT loaded();
        });
}

void RekeyDevicesDialog::build(const QString& title) {
    setObjectName(QStringLiteral("rekeyDevicesDialog"));
    setWindowTitle(title);
    auto* layout = new QVBoxLayout(this);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("rekeyDevicesSummary"));
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    m_model = new RekeyDeviceListModel(this);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("rekeyDevicesTable"));
    m_table->setAccessibleName(tr("Devices"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->setVisible(false);
    // Fixed heights, no content-based sizing: the view must never touch every row.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->resizeSection(
        RekeyDeviceListModel::DeviceColumn,
        m_table->fontMetrics().horizontalAdvance(QStringLiteral("00-00-00-00-00-00-00-00")) + 24);
    layout->addWidget(m_table, 1);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(720, 520);
}

void RekeyDevicesDialog::showCount() {
    m_summary->setText(tr("%1, in the order they are re-keyed.").arg(deviceCountText(m_model->rowCount())));
}

} // namespace symbolon::ui
