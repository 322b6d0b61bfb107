#pragma once

#include "workspace/Workspace.h"

#include <QString>

namespace symbolon::ui {

// A role code as recorded in keyslots.json ("custodian", "reviewer", ...) in the interface's
// language, short enough for a table cell; an unknown code is shown as it is.
QString roleText(const QString& code);
// A site register card's state (active, retired, replaced, revoked) for people.
QString cardStateText(const QString& code);
// Where a card's share of the key token's PINs lives: on the card (its index from the enrolment
// entry, when known), sealed to it in the workspace, or none (not an active custodian's card).
QString cardShareText(const workspace::RegisteredCard& card, const workspace::Workspace::ShareHolding& shares,
                      int enrolmentShareIndex = 0);

} // namespace symbolon::ui
