#include "ceremony/CeremonyReviewPage.h"

#include "ceremony/CeremonyPaths.h"

#include "ceremony/CeremonyWizard.h"
#include "common/StatusColor.h"
#include "workspace/Workspace.h"

#include <QCheckBox>
#include <QLabel>
#include <QVBoxLayout>

namespace symbolon::ui {

CeremonyReviewPage::CeremonyReviewPage(CeremonyWizard* wizard) : QWizardPage(wizard), m_wizard(wizard) {
    setObjectName(QStringLiteral("ceremonyReviewPage"));
    setTitle(tr("Review exactly what will happen"));
    setSubTitle(tr("These parameters are what each custodian's card signs. Nothing has been done yet."));
    setCommitPage(true);
    setButtonText(QWizard::CommitButton, tr("&Ask for the quorum"));
    auto* layout = new QVBoxLayout(this);
    m_text = new QLabel(this);
    m_text->setTextFormat(Qt::RichText); // the review; every value escaped (initializePage)
    m_text->setObjectName(QStringLiteral("reviewText"));
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_text);
    // Key material through host memory, with its volume: on the page the approvers read (issue
    // #17, item 7), not only in the record afterwards.
    m_hostMemory = new QLabel(this);
    m_hostMemory->setObjectName(QStringLiteral("reviewHostMemory"));
    m_hostMemory->setTextFormat(Qt::PlainText);
    m_hostMemory->setWordWrap(true);
    m_hostMemory->setStyleSheet(QStringLiteral("color: %1;").arg(statusColorName(StatusTone::Warning)));
    m_hostMemory->hide();
    layout->addWidget(m_hostMemory);
    // What ticking the box means, wrapped: as one check box caption it set the wizard's width.
    m_consequence = new QLabel(this);
    m_consequence->setObjectName(QStringLiteral("reviewConsequence"));
    m_consequence->setTextFormat(Qt::PlainText);
    m_consequence->setWordWrap(true);
    layout->addWidget(m_consequence);
    m_confirm = new QCheckBox(tr("I have &read the parameters above with the custodians"), this);
    m_confirm->setObjectName(QStringLiteral("reviewConfirmCheck"));
    m_confirm->setAccessibleName(tr("Confirm the ceremony"));
    m_confirm->setToolTip(
        tr("Tick once the custodians have read the parameters; nothing runs until the quorum approves"));
    layout->addWidget(m_confirm);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("reviewError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: %1;").arg(statusColorName(StatusTone::Error)));
    layout->addWidget(m_error);
    layout->addStretch(1);
    connect(m_confirm, &QCheckBox::toggled, this, &QWizardPage::completeChanged);
}

void CeremonyReviewPage::initializePage() {
    ceremony::CeremonyPlan& plan = m_wizard->plan();
    const auto& config = m_wizard->workspace().config();
    m_error->clear();
    auto hostMemory = ceremony::CeremonyPaths::disclose(m_wizard->workspace(), plan);
    plan.hostMemory = hostMemory ? *hostMemory : QStringList();
    if (!hostMemory)
        m_error->setText(hostMemory.error().message);
    m_hostMemory->setText(
        plan.hostMemory.isEmpty()
            ? QString()
            : tr("Key material will pass through this computer's memory (locked, wiped after use), because "
                 "the key token cannot do it inside:\n%1")
                  .arg(plan.hostMemory.join(QLatin1Char('\n'))));
    m_hostMemory->setVisible(!plan.hostMemory.isEmpty());
    m_text->setText(
        tr("<h3>%1</h3><p>Quorum action <b>%2</b>, %3 of %4 custodian cards.</p><pre style='white-space: "
           "pre-wrap'>%5</pre>")
            .arg(plan.title().toHtmlEscaped(), plan.action().toHtmlEscaped())
            .arg(config.quorumK)
            .arg(config.quorumN)
            .arg(ceremony::CeremonyPlan::parametersText(plan.parameters(config)).toHtmlEscaped()));
    m_consequence->setText(
        tr("Run \"%1\" on %2 exactly as stated above, once the quorum approves. This cannot be "
           "undone.")
            .arg(plan.title(), config.keyTokenLabel));
    m_confirm->setChecked(false);
}

bool CeremonyReviewPage::isComplete() const {
    return m_confirm->isChecked();
}

bool CeremonyReviewPage::validatePage() {
    if (auto s = m_wizard->startSession(); !s) {
        m_error->setText(s.error().message);
        return false;
    }
    return true;
}

} // namespace symbolon::ui
