#pragma once

// Approve a quorum session with demo cards (CliRunner.h's kCustodian1… numbering, 1-based) of the
// demo workspace in `dir`; for the benchmarks, which have no test framework to report to: any
// failure ends the program with its message.
#include "demo/DemoWorkspace.h"
#include "quorum/QuorumSession.h"
#include "workspace/Workspace.h"

#include <QList>

namespace symbolon::test {

inline void approveWithDemoCards(quorum::QuorumSession& session, const QString& dir,
                                 const QList<int>& cardNumbers) {
    auto cards = workspace::Workspace::cards(dir, {});
    if (!cards)
        qFatal("cards: %s", qPrintable(cards.error().message));
    for (int c : cardNumbers)
        for (const auto& card : *cards)
            if (card.keyslot.tokenLabel == demo::demoCards()[c - 1].label)
                if (auto s =
                        session.approve(card.keyslot.tokenSerial,
                                        SecureBytes::fromString(demo::demoCards()[c - 1].pin.toStdString()));
                    !s)
                    qFatal("approve: %s", qPrintable(s.error().message));
}

} // namespace symbolon::test
