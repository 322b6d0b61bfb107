#pragma once

#include <QLabel>

namespace symbolon::workspace {
struct WorkspaceConfig;
}

namespace symbolon::ui {

// The permanent development-profile banner ("not for live keys"): amber, high contrast, always
// at the top of the window under the development profile. Hidden under production.
class ProfileBanner : public QLabel {
    Q_OBJECT

public:
    explicit ProfileBanner(const workspace::WorkspaceConfig& config, QWidget* parent = nullptr);
};

} // namespace symbolon::ui
