#pragma once

#include "site/SiteCreation.h"

#include <QHash>
#include <QWizardPage>

class QLabel;
class QWidget;

namespace symbolon::ui {

class SiteSetupWizard;

// What every page of the Site Setup wizard does: puts its fields into the spec, takes them from
// one (prefill), and is checked before it is left: site::checkSpec on the site as far as this
// page (no token touched), its refusal shown on the page and the field it names focused.
class SiteSetupPage : public QWizardPage {
    Q_OBJECT

public:
    SiteSetupPage(SiteSetupWizard* wizard, int id);

    // This page's fields into the spec (the later pages' are stand-ins there).
    virtual void fill(site::SiteSpec& spec) const = 0;
    // The fields from a spec.
    virtual void load(const site::SiteSpec& spec) = 0;

    bool validatePage() override;
    // Shows the refusal on this page and puts the focus on the field it names, when it is here.
    void refuse(const QString& message);
    void clearRefusal();
    QString refusal() const;

protected:
    // Before the check: what the page must take from its fields first (the PINs).
    virtual void takeInput() {}
    // core's name of a field (checkSpec's "name: ...", "key token URI: ...") and its widget.
    void nameField(const QString& coreName, QWidget* field);
    // Focuses the field core's name names; false when it is not on this page.
    virtual bool focusField(const QString& coreName);
    // The refusal's line, added by the page where it belongs (under its fields).
    QLabel* errorLabel() const { return m_error; }

    SiteSetupWizard* m_wizard;
    int m_id;

private:
    QLabel* m_error;
    QHash<QString, QWidget*> m_fields;
};

} // namespace symbolon::ui
