#pragma once

#include "site/SiteSetupPage.h"

class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace symbolon::ui {

// The site: its folder, name, profile and quorum k; under the production profile the key
// token's FIPS 140-2 Level 3 declaration, which production requires.
class SiteSetupSitePage : public SiteSetupPage {
    Q_OBJECT

public:
    SiteSetupSitePage(SiteSetupWizard* wizard, const QString& dir);
    void setIntroduction(const QString& text);
    void fill(site::SiteSpec& spec) const override;
    void load(const site::SiteSpec& spec) override;

private:
    void chooseFolder();
    void updateProfile();

    QLabel* m_intro;
    QLineEdit* m_folder;
    QLineEdit* m_name;
    QComboBox* m_profile;
    QLabel* m_profileHint;
    QSpinBox* m_k;
    QGroupBox* m_fips;
    QLineEdit* m_fipsFields[4];
};

} // namespace symbolon::ui
