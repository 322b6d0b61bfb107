// Data is never markup (issue #16, item 1). An inventory whose S1SP, manufacturer and model are
// HTML (a red "VERIFIED OK" heading, an <img> of a local file, a link) is imported; then every
// view, the Devices detail pane of that device and every dialog the menus open are walked, and
// no label, message box or wizard title may render such text as rich text: it is plain text, or
// rich text the widget built on purpose with the data escaped. The Devices table's manufacturer
// tooltip is shown escaped too.
#include "ConsoleWalk.h"
#include "DemoFixture.h"

#include "devices/DeviceDetailPane.h"
#include "devices/DevicesView.h"
#include "inventory/InventoryImporter.h"

#include <QHelpEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QTableView>
#include <QToolTip>

using namespace symbolon;

namespace {
const QString kHeading = QStringLiteral("<h1 style=\"color:red\">VERIFIED OK</h1>");
const QString kImage = QStringLiteral("<img src=\"/usr/share/pixmaps/debian-logo.png\">");
const QString kLink = QStringLiteral("<a href=\"https://example.net/\">click</a>");

QByteArray csvCell(const QString& s) {
    return '"' + s.toUtf8().replace("\"", "\"\"") + '"';
}
} // namespace

class TestHostileText : public QObject {
    Q_OBJECT
    test::DemoFixture m_demo{20, 5};
    QStringList m_richData;       // widgets that render data as rich text
    int m_dataWidgetsChecked = 0; // widgets found showing the hostile text

    static bool hostile(const QString& text) {
        return text.contains(QLatin1String("VERIFIED OK")) || text.contains(QLatin1String("debian-logo")) ||
               text.contains(QLatin1String("example.net"));
    }
    static bool rawMarkup(const QString& text) {
        return text.contains(QLatin1String("<h1")) || text.contains(QLatin1String("<img")) ||
               text.contains(QLatin1String("<a href"));
    }
    static QString describe(const QObject* o) {
        QStringList path;
        for (; o; o = o->parent())
            path.prepend(QStringLiteral("%1#%2").arg(QString::fromLatin1(o->metaObject()->className()),
                                                     o->objectName()));
        return path.join(QLatin1Char('/'));
    }
    // Rendered as rich text: the format says so, or AutoText decides so.
    static bool rendersRich(Qt::TextFormat f, const QString& text) {
        return f == Qt::RichText || (f == Qt::AutoText && Qt::mightBeRichText(text));
    }

    void check(QWidget* root) {
        QList<QWidget*> widgets = root->findChildren<QWidget*>();
        widgets.prepend(root);
        for (QWidget* w : widgets) {
            if (auto* l = qobject_cast<QLabel*>(w); l && hostile(l->text())) {
                ++m_dataWidgetsChecked;
                if (rendersRich(l->textFormat(), l->text()) && rawMarkup(l->text()))
                    m_richData << describe(l) + QStringLiteral(": ") + l->text();
            }
            if (auto* m = qobject_cast<QMessageBox*>(w); m && hostile(m->text())) {
                ++m_dataWidgetsChecked;
                if (rendersRich(m->textFormat(), m->text()) && rawMarkup(m->text()))
                    m_richData << describe(m) + QStringLiteral(": ") + m->text();
            }
        }
    }

private Q_SLOTS:
    void initTestCase() {
        QTemporaryDir dir;
        const QString csv = QDir(dir.path()).filePath(QStringLiteral("hostile.csv"));
        QFile f(csv);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(
            "device_id,device_type,cohort,s1sp,manufacturer,model,commissioned_at,category,system_title\n");
        f.write("00DB1234567890A1,ESME,IOC," + csvCell(kHeading) + "," + csvCell(kImage) + "," +
                csvCell(kLink) + ",2024-03-01T09:30:00Z,,534D4C01020304A1\n");
        f.close();
        auto ws = m_demo.open();
        inventory::InventoryImporter importer(*ws);
        auto r = importer.importFile(csv, QDateTime::currentDateTimeUtc(), {});
        QVERIFY2(r, r ? "" : qPrintable(r.error().message));
    }

