#include "inventory/NameSafety.h"

#include <QCoreApplication>
#include <QSet>

#include <unicode/uscript.h>
#include <unicode/uspoof.h>

namespace symbolon::inventory {

namespace {
QString tr(const char* s) {
    return QCoreApplication::translate("symbolon::inventory", s);
}
const UChar* utf16(const QString& s) {
    return reinterpret_cast<const UChar*>(s.utf16());
}
} // namespace

struct NameSafety::Checker {
    USpoofChecker* sc = nullptr;
    ~Checker() {
        if (sc)
            uspoof_close(sc);
    }
};

NameSafety::NameSafety() : m_checker(std::make_unique<Checker>()) {
    UErrorCode status = U_ZERO_ERROR;
    m_checker->sc = uspoof_open(&status);
    uspoof_setChecks(m_checker->sc, USPOOF_RESTRICTION_LEVEL | USPOOF_MIXED_NUMBERS | USPOOF_INVISIBLE,
                     &status);
    uspoof_setRestrictionLevel(m_checker->sc, USPOOF_HIGHLY_RESTRICTIVE);
    if (U_FAILURE(status)) {
        if (m_checker->sc)
            uspoof_close(m_checker->sc);
        m_checker->sc = nullptr; // problem() then refuses every non-ASCII name: fail closed
    }
}

NameSafety::~NameSafety() = default;

QString NameSafety::problem(const QString& name) const {
    // Stacked combining marks first: they are the cheaper check and the clearer message.
    int run = 0;
    char32_t previousMark = 0;
    for (auto it = name.cbegin(); it != name.cend(); ++it) {
        char32_t cp = it->unicode();
        if (it->isHighSurrogate() && it + 1 != name.cend() && (it + 1)->isLowSurrogate()) {
            cp = QChar::surrogateToUcs4(*it, *(it + 1));
            ++it;
        }
        const auto category = QChar::category(cp);
        const bool mark = category == QChar::Mark_NonSpacing || category == QChar::Mark_SpacingCombining ||
                          category == QChar::Mark_Enclosing;
        if (!mark) {
            run = 0;
            previousMark = 0;
            continue;
        }
        if (++run > kMaxMarks || cp == previousMark)
            return inventory::tr(
                       "text with at most %1 different accents on one letter (stacked accents can hide "
                       "what a name says)")
                .arg(kMaxMarks);
        previousMark = cp;
    }
    bool ascii = true;
    for (const QChar c : name)
        ascii = ascii && c.unicode() < 0x80;
    if (ascii)
        return {};
    if (!m_checker->sc)
        return inventory::tr(
            "text in one writing system (the Unicode checker is not available, so only ASCII is "
            "accepted)");
    UErrorCode status = U_ZERO_ERROR;
    const int32_t result = uspoof_check2(m_checker->sc, utf16(name), int32_t(name.size()), nullptr, &status);
    if (U_FAILURE(status) || result == 0)
        return U_FAILURE(status) ? inventory::tr("text the Unicode checker can read") : QString();
    // Name the scripts mixed, in the order they appear.
    QStringList scripts;
    for (auto it = name.cbegin(); it != name.cend(); ++it) {
        char32_t cp = it->unicode();
        if (it->isHighSurrogate() && it + 1 != name.cend() && (it + 1)->isLowSurrogate()) {
            cp = QChar::surrogateToUcs4(*it, *(it + 1));
            ++it;
        }
        UErrorCode e = U_ZERO_ERROR;
        const UScriptCode code = uscript_getScript(UChar32(cp), &e);
        if (U_FAILURE(e) || code == USCRIPT_COMMON || code == USCRIPT_INHERITED)
            continue;
        const QString script = QString::fromLatin1(uscript_getName(code));
        if (!scripts.contains(script))
            scripts << script;
    }
    if (result & USPOOF_MIXED_NUMBERS)
        return inventory::tr("digits of one writing system (this name mixes digits of several)");
    if (result & USPOOF_INVISIBLE)
        return inventory::tr("no invisible or repeated combining characters");
    return inventory::tr(
               "text in one writing system (this name mixes %1: letters of different scripts can look "
               "alike)")
        .arg(scripts.join(QStringLiteral(", ")));
}

QString NameSafety::skeleton(const QString& name) const {
    if (!m_checker->sc)
        return name;
    UErrorCode status = U_ZERO_ERROR;
    QString out(name.size() * 2 + 8, Qt::Uninitialized);
    int32_t n = uspoof_getSkeleton(m_checker->sc, 0, utf16(name), int32_t(name.size()),
                                   reinterpret_cast<UChar*>(out.data()), int32_t(out.size()), &status);
    if (status == U_BUFFER_OVERFLOW_ERROR) {
        status = U_ZERO_ERROR;
        out.resize(n);
        n = uspoof_getSkeleton(m_checker->sc, 0, utf16(name), int32_t(name.size()),
                               reinterpret_cast<UChar*>(out.data()), int32_t(out.size()), &status);
    }
    if (U_FAILURE(status))
        return name;
    out.resize(n);
    return out;
}

void NameSafety::Column::addExisting(const QString& name) {
    m_bySkeleton.insert(m_safety.skeleton(name), {name, 0});
}

NameSafety::LookAlike NameSafety::Column::add(const QString& name, int line) {
    const QString key = m_safety.skeleton(name);
    const auto it = m_bySkeleton.constFind(key);
    if (it == m_bySkeleton.cend()) {
        m_bySkeleton.insert(key, {name, line});
        return {};
    }
    if (it->first == name)
        return {};
    return {it->first, it->second};
}

} // namespace symbolon::inventory
