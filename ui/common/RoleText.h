#pragma once

#include <QString>

namespace symbolon::ui {

// A role code as recorded in keyslots.json ("custodian", "reviewer", ...) in the interface's
// language, short enough for a table cell; an unknown code is shown as it is.
QString roleText(const QString& code);
// A site register card's state (active, retired, replaced, revoked) for people.
QString cardStateText(const QString& code);

} // namespace symbolon::ui
