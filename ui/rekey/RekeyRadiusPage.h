#pragma once

#include <QWizardPage>

class QLabel;
class QTextBrowser;

namespace symbolon::ui {

class RekeyWizard;

// Step 2: the blast radius, previewed off the GUI thread (RekeyPlanner::preview): devices and
// keys by cohort, S1SP and type, and every refusal with its reason. Next stays disabled while
// anything is refused — except devices that only want a PMA instruction, given on the next page.
class RekeyRadiusPage : public QWizardPage {
    Q_OBJECT

public:
    explicit RekeyRadiusPage(RekeyWizard* wizard);
    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;
    QString radiusText() const;
    QString blockedReason() const;
    bool isPreviewing() const { return m_previewing; }

Q_SIGNALS:
    void previewed();

private:
    void show();

    RekeyWizard* m_wizard;
    QLabel* m_status = nullptr;
    QTextBrowser* m_text = nullptr;
    bool m_previewing = false;
    quint64 m_generation = 0;
    QString m_error;
};

} // namespace symbolon::ui
