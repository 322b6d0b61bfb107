#pragma once

#include "common/Result.h"
#include "common/SecureBytes.h"

#include <QDateTime>
#include <QString>
#include <QVector>

#include <functional>

namespace symbolon::demo {

// The embedded demo: a workspace folder with its own SoftHSM2 store (never the user's global
// SoftHSM config), a key token enrolled under a 2-of-3 quorum of custodian cards, a PMA
// reviewer's card, and a generated inventory. Development profile: not for live keys.
struct DemoCard {
    QString label;
    QString holder;
    QString role;
    QString pin; // published in the README and on the console's banner: demo only
};
const QVector<DemoCard>& demoCards();

// The demo Transport Key's two clear components (hex). Demo only, published in the README:
// custodians type them in the Transport Key ceremony; the demo inventory's key columns are
// wrapped under their XOR.
QStringList demoTransportKeyComponents();
SecureBytes demoTransportKey(); // their XOR

// Writes a demo inventory file (with migration key columns under the demo Transport Key).
[[nodiscard]] Status writeDemoInventory(const QString& path, int devices, quint64 seed, const QDateTime& now);

struct DemoOptions {
    QString dir;
    int devices = 2000;
    quint64 seed = 20211022;
    QDateTime now; // defaults to the current time
    QString modulePath = QStringLiteral("/usr/lib/softhsm/libsofthsm2.so");
};

struct DemoSummary {
    QString dir;
    qint64 devices = 0;
    qint64 rotationDone = 0;
    QString keyTokenLabel;
};

[[nodiscard]] Result<DemoSummary>
createDemoWorkspace(const DemoOptions& options,
                    const std::function<void(const QString& step)>& progress = {});

} // namespace symbolon::demo
