#include "ceremony/CeremonyRunPage.h"

#include "ceremony/CeremonyWizard.h"

#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace symbolon::ui {

CeremonyRunPage::CeremonyRunPage(CeremonyWizard* wizard) : QWizardPage(wizard), m_wizard(wizard) {
    setObjectName(QStringLiteral("ceremonyRunPage"));
    setTitle(tr("Running"));
    setSubTitle(tr("The key token is logged in with the PIN rebuilt from the approvals; it is logged out and "
                   "the PIN wiped when the ceremony ends."));
    setCommitPage(true);
    auto* layout = new QVBoxLayout(this);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("runStatus"));
    m_status->setWordWrap(true);
    layout->addWidget(m_status);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("runProgress"));
    layout->addWidget(m_progress);
    m_stop = new QPushButton(tr("&Stop after this chunk"), this);
    m_stop->setObjectName(QStringLiteral("runStopButton"));
    m_stop->setToolTip(tr("Every committed chunk stays committed; running the migration again resumes."));
    layout->addWidget(m_stop, 0, Qt::AlignLeft);
    layout->addStretch(1);
    connect(m_stop, &QPushButton::clicked, this, [this] {
        m_wizard->stopAfterThisChunk();
        m_stop->setEnabled(false);
        m_status->setText(tr("Stopping after the chunk in progress…"));
    });
    connect(wizard, &CeremonyWizard::progress, this, [this](qint64 done, qint64 total) {
        m_progress->setRange(0, int(qMax<qint64>(total, 1)));
        m_progress->setValue(int(done));
        m_progress->setFormat(tr("%1 of %n device(s)", nullptr, int(total)).arg(done));
    });
    connect(wizard, &CeremonyWizard::ceremonyFinished, this, [this](bool ok) {
        m_done = true;
        m_stop->setEnabled(false);
        if (m_progress->maximum() == 0)
            m_progress->setRange(0, 1);
        m_progress->setValue(m_progress->maximum());
        m_status->setText(ok ? tr("Done, and journaled.") : tr("The ceremony failed; see the record."));
        Q_EMIT completeChanged();
        m_wizard->next(); // straight to the record
    });
}

void CeremonyRunPage::initializePage() {
    m_done = false;
    const bool migration = m_wizard->plan().kind == ceremony::CeremonyKind::MigrationUnwrap;
    m_stop->setVisible(migration);
    m_stop->setEnabled(migration);
    m_progress->setRange(0, 0); // busy until the first progress report
    m_status->setText(tr("Running \"%1\"…").arg(m_wizard->plan().title()));
    m_wizard->runCeremony();
}

bool CeremonyRunPage::isComplete() const {
    return m_done;
}

} // namespace symbolon::ui