    void noViewOrDialogRendersDataAsMarkup() {
        ui::MainWindow window(m_demo.open());
        const QString why = test::walkConsole(window, [this](QWidget* w) { check(w); });
        QVERIFY2(why.isEmpty(), qPrintable(why));

        // The Devices view, filtered to the hostile device, its detail pane shown.
        auto* view = window.findChild<ui::DevicesView*>();
        QVERIFY(view);
        auto* stack = window.findChild<QStackedWidget*>(QStringLiteral("views"));
        stack->setCurrentWidget(view);
        auto* filter = view->findChild<QLineEdit*>(QStringLiteral("devicesSearch"));
        QVERIFY(filter);
        filter->setText(QStringLiteral("VERIFIED"));
        auto* table = view->findChild<QTableView*>();
        QVERIFY(table);
        QTRY_COMPARE_WITH_TIMEOUT(table->model()->rowCount(), 1, 15000);
        table->selectRow(0);
        auto* pane = view->findChild<ui::DeviceDetailPane*>();
        QVERIFY(pane);
        QTRY_VERIFY_WITH_TIMEOUT(pane->findChild<QLabel*>(QStringLiteral("detailS1sp"))->text() == kHeading,
                                 5000);
        QCOMPARE(pane->findChild<QLabel*>(QStringLiteral("detailManufacturer"))->text(), kImage);
        QCOMPARE(pane->findChild<QLabel*>(QStringLiteral("detailModel"))->text(), kLink);
        check(&window);
        QVERIFY2(m_dataWidgetsChecked >= 3, "the hostile text was not found in the detail pane");
        // Our own markup still renders: the coloured rotation state is rich text on purpose.
        auto* rotation = pane->findChild<QLabel*>(QStringLiteral("detailRotation"));
        QCOMPARE(rotation->textFormat(), Qt::RichText);
        QVERIFY(rotation->text().startsWith(QStringLiteral("<b style=")));

        // The manufacturer's tooltip in the table: shown as the characters it holds.
        int manufacturerColumn = -1;
        for (int c = 0; c < table->model()->columnCount(); ++c)
            if (table->model()->index(0, c).data(Qt::ToolTipRole).toString() == kImage)
                manufacturerColumn = c;
        QVERIFY(manufacturerColumn >= 0);
        const QRect cell = table->visualRect(table->model()->index(0, manufacturerColumn));
        QHelpEvent help(QEvent::ToolTip, cell.center(), table->viewport()->mapToGlobal(cell.center()));
        QApplication::sendEvent(table->viewport(), &help);
        QTRY_VERIFY_WITH_TIMEOUT(QToolTip::isVisible(), 3000);
        QVERIFY2(QToolTip::text().contains(QStringLiteral("&lt;img")) && !rawMarkup(QToolTip::text()),
                 qPrintable(QToolTip::text()));
        QToolTip::hideText();

        for (const QString& line : std::as_const(m_richData))
            qWarning("%s", qPrintable(line));
        QVERIFY2(m_richData.isEmpty(),
                 qPrintable(QStringLiteral("%1 widget(s) render data as rich text").arg(m_richData.size())));
    }

    // The guard's rule, on a bare label and message box: AutoText becomes PlainText when shown;
    // a label that asked for rich text keeps it.
    void autoTextBecomesPlainText() {
        QLabel plain(kHeading);
        QLabel rich;
        rich.setTextFormat(Qt::RichText);
        rich.setText(QStringLiteral("<b>%1</b>").arg(kHeading.toHtmlEscaped()));
        ui::MainWindow window(m_demo.open()); // installs the guard
        plain.show();
        rich.show();
        QVERIFY(QTest::qWaitForWindowExposed(&plain));
        QCOMPARE(plain.textFormat(), Qt::PlainText);
        QCOMPARE(rich.textFormat(), Qt::RichText);
        QMessageBox box(QMessageBox::Warning, QStringLiteral("t"), kLink);
        box.show();
        QVERIFY(QTest::qWaitForWindowExposed(&box));
        QCOMPARE(box.textFormat(), Qt::PlainText);
    }
};

QTEST_MAIN(TestHostileText)
#include "test_hostile_text.moc"
