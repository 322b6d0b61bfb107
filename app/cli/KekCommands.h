#pragma once

#include "cli/CliContext.h"

#include <QCommandLineParser>

namespace symbolon::cli {

// KEK versions (issue #20): ceremony rollover-kek, destroy-kek and kek-versions.
void addKekOptions(QCommandLineParser& p);
int rolloverKek(CliContext& c);
int destroyKek(CliContext& c);
int kekVersions(CliContext& c);

} // namespace symbolon::cli
