#pragma once

#include "demo/DemoWorkspace.h"
#include "workspace/Workspace.h"

#include <QCryptographicHash>
#include <QFile>
#include <QTemporaryDir>

namespace symbolon::test {

// A demo workspace on /dev/shm for one test process (its own embedded SoftHSM2 store).
class DemoFixture {
public:
    explicit DemoFixture(int devices = 200, quint64 seed = 7) {
        demo::DemoOptions o;
        o.dir = m_root.filePath(QStringLiteral("demo"));
        o.devices = devices;
        o.seed = seed;
        auto r = demo::createDemoWorkspace(o);
        if (!r)
            qFatal("demo workspace: %s", qPrintable(r.error().message));
        m_dir = r->dir;
    }
    QString dir() const { return m_dir; }
    QString scratch(const QString& name) const { return m_root.filePath(name); }

    // Opens with a demo card by index into demo::demoCards().
    std::unique_ptr<workspace::Workspace> open(int card = 0) const {
        auto cards = workspace::Workspace::cards(m_dir, {});
        if (!cards)
            qFatal("cards: %s", qPrintable(cards.error().message));
        const auto& demo = demo::demoCards()[card];
        for (const auto& c : *cards)
            if (c.keyslot.tokenLabel == demo.label) {
                auto ws = workspace::Workspace::open(m_dir, c.keyslot.tokenSerial,
                                                     SecureBytes::fromString(demo.pin.toStdString()), {});
                if (!ws)
                    qFatal("open: %s", qPrintable(ws.error().message));
                return std::move(*ws);
            }
        qFatal("no demo card %d", card);
    }

    QByteArray databaseHash() const {
        QFile f(workspace::Workspace::databasePath(m_dir));
        f.open(QIODevice::ReadOnly);
        QCryptographicHash h(QCryptographicHash::Sha256);
        h.addData(&f);
        return h.result();
    }

private:
    QTemporaryDir m_root{QStringLiteral("/dev/shm/symbolon-demo-XXXXXX")};
    QString m_dir;
};

} // namespace symbolon::test
