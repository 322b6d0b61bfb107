#include "journal/CustodianReportPdf.h"

#include "common/HtmlPdf.h"
#include "store/Database.h"
#include "workspace/Workspace.h"

#include <QFileInfo>
#include <QLocale>

namespace symbolon::ui {

namespace {

QString esc(const QString& s) {
    return s.toHtmlEscaped();
}

QString when(const QDateTime& t) {
    return t.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"));
}

const char* const kTable = "<table width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"4\">";

} // namespace

Result<audit::CustodianReport> CustodianReportPdf::write(const workspace::Workspace& ws, const QDate& from,
                                                         const QDate& to, const QString& pdfPath) {
    if (!from.isValid() || !to.isValid() || to < from)
        return fail(
            ErrorCode::InvalidInput,
            tr("The period ends before it starts: choose a \"to\" date on or after the \"from\" date."));
    auto db = ws.openConnection(true);
    if (!db)
        return db.error();
    auto report = audit::CustodianReport::build(**db, QDateTime(from, QTime(0, 0), Qt::UTC),
                                                QDateTime(to.addDays(1), QTime(0, 0), Qt::UTC));
    if (!report)
        return report.error();
    report->verification = workspace::Workspace::verifyJournalOn(**db, ws.dir(), ws.config());
    const QString html = CustodianReportPdf::html(*report, QFileInfo(ws.dir()).fileName());
    if (auto written = HtmlPdf::write(html, pdfPath, tr("Symbolon custodian report")); !written)
        return written.error();
    return report;
}

QString CustodianReportPdf::html(const audit::CustodianReport& r, const QString& workspaceName) {
    const QLocale locale;
    const QString table = QString::fromLatin1(kTable);
    QString h;
    h += QStringLiteral("<html><body>");
    h += QStringLiteral("<h1>%1</h1>").arg(esc(tr("Custodian report")));
    h += QStringLiteral("<p>%1</p>")
             .arg(esc(
                 tr("Workspace %1, period %2 to %3 (UTC, end excluded). %Ln journal entries in the period.",
                    nullptr, int(r.entries))
                     .arg(workspaceName, when(r.from), when(r.to))));

    // Journal verification first: the rest is only as good as the chain it was read from.
    h += QStringLiteral("<h2>%1</h2>").arg(esc(tr("Journal verification")));
    if (r.verification) {
        const bool ok = r.verification->ok();
        h += QStringLiteral("<p class=\"%1\">%2</p>")
                 .arg(ok ? QStringLiteral("ok") : QStringLiteral("bad"),
                      esc(ok ? tr("Verified: every hash, link and checkpoint signature of the whole journal.")
                             : tr("Verification FAILED.")));
        h += QStringLiteral("<p>%1</p>").arg(esc(r.verification->summary()));
    } else {
        h += QStringLiteral("<p class=\"bad\">%1</p>").arg(esc(tr("The journal was not verified.")));
    }

    h += QStringLiteral("<h2>%1</h2>").arg(esc(tr("Ceremonies")));
    h += QStringLiteral("<p>%1</p>")
             .arg(esc(tr("%Ln ceremonies in the period.", nullptr, int(r.ceremonies.size()))));
    if (!r.ceremonies.isEmpty()) {
        h += table + QStringLiteral("<tr><th>%1</th><th>%2</th><th>%3</th><th>%4</th><th>%5</th></tr>")
                         .arg(esc(tr("Entry")), esc(tr("Time")), esc(tr("Ceremony")), esc(tr("Outcome")),
                              esc(tr("Approvers")));
        for (const auto& c : r.ceremonies)
            h += QStringLiteral(
                     "<tr><td>#%1</td><td>%2</td><td>%3</td><td class=\"%4\">%5</td><td>%6</td></tr>")
                     .arg(c.seq)
                     .arg(when(c.time), esc(c.action),
                          c.outcome == QLatin1String("completed") ? QStringLiteral("ok")
                                                                  : QStringLiteral("bad"),
                          esc(c.error.isEmpty() ? c.outcome : c.outcome + QStringLiteral(": ") + c.error),
                          esc(c.approvers.join(QStringLiteral(", "))));
        h += QStringLiteral("</table>");
    }

    h += QStringLiteral("<h2>%1</h2>").arg(esc(tr("Quorum sessions")));
    h += QStringLiteral("<p>%1</p>")
             .arg(esc(tr("%Ln quorum sessions: %1 completed, %2 failed, %3 cancelled.", nullptr,
                         int(r.quorumSessions.size()))
                          .arg(r.quorumCount(QStringLiteral("completed")))
                          .arg(r.quorumCount(QStringLiteral("failed")))
                          .arg(r.quorumCount(QStringLiteral("cancelled")))));
    if (!r.quorumSessions.isEmpty()) {
        h += table + QStringLiteral("<tr><th>%1</th><th>%2</th><th>%3</th><th>%4</th><th>%5</th></tr>")
                         .arg(esc(tr("Entry")), esc(tr("Time")), esc(tr("Action")), esc(tr("Outcome")),
                              esc(tr("Approvers")));
        for (const auto& q : r.quorumSessions)
            h += QStringLiteral("<tr><td>#%1</td><td>%2</td><td>%3</td><td>%4</td><td>%5</td></tr>")
                     .arg(q.seq)
                     .arg(when(q.time), esc(q.action), esc(q.outcome),
                          esc(q.approvers.join(QStringLiteral(", "))));
        h += QStringLiteral("</table>");
    }

    h += QStringLiteral("<h2>%1</h2>").arg(esc(tr("Re-keys")));
    h += QStringLiteral("<p>%1</p>").arg(esc(tr("%Ln re-key journal entries.", nullptr, r.rekeyCount())));
    h += table + QStringLiteral("<tr><th>%1</th><th>%2</th></tr>").arg(esc(tr("Action")), esc(tr("Entries")));
    for (const QString& a : audit::CustodianReport::rekeyActionNames())
        h += QStringLiteral("<tr><td>%1</td><td>%2</td></tr>")
                 .arg(esc(a), locale.toString(r.rekeyActions.value(a)));
    h += QStringLiteral("</table>");
    h += QStringLiteral("<p>%1 %2</p>")
             .arg(esc(tr("PMA references:")),
                  esc(r.pmaReferences.isEmpty() ? tr("none") : r.pmaReferences.join(QStringLiteral(", "))));

    h += QStringLiteral("<h2>%1</h2>").arg(esc(tr("Inventory imports")));
    h += QStringLiteral("<p>%1</p>").arg(esc(tr("%Ln inventory imports.", nullptr, int(r.imports.size()))));
    if (!r.imports.isEmpty()) {
        h += table + QStringLiteral("<tr><th>%1</th><th>%2</th><th>%3</th><th>%4</th></tr>")
                         .arg(esc(tr("Entry")), esc(tr("Time")), esc(tr("File")), esc(tr("By")));
        for (const auto& i : r.imports)
            h += QStringLiteral("<tr><td>#%1</td><td>%2</td><td>%3</td><td>%4</td></tr>")
                     .arg(i.seq)
                     .arg(when(i.time), esc(i.file), esc(i.actor));
        h += QStringLiteral("</table>");
    }
    h += QStringLiteral("</body></html>");
    return h;
}

} // namespace symbolon::ui
