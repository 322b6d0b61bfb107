#include "rekey/RekeyRunsDialog.h"

#include "common/DeviceText.h"
#include "common/OperationRunner.h"
#include "common/RoleGate.h"
#include "common/StatusColor.h"
#include "rekey/Confirmation.h"
#include "rekey/InstructionBatch.h"
#include "rekey/RekeyDevicesDialog.h"
#include "rekey/RekeyExclusion.h"
#include "rekey/RekeyRunQuery.h"
#include "store/Database.h"
#include "workspace/Workspace.h"

#include <QCheckBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace symbolon::ui {

namespace {
QString number(qint64 n) {
    return QLocale().toString(n);
}
} // namespace

RekeyRunsDialog::RekeyRunsDialog(workspace::Workspace& ws, QWidget* parent) : QDialog(parent), m_ws(ws) {
    build();
    reload();
}

void RekeyRunsDialog::build() {
    setObjectName(QStringLiteral("rekeyRunsDialog"));
    setWindowTitle(tr("Re-key runs — Symbolon"));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("Every re-key run of this workspace. Select one to resume it, export its "
                                "instruction batch for the DCO, exclude the devices that failed or that the "
                                "DCO refused, or list its devices."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(QStringLiteral("rekeyRunsTable"));
    m_table->setAccessibleName(tr("Re-key runs"));
    m_table->setHorizontalHeaderLabels({tr("Run"), tr("Justification"), tr("State"), tr("Kinds"),
                                        tr("Devices"), tr("Confirmed"), tr("Failed or refused"),
                                        tr("Excluded"), tr("Outstanding"), tr("Created (UTC)")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(JustificationColumn, QHeaderView::Stretch);
    layout->addWidget(m_table, 1);

    auto* runButtons = new QHBoxLayout();
    m_resume = new QPushButton(tr("&Resume…"), this);
    m_resume->setObjectName(QStringLiteral("rekeyRunsResumeButton"));
    m_resume->setToolTip(tr("Re-key the run's pending devices under a new quorum approval."));
    m_batch = new QPushButton(tr("Export &batch…"), this);
    m_batch->setObjectName(QStringLiteral("rekeyRunsBatchButton"));
    m_batch->setToolTip(tr("The signed instruction batch for the DCO, from the committed devices."));
    m_resend = new QCheckBox(tr("Re-&send those awaiting confirmation"), this);
    m_resend->setObjectName(QStringLiteral("rekeyRunsResendCheck"));
    m_resend->setToolTip(tr("Also the devices sent before and not yet confirmed (the same instructions), "
                            "except those excluded."));
    m_exclude = new QPushButton(tr("E&xclude failed and refused…"), this);
    m_exclude->setObjectName(QStringLiteral("rekeyRunsExcludeButton"));
    m_exclude->setToolTip(tr("Take the devices that failed, or that the DCO refused, out of the run (with "
                             "the reason, journaled) so that the rest go on."));
    m_devices = new QPushButton(tr("Show &devices…"), this);
    m_devices->setObjectName(QStringLiteral("rekeyRunsDevicesButton"));
    runButtons->addWidget(m_resume);
    runButtons->addWidget(m_batch);
    runButtons->addWidget(m_resend);
    runButtons->addWidget(m_exclude);
    runButtons->addWidget(m_devices);
    runButtons->addStretch(1);
    layout->addLayout(runButtons);

    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("rekeyRunsProgress"));
    m_progress->setRange(0, 0);
    m_progress->setTextVisible(false);
    m_progress->hide();
    layout->addWidget(m_progress);
    m_outcome = new QLabel(this);
    m_outcome->setObjectName(QStringLiteral("rekeyRunsOutcome"));
    m_outcome->setAccessibleName(tr("Outcome"));
    m_outcome->setTextFormat(Qt::PlainText);
    m_outcome->setWordWrap(true);
    m_outcome->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_outcome);
    m_details = new QPlainTextEdit(this);
    m_details->setObjectName(QStringLiteral("rekeyRunsDetails"));
    m_details->setAccessibleName(tr("Outcome details"));
    m_details->setReadOnly(true);
    m_details->setMaximumHeight(120);
    m_details->hide();
    layout->addWidget(m_details);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_import = buttons->addButton(tr("&Import DCO confirmations…"), QDialogButtonBox::ActionRole);
    m_import->setObjectName(QStringLiteral("rekeyRunsImportButton"));
    m_refresh = buttons->addButton(tr("Re&fresh"), QDialogButtonBox::ActionRole);
    m_refresh->setObjectName(QStringLiteral("rekeyRunsRefreshButton"));
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::rejected, this, &RekeyRunsDialog::reject);
    connect(m_refresh, &QPushButton::clicked, this, &RekeyRunsDialog::reload);
    connect(m_import, &QPushButton::clicked, this, &RekeyRunsDialog::chooseConfirmationsFile);
    connect(m_batch, &QPushButton::clicked, this, &RekeyRunsDialog::chooseBatchFile);
    connect(m_exclude, &QPushButton::clicked, this, &RekeyRunsDialog::askAndExclude);
    connect(m_devices, &QPushButton::clicked, this, [this] {
        if (const qint64 run = selectedRun())
            showDevices(run);
    });
    connect(m_resume, &QPushButton::clicked, this, [this] {
        const qint64 run = selectedRun();
        if (!run || m_busy)
            return;
        accept(); // the resume wizard takes over (it writes through the same connection)
        Q_EMIT resumeRequested(run);
    });
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &RekeyRunsDialog::updateButtons);
    connect(m_table, &QTableWidget::cellDoubleClicked, this, [this](int row, int) {
        if (row >= 0 && row < m_runs.size())
            showDevices(m_runs[row].run);
    });
    resize(1000, 560); // fits a 1024×700 screen
    updateButtons();
}

