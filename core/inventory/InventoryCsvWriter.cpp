#include "inventory/InventoryCsvWriter.h"

#include "inventory/InventoryColumn.h"
#include "inventory/IsoTimestamp.h"

#include <QCoreApplication>
#include <QIODevice>

namespace symbolon::inventory {

namespace {
constexpr qsizetype kFlushBytes = 256 * 1024;
constexpr char kHexDigits[] = "0123456789ABCDEF";
} // namespace

InventoryCsvWriter::InventoryCsvWriter(QIODevice& device, bool withKeyColumns)
    : m_device(device), m_withKeys(withKeyColumns) {
    m_buffer.reserve(kFlushBytes + 4096);
}

Status InventoryCsvWriter::writeHeader() {
    bool first = true;
    for (const InventoryColumn c : inventoryColumns(m_withKeys)) {
        if (!first)
            m_buffer += ',';
        first = false;
        m_buffer += columnName(c);
    }
    m_buffer += "\r\n";
    return flush();
}

void InventoryCsvWriter::appendText(const QString& text) {
    const QByteArray utf8 = text.toUtf8();
    bool quote = false;
    for (const char c : utf8)
        quote = quote || c == ',' || c == '"' || c == '\r' || c == '\n';
    if (!quote) {
        m_buffer += utf8;
        return;
    }
    m_buffer += '"';
    for (const char c : utf8) {
        if (c == '"')
            m_buffer += '"';
        m_buffer += c;
    }
    m_buffer += '"';
}

void InventoryCsvWriter::appendHex(const QByteArray& bytes) {
    for (const char b : bytes) {
        const auto u = static_cast<unsigned char>(b);
        m_buffer += kHexDigits[u >> 4];
        m_buffer += kHexDigits[u & 0xF];
    }
}

Status InventoryCsvWriter::write(const InventoryRecord& r) {
    m_buffer += r.deviceId.toLatin1();
    m_buffer += ',';
    m_buffer += policy::deviceTypeCode(r.deviceType).toLatin1();
    m_buffer += ',';
    m_buffer += policy::cohortCode(r.cohort).toLatin1();
    m_buffer += ',';
    appendText(r.s1sp);
    m_buffer += ',';
    appendText(r.manufacturer);
    m_buffer += ',';
    appendText(r.model);
    m_buffer += ',';
    m_buffer += formatIsoTimestamp(r.commissionedAt);
    m_buffer += ',';
    if (r.category)
        m_buffer += QByteArray::number(*r.category);
    m_buffer += ',';
    appendHex(r.systemTitle);
    if (m_withKeys) {
        m_buffer += ',';
        appendHex(r.mk);
        for (const QByteArray& k : r.ak) {
            m_buffer += ',';
            appendHex(k);
        }
        for (const QByteArray& k : r.guek) {
            m_buffer += ',';
            appendHex(k);
        }
    }
    m_buffer += "\r\n";
    return m_buffer.size() >= kFlushBytes ? flush() : Status();
}

Status InventoryCsvWriter::finish() {
    return flush();
}

Status InventoryCsvWriter::flush() {
    if (m_buffer.isEmpty())
        return {};
    const qint64 written = m_device.write(m_buffer);
    if (written != m_buffer.size())
        return fail(ErrorCode::Io, QCoreApplication::translate("symbolon::inventory",
                                                               "the inventory file could not be written: %1")
                                       .arg(m_device.errorString()));
    m_buffer.resize(0);
    return {};
}

} // namespace symbolon::inventory
