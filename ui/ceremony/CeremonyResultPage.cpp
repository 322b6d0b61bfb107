#include "ceremony/CeremonyResultPage.h"

#include "ceremony/CeremonyWizard.h"
#include "common/StatusColor.h"
#include "hsm/ReadinessCheck.h"

#include <QFileDialog>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace symbolon::ui {

CeremonyResultPage::CeremonyResultPage(CeremonyWizard* wizard) : QWizardPage(wizard), m_wizard(wizard) {
    setObjectName(QStringLiteral("ceremonyResultPage"));
    setTitle(tr("Ceremony record"));
    setSubTitle(tr("Read it together; each KCV is labelled with its method. It is in the journal already."));
    setFinalPage(true);
    auto* layout = new QVBoxLayout(this);
    m_text = new QTextBrowser(this);
    m_text->setObjectName(QStringLiteral("resultText"));
    m_text->setAccessibleName(tr("Ceremony record"));
    layout->addWidget(m_text, 1);
    m_save = new QPushButton(tr("&Save record as text…"), this);
    m_save->setObjectName(QStringLiteral("saveRecordButton"));
    layout->addWidget(m_save, 0, Qt::AlignLeft);
    connect(m_save, &QPushButton::clicked, this, &CeremonyResultPage::save);
}

QString CeremonyResultPage::recordText() const {
    const auto& o = m_wizard->outcome();
    if (!o)
        return {};
    return *o ? (*o)->toText() : tr("FAILED: %1\n").arg(o->error().message);
}

// A readiness check's rows (ceremony::ReadinessRecord): what was tried, how, and what happened;
// what went wrong under the row, in the outcome's colour.
QString CeremonyResultPage::readinessTable(const ceremony::CeremonyRecord& r) const {
    const QJsonArray rows = r.extra.value(QStringLiteral("readiness")).toArray();
    if (rows.isEmpty())
        return {};
    QString h = tr("<table border='1' cellspacing='0' cellpadding='4'><tr><th>Operation</th><th>Path</th>"
                   "<th>Mechanism</th><th>Outcome</th><th>Time per call</th></tr>");
    for (const QJsonValue& v : rows) {
        const QJsonObject row = v.toObject();
        const QString outcome = row.value(QStringLiteral("outcome")).toString();
        const StatusTone tone = outcome == QLatin1String("passed")    ? StatusTone::Ok
                                : outcome == QLatin1String("warning") ? StatusTone::Warning
                                                                      : StatusTone::Error;
        h += QStringLiteral(
                 "<tr><td>%1</td><td>%2</td><td><tt>%3</tt></td><td style='color:%4'>%5</td><td>%6</td></tr>")
                 .arg(row.value(QStringLiteral("operation")).toString().toHtmlEscaped(),
                      hsm::readinessPathWord(row.value(QStringLiteral("path")).toString()).toHtmlEscaped(),
                      row.value(QStringLiteral("mechanism")).toString().toHtmlEscaped(),
                      statusColorName(tone), hsm::readinessOutcomeWord(outcome).toHtmlEscaped(),
                      hsm::readinessTimeText(row).toHtmlEscaped());
        if (outcome != QLatin1String("passed"))
            h += QStringLiteral("<tr><td colspan='5' style='color:%1'>%2</td></tr>")
                     .arg(statusColorName(tone),
                          row.value(QStringLiteral("result")).toString().toHtmlEscaped());
    }
    return h + QStringLiteral("</table>");
}

void CeremonyResultPage::initializePage() {
    const auto& o = m_wizard->outcome();
    m_save->setEnabled(o && *o);
    if (!o)
        return;
    if (!*o) {
        m_text->setHtml(tr("<h3 style='color:%2'>The ceremony failed</h3><p>%1</p><p>The quorum session is "
                           "used up and the failure is journaled. Nothing else was changed.</p>")
                            .arg(o->error().message.toHtmlEscaped(), statusColorName(StatusTone::Error)));
        return;
    }
    const ceremony::CeremonyRecord& r = **o;
    QString h = tr("<h3>%1</h3>").arg(m_wizard->plan().title().toHtmlEscaped());
    h += tr("<p>Run by %1 (%2), %3 profile.<br>Started %4, finished %5 (UTC).</p>")
             .arg(r.actor.toHtmlEscaped(), r.role.toHtmlEscaped(), r.profile.toHtmlEscaped(),
                  r.startedAt.toString(Qt::ISODate), r.finishedAt.toString(Qt::ISODate));
    h += tr("<p><b>Approved by</b></p><ul>");
    for (const QString& a : r.approvals)
        h += QStringLiteral("<li>%1</li>").arg(a.toHtmlEscaped());
    h += QStringLiteral("</ul>");
    if (!r.kcvs.isEmpty()) {
        h += tr("<table border='1' cellspacing='0' cellpadding='4'><tr><th>Key</th><th>KCV (method, "
                "value)</th></tr>");
        for (const auto& [what, kcv] : r.kcvs)
            h += QStringLiteral("<tr><td>%1</td><td><tt>%2</tt></td></tr>")
                     .arg(what.toHtmlEscaped(), kcv.toHtmlEscaped());
        h += QStringLiteral("</table>");
    }
    h += readinessTable(r);
    if (r.extra.contains(QStringLiteral("packages_moved"))) // a KEK rollover
        h += tr("<p>Packages moved: %1; left under the old version: %2.</p>")
                 .arg(QLocale().toString(r.extra.value(QStringLiteral("packages_moved")).toInteger()),
                      QLocale().toString(r.extra.value(QStringLiteral("packages_remaining")).toInteger()));
    for (const QString& p : r.paths)
        h += tr("<p>Path: %1</p>").arg(p.toHtmlEscaped());
    for (const QString& f : r.fallbacks)
        h += hazardBannerHtml(tr("<b>FALLBACK — not for live keys:</b> %1").arg(f.toHtmlEscaped()));
    for (const QString& n : r.notes)
        h += tr("<p><i>Note: %1</i></p>").arg(n.toHtmlEscaped());
    if (r.cancelled)
        h += tr("<p><b>Stopped before completion; every chunk reported was committed.</b></p>");
    m_text->setHtml(h);
}

void CeremonyResultPage::save() {
    const QString file = QFileDialog::getSaveFileName(
        this, tr("Save the ceremony record"), QStringLiteral("ceremony-record.txt"), tr("Text (*.txt)"));
    if (file.isEmpty())
        return;
    QSaveFile f(file);
    const QByteArray bytes = recordText().toUtf8();
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size() || !f.commit())
        QMessageBox::warning(this, tr("Save the ceremony record"), tr("%1 cannot be written.").arg(file));
}

} // namespace symbolon::ui
