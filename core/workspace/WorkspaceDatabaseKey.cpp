// The database key changes when a card leaves the site (issue #18's "left undone", with #15): a
// leaver who derived the key from their keyslot must not read or write the workspace from then
// on. Workspace members that change it, and that finish or clean up a change a kill interrupted.
//
// The change, crash-safe at every step (each file is replaced by a rename, so it is the old one
// or the new one):
//   1. keyslots.next.json: a keyslot for every active card, sealed to the new key;
//   2. workspace.db.rekey: a copy of the database under the new key (sqlcipher_export), which
//      also records the register version the key is for and journals the change;
//   3. workspace.db.rekey renamed over workspace.db;
//   4. keyslots.next.json renamed over keyslots.json.
// A kill before 3 leaves the old database and keyslots: the next writable open removes the two
// new files and changes the key again. A kill between 3 and 4: the opener's keyslot does not
// open the database, and the one in keyslots.next.json does; the open completes step 4.
#include "workspace/Workspace.h"

#include "journal/JournalQuery.h"
#include "journal/JournalStore.h"
#include "store/Database.h"
#include "store/Transaction.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>

#include <cstdio>
#include <fcntl.h>
#include <unistd.h>

namespace symbolon::workspace {

namespace {
QString tr(const char* s) {
    return QCoreApplication::translate("symbolon::workspace", s);
}

bool syncPath(const QString& path, bool directory) {
    const int fd = ::open(QFile::encodeName(path).constData(), directory ? O_RDONLY | O_DIRECTORY : O_RDONLY);
    if (fd < 0)
        return false;
    const bool ok = ::fsync(fd) == 0;
    ::close(fd);
    return ok;
}

Status renameOver(const QString& from, const QString& to) {
    if (!syncPath(from, false) ||
        std::rename(QFile::encodeName(from).constData(), QFile::encodeName(to).constData()) != 0)
        return fail(ErrorCode::Io, workspace::tr("%1 cannot be renamed to %2.").arg(from, to));
    (void)syncPath(QFileInfo(to).absolutePath(), true);
    return {};
}
} // namespace

QString Workspace::keyslotsNextPath(const QString& dir) {
    return QDir(dir).filePath(QStringLiteral("keyslots.next.json"));
}

QString Workspace::databaseRekeyPath(const QString& dir) {
    return databasePath(dir) + QStringLiteral(".rekey");
}

int Workspace::lastVersionTakingCardsOut() const {
    int last = 0;
    for (qsizetype i = 1; i < m_registerChain.size(); ++i)
        if (m_registerChain[i].doc.takesCardsOutFrom(m_registerChain[i - 1].doc))
            last = m_registerChain[i].doc.version;
    return last;
}

Status Workspace::changeDatabaseKey(const QString& reason) {
    if (!m_health.ok() || !m_registerTrusted || m_registerChain.isEmpty())
        return fail(
            ErrorCode::PolicyRefused,
            workspace::tr("The database key is changed only on a workspace that opens without alarms."));
    const std::lock_guard<std::mutex> lock(m_connectionMutex);
    if (const int others = extraConnections(); others > 0) // their WAL is named after the file renamed over
        return fail(ErrorCode::Busy,
                    workspace::tr("Other connections to the workspace database are open (%1): the database "
                                  "key is changed at the next open, before any.")
                        .arg(others));
    const QString next = keyslotsNextPath(m_dir);
    // A new name each time (O_EXCL in exportTo): nothing planted at a known name can block it.
    const QString copy = databaseRekeyPath(m_dir) + QLatin1Char('-') +
                         QString::number(QRandomGenerator::system()->generate64(), 16);
    SecureBytes newKey = SecureBytes::random(32);

    // 1. The keyslots, beside the ones in use.
    QJsonArray slotArray;
    QJsonArray serials;
    for (const RegisteredCard& card : m_register.cards) {
        if (!card.isActive())
            continue;
        auto slot = Keyslot::create(card.holder, card.role, card.cardLabel, card.cardSerial, card.keyId,
                                    card.publicKey, newKey);
        if (!slot)
            return slot.error();
        slotArray.append(slot->toJson());
        serials.append(card.cardSerial);
    }
    if (auto w =
            writeJsonAtomically(next, QJsonDocument(QJsonObject{{QStringLiteral("keyslots"), slotArray}}));
        !w)
        return w;
    const auto abandon = [&](const Error& e) -> Status {
        QFile::remove(copy);
        QFile::remove(next);
        return Error{
            e.code,
            workspace::tr("The database key was not changed: %1 The old key stays in use.").arg(e.message),
            e.ckrv, e.hasCkrv};
    };

    // 2. The copy under the new key, which records the change itself.
    if (auto s = m_db->exportTo(copy, newKey); !s)
        return abandon(s.error());
    {
        auto db = store::Database::open(copy, newKey, store::Database::Mode::OpenExisting);
        if (!db)
            return abandon(db.error());
        journal::JournalStore journal(**db);
        store::Transaction tx(**db);
        Status s = tx.begin();
        if (s) {
            auto e =
                journal.append({m_identity.actor(), m_identity.role,
                                QStringLiteral("workspace.database_key_changed"), QStringLiteral("workspace"),
                                QJsonObject{{QStringLiteral("reason"), reason},
                                            {QStringLiteral("register_version"), m_register.version},
                                            {QStringLiteral("keyslots"), serials}}});
            s = e ? tx.commit() : Status(e.error());
        }
        if (!s)
            return abandon(s.error());
    } // closed: its WAL is folded in and removed

    // 3. The swap. The connection is closed first: its WAL and shared memory are named after the
    // path, and must not outlive the file they belong to.
    m_journal.reset();
    m_db.reset();
    const QString path = databasePath(m_dir);
    const Status swapped = renameOver(copy, path);
    if (swapped) // 4.
        if (auto s = renameOver(next, QDir(m_dir).filePath(QStringLiteral("keyslots.json"))); !s)
            m_notices << workspace::tr("%1 The next open completes the key change.").arg(s.error().message);
    if (swapped)
        m_dbKey = std::move(newKey);
    auto db = store::Database::open(path, m_dbKey, store::Database::Mode::OpenExisting);
    if (!db) { // only when the disk fails: the workspace must be opened again (checkpoint() is a no-op)
        m_health.add(WorkspaceHealth::Check::Database,
                     workspace::tr("The workspace database did not reopen after its key was changed (%1): "
                                   "close and open the workspace again.")
                         .arg(db.error().message));
        return db.error();
    }
    m_db = std::move(*db);
    m_journal = std::make_unique<journal::JournalStore>(*m_db);
    if (!swapped)
        return abandon(swapped.error());
    m_notices.removeAll(m_keyChangeNotice); // "not changed" is no longer true
    return checkpoint();
}

Result<int> Workspace::databaseKeyChangedFor() const {
    // From the journal, which verified at this open (health ok): a row anyone with the old key
    // could write would not do.
    journal::JournalFilter filter;
    filter.actionPrefix = QStringLiteral("workspace.database_key_changed");
    auto last = journal::JournalQuery(*m_db).page(filter, 0, 1);
    if (!last)
        return last.error();
    return last->isEmpty() ? 0 : last->first().details().value(QStringLiteral("register_version")).toInt();
}

Result<bool> Workspace::databaseKeyChangeOwed() const {
    if (!m_health.ok() || !m_registerTrusted || m_registerChain.isEmpty())
        return false;
    const int needed = lastVersionTakingCardsOut();
    if (needed == 0)
        return false;
    auto done = databaseKeyChangedFor();
    if (!done)
        return done.error();
    return *done < needed;
}

Status Workspace::changeDatabaseKeyIfOwed() {
    auto owed = databaseKeyChangeOwed();
    if (!owed)
        return owed.error();
    if (!*owed)
        return {};
    return changeOwedDatabaseKey();
}

Status Workspace::changeOwedDatabaseKey() {
    return changeDatabaseKey(
        workspace::tr("register version %1 took a card out, and the key had not changed since")
            .arg(lastVersionTakingCardsOut()));
}

Status Workspace::settleDatabaseKey() {
    if (!m_health.ok() || !m_registerTrusted || m_registerChain.isEmpty())
        return {};
    const QString keyslots = QDir(m_dir).filePath(QStringLiteral("keyslots.json"));
    if (m_openedWithNextKeyslots) {
        // A change killed after the swap: the new keyslots opened the database; they take the old
        // ones' place now that the workspace checked out.
        if (auto s = renameOver(keyslotsNextPath(m_dir), keyslots); !s) {
            m_health.add(
                WorkspaceHealth::Check::Database,
                workspace::tr("The database key was changed, but keyslots.json could not take the new "
                              "keyslots (%1): nobody else can open the workspace until it does.")
                    .arg(s.error().message));
            return s;
        }
        m_notices << workspace::tr("A change of the database key that was interrupted has been completed: "
                                   "keyslots.json now holds the new key.");
    }
    // What a key change killed before its swap left: never used.
    QFile::remove(keyslotsNextPath(m_dir));
    const QDir dir(m_dir);
    for (const QString& left :
         dir.entryList({QFileInfo(databaseRekeyPath(m_dir)).fileName() + QStringLiteral("*")},
                       QDir::Files | QDir::Hidden | QDir::System))
        QFile::remove(dir.filePath(left));
    auto owed = databaseKeyChangeOwed();
    if (!owed)
        return owed.error();
    if (!*owed)
        return {};
    const int needed = lastVersionTakingCardsOut();
    const Status changed = changeOwedDatabaseKey();
    if (!changed && changed.error().code != ErrorCode::Busy)
        // Fail closed: whoever left still holds a key that opens and writes the workspace.
        m_health.add(
            WorkspaceHealth::Check::Database,
            workspace::tr("The database key has not changed since register version %1 took a card out "
                          "(%2): whoever held that card can still open the database. Remove what "
                          "stops the change and open the workspace again.")
                .arg(needed)
                .arg(changed.error().message));
    return changed;
}

} // namespace symbolon::workspace
