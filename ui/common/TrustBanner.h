#pragma once

#include <QLabel>

namespace symbolon::workspace {
class Workspace;
}

namespace symbolon::ui {

// What the site register check found at open (issue #14), always at the top of the window: red
// when the workspace is open read-only (the register does not verify, or does not contain what
// this card last saw, or the module is not the registered one), amber for notices (a development
// module, a workspace.json that differs from the register). Plain text: the sentences name files
// and values from the workspace. Hidden when there is nothing to say.
class TrustBanner : public QLabel {
    Q_OBJECT

public:
    explicit TrustBanner(const workspace::Workspace& ws, QWidget* parent = nullptr);
};

} // namespace symbolon::ui
