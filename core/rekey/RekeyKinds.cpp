#include "rekey/RekeyKinds.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QStringList>

namespace symbolon::rekey {

QString RekeyKinds::code() const {
    QStringList parts;
    if (mk)
        parts << QStringLiteral("MK");
    if (ak)
        parts << QStringLiteral("AK");
    if (guek)
        parts << QStringLiteral("GUEK");
    return parts.join(QLatin1Char('+'));
}

Result<RekeyKinds> RekeyKinds::parse(const QString& text) {
    RekeyKinds k{false, false, false};
    const QString t = text.trimmed();
    if (t.compare(QLatin1String("all"), Qt::CaseInsensitive) == 0)
        return RekeyKinds{true, true, true};
    for (const QString& raw : t.split(QRegularExpression(QStringLiteral("[,+ ]+")), Qt::SkipEmptyParts)) {
        const QString p = raw.toUpper();
        if (p == QLatin1String("MK"))
            k.mk = true;
        else if (p == QLatin1String("AK"))
            k.ak = true;
        else if (p == QLatin1String("GUEK"))
            k.guek = true;
        else
            return fail(ErrorCode::InvalidInput,
                        QCoreApplication::translate(
                            "symbolon::rekey", "\"%1\" is not a key kind a re-key replaces: expected MK, AK, "
                                               "GUEK (comma-separated) or \"all\".")
                            .arg(raw));
    }
    if (!k.mk && !k.ak && !k.guek)
        return fail(ErrorCode::InvalidInput,
                    QCoreApplication::translate("symbolon::rekey",
                                                "Name at least one key kind to replace: MK, AK or GUEK."));
    return k;
}

QVector<KeySlot> RekeyKinds::slots() const {
    QVector<KeySlot> out;
    for (policy::DlmsClient c : policy::kKeyedClients) {
        if (ak)
            out.push_back({QStringLiteral("AK"), static_cast<int>(c)});
        if (guek)
            out.push_back({QStringLiteral("GUEK"), static_cast<int>(c)});
    }
    if (mk)
        out.push_back({QStringLiteral("MK"), 0});
    return out;
}

} // namespace symbolon::rekey
