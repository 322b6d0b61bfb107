#pragma once

#include <QWizardPage>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace symbolon::ui {

class RekeyWizard;

// Step 3: why. A PMA instruction (ground and reference, CKMP (d)(vi)) is required when the blast
// radius includes devices past their post-commissioning rotation; the reason is journaled.
class RekeyJustificationPage : public QWizardPage {
    Q_OBJECT

public:
    explicit RekeyJustificationPage(RekeyWizard* wizard);
    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;
    bool instructionRequired() const;

private:
    RekeyWizard* m_wizard;
    QLabel* m_needed = nullptr;
    QComboBox* m_ground = nullptr;
    QLineEdit* m_reference = nullptr;
    QPlainTextEdit* m_reason = nullptr;
    QLabel* m_error = nullptr;
};

} // namespace symbolon::ui
