#pragma once

// A demo workspace whose devices have their keys migrated (KEKs generated, the demo Transport
// Key entered from its two components, migration unwrap), each ceremony under a quorum of ACS
// cards 1 and 2 — the README's CLI steps, in-process. Then a helper to run a planned re-key under
// the same quorum from the responder's workspace.
#include "DemoFixture.h"

#include "ceremony/KekGeneration.h"
#include "ceremony/MigrationUnwrap.h"
#include "ceremony/QuorumCeremony.h"
#include "ceremony/TransportKeyCeremony.h"
#include "rekey/RekeyEngine.h"
#include "rekey/RekeyPlanner.h"

#include <QHash>

namespace symbolon::test {

inline constexpr int kResponderCard = 4; // demo::demoCards(): "Responder card"
inline constexpr int kReviewerCard = 3;

inline QString demoCardSerial(const DemoFixture& demo, int index) {
    auto cards = workspace::Workspace::cards(demo.dir(), {});
    if (!cards)
        qFatal("cards: %s", qPrintable(cards.error().message));
    for (const auto& c : *cards)
        if (c.keyslot.tokenLabel == demo::demoCards()[index].label)
            return c.keyslot.tokenSerial;
    qFatal("no demo card %d", index);
}

// k = 2 approvals from ACS cards 1 and 2, then the body under the quorum.
inline Result<ceremony::CeremonyRecord> underQuorum(const DemoFixture& demo, workspace::Workspace& ws,
                                                    const ceremony::CeremonyPlan& plan,
                                                    const ceremony::QuorumCeremony::Body& body) {
    auto q = ceremony::QuorumCeremony::start(ws, plan);
    if (!q)
        return q.error();
    for (int card : {0, 1})
        if (auto s = q->approve(demoCardSerial(demo, card),
                                SecureBytes::fromString(demo::demoCards()[card].pin.toStdString()));
            !s)
            return s.error();
    return ceremony::QuorumCeremony::run(ws, *q, body);
}

inline void migrateDemo(const DemoFixture& demo) {
    auto ws = demo.open(0);
    const QString tk = QStringLiteral("Symbolon Transport Key 1");
    ceremony::CeremonyPlan keks;
    keks.kind = ceremony::CeremonyKind::GenerateKeks;
    auto a = underQuorum(demo, *ws, keks, [](hsm::Session& s, const ceremony::CeremonyContext& ctx) {
        return ceremony::KekGeneration::run(s, ctx);
    });
    if (!a)
        qFatal("generate KEKs: %s", qPrintable(a.error().message));
    ceremony::CeremonyPlan transport;
    transport.kind = ceremony::CeremonyKind::TransportKey;
    transport.transportKeyLabel = tk;
    QVector<SecureBytes> components;
    for (const QString& c : demo::demoTransportKeyComponents())
        components.push_back(SecureBytes::fromString(c.toStdString()));
    auto b = underQuorum(demo, *ws, transport, [&](hsm::Session& s, const ceremony::CeremonyContext& ctx) {
        return ceremony::TransportKeyCeremony::run(s, ctx, components, tk);
    });
    if (!b)
        qFatal("transport key: %s", qPrintable(b.error().message));
    ceremony::CeremonyPlan migrate;
    migrate.kind = ceremony::CeremonyKind::MigrationUnwrap;
    migrate.transportKeyLabel = tk;
    auto c = underQuorum(demo, *ws, migrate, [&](hsm::Session& s, const ceremony::CeremonyContext& ctx) {
        ceremony::MigrationUnwrap::Options o;
        o.transportKeyLabel = tk;
        return ceremony::MigrationUnwrap::run(*ws, s, ctx, o);
    });
    if (!c)
        qFatal("migration: %s", qPrintable(c.error().message));
}

// Runs a planned re-key (responder's workspace) under the quorum of ACS cards 1 and 2.
inline Result<ceremony::CeremonyRecord> runRekey(const DemoFixture& demo, workspace::Workspace& ws,
                                                 const rekey::RekeyRun& run, int chunkSize = 500) {
    ceremony::CeremonyPlan plan;
    plan.kind = ceremony::CeremonyKind::ReKey;
    plan.rekeyRun = run.id;
    plan.rekeyDetails = QJsonObject{{QStringLiteral("kinds"), run.kinds.code()},
                                    {QStringLiteral("devices"), run.deviceCount},
                                    {QStringLiteral("plan_digest"), run.planDigest}};
    plan.chunkSize = chunkSize;
    return underQuorum(demo, ws, plan, [&](hsm::Session& s, const ceremony::CeremonyContext& ctx) {
        rekey::RekeyOptions o;
        o.chunkSize = chunkSize;
        return rekey::RekeyEngine::execute(ws, s, ctx, run.id, o);
    });
}

} // namespace symbolon::test
