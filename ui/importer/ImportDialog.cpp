#include "importer/ImportDialog.h"

#include "common/DeviceText.h"
#include "common/OperationRunner.h"
#include "common/PlainTextGuard.h"
#include "common/StatusColor.h"
#include "importer/ImportJob.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPromise>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace symbolon::ui {

namespace {
struct Outcome {
    Result<ImportResult> result = fail(ErrorCode::Internal, QString());
};
constexpr int kProgressScale = 1000;
} // namespace

ImportDialog::ImportDialog(workspace::Workspace& ws, QWidget* parent) : QDialog(parent), m_ws(ws) {
    PlainTextGuard::install(); // data in labels, message boxes and tooltips is plain text
    setObjectName(QStringLiteral("importDialog"));
    setWindowTitle(tr("Import inventory — Symbolon"));
    resize(760, 480);
    auto* layout = new QVBoxLayout(this);

    auto* intro = new QLabel(tr("Import a device inventory (CSV). A file with any error is rejected as a "
                                "whole and changes nothing; importing the same file twice is refused."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto* pathRow = new QHBoxLayout();
    m_path = new QLineEdit(this);
    m_path->setObjectName(QStringLiteral("importPath"));
    m_path->setAccessibleName(tr("Inventory file"));
    m_path->setPlaceholderText(tr("Path to the inventory CSV file"));
    pathRow->addWidget(m_path, 1);
    m_browse = new QPushButton(tr("&Browse…"), this);
    m_browse->setObjectName(QStringLiteral("importBrowse"));
    pathRow->addWidget(m_browse);
    layout->addLayout(pathRow);

    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("importProgress"));
    m_progress->setAccessibleName(tr("Import progress"));
    m_progress->setRange(0, kProgressScale);
    m_progress->setValue(0);
    m_progress->setTextVisible(false);
    layout->addWidget(m_progress);

    m_result = new QLabel(this);
    m_result->setObjectName(QStringLiteral("importResult"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_result);

    m_errors = new QTableWidget(0, 4, this);
    m_errors->setObjectName(QStringLiteral("importErrors"));
    m_errors->setAccessibleName(tr("Errors in the inventory file"));
    m_errors->setHorizontalHeaderLabels({tr("Line"), tr("Column"), tr("Value"), tr("Expected")});
    m_errors->verticalHeader()->hide();
    m_errors->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_errors->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_errors->setWordWrap(false);
    m_errors->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_errors->horizontalHeader()->setStretchLastSection(true);
    m_errors->hide();
    layout->addWidget(m_errors, 1);

    m_more = new QLabel(this);
    m_more->setObjectName(QStringLiteral("importMoreErrors"));
    m_more->hide();
    layout->addWidget(m_more);
    layout->addStretch();

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_buttons->setObjectName(QStringLiteral("importButtons"));
    m_start = m_buttons->addButton(tr("&Import"), QDialogButtonBox::ApplyRole);
    m_start->setObjectName(QStringLiteral("importStart"));
    m_start->setDefault(true);
    m_cancel = m_buttons->addButton(tr("&Cancel import"), QDialogButtonBox::ActionRole);
    m_cancel->setObjectName(QStringLiteral("importCancel"));
    m_cancel->setEnabled(false);
    m_buttons->button(QDialogButtonBox::Close)->setObjectName(QStringLiteral("importClose"));
    layout->addWidget(m_buttons);

    connect(m_browse, &QPushButton::clicked, this, &ImportDialog::browse);
    connect(m_start, &QPushButton::clicked, this, &ImportDialog::start);
    connect(m_cancel, &QPushButton::clicked, this, &ImportDialog::cancel);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ImportDialog::reject);
    connect(m_path, &QLineEdit::textChanged, this,
            [this](const QString& t) { m_start->setEnabled(!m_running && !t.trimmed().isEmpty()); });
    m_start->setEnabled(false);
}

ImportDialog::~ImportDialog() {
    // The worker uses the workspace's connection: it must end before the workspace can.
    if (m_import) {
        m_import->cancel();
        m_import->waitForFinished();
    }
}

void ImportDialog::setPath(const QString& path) {
    m_path->setText(path);
}

void ImportDialog::browse() {
    const QString path = QFileDialog::getOpenFileName(this, tr("Choose an inventory file"), m_path->text(),
                                                      tr("Inventory CSV (*.csv);;All files (*)"));
    if (!path.isEmpty())
        m_path->setText(path);
}

void ImportDialog::setRunning(bool running) {
    m_running = running;
    m_path->setEnabled(!running);
    m_browse->setEnabled(!running);
    m_start->setEnabled(!running && !m_path->text().trimmed().isEmpty());
    m_cancel->setEnabled(running);
}

void ImportDialog::start() {
    const QString path = m_path->text().trimmed();
    if (m_running || path.isEmpty())
        return;
    m_errors->hide();
    m_errors->setRowCount(0);
    m_more->hide();
    m_result->setStyleSheet(QString());
    m_result->setText(tr("Importing %1…").arg(path));
    m_progress->setValue(0);
    m_progress->setRange(0, 0); // busy until the first progress report
    setRunning(true);

    workspace::Workspace* ws = &m_ws;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const auto ended = [this](const Outcome* o) {
        setRunning(false);
        m_progress->setRange(0, kProgressScale);
        if (!o)
            showFailure(tr("The import ended without an outcome."));
        else if (!o->result.ok())
            showFailure(o->result.error().code == ErrorCode::Cancelled
                            ? tr("Import cancelled: nothing was changed.")
                            : o->result.error().message);
        else
            showResult(o->result.value());
        Q_EMIT finishedRun();
        if (m_closeWhenDone)
            QDialog::reject();
    };
    OperationRunner::Callbacks<Outcome> more;
    more.failed = [ended](const QString&) { ended(nullptr); };
    more.progress = [this](qint64 done, qint64 total) {
        m_progress->setRange(0, kProgressScale);
        m_progress->setValue(int(done * kProgressScale / total));
    };
    m_import = OperationRunner::start(
        this,
        [ws, path, now](OperationControl& control) {
            Outcome out;
            out.result = runImport(*ws, path, now, [&control](qint64 done, qint64 total) {
                if (total > 0)
                    control.progress(done, total);
                return !control.stopRequested();
            });
            return out;
        },
        [ended](Outcome o) { ended(&o); }, std::move(more));
}

void ImportDialog::cancel() {
    if (m_running && m_import) {
        m_import->cancel();
        m_cancel->setEnabled(false);
        m_result->setText(tr("Cancelling…"));
    }
}

void ImportDialog::reject() {
    if (m_running) {
        // The worker owns the database connection until it ends: ask it to stop, close after.
        m_closeWhenDone = true;
        cancel();
        return;
    }
    QDialog::reject();
}

void ImportDialog::showFailure(const QString& message) {
    m_progress->setValue(0);
    m_result->setStyleSheet(
        QStringLiteral("color: %1; font-weight: bold;").arg(statusColorName(StatusTone::Error)));
    m_result->setText(message);
}

void ImportDialog::showResult(const ImportResult& r) {
    switch (r.kind) {
    case ImportResult::Kind::Imported:
        m_progress->setValue(kProgressScale);
        m_result->setStyleSheet(
            QStringLiteral("color: %1; font-weight: bold;").arg(statusColorName(StatusTone::Ok)));
        m_result->setText(
            tr("Imported %1 from %2.").arg(deviceCountText(r.devices), QFileInfo(m_path->text()).fileName()));
        Q_EMIT imported(r.devices);
        break;
    case ImportResult::Kind::AlreadyImported:
        m_progress->setValue(0);
        m_result->setStyleSheet(
            QStringLiteral("color: %1; font-weight: bold;").arg(statusColorName(StatusTone::Warning)));
        m_result->setText(r.message.isEmpty() ? tr("This file has already been imported.") : r.message);
        break;
    case ImportResult::Kind::Rejected: {
        m_progress->setValue(0);
        m_result->setStyleSheet(
            QStringLiteral("color: %1; font-weight: bold;").arg(statusColorName(StatusTone::Error)));
        const qint64 total = r.errors.size() + r.moreErrors;
        m_result->setText(tr("The file was rejected: %1. Nothing was imported.").arg(errorCountText(total)));
        m_errors->setRowCount(int(r.errors.size()));
        for (int i = 0; i < r.errors.size(); ++i) {
            const ImportResult::Problem& p = r.errors[i];
            auto* line = new QTableWidgetItem(QString::number(p.line));
            line->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_errors->setItem(i, 0, line);
            m_errors->setItem(i, 1, new QTableWidgetItem(p.column));
            m_errors->setItem(i, 2, new QTableWidgetItem(p.value));
            m_errors->setItem(i, 3, new QTableWidgetItem(p.expected));
        }
        m_errors->setVisible(!r.errors.isEmpty());
        if (r.moreErrors > 0) {
            m_more->setText(tr("… and %1 more not shown.").arg(errorCountText(r.moreErrors)));
            m_more->show();
        }
        break;
    }
    }
}

} // namespace symbolon::ui
