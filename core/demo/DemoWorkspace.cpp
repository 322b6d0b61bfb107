#include "demo/DemoWorkspace.h"

#include "demo/DemoInventoryGenerator.h"
#include "hsm/EcKeyPair.h"
#include "hsm/Module.h"
#include "hsm/Session.h"
#include "inventory/DeviceRecords.h"
#include "inventory/InventoryImporter.h"
#include "journal/JournalSigner.h"
#include "site/SiteCreation.h"
#include "store/Database.h"
#include "store/Statement.h"
#include "store/Transaction.h"
#include "workspace/Workspace.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QSaveFile>

namespace symbolon::demo {

using store::Database;
using store::Transaction;

using namespace symbolon::workspace;
using namespace symbolon::inventory;
using namespace symbolon::store;

namespace {
QString tr(const char* s, const char* disambiguation = nullptr, int n = -1) {
    return QCoreApplication::translate("symbolon::demo", s, disambiguation, n);
}
const QString kKeyTokenLabel = QStringLiteral("Symbolon HSM");
const QString kDemoName = QStringLiteral("Symbolon demo");

} // namespace

SecureBytes demoTransportKey() {
    const QStringList parts = demoTransportKeyComponents();
    const QByteArray a = QByteArray::fromHex(parts[0].toLatin1());
    const QByteArray b = QByteArray::fromHex(parts[1].toLatin1());
    SecureBytes tk(16);
    for (int i = 0; i < 16; ++i)
        tk.data()[i] = static_cast<std::uint8_t>(a[i] ^ b[i]);
    return tk;
}

Status writeDemoInventory(const QString& path, int devices, quint64 seed, const QDateTime& now) {
    demo::DemoInventoryOptions gen;
    gen.seed = seed;
    gen.deviceCount = devices;
    gen.now = now;
    gen.transportKey = demoTransportKey();
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return fail(ErrorCode::Io, demo::tr("%1 cannot be written: %2").arg(path, f.errorString()));
    if (auto s = demo::DemoInventoryGenerator(gen).writeCsv(f); !s)
        return s;
    if (!f.commit())
        return fail(ErrorCode::Io, demo::tr("%1 cannot be written: %2").arg(path, f.errorString()));
    return {};
}

const QVector<DemoCard>& demoCards() {
    static const QVector<DemoCard> cards{
        {QStringLiteral("ACS card 1"), QStringLiteral("Alice Hughes"), QStringLiteral("custodian"),
         QStringLiteral("111111")},
        {QStringLiteral("ACS card 2"), QStringLiteral("Bethan Morgan"), QStringLiteral("custodian"),
         QStringLiteral("222222")},
        {QStringLiteral("ACS card 3"), QStringLiteral("Chidi Okafor"), QStringLiteral("custodian"),
         QStringLiteral("333333")},
        {QStringLiteral("PMA reviewer"), QStringLiteral("Rhys Evans"), QStringLiteral("reviewer"),
         QStringLiteral("444444")},
        // Plans, runs and confirms re-keys and marks keys compromised; the quorum still approves.
        {QStringLiteral("Responder card"), QStringLiteral("Dafydd Price"), QStringLiteral("responder"),
         QStringLiteral("555555")},
    };
    return cards;
}

QStringList demoTransportKeyComponents() {
    return {QStringLiteral("0F1E2D3C4B5A69788796A5B4C3D2E1F0"),
            QStringLiteral("5A5A5A5A0123456789ABCDEF5A5A5A5A")};
}

Result<DemoSummary> createDemoWorkspace(const DemoOptions& options,
                                        const std::function<void(const QString&)>& progress) {
    auto say = [&](const QString& s) {
        if (progress)
            progress(s);
    };
    const QString dir = QDir(options.dir).absolutePath();
    if (QFile::exists(QDir(dir).filePath(QStringLiteral("workspace.json"))))
        return fail(ErrorCode::AlreadyExists,
                    demo::tr("%1 is already a workspace: use --fresh to recreate the demo.").arg(dir));
    const QString store = QDir(dir).filePath(QStringLiteral("tokens"));
    if (!QDir().mkpath(store))
        return fail(ErrorCode::Io, demo::tr("The folder %1 cannot be created.").arg(store));

    // The demo's tokens, made in its own SoftHSM2 store the way a site's administrators would have
    // made theirs; then the site is created on them by the same call as `site create` (issue #18),
    // so that the real path runs in every test that makes a demo.
    WorkspaceConfig storeConfig;
    storeConfig.modulePath = options.modulePath;
    storeConfig.embeddedTokenStore = QStringLiteral("tokens");
    auto module = Workspace::loadModule(dir, storeConfig, {}); // an embedded store: no machine settings apply
    if (!module)
        return module.error();

    say(demo::tr("Initialising the demo cards (SoftHSM2 tokens)"));
    site::SiteSpec spec;
    spec.dir = dir;
    spec.embeddedTokenStore = storeConfig.embeddedTokenStore;
    spec.name = kDemoName;
    spec.profile = QStringLiteral("development");
    spec.quorumK = 2;
    spec.cardModule = options.modulePath;
    for (const DemoCard& c : demoCards()) {
        // The SO PIN of a demo card is "so-" and its PIN: demo only.
        const SecureBytes pin = SecureBytes::fromString(c.pin.toStdString());
        const SecureBytes so = SecureBytes::fromString((QStringLiteral("so-") + c.pin).toStdString());
        auto token = (*module)->initToken(c.label, so, pin);
        if (!token)
            return token.error();
        spec.cards.push_back({c.holder, c.role, token->uri, pin});
    }
    // The key token and the journal token, with administrator PINs nobody sees: the site takes
    // both of the key token's over (split 2-of-3), and keeps the journal token's.
    spec.keyTokenUserPin = SecureBytes::random(16).toHex();
    spec.keyTokenSoPin = SecureBytes::random(16).toHex();
    auto keyToken = (*module)->initToken(kKeyTokenLabel, spec.keyTokenSoPin, spec.keyTokenUserPin);
    if (!keyToken)
        return keyToken.error();
    spec.keyToken.tokenUri = keyToken->uri;
    spec.journalTokenPin = SecureBytes::random(16).toHex();
    auto journalToken = (*module)->initToken(journal::JournalSigner::tokenLabel(),
                                             SecureBytes::random(16).toHex(), spec.journalTokenPin);
    if (!journalToken)
        return journalToken.error();
    spec.journalToken.tokenUri = journalToken->uri;

    auto ws = site::createSite(std::move(spec), progress);
    if (!ws)
        return ws.error();

    say(demo::tr("Generating %n demo device(s)", nullptr, options.devices));
    demo::DemoInventoryOptions gen;
    gen.seed = options.seed;
    gen.deviceCount = options.devices;
    gen.now = options.now.isValid() ? options.now : QDateTime::currentDateTimeUtc();
    gen.transportKey = demoTransportKey();
    demo::DemoInventoryGenerator generator(gen);

    // Generated straight into the import, device by device: nothing holds the whole inventory.
    const QByteArray sha256 = QCryptographicHash::hash(
        QStringLiteral("symbolon-demo:%1:%2").arg(options.seed).arg(options.devices).toUtf8(),
        QCryptographicHash::Sha256);
    say(demo::tr("Importing the inventory"));
    inventory::InventoryImporter importer(**ws);
    auto imported = importer.importRecords(
        [&generator](const inventory::InventoryImporter::RecordSink& sink) {
            return generator.forEachDevice([&sink](DemoDevice&& d) { return sink(d.record); });
        },
        options.devices, true, sha256, QStringLiteral("demo-inventory (seed %1)").arg(options.seed));
    if (!imported)
        return imported.error();
    if (imported->kind != inventory::ImportOutcome::Kind::Imported)
        return fail(ErrorCode::Internal, imported->message);

    // The demo's history: devices whose post-commissioning rotation already happened. The same
    // devices again, without key columns (they draw from their own streams, so the devices and
    // their rotations are the same, and no key is wrapped a second time).
    demo::DemoInventoryOptions history = gen;
    history.transportKey.reset();
    qint64 done = 0;
    {
        Database& db = (*ws)->db();
        Transaction tx(db);
        if (auto s = tx.begin(); !s)
            return s.error();
        inventory::DeviceRecords store(db);
        const Status marked =
            demo::DemoInventoryGenerator(history).forEachDevice([&](DemoDevice&& d) -> Status {
                if (!d.rotationDoneAt)
                    return {};
                if (auto s = store.setRotationDone(d.record.deviceId.toString(),
                                                   d.rotationDoneAt->toSecsSinceEpoch());
                    !s)
                    return s;
                ++done;
                return {};
            });
        if (!marked)
            return marked.error();
        auto e = (*ws)->journal().append(
            {(*ws)->identity().actor(), (*ws)->identity().role, QStringLiteral("demo.rotation-history"),
             QStringLiteral("inventory"),
             QJsonObject{{QStringLiteral("devices_marked_rotated"), done},
                         {QStringLiteral("note"), QStringLiteral("demo data: rotations "
                                                                 "recorded as already done")}}});
        if (!e)
            return e.error();
        if (auto s = tx.commit(); !s)
            return s.error();
        if (auto s = (*ws)->checkpoint(); !s)
            return s.error();
    }
    return DemoSummary{dir, imported->devices, done, kKeyTokenLabel};
}

} // namespace symbolon::demo
