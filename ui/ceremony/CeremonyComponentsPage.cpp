#include "ceremony/CeremonyComponentsPage.h"

#include "ceremony/CeremonyWizard.h"
#include "ceremony/TransportKeyCeremony.h"
#include "common/SecretLineEdit.h"
#include "common/StatusColor.h"

#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace symbolon::ui {

CeremonyComponentsPage::CeremonyComponentsPage(CeremonyWizard* wizard)
    : QWizardPage(wizard), m_wizard(wizard) {
    setObjectName(QStringLiteral("ceremonyComponentsPage"));
    setTitle(tr("Transport Key components"));
    setSubTitle(tr("Each custodian types their own component (32 hex digits, hidden) and checks its KCV "
                   "against their sealed envelope. The others look away."));
    setCommitPage(true);
    setButtonText(QWizard::CommitButton, tr("&Build the Transport Key"));
    auto* layout = new QVBoxLayout(this);
    auto* grid = new QGridLayout();
    for (int i = 0; i < 3; ++i) {
        auto* edit = new SecretLineEdit(QLineEdit::NoEcho, this); // no echo: not even the length shows
        edit->setObjectName(QStringLiteral("componentEdit%1").arg(i + 1));
        edit->setEnterActsHere(true); // Enter accepts this component and shows its KCV; no more
        edit->setAccessibleName(tr("Component %1 (hidden)").arg(i + 1));
        edit->setToolTip(tr("32 hexadecimal digits from your sealed envelope; hidden, never copied"));
        auto* button = new QPushButton(tr("Enter"), this);
        button->setObjectName(QStringLiteral("componentEnter%1").arg(i + 1));
        auto* kcv = new QLabel(tr("not entered"), this);
        kcv->setObjectName(QStringLiteral("componentKcv%1").arg(i + 1));
        kcv->setTextInteractionFlags(Qt::TextSelectableByMouse);
        auto* label = new QLabel(tr("Component %1:").arg(i + 1), this);
        grid->addWidget(label, i, 0);
        grid->addWidget(edit, i, 1);
        grid->addWidget(button, i, 2);
        grid->addWidget(kcv, i, 3);
        m_edits << edit;
        m_buttons << button;
        m_kcvs << kcv;
        m_rows << label;
        connect(button, &QPushButton::clicked, this, [this, i] { enter(i); });
        connect(edit, &QLineEdit::returnPressed, this, [this, i] { enter(i); });
    }
    layout->addLayout(grid);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("componentError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: %1;").arg(statusColorName(StatusTone::Error)));
    layout->addWidget(m_error);
    layout->addStretch(1);
}

void CeremonyComponentsPage::initializePage() {
    const int n = m_wizard->plan().components;
    m_wizard->components().clear();
    m_wizard->components().resize(n);
    for (int i = 0; i < 3; ++i) {
        const bool used = i < n;
        for (QWidget* w : {static_cast<QWidget*>(m_edits[i]), static_cast<QWidget*>(m_buttons[i]),
                           static_cast<QWidget*>(m_kcvs[i]), m_rows[i]})
            w->setVisible(used);
        m_edits[i]->setEnabled(true);
        m_buttons[i]->setEnabled(true);
        m_kcvs[i]->setText(tr("not entered"));
    }
    m_error->clear();
}

void CeremonyComponentsPage::enter(int index) {
    SecureBytes typed = m_edits[index]->take();
    // Validation and the KCV are in software: the component is in host memory already.
    auto parsed = ceremony::TransportKeyCeremony::parseComponent(index + 1, typed);
    if (!parsed) {
        m_error->setText(parsed.error().message);
        return;
    }
    auto kcv = ceremony::TransportKeyCeremony::componentKcv(*parsed);
    if (!kcv) {
        m_error->setText(kcv.error().message);
        return;
    }
    m_wizard->components()[index] = std::move(typed);
    m_kcvs[index]->setText(tr("KCV %1").arg(*kcv));
    m_edits[index]->setEnabled(false);
    m_buttons[index]->setEnabled(false);
    m_error->clear();
    auto& all = m_wizard->components();
    if (std::all_of(all.begin(), all.end(), [](const SecureBytes& b) { return !b.empty(); })) {
        if (auto checked = ceremony::TransportKeyCeremony::parseComponents(all); !checked) {
            // e.g. two equal components: every custodian enters theirs again.
            for (int i = 0; i < all.size(); ++i) {
                all[i].clear();
                m_edits[i]->setEnabled(true);
                m_buttons[i]->setEnabled(true);
                m_kcvs[i]->setText(tr("not entered"));
            }
            m_error->setText(checked.error().message);
        }
    }
    Q_EMIT completeChanged();
}

bool CeremonyComponentsPage::isComplete() const {
    const auto& c = m_wizard->components();
    for (const SecureBytes& b : c)
        if (b.empty())
            return false;
    return bool(ceremony::TransportKeyCeremony::parseComponents(c));
}

} // namespace symbolon::ui