void RekeyRunsDialog::reload() {
    if (m_busy)
        return;
    setBusy(true); // the last outcome stays shown while the list is read again
    const qint64 keep = selectedRun();
    workspace::Workspace* ws = &m_ws;
    using Outcome = Result<QVector<rekey::RekeyRunSummary>>;
    OperationRunner::start(
        this,
        [ws] {
            auto db = ws->openConnection(true);
            if (!db)
                return Outcome(db.error());
            return Outcome(rekey::RekeyRunQuery::all(**db));
        },
        [this, keep](Outcome result) {
            setBusy(false);
            if (!result) {
                showOutcome(false, result.error().message);
                Q_EMIT runsLoaded();
                return;
            }
            m_runs = *result;
            std::reverse(m_runs.begin(), m_runs.end()); // newest first
            m_table->setRowCount(0);
            m_table->setRowCount(static_cast<int>(m_runs.size()));
            for (int row = 0; row < m_runs.size(); ++row) {
                const rekey::RekeyRunSummary& r = m_runs[row];
                QString why = r.reason;
                if (!r.pmaReference.isEmpty())
                    why = why.isEmpty() ? tr("PMA %1").arg(r.pmaReference)
                                        : tr("PMA %1: %2").arg(r.pmaReference, r.reason);
                if (why.isEmpty())
                    why = tr("(no reason given)");
                const QStringList cells{number(r.run),
                                        why,
                                        rekey::runStateCode(r.state),
                                        r.kinds,
                                        number(r.total()),
                                        number(r.confirmed),
                                        number(r.failedOpen + r.refused),
                                        number(r.excluded),
                                        number(r.outstanding),
                                        utcText(r.createdAt)};
                for (int c = 0; c < cells.size(); ++c) {
                    auto* item = new QTableWidgetItem(cells[c]);
                    if (c != JustificationColumn && c != StateColumn && c != KindsColumn &&
                        c != CreatedColumn)
                        item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
                    if (c == JustificationColumn)
                        item->setToolTip(why);
                    if (c == FailedColumn && r.failedOpen + r.refused > 0)
                        item->setForeground(statusColor(StatusTone::Error, palette()));
                    m_table->setItem(row, c, item);
                }
            }
            if (!selectRun(keep) && !m_runs.isEmpty())
                m_table->selectRow(0);
            if (m_runs.isEmpty())
                showOutcome(true, tr("No re-key run yet: plan one with Re-key ▸ Re-key…."));
            updateButtons();
            Q_EMIT runsLoaded();
        });
}

bool RekeyRunsDialog::selectRun(qint64 run) {
    for (int row = 0; row < m_runs.size(); ++row)
        if (m_runs[row].run == run) {
            m_table->selectRow(row);
            return true;
        }
    return false;
}

qint64 RekeyRunsDialog::selectedRun() const {
    const rekey::RekeyRunSummary* r = selected();
    return r ? r->run : 0;
}

const rekey::RekeyRunSummary* RekeyRunsDialog::selected() const {
    const auto rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return nullptr;
    const int row = rows.front().row();
    return row >= 0 && row < m_runs.size() ? &m_runs[row] : nullptr;
}

