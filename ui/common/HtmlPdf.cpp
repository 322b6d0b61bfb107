#include "common/HtmlPdf.h"

#include "common/StatusColor.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QFont>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QTextDocument>

namespace symbolon::ui {

Status HtmlPdf::write(const QString& html, const QString& pdfPath, const QString& title) {
    {
        QPdfWriter writer(pdfPath);
        writer.setTitle(title);
        writer.setCreator(QStringLiteral("Symbolon %1").arg(QStringLiteral(SYMBOLON_VERSION)));
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                         QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter));
        writer.setResolution(300);
        // No writer margins: QTextDocument::print() keeps its own 2 cm margin and the page numbers.

        QTextDocument doc;
        // QTextDocument understands a subset of CSS: table borders and the status classes are
        // given as a default sheet.
        doc.setDefaultStyleSheet(printStyleSheet());
        QFont base(QStringLiteral("sans-serif"));
        base.setPointSizeF(9);
        doc.setDefaultFont(base);
        doc.setHtml(html);
        doc.print(&writer);
    } // the writer finishes the file here
    if (!QFile::exists(pdfPath) || QFileInfo(pdfPath).size() == 0)
        return fail(ErrorCode::Io, QCoreApplication::translate("symbolon::ui::ReportPdf",
                                                               "The PDF report %1 could not be written.")
                                       .arg(pdfPath));
    return {};
}

} // namespace symbolon::ui
