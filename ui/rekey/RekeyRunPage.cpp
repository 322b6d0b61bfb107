#include "rekey/RekeyRunPage.h"

#include "common/StatusColor.h"
#include "rekey/RekeyWizard.h"

#include <QAbstractButton>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace symbolon::ui {

QString RekeyRunPage::etaText(double secs) {
    if (secs < 0)
        return QStringLiteral("--");
    const qint64 s = qRound64(secs);
    return s >= 3600 ? tr("%1h%2m").arg(s / 3600).arg((s % 3600) / 60, 2, 10, QLatin1Char('0'))
                     : tr("%1m%2s").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'));
}

RekeyRunPage::RekeyRunPage(RekeyWizard* wizard) : QWizardPage(wizard), m_wizard(wizard) {
    setObjectName(QStringLiteral("rekeyRunPage"));
    setTitle(tr("Re-keying"));
    setSubTitle(
        tr("The key token is logged in with the PIN rebuilt from the approvals. Each chunk of devices "
           "commits with its journal entry; the token is logged out and the PIN wiped at the end."));
    setCommitPage(true);
    setButtonText(QWizard::CommitButton, tr("&Results"));
    auto* layout = new QVBoxLayout(this);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("rekeyRunStatus"));
    m_status->setAccessibleName(tr("Run status"));
    m_status->setWordWrap(true);
    layout->addWidget(m_status);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("rekeyRunProgress"));
    m_progress->setAccessibleName(tr("Re-key progress"));
    m_progress->setMinimumHeight(28);
    layout->addWidget(m_progress);
    auto* form = new QFormLayout();
    auto value = [this](const char* name, const QString& accessible) {
        auto* l = new QLabel(QStringLiteral("--"), this);
        l->setObjectName(QString::fromLatin1(name));
        l->setAccessibleName(accessible);
        QFont f = l->font();
        f.setBold(true);
        l->setFont(f);
        return l;
    };
    m_devices = value("rekeyRunDevices", tr("Devices done"));
    m_rate = value("rekeyRunRate", tr("Rate"));
    m_eta = value("rekeyRunEta", tr("Estimated time left"));
    m_failed = value("rekeyRunFailed", tr("Failed devices"));
    form->addRow(tr("Devices:"), m_devices);
    form->addRow(tr("Rate:"), m_rate);
    form->addRow(tr("Time left:"), m_eta);
    form->addRow(tr("Failed:"), m_failed);
    layout->addLayout(form);
    m_stop = new QPushButton(tr("&Stop after this chunk"), this);
    m_stop->setObjectName(QStringLiteral("rekeyRunStopButton"));
    m_stop->setAccessibleName(tr("Stop after this chunk"));
    m_stop->setToolTip(tr("Every committed chunk stays committed; running the plan again resumes it."));
    layout->addWidget(m_stop, 0, Qt::AlignLeft);
    layout->addStretch(1);
    connect(m_stop, &QPushButton::clicked, this, [this] {
        m_wizard->stopAfterThisChunk();
        m_stopRequested = true;
        m_stop->setEnabled(false);
        m_status->setText(tr("Stopping after the chunk in progress…"));
    });
    connect(wizard, &CeremonyWizard::rekeyProgress, this, &RekeyRunPage::onProgress);
    connect(wizard, &CeremonyWizard::ceremonyFinished, this, [this](bool ok) {
        if (m_wizard->currentPage() != this)
            return;
        m_done = true;
        m_stop->setEnabled(false);
        m_wizard->button(QWizard::CancelButton)->setEnabled(true);
        if (m_progress->maximum() == 0)
            m_progress->setRange(0, 1);
        if (ok && !m_stopRequested)
            m_progress->setValue(m_progress->maximum());
        m_status->setText(ok ? tr("Done, and journaled.") : tr("The run failed; see the results."));
        Q_EMIT completeChanged();
        m_wizard->next();
    });
}

void RekeyRunPage::initializePage() {
    m_done = false;
    m_stopRequested = false;
    m_last = {};
    m_stop->setEnabled(true);
    m_progress->setRange(0, 0); // busy until the first chunk commits
    m_devices->setText(QStringLiteral("--"));
    m_rate->setText(QStringLiteral("--"));
    m_eta->setText(QStringLiteral("--"));
    m_failed->setText(QStringLiteral("0"));
    m_status->setText(
        tr("Running \"%1\"…").arg(m_wizard->run() ? m_wizard->run()->title() : m_wizard->plan().title()));
    // Stopping is "Stop after this chunk"; closing waits for the run (CeremonyWizard::done).
    m_wizard->button(QWizard::CancelButton)->setEnabled(false);
    m_wizard->runCeremony();
}

int RekeyRunPage::nextId() const {
    return CeremonyWizard::ResultPage;
}

bool RekeyRunPage::isComplete() const {
    return m_done;
}

void RekeyRunPage::onProgress(const rekey::RekeyProgress& p) {
    m_last = p;
    const QLocale l;
    m_progress->setRange(0, int(qMax<qint64>(p.total, 1)));
    m_progress->setValue(int(p.done));
    m_progress->setFormat(tr("%1 of %2 devices (%p%)").arg(l.toString(p.done), l.toString(p.total)));
    m_devices->setText(
        tr("%1 of %2 (%3 chunk(s) committed)").arg(l.toString(p.done), l.toString(p.total)).arg(p.chunks));
    m_rate->setText(tr("%1 devices/s").arg(l.toString(p.rate(), 'f', 1)));
    m_eta->setText(etaText(p.etaSecs()));
    m_failed->setText(l.toString(p.failed));
    m_failed->setStyleSheet(p.failed > 0 ? statusStyleSheet(StatusTone::Error) : QString());
}

} // namespace symbolon::ui
