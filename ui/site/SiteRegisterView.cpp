#include "site/SiteRegisterView.h"

#include "common/PlainTextGuard.h"
#include "common/RoleText.h"
#include "common/StatusColor.h"
#include "workspace/SiteRegister.h"
#include "workspace/Workspace.h"

#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableWidget>
#include <QVBoxLayout>

namespace symbolon::ui {

namespace {
QTableWidget* makeTable(const QStringList& headers, QWidget* parent) {
    auto* t = new QTableWidget(0, int(headers.size()), parent);
    t->setHorizontalHeaderLabels(headers);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->verticalHeader()->hide();
    t->horizontalHeader()->setStretchLastSection(true);
    t->setWordWrap(false);
    return t;
}

void addRow(QTableWidget* t, const QStringList& cells) {
    const int row = t->rowCount();
    t->insertRow(row);
    for (int c = 0; c < cells.size(); ++c) {
        auto* item = new QTableWidgetItem(cells[c]);
        item->setToolTip(cells[c]);
        t->setItem(row, c, item);
    }
}
} // namespace

SiteRegisterView::SiteRegisterView(const workspace::Workspace& ws, QWidget* parent)
    : QWidget(parent), m_ws(ws) {
    PlainTextGuard::install();
    setObjectName(QStringLiteral("siteRegisterView"));
    auto* l = new QVBoxLayout(this);
    l->setContentsMargins(0, 0, 0, 0);

    auto* title = new QLabel(tr("Site register"), this);
    QFont big = title->font();
    big.setBold(true);
    big.setPointSizeF(big.pointSizeF() * 1.2);
    title->setFont(big);
    l->addWidget(title);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("siteRegisterStatus"));
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    l->addWidget(m_status);

    l->addWidget(new QLabel(tr("Safety settings"), this));
    m_settings = makeTable({tr("Setting"), tr("Value")}, this);
    m_settings->setObjectName(QStringLiteral("siteSettings"));
    m_settings->setAccessibleName(tr("Safety settings"));
    l->addWidget(m_settings);

    l->addWidget(new QLabel(tr("Cards"), this));
    m_cards = makeTable({tr("Holder"), tr("Role"), tr("Card"), tr("Serial"), tr("State"),
                         tr("Key token PIN share"), tr("Card key (SHA-256)")},
                        this);
    m_cards->setObjectName(QStringLiteral("siteCards"));
    m_cards->setAccessibleName(tr("Cards"));
    l->addWidget(m_cards, 1);

    l->addWidget(new QLabel(tr("Versions"), this));
    m_versions =
        makeTable({tr("Version"), tr("Made"), tr("By"), tr("Signed by"), tr("Reason"), tr("Changes")}, this);
    m_versions->setObjectName(QStringLiteral("siteVersions"));
    m_versions->setAccessibleName(tr("Versions"));
    l->addWidget(m_versions, 1);
    refresh();
}

