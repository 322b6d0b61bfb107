#include "journal/JournalView.h"

#include "journal/EvidenceExportedDialog.h"

#include "common/CopyCellAction.h"
#include "common/OperationRunner.h"
#include "common/PlainTextGuard.h"
#include "common/RoleGate.h"
#include "journal/EvidenceExportedDialog.h"
#include "journal/JournalDetailPane.h"
#include "journal/JournalFilterBar.h"
#include "journal/JournalReader.h"
#include "journal/JournalTableModel.h"
#include "journal/ReportPdf.h"
#include "journal/RiskReviewDialog.h"
#include "journal/VerificationBanner.h"
#include "workspace/Workspace.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QProgressDialog>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace symbolon::ui {

JournalView::JournalView(workspace::Workspace& ws, QWidget* parent) : QWidget(parent), m_ws(ws) {
    PlainTextGuard::install(); // data in labels, message boxes and tooltips is plain text
    setObjectName(QStringLiteral("journalView"));
    m_reader = std::make_unique<JournalReader>(ws);
    m_reader->setObjectName(QStringLiteral("journalReader"));
    m_reader->start();

    auto* l = new QVBoxLayout(this);
    l->setContentsMargins(0, 0, 0, 0);
    m_banner = new VerificationBanner(ws, this);
    l->addWidget(m_banner);
    m_filterBar = new JournalFilterBar(this);
    l->addWidget(m_filterBar);

    auto* split = new QSplitter(Qt::Vertical, this); // the table full width, the entry below
    split->setObjectName(QStringLiteral("journalSplitter"));
    auto* left = new QWidget(split);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    m_model = new JournalTableModel(*m_reader, this);
    m_table = new QTableView(left);
    addCopyCellAction(m_table);
    m_table->setObjectName(QStringLiteral("journalTable"));
    m_table->setAccessibleName(tr("Journal entries"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    QHeaderView* h = m_table->horizontalHeader();
    h->setStretchLastSection(true);
    // Fixed widths from sample text: ResizeToContents would ask a paged model for every row.
    const QFontMetrics fm = m_table->fontMetrics();
    auto width = [&fm](const char* sample) { return fm.horizontalAdvance(QString::fromLatin1(sample)) + 24; };
    h->resizeSection(JournalTableModel::SeqColumn, width("0000000"));
    h->resizeSection(JournalTableModel::TimeColumn, width("2026-11-24 07:08:43"));
    h->resizeSection(JournalTableModel::ActorColumn, width("Alice Hughes [card 09858761]"));
    h->resizeSection(JournalTableModel::RoleColumn, width("custodian"));
    h->resizeSection(JournalTableModel::ActionColumn, width("ceremony.kek-generation"));
    h->resizeSection(JournalTableModel::TargetColumn, width("00-DB-12-34-56-78"));
    h->resizeSection(JournalTableModel::OutcomeColumn, width("completed"));
    leftLayout->addWidget(m_table, 1);
    m_status = new QLabel(left);
    m_status->setObjectName(QStringLiteral("journalStatus"));
    leftLayout->addWidget(m_status);
    m_detail = new JournalDetailPane(ws.registeredCards(), split);
    split->addWidget(left);
    split->addWidget(m_detail);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setSizes({420, 330});
    l->addWidget(split, 1);

    connect(m_filterBar, &JournalFilterBar::filterChanged, m_model, &JournalTableModel::setFilter);
    connect(m_model, &JournalTableModel::countChanged, this, &JournalView::onCount);
    connect(m_model, &JournalTableModel::loadFailed, this, [this](const QString& message) {
        m_status->setText(tr("Could not read the journal: %1").arg(message));
    });
    connect(m_model, &JournalTableModel::pageLoaded, this, [this] {
        m_pageShown = true;
        onSelection(); // the selected row's page may just have arrived
        checkLoaded();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &JournalView::onSelection);
    connect(m_banner, &VerificationBanner::verified, this, &JournalView::checkLoaded);

    m_exportAction = new QAction(tr("&Export evidence pack…"), this);
    m_exportAction->setObjectName(QStringLiteral("actionExportEvidence"));
    m_exportAction->setStatusTip(
        tr("Journal extract, checkpoints, public key and report (HTML and PDF) in a folder "
           "that can be verified with no workspace"));
    connect(m_exportAction, &QAction::triggered, this, &JournalView::exportEvidence);
    RoleGate::gate(m_exportAction, ws, GatedAction::ExportEvidence);

    m_riskReviewAction = new QAction(tr("Record &risk review…"), this);
    m_riskReviewAction->setObjectName(QStringLiteral("actionRecordRiskReview"));
    m_riskReviewAction->setStatusTip(tr("Record the 5-yearly risk review (CKMP (b)(iii))"));
    connect(m_riskReviewAction, &QAction::triggered, this, &JournalView::recordRiskReview);
    RoleGate::gate(m_riskReviewAction, ws, GatedAction::RecordRiskReview);
}

JournalView::~JournalView() {
    if (m_export)
        m_export->waitForFinished(); // the export writes through m_ws
    // The model holds a reference to the reader: stop the thread before either goes.
    m_reader->stop();
}

void JournalView::refresh() {
    m_model->refresh();
    m_banner->verify();
}

void JournalView::onCount(qint64 count) {
    m_status->setText(m_model->filter().isEmpty()
                          ? tr("%Ln entries, newest first", nullptr, int(count))
                          : tr("%Ln entries match, newest first", nullptr, int(count)));
    m_detail->clear();
    if (count == 0) {
        m_pageShown = true;
        checkLoaded();
    }
}

void JournalView::onSelection() {
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    if (!current.isValid())
        return;
    if (const journal::JournalEntry* e = m_model->entryAt(current.row()))
        m_detail->showEntry(*e);
}

void JournalView::checkLoaded() {
    if (!m_announced && m_pageShown && !m_banner->isRunning()) {
        m_announced = true;
        Q_EMIT loaded();
    }
}

void JournalView::recordRiskReview() {
    if (!RoleGate::allows(m_ws, GatedAction::RecordRiskReview))
        return;
    auto* dialog = new RiskReviewDialog(m_ws, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &RiskReviewDialog::recorded, this, [this](const workspace::RiskReview& r) {
        refresh();
        Q_EMIT riskReviewRecorded(r);
    });
    dialog->open();
}

void JournalView::exportEvidence() {
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Choose a folder for the evidence pack"));
    if (dir.isEmpty())
        return;
    // A new, empty folder inside the chosen one: the pack is never mixed with other files.
    const QString name =
        QStringLiteral("evidence-pack-%1")
            .arg(QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss")));
    exportEvidencePack(QDir(dir).filePath(name));
}

void JournalView::exportEvidencePack(const QString& outDir) {
    if (m_export && m_export->isRunning())
        return;
    m_exportDir = outDir;
    m_exportAction->setEnabled(false);
    // Window-modal while the worker uses the workspace's own connection and journal token: the
    // event loop runs, but nothing else can touch the workspace meanwhile.
    m_exportProgress =
        new QProgressDialog(tr("Writing the evidence pack to %1…").arg(outDir), QString(), 0, 0, this);
    m_exportProgress->setObjectName(QStringLiteral("exportEvidenceProgress"));
    m_exportProgress->setWindowModality(Qt::WindowModal);
    m_exportProgress->setMinimumDuration(300);
    m_exportProgress->setAttribute(Qt::WA_DeleteOnClose);
    workspace::Workspace* ws = &m_ws;
    m_export = OperationRunner::start(
        this,
        [ws, outDir] {
            return std::make_shared<Result<audit::EvidencePack::Summary>>(
                audit::EvidencePack::write(*ws, outDir, 0, 0, &ReportPdf::render));
        },
        [this](ExportOutcome r) { exportFinished(std::move(r)); });
}

void JournalView::exportFinished(ExportOutcome r) {
    if (m_exportProgress)
        m_exportProgress->close();
    RoleGate::gate(m_exportAction, m_ws, GatedAction::ExportEvidence);
    refresh(); // the export is journaled
    if (!r->ok()) {
        if (isVisible()) {
            auto* box = new QMessageBox(
                QMessageBox::Warning, tr("Evidence pack not written"),
                tr("The evidence pack could not be written to %1: %2").arg(m_exportDir, r->error().message),
                QMessageBox::Ok, this);
            box->setObjectName(QStringLiteral("exportEvidenceError"));
            box->setAttribute(Qt::WA_DeleteOnClose);
            box->open();
        }
        Q_EMIT evidenceExported(m_exportDir, r->error().message);
        return;
    }
    m_status->setText(
        tr("Evidence pack written to %1: %2 entries (#%3 to #%4), %5 checkpoints, report.html and "
           "report.pdf.")
            .arg(r->value().dir)
            .arg(r->value().entries)
            .arg(r->value().fromSeq)
            .arg(r->value().toSeq)
            .arg(r->value().checkpoints));
    // The model's reload rewrites the status line: the dialog is what tells where the pack went.
    if (isVisible()) {
        auto* done = new EvidenceExportedDialog(r->value(), this);
        done->setAttribute(Qt::WA_DeleteOnClose);
        done->open();
    }
    Q_EMIT evidenceExported(r->value().dir, QString());
}

} // namespace symbolon::ui