void RekeyRunsDialog::updateButtons() {
    const rekey::RekeyRunSummary* r = m_busy ? nullptr : selected();
    RoleGate::gate(m_resume, m_ws, GatedAction::ExecuteReKey);
    RoleGate::gate(m_batch, m_ws, GatedAction::ExecuteReKey);
    RoleGate::gate(m_exclude, m_ws, GatedAction::PlanReKey);
    RoleGate::gate(m_import, m_ws, GatedAction::ConfirmActivation);
    m_resume->setEnabled(m_resume->isEnabled() && r && rekey::canResume(r->state) && r->pending > 0);
    m_batch->setEnabled(m_batch->isEnabled() && r && (r->committed > 0 || r->distributed > 0));
    m_resend->setEnabled(m_batch->isEnabled());
    m_exclude->setEnabled(m_exclude->isEnabled() && r && r->failedOpen + r->refused > 0);
    m_import->setEnabled(m_import->isEnabled() && !m_busy);
    m_devices->setEnabled(r != nullptr);
    m_refresh->setEnabled(!m_busy);
}

void RekeyRunsDialog::setBusy(bool busy, const QString& doing) {
    m_busy = busy;
    m_progress->setVisible(busy);
    if (busy && !doing.isEmpty()) {
        m_outcome->setStyleSheet(QString());
        m_outcome->setText(doing);
        m_details->hide();
    }
    updateButtons();
}

void RekeyRunsDialog::showOutcome(bool ok, const QString& summary, const QStringList& details) {
    m_outcome->setStyleSheet(ok ? QString() : statusStyleSheet(StatusTone::Error));
    m_outcome->setText(summary);
    m_details->setPlainText(details.join(QLatin1Char('\n')));
    m_details->setVisible(!details.isEmpty());
}

QString RekeyRunsDialog::outcomeText() const {
    QString t = m_outcome->text();
    if (m_details->isVisible())
        t += QLatin1Char('\n') + m_details->toPlainText();
    return t;
}

void RekeyRunsDialog::reject() {
    if (m_busy)
        return; // an import, export or exclusion is running: it finishes first
    QDialog::reject();
}

void RekeyRunsDialog::chooseConfirmationsFile() {
    if (m_busy || !RoleGate::allows(m_ws, GatedAction::ConfirmActivation))
        return;
    const QString path = QFileDialog::getOpenFileName(this, tr("Import the DCO's confirmations"), QString(),
                                                      tr("JSON Lines (*.jsonl);;All files (*)"));
    if (!path.isEmpty())
        importConfirmations(path);
}

void RekeyRunsDialog::importConfirmations(const QString& path) {
    if (m_busy || !RoleGate::allows(m_ws, GatedAction::ConfirmActivation))
        return;
    setBusy(true, tr("Importing the confirmations in %1…").arg(QFileInfo(path).fileName()));
    workspace::Workspace* ws = &m_ws;
    using Outcome = Result<rekey::Confirmation::Applied>;
    OperationRunner::start(
        this,
        [ws, path] {
            QFile f(path); // read here, not in the GUI thread: a batch's results can be large
            if (!f.open(QIODevice::ReadOnly))
                return Outcome(fail(ErrorCode::Io, QCoreApplication::translate(
                                                       "symbolon::ui::RekeyRunsDialog", "Cannot read %1: %2.")
                                                       .arg(path, f.errorString())));
            return Outcome(rekey::Confirmation::apply(*ws, f.readAll(), QFileInfo(path).fileName()));
        },
        [this, path](Outcome a) {
            setBusy(false);
            if (!a) {
                showOutcome(false, tr("The confirmations in %1 were not imported: %2")
                                       .arg(QFileInfo(path).fileName(), a.error().message));
                Q_EMIT operationEnded(false);
                return;
            }
            QStringList details;
            for (const QString& f : a->failed)
                details << tr("Failed: %1").arg(f);
            showOutcome(a->failed.isEmpty(),
                        tr("Imported %1: %2 confirmed — %3 key(s) now Active, %4 superseded; %5 already "
                           "confirmed; %6 failed (still Distributed: re-send them, or exclude them). "
                           "Journal entry #%7.")
                            .arg(QFileInfo(path).fileName(), deviceCountText(a->activated),
                                 number(a->keysActivated), number(a->keysSuperseded),
                                 number(a->alreadyConfirmed), number(a->failed.size()))
                            .arg(a->journalSeq),
                        details);
            Q_EMIT workspaceChanged();
            Q_EMIT operationEnded(true);
            reload();
        });
}

void RekeyRunsDialog::chooseBatchFile() {
    const qint64 run = selectedRun();
    if (!run || m_busy)
        return;
    const bool resend = m_resend->isChecked();
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export the instruction batch"),
        resend ? QStringLiteral("rekey-run-%1-instructions-resend.jsonl").arg(run)
               : QStringLiteral("rekey-run-%1-instructions.jsonl").arg(run),
        tr("JSON Lines (*.jsonl)"));
    if (!path.isEmpty())
        exportBatch(run, path, resend);
}

