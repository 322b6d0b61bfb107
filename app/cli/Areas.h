#pragma once

#include "cli/CliContext.h"

namespace symbolon::cli {

// Every command area; main() lists them once. A new area: a file here and a line in cli_main.cpp.
extern const CliArea kWorkspaceArea;
extern const CliArea kDemoArea;
extern const CliArea kInventoryArea;
extern const CliArea kJournalArea;
extern const CliArea kSiemArea;
extern const CliArea kCeremonyArea;
extern const CliArea kRekeyArea;
extern const CliArea kSiteArea;
extern const CliArea kHsmArea;

} // namespace symbolon::cli
