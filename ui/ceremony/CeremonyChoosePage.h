#pragma once

#include <QWizardPage>

class QButtonGroup;
class QFormLayout;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace symbolon::ui {

class CeremonyWizard;
class KekCeremonyFields;

// Step 1: which ceremony, and the few names it needs (Transport Key label, files, the KEK and
// the PMA's instruction).
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
    QFormLayout* m_form = nullptr;
    QLineEdit* m_transportKey = nullptr;
    QSpinBox* m_components = nullptr;
    QLineEdit* m_packageFile = nullptr;
    QLineEdit* m_publicKey = nullptr;
    QSpinBox* m_chunk = nullptr;
    KekCeremonyFields* m_kek = nullptr; // rollover and destroy
    QLabel* m_error = nullptr;
};

} // namespace symbolon::ui
