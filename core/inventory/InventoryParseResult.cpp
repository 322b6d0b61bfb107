#include "inventory/InventoryParseResult.h"

#include <QCoreApplication>

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
