// Translations and accessibility, checked on the real console:
//  - the .ts catalogues: Welsh complete (no unfinished or empty entry, every plural form, the
//    same placeholders, accelerators and tags as the source), and in step with the sources
//    (lupdate run into a scratch copy finds no new text);
//  - no unmarked text: a pseudo-translator wraps every translated string in ⟦ ⟧; the main window,
//    every view in its stack and every dialog its menus open are walked, and any visible text,
//    tooltip, accessible name, header or placeholder that is not wrapped (and is not data) fails;
//  - Welsh is shown when the cy catalogue is installed, plurals included;
//  - accessibility: every focusable control has an accessible name, every input (line edit, combo
//    box, spin box, check box, radio button) a description, menus and their actions have mnemonics
//    (shortcuts unique), and the tab chain of every dialog and view reads top to bottom, left to
//    right (one step back: the wrap from the last control to the first).
//
// Conventions for new views and dialogs (so that these tests cover them without edits): put the
// view in MainWindow's QStackedWidget "views"; open dialogs from a menu action whose text ends with
// "…"; data shown in labels (ids, numbers, dates, names) matches kData below or is set with
// setProperty("symbolonData", true) on the widget.
#include "ConsoleWalk.h"
#include "DemoFixture.h"

#include "common/UiLanguage.h"
#include "mainwindow/MainWindow.h"
#include "open/OpenWorkspaceDialog.h"
#include "policy/DurationText.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QFile>
#include <QFileDialog>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLibraryInfo>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QProcess>
#include <QRadioButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTabBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextEdit>
#include <QTimer>
#include <QTranslator>
#include <QWizard>
#include <QXmlStreamReader>

#include <functional>
#include <set>

using namespace symbolon;

namespace {

const QChar kOpen(0x27E6), kClose(0x27E7); // ⟦ ⟧

// Wraps every text any catalogue lookup returns.
class PseudoTranslator : public QTranslator {
public:
    QString translate(const char* context, const char* source, const char* disambiguation,
                      int n) const override {
        Q_UNUSED(context);
        Q_UNUSED(disambiguation);
        Q_UNUSED(n);
        if (!source || !*source)
            return {};
        return kOpen + QString::fromUtf8(source) + kClose;
    }
    bool isEmpty() const override { return false; }
};

// Data, not words: what is left of a text once its translated parts are removed may be these.
const QRegularExpression kData(QStringLiteral(
    R"(^(?:)"
    R"([\s\d.,:;/\-–—+×%#()\[\]<>=|*&'"’…·→←↑↓✓✗?!_]+)"                               // numbers, punctuation
    R"(|[0-9A-Fa-f]{2}(?:[-: ]?[0-9A-Fa-f]{2})+)"                                     // device ids, KCVs, hex
    R"(|\d{4}-\d{2}-\d{2}(?:[T ][\d:.]+Z?)?)"                                         // dates
    R"(|ACS card \d|PMA reviewer|Alice Hughes|Bethan Morgan|Chidi Okafor|Rhys Evans)" // demo cards
    R"(|Symbolon(?: demo| HSM)?|SoftHSM2?|PKCS#11|OpenSSL|Qt|SQLCipher)"              // names
    R"(|[A-Z][a-z]+(?: [A-Z][a-z]+)* S1SP)"         // S1SP names (inventory data)
    R"(|[A-Z][A-Z0-9_]+(?:[ /-][A-Z0-9_]+)*)"       // acronyms, CKM_ names
    R"(|custodian|reviewer|development|production)" // workspace values
    R"()$)"));

QString stripTags(QString s) {
    static const QRegularExpression tags(QStringLiteral("<[^>]*>"));
    static const QRegularExpression entities(QStringLiteral("&(?:[a-z]+|#\\d+);"));
    s.remove(tags);
    s.replace(entities, QStringLiteral(" "));
    return s;
}

// The text outside every ⟦…⟧ (nested ones too).
QString untranslatedPart(const QString& text) {
    QString out;
    int depth = 0;
    for (QChar c : text) {
        if (c == kOpen)
            ++depth;
        else if (c == kClose)
            depth = qMax(0, depth - 1);
        else if (depth == 0)
            out += c;
    }
    return out;
}

