#include "rekey/RekeyJustificationPage.h"

#include "common/StatusColor.h"
#include "rekey/RekeyWizard.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace symbolon::ui {

RekeyJustificationPage::RekeyJustificationPage(RekeyWizard* wizard) : QWizardPage(wizard), m_wizard(wizard) {
    setObjectName(QStringLiteral("rekeyJustificationPage"));
    setTitle(tr("Justification"));
    setSubTitle(tr("Recorded with the plan and signed by the quorum."));
    auto* layout = new QVBoxLayout(this);
    m_needed = new QLabel(this);
    m_needed->setTextFormat(Qt::RichText); // our sentence and a number
    m_needed->setObjectName(QStringLiteral("rekeyInstructionNeeded"));
    m_needed->setWordWrap(true);
    layout->addWidget(m_needed);
    auto* form = new QFormLayout();
    m_ground = new QComboBox(this);
    m_ground->setObjectName(QStringLiteral("rekeyPmaGround"));
    m_ground->setAccessibleName(tr("PMA instruction ground"));
    m_ground->addItem(tr("No PMA instruction"), QString());
    for (policy::PmaGround g : {policy::PmaGround::MajorIncident, policy::PmaGround::ControlShortfall})
        m_ground->addItem(policy::pmaGroundName(g), policy::pmaGroundCode(g));
    form->addRow(tr("PMA &ground:"), m_ground);
    m_reference = new QLineEdit(this);
    m_reference->setObjectName(QStringLiteral("rekeyPmaReference"));
    m_reference->setAccessibleName(tr("PMA instruction reference"));
    m_reference->setPlaceholderText(tr("The SMKI PMA instruction reference"));
    m_reference->setMaxLength(64);
    form->addRow(tr("PMA &reference:"), m_reference);
    m_reason = new QPlainTextEdit(this);
    m_reason->setObjectName(QStringLiteral("rekeyReason"));
    m_reason->setAccessibleName(tr("Reason"));
    m_reason->setPlaceholderText(tr("Why this re-key (journaled)"));
    m_reason->setMaximumHeight(90);
    form->addRow(tr("Rea&son:"), m_reason);
    layout->addLayout(form);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("rekeyJustificationError"));
    m_error->setStyleSheet(statusStyleSheet(StatusTone::Error));
    m_error->setWordWrap(true);
    layout->addWidget(m_error);
    layout->addStretch(1);
    connect(m_ground, &QComboBox::currentIndexChanged, this, &QWizardPage::completeChanged);
    connect(m_reference, &QLineEdit::textChanged, this, &QWizardPage::completeChanged);
}

bool RekeyJustificationPage::instructionRequired() const {
    const auto& r = m_wizard->radius();
    return r && r->needInstruction > 0;
}

void RekeyJustificationPage::initializePage() {
    m_error->clear();
    if (instructionRequired())
        m_needed->setText(tr("<b>Required:</b> %1 device(s) in this re-key have had their post-commissioning "
                             "rotation. Keys may be replaced after it only on the SMKI PMA's instruction "
                             "(CKMP (b)(iii), (d)(v), (d)(vi)): give its ground and reference.")
                              .arg(m_wizard->radius()->needInstruction));
    else
        m_needed->setText(tr("Every device is within its post-commissioning rotation: a PMA instruction is "
                             "optional (give it if there is one)."));
}

bool RekeyJustificationPage::isComplete() const {
    const bool given = m_ground->currentIndex() > 0;
    if (instructionRequired() && !given)
        return false;
    return !given || !m_reference->text().trimmed().isEmpty();
}

bool RekeyJustificationPage::validatePage() {
    rekey::RekeyRequest& r = m_wizard->request();
    r.instruction.reset();
    if (m_ground->currentIndex() > 0) {
        const auto ground = policy::parsePmaGround(m_ground->currentData().toString());
        const policy::PmaInstruction instruction{ground.value_or(policy::PmaGround::MajorIncident),
                                                 m_reference->text().trimmed()};
        if (auto s = instruction.validate(); !s) {
            m_error->setText(s.error().message);
            return false;
        }
        r.instruction = instruction;
    }
    r.reason = m_reason->toPlainText().trimmed();
    m_error->clear();
    return true;
}

} // namespace symbolon::ui
