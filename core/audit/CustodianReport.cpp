#include "audit/CustodianReport.h"

#include "journal/JournalQuery.h"

#include <QJsonArray>
#include <QJsonObject>

namespace symbolon::audit {

using namespace symbolon::journal;

namespace {

QStringList approversOf(const QJsonObject& details) {
    QStringList out;
    const QJsonArray approvals = details.value(QStringLiteral("approvals")).toArray();
    for (const QJsonValue& a : approvals) {
        const QString holder = a.toObject().value(QStringLiteral("holder")).toString();
        if (!holder.isEmpty())
            out << holder;
    }
    return out;
}

// A PMA reference may sit at the top of the details (keys.compromised: "reference"), in the
// justification (rekey.planned), in the quorum request's parameters (quorum.rekey.run) or on a
// KEK rollover's entries.
void collectReferences(const QJsonValue& v, QStringList& out) {
    if (v.isObject()) {
        const QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (it.key() == QLatin1String("pma_reference") && it.value().isString()) {
                const QString ref = it.value().toString();
                if (!ref.isEmpty() && !out.contains(ref))
                    out << ref;
            } else {
                collectReferences(it.value(), out);
            }
        }
    } else if (v.isArray()) {
        for (const QJsonValue& x : v.toArray())
            collectReferences(x, out);
    }
}

} // namespace

const QStringList& CustodianReport::rekeyActionNames() {
    static const QStringList names{QStringLiteral("rekey.planned"),    QStringLiteral("rekey.chunk"),
                                   QStringLiteral("quorum.rekey.run"), QStringLiteral("rekey.batch-issued"),
                                   QStringLiteral("rekey.confirmed"),  QStringLiteral("keys.compromised")};
    return names;
}

int CustodianReport::quorumCount(const QString& outcome) const {
    int n = 0;
    for (const QuorumSession& q : quorumSessions)
        if (q.outcome == outcome)
            ++n;
    return n;
}

int CustodianReport::rekeyCount() const {
    int n = 0;
    for (int c : rekeyActions)
        n += c;
    return n;
}

void CustodianReport::add(const JournalEntry& e) {
    ++entries;
    const QString& a = e.action;
    if (a.startsWith(QLatin1String("quorum."))) {
        const QJsonObject d = e.details();
        QuorumSession q;
        q.seq = e.seq;
        q.time = e.time;
        q.approvers = approversOf(d);
        if (a == QLatin1String("quorum.cancelled")) {
            q.outcome = QStringLiteral("cancelled");
            q.action =
                d.value(QStringLiteral("request")).toObject().value(QStringLiteral("action")).toString();
            if (q.action.isEmpty())
                q.action = e.target;
        } else {
            q.action = a.mid(int(qstrlen("quorum.")));
            q.outcome = d.value(QStringLiteral("outcome")).toString();
            if (q.outcome.isEmpty())
                q.outcome = QStringLiteral("unknown");
        }
        quorumSessions.push_back(q);
        if (a.startsWith(QLatin1String("quorum.ceremony."))) {
            Ceremony c;
            c.seq = e.seq;
            c.time = e.time;
            c.action = q.action;
            c.outcome = q.outcome;
            c.approvers = q.approvers;
            c.error = d.value(QStringLiteral("error")).toString();
            ceremonies.push_back(c);
        }
    }
    if (rekeyActionNames().contains(a)) {
        ++rekeyActions[a];
        const QJsonObject d = e.details();
        if (a == QLatin1String("keys.compromised")) {
            const QString ref = d.value(QStringLiteral("reference")).toString();
            if (!ref.isEmpty() && !pmaReferences.contains(ref))
                pmaReferences << ref;
        }
        collectReferences(d, pmaReferences);
    }
    // A KEK rollover's PMA instruction (issue #20) is on its started and completed entries.
    if (a == QLatin1String("ceremony.kek-rollover.started") ||
        a == QLatin1String("ceremony.kek-rollover.completed"))
        collectReferences(e.details(), pmaReferences);
    if (a == QLatin1String("inventory.imported"))
        imports.push_back({e.seq, e.time, e.target, e.actor});
}

Result<CustodianReport> CustodianReport::build(store::Database& db, const QDateTime& from,
                                               const QDateTime& to) {
    CustodianReport report;
    report.from = from.toUTC();
    report.to = to.toUTC();
    JournalFilter filter;
    filter.from = report.from;
    filter.to = report.to;
    JournalQuery query(db);
    constexpr int kPage = 2000;
    for (qint64 offset = 0;; offset += kPage) {
        auto page = query.page(filter, offset, kPage, JournalQuery::Order::OldestFirst);
        if (!page)
            return page.error();
        for (const JournalEntry& e : std::as_const(*page))
            if (!e.hash.isEmpty()) // a gap row (deleted entry) is the verifier's to report
                report.add(e);
        if (page->size() < kPage)
            break;
    }
    return report;
}

} // namespace symbolon::audit
