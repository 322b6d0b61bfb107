#pragma once

#include "site/SiteSetupPage.h"

class QLabel;
class QListWidget;
class QPlainTextEdit;

namespace symbolon::ui {

// Everything the site will be made of, as plain text and without a PIN; then Create site runs
// site::createSite (SiteSetupWizard::startCreation), listing each step as it starts, and shows the
// one outcome: the site made (with a warning, if any), or core's refusal, after which the
// custodians go back, correct the field and create again.
class SiteSetupSummaryPage : public SiteSetupPage {
    Q_OBJECT

public:
    explicit SiteSetupSummaryPage(SiteSetupWizard* wizard);
    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;
    void fill(site::SiteSpec& spec) const override;
    void load(const site::SiteSpec& spec) override;

    // The summary's text (never a PIN).
    QString summary() const;
    static QString summaryOf(const site::SiteSpec& spec, bool takesOverSoPin);

private:
    void addStep(const QString& step);
    void finished(bool ok);

    QPlainTextEdit* m_summary;
    QLabel* m_progressLabel;
    QListWidget* m_steps;
    QLabel* m_outcome;
    QLabel* m_next;
};

} // namespace symbolon::ui
