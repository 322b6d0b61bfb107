#include "journal/JournalFilterBar.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTimer>

namespace symbolon::ui {

JournalFilterBar::JournalFilterBar(QWidget* parent) : QWidget(parent) {
    setObjectName(QStringLiteral("journalFilterBar"));
    auto* grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setHorizontalSpacing(8);

    auto lineEdit = [this](const char* name, const QString& placeholder) {
        auto* e = new QLineEdit(this);
        e->setObjectName(QString::fromLatin1(name));
        e->setPlaceholderText(placeholder);
        e->setAccessibleName(placeholder); // no label beside it: the placeholder says what it filters
        e->setClearButtonEnabled(true);
        connect(e, &QLineEdit::textChanged, this, [this] { m_settle->start(); });
        return e;
    };
    auto dateEdit = [this](const char* name, const QDateTime& initial) {
        auto* e = new QDateTimeEdit(initial, this);
        e->setObjectName(QString::fromLatin1(name));
        e->setTimeSpec(Qt::UTC);
        e->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
        e->setCalendarPopup(true);
        e->setMinimumWidth(e->fontMetrics().horizontalAdvance(QStringLiteral("2026-11-24 00:00")) + 48);
        e->setEnabled(false);
        connect(e, &QDateTimeEdit::dateTimeChanged, this, [this] { m_settle->start(); });
        return e;
    };

    m_settle = new QTimer(this);
    m_settle->setObjectName(QStringLiteral("journalFilterSettle"));
    m_settle->setSingleShot(true);
    m_settle->setInterval(300);
    connect(m_settle, &QTimer::timeout, this, &JournalFilterBar::changed);

    const QDateTime today(QDateTime::currentDateTimeUtc().date(), QTime(0, 0), Qt::UTC);
    m_useFrom = new QCheckBox(tr("From (UTC)"), this);
    m_useFrom->setObjectName(QStringLiteral("journalFilterUseFrom"));
    m_from = dateEdit("journalFilterFrom", today.addDays(-30));
    m_from->setAccessibleName(tr("From (UTC)"));
    m_useFrom->setToolTip(tr("Show only the entries made at or after this time (UTC)"));
    m_from->setToolTip(m_useFrom->toolTip());
    m_useTo = new QCheckBox(tr("To"), this);
    m_useTo->setObjectName(QStringLiteral("journalFilterUseTo"));
    m_to = dateEdit("journalFilterTo", today.addDays(1));
    m_to->setAccessibleName(tr("To (UTC)"));
    m_useTo->setToolTip(tr("Show only the entries made before this time (UTC)"));
    m_to->setToolTip(m_useTo->toolTip());
    connect(m_useFrom, &QCheckBox::toggled, m_from, &QWidget::setEnabled);
    connect(m_useTo, &QCheckBox::toggled, m_to, &QWidget::setEnabled);
    connect(m_useFrom, &QCheckBox::toggled, this, &JournalFilterBar::changed);
    connect(m_useTo, &QCheckBox::toggled, this, &JournalFilterBar::changed);

    m_action = new QComboBox(this);
    m_action->setObjectName(QStringLiteral("journalFilterAction"));
    m_action->setAccessibleName(tr("Action type"));
    m_action->setToolTip(tr("Show only the entries of this kind of action"));
    //: Journal action types: the item data is the action prefix matched.
    m_action->addItem(tr("All actions"), QString());
    m_action->addItem(tr("Quorum sessions"), QStringLiteral("quorum."));
    m_action->addItem(tr("Ceremonies"), QStringLiteral("ceremony."));
    m_action->addItem(tr("Key token"), QStringLiteral("key-token."));
    m_action->addItem(tr("Inventory"), QStringLiteral("inventory."));
    m_action->addItem(tr("Re-keys"), QStringLiteral("rekey."));
    m_action->addItem(tr("Risk reviews"), QStringLiteral("risk-review."));
    m_action->addItem(tr("Journal and evidence"), QStringLiteral("journal."));
    m_action->addItem(tr("Workspace (open, create)"), QStringLiteral("workspace."));
    m_action->addItem(tr("SIEM forwarding"), QStringLiteral("siem."));
    connect(m_action, &QComboBox::currentIndexChanged, this, &JournalFilterBar::changed);

    m_actor = lineEdit("journalFilterActor", tr("Actor contains…"));
    m_device = lineEdit("journalFilterDevice", tr("Device ID (00-DB-… or 00DB…)"));
    m_pma = lineEdit("journalFilterPma", tr("PMA instruction reference"));
    m_text = lineEdit("journalFilterText", tr("Search actor, action, target, details…"));

    auto* clearButton = new QPushButton(tr("Clear"), this);
    clearButton->setObjectName(QStringLiteral("journalFilterClear"));
    connect(clearButton, &QPushButton::clicked, this, &JournalFilterBar::clear);

    grid->addWidget(m_useFrom, 0, 0);
    grid->addWidget(m_from, 0, 1);
    grid->addWidget(m_useTo, 0, 2);
    grid->addWidget(m_to, 0, 3);
    grid->addWidget(m_action, 0, 4);
    grid->addWidget(m_actor, 0, 5);
    grid->addWidget(m_device, 1, 0, 1, 2);
    grid->addWidget(m_pma, 1, 2, 1, 2);
    grid->addWidget(m_text, 1, 4, 1, 2);
    grid->addWidget(clearButton, 1, 6);
    grid->setColumnStretch(5, 1);
}

journal::JournalFilter JournalFilterBar::filter() const {
    journal::JournalFilter f;
    if (m_useFrom->isChecked())
        f.from = m_from->dateTime().toUTC();
    if (m_useTo->isChecked())
        f.to = m_to->dateTime().toUTC();
    f.actor = m_actor->text().trimmed();
    f.actionPrefix = m_action->currentData().toString();
    f.deviceId = m_device->text().trimmed();
    f.pmaReference = m_pma->text().trimmed();
    f.text = m_text->text().trimmed();
    return f;
}

void JournalFilterBar::clear() {
    const QSignalBlocker blocks[] = {
        QSignalBlocker(m_useFrom), QSignalBlocker(m_useTo), QSignalBlocker(m_action), QSignalBlocker(m_actor),
        QSignalBlocker(m_device),  QSignalBlocker(m_pma),   QSignalBlocker(m_text)};
    m_useFrom->setChecked(false);
    m_from->setEnabled(false);
    m_useTo->setChecked(false);
    m_to->setEnabled(false);
    m_action->setCurrentIndex(0);
    for (QLineEdit* e : {m_actor, m_device, m_pma, m_text})
        e->clear();
    changed();
}

void JournalFilterBar::changed() {
    m_settle->stop();
    Q_EMIT filterChanged(filter());
}

} // namespace symbolon::ui
