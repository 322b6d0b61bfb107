#include "ceremony/CeremonyRunPage.h"

#include "ceremony/CeremonyWizard.h"
#include "common/KekText.h"

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
    m_status->setTextFormat(Qt::PlainText); // the ceremony's title names a label
    layout->addWidget(m_status);
    // A rollover's packages moved, rate and time left (KekText: rolloverProgressText).
    m_rate = new QLabel(this);
    m_rate->setObjectName(QStringLiteral("runRate"));
    m_rate->setTextFormat(Qt::PlainText);
    layout->addWidget(m_rate);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("runProgress"));
    layout->addWidget(m_progress);
    m_stop = new QPushButton(tr("&Stop after this chunk"), this);
    m_stop->setObjectName(QStringLiteral("runStopButton"));
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
        if (m_wizard->plan().kind == ceremony::CeremonyKind::RolloverKek) {
            // A rollover moves packages (keys), not devices: its rate and time left are in packages.
            m_progress->setFormat(QStringLiteral("%p%"));
            m_rate->setText(rolloverProgressText(done, total, m_elapsed.elapsed() / 1000.0));
        } else {
            m_progress->setFormat(tr("%1 of %n device(s)", nullptr, int(total)).arg(done));
        }
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
    const auto kind = m_wizard->plan().kind;
    const bool chunked =
        kind == ceremony::CeremonyKind::MigrationUnwrap || kind == ceremony::CeremonyKind::RolloverKek;
    m_stop->setVisible(chunked);
    m_stop->setEnabled(chunked);
    m_stop->setToolTip(
        kind == ceremony::CeremonyKind::RolloverKek
            ? tr("Every committed chunk stays committed, and every package stays readable; "
                 "running the rollover again resumes it under a new approval.")
            : tr("Every committed chunk stays committed; running the migration again resumes."));
    m_elapsed.start();
    m_rate->setVisible(kind == ceremony::CeremonyKind::RolloverKek);
    m_rate->setText(rolloverProgressText(0, m_wizard->plan().packages, 0));
    m_progress->setRange(0, 0); // busy until the first progress report
    m_status->setText(tr("Running \"%1\"…").arg(m_wizard->plan().title()));
    m_wizard->runCeremony();
}

bool CeremonyRunPage::isComplete() const {
    return m_done;
}

} // namespace symbolon::ui