void SiteRegisterView::refresh() {
    const workspace::Workspace& ws = m_ws;
    const workspace::SiteRegister& reg = ws.siteRegister();
    const bool trusted = ws.registerAlarm().isEmpty();
    m_status->setText(
        trusted
            ? tr("Version %1 (digest %2) is trusted: every version is signed by the custodians the one "
                 "before "
                 "named, and your card's record of the register is in it. Changes need %3 custodians' cards "
                 "(the Quorum view's turnover actions, or symbolon-cli site change).")
                  .arg(reg.version)
                  .arg(reg.digestHex().left(16) + QStringLiteral("…"))
                  .arg(reg.settings.quorumK)
            : tr("NOT TRUSTED — %1 What is shown below is the last version that verifies.")
                  .arg(ws.registerAlarm()));
    if (const int pending = ws.shareHolding().pendingGeneration; pending > 0)
        m_status->setText(
            m_status->text() + QLatin1Char(' ') +
            tr("A re-share of the key token's PINs (sharing %1) was interrupted: the next quorum puts "
               "the old PINs back.")
                .arg(pending));
    m_status->setStyleSheet(statusStyleSheet(trusted ? StatusTone::Ok : StatusTone::Error));
    m_settings->setRowCount(0);
    const workspace::SiteSettings& s = reg.settings;
    addRow(m_settings, {tr("Profile"), s.profile});
    addRow(m_settings, {tr("Quorum"), tr("%1 of %2 custodians").arg(s.quorumK).arg(s.quorumN)});
    addRow(m_settings, {tr("Key token"), tr("%1 (serial %2)").arg(s.keyTokenLabel, s.keyTokenSerial)});
    addRow(m_settings,
           {tr("Journal token"), s.journalTokenSerial.isEmpty() ? tr("none") : s.journalTokenSerial});
    addRow(m_settings, {tr("Journal signing key (SHA-256)"), s.journalKeyFingerprint});
    addRow(m_settings, {tr("PKCS#11 module"), s.module});
    addRow(m_settings, {tr("Module SHA-256"), s.moduleSha256});
    const auto& loaded = ws.moduleInfo();
    addRow(m_settings, {tr("Module loaded now"),
                        loaded.development ? tr("%1 (development module, by path)").arg(loaded.library)
                                           : tr("%1 (p11-kit: %2)").arg(loaded.library, loaded.name)});
    // The key token's and journal token's own modules (issue #18), where they have one.
    const auto roleModule = [this](const QString& role, const workspace::RoleModule& m) {
        if (!m.isSet())
            return;
        addRow(m_settings,
               {tr("%1: module").arg(role), m.module.isEmpty() ? tr("the cards' module") : m.module});
        if (!m.sha256.isEmpty())
            addRow(m_settings, {tr("%1: module SHA-256").arg(role), m.sha256});
        if (!m.initArgs.isEmpty())
            addRow(m_settings, {tr("%1: module parameters").arg(role), m.initArgs});
        if (!m.functionList.isEmpty())
            addRow(m_settings, {tr("%1: entry point").arg(role), m.functionList});
        if (!m.tokenUri.isEmpty())
            addRow(m_settings, {tr("%1: token URI").arg(role), m.tokenUri});
    };
    roleModule(tr("Key token"), s.keyTokenModule);
    roleModule(tr("Journal token"), s.journalTokenModule);
    addRow(m_settings,
           {tr("Key token SO PIN"), s.keyTokenSoPinShared
                                        ? tr("split among the custodians, like the user PIN")
                                        : tr("not Symbolon's: kept by the site (or the token has none)")});
    m_settings->resizeColumnToContents(0);
    m_settings->resizeRowsToContents();
    const int settingsHeight = m_settings->verticalHeader()->length() +
                               m_settings->horizontalHeader()->sizeHint().height() +
                               2 * m_settings->frameWidth();
    m_settings->setMinimumHeight(qMin(settingsHeight, 8 * fontMetrics().height()));
    m_settings->setMaximumHeight(settingsHeight);
    m_cards->setRowCount(0);
    const workspace::Workspace::ShareHolding& shares = ws.shareHolding();
    for (const workspace::RegisteredCard& c : reg.cards)
        addRow(m_cards, {c.holder, roleText(c.role), c.cardLabel, c.cardSerial, cardStateText(c.state),
                         cardShareText(c, shares), c.fingerprint()});
    m_cards->resizeColumnsToContents();
    m_cards->resizeRowsToContents();
    m_versions->setRowCount(0);
    const auto& chain = ws.siteRegisterChain();
    for (qsizetype i = chain.size() - 1; i >= 0; --i) {
        const workspace::RegisterVersion& v = chain[i];
        const QStringList changes =
            i == 0 ? QStringList{tr("site created")} : v.doc.changesFrom(chain[i - 1].doc);
        addRow(m_versions,
               {QString::number(v.doc.version),
                QLocale().toString(v.doc.madeAt.toUTC(), QStringLiteral("yyyy-MM-dd HH:mm 'UTC'")),
                v.doc.madeBy, tr("%n card(s)", nullptr, int(v.signatures.size())), v.doc.reason,
                changes.join(QStringLiteral("; "))});
    }
    m_versions->resizeColumnsToContents();
    m_versions->resizeRowsToContents();
}

} // namespace symbolon::ui
