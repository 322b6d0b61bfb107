#include "hsm/KekVersionTable.h"

#include "common/DeviceText.h"
#include "common/KekText.h"
#include "common/OperationRunner.h"
#include "common/StatusColor.h"
#include "keys/KekVersionStore.h"
#include "store/Database.h"
#include "workspace/Workspace.h"

#include <QHeaderView>
#include <QLocale>

#include <memory>

namespace symbolon::ui {

namespace {
using Versions = Result<QVector<keys::KekVersion>>;

QTableWidgetItem* cell(const QString& text, const QString& toolTip = QString()) {
    auto* item = new QTableWidgetItem(text);
    item->setToolTip(toolTip);
    return item;
}
} // namespace

KekVersionTable::KekVersionTable(workspace::Workspace& ws, QWidget* parent) : QTableWidget(parent), m_ws(ws) {
    setObjectName(QStringLiteral("hsmKekVersionTable"));
    setAccessibleName(tr("KEK versions"));
    setColumnCount(ColumnCount);
    setHorizontalHeaderLabels(
        {tr("KEK version"), tr("State"), tr("KCV"), tr("Packages"), tr("Since"), tr("PMA instruction")});
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    verticalHeader()->hide();
    horizontalHeader()->setStretchLastSection(true);
    refresh();
}

void KekVersionTable::refresh() {
    if (m_loading) {
        m_again = true; // a ceremony may have changed them since this read began
        return;
    }
    m_loading = true;
    workspace::Workspace* ws = &m_ws;
    const auto done = [this](std::shared_ptr<Versions> result) {
        m_loading = false;
        if (m_again) {
            m_again = false;
            refresh();
            return;
        }
        setRowCount(0);
        if (!result->ok()) {
            setRowCount(1);
            setItem(0, VersionColumn,
                    cell(tr("The KEK versions cannot be read: %1").arg(result->error().message)));
            Q_EMIT loaded();
            return;
        }
        const QLocale locale;
        for (const keys::KekVersion& v : result->value()) {
            const int row = rowCount();
            setRowCount(row + 1);
            auto* state = cell(kekVersionStateText(v.state), keys::kekVersionStateName(v.state));
            if (v.state == keys::KekVersionState::Active)
                state->setForeground(statusColor(StatusTone::Ok, palette()));
            else if (v.state == keys::KekVersionState::Retiring)
                state->setForeground(statusColor(StatusTone::Warning, palette()));
            setItem(row, VersionColumn, cell(kekVersionText(v.kek, v.version), v.label));
            setItem(row, StateColumn, state);
            setItem(row, KcvColumn, cell(v.kcv));
            setItem(row, PackagesColumn, cell(locale.toString(v.packages)));
            setItem(row, SinceColumn, cell(utcText(v.stateChangedAt)));
            setItem(row, PmaColumn, cell(v.pmaReference.isEmpty() ? tr("—") : v.pmaReference));
        }
        resizeColumnsToContents();
        Q_EMIT loaded();
    };
    OperationRunner::start(
        this,
        [ws] {
            auto db = ws->openConnection(true);
            if (!db)
                return std::make_shared<Versions>(db.error());
            return std::make_shared<Versions>(keys::KekVersionStore::all(**db));
        },
        done);
}

} // namespace symbolon::ui
