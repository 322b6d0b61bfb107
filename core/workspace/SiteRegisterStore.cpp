#include "workspace/SiteRegisterStore.h"

#include "common/StrictJson.h"
#include "store/Database.h"
#include "store/Statement.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace symbolon::workspace {

namespace {
QString tr(const char* s) {
    return QCoreApplication::translate("symbolon::workspace", s);
}

// v6: the site register (issue #14). document: the version's JSON exactly as signed
// (SiteRegister::toJson); signatures: a JSON list of RegisterSignature.
const char* kV6 = "CREATE TABLE site_register ("
                  " version INTEGER PRIMARY KEY, digest TEXT NOT NULL, document TEXT NOT NULL,"
                  " signatures TEXT NOT NULL);";

Result<QJsonDocument> parse(const QByteArray& text, int version, const char* column) {
    QJsonParseError err{};
    QJsonDocument doc = QJsonDocument::fromJson(text, &err);
    if (err.error != QJsonParseError::NoError)
        return fail(ErrorCode::InvalidInput,
                    workspace::tr("Site register version %1: %2 is not valid JSON: %3.")
                        .arg(version)
                        .arg(QLatin1String(column), err.errorString()));
    if (const json::Duplicate d = json::findDuplicateKey(text); d.found())
        return fail(ErrorCode::InvalidInput, workspace::tr("Site register version %1: %2: %3.")
                                                 .arg(version)
                                                 .arg(QLatin1String(column), json::duplicateKeyMessage(d)));
    return doc;
}
} // namespace

QVector<store::Migration> SiteRegisterStore::migrations() {
    return {{6, kV6}};
}

Result<QVector<RegisterVersion>> SiteRegisterStore::chain(store::Database& db, QString* malformed) {
    auto st = db.prepare("SELECT version, document, signatures FROM site_register ORDER BY version;");
    if (!st)
        return st.error();
    QVector<RegisterVersion> out;
    Error problem;
    bool failed = false;
    auto s = st->forEachRow([&](const store::Statement& row) {
        if (failed)
            return;
        const int version = int(row.int64(0));
        auto doc = parse(row.text(1).toUtf8(), version, "document");
        auto sigs =
            doc ? parse(row.text(2).toUtf8(), version, "signatures") : Result<QJsonDocument>(doc.error());
        if (!sigs) {
            problem = sigs.error();
            failed = true;
            return;
        }
        auto reg = SiteRegister::fromJson(doc->object());
        if (!reg) {
            problem =
                Error{reg.error().code,
                      workspace::tr("Site register version %1: %2").arg(version).arg(reg.error().message)};
            failed = true;
            return;
        }
        RegisterVersion v{*reg, {}};
        for (const QJsonValue& sv : sigs->array()) {
            auto sig = RegisterSignature::fromJson(sv.toObject());
            if (!sig) {
                problem = Error{
                    sig.error().code,
                    workspace::tr("Site register version %1: %2").arg(version).arg(sig.error().message)};
                failed = true;
                return;
            }
            v.signatures.push_back(*sig);
        }
        out.push_back(v);
    });
    if (!s)
        return s.error();
    if (failed && malformed)
        *malformed = problem.message;
    return out;
}

Status SiteRegisterStore::add(store::Database& db, const RegisterVersion& v) {
    QJsonArray sigs;
    for (const RegisterSignature& s : v.signatures)
        sigs.append(s.toJson());
    auto st =
        db.prepare("INSERT INTO site_register(version, digest, document, signatures) VALUES (?,?,?,?);");
    if (!st)
        return st.error();
    st->bind(1, v.doc.version)
        .bind(2, v.doc.digestHex())
        .bind(3, QString::fromUtf8(QJsonDocument(v.doc.toJson()).toJson(QJsonDocument::Compact)))
        .bind(4, QString::fromUtf8(QJsonDocument(sigs).toJson(QJsonDocument::Compact)));
    return st->run();
}

} // namespace symbolon::workspace
