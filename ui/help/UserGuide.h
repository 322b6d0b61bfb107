#pragma once

#include <QDialog>

class QTextBrowser;

namespace symbolon::ui {

// The user guide inside the console (issue #17, item 9): the order of the ceremonies, the roles
// and what each may do, and what each view is for, one section per view (anchor: the view's
// --view name). F1 opens it at the section of the view in front. Text is the console's own
// (translated), shown as rich text it builds itself; no data enters it.
class UserGuide : public QDialog {
    Q_OBJECT

public:
    explicit UserGuide(QWidget* parent = nullptr);
    // Scrolls to a view's section ("overview", "journal", …); an unknown name stays at the top.
    void showSection(const QString& anchor);
    QString html() const;

private:
    QTextBrowser* m_text = nullptr;
};

} // namespace symbolon::ui
