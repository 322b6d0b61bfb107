#include "inventory/InventoryRowReader.h"

#include "inventory/CsvReader.h"
#include "inventory/InventoryColumn.h"
#include "inventory/InventoryParser.h"
#include "inventory/IsoTimestamp.h"
#include "inventory/NameSafety.h"

#include <QCoreApplication>
#include <QHash>
#include <QIODevice>

#include <array>
#include <utility>
#include <vector>

namespace symbolon::inventory {

using policy::DeviceId;

// Row rules (one ParseError per broken cell, all rows checked):
//   device_id        EUI-64 (DeviceId::parse); unique within the file (the caller's check)
//   device_type      CHF, ESME, GSME, GPF or PPMID (any case)
//   cohort           IOC or FOC; MOC is refused with the policy's reason
//   s1sp, manufacturer, model   1..64 printable characters, one writing system, no look-alike
//                    of another name of the column (NameSafety.h); at most kMaxDistinctNames
//                    different names per column
//   commissioned_at  ISO 8601 date and time with a zone (IsoTimestamp.h), from 2009-01-01,
//                    not after now + the allowed skew
//   category         empty, 1 or 2 (SEC G2.44A)
//   system_title     16 hex digits
//   key columns      48 hex digits or empty; in one row all nine filled or all nine empty

namespace {

QString tr(const char* s, const char* disambiguation = nullptr, int n = -1) {
    return QCoreApplication::translate("symbolon::inventory", s, disambiguation, n);
}

constexpr qint64 kEarliestCommissioningMs = Q_INT64_C(1230768000000); // 2009-01-01T00:00:00Z
constexpr int kMaxTextChars = 64;
constexpr int kShownValueChars = 40;
constexpr qsizetype kSystemTitleBytes = 8;
constexpr qsizetype kWrappedKeyBytes = 24; // RFC 3394 wrap of a 16-byte key

constexpr std::array<signed char, 256> kHexValues = [] {
    std::array<signed char, 256> t{};
    for (auto& v : t)
        v = -1;
    for (int i = 0; i < 10; ++i)
        t['0' + i] = static_cast<signed char>(i);
    for (int i = 0; i < 6; ++i) {
        t['a' + i] = static_cast<signed char>(10 + i);
        t['A' + i] = static_cast<signed char>(10 + i);
    }
    return t;
}();

bool decodeHex(QByteArrayView in, qsizetype bytes, QByteArray& out) {
    if (in.size() != bytes * 2)
        return false;
    out.resize(bytes);
    char* o = out.data();
    for (qsizetype i = 0; i < bytes; ++i) {
        const int hi = kHexValues[static_cast<unsigned char>(in[2 * i])];
        const int lo = kHexValues[static_cast<unsigned char>(in[2 * i + 1])];
        if ((hi | lo) < 0) {
            out.clear();
            return false;
        }
        o[i] = static_cast<char>((hi << 4) | lo);
    }
    return true;
}

bool isPrintable(char32_t cp) {
    const auto category = QChar::category(cp);
    return QChar::isPrint(cp) && category != QChar::Separator_Line && category != QChar::Separator_Paragraph;
}

// Why a heading that looks right is not: the two mistakes whose message would otherwise read
// "device_id: expected one of the inventory columns: device_id, …".
QString headerHint(const QByteArray& name) {
    if (name.contains("\xEF\xBB\xBF"))
        return inventory::tr(
            " (this name holds an invisible byte order mark, U+FEFF: the file has a second one, or one "
            "in the middle; save it again as UTF-8)");
    if (name.contains(';') && columnFromName(name.left(name.indexOf(';'))))
        return inventory::tr(" (the fields seem to be separated by semicolons: save the file with commas)");
    return {};
}

// Whether a header field looks like a column heading (letters, digits, '_', spaces, the ';' of a
// file saved with semicolons, a stray byte order mark), and so may be quoted back.
bool looksLikeHeading(QByteArrayView name) {
    QByteArrayView rest = name;
    while (rest.startsWith("\xEF\xBB\xBF"))
        rest = rest.sliced(3);
    if (rest.size() > 256)
        return false;
    for (const char c : rest)
        if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == ' ' || c == ';'))
            return false;
    return true;
}

