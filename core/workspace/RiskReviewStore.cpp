#include "workspace/RiskReviewStore.h"

#include "policy/RiskReviewClock.h"
#include "store/Database.h"
#include "store/Statement.h"
#include "store/Transaction.h"
#include "workspace/Workspace.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace symbolon::workspace {

using store::Database;
using store::Transaction;

namespace {
QString tr(const char* s) {
    return QCoreApplication::translate("symbolon::workspace", s);
}

const char kCreate[] = "CREATE TABLE IF NOT EXISTS risk_reviews ("
                       " id INTEGER PRIMARY KEY, reviewed_on TEXT NOT NULL, reviewer TEXT NOT NULL,"
                       " reference TEXT NOT NULL, findings TEXT NOT NULL, recorded_at TEXT NOT NULL,"
                       " journal_seq INTEGER NOT NULL);"
                       "CREATE INDEX IF NOT EXISTS risk_reviews_on ON risk_reviews(reviewed_on);";
} // namespace

Status RiskReviewStore::validate(const QDate& reviewedOn, const QString& reference, const QString& findings,
                                 const QDate& today, const QDate& created) {
    if (!reviewedOn.isValid())
        return fail(ErrorCode::InvalidInput, workspace::tr("The review date is not a valid date."));
    if (reviewedOn > today)
        return fail(
            ErrorCode::InvalidInput,
            workspace::tr("The review date %1 is in the future: record a review once it has taken place.")
                .arg(reviewedOn.toString(Qt::ISODate)));
    if (created.isValid() && reviewedOn < created.addYears(-kEarliestYearsBeforeCreation))
        return fail(
            ErrorCode::InvalidInput,
            workspace::tr("The review date %1 is more than a year before this workspace was created (%2): "
                          "such a review cannot be the baseline of its 5-yearly clock.")
                .arg(reviewedOn.toString(Qt::ISODate), created.toString(Qt::ISODate)));
    const QString ref = reference.trimmed();
    if (ref.isEmpty())
        return fail(
            ErrorCode::InvalidInput,
            workspace::tr(
                "Enter the review's reference (the report or PMA correspondence it is filed under)."));
    if (ref.size() > kMaxReferenceLength)
        return fail(ErrorCode::InvalidInput,
                    workspace::tr("The reference has %1 characters; at most %2 are allowed.")
                        .arg(ref.size())
                        .arg(kMaxReferenceLength));
    for (QChar c : ref)
        if (!c.isPrint())
            return fail(ErrorCode::InvalidInput,
                        workspace::tr("The reference may hold printable characters only (found U+%1).")
                            .arg(c.unicode(), 4, 16, QLatin1Char('0')));
    if (findings.size() > kMaxFindingsLength)
        return fail(ErrorCode::InvalidInput,
                    workspace::tr("The findings have %1 characters; at most %2 are allowed.")
                        .arg(findings.size())
                        .arg(kMaxFindingsLength));
    return {};
}

Result<RiskReview> RiskReviewStore::record(Workspace& ws, const QDate& reviewedOn, const QString& reference,
                                           const QString& findings) {
    if (auto allowed = ws.require(policy::Permission::RecordRiskReview); !allowed)
        return allowed.error();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QDate created = ws.config().createdAt.toUTC().date();
    if (auto s = validate(reviewedOn, reference, findings, now.date(), created); !s)
        return s.error();

    RiskReview r;
    r.reviewedOn = reviewedOn;
    r.reviewer = ws.identity().actor();
    r.reference = reference.trimmed();
    r.findings = findings;
    r.recordedAt = now;

    Transaction tx(ws.db());
    if (auto s = tx.begin(); !s)
        return s.error();
    if (auto s = ws.db().exec(kCreate); !s)
        return s.error();
    const QDate nextDue = reviewedOn.addYears(policy::RiskReviewClock::kIntervalYears);
    auto entry =
        ws.journal().append({ws.identity().actor(), ws.identity().role,
                             QStringLiteral("risk-review.recorded"), QStringLiteral("risk-review"),
                             QJsonObject{{QStringLiteral("reviewed_on"), reviewedOn.toString(Qt::ISODate)},
                                         {QStringLiteral("reference"), r.reference},
                                         {QStringLiteral("findings"), findings},
                                         {QStringLiteral("next_due"), nextDue.toString(Qt::ISODate)},
                                         {QStringLiteral("clause"), QStringLiteral("CKMP (b)(iii)")}}});
    if (!entry)
        return entry.error();
    r.journalSeq = entry->seq;
    auto ins =
        ws.db().prepare("INSERT INTO risk_reviews(reviewed_on, reviewer, reference, findings, recorded_at, "
                        "journal_seq) VALUES (?,?,?,?,?,?);");
    if (!ins)
        return ins.error();
    ins->bind(1, reviewedOn.toString(Qt::ISODate))
        .bind(2, r.reviewer)
        .bind(3, r.reference)
        .bind(4, r.findings)
        .bind(5, now.toString(Qt::ISODateWithMs))
        .bind(6, r.journalSeq);
    if (auto s = ins->run(); !s)
        return s.error();
    r.id = ws.db().lastInsertRowId();
    if (auto s = tx.commit(); !s)
        return s.error();
    if (auto s = ws.checkpoint(); !s)
        return s.error();
    return r;
}

Result<std::optional<RiskReview>> RiskReviewStore::latest(Database& db) {
    auto exists = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'risk_reviews';");
    if (!exists)
        return exists.error();
    auto has = exists->step();
    if (!has)
        return has.error();
    if (!*has)
        return std::optional<RiskReview>();
    auto st = db.prepare("SELECT id, reviewed_on, reviewer, reference, findings, recorded_at, journal_seq "
                         "FROM risk_reviews ORDER BY reviewed_on DESC, id DESC LIMIT 1;");
    if (!st)
        return st.error();
    auto row = st->step();
    if (!row)
        return row.error();
    if (!*row)
        return std::optional<RiskReview>();
    RiskReview r;
    r.id = st->int64(0);
    r.reviewedOn = QDate::fromString(st->text(1), Qt::ISODate);
    r.reviewer = st->text(2);
    r.reference = st->text(3);
    r.findings = st->text(4);
    r.recordedAt = QDateTime::fromString(st->text(5), Qt::ISODateWithMs);
    r.journalSeq = st->int64(6);
    return std::optional<RiskReview>(r);
}

} // namespace symbolon::workspace
