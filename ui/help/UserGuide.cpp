#include "help/UserGuide.h"

#include <QDialogButtonBox>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace symbolon::ui {

namespace {
struct Section {
    const char* anchor;
    const char* title;
    const char* text;
};

// One section per view (anchor = the view's --view name), then the roles and the shortcuts.
const Section kSections[] = {
    {"order", QT_TRANSLATE_NOOP("symbolon::ui::UserGuide", "The order of things"),
     QT_TRANSLATE_NOOP(
         "symbolon::ui::UserGuide",
         "A site is brought up once, in this order, each step under a quorum of custodian cards: "
         "1. Generate the KEKs (the DCO Key and the Shared Key, made inside the key token). "
         "2. Enter the Transport Key from its components, each typed by a different custodian "
         "who checks its KCV against the sealed envelope. 3. Import the inventory with the "
         "migration keys. 4. Run the migration unwrap: every device's keys are unwrapped and "
         "packaged inside the key token. After that, keys are rotated by re-key runs: plan, run "
         "under a quorum, issue the instruction batch to the DCO, import the DCO's "
         "confirmations. The Overview's Site progress says which step comes next.")},
    {"roles", QT_TRANSLATE_NOOP("symbolon::ui::UserGuide", "Roles"),
     QT_TRANSLATE_NOOP(
         "symbolon::ui::UserGuide",
         "Custodians (ACS card holders) approve ceremonies and re-key runs with their card and "
         "PIN; k of them must approve, and one person counts once whatever cards they hold. "
         "The PMA reviewer reads everything and verifies the journal, but changes nothing. "
         "The incident responder plans re-keys and marks keys compromised; custodians approve "
         "the run. Roles come from the site register, which k custodians sign: a role cannot be "
         "changed by the person who holds it alone.")},
    {"overview", QT_TRANSLATE_NOOP("symbolon::ui::UserGuide", "Overview"),
     QT_TRANSLATE_NOOP(
         "symbolon::ui::UserGuide",
         "The post-commissioning rotation deadline (CKMP (b)(iii): 7 days), the site's progress "
         "and its next step, the next 5-yearly risk review, the policy profile, the rotation "
         "compliance and re-key charts, and the cards and tokens present.")},
    {"devices", QT_TRANSLATE_NOOP("symbolon::ui::UserGuide", "Devices"),
     QT_TRANSLATE_NOOP(
         "symbolon::ui::UserGuide",
         "The inventory: search by device ID, manufacturer, model or S1SP, filter by type, "
         "cohort, S1SP and rotation state. Select a device for its details; from there it can be "
         "re-keyed or marked compromised, if your role allows.")},
    {"journal", QT_TRANSLATE_NOOP("symbolon::ui::UserGuide", "Journal"),
     QT_TRANSLATE_NOOP(
         "symbolon::ui::UserGuide",
         "Every custodial action, hash-chained and signed at checkpoints by the journal key and "
         "by the acting person's own card. The banner verifies the whole chain at every open and "
         "says what it checked and what only an outside copy can check. Select an entry for its "
         "fields (copy a value with Ctrl+C) and the quorum approvals, each signature checked "
         "again. File ▸ Export evidence pack writes an extract a reviewer verifies without the "
         "workspace.")},
    {"hsm", QT_TRANSLATE_NOOP("symbolon::ui::UserGuide", "HSM Slots"),
     QT_TRANSLATE_NOOP(
         "symbolon::ui::UserGuide",
         "The PKCS#11 module, its slots and tokens, each token's mechanisms and the path each "
         "key operation will take on it: inside the module, or (development profile only) "
         "through host memory. Private objects are listed only inside a quorum session. KEK "
         "versions lists each version of the DCO Key and the Shared Key with its state, KCV and "
         "packages: a rollover (Ceremonies ▸ Roll a KEK over to a new version, on the SMKI PMA's "
         "instruction) makes a new active version and retires the old one once no package is "
         "under it; a retired version can then be destroyed under a quorum.")},
    {"quorum", QT_TRANSLATE_NOOP("symbolon::ui::UserGuide", "Quorum"),
     QT_TRANSLATE_NOOP("symbolon::ui::UserGuide",
                       "The enrolled cards and the history of quorum sessions: what was asked, who approved "
                       "with which card, and how it ended.")},
    {"keystates", QT_TRANSLATE_NOOP("symbolon::ui::UserGuide", "Key States"),
     QT_TRANSLATE_NOOP("symbolon::ui::UserGuide",
                       "Every device key record (device × client × key kind) and its state: Migrated, "
                       "Committed, Distributed, Active, Superseded, and the KEK version that packages it. "
                       "Filter by state, kind, KEK version and the device filters; mark a key compromised "
                       "(incident responder) or re-key a device.")},
    {"site", QT_TRANSLATE_NOOP("symbolon::ui::UserGuide", "Site Register"),
     QT_TRANSLATE_NOOP(
         "symbolon::ui::UserGuide",
         "The signed register of the site: profile, k of n, the key and journal tokens, the "
         "PKCS#11 module and its hash, and every card with its holder and role. Each version is "
         "signed by k custodians of the version before; every open checks the chain and your "
         "card's anchor.")},
};
} // namespace

UserGuide::UserGuide(QWidget* parent) : QDialog(parent) {
    setObjectName(QStringLiteral("userGuide"));
    setWindowTitle(tr("Symbolon user guide"));
    auto* layout = new QVBoxLayout(this);
    m_text = new QTextBrowser(this);
    m_text->setObjectName(QStringLiteral("userGuideText"));
    m_text->setAccessibleName(tr("User guide"));
    m_text->setOpenLinks(false); // no link leaves the guide
    m_text->setHtml(html());
    layout->addWidget(m_text, 1);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(720, 560);
}

QString UserGuide::html() const {
    QString h = QStringLiteral("<h2>%1</h2>").arg(tr("Symbolon user guide").toHtmlEscaped());
    for (const Section& s : kSections)
        h += QStringLiteral("<h3><a name=\"%1\"></a>%2</h3><p>%3</p>")
                 .arg(QLatin1String(s.anchor), tr(s.title).toHtmlEscaped(), tr(s.text).toHtmlEscaped());
    h += QStringLiteral("<p>%1</p>")
             .arg(tr("Help ▸ Keyboard shortcuts lists every shortcut. F1 opens this guide at the view in "
                     "front.")
                      .toHtmlEscaped());
    return h;
}

void UserGuide::showSection(const QString& anchor) {
    m_text->scrollToAnchor(anchor);
}

} // namespace symbolon::ui