// A cell value as it may be shown back to the custodian: printable, short, and never a key.
QString shownValue(InventoryColumn column, QByteArrayView v) {
    if (v.isEmpty())
        return {};
    if (isKeyColumn(column))
        return inventory::tr("(key material not shown)");
    const QString full = QString::fromUtf8(v.first(std::min<qsizetype>(v.size(), 4 * kShownValueChars)));
    QString out;
    out.reserve(kShownValueChars + 1);
    for (const QChar c : full) {
        if (out.size() >= kShownValueChars) {
            out += QChar(0x2026); // …
            break;
        }
        out += (c.isPrint() || c.isSurrogate()) ? c : QChar(QChar::ReplacementCharacter);
    }
    return out;
}

// Interns the few distinct S1SP, manufacturer and model names so that a million records share
// a handful of strings instead of holding three million copies.
class StringCache {
public:
    QString get(QByteArrayView v) {
        for (const auto& [bytes, text] : m_entries)
            if (QByteArrayView(bytes) == v)
                return text;
        QString text = QString::fromUtf8(v);
        if (m_entries.size() < 64)
            m_entries.emplace_back(v.toByteArray(), text);
        return text;
    }

private:
    std::vector<std::pair<QByteArray, QString>> m_entries;
};

} // namespace

class InventoryRowReader::Impl {
public:
    Impl(QIODevice& device, const QDateTime& now, const InventoryParseOptions& options)
        : m_device(device), m_reader(device, options.limits), m_options(options),
          m_nowMs((now.isValid() ? now : QDateTime::currentDateTimeUtc()).toMSecsSinceEpoch()),
          m_problems(options.maxReportedErrors) {
        m_position.fill(-1);
        for (const QString& n : options.existingS1sps)
            m_names[0].addExisting(n);
        for (const QString& n : options.existingManufacturers)
            m_names[1].addExisting(n);
        for (const QString& n : options.existingModels)
            m_names[2].addExisting(n);
        m_reader.setByteObserver([this](QByteArrayView bytes) {
            if (m_observer)
                m_observer(bytes);
        });
    }

    void setByteObserver(std::function<void(QByteArrayView)> observer) { m_observer = std::move(observer); }

    bool next() {
        if (m_done)
            return false;
        if (!m_started) {
            m_started = true;
            if (!m_device.isOpen() || !m_device.isReadable()) {
                report(0, QString(), QString(), inventory::tr("an inventory file opened for reading"));
                return finish(false);
            }
        }
        for (;;) {
            const Result<bool> next = m_reader.readRecord();
            if (!next.ok()) {
                report(m_reader.errorLine(), QString(), QString(),
                       inventory::tr("well-formed CSV: %1").arg(next.error().message));
                return finish(false);
            }
            if (!*next)
                return finish(true);
            if (!m_haveHeader) {
                m_haveHeader = true;
                m_headerLine = m_reader.recordLine();
                m_headerOk = parseHeader();
                if (!m_headerOk)
                    return finish(false); // rows cannot be read against a broken header
                continue;
            }
            ++m_rows;
            parseRow();
            return true;
        }
    }

    InventoryRecord& record() { return m_record; }
    bool rowOk() const { return m_rowOk; }
    bool idOk() const { return m_idOk; }
    bool hasKeyColumns() const { return m_hasKeys; }
    qint64 rows() const { return m_rows; }
    qint64 rowBytes() const { return m_reader.recordRawBytes(); }
    QString shownId() const {
        if (m_done || !m_haveHeader)
            return {};
        return shownValue(InventoryColumn::DeviceId, cell(m_reader, InventoryColumn::DeviceId));
    }
    const ParseErrorList& problems() const { return m_problems; }

private:
    bool finish(bool atEnd) {
        m_done = true;
        m_record = {};
        if (!atEnd)
            return false;
        if (!m_haveHeader && m_problems.total() == 0)
            report(1, QString(), QString(),
                   inventory::tr("a header row naming the columns (%1); the file is empty")
                       .arg(requiredColumnList()));
        else if (m_headerOk && m_rows == 0 && m_problems.total() == 0)
            report(m_headerLine + 1, QString(), QString(),
                   inventory::tr("at least one device row after the header"));
        return false;
    }

    static QString requiredColumnList() {
        QStringList names;
        for (const InventoryColumn c : inventoryColumns(false))
            names << QString::fromLatin1(columnName(c));
        return names.join(QLatin1Char(','));
    }

    void report(int line, QString column, QString value, QString expected) {
        m_rowOk = false;
        m_problems.add(ParseError{line, std::move(column), std::move(value), std::move(expected)});
    }

