#pragma once

#include "site/SiteSetupPage.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace symbolon::ui {

// The tokens: the cards' PKCS#11 module and its C_Initialize parameters; the key token's and the
// journal token's modules (empty: the cards'), parameters, entry points and RFC 7512 URIs, with
// "List tokens…" to choose a URI from what the module shows.
class SiteSetupTokensPage : public SiteSetupPage {
    Q_OBJECT

public:
    explicit SiteSetupTokensPage(SiteSetupWizard* wizard);
    void initializePage() override;
    void fill(site::SiteSpec& spec) const override;
    void load(const site::SiteSpec& spec) override;

private:
    // One role's fields: the key token's or the journal token's.
    struct Role {
        QComboBox* module = nullptr;
        QLineEdit* initArgs = nullptr;
        QComboBox* entryPoint = nullptr;
        QLineEdit* uri = nullptr;
        QPushButton* list = nullptr;
    };
    QComboBox* moduleCombo(const char* objectName, bool cardsModuleWhenEmpty);
    QComboBox* entryPointCombo(const char* objectName);
    void listTokens(Role& role, const QString& what);
    workspace::RoleModule roleModule(const Role& role) const;

    QComboBox* m_cardModule;
    QLineEdit* m_cardInitArgs;
    Role m_key;
    Role m_journal;
    QLabel* m_machine;
};

} // namespace symbolon::ui
