#pragma once

#include <QWizardPage>

class QButtonGroup;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace symbolon::ui {

class CeremonyWizard;

// Step 1: which ceremony, and the few names it needs (Transport Key label, files).
class CeremonyChoosePage : public QWizardPage {
    Q_OBJECT

public:
    explicit CeremonyChoosePage(CeremonyWizard* wizard);
    void initializePage() override;
    bool validatePage() override;
    int nextId() const override;

private:
    void updateFields();
    CeremonyWizard* m_wizard;
    QButtonGroup* m_kinds = nullptr;
    QLineEdit* m_transportKey = nullptr;
    QSpinBox* m_components = nullptr;
    QLineEdit* m_packageFile = nullptr;
    QLineEdit* m_publicKey = nullptr;
    QSpinBox* m_chunk = nullptr;
    QLabel* m_error = nullptr;
};

} // namespace symbolon::ui