    void report(int line, InventoryColumn column, QByteArrayView value, const QString& expected) {
        m_rowOk = false;
        if (!m_problems.wouldList(line)) {
            m_problems.add(ParseError{line, {}, {}, {}}); // counted; the strings nobody will see are skipped
            return;
        }
        report(line, QString::fromLatin1(columnName(column)), shownValue(column, value), expected);
    }

    bool parseHeader() {
        const CsvReader& reader = m_reader;
        const int line = reader.recordLine();
        const int before = m_problems.total();
        for (qsizetype i = 0; i < reader.fieldCount(); ++i) {
            // Spreadsheets add stray spaces and capitals to headings; neither changes the meaning.
            const QByteArray name = reader.field(i).toByteArray().trimmed().toLower();
            const auto column = columnFromName(name);
            // A heading is echoed only when it looks like one: a file that is not an inventory
            // (/etc/shadow given by mistake) must not have its first line printed back (issue #16).
            const bool echo = looksLikeHeading(name);
            const QString shown =
                name.isEmpty() || !echo ? inventory::tr("(column %1)").arg(i + 1) : QString::fromUtf8(name);
            if (!column) {
                report(
                    line, shown, echo ? shownValue(InventoryColumn::DeviceId, name) : QString(),
                    inventory::tr(
                        "one of the inventory columns: %1, and optionally mk, ak_<client> and guek_<client> "
                        "for the clients data_collection, extended_data_collection, management, firmware")
                            .arg(requiredColumnList()) +
                        (echo ? headerHint(name)
                              : inventory::tr(" (the heading is not shown: it does not look like a column "
                                              "name; is this an inventory file?)")));
                continue;
            }
            int& position = m_position[static_cast<std::size_t>(*column)];
            if (position >= 0) {
                report(line, shown, QString(),
                       inventory::tr("each column once; it is also column %1").arg(position + 1));
                continue;
            }
            position = static_cast<int>(i);
        }
        for (const InventoryColumn c : inventoryColumns(false))
            if (m_position[static_cast<std::size_t>(c)] < 0)
                report(line, QString::fromLatin1(columnName(c)), QString(),
                       inventory::tr("this required column in the header"));
        int keyColumns = 0;
        for (int c = kRequiredColumnCount; c < kInventoryColumnCount; ++c)
            keyColumns += m_position[static_cast<std::size_t>(c)] >= 0;
        if (keyColumns > 0 && keyColumns < kKeyColumnCount) {
            for (int c = kRequiredColumnCount; c < kInventoryColumnCount; ++c)
                if (m_position[static_cast<std::size_t>(c)] < 0)
                    report(
                        line, QString::fromLatin1(columnName(static_cast<InventoryColumn>(c))), QString(),
                        inventory::tr(
                            "all nine key columns (mk, and ak_ and guek_ for each of the four keyed clients) "
                            "or none; this one is missing"));
        }
        m_hasKeys = keyColumns == kKeyColumnCount;
        m_fieldCount = reader.fieldCount();
        return m_problems.total() == before;
    }

    QByteArrayView cell(const CsvReader& reader, InventoryColumn c) const {
        return reader.field(m_position[static_cast<std::size_t>(c)]);
    }

    bool parseText(const CsvReader& reader, InventoryColumn column, StringCache& cache, QString& out) {
        const QByteArrayView v = cell(reader, column);
        bool ok = !v.isEmpty();
        bool ascii = true;
        for (const char c : v) {
            if (c < 0x20 || c > 0x7E) { // UTF-8 lead and continuation bytes are negative chars here
                ascii = false;
                break;
            }
        }
        if (ok && ascii) {
            ok = v.size() <= kMaxTextChars;
        } else if (ok) {
            const QString text = QString::fromUtf8(v);
            int chars = 0;
            for (qsizetype i = 0; ok && i < text.size(); ++i, ++chars) {
                char32_t cp = text[i].unicode();
                if (text[i].isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate()) {
                    cp = QChar::surrogateToUcs4(text[i], text[i + 1]);
                    ++i;
                }
                ok = isPrintable(cp);
            }
            ok = ok && chars <= kMaxTextChars;
        }
        if (!ok) {
            report(reader.recordLine(), column, v,
                   inventory::tr("text of 1 to %1 printable characters").arg(kMaxTextChars));
            return false;
        }
        const QString name = cache.get(v);
        // Each distinct name is checked once (NameSafety.h); its verdict is reused on every row.
        const int n = column == InventoryColumn::S1sp ? 0 : column == InventoryColumn::Manufacturer ? 1 : 2;
        auto it = m_nameVerdicts[n].constFind(name);
        if (it == m_nameVerdicts[n].cend()) {
            // What is remembered per column is bounded whatever the file holds: past the cap a
            // new name is a problem, and is neither checked nor kept (not even in the record).
            if (m_nameVerdicts[n].size() >= kMaxDistinctNames) {
                report(reader.recordLine(), column, v,
                       inventory::tr("at most %n different names in this column (the file has more: are "
                                     "the columns in the right order?)",
                                     nullptr, kMaxDistinctNames));
                return false;
            }
            QString why = m_safety.problem(name);
            if (why.isEmpty()) {
                const NameSafety::LookAlike alike = m_names[n].add(name, reader.recordLine());
                if (alike.found())
                    why = alike.line > 0
                              ? inventory::tr("a name unlike “%1” (line %2): the two look alike but are "
                                              "different characters")
                                    .arg(alike.other)
                                    .arg(alike.line)
                              : inventory::tr("a name unlike “%1”, which the workspace already has: the two "
                                              "look alike but are different characters")
                                    .arg(alike.other);
            }
            it = m_nameVerdicts[n].insert(name, why);
        }
        if (!it->isEmpty()) {
            report(reader.recordLine(), column, v, *it);
            return false;
        }
        out = name;
        return true;
    }

