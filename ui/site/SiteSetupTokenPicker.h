#pragma once

#include "workspace/WorkspaceConfig.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace symbolon::ui {

// "List tokens…": the tokens one module shows (label, serial, manufacturer and model, RFC 7512
// URI), listed on a worker thread (a module is never loaded on the GUI thread), by the rules
// site creation loads it with (registered with p11-kit, or a path on a machine that allows
// development modules). Choosing one gives its full token URI.
class SiteSetupTokenPicker : public QDialog {
    Q_OBJECT

public:
    // `module`: the module reference, its C_Initialize parameters and entry point.
    SiteSetupTokenPicker(const workspace::RoleModule& module, const QString& what, QWidget* parent = nullptr);

    QString chosenUri() const { return m_uri; }
    bool isListing() const { return m_listing; }

Q_SIGNALS:
    void listed(); // the list is filled, or its error shown

private:
    void list();
    void updateUse();

    workspace::RoleModule m_module;
    QTreeWidget* m_tokens;
    QLabel* m_selected;
    QLabel* m_status;
    QPushButton* m_use;
    QPushButton* m_refresh;
    QString m_uri;
    bool m_listing = false;
};

} // namespace symbolon::ui
