#pragma once

#include "common/Result.h"

#include <QStringList>

namespace symbolon::ui {

// The evidence pack's report as PDF (the issue asks for one via Qt's printing support, which core
// may not link): report.html rendered with QTextDocument onto a QPdfWriter, A4. Runs on any
// thread (QPainter on a QPdfWriter is allowed off the GUI thread). Used as the pack's ExtraFiles
// hook, so the PDF is listed in manifest.json with its SHA-256 like every other file.
class ReportPdf {
public:
    static constexpr char kFileName[] = "report.pdf";
    [[nodiscard]] static Result<QStringList> render(const QString& packDir);
};

} // namespace symbolon::ui
