#pragma once

#include <QObject>

namespace symbolon::ui {

// Data is never markup (issue #16). Qt shows a QLabel, a QMessageBox, a wizard's page titles and
// a tooltip as rich text whenever the text merely looks like HTML (Qt::AutoText,
// Qt::mightBeRichText): a manufacturer named <h1 style="color:red">VERIFIED OK</h1> would be a red
// heading, <img src="/path"> would load a local file, <a href> would become a link. Installed once
// on the application, this makes plain text the rule for every widget, present and future:
//   - a QLabel or QMessageBox still at Qt::AutoText when first polished becomes Qt::PlainText;
//     a QWizard's title and subtitle formats likewise;
//   - a tooltip (a widget's, or an item view's from its model) that looks like markup is shown
//     escaped, as the characters it holds.
// A widget that builds rich text on purpose says so with setTextFormat(Qt::RichText) and escapes
// every piece of data it puts in (QString::toHtmlEscaped); a widget whose tooltip is rich text on
// purpose sets the property "symbolonRichToolTip".
class PlainTextGuard : public QObject {
public:
    static void install(); // once per application; later calls do nothing

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    using QObject::QObject;
};

} // namespace symbolon::ui
