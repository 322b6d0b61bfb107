#include "ceremony/CeremonyQuorumPage.h"

#include "ceremony/CeremonyWizard.h"
#include "quorum/QuorumSession.h"
#include "quorum/QuorumSessionWidget.h"

#include <QVBoxLayout>

namespace symbolon::ui {

CeremonyQuorumPage::CeremonyQuorumPage(CeremonyWizard* wizard) : QWizardPage(wizard), m_wizard(wizard) {
    setObjectName(QStringLiteral("ceremonyQuorumPage"));
    setTitle(tr("Quorum"));
    setSubTitle(tr("Each custodian in turn: choose your card, type its PIN (not shown), approve."));
    auto* layout = new QVBoxLayout(this);
    m_widget = new QuorumSessionWidget(wizard->workspace(), this);
    layout->addWidget(m_widget);
    connect(m_widget, &QuorumSessionWidget::ready, this, &QWizardPage::completeChanged);
    connect(m_widget, &QuorumSessionWidget::cancelled, this, [this] {
        setSubTitle(tr("The session was cancelled. Close the wizard and start again."));
        Q_EMIT completeChanged();
    });
}

void CeremonyQuorumPage::initializePage() {
    m_widget->setSession(m_wizard->session());
}

bool CeremonyQuorumPage::isComplete() const {
    const auto* s = m_wizard->session();
    return s && s->isReady() && !s->isCancelled() && !s->isExpired() && !m_widget->isBusy();
}

int CeremonyQuorumPage::nextId() const {
    return m_wizard->plan().kind == ceremony::CeremonyKind::TransportKey ? CeremonyWizard::ComponentsPage
                                                                         : CeremonyWizard::RunPage;
}

} // namespace symbolon::ui
