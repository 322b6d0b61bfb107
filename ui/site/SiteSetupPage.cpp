#include "site/SiteSetupPage.h"

#include "common/StatusColor.h"
#include "site/SiteSetupWizard.h"

#include <QLabel>

namespace symbolon::ui {

SiteSetupPage::SiteSetupPage(SiteSetupWizard* wizard, int id)
    : QWizardPage(wizard), m_wizard(wizard), m_id(id), m_error(new QLabel(this)) {
    m_error->setObjectName(QStringLiteral("siteSetup%1Error").arg(SiteSetupWizard::pageName(id)));
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText); // core's sentences name data (a holder, a URI): never markup
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setStyleSheet(statusStyleSheet(StatusTone::Error));
    m_error->hide();
}

bool SiteSetupPage::validatePage() {
    takeInput();
    if (auto s = site::checkSpec(m_wizard->spec(m_id)); !s) {
        refuse(s.error().message);
        return false;
    }
    clearRefusal();
    return true;
}

void SiteSetupPage::refuse(const QString& message) {
    m_error->setText(message);
    m_error->show();
    // checkSpec's refusals begin with the field's name ("k: ...", "card 2: ...").
    const qsizetype colon = message.indexOf(QLatin1String(": "));
    if (colon > 0)
        focusField(message.left(colon));
}

void SiteSetupPage::clearRefusal() {
    m_error->clear();
    m_error->hide();
}

QString SiteSetupPage::refusal() const {
    return m_error->isHidden() ? QString() : m_error->text();
}

void SiteSetupPage::nameField(const QString& coreName, QWidget* field) {
    m_fields.insert(coreName, field);
}

bool SiteSetupPage::focusField(const QString& coreName) {
    QWidget* field = m_fields.value(coreName);
    if (!field)
        return false;
    field->setFocus(Qt::OtherFocusReason);
    return true;
}

} // namespace symbolon::ui