bool isData(const QString& rest) {
    // Each piece separated by punctuation or spaces must be data on its own.
    static const QRegularExpression split(QStringLiteral(R"([\s,;:()\[\]"'“”/]+)"));
    const QString trimmed = rest.trimmed();
    if (trimmed.isEmpty() || kData.match(trimmed).hasMatch())
        return true;
    for (const QString& piece : trimmed.split(split, Qt::SkipEmptyParts))
        if (!kData.match(piece).hasMatch())
            return false;
    return true;
}

QString describe(const QObject* o) {
    QStringList path;
    for (; o; o = o->parent())
        path.prepend(
            QStringLiteral("%1#%2").arg(QString::fromLatin1(o->metaObject()->className()), o->objectName()));
    return path.join(QLatin1Char('/'));
}

bool inFileDialog(const QWidget* w) {
    for (; w; w = w->parentWidget())
        if (qobject_cast<const QFileDialog*>(w))
            return true;
    return false;
}

} // namespace

class TestTranslations : public QObject {
    Q_OBJECT
    test::DemoFixture m_demo{60, 11};

    // --- what the walks collect ---------------------------------------------------------------
    QStringList m_unmarked;    // "where: text"
    QStringList m_unnamed;     // focusable controls without an accessible name
    QStringList m_undescribed; // inputs without an accessible description
    QStringList m_tabOrder;    // backward steps in a tab chain
    int m_textsChecked = 0;
    int m_controlsChecked = 0;
    std::set<QString> m_rootsWalked;

    void checkText(const QObject* where, const char* what, const QString& text) {
        if (text.trimmed().isEmpty())
            return;
        if (where->property("symbolonData").toBool())
            return;
        ++m_textsChecked;
        const QString rest = stripTags(untranslatedPart(text));
        if (!isData(rest))
            m_unmarked << QStringLiteral("%1 [%2]: \"%3\"").arg(describe(where), QLatin1String(what), text);
    }

    static bool visibleIn(const QWidget* w, const QWidget* root) { return w == root || w->isVisibleTo(root); }

    void walkTexts(QWidget* root) {
        m_rootsWalked.insert(describe(root));
        if (root->isWindow())
            checkText(root, "window title", root->windowTitle());
        QList<QWidget*> widgets = root->findChildren<QWidget*>();
        widgets.prepend(root);
        for (QWidget* w : widgets) {
            if (!visibleIn(w, root) || inFileDialog(w))
                continue;
            checkText(w, "tooltip", w->toolTip());
            checkText(w, "accessible name", w->accessibleName());
            checkText(w, "accessible description", w->accessibleDescription());
            if (auto* l = qobject_cast<QLabel*>(w))
                checkText(w, "label", l->text());
            if (auto* b = qobject_cast<QAbstractButton*>(w))
                checkText(w, "button", b->text());
            if (auto* g = qobject_cast<QGroupBox*>(w))
                checkText(w, "group box", g->title());
            if (auto* e = qobject_cast<QLineEdit*>(w))
                checkText(w, "placeholder", e->placeholderText());
            if (auto* e = qobject_cast<QPlainTextEdit*>(w))
                checkText(w, "placeholder", e->placeholderText());
            if (auto* e = qobject_cast<QTextEdit*>(w))
                checkText(w, "placeholder", e->placeholderText());
            if (auto* c = qobject_cast<QComboBox*>(w);
                c && !c->isEditable() && !c->property("symbolonData").toBool())
                for (int i = 0; i < c->count(); ++i)
                    checkText(w, "combo item", c->itemText(i));
            if (auto* t = qobject_cast<QTabBar*>(w))
                for (int i = 0; i < t->count(); ++i) {
                    checkText(w, "tab", t->tabText(i));
                    checkText(w, "tab tooltip", t->tabToolTip(i));
                }
            if (auto* v = qobject_cast<QAbstractItemView*>(w); v && v->model()) {
                const QAbstractItemModel* m = v->model();
                for (int c = 0; c < m->columnCount(); ++c)
                    checkText(w, "header", m->headerData(c, Qt::Horizontal, Qt::DisplayRole).toString());
                if (qobject_cast<QListWidget*>(w)) // navigation lists: their items are words
                    for (int r = 0; r < m->rowCount(); ++r)
                        checkText(w, "list item", m->index(r, 0).data().toString());
            }
            if (auto* wp = qobject_cast<QWizardPage*>(w)) {
                checkText(w, "page title", wp->title());
                checkText(w, "page subtitle", wp->subTitle());
            }
            for (QAction* a : w->actions()) {
                checkText(a, "action", a->text());
                checkText(a, "action tooltip", a->toolTip());
            }
        }
    }

    void walkAccessibility(QWidget* root) {
        QList<QWidget*> widgets = root->findChildren<QWidget*>();
        for (QWidget* w : widgets) {
            if (!visibleIn(w, root) || inFileDialog(w) || !(w->focusPolicy() & Qt::TabFocus))
                continue;
            const bool control = qobject_cast<QAbstractButton*>(w) || qobject_cast<QLineEdit*>(w) ||
                                 qobject_cast<QComboBox*>(w) || qobject_cast<QAbstractItemView*>(w) ||
                                 qobject_cast<QAbstractSpinBox*>(w) || qobject_cast<QPlainTextEdit*>(w) ||
                                 qobject_cast<QTextEdit*>(w) || qobject_cast<QTabBar*>(w);
            if (!control)
                continue;
            // The line edit inside a combo box or spin box is named by its owner.
            if (qobject_cast<QComboBox*>(w->parentWidget()) ||
                qobject_cast<QAbstractSpinBox*>(w->parentWidget()))
                continue;
            ++m_controlsChecked;
            QAccessibleInterface* iface = QAccessible::queryAccessibleInterface(w);
            const QString name = iface ? iface->text(QAccessible::Name) : QString();
            if (name.trimmed().isEmpty())
                m_unnamed << describe(w);
            // Inputs also say what they take (a description: accessibleDescription or a tooltip).
            const bool input = qobject_cast<QLineEdit*>(w) || qobject_cast<QComboBox*>(w) ||
                               qobject_cast<QAbstractSpinBox*>(w) || qobject_cast<QCheckBox*>(w) ||
                               qobject_cast<QRadioButton*>(w);
            if (input && (!iface || iface->text(QAccessible::Description).trimmed().isEmpty()))
                m_undescribed << describe(w);
        }
    }

    // The tab chain inside root, from its first focusable widget: each step must go down, or right
    // on the same line, or to a new column on the right; never back up or left.
    void walkTabOrder(QWidget* root) {
        QList<QWidget*> chain;
        QWidget* w = root;
        for (int guard = 0; guard < 2000; ++guard) {
            w = w->nextInFocusChain();
            if (!w || w == root)
                break;
            if (!root->isAncestorOf(w) || !w->isVisibleTo(root) || !w->isEnabled() ||
                !(w->focusPolicy() & Qt::TabFocus) || inFileDialog(w) || w->focusProxy())
                continue;
            if (qobject_cast<QComboBox*>(w->parentWidget()) ||
                qobject_cast<QAbstractSpinBox*>(w->parentWidget()))
                continue;
            chain << w;
        }
        // The chain is a cycle: in reading order it steps back exactly once, from the last control
        // to the first. More than one backward step is a control out of order.
        constexpr int tol = 4;
        QStringList backward;
        for (int i = 1; i <= chain.size() && chain.size() > 1; ++i) {
            QWidget* from = chain[i - 1];
            QWidget* to = chain[i % chain.size()];
            const QRect prev(from->mapTo(root, QPoint(0, 0)), from->size());
            const QRect next(to->mapTo(root, QPoint(0, 0)), to->size());
            const bool above = next.bottom() < prev.top() - tol;
            const bool sameLine = next.top() <= prev.bottom() && next.bottom() >= prev.top();
            const bool newColumnRight = next.left() > prev.right() - tol;
            const bool leftOnLine = sameLine && next.right() < prev.left() + tol;
            if ((above && !newColumnRight) || leftOnLine)
                backward << QStringLiteral("%1: %2 → %3").arg(describe(root), describe(from), describe(to));
        }
        if (backward.size() > 1)
            m_tabOrder << backward;
    }

    using Walk = test::Walk;

    // The main window, each view in its stack, and every dialog a menu action opens.
    void walkConsole(ui::MainWindow& window, const Walk& walk) {
        const QString why = test::walkConsole(window, walk);
        QVERIFY2(why.isEmpty(), qPrintable(why));
    }

    // The dialog before the console: the cards listed, no PIN typed.
    void walkOpenDialog(const Walk& walk) {
        ui::OpenWorkspaceDialog dialog(m_demo.dir());
        QSignalSpy listed(&dialog, &ui::OpenWorkspaceDialog::cardsListed);
        dialog.show();
        QVERIFY(listed.wait(30000));
        walk(&dialog);
    }

    static QString tsPath(const char* lang) {
        return QStringLiteral(SYMBOLON_SOURCE_DIR "/translations/symbolon_%1.ts").arg(QLatin1String(lang));
    }

    struct TsMessage {
        QString context, source, translation;
        QStringList forms;
        bool numerus = false, unfinished = false;
    };

    static QList<TsMessage> readTs(const QString& path, QString* language) {
        QList<TsMessage> out;
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            qFatal("cannot read %s", qPrintable(path));
        QXmlStreamReader xml(&f);
        QString context;
        TsMessage m;
        while (!xml.atEnd()) {
            xml.readNext();
            if (!xml.isStartElement())
                continue;
            const auto name = xml.name();
            if (name == QLatin1String("TS"))
                *language = xml.attributes().value(QLatin1String("language")).toString();
            else if (name == QLatin1String("name"))
                context = xml.readElementText();
            else if (name == QLatin1String("message")) {
                if (!m.source.isNull())
                    out << m;
                m = TsMessage{};
                m.context = context;
                m.numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
            } else if (name == QLatin1String("source"))
                m.source = xml.readElementText();
            else if (name == QLatin1String("translation")) {
                const auto type = xml.attributes().value(QLatin1String("type"));
                m.unfinished = type == QLatin1String("unfinished") || type == QLatin1String("vanished") ||
                               type == QLatin1String("obsolete");
                if (!m.numerus)
                    m.translation = xml.readElementText();
            } else if (name == QLatin1String("numerusform"))
                m.forms << xml.readElementText();
        }
        if (!m.source.isNull())
            out << m;
        if (xml.hasError())
            qFatal("%s: %s", qPrintable(path), qPrintable(xml.errorString()));
        return out;
    }

    static QStringList placeholders(const QString& s) {
        static const QRegularExpression re(QStringLiteral("%L?(?:\\d+|n)"));
        QStringList out;
        for (auto it = re.globalMatch(s); it.hasNext();)
            out << it.next().captured();
        out.sort();
        out.removeDuplicates();
        return out;
    }
    static QStringList tags(const QString& s) {
        static const QRegularExpression re(QStringLiteral("</?([a-zA-Z][a-zA-Z0-9]*)"));
        QStringList out;
        for (auto it = re.globalMatch(s); it.hasNext();)
            out << it.next().captured();
        out.sort();
        return out;
    }
    static bool hasMnemonic(const QString& s) {
        static const QRegularExpression re(QStringLiteral("&(?!&|[a-z]+;|#\\d+;)\\S"));
        QString t = s;
        t.remove(QStringLiteral("&&"));
        return re.match(t).hasMatch();
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY2(ui::UiLanguage::available().contains(QStringLiteral("cy")),
                 "the Welsh catalogue is not embedded under :/i18n/");
    }

    // (a) Every Welsh entry finished, with its plural forms, placeholders, accelerators and tags.
    void cataloguesAreComplete_data() {
        QTest::addColumn<QString>("lang");
        QTest::addColumn<int>("forms");
        QTest::newRow("cy") << QStringLiteral("cy") << 5; // Qt's Welsh: 0, 1, 2–5, 6, other
        QTest::newRow("en_GB") << QStringLiteral("en_GB") << 2;
    }
    void cataloguesAreComplete() {
        QFETCH(QString, lang);
        QFETCH(int, forms);
        QString language;
        const QList<TsMessage> messages = readTs(tsPath(qPrintable(lang)), &language);
        QVERIFY2(messages.size() > 900, qPrintable(QString::number(messages.size())));
        QVERIFY2(language.startsWith(lang.left(2)), qPrintable(language));
        QStringList problems;
        int plurals = 0;
        for (const TsMessage& m : messages) {
            const QString where = m.context + QStringLiteral(": ") + m.source.left(70);
            // British English is the source language: a singular text needs no entry (an
            // unfinished one shows the source), but its plural texts need both forms.
            if (m.unfinished && (lang == QLatin1String("cy") || m.numerus))
                problems << QStringLiteral("unfinished: ") + where;
            if (m.unfinished && !m.numerus && lang != QLatin1String("cy"))
                continue;
            const QStringList translations = m.numerus ? m.forms : QStringList{m.translation};
            if (m.numerus) {
                ++plurals;
                if (m.forms.size() != forms)
                    problems << QStringLiteral("%1 plural forms, not %2: ").arg(m.forms.size()).arg(forms) +
                                    where;
                if (!m.source.contains(QLatin1String("%n")) && !m.source.contains(QLatin1String("%Ln")))
                    problems << QStringLiteral("plural without %n: ") + where;
            }
            for (const QString& t : translations) {
                if (t.trimmed().isEmpty()) {
                    problems << QStringLiteral("empty: ") + where;
                    continue;
                }
                QStringList want = placeholders(m.source), got = placeholders(t);
                if (m.numerus) { // a plural form may spell the number out ("un", "dwy")
                    for (const QString& n : {QStringLiteral("%n"), QStringLiteral("%Ln")}) {
                        want.removeAll(n);
                        got.removeAll(n);
                    }
                }
                if (want != got)
                    problems << QStringLiteral("placeholders %1 vs %2: ")
                                        .arg(want.join(QLatin1Char(',')), got.join(QLatin1Char(','))) +
                                    where;
                if (hasMnemonic(m.source) != hasMnemonic(t))
                    problems << QStringLiteral("accelerator (&) lost or added: ") + where;
                if (tags(m.source) != tags(t))
                    problems << QStringLiteral("rich text tags differ: ") + where;
            }
        }
        if (!problems.isEmpty())
            QFAIL(qPrintable(QStringLiteral("%1 problem(s) in %2:\n  ").arg(problems.size()).arg(lang) +
                             problems.mid(0, 60).join(QStringLiteral("\n  "))));
        QVERIFY2(plurals >= 10, "the catalogue has too few plural messages: are %n strings marked?");
        qInfo("%s: %lld messages, %d with plural forms, all finished", qPrintable(lang),
              qlonglong(messages.size()), plurals);
    }

    // (a) The catalogues hold every text the sources mark: lupdate into a scratch copy adds none.
    void cataloguesAreInStepWithTheSources() {
        const QString lupdate = QLibraryInfo::path(QLibraryInfo::BinariesPath) + QStringLiteral("/lupdate");
        if (!QFile::exists(lupdate))
            QSKIP("lupdate is not installed (qt6-l10n-tools)");
        QTemporaryDir tmp;
        const QString copy = tmp.filePath(QStringLiteral("symbolon_cy.ts"));
        QVERIFY(QFile::copy(tsPath("cy"), copy));
        QProcess p;
        p.setWorkingDirectory(QStringLiteral(SYMBOLON_SOURCE_DIR));
        p.start(lupdate,
                {QStringLiteral("-locations"), QStringLiteral("none"), QStringLiteral("-no-obsolete"),
                 QStringLiteral("-I"), QStringLiteral("core"), QStringLiteral("-I"), QStringLiteral("ui"),
                 QStringLiteral("core"), QStringLiteral("ui"), QStringLiteral("app/symbolon_main.cpp"),
                 QStringLiteral("-ts"), copy});
        QVERIFY(p.waitForFinished(120000));
        QCOMPARE(p.exitCode(), 0);
        QString language;
        QStringList fresh;
        QStringList misfiled;
        // core has no QObjects (but a few): its texts go through a per-file helper with the
        // context "symbolon::<area>", and lupdate files them there only when the helper is
        // called qualified (<area>::tr) inside member functions. A text filed under a core class
        // without tr() of its own is never found at run time.
        static const QRegularExpression coreClass(QStringLiteral("^symbolon::(\\w+)::(\\w+)$"));
        std::set<QString> seen;
        for (const TsMessage& m : readTs(copy, &language)) {
            if (m.unfinished)
                fresh << m.context + QStringLiteral(": ") + m.source.left(80);
            const auto match = coreClass.match(m.context);
            if (!match.hasMatch() || match.captured(1) == QLatin1String("ui") ||
                !seen.insert(m.context).second)
                continue;
            QFile header(QStringLiteral(SYMBOLON_SOURCE_DIR "/core/%1/%2.h")
                             .arg(match.captured(1), match.captured(2)));
            if (header.open(QIODevice::ReadOnly)) {
                const QByteArray h = header.readAll();
                if (!h.contains("Q_OBJECT") && !h.contains("Q_DECLARE_TR_FUNCTIONS"))
                    misfiled << m.context;
            }
        }
        if (!misfiled.isEmpty())
            QFAIL(qPrintable(QStringLiteral("texts filed under core classes that have no tr() (call the "
                                            "file's helper as <area>::tr(\"…\")): ") +
                             misfiled.join(QStringLiteral(", "))));
        if (!fresh.isEmpty())
            QFAIL(qPrintable(QStringLiteral("%1 text(s) marked in the sources but not translated in "
                                            "translations/symbolon_cy.ts (cmake --build build --target "
                                            "update_translations, then translate):\n  ")
                                 .arg(fresh.size()) +
                             fresh.mid(0, 40).join(QStringLiteral("\n  "))));
    }

    // (b) Every text a custodian and a reviewer can see is marked for translation.
    void everyVisibleTextIsTranslatable_data() {
        QTest::addColumn<int>("card");
        QTest::newRow("custodian") << 0;
        QTest::newRow("reviewer") << 3;
    }
    void everyVisibleTextIsTranslatable() {
        QFETCH(int, card);
        PseudoTranslator pseudo;
        QCoreApplication::installTranslator(&pseudo);
        m_unmarked.clear();
        m_textsChecked = 0;
        m_rootsWalked.clear();
        {
            ui::MainWindow window(m_demo.open(card));
            walkConsole(window, [this](QWidget* w) { walkTexts(w); });
            walkOpenDialog([this](QWidget* w) { walkTexts(w); });
            // Menus and their actions (also those not in a menu bar).
            for (QAction* a : window.findChildren<QAction*>()) {
                checkText(a, "action", a->text());
                checkText(a, "action tooltip", a->toolTip());
            }
        }
        QCoreApplication::removeTranslator(&pseudo);
        qInfo("%d texts checked in %d windows, views and pages", m_textsChecked, int(m_rootsWalked.size()));
        QVERIFY2(m_rootsWalked.size() >= 8, "fewer views and dialogs than expected were walked");
        m_unmarked.removeDuplicates();
        for (const QString& line : m_unmarked)
            qWarning("%s", qPrintable(line));
        if (!m_unmarked.isEmpty())
            QFAIL(qPrintable(
                QStringLiteral("%1 text(s) not marked for translation:\n  ").arg(m_unmarked.size()) +
                m_unmarked.mid(0, 80).join(QStringLiteral("\n  "))));
    }

    // (c) The Welsh catalogue reaches the console, core and Qt's standard texts.
    void welshIsShown() {
        QVERIFY(ui::UiLanguage::install(QStringLiteral("cy")));
        QCOMPARE(ui::UiLanguage::installed().left(2), QStringLiteral("cy"));
        {
            ui::MainWindow window(m_demo.open(0));
            auto* file = window.findChild<QMenu*>(QStringLiteral("menuFile"));
            QVERIFY(file);
            QCOMPARE(file->title(), QStringLiteral("&Ffeil"));
            auto* nav = window.findChild<QListWidget*>(QStringLiteral("navigation"));
            QVERIFY(nav);
            QCOMPARE(nav->item(0)->text(), QStringLiteral("Trosolwg"));
            QCOMPARE(nav->item(1)->text(), QStringLiteral("Dyfeisiau"));
        }
        // Qt's own button text, from our catalogue (Debian ships no Welsh qtbase).
        QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("Canslo"));
        // Core, with Welsh plural forms: 0, 1, 2–5, 6, other.
        QCOMPARE(policy::durationText(2 * 86400), QStringLiteral("2 diwrnod"));
        QCOMPARE(policy::durationText(6 * 86400), QStringLiteral("6 diwrnod"));
        QCOMPARE(policy::durationText(20 * 86400), QStringLiteral("20 diwrnod"));
        QCOMPARE(
            QCoreApplication::translate("symbolon::inventory", "Imported %n device(s) from %1.", nullptr, 1),
            QStringLiteral("Mewnforiwyd 1 ddyfais o %1."));
        QCOMPARE(
            QCoreApplication::translate("symbolon::inventory", "Imported %n device(s) from %1.", nullptr, 7),
            QStringLiteral("Mewnforiwyd 7 dyfais o %1."));
        QVERIFY(ui::UiLanguage::install(QStringLiteral("en_GB")));
        QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("Cancel"));
        QVERIFY(!ui::UiLanguage::install(QStringLiteral("fr")));
        QCOMPARE(QCoreApplication::translate("symbolon::ui::MainWindow", "&File"), QStringLiteral("&File"));
    }

    // (d) Names for assistive technology, keyboard access, tab order.
    void everyControlIsReachableAndNamed() {
        m_unnamed.clear();
        m_undescribed.clear();
        m_tabOrder.clear();
        m_controlsChecked = 0;
        QStringList menuProblems;
        {
            ui::MainWindow window(m_demo.open(0));
            std::set<QKeySequence> shortcuts;
            QSet<const QAction*> counted; // a view's action is in View and in its own menu: one binding
            for (QAction* menuAction : window.menuBar()->actions()) {
                if (!hasMnemonic(menuAction->text()))
                    menuProblems << QStringLiteral("menu without a mnemonic: ") + menuAction->text();
                QMenu* menu = menuAction->menu();
                if (!menu)
                    continue;
                QSet<QChar> keys;
                for (QAction* a : menu->actions()) {
                    if (a->isSeparator())
                        continue;
                    const QString t = a->text();
                    const int amp = t.indexOf(QRegularExpression(QStringLiteral("&[^&]")));
                    if (amp < 0)
                        menuProblems << QStringLiteral("no mnemonic: ") + t;
                    else if (keys.contains(t.at(amp + 1).toLower()))
                        menuProblems << QStringLiteral("mnemonic used twice in %1: %2").arg(menu->title(), t);
                    else
                        keys.insert(t.at(amp + 1).toLower());
                    for (const QKeySequence& k :
                         counted.contains(a) ? QList<QKeySequence>() : a->shortcuts()) {
                        if (!shortcuts.insert(k).second)
                            menuProblems << QStringLiteral("shortcut used twice: ") + k.toString();
                        if (!a->isShortcutVisibleInContextMenu() &&
                            QCoreApplication::testAttribute(Qt::AA_DontShowShortcutsInContextMenus))
                            menuProblems << QStringLiteral("shortcut hidden: ") + t;
                    }
                    counted.insert(a);
                }
            }
            walkConsole(window, [this](QWidget* w) {
                walkAccessibility(w);
                walkTabOrder(w);
            });
            walkOpenDialog([this](QWidget* w) {
                walkAccessibility(w);
                walkTabOrder(w);
            });
        }
        qInfo("%d focusable controls checked", m_controlsChecked);
        m_undescribed.removeDuplicates();
        QVERIFY(m_controlsChecked > 20);
        QStringList all;
        if (!m_unnamed.isEmpty())
            all << QStringLiteral("%1 control(s) without an accessible name:").arg(m_unnamed.size())
                << m_unnamed;
        if (!m_undescribed.isEmpty())
            all << QStringLiteral("%1 input(s) without a description (tooltip or accessibleDescription):")
                       .arg(m_undescribed.size())
                << m_undescribed;
        if (!m_tabOrder.isEmpty())
            all << QStringLiteral("%1 backward tab step(s):").arg(m_tabOrder.size()) << m_tabOrder;
        all << menuProblems;
        all.removeDuplicates();
        for (const QString& line : all)
            qWarning("%s", qPrintable(line));
        if (!all.isEmpty())
            QFAIL(qPrintable(all.mid(0, 100).join(QStringLiteral("\n  "))));
    }
};

QTEST_MAIN(TestTranslations)
#include "test_translations.moc"