    void parseRow() {
        const CsvReader& reader = m_reader;
        m_record = InventoryRecord();
        m_rowOk = true;
        m_idOk = false;
        const int line = reader.recordLine();
        if (reader.fieldCount() != m_fieldCount) {
            report(line, QString(),
                   inventory::tr("%n field(s)", nullptr, static_cast<int>(reader.fieldCount())),
                   inventory::tr("%n field(s), as in the header", nullptr, static_cast<int>(m_fieldCount)));
            return;
        }
        InventoryRecord& rec = m_record;
        rec.sourceLine = line;

        const QByteArrayView idText = cell(reader, InventoryColumn::DeviceId);
        if (const auto id = DeviceId::parse(idText); !id) {
            report(line, InventoryColumn::DeviceId, idText, DeviceId::expectedText());
        } else {
            rec.deviceId = *id;
            m_idOk = true;
        }

        const QByteArrayView typeText = cell(reader, InventoryColumn::DeviceType);
        if (const auto type = policy::parseDeviceType(QString::fromUtf8(typeText)))
            rec.deviceType = *type;
        else
            report(line, InventoryColumn::DeviceType, typeText,
                   inventory::tr("a device type: CHF, ESME, GSME, GPF or PPMID"));

        const QByteArrayView cohortText = cell(reader, InventoryColumn::Cohort);
        if (cohortText == "IOC") { // the common spellings without a string allocation
            rec.cohort = policy::Cohort::IOC;
        } else if (cohortText == "FOC") {
            rec.cohort = policy::Cohort::FOC;
        } else if (const auto cohort = policy::parseCohort(QString::fromUtf8(cohortText)); cohort.ok()) {
            rec.cohort = *cohort;
        } else if (cohort.error().code == ErrorCode::PolicyRefused) {
            report(line, InventoryColumn::Cohort, cohortText,
                   inventory::tr("IOC or FOC; %1").arg(cohort.error().message));
        } else {
            report(line, InventoryColumn::Cohort, cohortText, inventory::tr("a cohort: IOC or FOC"));
        }

        parseText(reader, InventoryColumn::S1sp, m_s1sps, rec.s1sp);
        parseText(reader, InventoryColumn::Manufacturer, m_manufacturers, rec.manufacturer);
        parseText(reader, InventoryColumn::Model, m_models, rec.model);

        const QByteArrayView whenText = cell(reader, InventoryColumn::CommissionedAt);
        if (const auto ms = parseIsoTimestamp(whenText); !ms) {
            report(line, InventoryColumn::CommissionedAt, whenText,
                   inventory::tr(
                       "a date and time with a time zone, e.g. 2024-03-01T09:30:00Z (a date alone is not "
                       "enough: the 7-day rotation clock starts at commissioning)"));
        } else if (*ms < kEarliestCommissioningMs) {
            report(line, InventoryColumn::CommissionedAt, whenText,
                   inventory::tr("a commissioning time on or after 2009-01-01T00:00:00Z"));
        } else if (*ms > m_nowMs + m_options.allowedClockSkewSecs * 1000) {
            report(line, InventoryColumn::CommissionedAt, whenText,
                   inventory::tr("a commissioning time not in the future (now is %1)")
                       .arg(QString::fromLatin1(
                           formatIsoTimestamp(QDateTime::fromMSecsSinceEpoch(m_nowMs, Qt::UTC)))));
        } else {
            rec.commissionedAt = QDateTime::fromMSecsSinceEpoch(*ms, Qt::UTC);
        }

        const QByteArrayView categoryText = cell(reader, InventoryColumn::Category);
        if (categoryText == "1")
            rec.category = 1;
        else if (categoryText == "2")
            rec.category = 2;
        else if (!categoryText.isEmpty())
            report(line, InventoryColumn::Category, categoryText,
                   inventory::tr("empty, 1 or 2 (the SEC G2.44A device category)"));

        const QByteArrayView titleText = cell(reader, InventoryColumn::SystemTitle);
        if (!decodeHex(titleText, kSystemTitleBytes, rec.systemTitle))
            report(line, InventoryColumn::SystemTitle, titleText,
                   inventory::tr("a DLMS system title: 16 hex digits (8 bytes)"));

        if (m_hasKeys)
            parseKeys(reader, rec);
    }