void RekeyRunsDialog::exportBatch(qint64 run, const QString& path, bool resend) {
    if (m_busy || !RoleGate::allows(m_ws, GatedAction::ExecuteReKey))
        return;
    setBusy(true, tr("Writing the instruction batch of run %1…").arg(run));
    workspace::Workspace* ws = &m_ws;
    using Outcome = Result<rekey::InstructionBatch::Written>;
    OperationRunner::start(
        this,
        [ws, run, path, resend] { return Outcome(rekey::InstructionBatch::write(*ws, run, path, resend)); },
        [this, run, path](Outcome w) {
            setBusy(false);
            if (!w) {
                showOutcome(false, tr("No instruction batch for run %1: %2").arg(run).arg(w.error().message));
                Q_EMIT operationEnded(false);
                return;
            }
            showOutcome(true,
                        tr("Instruction batch for run %1 in %2: %3 (%4 newly distributed), SHA-256 %5. "
                           "Journal entry #%6.")
                            .arg(run)
                            .arg(path, deviceCountText(w->devices), number(w->newlyDistributed), w->sha256)
                            .arg(w->journalSeq));
            Q_EMIT workspaceChanged();
            Q_EMIT operationEnded(true);
            reload();
        });
}

void RekeyRunsDialog::askAndExclude() {
    const rekey::RekeyRunSummary* r = selected();
    if (!r || m_busy)
        return;
    const qint64 run = r->run;
    bool ok = false;
    const QString reason = QInputDialog::getText(
        this, tr("Exclude failed and refused devices"),
        tr("Run %1 has %2 that failed and %3 that the DCO refused. Excluded, they are no longer re-keyed nor "
           "re-sent, and the rest of the run goes on. Why (journaled)?")
            .arg(run)
            .arg(deviceCountText(r->failedOpen), deviceCountText(r->refused)),
        QLineEdit::Normal, QString(), &ok);
    if (ok)
        excludeFailedAndRefused(run, reason);
}

void RekeyRunsDialog::excludeFailedAndRefused(qint64 run, const QString& reason) {
    if (m_busy || !RoleGate::allows(m_ws, GatedAction::PlanReKey))
        return;
    setBusy(true, tr("Excluding the failed and refused devices of run %1…").arg(run));
    workspace::Workspace* ws = &m_ws;
    using Outcome = Result<rekey::RekeyExclusion::Excluded>;
    OperationRunner::start(
        this,
        [ws, run, reason] {
            auto ids = rekey::RekeyExclusion::candidates(*ws, run);
            if (!ids)
                return Outcome(ids.error());
            return Outcome(rekey::RekeyExclusion::exclude(*ws, run, *ids, reason));
        },
        [this, run](Outcome x) {
            setBusy(false);
            if (!x) {
                showOutcome(false,
                            tr("Nothing was excluded from run %1: %2").arg(run).arg(x.error().message));
                Q_EMIT operationEnded(false);
                return;
            }
            // What goes on now, from the counts before the exclusion.
            QStringList next;
            if (x->runClosed)
                next << tr("No device is left pending: the run is closed.");
            for (const rekey::RekeyRunSummary& r : m_runs) {
                if (r.run != run)
                    continue;
                const qint64 pending = r.pending - x->pending;
                const qint64 awaiting =
                    r.outstanding - r.pending - r.committed - r.refused; // sent, no result
                if (pending > 0 && !x->runClosed)
                    next << tr("Resume the run for its %1 still pending.").arg(deviceCountText(pending));
                if (awaiting > 0)
                    next << tr("Export the batch with Re-send for the %1 awaiting confirmation.")
                                .arg(deviceCountText(awaiting));
            }
            showOutcome(true, tr("Excluded from run %1: %2 that failed, %3 that the DCO refused. %4 Journal "
                                 "entry #%5.")
                                  .arg(run)
                                  .arg(deviceCountText(x->failed + x->pending), deviceCountText(x->refused),
                                       next.join(QLatin1Char(' ')))
                                  .arg(x->journalSeq));
            Q_EMIT workspaceChanged();
            Q_EMIT operationEnded(true);
            reload();
        });
}

RekeyDevicesDialog* RekeyRunsDialog::showDevices(qint64 run) {
    QString kinds;
    for (const rekey::RekeyRunSummary& r : m_runs)
        if (r.run == run)
            kinds = r.kinds;
    auto* d = new RekeyDevicesDialog(m_ws, run, kinds, this);
    d->setAttribute(Qt::WA_DeleteOnClose);
    d->show();
    return d;
}

} // namespace symbolon::ui
