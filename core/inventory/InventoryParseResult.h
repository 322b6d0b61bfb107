#pragma once

#include "common/Error.h"
#include "inventory/ParsedInventory.h"

#include <QString>
#include <QVector>

#include <functional>
#include <optional>

namespace symbolon::inventory {

// One problem in an inventory file, precise enough to fix it: where, what was there, what was
// wanted. `value` is shortened, and never shows key material (key columns say so instead).
struct ParseError {
    int line = 0;   // physical line, 1-based; 0 when the file could not be opened at all
    QString column; // the header name, or empty for whole-row and whole-file problems
    QString value;
    QString expected;

    // "line 12, commissioned_at "2031-01-01T00:00:00Z": expected …" for logs and the CLI.
    QString toString() const;
};

// The problems of one file: listed up to a cap, the rest counted. When problems arrive out of
// line order (an importer that meets some of them later than others), the list keeps those on
// the lowest lines, so that it reads like a list made in one pass.
class ParseErrorList {
public:
    explicit ParseErrorList(int cap = 200) : m_cap(cap) {}

    // Whether a problem on this line would be listed (else it is only counted): callers skip
    // building the sentences nobody will see.
    bool wouldList(int line) const;
    void add(ParseError error);
    void addAll(const ParseErrorList& other);
    // Changes the problems listed in place (e.g. to complete a sentence once more is known).
    void amend(const std::function<void(ParseError&)>& change);

    int total() const { return static_cast<int>(m_errors.size()) + m_omitted; }
    int omitted() const { return m_omitted; }
    // By line; problems on one line in the order they were found.
    QVector<ParseError> sorted() const;

private:
    int m_cap;
    QVector<ParseError> m_errors;
    int m_omitted = 0;
};

// Either the parsed inventory or every problem found (up to a cap, with a count of the rest).
// A file with any problem yields no records: an import changes nothing unless all of it is good.
class [[nodiscard]] InventoryParseResult {
public:
    static InventoryParseResult success(ParsedInventory inventory);
    static InventoryParseResult failure(QVector<ParseError> errors, int omittedErrors);

    bool ok() const { return m_inventory.has_value(); }
    explicit operator bool() const { return ok(); }

    const ParsedInventory& value() const& { return *m_inventory; }
    ParsedInventory&& value() && { return std::move(*m_inventory); }
    const ParsedInventory* operator->() const { return &*m_inventory; }

    const QVector<ParseError>& errors() const { return m_errors; }
    int omittedErrorCount() const { return m_omitted; } // beyond the reported ones
    int totalErrorCount() const { return static_cast<int>(m_errors.size()) + m_omitted; }

    // One Error for callers that deal in Result/Status: the count and the first problem.
    Error summary() const;

private:
    std::optional<ParsedInventory> m_inventory;
    QVector<ParseError> m_errors;
    int m_omitted = 0;
};

} // namespace symbolon::inventory
