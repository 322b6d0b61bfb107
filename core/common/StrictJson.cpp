#include "common/StrictJson.h"

#include <QCoreApplication>
#include <QSet>

#include <vector>

namespace symbolon::json {

namespace {
QString tr(const char* s) {
    return QCoreApplication::translate("symbolon::json", s);
}

// Reads the string starting at text[i] == '"'; returns the index after its closing quote and
// stores the unescaped value (only when `out` is given: values are skipped, names decoded).
qsizetype readString(QByteArrayView text, qsizetype i, QString* out) {
    ++i; // the opening quote
    qsizetype runStart = i;
    auto flush = [&](qsizetype end) {
        if (out && end > runStart)
            out->append(QString::fromUtf8(text.data() + runStart, end - runStart));
    };
    while (i < text.size()) {
        const char c = text[i];
        if (c == '"') {
            flush(i);
            return i + 1;
        }
        if (c != '\\') {
            ++i;
            continue;
        }
        flush(i);
        if (i + 1 >= text.size())
            return text.size();
        const char e = text[i + 1];
        if (e == 'u' && i + 5 < text.size()) {
            // Four hex digits (QJsonDocument accepted the text, so they are).
            const QByteArray two = QByteArray::fromHex(text.sliced(i + 2, 4).toByteArray());
            if (out && two.size() == 2)
                out->append(QChar(char16_t((uchar(two[0]) << 8) | uchar(two[1]))));
            i += 6;
        } else {
            if (out) {
                switch (e) {
                case 'b':
                    out->append(QChar(u'\b'));
                    break;
                case 'f':
                    out->append(QChar(u'\f'));
                    break;
                case 'n':
                    out->append(QChar(u'\n'));
                    break;
                case 'r':
                    out->append(QChar(u'\r'));
                    break;
                case 't':
                    out->append(QChar(u'\t'));
                    break;
                default:
                    out->append(QLatin1Char(e));
                    break; // " \ /
                }
            }
            i += 2;
        }
        runStart = i;
    }
    return i;
}
} // namespace

Duplicate findDuplicateKey(QByteArrayView text) {
    struct Frame {
        bool object = false;
        bool expectKey = false;
        QSet<QString> keys;
    };
    std::vector<Frame> stack;
    qsizetype i = 0;
    while (i < text.size()) {
        const char c = text[i];
        switch (c) {
        case '{':
            stack.push_back({true, true, {}});
            ++i;
            break;
        case '[':
            stack.push_back({false, false, {}});
            ++i;
            break;
        case '}':
        case ']':
            if (!stack.empty())
                stack.pop_back();
            ++i;
            break;
        case ',':
            if (!stack.empty() && stack.back().object)
                stack.back().expectKey = true;
            ++i;
            break;
        case '"':
            if (!stack.empty() && stack.back().object && stack.back().expectKey) {
                QString key;
                const qsizetype at = i;
                i = readString(text, i, &key);
                Frame& f = stack.back();
                f.expectKey = false;
                if (f.keys.contains(key))
                    return {key, at};
                f.keys.insert(key);
            } else {
                i = readString(text, i, nullptr);
            }
            break;
        default:
            ++i;
            break;
        }
    }
    return {};
}

QString duplicateKeyMessage(const Duplicate& d) {
    QString key = d.key.left(64);
    for (QChar& c : key)
        if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format)
            c = QChar(u'\uFFFD');
    return tr("the key \"%1\" appears twice in one object; a document whose keys repeat can be read "
              "two ways, so it is refused")
        .arg(key);
}

qsizetype lineOf(QByteArrayView text, qsizetype offset) {
    qsizetype line = 1;
    for (qsizetype i = 0; i < offset && i < text.size(); ++i)
        line += text[i] == '\n';
    return line;
}

} // namespace symbolon::json
