#include "journal/ReportPdf.h"

#include "common/HtmlPdf.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QRegularExpression>

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
    if (auto written = HtmlPdf::write(text, pdfPath, tr("Symbolon evidence pack")); !written)
        return written.error();
    return QStringList{QString::fromLatin1(kFileName)};
}

} // namespace symbolon::ui
