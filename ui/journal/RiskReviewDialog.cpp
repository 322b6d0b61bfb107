#include "journal/RiskReviewDialog.h"

#include "common/OperationRunner.h"
#include "common/PlainTextGuard.h"
#include "common/StatusColor.h"
#include "workspace/Workspace.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace symbolon::ui {

RiskReviewDialog::RiskReviewDialog(workspace::Workspace& ws, QWidget* parent) : QDialog(parent), m_ws(ws) {
    PlainTextGuard::install(); // data in labels, message boxes and tooltips is plain text
    setObjectName(QStringLiteral("riskReviewDialog"));
    setWindowTitle(tr("Record risk review"));
    auto* l = new QVBoxLayout(this);
    auto* intro =
        new QLabel(tr("CKMP (b)(iii): the use of symmetric keys and their controls are risk-reviewed "
                      "at most every 5 years, with evidence to the SMKI PMA. The record is journaled "
                      "in your name; the next review falls due 5 years after the review date."),
                   this);
    intro->setObjectName(QStringLiteral("riskReviewIntro"));
    intro->setWordWrap(true);
    l->addWidget(intro);

    auto* form = new QFormLayout();
    const QDate today = QDateTime::currentDateTimeUtc().date();
    m_date = new QDateEdit(today, this);
    m_date->setObjectName(QStringLiteral("riskReviewDate"));
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_date->setCalendarPopup(true);
    m_date->setMaximumDate(today);
    form->addRow(tr("Review date:"), m_date);
    m_reference = new QLineEdit(this);
    m_reference->setObjectName(QStringLiteral("riskReviewReference"));
    m_reference->setMaxLength(workspace::RiskReviewStore::kMaxReferenceLength);
    m_reference->setPlaceholderText(tr("e.g. PMA-RR-2025-01"));
    form->addRow(tr("Reference:"), m_reference);
    m_findings = new QPlainTextEdit(this);
    m_findings->setObjectName(QStringLiteral("riskReviewFindings"));
    m_findings->setPlaceholderText(tr("Summary of findings (at most %1 characters)")
                                       .arg(workspace::RiskReviewStore::kMaxFindingsLength));
    form->addRow(tr("Findings:"), m_findings);
    l->addLayout(form);

    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("riskReviewProblem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: %1;").arg(statusColorName(StatusTone::Error)));
    l->addWidget(m_problem);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->setObjectName(QStringLiteral("riskReviewButtons"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Record"));
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("riskReviewRecord"));
    l->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &RiskReviewDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_date, &QDateEdit::dateChanged, this, &RiskReviewDialog::check);
    connect(m_reference, &QLineEdit::textChanged, this, &RiskReviewDialog::check);
    connect(m_findings, &QPlainTextEdit::textChanged, this, &RiskReviewDialog::check);
    check();
    resize(560, 420);
}

RiskReviewDialog::~RiskReviewDialog() {
    if (m_recording)
        m_recording->waitForFinished();
}

void RiskReviewDialog::check() {
    const auto s = workspace::RiskReviewStore::validate(
        m_date->date(), m_reference->text(), m_findings->toPlainText(),
        QDateTime::currentDateTimeUtc().date(), m_ws.config().createdAt.toUTC().date());
    // An empty reference is the normal starting state: no red text for it, just no Record yet.
    m_problem->setText(s || m_reference->text().trimmed().isEmpty() ? QString() : s.error().message);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(s.ok() && !(m_recording && m_recording->isRunning()));
}

void RiskReviewDialog::accept() {
    if (m_recording && m_recording->isRunning())
        return;
    m_buttons->setEnabled(false);
    m_problem->setText(tr("Recording…"));
    workspace::Workspace* ws = &m_ws;
    const QDate date = m_date->date();
    const QString reference = m_reference->text();
    const QString findings = m_findings->toPlainText();
    m_recording = OperationRunner::start(
        this,
        [ws, date, reference, findings] {
            return std::make_shared<Result<workspace::RiskReview>>(
                workspace::RiskReviewStore::record(*ws, date, reference, findings));
        },
        [this](Outcome r) { finished(std::move(r)); });
}

void RiskReviewDialog::finished(Outcome r) {
    m_buttons->setEnabled(true);
    if (!r->ok()) {
        check();
        m_problem->setText(tr("The review was not recorded: %1").arg(r->error().message));
        return;
    }
    Q_EMIT recorded(r->value());
    QDialog::accept();
}

} // namespace symbolon::ui
