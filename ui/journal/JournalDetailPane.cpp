#include "journal/JournalDetailPane.h"

#include "common/StatusColor.h"
#include "quorum/ApprovalCheck.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QPlainTextEdit>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace symbolon::ui {

JournalDetailPane::JournalDetailPane(QVector<workspace::RegisteredCard> enrolled, QWidget* parent)
    : QWidget(parent), m_enrolled(std::move(enrolled)) {
    setObjectName(QStringLiteral("journalDetailPane"));
    auto* l = new QVBoxLayout(this);
    l->setContentsMargins(0, 0, 0, 0);
    m_title = new QLabel(tr("Select an entry to see it in full."), this);
    m_title->setObjectName(QStringLiteral("journalDetailTitle"));
    m_title->setWordWrap(true);
    QFont f = m_title->font();
    f.setBold(true);
    m_title->setFont(f);
    l->addWidget(m_title);

    m_json = new QPlainTextEdit(this);
    m_json->setObjectName(QStringLiteral("journalDetailJson"));
    m_json->setAccessibleName(tr("Entry details (JSON)"));
    m_json->setReadOnly(true);
    m_json->setLineWrapMode(QPlainTextEdit::NoWrap);
    QFont mono(QStringLiteral("monospace"));
    mono.setStyleHint(QFont::Monospace);
    m_json->setFont(mono);
    auto* row = new QHBoxLayout();
    l->addLayout(row, 1);
    row->addWidget(m_json, 3);
    auto* right = new QVBoxLayout();
    row->addLayout(right, 2);

    auto* approvalsLabel =
        new QLabel(tr("Quorum approvals (signatures re-checked against enrolled keys)"), this);
    approvalsLabel->setObjectName(QStringLiteral("journalApprovalsLabel"));
    approvalsLabel->setWordWrap(true);
    right->addWidget(approvalsLabel);
    m_approvals = new QTreeWidget(this);
    m_approvals->setObjectName(QStringLiteral("journalApprovals"));
    m_approvals->setAccessibleName(tr("Quorum approvals"));
    m_approvals->setRootIsDecorated(false);
    m_approvals->setHeaderLabels({tr("Signature"), tr("Custodian"), tr("Card"), tr("Why")});
    m_approvals->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    right->addWidget(m_approvals, 1);
}

QByteArray JournalDetailPane::prettyJson(const journal::JournalEntry& e) {
    const QJsonObject o{{QStringLiteral("seq"), e.seq},
                        {QStringLiteral("time"), e.timeText()},
                        {QStringLiteral("actor"), e.actor},
                        {QStringLiteral("role"), e.role},
                        {QStringLiteral("action"), e.action},
                        {QStringLiteral("target"), e.target},
                        {QStringLiteral("details"), e.details()},
                        {QStringLiteral("prev_hash"), QString::fromLatin1(e.prevHash.toHex())},
                        {QStringLiteral("hash"), QString::fromLatin1(e.hash.toHex())}};
    return QJsonDocument(o).toJson(QJsonDocument::Indented);
}

void JournalDetailPane::clear() {
    m_title->setText(tr("Select an entry to see it in full."));
    m_json->clear();
    m_approvals->clear();
}

void JournalDetailPane::showEntry(const journal::JournalEntry& e) {
    m_approvals->clear();
    if (e.hash.isEmpty()) {
        m_title->setText(tr("Entry #%1 is missing from the database: the chain is broken here.").arg(e.seq));
        m_json->clear();
        return;
    }
    m_title->setText(tr("Entry #%1 — %2").arg(e.seq).arg(e.action));
    m_json->setPlainText(QString::fromUtf8(prettyJson(e)));
    using quorum::ApprovalCheck;
    for (const ApprovalCheck::Result& r : ApprovalCheck::check(e.details(), m_enrolled)) {
        auto* item = new QTreeWidgetItem(
            m_approvals, {ApprovalCheck::outcomeText(r.outcome), r.holder, r.cardLabel, r.why});
        item->setToolTip(1, r.keyFingerprint.isEmpty() ? r.holder
                                                       : tr("Key fingerprint %1").arg(r.keyFingerprint));
        item->setToolTip(3, r.why);
        // Red for a bad signature and for a request changed after signing; amber only for what
        // could not be checked (a card not in the register, a ceremony record without signatures).
        const bool bad =
            r.outcome == ApprovalCheck::Outcome::Invalid || r.outcome == ApprovalCheck::Outcome::DoesNotMatch;
        const QColor color = statusColor(r.outcome == ApprovalCheck::Outcome::Verified ? StatusTone::Ok
                                         : bad                                         ? StatusTone::Error
                                                                                       : StatusTone::Warning,
                                         palette());
        item->setForeground(0, color);
    }
}

} // namespace symbolon::ui
