#include "journal/ReportPdf.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFont>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QTextDocument>

namespace symbolon::ui {

namespace {
QString tr(const char* s) {
    return QCoreApplication::translate("symbolon::ui::ReportPdf", s);
}
} // namespace

Result<QStringList> ReportPdf::render(const QString& packDir) {
    QFile html(QDir(packDir).filePath(QStringLiteral("report.html")));
    if (!html.open(QIODevice::ReadOnly))
        return fail(ErrorCode::Io, tr("%1 cannot be read: %2").arg(html.fileName(), html.errorString()));
    QString text = QString::fromUtf8(html.readAll());
    // QTextDocument knows a subset of CSS: the browser style block (max-width, auto margins, table
    // width in CSS) would leave a narrow column on A4. The PDF gets its own sheet and HTML table
    // attributes instead; report.html itself is not changed (its SHA-256 is in the manifest).
    text.remove(QRegularExpression(QStringLiteral("<style>.*</style>"),
                                   QRegularExpression::DotMatchesEverythingOption));
    text.replace(QStringLiteral("<table>"),
                 QStringLiteral("<table width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"4\">"));

    const QString pdfPath = QDir(packDir).filePath(QString::fromLatin1(kFileName));
    QPdfWriter writer(pdfPath);
    writer.setTitle(tr("Symbolon evidence pack"));
    writer.setCreator(QStringLiteral("Symbolon %1").arg(QStringLiteral(SYMBOLON_VERSION)));
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(0, 0, 0, 0),
                                     QPageLayout::Millimeter));
    writer.setResolution(300);
    // No writer margins: QTextDocument::print() keeps its own 2 cm margin and the page numbers.

    QTextDocument doc;
    // QTextDocument understands a subset of CSS: the report's own style block is kept, and the
    // table borders it relies on are given as a default sheet.
    doc.setDefaultStyleSheet(
        QStringLiteral("table { border-collapse: collapse; } td, th { border: 1px solid #999; "
                       "padding: 3px; } th { background: #eee; } .ok { color: #145a14; } "
                       ".bad { color: #a00; } .ok, .bad { font-weight: bold; } code { font-size: 7pt; }"));
    QFont base(QStringLiteral("sans-serif"));
    base.setPointSizeF(9);
    doc.setDefaultFont(base);
    doc.setHtml(text);
    doc.print(&writer);
    if (!QFile::exists(pdfPath) || QFileInfo(pdfPath).size() == 0)
        return fail(ErrorCode::Io, tr("The PDF report %1 could not be written.").arg(pdfPath));
    return QStringList{QString::fromLatin1(kFileName)};
}

} // namespace symbolon::ui
