#pragma once

#include <QWizardPage>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace symbolon::ui {

class RekeyWizard;

// Step 1: which devices (post-commissioning rotation, cohort, S1SP, type, or a device-list file;
// or the device preselected from a view) and which key kinds.
class RekeySelectPage : public QWizardPage {
    Q_OBJECT

public:
    explicit RekeySelectPage(RekeyWizard* wizard);
    bool isComplete() const override;
    bool validatePage() override;
    void showPreselection();

private:
    void browse();

    RekeyWizard* m_wizard;
    QComboBox* m_rotation = nullptr;
    QComboBox* m_cohort = nullptr;
    QComboBox* m_s1sp = nullptr;
    QComboBox* m_type = nullptr;
    QLineEdit* m_listFile = nullptr;
    QPushButton* m_browse = nullptr;
    QLabel* m_preselected = nullptr;
    QCheckBox* m_ak = nullptr;
    QCheckBox* m_guek = nullptr;
    QCheckBox* m_mk = nullptr;
    QLabel* m_error = nullptr;
};

} // namespace symbolon::ui
