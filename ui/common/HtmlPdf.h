#pragma once

#include "common/Result.h"

#include <QString>

namespace symbolon::ui {

// An HTML page printed onto an A4 PDF with QTextDocument and QPdfWriter: the console's reports
// (evidence pack, custodian report) share the page layout, font and table sheet. Runs on any
// thread (QPainter on a QPdfWriter is allowed off the GUI thread).
class HtmlPdf {
public:
    [[nodiscard]] static Status write(const QString& html, const QString& pdfPath, const QString& title);
};

} // namespace symbolon::ui
