#pragma once

#include "DemoCli.h"
#include "NssTokens.h"

#include "demo/DemoWorkspace.h"

#include <QDir>
#include <QFileInfo>

#include <functional>

namespace symbolon::test {

// `site create`'s card options for the demo's five cards, in the order of demo::demoCards(), each
// PIN from PINn (DemoCli's environment).
inline QStringList demoCardOptions() {
    QStringList a;
    const auto& cards = demo::demoCards();
    for (int i = 0; i < cards.size(); ++i)
        a << QStringLiteral("--card-uri") << tokenUri(cards[i].label) << QStringLiteral("--card-holder")
          << cards[i].holder << QStringLiteral("--card-role") << cards[i].role
          << QStringLiteral("--card-pin-env") << QStringLiteral("PIN%1").arg(i + 1);
    return a;
}

// The README walkthrough on a created site, by symbolon-cli with the demo cards' PINs: inventory
// import, the three ceremonies (KEKs, a Transport Key from the demo components, the migration
// unwrap of every device), a re-key planned, run and batched, rekey check, journal verify, and an
// evidence pack (DIR/pack) that verifies against the workspace's pinned journal key and card list.
struct Walkthrough {
    QString failure; // the first step that failed, with what symbolon-cli said; empty: all passed
    QString output;  // everything every step printed
    int devices = 0; // migrated, as the migration reported it
};

inline Walkthrough siteWalkthrough(const QString& ws, const QString& inventory, int devices,
                                   const std::function<DemoCli::Result(const QStringList&)>& run) {
    Walkthrough w;
    const auto step = [&](const QString& what, const QStringList& args, const QString& expect = {}) {
        if (!w.failure.isEmpty())
            return;
        const DemoCli::Result r = run(args);
        w.output += r.all();
        if (r.code != 0 || (!expect.isEmpty() && !r.all().contains(expect)))
            w.failure = QStringLiteral("%1: exit %2\n%3").arg(what).arg(r.code).arg(r.all());
    };
    const QString batch = QDir(ws).filePath(QStringLiteral("batch-1.jsonl"));
    const QString pack = QDir(ws).filePath(QStringLiteral("pack"));
    step(QStringLiteral("inventory import"),
         DemoCli::opened(ws, 1) << QStringLiteral("inventory") << QStringLiteral("import") << inventory);
    step(QStringLiteral("generate-keks"), DemoCli::ceremony(ws, {QStringLiteral("generate-keks")}, {1, 2}));
    step(QStringLiteral("transport-key"),
         DemoCli::ceremony(
             ws,
             {QStringLiteral("transport-key"), QStringLiteral("--component-env"), QStringLiteral("TK1,TK2")},
             {2, 3}));
    step(QStringLiteral("migrate"), DemoCli::ceremony(ws, {QStringLiteral("migrate")}, {1, 3}),
         QStringLiteral("migrated %1 / %1 devices").arg(devices));
    step(QStringLiteral("rekey plan"),
         DemoCli::opened(ws, 5) << QStringLiteral("rekey") << QStringLiteral("plan")
                                << QStringLiteral("--rotation") << QStringLiteral("any")
                                << QStringLiteral("--pma-ground") << QStringLiteral("major-incident")
                                << QStringLiteral("--pma-ref") << QStringLiteral("PMA-2026-017"));
    step(QStringLiteral("rekey run"),
         DemoCli::opened(ws, 5) << QStringLiteral("rekey") << QStringLiteral("run") << QStringLiteral("1")
                                << QStringLiteral("--quorum-card") << demo::demoCards()[0].label
                                << QStringLiteral("--quorum-pin-env") << QStringLiteral("Q1")
                                << QStringLiteral("--quorum-card") << demo::demoCards()[1].label
                                << QStringLiteral("--quorum-pin-env") << QStringLiteral("Q2"));
    step(QStringLiteral("rekey batch"), DemoCli::opened(ws, 5)
                                            << QStringLiteral("rekey") << QStringLiteral("batch")
                                            << QStringLiteral("1") << QStringLiteral("--out") << batch);
    if (w.failure.isEmpty() && QFileInfo(batch).size() == 0)
        w.failure = QStringLiteral("rekey batch: %1 is empty").arg(batch);
    step(QStringLiteral("rekey check"), DemoCli::opened(ws, 5)
                                            << QStringLiteral("rekey") << QStringLiteral("check"));
    step(QStringLiteral("journal verify"), DemoCli::journalVerify(ws));
    step(QStringLiteral("journal export"), DemoCli::opened(ws, 4)
                                               << QStringLiteral("journal") << QStringLiteral("export")
                                               << QStringLiteral("--evidence-pack") << pack);
    // The reviewer pins the journal key and the register's card keys (without --cards: exit 6).
    const QString cards = QDir(ws).filePath(QStringLiteral("pinned-cards.json"));
    step(QStringLiteral("journal export-cards"),
         DemoCli::opened(ws, 4) << QStringLiteral("journal") << QStringLiteral("export-cards") << cards);
    step(QStringLiteral("evidence pack verify"),
         {QStringLiteral("journal"), QStringLiteral("verify"), QStringLiteral("--evidence-pack"), pack,
          QStringLiteral("--public-key"), QDir(ws).filePath(QStringLiteral("journal-signing-key.pem")),
          QStringLiteral("--cards"), cards},
         QStringLiteral("Card keys pinned"));
    w.devices = devices;
    return w;
}

} // namespace symbolon::test
