#include "rekey/RekeyRadiusPage.h"

#include "common/OperationRunner.h"
#include "common/StatusColor.h"
#include "rekey/RekeyWizard.h"
#include "workspace/Workspace.h"

#include <QLabel>
#include <QLocale>
#include <QPointer>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace symbolon::ui {

namespace {
struct PreviewOutcome {
    std::optional<Result<rekey::RekeyPlanner::Preview>> without, with;
};

QString number(qint64 n) {
    return QLocale().toString(n);
}

QString table(const QString& title, const QMap<QString, qint64>& counts) {
    QString h =
        QStringLiteral("<td valign='top'><b>%1</b><table cellpadding='2'>").arg(title.toHtmlEscaped());
    for (auto it = counts.constBegin(); it != counts.constEnd(); ++it)
        h += QStringLiteral("<tr><td>%1</td><td align='right'>%2</td></tr>")
                 .arg(it.key().toHtmlEscaped(), number(it.value()));
    return h + QStringLiteral("</table></td>");
}
} // namespace

RekeyRadiusPage::RekeyRadiusPage(RekeyWizard* wizard) : QWizardPage(wizard), m_wizard(wizard) {
    setObjectName(QStringLiteral("rekeyRadiusPage"));
    setTitle(tr("Blast radius"));
    setSubTitle(
        tr("Exactly what the re-key would touch, and every device the policy refuses, with the reason."));
    auto* layout = new QVBoxLayout(this);
    m_status = new QLabel(this);
    m_status->setTextFormat(Qt::RichText); // the reason is escaped (show())
    m_status->setObjectName(QStringLiteral("rekeyRadiusStatus"));
    m_status->setAccessibleName(tr("Blast radius status"));
    m_status->setWordWrap(true);
    layout->addWidget(m_status);
    m_text = new QTextBrowser(this);
    m_text->setObjectName(QStringLiteral("rekeyRadiusText"));
    m_text->setAccessibleName(tr("Blast radius"));
    layout->addWidget(m_text, 1);
}

void RekeyRadiusPage::initializePage() {
    m_wizard->setRadius(std::nullopt);
    m_previewing = true;
    m_error.clear();
    m_text->clear();
    m_status->setText(tr("Previewing…"));
    const quint64 generation = ++m_generation;
    workspace::Workspace* ws = &m_wizard->workspace();
    rekey::RekeyRequest without = m_wizard->request();
    without.instruction.reset();
    rekey::RekeyRequest with = without;
    with.instruction = policy::PmaInstruction{policy::PmaGround::MajorIncident, QStringLiteral("preview")};
    m_wizard->setBusy(true);
    const auto done = [this, generation](PreviewOutcome result) {
        m_wizard->setBusy(false);
        if (generation != m_generation)
            return; // the user went back and forth: a newer preview is on its way
        m_previewing = false;
        PreviewOutcome o = result;
        if (!*o.without || !*o.with) {
            m_error = !*o.without ? o.without->error().message : o.with->error().message;
        } else {
            RekeyWizard::Radius r;
            r.withInstruction = **o.with;
            r.needInstruction = (*o.without)->radius.refused() - r.withInstruction.radius.refused();
            m_wizard->setRadius(r);
        }
        show();
        Q_EMIT completeChanged();
        Q_EMIT previewed();
    };
    OperationRunner::start(
        this,
        [ws, without, with] {
            const QDateTime now = QDateTime::currentDateTimeUtc();
            PreviewOutcome o;
            o.without = rekey::RekeyPlanner::preview(*ws, without, now);
            o.with = rekey::RekeyPlanner::preview(*ws, with, now);
            return o;
        },
        done);
}

void RekeyRadiusPage::cleanupPage() {
    ++m_generation;
    m_previewing = false;
}

QString RekeyRadiusPage::blockedReason() const {
    if (m_previewing)
        return tr("The preview is still running.");
    if (!m_error.isEmpty())
        return m_error;
    const auto& r = m_wizard->radius();
    if (!r)
        return tr("No preview.");
    if (r->withInstruction.radius.refused() > 0)
        return tr("%1 device(s) are refused (reasons below): narrow the selection, or resolve them first.")
            .arg(number(r->withInstruction.radius.refused()));
    if (r->withInstruction.radius.devices == 0)
        return tr("No device is selected: widen the selection.");
    return {};
}

bool RekeyRadiusPage::isComplete() const {
    return blockedReason().isEmpty();
}

QString RekeyRadiusPage::radiusText() const {
    return m_text->toPlainText();
}

void RekeyRadiusPage::show() {
    const QString blocked = blockedReason();
    m_status->setText(
        blocked.isEmpty()
            ? tr("Nothing is refused. Next: the justification.")
            : statusHtml(StatusTone::Error, tr("<b>Next is disabled:</b> %1").arg(blocked.toHtmlEscaped())));
    const auto& r = m_wizard->radius();
    if (!r) {
        m_text->setHtml(statusHtml(StatusTone::Error, m_error.toHtmlEscaped(), QStringLiteral("p")));
        return;
    }
    const rekey::BlastRadius& b = r->withInstruction.radius;
    QString h = tr("<h3>%1 device(s), %2 new key(s) (%3)</h3>")
                    .arg(number(b.devices), number(b.keys), m_wizard->request().kinds.code());
    h += tr("<p>%1 as their post-commissioning rotation; %2 after it (these need the PMA's instruction, CKMP "
            "(d)(vi)).</p>")
             .arg(number(b.postCommissioning), number(b.afterRotation));
    if (r->needInstruction > 0)
        h += statusBannerHtml(StatusTone::Warning,
                              tr("<b>%1 device(s) have had their post-commissioning rotation:</b> re-keying "
                                 "them needs a PMA instruction (ground and reference) on the next page.")
                                  .arg(number(r->needInstruction)));
    h += QStringLiteral("<table cellspacing='12'><tr>");
    h += table(tr("By cohort"), b.byCohort);
    h += table(tr("By S1SP"), b.byS1sp);
    h += table(tr("By device type"), b.byType);
    h += QStringLiteral("</tr></table>");
    if (!b.refusals.isEmpty()) {
        h += statusHtml(StatusTone::Error, tr("Refused: %1 device(s)").arg(number(b.refused())),
                        QStringLiteral("h3")) +
             QStringLiteral("<ul>");
        for (const auto& ref : b.refusals)
            h += tr("<li><b>%1 device(s)</b>: %2<br><small>e.g. %3</small></li>")
                     .arg(number(ref.count), ref.reason.toHtmlEscaped(),
                          ref.sample.mid(0, 5).join(QStringLiteral(", ")).toHtmlEscaped());
        h += QStringLiteral("</ul>");
    }
    m_text->setHtml(h);
}

} // namespace symbolon::ui
