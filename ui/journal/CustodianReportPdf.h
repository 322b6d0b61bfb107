#pragma once

#include "audit/CustodianReport.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QDate>

namespace symbolon::workspace {
class Workspace;
}

namespace symbolon::ui {

// The custodian report for a period as PDF: ceremonies, quorum sessions, re-keys, imports and the
// journal verification. write() runs off the GUI thread: it reads through its own read-only
// connection (the GUI keeps the workspace's), verifies the whole journal, summarises the period
// (audit::CustodianReport) and prints the HTML from html() with HtmlPdf.
class CustodianReportPdf {
    Q_DECLARE_TR_FUNCTIONS(symbolon::ui::CustodianReportPdf)
public:
    // The period is the UTC days from `from` to `to`, both included.
    [[nodiscard]] static Result<audit::CustodianReport>
    write(const workspace::Workspace& ws, const QDate& from, const QDate& to, const QString& pdfPath);
    static QString html(const audit::CustodianReport& report, const QString& workspaceName);
};

} // namespace symbolon::ui
