#pragma once

#include <QWizardPage>

#include <QVector>

class QLabel;
class QPushButton;

namespace symbolon::ui {

class CeremonyWizard;

// Step 4 (Transport Key): each custodian types their clear component, masked, and sees its KCV.
class SecretLineEdit;
class CeremonyComponentsPage : public QWizardPage {
    Q_OBJECT

public:
    explicit CeremonyComponentsPage(CeremonyWizard* wizard);
    void initializePage() override;
    bool isComplete() const override;

private:
    void enter(int index);
    CeremonyWizard* m_wizard;
    QVector<SecretLineEdit*> m_edits;
    QVector<QPushButton*> m_buttons;
    QVector<QLabel*> m_kcvs;
    QVector<QWidget*> m_rows;
    QLabel* m_error = nullptr;
};

} // namespace symbolon::ui
