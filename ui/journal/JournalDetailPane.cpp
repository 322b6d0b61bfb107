#include "journal/JournalDetailPane.h"

#include "common/RoleText.h"
#include "common/StatusColor.h"
#include "quorum/ApprovalCheck.h"

#include <QAction>
#include <QClipboard>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QPlainTextEdit>
#include <QTabWidget>
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

    // Labelled fields first (issue #17, item 8: the raw JSON was all there was), the exact JSON on
    // its own tab. Ctrl+C or the context menu copies a field's value (hashes, KCVs, digests).
    auto* tabs = new QTabWidget(this);
    tabs->setObjectName(QStringLiteral("journalDetailTabs"));
    m_fields = new QTreeWidget(tabs);
    m_fields->setObjectName(QStringLiteral("journalDetailFields"));
    m_fields->setAccessibleName(tr("Entry fields"));
    m_fields->setHeaderLabels({tr("Field"), tr("Value")});
    m_fields->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_fields->setWordWrap(true);
    m_fields->setContextMenuPolicy(Qt::ActionsContextMenu);
    auto* copy = new QAction(tr("&Copy value"), m_fields);
    copy->setObjectName(QStringLiteral("journalCopyValue"));
    copy->setShortcut(QKeySequence::Copy);
    copy->setShortcutContext(Qt::WidgetShortcut);
    connect(copy, &QAction::triggered, this, [this] {
        if (QTreeWidgetItem* item = m_fields->currentItem())
            QGuiApplication::clipboard()->setText(item->text(1));
    });
    m_fields->addAction(copy);
    m_json = new QPlainTextEdit(this);
    m_json->setObjectName(QStringLiteral("journalDetailJson"));
    m_json->setAccessibleName(tr("Entry details (JSON)"));
    m_json->setReadOnly(true);
    m_json->setLineWrapMode(QPlainTextEdit::NoWrap);
    QFont mono(QStringLiteral("monospace"));
    mono.setStyleHint(QFont::Monospace);
    m_json->setFont(mono);
    tabs->addTab(m_fields, tr("&Fields"));
    tabs->addTab(m_json, tr("&JSON"));
    auto* row = new QHBoxLayout();
    l->addLayout(row, 1);
    row->addWidget(tabs, 3);
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

namespace {
// "devices_remaining" -> "Devices remaining": the stored key, readable.
QString label(const QString& key) {
    QString t = key;
    t.replace(QLatin1Char('_'), QLatin1Char(' '));
    if (!t.isEmpty())
        t[0] = t[0].toUpper();
    return t;
}

void addValue(QTreeWidget* tree, QTreeWidgetItem* parent, const QString& name, const QJsonValue& v) {
    auto* item = parent ? new QTreeWidgetItem(parent) : new QTreeWidgetItem(tree);
    item->setText(0, name);
    if (v.isObject()) {
        const QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            addValue(tree, item, label(it.key()), it.value());
    } else if (v.isArray()) {
        const QJsonArray a = v.toArray();
        for (qsizetype i = 0; i < a.size(); ++i)
            addValue(tree, item, QStringLiteral("%1").arg(i + 1), a.at(i));
        if (a.isEmpty())
            item->setText(1, JournalDetailPane::tr("(none)"));
    } else if (v.isBool()) {
        item->setText(1, v.toBool() ? JournalDetailPane::tr("yes") : JournalDetailPane::tr("no"));
    } else if (v.isDouble()) {
        item->setText(1, QString::number(v.toInteger(qint64(v.toDouble()))));
    } else {
        item->setText(1, v.toString());
    }
    item->setToolTip(1, item->text(1));
}
} // namespace

void JournalDetailPane::showFields(const journal::JournalEntry& e) {
    m_fields->clear();
    addValue(m_fields, nullptr, tr("Entry"), QString::number(e.seq));
    addValue(m_fields, nullptr, tr("Time (UTC)"), e.timeText());
    addValue(m_fields, nullptr, tr("Actor"), e.actor);
    addValue(m_fields, nullptr, tr("Role"), roleText(e.role));
    addValue(m_fields, nullptr, tr("Action"), e.action);
    addValue(m_fields, nullptr, tr("Target"), e.target);
    const QJsonObject details = e.details();
    for (auto it = details.begin(); it != details.end(); ++it)
        addValue(m_fields, nullptr, label(it.key()), it.value());
    addValue(m_fields, nullptr, tr("Previous hash"), QString::fromLatin1(e.prevHash.toHex()));
    addValue(m_fields, nullptr, tr("Hash"), QString::fromLatin1(e.hash.toHex()));
    m_fields->expandToDepth(0);
}

void JournalDetailPane::clear() {
    m_title->setText(tr("Select an entry to see it in full."));
    m_fields->clear();
    m_json->clear();
    m_approvals->clear();
}

void JournalDetailPane::showEntry(const journal::JournalEntry& e) {
    m_approvals->clear();
    if (e.hash.isEmpty()) {
        m_title->setText(tr("Entry #%1 is missing from the database: the chain is broken here.").arg(e.seq));
        m_fields->clear();
        m_json->clear();
        return;
    }
    m_title->setText(tr("Entry #%1 — %2").arg(e.seq).arg(e.action));
    m_json->setPlainText(QString::fromUtf8(prettyJson(e)));
    showFields(e);
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
