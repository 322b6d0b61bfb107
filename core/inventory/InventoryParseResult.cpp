#include "inventory/InventoryParseResult.h"

#include <QCoreApplication>

#include <algorithm>

namespace symbolon::inventory {

QString ParseError::toString() const {
    QString where = line > 0 ? QCoreApplication::translate("symbolon::inventory", "line %1").arg(line)
                             : QCoreApplication::translate("symbolon::inventory", "file");
    if (!column.isEmpty())
        where += QStringLiteral(", ") + column;
    if (!value.isEmpty())
        where += QStringLiteral(" \u201C") + value + QStringLiteral("\u201D");
    return QCoreApplication::translate("symbolon::inventory", "%1: expected %2").arg(where, expected);
}

bool ParseErrorList::wouldList(int line) const {
    if (m_errors.size() < m_cap)
        return true;
    if (m_errors.isEmpty())
        return false;
    const auto last = std::max_element(m_errors.cbegin(), m_errors.cend(),
                                       [](const auto& a, const auto& b) { return a.line < b.line; });
    return line < last->line;
}

void ParseErrorList::add(ParseError error) {
    if (m_errors.size() < m_cap) {
        m_errors.append(std::move(error));
        return;
    }
    ++m_omitted;
    if (m_errors.isEmpty())
        return;
    // Full: the new problem takes the place of the one on the highest line, if it is lower.
    // The last of equals goes first, so that one line's problems keep the order they were found.
    auto last = m_errors.begin();
    for (auto it = m_errors.begin(); it != m_errors.end(); ++it)
        if (it->line >= last->line)
            last = it;
    if (error.line < last->line) {
        m_errors.erase(last);
        m_errors.append(std::move(error));
    }
}

void ParseErrorList::addAll(const ParseErrorList& other) {
    for (const ParseError& e : other.m_errors)
        add(e);
    m_omitted += other.m_omitted;
}

void ParseErrorList::amend(const std::function<void(ParseError&)>& change) {
    for (ParseError& e : m_errors)
        change(e);
}

QVector<ParseError> ParseErrorList::sorted() const {
    QVector<ParseError> out = m_errors;
    std::stable_sort(out.begin(), out.end(),
                     [](const ParseError& a, const ParseError& b) { return a.line < b.line; });
    return out;
}

InventoryParseResult InventoryParseResult::success(ParsedInventory inventory) {
    InventoryParseResult r;
    r.m_inventory = std::move(inventory);
    return r;
}

InventoryParseResult InventoryParseResult::failure(QVector<ParseError> errors, int omittedErrors) {
    InventoryParseResult r;
    r.m_errors = std::move(errors);
    r.m_omitted = omittedErrors;
    return r;
}

Error InventoryParseResult::summary() const {
    if (ok())
        return Error::make(ErrorCode::Ok, QString());
    const QString first = m_errors.isEmpty() ? QString() : m_errors.first().toString();
    return Error::make(
        ErrorCode::InvalidInput,
        QCoreApplication::translate("symbolon::inventory",
                                    "the inventory file has %n problem(s); nothing was imported. "
                                    "First: %1",
                                    nullptr, totalErrorCount())
            .arg(first));
}

} // namespace symbolon::inventory
