#pragma once

#include "common/Result.h"
#include "workspace/Workspace.h"

#include <QCommandLineParser>
#include <QStringList>
#include <QTextStream>

#include <functional>
#include <memory>

namespace symbolon::cli {

// ExitUnanchored: an evidence pack verified only against its own key (no --public-key), which
// anyone could have made; everything else about it checked out.
// ExitCardsUnpinned: an evidence pack verified against the pinned journal key, but its card
// co-signatures not against a card list the reviewer pinned (no --cards), or the pinned list
// requires every person's entries co-signed and the pack (an extract) does not (issue #15).
// ExitNotReady: hsm check ran and journaled its table, and the token cannot do what the profile
// needs (a script tells it from a failure to run the check at all).
enum Exit {
    ExitOk = 0,
    ExitFailed = 1,
    ExitUsage = 2,
    ExitRejected = 3,
    ExitUnanchored = 4,
    ExitNotReady = 5,
    ExitCardsUnpinned = 6
};

// What every command gets: the parsed options, its words, the output streams, and a way to open
// the workspace with the card and PIN the user named.
struct CliContext {
    QCommandLineParser& parser;
    QString workspace;
    QStringList args; // the command words after the area, e.g. {"import", "FILE"} for "inventory import FILE"
    QTextStream& out; // control characters in what is written are escaped (TerminalSafeOutput)
    QTextStream& err;
    // Back to the start of the progress line on stderr (the one control the CLI writes itself).
    std::function<void()> carriageReturn = [] {};

    [[nodiscard]] Result<std::unique_ptr<workspace::Workspace>> openWorkspace() const;
    int failWith(const Error& e) const;
    int usage(const QString& why) const;
    bool requireWorkspace() const; // prints the usage error when --workspace is missing
};

// What a card's PIN flags say (CKF_USER_PIN_FINAL_TRY, CKF_USER_PIN_COUNT_LOW); empty if neither.
QString pinTriesText(const QString& card, bool finalTry, bool countLow);

// --workers N|auto (option `name`): 1..64 worker sessions, or 0 for "auto" and when not given
// (chosen from measured throughput); anything else is refused naming the option.
[[nodiscard]] Result<int> workerSessions(const CliContext& c, const QString& name);

// One command area ("inventory", "journal", ...): its options and its commands.
struct CliArea {
    const char* name;
    const char* help; // lines for --help
    void (*addOptions)(QCommandLineParser&);
    int (*run)(CliContext&);
};

} // namespace symbolon::cli