    void parseKeys(const CsvReader& reader, InventoryRecord& rec) {
        const int line = reader.recordLine();
        int filled = 0;
        std::optional<InventoryColumn> firstEmpty;
        auto one = [&](InventoryColumn column, QByteArray& out) {
            const QByteArrayView v = cell(reader, column);
            if (v.isEmpty()) {
                if (!firstEmpty)
                    firstEmpty = column;
                return;
            }
            ++filled;
            if (!decodeHex(v, kWrappedKeyBytes, out))
                report(line, column, v,
                       inventory::tr("an RFC 3394 wrapped key: 48 hex digits (24 bytes), or empty"));
        };
        one(InventoryColumn::Mk, rec.mk);
        for (int i = 0; i < 4; ++i)
            one(akColumn(i), rec.ak[static_cast<std::size_t>(i)]);
        for (int i = 0; i < 4; ++i)
            one(guekColumn(i), rec.guek[static_cast<std::size_t>(i)]);
        if (filled > 0 && filled < kKeyColumnCount)
            report(line, *firstEmpty, QByteArrayView(),
                   inventory::tr("all nine key columns filled, or all nine empty (%1 of 9 are filled)")
                       .arg(filled));
    }

    QIODevice& m_device;
    CsvReader m_reader;
    InventoryParseOptions m_options;
    NameSafety m_safety;
    std::array<NameSafety::Column, 3> m_names{NameSafety::Column(m_safety), NameSafety::Column(m_safety),
                                              NameSafety::Column(m_safety)}; // S1SP, manufacturer, model
    std::array<QHash<QString, QString>, 3> m_nameVerdicts; // name -> "" (safe) or what was expected
    qint64 m_nowMs = 0;
    std::array<int, kInventoryColumnCount> m_position{}; // header position of each column, or -1
    qsizetype m_fieldCount = 0;
    bool m_hasKeys = false;
    ParseErrorList m_problems;
    StringCache m_s1sps, m_manufacturers, m_models;
    InventoryRecord m_record;
    bool m_rowOk = false, m_idOk = false;
    bool m_started = false, m_done = false;
    std::function<void(QByteArrayView)> m_observer;
    bool m_haveHeader = false, m_headerOk = false;
    int m_headerLine = 0;
    qint64 m_rows = 0;
};

InventoryRowReader::InventoryRowReader(QIODevice& device, const QDateTime& now,
                                       const InventoryParseOptions& options)
    : d(std::make_unique<Impl>(device, now, options)) {}
InventoryRowReader::~InventoryRowReader() = default;

void InventoryRowReader::setByteObserver(std::function<void(QByteArrayView)> observer) {
    d->setByteObserver(std::move(observer));
}
bool InventoryRowReader::next() {
    return d->next();
}
InventoryRecord& InventoryRowReader::record() {
    return d->record();
}
bool InventoryRowReader::rowOk() const {
    return d->rowOk();
}
bool InventoryRowReader::idOk() const {
    return d->idOk();
}
bool InventoryRowReader::hasKeyColumns() const {
    return d->hasKeyColumns();
}
qint64 InventoryRowReader::rows() const {
    return d->rows();
}
qint64 InventoryRowReader::rowBytes() const {
    return d->rowBytes();
}
QString InventoryRowReader::shownId() const {
    return d->shownId();
}
const ParseErrorList& InventoryRowReader::problems() const {
    return d->problems();
}

} // namespace symbolon::inventory
