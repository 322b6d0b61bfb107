#include "common/KekText.h"

#include <QCoreApplication>
#include <QLocale>

#include <climits>

namespace symbolon::ui {

namespace {
// Free functions: lupdate files their texts under the namespace, so the context is "symbolon::ui".
QString tr(const char* s, int n = -1) {
    return QCoreApplication::translate("symbolon::ui", s, nullptr, n);
}
} // namespace

QString kekText(keys::Kek kek) {
    return kek == keys::Kek::Dco ? tr("DCO Key") : tr("Shared Key");
}

QString kekVersionText(keys::Kek kek, int version) {
    //: A KEK and its version number: "DCO Key v2"
    return tr("%1 v%2").arg(kekText(kek)).arg(version);
}

QString kekVersionText(const QString& kekCode, int version) {
    if (auto k = keys::parseKekCode(kekCode))
        return kekVersionText(*k, version);
    return tr("%1 v%2").arg(kekCode).arg(version);
}

QString kekVersionStateText(keys::KekVersionState state) {
    switch (state) {
    case keys::KekVersionState::Active:
        return tr("active");
    case keys::KekVersionState::Retiring:
        return tr("retiring");
    case keys::KekVersionState::Retired:
        return tr("retired");
    case keys::KekVersionState::Destroyed:
        return tr("destroyed");
    }
    return {};
}

QString packageCountText(qint64 n) {
    // "1 package" is its own text so that English, without a catalogue, never shows "1 packages"
    // (DeviceText's deviceCountText does the same).
    static const char* const one = QT_TRANSLATE_NOOP("symbolon::ui", "1 package");
    static const char* const many = QT_TRANSLATE_N_NOOP("symbolon::ui", "%Ln packages");
    return n == 1 ? tr(one) : tr(many, int(qMin<qint64>(n, INT_MAX)));
}

QString rolloverProgressText(qint64 done, qint64 total, double elapsedSecs) {
    const QLocale locale;
    const double rate = elapsedSecs > 0 ? done / elapsedSecs : 0;
    QString eta = QStringLiteral("--");
    if (rate > 0) {
        const qint64 s = qRound64((total - done) / rate);
        eta = QStringLiteral("%1m%2s").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'));
    }
    //: A KEK rollover's progress: packages moved of all, packages per second, time left
    return tr("%1 / %2 packages, %3/s, ETA %4")
        .arg(locale.toString(done), locale.toString(total), locale.toString(qRound64(rate)), eta);
}

} // namespace symbolon::ui
