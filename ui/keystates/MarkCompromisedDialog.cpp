#include "keystates/MarkCompromisedDialog.h"

#include "common/DeviceText.h"
#include "common/PlainTextGuard.h"
#include "keystates/KeyStateTableModel.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace symbolon::ui {

MarkCompromisedDialog::MarkCompromisedDialog(const QString& deviceId, const QVector<rekey::KeyStateRow>& keys,
                                             QWidget* parent)
    : QDialog(parent), m_deviceId(deviceId) {
    PlainTextGuard::install(); // data in labels, message boxes and tooltips is plain text
    setObjectName(QStringLiteral("markCompromisedDialog"));
    setWindowTitle(tr("Mark keys compromised — Symbolon"));
    for (const auto& k : keys)
        if (k.state != policy::KeyState::Superseded)
            m_keys.push_back(k);
    auto* layout = new QVBoxLayout(this);
    auto* intro =
        new QLabel(tr("Flag the current keys of device <b><tt>%1</tt></b> as compromised (CKMP (d)(vi)). "
                      "Their state does not change: a targeted re-key replaces them.")
                       .arg(dashedDeviceId(deviceId)),
                   this);
    intro->setObjectName(QStringLiteral("markCompromisedIntro"));
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto* form = new QFormLayout();
    m_reference = new QLineEdit(this);
    m_reference->setObjectName(QStringLiteral("markCompromisedReference"));
    m_reference->setAccessibleName(tr("Incident or PMA reference"));
    m_reference->setPlaceholderText(tr("e.g. INC-2026-0142 or the PMA instruction reference"));
    m_reference->setMaxLength(64);
    form->addRow(tr("&Reference:"), m_reference);
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("markCompromisedKind"));
    m_kind->setAccessibleName(tr("Which keys"));
    m_kind->addItem(tr("All current keys"), QString());
    for (const QString& kind : {QStringLiteral("MK"), QStringLiteral("AK"), QStringLiteral("GUEK")})
        m_kind->addItem(kind, kind);
    form->addRow(tr("&Keys:"), m_kind);
    layout->addLayout(form);
    m_list = new QLabel(this);
    m_list->setTextFormat(Qt::RichText); // a list of escaped key descriptions (update())
    m_list->setObjectName(QStringLiteral("markCompromisedList"));
    m_list->setAccessibleName(tr("Keys that will be marked"));
    m_list->setWordWrap(true);
    m_list->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_list);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Mark compromised…"));
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("markCompromisedOk"));
    m_buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("markCompromisedCancel"));
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_reference, &QLineEdit::textChanged, this, &MarkCompromisedDialog::update);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &MarkCompromisedDialog::update);
    update();
    resize(560, sizeHint().height());
}

QString MarkCompromisedDialog::reference() const {
    return m_reference->text().trimmed();
}

QString MarkCompromisedDialog::kind() const {
    return m_kind->currentData().toString();
}

QStringList MarkCompromisedDialog::keysToMark() const {
    QStringList out;
    const QString k = kind();
    for (const auto& key : m_keys)
        if (k.isEmpty() || key.kind == k)
            out << tr("%1, %2, generation %3 (%4)")
                       .arg(key.kind, KeyStateTableModel::clientText(key.client))
                       .arg(key.generation)
                       .arg(policy::keyStateName(key.state));
    return out;
}

void MarkCompromisedDialog::update() {
    const QStringList keys = keysToMark();
    QString h = tr("<p>%n key(s) will be flagged:</p>", nullptr, int(keys.size()));
    h += QStringLiteral("<ul>");
    for (const QString& k : keys)
        h += QStringLiteral("<li>%1</li>").arg(k.toHtmlEscaped());
    h += QStringLiteral("</ul>");
    m_list->setText(h);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!reference().isEmpty() && !keys.isEmpty());
}

} // namespace symbolon::ui
