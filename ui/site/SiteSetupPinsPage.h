#pragma once

#include "site/SiteSetupPage.h"

class QCheckBox;
class QLabel;

namespace symbolon::ui {

class SecretLineEdit;

// The PINs of the two tokens: the key token's current user PIN (typed once by the HSM
// administrator, then replaced by a random one that nobody sees), optionally its SO PIN, and the
// journal token's PIN (kept by the workspace to sign checkpoints). What is typed goes into the
// wizard's SecureBytes when the page is left; the fields are cleared.
class SiteSetupPinsPage : public SiteSetupPage {
    Q_OBJECT

public:
    explicit SiteSetupPinsPage(SiteSetupWizard* wizard);
    void initializePage() override;
    void fill(site::SiteSpec& spec) const override;
    void load(const site::SiteSpec& spec) override;
    bool takesOverSoPin() const;

    bool validatePage() override;

protected:
    void takeInput() override;

private:
    void updateHeld();

    SecretLineEdit* m_keyPin;
    QLabel* m_keyHeld;
    QCheckBox* m_takeSo;
    SecretLineEdit* m_soPin;
    QLabel* m_soHeld;
    SecretLineEdit* m_journalPin;
    QLabel* m_journalHeld;
};

} // namespace symbolon::ui
