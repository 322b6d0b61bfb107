#include "journal/CustodianReportDialog.h"

#include "common/OperationRunner.h"
#include "common/PlainTextGuard.h"
#include "common/StatusColor.h"
#include "journal/CustodianReportPdf.h"
#include "workspace/Workspace.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace symbolon::ui {

CustodianReportDialog::CustodianReportDialog(const workspace::Workspace& ws, QWidget* parent)
    : QDialog(parent), m_ws(ws) {
    PlainTextGuard::install(); // data in labels, message boxes and tooltips is plain text
    setObjectName(QStringLiteral("custodianReportDialog"));
    setWindowTitle(tr("Custodian report"));
    auto* l = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("A PDF for the period: ceremonies, quorum sessions (cancelled ones too), "
                                "re-keys with their PMA references, inventory imports and the result of "
                                "verifying the whole journal. Dates are UTC days, both included."),
                             this);
    intro->setObjectName(QStringLiteral("custodianReportIntro"));
    intro->setWordWrap(true);
    l->addWidget(intro);

    auto* form = new QFormLayout();
    const QDate today = QDateTime::currentDateTimeUtc().date();
    m_from = new QDateEdit(today.addDays(-30), this);
    m_from->setObjectName(QStringLiteral("custodianReportFrom"));
    m_from->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_from->setCalendarPopup(true);
    m_from->setAccessibleName(tr("Period from"));
    m_from->setToolTip(tr("The first day of the period (UTC), included"));
    form->addRow(tr("&From:"), m_from);
    m_to = new QDateEdit(today, this);
    m_to->setObjectName(QStringLiteral("custodianReportTo"));
    m_to->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_to->setCalendarPopup(true);
    m_to->setAccessibleName(tr("Period to"));
    m_to->setToolTip(tr("The last day of the period (UTC), included"));
    form->addRow(tr("&To:"), m_to);

    auto* fileRow = new QHBoxLayout();
    m_file = new QLineEdit(this);
    m_file->setObjectName(QStringLiteral("custodianReportFile"));
    m_file->setAccessibleName(tr("Report file"));
    m_file->setToolTip(tr("The PDF file to write; an existing file is replaced"));
    QString docs = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (docs.isEmpty() || !QDir(docs).exists())
        docs = QDir::homePath();
    m_file->setText(QDir(docs).filePath(
        QStringLiteral("custodian-report-%1.pdf").arg(today.toString(QStringLiteral("yyyyMMdd")))));
    fileRow->addWidget(m_file, 1);
    m_browse = new QPushButton(tr("&Browse…"), this);
    m_browse->setObjectName(QStringLiteral("custodianReportBrowse"));
    m_browse->setAccessibleName(tr("Choose the report file"));
    m_browse->setToolTip(tr("Choose where to save the PDF"));
    fileRow->addWidget(m_browse);
    form->addRow(tr("F&ile:"), fileRow);
    l->addLayout(form);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("custodianReportStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    l->addWidget(m_status);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Close, this);
    m_buttons->setObjectName(QStringLiteral("custodianReportButtons"));
    m_write = m_buttons->button(QDialogButtonBox::Ok);
    m_write->setText(tr("&Write report"));
    m_write->setObjectName(QStringLiteral("custodianReportWrite"));
    m_write->setToolTip(tr("Read and verify the journal and write the PDF"));
    m_buttons->button(QDialogButtonBox::Close)->setToolTip(tr("Close this dialog"));
    l->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &CustodianReportDialog::write);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_browse, &QPushButton::clicked, this, &CustodianReportDialog::browse);
    connect(m_from, &QDateEdit::dateChanged, this, &CustodianReportDialog::check);
    connect(m_to, &QDateEdit::dateChanged, this, &CustodianReportDialog::check);
    connect(m_file, &QLineEdit::textChanged, this, &CustodianReportDialog::check);
    check();
    resize(560, 300);
}

CustodianReportDialog::~CustodianReportDialog() {
    if (m_writing)
        m_writing->waitForFinished(); // the worker reads through m_ws
}

void CustodianReportDialog::setPeriod(const QDate& from, const QDate& to) {
    m_from->setDate(from);
    m_to->setDate(to);
}

void CustodianReportDialog::setFile(const QString& path) {
    m_file->setText(path);
}

QString CustodianReportDialog::statusText() const {
    return m_status->text();
}

void CustodianReportDialog::browse() {
    const QString path = QFileDialog::getSaveFileName(this, tr("Save the custodian report"), m_file->text(),
                                                      tr("PDF files (*.pdf)"));
    if (!path.isEmpty())
        m_file->setText(path);
}

void CustodianReportDialog::check() {
    if (isWriting())
        return;
    QString problem;
    if (m_to->date() < m_from->date())
        problem = tr("The period ends before it starts: choose a \"to\" date on or after the \"from\" date.");
    else if (m_file->text().trimmed().isEmpty())
        problem = tr("Choose the PDF file to write.");
    m_write->setEnabled(problem.isEmpty());
    m_status->setStyleSheet(
        problem.isEmpty() ? QString() : QStringLiteral("color: %1;").arg(statusColorName(StatusTone::Error)));
    m_status->setText(problem);
}

void CustodianReportDialog::write() {
    if (isWriting() || !m_write->isEnabled())
        return;
    m_writingTo = m_file->text().trimmed();
    m_write->setEnabled(false);
    m_status->setStyleSheet(QString());
    m_status->setText(tr("Reading and verifying the journal, then writing %1…").arg(m_writingTo));
    const workspace::Workspace* ws = &m_ws;
    const QDate from = m_from->date();
    const QDate to = m_to->date();
    const QString path = m_writingTo;
    m_writing = OperationRunner::start(
        this,
        [ws, from, to, path] {
            return std::make_shared<Result<audit::CustodianReport>>(
                CustodianReportPdf::write(*ws, from, to, path));
        },
        [this](Outcome r) { finished(std::move(r)); });
}

void CustodianReportDialog::finished(Outcome r) {
    check();
    if (!r->ok()) {
        m_status->setStyleSheet(QStringLiteral("color: %1;").arg(statusColorName(StatusTone::Error)));
        m_status->setText(
            tr("The custodian report could not be written to %1: %2").arg(m_writingTo, r->error().message));
        Q_EMIT written(m_writingTo, r->error().message);
        return;
    }
    const audit::CustodianReport& rep = r->value();
    const bool verified = rep.verification && rep.verification->ok();
    m_status->setStyleSheet(
        QStringLiteral("color: %1;").arg(statusColorName(verified ? StatusTone::Ok : StatusTone::Error)));
    m_status->setText(
        tr("Written to %1: %2 ceremonies, %3 quorum sessions, %4 re-key entries, %5 imports. %6")
            .arg(m_writingTo)
            .arg(rep.ceremonies.size())
            .arg(rep.quorumSessions.size())
            .arg(rep.rekeyCount())
            .arg(rep.imports.size())
            .arg(verified ? tr("The journal verified.") : tr("The journal did NOT verify.")));
    Q_EMIT written(m_writingTo, QString());
}

} // namespace symbolon::ui
